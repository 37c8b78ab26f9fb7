"""Notebook 05's questions keyed by measure and place, in zh/en sentences: headings that name the page's place,
what a page cannot answer (the measures it lacks, in words), and the comparisons the reference table allows beside
the page's claims. Every number comes from the claims, the reference rows or the cross-check; a page's own remarks
are its claims.yml ``notes`` (:func:`note`), a place's its reference sidecar's (``caveat_years``, ``notes``)."""

from __future__ import annotations

from typing import cast

import pandas as pd

from shangyu_analysis import config
from shangyu_analysis.dataset.claims import measure_series
from shangyu_analysis.dataset.context import boundary_year
from shangyu_analysis.dataset.reference import place_info, reference_files
from shangyu_analysis.extract.measures import vocabulary
from shangyu_analysis.report.bandwords import series_words
from shangyu_analysis.report.format import format_value
from shangyu_analysis.report.incontext import growth_text
from shangyu_analysis.report.labels import check_lang
from shangyu_analysis.report.notebook import say
from shangyu_analysis.report.params import Choice
from shangyu_analysis.schema import LOWER_BOUNDS, UPPER_BOUNDS, Caveat

# Notebook 05's ``reference`` parameter: "" (the file of the page's place) or one of data/reference/*.csv
REFERENCES = Choice(["", *(str(p.relative_to(config.PROJECT_ROOT)) for p in reference_files())])
REVENUES = ("一般公共预算收入", "财政总收入", "税收收入")  # measures of revenue: not deflated, so nominal


def place(frame: pd.DataFrame, lang: str) -> str:
    """The page's place in ``lang`` (short name) from a claims or cross-check frame's ``attrs``."""
    page = frame.attrs.get("page") or {}
    return str(page.get("place_en" if check_lang(lang) == "en" else "place") or "")


def note(frame: pd.DataFrame, name: str, lang: str) -> str:
    """The page's own note ``name`` (claims.yml ``notes``) in ``lang``; empty without one."""
    return str((((frame.attrs.get("page") or {}).get("notes") or {}).get(name) or {}).get(lang, ""))


def heading(lang: str, zh: str, en: str) -> None:
    """A question's heading (level 2), in the report language."""
    say(lang, f"## {zh}", f"## {en}")


def words(measures: list[str], lang: str) -> str:
    """Measures in words: the vocabulary's zh terms or en labels, joined."""
    terms = vocabulary().terms
    shown = [m if lang == "zh" else (terms[m].en if m in terms else m) for m in measures]
    return ("、" if lang == "zh" else ", ").join(shown)


def measures_of(series: set[str]) -> list[str]:
    """The measures (series.yml) whose series are among ``series``, in series.yml order."""
    return [m for m, ids in measure_series().items() if set(ids) & set(series)]


def series_claim(claims: pd.DataFrame, series: str) -> pd.Series | None:
    """The page's own level claim (from the article) of ``series``, or None."""
    hit = claims[
        (claims["series"] == series) & (claims["origin"] == "article") & (claims["formula"] == "average_growth")
    ]
    return None if hit.empty else hit.iloc[0]


def _year_phrase(claim: pd.Series, lang: str) -> str:
    inferred = claim["period_basis"] == "inferred"
    if lang == "zh":
        return f"推测为{int(claim['year'])}年" if inferred else f"{int(claim['year'])}年"
    return f"presumably {int(claim['year'])}" if inferred else f"{int(claim['year'])}"


def _latest(
    reference: pd.DataFrame, series: tuple[str, ...], status: str | None = None
) -> tuple[int, list[pd.Series]] | tuple[None, None]:
    """The latest year all ``series`` have a row (of ``status``), with those rows; (None, None) when none."""
    rows = reference[reference["indicator_id"].isin(series)]
    rows = rows[rows["status"] == status] if status else rows
    years = cast("list[int]", [y for y, g in rows.groupby("year") if set(series) <= set(g["indicator_id"])])
    if not years:
        return None, None
    year = max(years)
    return year, [rows[(rows["year"] == year) & (rows["indicator_id"] == s)].iloc[0] for s in series]


