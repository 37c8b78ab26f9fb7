"""Helpers shared by the build tests: a grid over one fixture notebook, and a snapshot of a reports folder."""

from __future__ import annotations

from pathlib import Path

from shangyu_analysis import config

FIXTURES_REL = (Path(__file__).parent / "fixtures" / "build").relative_to(config.PROJECT_ROOT).as_posix()


def write_grid(folder: Path, name: str, notebook: str, extra: str = "") -> Path:
    """A build.yml at ``folder/name`` running fixture ``notebook`` in zh and en (``extra``: more YAML lines)."""
    path = folder / name
    path.write_text(
        f"notebooks_dir: {FIXTURES_REL}\nnotebooks: [{notebook}]\nlangs: [zh, en]\n{extra}", encoding="utf-8"
    )
    return path


def files(reports: Path) -> dict[str, bytes]:
    """Relative path -> bytes of every file under ``reports``."""
    return {p.relative_to(reports).as_posix(): p.read_bytes() for p in sorted(reports.rglob("*")) if p.is_file()}
