"""What a build has to do: each run as its last build left it, and which runs to execute.

A run is up to date when its ``.key`` holds the run's cache key, every input its record lists
(the files its kernel read, :mod:`.inputs`) still has the recorded sha256, and its report, executed
notebook and ``.run.json`` record are all in place and readable. A cache entry that is damaged in any way —
a truncated ``.key`` or ``.run.json``, bytes that are not UTF-8, JSON of the wrong shape, a folder
where a file should be — makes the run stale: it is rebuilt, never a crash (stdlib only).
"""

from __future__ import annotations

import fnmatch
import json
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from shangyu_analysis import config
from shangyu_analysis.build import cache
from shangyu_analysis.build.grid import Grid, Run, relative_to_root
from shangyu_analysis.build.inputs import first_changed
from shangyu_analysis.build.layout import GRID_FOLDER

# The fields of a ``.run.json`` record the index shows, with the types they must have.
_RECORD_FIELDS: dict[str, type | tuple[type, ...]] = {
    "duration_s": (int, float),
    "notebook_title": str,
    "article_title": str,
    "html_bytes": int,
    "inputs": dict,
    "read_first": bool,
}


@dataclass
class RunResult:
    """What happened to one run in this build."""

    run_id: str  # <article-stem>/<lang>/<notebook-stem>
    notebook: str  # file name
    article: str  # relative to the project root; GRID_FOLDER for a run over every article (see parameters)
    lang: str
    parameters: dict
    status: str  # ok, failed, cached, skipped (not selected by ``only`` and not up to date), earlier (not in this grid)
    duration_s: float | None = None  # build time of the report shown (for cached: when it was built)
    message: str = ""  # why it failed, one line
    html: Path | None = None  # the report (for a failed run: the previous good one, if any)
    failed_notebook: Path | None = None
    notebook_title: str = ""
    article_title: str = ""
    html_bytes: int | None = None
    read_first: bool = False  # listed first in the index (the notebook's metadata shangyu.read_first)


class Stale(NamedTuple):
    """A run to execute, with its cache key."""

    run: Run
    key: str


def read_record(path: Path) -> dict | None:
    """The ``.run.json`` record at ``path``; None when missing or damaged (then the run is stale)."""
    try:
        record = json.loads(cache.read_text_or_none(path) or "null")
    except ValueError:  # truncated or garbled JSON
        return None
    if not isinstance(record, dict):
        return None
    for name, types in _RECORD_FIELDS.items():
        value = record.get(name)
        if value is not None and (not isinstance(value, types) or (isinstance(value, bool) and types is not bool)):
            return None
    return record


def read_key(path: Path) -> str | None:
    """The key stored at ``path`` (without its newline), or None when missing or damaged."""
    text = cache.read_text_or_none(path)
    return text[:-1] if text is not None and text.endswith("\n") else None


def plan(grid: Grid, reports_dir: Path, *, force: bool, only: list[str] | None) -> tuple[list[RunResult], list[Stale]]:
    """Every run as its last build left it (cached or skipped), and the selected runs to rebuild."""
    results: list[RunResult] = []
    stale: list[Stale] = []
    digests: dict = {}  # each input file hashed once per plan
    for run in grid.runs:
        key = cache.run_key(run.notebook, run.parameters, run.article)
        record = read_record(reports_dir / f"{run.run_id}.run.json")
        result = previous_result(run, reports_dir, record or {})
        up_to_date = read_key(reports_dir / f"{run.run_id}.key") == key and record is not None
        # A record without inputs is older than the read hook: rebuilt once to learn them.
        up_to_date = (
            up_to_date
            and record is not None
            and isinstance(record.get("inputs"), dict)
            and first_changed(record["inputs"], config.PROJECT_ROOT, digests) is None
        )
        up_to_date = up_to_date and result.html is not None and (reports_dir / f"{run.run_id}.ipynb").is_file()
        selected = not only or any(
            fnmatch.fnmatch(run.run_id, pattern) or fnmatch.fnmatch(run.notebook.stem, pattern) for pattern in only
        )
        if selected and (force or not up_to_date):
            stale.append(Stale(run, key))
        result.status = "cached" if up_to_date else "skipped"
        results.append(result)
    return results, stale


def previous_result(run: Run, reports_dir: Path, record: dict) -> RunResult:
    """The run as its last successful build left it (from its ``.run.json`` record)."""
    html = reports_dir / f"{run.run_id}.html"
    return RunResult(
        run_id=run.run_id,
        notebook=run.notebook.name,
        article=GRID_FOLDER if run.articles else relative_to_root(run.article),
        lang=run.lang,
        parameters=run.parameters,
        status="skipped",
        duration_s=record.get("duration_s"),
        html=html if html.is_file() else None,
        notebook_title=record.get("notebook_title", ""),
        article_title=record.get("article_title", ""),
        html_bytes=record.get("html_bytes"),
        read_first=bool(record.get("read_first")),
    )


def earlier_results(reports_dir: Path, known: set[str]) -> list[RunResult]:
    """Every report under ``reports_dir`` that is not a run of this grid (another grid, a scenario, an
    article built before), from its ``.run.json`` record: the index lists them too, as built then."""
    results = []
    for path in sorted(reports_dir.glob("*/*/*.run.json")):
        run_id = path.relative_to(reports_dir).as_posix()[: -len(".run.json")]
        record = read_record(path)
        html = path.with_name(path.name[: -len(".run.json")] + ".html")
        if run_id in known or record is None or not html.is_file():
            continue
        try:
            results.append(
                RunResult(
                    run_id=run_id,
                    notebook=str(record["notebook"]),
                    article=str(record["article"]),
                    lang=str(record["lang"]),
                    parameters=dict(record["parameters"]),
                    status="earlier",
                    duration_s=record.get("duration_s"),
                    html=html,
                    notebook_title=record.get("notebook_title", ""),
                    article_title=record.get("article_title", ""),
                    html_bytes=record.get("html_bytes"),
                    read_first=bool(record.get("read_first")),
                )
            )
        except (KeyError, TypeError, ValueError):  # a record of the wrong shape: not listed
            continue
    return results
