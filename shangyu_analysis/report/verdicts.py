"""The verdicts of the cross-check in sentences (report 04's "In context" section, report 05's summary).

What a reader must be able to tell apart, and this module keeps apart:

- verdicts against **official** bulletin values and verdicts resting only on **secondary** copies;
- the article's **claims** and the report's own **implications** (derived values, built from the same figures:
  listed apart, never counted as claims);
- an **informative** verdict (the claim leaves part of the band out, so it could have failed) and a
  **not informative** one (any plausible value passes, or the comparison cannot fail);
- a **break** in a series (a level implied below an earlier one), stated with the caveats that may explain it.

Every number comes from the frames of :mod:`shangyu_analysis.dataset.crosscheck` and :mod:`.band`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import cast

import pandas as pd

from shangyu_analysis.dataset.backcast import YearBeforeRow
from shangyu_analysis.dataset.context import boundary_year
from shangyu_analysis.dataset.reference import place_info
from shangyu_analysis.report.bandwords import _count, _pct, band_sentence, series_words
from shangyu_analysis.report.format import format_value
from shangyu_analysis.report.labels import check_lang, enum_label
from shangyu_analysis.schema import Caveat, ReferenceStatus, cross_check_rows

__all__ = ["band_sentence", "boundary_sentence", "break_sentences", "series_words", "verdict_sentences"]


def _sep(lang: str) -> str:
    return "、" if lang == "zh" else "; "


def _none(lang: str) -> str:
    return "无" if lang == "zh" else "none"


def _names(rows: pd.DataFrame, names: pd.Series) -> list[str]:
    return list(dict.fromkeys(str(names.get(i, i)) for i in rows["claim_id"]))


def _listed(rows: pd.DataFrame, names: pd.Series, lang: str) -> str:
    found = _names(rows, names)
    return _sep(lang).join(found) if found else _none(lang)


def _crossing(rows: pd.DataFrame, lang: str) -> str:
    """A note when an informative comparison spans the place's possible boundary change: it is then no support for
    the claim, which the summary must not hide (the year is the reference sidecar's)."""
    year = boundary_year(place_info(rows)["caveat_years"])
    if (
        year is None
        or rows.empty
        or not rows["caveats"].fillna("").str.split(";").map(lambda c: Caveat.BOUNDARY_CHANGE in c).any()
    ):
        return ""
    return (
        f"(跨越{year}年可能的行政区划调整,故不能当作证实)"
        if lang == "zh"
        else f" (it crosses the possible {year} boundary change, so it cannot count as confirmation)"
    )


def _secondary_derived(derived: pd.DataFrame, names: pd.Series, lang: str) -> str:
    """The derived values whose informative check rests on a secondary value only, named after the claims."""
    strong = derived[derived["strength"] == "informative"]
    official = set(strong.loc[strong["reference_status"] == "official", "claim_id"])
    leaning = strong[(strong["reference_status"] != "official") & ~strong["claim_id"].isin(official)]
    if leaning.empty:
        return ""
    found = _sep(lang).join(_names(leaning, names))
    return (
        f"(指文章本身的说法;由文中数字推算的{found},唯一有检验力的对照是与二手资料的对照)"
        if lang == "zh"
        else f" (among the article's own claims; of the derived {found}, the only check that could have failed is "
        "against a secondary value)"
    )


def _unchecked(rows: pd.DataFrame, names: pd.Series, lang: str) -> str:
    """The claims no check could judge; a value the report derived is marked so, not counted as the page's."""
    mark = "(推算)" if lang == "zh" else " (derived)"
    found = [
        f"{names.get(r.claim_id, r.claim_id)}{mark if r.claim_origin == 'derived' else ''}"
        for r in cross_check_rows(rows.drop_duplicates("claim_id"))
    ]
    return _sep(lang).join(found) if found else _none(lang)


def verdict_sentences(checks: pd.DataFrame, claims: pd.DataFrame, lang: str) -> list[str]:
    """The verdicts, grouped: official / secondary only; claims / implications; informative or not."""
    lang = check_lang(lang)
    if checks.empty:
        return []
    names = claims.set_index("claim_id")[f"name_{lang}"]
    judged = checks[checks["verdict"] != "not_checkable"]
    article = judged[judged["claim_origin"] == "article"]
    derived = judged[judged["claim_origin"] == "derived"]
    every_derived = checks[checks["claim_origin"] == "derived"]  # listed apart, judged or not
    strong = article[article["strength"] == "informative"]
    informative = strong[strong["reference_status"] == "official"]
    secondary_only = strong[~strong["claim_id"].isin(informative["claim_id"])]
    weak = _pairs(judged[judged["strength"] == "not_informative"], names, lang)
    failed = judged[judged["verdict"] == "inconsistent"]
    unchecked = checks[(checks["verdict"] == "not_checkable") & ~checks["claim_id"].isin(judged["claim_id"])]
    # a pair computed and shown but not judged (no band for the series) is not "not checkable": say so apart
    compared = unchecked[unchecked["reason"] == "no_band"]
    unchecked = unchecked[~unchecked["claim_id"].isin(compared["claim_id"])]
    compared_text, unchecked_text = _unchecked(compared, names, lang), _unchecked(unchecked, names, lang)
    if lang == "zh":
        return [
            f"与官方统计公报数值对照、且有检验力的文中说法:{_listed(informative, names, lang)}{_crossing(informative, lang)}。",
            f"只能与二手资料作有检验力对照的文中说法(仅供核对):{_listed(secondary_only, names, lang)}"
            f"{_secondary_derived(derived, names, lang)}。",
            f"本报告由文中数字推算的数值(不是文章的说法,单列):{_listed(every_derived, names, lang)}。",
            f"不算作佐证的对照(任何合理数值都会通过;或按年均增加额推算期末,只在参考数值远低于推算路径时才不通过):{weak}。",
            f"与参考数值不一致:{_listed(failed, names, lang)}。",
            f"已与参考数值对照、但不作判定的(参考统计未给出该指标的实际增速,没有合理区间):{compared_text}。",
            f"无法核对:{unchecked_text}(可及范围内没有参考年份,或参考指标口径不同)。",
        ]
    return [
        f"Claims of the article set against official bulletin values by a check that could have failed: "
        f"{_listed(informative, names, lang)}{_crossing(informative, lang)}.",
        f"Claims whose only check that could have failed is against secondary copies (cross-check only): "
        f"{_listed(secondary_only, names, lang)}"
        f"{_secondary_derived(derived, names, lang)}.",
        f"Values this report derives from the article's figures (implications, not claims of the page, listed "
        f"apart): {_listed(every_derived, names, lang)}.",
        f"Comparisons not counted as support (any plausible value passes, or an end level carried from an annual "
        f"increase, which fails only for a reference value far below its path): {weak}.",
        f"Inconsistent with the reference values: {_listed(failed, names, lang)}.",
        f"Compared with reference values but not judged (the reference states no real growth rate for the "
        f"series, so there is no band): {compared_text}.",
        f"Not checkable: {unchecked_text} (no reference year in reach, or a reference series measuring something "
        "else).",
    ]


def _pairs(rows: pd.DataFrame, names: pd.Series, lang: str) -> str:
    """Each row as "name (year, official/secondary)", so a claim with an informative and a weak pair reads right."""
    items = [
        f"{names.get(r.claim_id, r.claim_id)}({int(r.reference_year)}年,"
        f"{enum_label(r.reference_status, lang, ReferenceStatus)})"
        if lang == "zh"
        else f"{names.get(r.claim_id, r.claim_id)} ({int(r.reference_year)}, "
        f"{enum_label(r.reference_status, lang, ReferenceStatus)})"
        for r in cross_check_rows(rows)
    ]
    return _sep(lang).join(items) if items else _none(lang)


def _trend(derived: pd.DataFrame, claim_id: str) -> pd.Series | None:
    """The article-period average growth derived from the claim (a compound rate over its inputs), if any."""
    if derived is None or derived.empty:
        return None
    hit = derived[
        derived["inputs"].fillna("").str.split(";").map(lambda ids: claim_id in ids)
        & derived["formula"].str.contains(r"\*\*", regex=True)
        & (derived["unit"] == "%")
    ]
    return None if hit.empty else hit.iloc[0]


def _trend_years(trend: pd.Series) -> int | None:
    """The years a compound rate averages over: n of its ``** (1 / n)``."""
    found = re.search(r"\*\*\s*\(\s*1\s*/\s*(\d+)\s*\)", str(trend["formula"]))
    return int(found.group(1)) if found else None


def _explanations(rows: pd.DataFrame, claims: pd.DataFrame, lang: str) -> str:
    """The possible explanations of a break: the place's boundary change (reference sidecar), a like-for-like
    rate, a preliminary figure; then the page's own note (claims.yml ``notes.break``)."""
    caveat_years = place_info(rows)["caveat_years"]
    year, change = boundary_year(caveat_years), caveat_years.get(Caveat.BOUNDARY_CHANGE.value) or {}
    note = ((claims.attrs.get("page") or {}).get("notes") or {}).get("break", {}).get(lang, "")
    if lang == "zh":
        evidence = f"({change['evidence_zh']})" if change.get("evidence_zh") else ""
        boundary = f"{year}年可能的区划调整{evidence};" if year is not None else ""
        return f"可能的解释,资料均未证实:{boundary}公报增速可能按同口径调整;文中数字为初步数。{note}"
    evidence = f" ({change['evidence_en']})" if change.get("evidence_en") else ""
    boundary = f"the possible boundary change of {year}{evidence}; " if year is not None else ""
    return (
        "Possible explanations, none confirmed by the sources: " + boundary + "a like-for-like (同口径) "
        "adjustment of the stated rate; the preliminary status of the article's figure." + (f" {note}" if note else "")
    )


def break_sentences(breaks: pd.DataFrame, claims: pd.DataFrame, derived: pd.DataFrame, lang: str) -> list[str]:
    """Each break stated and discussed with the caveats that may explain it (none of them confirmed)."""
    lang = check_lang(lang)
    names = claims.set_index("claim_id")[f"name_{lang}"] if len(claims) else pd.Series(dtype=str)
    inferred = (
        set(claims.loc[claims.get("period_basis", pd.Series(dtype=str)) == "inferred", "claim_id"])
        if len(claims)
        else set()
    )
    out = []
    for row in cast("Iterable[YearBeforeRow]", breaks.itertuples()):
        unit, decimals = row.unit, (0 if row.claim_value >= 10_000 else 2)
        prior = format_value(row.prior_level, unit, "exact", decimals, lang)
        level = format_value(row.claim_value, unit, "exact", decimals, lang)
        fall = _pct(100 * (1 - row.prior_level / row.claim_value), lang)
        trend = _trend(derived, row.claim_id)
        span_years = None if trend is None else _trend_years(trend)
        name = names.get(row.claim_id, row.claim_id)
        span = int(row.prior_year) - int(row.claim_year)
        guessed = row.claim_id in inferred
        why = _explanations(breaks, claims, lang)
        if lang == "zh":
            over = f"此前{_count(span_years, lang)}年" if span_years else "此前"
            before = (
                ""
                if trend is None
                else f",而按文中数字,{over}年均增长{format_value(trend['value'], '%', trend['qualifier'], int(trend['precision']), lang)}"
            )
            out.append(
                f"推算的下降(并非已证实的序列断点):{name}。若公报{row.prior_year + 1}年的增速以{row.prior_year}年为基数,{row.prior_year}年约为{prior},"
                f"低于文中{row.claim_year}年{'(推断)' if guessed else ''}的{level},{span}年间约下降{fall}{before}。{why}"
            )
        else:
            over = f"the previous {_count(span_years, lang)} years" if span_years else "the previous years"
            before = (
                ""
                if trend is None
                else f", after average growth of {format_value(trend['value'], '%', trend['qualifier'], int(trend['precision']), lang)} "
                f"a year over {over} by the article's own figures"
            )
            out.append(
                f"An implied fall, not a confirmed break in the series: {name}. If the growth the {row.prior_year + 1} bulletin reports is measured from the "
                f"{row.prior_year} level, that level was {prior}, below the {level} the article gives for {row.claim_year}"
                f"{' (presumably)' if guessed else ''}, a fall of about {fall} over {span} years{before}. {why}"
            )
    return out


def boundary_sentence(checks: pd.DataFrame, claims: pd.DataFrame, lang: str) -> str:
    """Which comparisons actually made span the place's possible boundary change (a comparison not checkable is
    not made, so it is not listed), and what "consistent" is worth for them; empty without such a change."""
    lang = check_lang(lang)
    caveat_years = place_info(checks)["caveat_years"]
    year = boundary_year(caveat_years)
    names = claims.set_index("claim_id")[f"name_{lang}"] if len(claims) else pd.Series(dtype=str)
    made = checks[checks["verdict"] != "not_checkable"]
    hit = made[made["caveats"].fillna("").str.split(";").map(lambda c: Caveat.BOUNDARY_CHANGE in c)]
    if hit.empty or year is None:
        return ""
    listed = _listed(hit, names, lang)
    if lang == "zh":
        basis = (caveat_years.get(Caveat.BOUNDARY_CHANGE.value) or {}).get("basis_zh")
        return (
            f"以下已作的对照跨越{year - 1}–{year}年,可能受{year}年区划调整{f'({basis})' if basis else ''}影响:{listed};"
            "对它们而言,即使检验本可能不通过,“一致”也只表示没有矛盾,不能当作证实。"
        )
    return (
        f"These comparisons span {year - 1}–{year} and may be affected by the possible {year} boundary change: {listed}; "
        "for them, consistent means not contradicted, even where the check could have failed, and confirms nothing."
    )
