"""The report's reading of the unit table (:mod:`shangyu_analysis.schema.units`): the sentence form of a value
and the chart form of a unit, with the fallback of a unit the table lacks.

The table itself (every unit's kind, English sentence form, chart forms per language, name label and id slug)
is declared once in the schema layer, where the indicator names read it too; this module only picks the form
a report needs.
"""

from __future__ import annotations

from shangyu_analysis.schema.units import (
    COUNTERS,
    PLAIN_RATIO,
    ChartForm,
    EnglishForm,
    canonical_unit,
    unit_forms,
)

__all__ = ["COUNTERS", "PLAIN_RATIO", "ChartForm", "EnglishForm", "canonical_unit", "chart_form", "english_style"]


def english_style(unit: str, value: float) -> EnglishForm | None:
    """The English sentence form of ``value`` in ``unit``; None for a unit the table lacks (the caller keeps the
    unit as written). Sums under 10亿元 read better in millions than as ``0.8 billion``."""
    forms = unit_forms(unit)
    return None if forms is None else forms.english_for(value)


def chart_form(unit: str | None, lang: str) -> ChartForm:
    """How a chart shows ``unit`` (aliases accepted) in ``lang``; a unit the table lacks is shown as it is: the
    axis and a zh bar say it as written, an en bar carries the bare number (its axis says the unit)."""
    forms = unit_forms(unit)
    if forms is not None:
        return forms.chart[lang]
    unit = canonical_unit(unit)
    return ChartForm(1, 0, unit, unit if lang == "zh" else "")
