"""The one test of "this cell has no value", for every layer (stdlib only: the build's nothing-to-do path imports it).

A published table writes a gap as an empty field, which :func:`~shangyu_analysis.dataset.publish.read_table` reads
as NaN (a number column) or NaN/``pd.NA`` (a text column); a frame built in memory may hold ``None`` or ``pd.NaT``;
a hand-written row (a YAML file, a provenance dict) may hold an empty or blank string. All of these are missing.
A dash (``"-"``, ``"—"``) is not: no table writes one for a gap, and in the article's words it is text. Zero,
``False`` and an infinite number are values.
"""

from __future__ import annotations

import math
import sys


def is_missing(value: object) -> bool:
    """True for None, NaN (a Python or NumPy float), ``pd.NA``, ``pd.NaT`` and a string of only whitespace.

    pandas and numpy are not imported here: a value of theirs exists only once they are, so they are looked up
    in ``sys.modules`` (the schema layer stays free to import on the command line's instant paths)."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, float):  # numpy.float64 is a float too
        return math.isnan(value)
    pandas = sys.modules.get("pandas")
    if pandas is not None and (value is pandas.NA or value is pandas.NaT):
        return True
    numpy = sys.modules.get("numpy")
    return numpy is not None and isinstance(value, numpy.floating) and bool(numpy.isnan(value))
