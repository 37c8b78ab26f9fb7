"""Verifiable outputs: committed sha256 manifests, and ``make verify`` to rebuild and compare.

Two manifests are committed:

- ``data/processed/MANIFEST.sha256`` — every published data file, written by ``write_dataset``;
- ``data/reports.sha256`` — every HTML report and executed notebook of the seed with default
  parameters, written after a successful ``shangyu-analysis build`` of ``build.yml`` (``make report``);
  the reports of other articles and of scenarios are not recorded, so they dirty no tracked file.

The manifest of the reports and its canonical form are :mod:`.manifest`'s (stdlib only: the build
writes it on its nothing-to-do path, which must not import this module's dataset layer).

:func:`verify` rebuilds the data and the reports from scratch into a temporary folder and compares
rebuilt files, committed files and manifests; it prints one line per file and, for a differing
CSV, its first differing rows.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

from shangyu_analysis import config
from shangyu_analysis.build.manifest import REPORTS_MANIFEST, canonical_report, report_digests, write_reports_manifest
from shangyu_analysis.build.run import run_build
from shangyu_analysis.dataset.dataset import write_dataset
from shangyu_analysis.dataset.manifest import MANIFEST_NAME, read_manifest
from shangyu_analysis.files import sha256_bytes

__all__ = ["REPORTS_MANIFEST", "canonical_report", "compare", "report_digests", "verify", "write_reports_manifest"]


def _first_differences(expected: bytes, actual: bytes, limit: int = 3) -> list[str]:
    """The first differing lines (CSV rows) of two files, as printable pairs."""
    old, new = expected.decode("utf-8").splitlines(), actual.decode("utf-8").splitlines()
    lines = []
    for number in range(max(len(old), len(new))):
        a = old[number] if number < len(old) else "<missing>"
        b = new[number] if number < len(new) else "<missing>"
        if a != b:
            lines += [f"    row {number}: committed {a}", f"    row {number}: rebuilt   {b}"]
            if len(lines) >= 2 * limit:
                break
    return lines


def compare(
    label: str, manifest: dict[str, str], rebuilt: Mapping[str, bytes], committed: Mapping[str, bytes | None]
) -> list[tuple[str, str, list[str]]]:
    """Three-way comparison: manifest hash, rebuilt bytes and committed bytes of each file.

    Returns ``(status, path, details)`` rows; status is ``identical`` or ``different``.
    ``committed[name]`` is None when the file is not on disk (a report not built here): only the
    rebuild is compared then.
    """
    rows = []
    for name in sorted(set(manifest) | set(rebuilt)):
        shown = f"{label}/{name}"
        expected = manifest.get(name)
        new = rebuilt.get(name)
        old = committed.get(name)
        problems = []
        if expected is None:
            problems.append("not in the manifest")
        if new is None:
            problems.append("not produced by the rebuild")
        elif expected is not None and sha256_bytes(new) != expected:
            problems.append("rebuilt file differs from the manifest")
        if old is not None and expected is not None and sha256_bytes(old) != expected:
            problems.append("file on disk differs from the manifest")
        details = []
        if problems and name.endswith(".csv") and old is not None and new is not None:
            details = _first_differences(old, new)
        rows.append(
            (
                "different" if problems else "identical",
                shown + (f" ({'; '.join(problems)})" if problems else ""),
                details,
            )
        )
    return rows


def _processed_rows(scratch: Path) -> list:
    out = scratch / "processed"
    write_dataset(out_dir=out)
    folder = config.processed_dir(None)
    manifest = read_manifest(folder / MANIFEST_NAME)
    rebuilt = {p.name: p.read_bytes() for p in out.iterdir() if p.name != MANIFEST_NAME}
    committed = {
        name: (folder / name).read_bytes() if (folder / name).is_file() else b""
        for name in set(manifest) | set(rebuilt)
    }
    return compare(f"data/processed/{config.SEED_NAME}", manifest, rebuilt, committed)


def _report_rows(scratch: Path, jobs: int | None, stream: TextIO) -> list:
    out = scratch / "reports"
    result = run_build(config.BUILD_GRID_YML, force=True, jobs=jobs, reports_dir=out, stream=stream)
    if not result.ok:
        return [("different", "reports (the rebuild failed; see above)", [])]
    manifest = read_manifest(REPORTS_MANIFEST)
    rebuilt = {name: canonical_report((out / name).read_bytes()) for name in report_digests(out)}
    committed = {}
    for name in set(manifest) | set(rebuilt):
        path = config.REPORTS_DIR / name
        committed[name] = canonical_report(path.read_bytes()) if path.is_file() else None
    return compare("reports", manifest, rebuilt, committed)


def verify(*, reports: bool = True, jobs: int | None = None, stream: TextIO | None = None) -> bool:
    """Rebuild everything into a temporary folder and compare with the committed manifests.

    Prints one line per file (``identical`` / ``different``) to ``stream`` (stdout) and returns
    True when every file is identical.
    """
    stream = stream or sys.stdout
    with tempfile.TemporaryDirectory(prefix="shangyu-verify-") as scratch:
        rows = _processed_rows(Path(scratch))
        if reports:
            rows += _report_rows(Path(scratch), jobs, sys.stderr)
    for status, name, details in rows:
        print(f"{status:<10} {name}", file=stream)
        for line in details:
            print(line, file=stream)
    different = sum(status != "identical" for status, _, _ in rows)
    print(f"verify: {len(rows) - different} identical, {different} different", file=stream)
    return different == 0 and bool(rows)
