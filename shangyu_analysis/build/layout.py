"""Where a run's files go under ``reports/``: ``<article>/<lang>/<notebook>[@name=value…].<ext>``.

A run with the notebook's default parameters keeps the plain name (``04_development_path.html``);
each parameter set to anything else adds ``@name=value`` (a list as its items joined by commas), in
the order of the run's parameters: ``02_economy_and_fiscal@gdp_2020_scenarios=900,1100.html``. So
a scenario never overwrites the default report or another scenario, and its name says what it is.
A value with characters a file name should not hold (``/``, spaces, quotes…) or longer than
:data:`MAX_VALUE` is written with those replaced by ``-``, cut, and followed by ``~`` and 8 hex digits
of its exact value, so two values never share a path. ``article`` and ``lang`` are folders, never a
suffix. A notebook of scope "grid" (:mod:`.nbparams`) reads every article of the grid at once: its
report goes to ``_all/<lang>/<notebook>.html`` (:data:`GRID_FOLDER`; ``articles`` is never a suffix
either). The committed manifest ``data/reports.sha256`` covers the seed's default reports only
(:func:`in_manifest`): building another article or a scenario changes no tracked file.
"""

from __future__ import annotations

import hashlib
import json
import re

from shangyu_analysis import config

SEPARATOR = "@"
SAFE = re.compile(r"[^\w.,+=-]")  # \w: letters and digits of any script, Chinese included
MAX_VALUE = 40
FOLDER_PARAMETERS = ("article", "articles", "lang")
GRID_FOLDER = (
    "_all"  # the reports of a notebook run over every article of the grid (the grid refuses an article of that stem)
)


def value_text(value: object) -> str:
    """A parameter value as a file name shows it: ``true``, ``1100``, ``900,1100``, ``economy``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ",".join(value_text(item) for item in value)
    return str(value)


def run_suffix(parameters: dict, defaults: dict) -> str:
    """``@name=value`` for each parameter that differs from the notebook's default ("" for none)."""
    parts = []
    for name, value in parameters.items():
        if name in FOLDER_PARAMETERS or (name in defaults and value == defaults[name]):
            continue
        text = value_text(value)
        safe = SAFE.sub("-", text)
        if safe != text or len(safe) > MAX_VALUE:
            exact = json.dumps(value, sort_keys=True, ensure_ascii=False).encode("utf-8")
            safe = f"{safe[:MAX_VALUE]}~{hashlib.sha256(exact).hexdigest()[:8]}"
        parts.append(f"{SEPARATOR}{name}={safe}")
    return "".join(parts)


def in_manifest(relative: str) -> bool:
    """Whether the report at ``relative`` (to the reports folder) is one ``data/reports.sha256`` records:
    the seed's, with default parameters."""
    parts = relative.split("/")
    return len(parts) == 3 and parts[0] == config.SEED_NAME and SEPARATOR not in parts[2]
