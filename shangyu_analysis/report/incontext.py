"""Notebook 05's frames in the report language: the timeline, the pairs of question 2, the sector structure, the
cross-check and its caveats, each as a DataFrame of display text (numbers by the one formatter, words from
:mod:`~shangyu_analysis.report.labels`), so the notebook's cells keep the analysis and the report shows no
English word in Chinese. The frames themselves (``dataset.context``, ``dataset.crosscheck``) are unchanged.

Caveats are shown as markers (①…, in :class:`~shangyu_analysis.schema.Caveat` order) in every table, and
spelt out once in :func:`caveats_table`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import cast

import pandas as pd

from shangyu_analysis.dataset.backcast import YearBeforeRow
from shangyu_analysis.dataset.context import FIRST_CSV_LINE, precision_of
from shangyu_analysis.dataset.crosscheck import carried_threshold
from shangyu_analysis.dataset.model import select
from shangyu_analysis.dataset.reference import place_info
from shangyu_analysis.report.format import format_value
from shangyu_analysis.report.labels import check_lang, enum_label, label
from shangyu_analysis.schema import (
    Caveat,
    CrossCheckRow,
    CrossCheckVerdict,
    GrowthBasis,
    PointOrigin,
    ReferenceStatus,
    TimelineRow,
    VerdictStrength,
    cross_check_rows,
)

MARKERS = "①②③④⑤⑥⑦⑧⑨"
GROWTH_DECIMALS = 2  # a growth rate is shown as the arithmetic computes it, to two decimals


def marker(caveat: str) -> str:
    """The marker of a caveat id (``real_vs_nominal`` → ``①``)."""
    return MARKERS[Caveat.values().index(caveat)]


def markers(caveats: str | float | None) -> str:
    """The markers of ';'-joined caveat ids (empty for none)."""
    return "" if caveats is None or pd.isna(caveats) else "".join(marker(c) for c in str(caveats).split(";") if c)


def per_year(text: str, lang: str) -> str:
    return label("context.per_year", lang, x=text)


def growth_text(value: float, qualifier: str | None, lang: str) -> str:
    """A growth rate a year, with its bound (``超过4.45%/年`` / ``more than 4.45% a year``)."""
    return per_year(format_value(value, "%", qualifier or "exact", GROWTH_DECIMALS, lang), lang)


def series_name(claims: pd.DataFrame, reference: pd.DataFrame, series: str, lang: str) -> str:
    """A series' name: the article's indicator name in ``lang`` when a claim of it is a level, else as the
    reference table names it (its first row), else its id."""
    level = claims[(claims["series"] == series) & (claims["origin"] == PointOrigin.ARTICLE)]
    if len(level):
        return str(level.iloc[0][f"name_{check_lang(lang)}"])
    rows = reference[reference["indicator_id"] == series]
    return str(rows.iloc[0]["indicator_zh"]) if len(rows) and lang == "zh" else series


def timeline_table(timeline: pd.DataFrame, lang: str, derived: pd.DataFrame | None = None) -> pd.DataFrame:
    """year, value (with its bound), origin, reference_row, source, caveats (markers). A derived point's source is
    its formula as mathematics in ``lang`` (from ``derived``), a reference point's its title in ``lang``."""
    formulas = {} if derived is None else dict(zip(derived["derived_id"], derived[f"formula_{check_lang(lang)}"]))
    sources = [
        formulas.get(c, s) if o == PointOrigin.DERIVED else source_title(s, lang)
        for c, s, o in zip(timeline["claim_id"], timeline["source"], timeline["origin"])
    ]
    return pd.DataFrame(
        {
            "year": timeline["year"],
            "value": [
                format_value(r.value, r.unit, r.qualifier, r.precision, lang)
                for r in cast("Iterable[TimelineRow]", timeline.itertuples())
            ],
            "origin": [enum_label(o, lang, PointOrigin) for o in timeline["origin"]],
            "reference_row": timeline["reference_row"],
            "source": sources,
            "caveats": [markers(c) for c in timeline["caveats"]],
        }
    )


def _reference_text(row: CrossCheckRow, reference: pd.DataFrame, lang: str) -> str:
    if pd.isna(row.reference_row):
        return ""
    ref = reference.iloc[int(row.reference_row) - FIRST_CSV_LINE]
    value = format_value(float(ref["value"]), str(ref["unit"]), "exact", precision_of(ref), lang)
    if row.formula == "different_measure":  # another indicator: name it, so its value is not read as the claim's
        value = f"{ref['indicator_zh']} {value}"
    return f"{int(row.reference_year)} · {enum_label(row.reference_status, lang, ReferenceStatus)}: {value}"