def income_ratio(claims: pd.DataFrame, reference: pd.DataFrame, lang: str) -> str:
    """The urban–rural income ratio of the page against the latest official year of the reference."""
    series = tuple(measure_series()[m][0] for m in ("城镇居民人均可支配收入", "农村居民人均可支配收入"))
    urban, rural = (series_claim(claims, s) for s in series)
    year, rows = _latest(reference, series, "official")
    if urban is None or rural is None or year is None or rows is None or urban["year"] != rural["year"]:
        return ""
    mine = format_value(urban["value"] / rural["value"], "ratio", "exact", 2, lang)
    theirs = format_value(float(rows[0]["value"]) / float(rows[1]["value"]), "ratio", "exact", 2, lang)
    bulletin = all("统计公报" in str(r["source_title"]) for r in rows)
    extra = note(claims, "income_ratio", lang)
    if lang == "zh":
        return (
            f"城乡居民收入比由文中的{mine}({_year_phrase(urban, lang)})变为{year}年{'公报' if bulletin else '官方统计'}的"
            f"{theirs}{f'({extra})' if extra else ''}。"
        )
    return (
        f"The urban–rural income ratio went from {mine} in the article ({_year_phrase(urban, lang)}) to {theirs} in "
        f"the {year} {'bulletin' if bulletin else 'official statistics'}{f' ({extra})' if extra else ''}."
    )


def fiscal_share(claims: pd.DataFrame, reference: pd.DataFrame, lang: str) -> str:
    """Total fiscal revenue as a share of GDP: the reference's latest common year against the page's claims."""
    table = measure_series()
    measures = ("财政总收入", "地区生产总值")
    fiscal, gdp = (series_claim(claims, table[m][0]) for m in measures)
    year, rows = _latest(reference, tuple(table[m][0] for m in measures))
    if fiscal is None or gdp is None or year is None or rows is None or fiscal["qualifier"] != "exact":
        return ""
    bound = (
        "less_than"
        if gdp["qualifier"] in LOWER_BOUNDS
        else "more_than"
        if gdp["qualifier"] in UPPER_BOUNDS
        else "exact"
        if gdp["qualifier"] == "exact"
        else None
    )
    if bound is None:
        return ""
    theirs = format_value(100 * float(rows[0]["value"]) / float(rows[1]["value"]), "%", "exact", 1, lang)
    mine = format_value(100 * fiscal["value"] / gdp["value"], "%", bound, 1, lang)
    secondary = any(r["status"] == "secondary" for r in rows)
    inferred = fiscal["period_basis"] == "inferred"
    f_zh, g_zh, f_en, g_en = measures[0], measures[1], *(series_words(table[m][0], "en") for m in measures)
    if lang == "zh":
        return (
            f"{year}年{f_zh}占{g_zh}{theirs}{'(二手资料)' if secondary else ''},文中数字推算{int(fiscal['year'])}年"
            f"{'(推断)' if inferred else ''}{mine}"
            + (
                ";后者只是上限,看不出比率的升降。"
                if bound == "less_than"
                else ";后者只是下限,看不出比率的升降。"
                if bound == "more_than"
                else "。"
            )
        )
    end = {
        "less_than": "; the latter is an upper bound only, so no direction of change can be read from the two.",
        "more_than": "; the latter is a lower bound only, so no direction of change can be read from the two.",
    }
    return (
        f"{f_en[:1].upper()}{f_en[1:]} was {theirs} of {g_en} in {year}{' (secondary values)' if secondary else ''}, "
        f"against {mine} implied for {int(fiscal['year'])}{' (presumably)' if inferred else ''} by the article's "
        f"figures" + end.get(bound, ".")
    )


