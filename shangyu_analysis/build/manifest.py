"""``data/reports.sha256``: the canonical hashes of the seed's default reports (stdlib only).

Written after every successful ``shangyu-analysis build`` of ``build.yml``, also one with nothing to
do, so this module stays on the nothing-to-do path: it imports no pandas, no extractor, no dataset
(:mod:`shangyu_analysis.dataset.manifest` is stdlib only). Comparing against a rebuild is
:mod:`.verify`'s job.

A report's hash is taken over its *canonical* bytes: the two header values that name the moment
and the commit of the build (generation time, git commit) are masked, because a commit can never
contain its own hash. Everything else — text, tables, charts, embedded font — is hashed as is.
"""

from __future__ import annotations

import re
from pathlib import Path

from shangyu_analysis import config
from shangyu_analysis.build.layout import in_manifest
from shangyu_analysis.dataset.manifest import render_manifest
from shangyu_analysis.files import sha256_bytes, write_atomic
from shangyu_analysis.report.labels import labels_in
from shangyu_analysis.schema import LANGS

REPORTS_MANIFEST = config.DATA_DIR / "reports.sha256"
_VOLATILE_LABELS = tuple(labels_in("report_header", lang)[key] for lang in LANGS for key in ("generated", "commit"))
# Over the UTF-8 bytes, not decoded text (3x faster; the same result: no multi-byte UTF-8 sequence holds "<").
_VOLATILE = re.compile(
    rb"(<dt>(?:"
    + b"|".join(re.escape(label.encode("utf-8")) for label in _VOLATILE_LABELS)
    + rb")</dt><dd>)[^<]*(</dd>)"
)


def canonical_report(html: bytes) -> bytes:
    """The report with its generation time and git commit masked (see the module docstring)."""
    return _VOLATILE.sub(rb"\1-\2", html)


def report_digests(reports_dir: Path) -> dict[str, str]:
    """Relative path → canonical sha256 of every report (HTML and executed notebook) under
    ``reports_dir`` that the manifest covers: the seed's, with default parameters
    (:func:`.layout.in_manifest`; another article or a scenario changes no tracked file)."""
    out = {}
    for path in sorted([*reports_dir.rglob("*.html"), *reports_dir.rglob("*.ipynb")]):
        relative = path.relative_to(reports_dir)
        if not in_manifest(relative.as_posix()):
            continue
        out[relative.as_posix()] = sha256_bytes(canonical_report(path.read_bytes()))
    return out


def write_reports_manifest(reports_dir: Path | None = None, path: Path | None = None) -> Path:
    """Record the canonical hashes of the reports in ``reports_dir`` (default ``reports/``).

    The file is rewritten only when its bytes change: a build with nothing to do leaves it, and its
    modification time, as they were.
    """
    target = path or REPORTS_MANIFEST
    rendered = render_manifest(report_digests(reports_dir or config.REPORTS_DIR))
    if not (target.is_file() and target.read_bytes() == rendered):
        write_atomic({target: rendered})
    return target