def source_title(title: object, lang: str) -> str:
    """A reference source's title; in Chinese without the English notes in parentheses of the table."""
    text = str(title)
    return re.sub(r"\s*\([A-Za-z][^()]*\)", "", text).strip() if check_lang(lang) == "zh" else text


def source_publisher(publisher: object, status: str, lang: str) -> str:
    """A reference source's publisher; a secondary one in the report language (the table's note is English)."""
    if status == ReferenceStatus.SECONDARY:
        return label("context.secondary_publisher", lang)
    return str(publisher)


def _claim_text(row: CrossCheckRow, claims: pd.DataFrame, lang: str) -> tuple[str, str]:
    claim = select((claims,), [row.claim_id], column="claim_id").iloc[0]  # every checked pair has its claim
    value = format_value(row.claim_value, row.unit, row.claim_qualifier, int(claim["precision"]), lang)
    if claim.get("arithmetic"):  # a value the report derived: its arithmetic beside it, traceable to the page
        value = f"{value}({claim['arithmetic']})" if lang == "zh" else f"{value} ({claim['arithmetic']})"
    return str(claim[f"name_{lang}"]), value


def _result_text(row: CrossCheckRow, lang: str) -> str:
    if pd.isna(row.result):
        return ""
    if row.result_unit == "%":
        return growth_text(row.result, row.result_qualifier, lang)
    decimals = len(str(row.arithmetic).rpartition("=")[2].strip().partition(".")[2])
    return format_value(row.result, row.result_unit, row.result_qualifier, decimals, lang)


def _accept_text(row: CrossCheckRow, lang: str) -> str:
    low, high = row.accept_low, row.accept_high
    if pd.isna(low) and pd.isna(high):
        return ""
    unit = row.result_unit

    def number(v: float) -> str:
        return format_value(v, unit, "exact", 0 if float(v).is_integer() else 2, lang)

    if math.isinf(high):
        return f"≥ {number(low)}"
    # rounded outward, as every bound in the reports (6.896 → 6.89, 13.905 → 13.91): the range never looks narrower
    text = f"{number(math.floor(low * 100) / 100)} … {number(math.ceil(high * 100) / 100)}"
    return per_year(text, lang) if unit == "%" else text


def _strength_text(row: CrossCheckRow, lang: str) -> str:
    """The verdict's strength; for an end level carried forward from an annual increase, the reference value
    below which it would fail (claim's low end − years × increase), since "any plausible value passes" is not so."""
    if row.formula != "level_from_increase" or pd.isna(row.accept_low) or pd.isna(row.reference_year):
        return enum_label(row.strength, lang, VerdictStrength)
    threshold, arithmetic = carried_threshold(row)
    return label(
        "context.strength_carried",
        lang,
        arithmetic=arithmetic,
        threshold=format_value(threshold, row.unit, "exact", 0 if float(threshold).is_integer() else 2, lang),
    )


def checks_table(checks: pd.DataFrame, claims: pd.DataFrame, reference: pd.DataFrame, lang: str) -> pd.DataFrame:
    """claim, claim_value, reference_value (year · status: value), formula, arithmetic, result, accept,
    stated_growth_pct (its year, rate and basis), verdict, strength, rule (the reason), caveats (markers)."""
    check_lang(lang)
    names, values = (
        zip(*[_claim_text(r, claims, lang) for r in cross_check_rows(checks)], strict=True) if len(checks) else ((), ())
    )
    stated = [
        (
            ""
            if pd.isna(r.stated_growth_pct) or r.formula != "average_growth"
            # beside a growth only;
            # the rate's own year: it is that year's, not the pair's
            else f"{int(r.reference_year)}{'年' if lang == 'zh' else ': '}"
            f"{format_value(r.stated_growth_pct, '%', 'exact', 1, lang)}{',' if lang == 'zh' else ', '}"
            f"{enum_label(r.stated_basis, lang, GrowthBasis)}"
        )
        for r in cross_check_rows(checks)
    ]
    return pd.DataFrame(
        {
            "claim": list(names),
            "claim_value": list(values),
            "reference_value": [_reference_text(r, reference, lang) for r in cross_check_rows(checks)],
            "formula": [label(f"context.formula_{f}", lang) for f in checks["formula"]],
            "arithmetic": checks["arithmetic"].fillna(""),
            "result": [_result_text(r, lang) for r in cross_check_rows(checks)],
            "accept": [_accept_text(r, lang) for r in cross_check_rows(checks)],
            "stated_growth_pct": stated,
            # a pair computed but not judged (no band) is not "not checkable": the summary says the same
            "verdict": [
                label("context.verdict_not_judged", lang)
                if r.reason == "no_band"
                else enum_label(r.verdict, lang, CrossCheckVerdict)
                for r in cross_check_rows(checks)
            ],
            "strength": [_strength_text(r, lang) for r in cross_check_rows(checks)],
            "rule": [label(f"context.reason_{r}", lang) for r in checks["reason"]],
            "caveats": [markers(c) for c in checks["caveats"]],
        },
        index=checks.index,
    )