def copies(reference: pd.DataFrame, series: str, lang: str) -> str:
    """A value of ``series`` given alike by several sources of one status (the tables show the first)."""
    rows = reference[reference["indicator_id"] == series]
    counted = rows.groupby(["year", "status", "value"]).size()
    counted = counted[counted > 1]
    extra = ((place_info(reference).get("notes") or {}).get("copies") or {}).get(lang, "")
    out = []
    for key, n in counted.items():
        year, status, _ = cast("tuple[int, str, float]", key)  # the (year, status, value) of the group
        secondary = status == "secondary"
        if lang == "zh":
            out.append(
                f"{year}年{series_words(series, lang)}有{n}个{'二手网页' if secondary else '官方来源'}给出同一数值"
                f"{f'({extra})' if extra else ''},表中只列第一个。"
            )
        else:
            out.append(
                f"The {year} {series_words(series, lang)} value is given alike by {n} "
                f"{'secondary pages' if secondary else 'official sources'}{f' ({extra})' if extra else ''}; "
                "the tables show the first."
            )
    return ("" if lang == "zh" else " ").join(out)


def across(reference: pd.DataFrame, lang: str) -> str:
    """The place's history a comparison across years may be affected by (its reference sidecar), as a clause."""
    years = place_info(reference)["caveat_years"]
    former, boundary = years.get(Caveat.FORMER_UNIT.value) or {}, boundary_year(years)
    if lang == "zh":
        parts = ([f"{former['before']}年以前为{former['unit_zh']}"] if former.get("unit_zh") else []) + (
            [f"{boundary}年可能有区划调整"] if boundary else []
        )
        return ",".join(parts) + ",跨越这些年份的比较可能受影响" if parts else ""
    parts = ([f"before {former['before']} the unit was {former['unit_en']}"] if former.get("unit_en") else []) + (
        [f"a boundary change in {boundary} is possible"] if boundary else []
    )
    return ", and ".join(parts) + ", so comparisons across those years may be affected" if parts else ""


def sides(checks: pd.DataFrame, claims: pd.DataFrame, lang: str) -> str:
    """Which of the page's level claims have reference years on both sides; none is confirmed without a value of
    its own year."""
    level = checks[
        (checks["claim_origin"] == "article")
        & checks["formula"].isin(["average_growth", "same_year"])
        & checks["reference_year"].notna()
    ]
    if level.empty:
        return ""
    same = level[(level["formula"] == "same_year") & (level["reference_status"] == "official")]
    both = [
        str(s)
        for s, g in level.groupby("series", sort=False)
        if (g["reference_year"] < g["claim_year"]).any() and (g["reference_year"] > g["claim_year"]).any()
    ]
    others = [s for s in dict.fromkeys(level["series"]) if s not in both]
    named = (
        words([series_words(s, "zh") for s in both], "zh")
        if lang == "zh"
        else " and ".join(series_words(s, "en") for s in both)
    )
    if lang == "zh":
        text = "参考表在文中年份没有官方数值;" if same.empty else "参考表有文中年份的官方数值;"
        if both:
            text += f"只有{named}前后都有参考年份" if others else f"{named}前后都有参考年份"
        if others:
            text += (",其余" if both else "") + "文中数字只有单侧的参考年份"
        return text + (",都不能被证实。" if same.empty else "。")
    text = (
        " The reference table has no official value for the article's year"
        if same.empty
        else " The reference table has an official value for the article's year"
    )
    if both:
        text += (
            f"; only {named} has reference years on both sides"
            if others
            else f"; {named} has reference years on both sides"
        )
    if others:
        text += (
            ", the other figures have one on one side only"
            if both
            else "; the figures have reference years on one side only"
        )
    return text + (", and none can be confirmed." if same.empty else ".")


def bound_example(checks: pd.DataFrame, lang: str) -> str:
    """How a bound is rounded outward, shown on the first upper-bound growth of the cross-check."""
    rows = checks[
        (checks["result_unit"] == "%") & checks["result_qualifier"].isin(UPPER_BOUNDS) & checks["result"].notna()
    ]
    if rows.empty:
        return ""
    row = rows.iloc[0]
    shown = growth_text(row["result"], row["result_qualifier"], lang).replace("/年", "").replace(" a year", "")
    shown = shown.replace("不足", "低于", 1)  # the rule names the bound "below" (低于), as the arithmetic reads
    if lang == "zh":
        return f"界限按显示精度向外取整,从不夸大:算式结果{row['result']:.3f}写作“{shown}”。"
    return f" A bound is rounded outward at the precision shown, so that it never overstates: an arithmetic result of {row['result']:.3f} reads “{shown}”."
