"""The one test of "this cell has no value", for every layer (the lowest that imports pandas).

A published table writes a gap as an empty field, which :func:`~shangyu_analysis.dataset.publish.read_table` reads
as NaN (a number column) or NaN/``pd.NA`` (a text column); a frame built in memory may hold ``None`` or ``pd.NaT``;
a hand-written row (a YAML file, a provenance dict) may hold an empty or blank string. All of these are missing.
A dash (``"-"``, ``"—"``) is not: no table writes one for a gap, and in the article's words it is text. Zero,
``False`` and an infinite number are values.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd


def is_missing(value: object) -> bool:
    """True for None, NaN (a Python or NumPy float), ``pd.NA``, ``pd.NaT`` and a string of only whitespace."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, float | np.floating):
        return math.isnan(value)
    return False