def year_before_table(before: pd.DataFrame, claims: pd.DataFrame, lang: str) -> pd.DataFrame:
    """claim, prior_year, prior_level, prior_growth_pct (a year, from the claim's year), arithmetic."""
    names = claims.set_index("claim_id")[f"name_{check_lang(lang)}"] if len(claims) else pd.Series(dtype=str)
    return pd.DataFrame(
        {
            "claim": [names.get(i, i) for i in before["claim_id"]],
            "prior_year": before["prior_year"],
            "prior_level": [
                format_value(r.prior_level, r.unit, "exact", 0 if r.unit == "元" else 2, lang)
                for r in cast("Iterable[YearBeforeRow]", before.itertuples())
            ],
            "prior_growth_pct": [growth_text(v, "exact", lang) for v in before["prior_growth_pct"]],
            "arithmetic": before["arithmetic"],
        }
    )


def structure_table(structure: pd.DataFrame, lang: str) -> pd.DataFrame:
    """year, sector, share_pct (as stated), share_from_va_pct (and its arithmetic), reference_row, caveats."""
    return pd.DataFrame(
        {
            "year": structure["year"],
            "sector": [label(f"context.sector_{s}", lang) for s in structure["sector"]],
            "share_pct": [format_value(v, "%", "exact", 1, lang) for v in structure["share_pct"]],
            # three decimals, so a reader who rounds the shown value gets what the check rounded (38.249 → 38.2)
            "share_from_va_pct": [
                ("" if pd.isna(v) else format_value(v, "%", "exact", 3, lang)) for v in structure["share_from_va_pct"]
            ],
            "arithmetic": structure["arithmetic"].fillna(""),
            "reference_row": structure["reference_row"],
            "caveats": [markers(c) for c in structure["caveats"]],
        }
    )


def caveats_table(frames: list[pd.DataFrame], checks: pd.DataFrame, claims: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Every caveat any of ``frames`` carries: its marker and text (a place-specific one in its reference sidecar's
    words, :func:`caveat_text`), and the claims of the cross-check it applies to."""
    used = {c for frame in frames for cell in frame["caveats"].dropna() for c in str(cell).split(";") if c}
    names = claims.set_index("claim_id")[f"name_{check_lang(lang)}"] if len(claims) else pd.Series(dtype=str)
    rows = []
    for caveat in (c for c in Caveat.values() if c in used):
        mask = [caveat in str(cell).split(";") for cell in checks["caveats"].fillna("")]
        hit = checks[pd.Series(mask, index=checks.index, dtype=bool)]
        claimed = list(dict.fromkeys(names.get(i, i) for i in hit["claim_id"]))
        rows.append(
            {
                "caveat": f"{marker(caveat)} {caveat_text(caveat, checks, lang)}",
                "applies_to": "; ".join(claimed) or label("context.in_tables", lang),
            }
        )
    return pd.DataFrame(rows, columns=["caveat", "applies_to"])


def caveat_text(caveat: str, frame: pd.DataFrame, lang: str) -> str:
    """A caveat in words: the reference sidecar's own (``caveat_years.<id>.zh/en``) when it has them, else the
    label table's."""
    own = (place_info(frame)["caveat_years"].get(caveat) or {}).get(check_lang(lang))
    return str(own) if own else enum_label(caveat, lang, Caveat)


def claims_by_verdict(checks: pd.DataFrame, claims: pd.DataFrame, lang: str) -> dict[str, list[str]]:
    """For each verdict, the names of the claims with at least one row of it, in order (for sentences)."""
    names = claims.set_index("claim_id")[f"name_{check_lang(lang)}"] if len(claims) else pd.Series(dtype=str)
    return {
        v: list(dict.fromkeys(names.get(i, i) for i in checks.loc[checks["verdict"] == v, "claim_id"]))
        for v in CrossCheckVerdict.values()
    }
