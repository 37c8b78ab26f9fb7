"""A catalog check's result in words, zh or en, from its parts as the checks table publishes them (status,
arithmetic, missing): the numbers written as mathematics and the verdict in the report's language, never the
English sentence of its ``detail`` column parsed back."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from shangyu_analysis.report.labels import label

# Code operators as a reader writes them; ``and`` joins the parts of a chained check.
_MATHS = {" * ": " × ", " / ": " ÷ ", "<=": "≤", ">=": "≥"}


def check_detail(row: Mapping, lang: str) -> str:
    """``93.69 < 156.72:成立`` / ``93.69 < 156.72 is true``; ``缺少输入:…`` / ``input missing: …`` for a skipped check."""
    if row.get("status") == "skip":
        return label("narrative.check_missing", lang, ids=row.get("missing") or "")
    numbers = str(row.get("arithmetic") if not pd.isna(row.get("arithmetic")) else "")
    for code, maths in {**_MATHS, " and ": f" {label('narrative.check_and', lang)} "}.items():
        numbers = numbers.replace(code, maths)
    verdict = label("narrative.check_true" if row.get("status") == "pass" else "narrative.check_false", lang)
    return label("narrative.check_detail", lang, numbers=numbers, verdict=verdict)
