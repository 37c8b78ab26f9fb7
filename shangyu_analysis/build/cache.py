"""Build cache keys (stdlib only: this runs on the nothing-to-do path).

A run's key is the sha256 of what is known before it runs: the notebook file, the parameters, the
article bytes with its ``.source.yml`` sidecar and its catalog (the report's header shows the sidecar's place
and the catalog's draft status, :mod:`.articles`) — for a run over the grid, those of every article it reads
(its ``articles`` parameter) —, the package's source and templates, the installed
distributions (their ``*.dist-info`` folder names carry name and version) and the Python version.
The key is written beside the report (``<notebook>.key``) only after a successful run. Every other
file the run reads — catalogs, terms, glossary, reference data, published tables — is recorded
while it runs, with its sha256 (:mod:`.inputs`), and checked by the planner: by construction, not
by a list kept here. Writing and hashing files go through :mod:`shangyu_analysis.files`.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from functools import lru_cache
from pathlib import Path

from shangyu_analysis import config
from shangyu_analysis.build.articles import key_files
from shangyu_analysis.files import sha256_file

KEY_FORMAT = "shangyu-build-v3"  # v2: data files are recorded inputs (.inputs); v3: + catalogs, grid runs
_SOURCE_SUFFIXES = (".py", ".j2", ".json", ".yml", ".yaml", ".css")


def _hash_file(digest: hashlib._Hash, label: str, path: Path) -> None:
    # The label, not the absolute path: the key must not change when the checkout moves.
    digest.update(label.encode("utf-8") + b"\0")
    digest.update(path.read_bytes() if path.is_file() else b"<missing>")
    digest.update(b"\0")


@lru_cache(maxsize=1)
def environment_fingerprint() -> str:
    """sha256 of package source and installed dependency versions (same for every run)."""
    digest = hashlib.sha256(KEY_FORMAT.encode())
    digest.update(sys.version.encode())
    package_files = sorted(
        p for p in config.PACKAGE_DIR.rglob("*") if p.suffix in _SOURCE_SUFFIXES and "__pycache__" not in p.parts
    )
    for path in package_files:
        _hash_file(digest, path.relative_to(config.PACKAGE_DIR).as_posix(), path)
    for distribution in installed_distributions():
        digest.update(distribution.encode() + b"\0")
    return digest.hexdigest()


def installed_distributions() -> list[str]:
    """``name-version`` of every installed distribution, from the dist-info folder names (fast)."""
    names: set[str] = set()
    for entry in sys.path:
        folder = Path(entry or ".")
        if not folder.is_dir():
            continue
        try:
            children = os.listdir(folder)
        except OSError:
            continue
        names.update(c[: -len(".dist-info")] for c in children if c.endswith(".dist-info"))
    return sorted(names)


def run_key(notebook: Path, parameters: dict, article: Path) -> str:
    """The cache key of one run (hex sha256): ``article``'s files and, for a run over the grid, those of every
    article of its ``articles`` parameter (relative to the project root, as the grid writes them)."""
    digest = hashlib.sha256(environment_fingerprint().encode())
    digest.update(b"notebook\0" + notebook.read_bytes())
    digest.update(b"parameters\0" + json.dumps(parameters, sort_keys=True, ensure_ascii=False).encode())
    listed = parameters.get("articles")
    articles = (
        [Path(article), *(config.PROJECT_ROOT / a for a in listed if isinstance(a, str))]
        if isinstance(listed, list)
        else [Path(article)]
    )
    for index, one in enumerate(articles):
        for label, path in zip(("article", "source", "catalog"), key_files(one)):
            _hash_file(digest, f"{label}{index}", path)
    return digest.hexdigest()


def read_text_or_none(path: Path) -> str | None:
    """The UTF-8 text of ``path``, or None when it is missing, unreadable or not UTF-8 (a stale cache entry)."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def lock_sha256() -> str:
    """sha256 of ``requirements.lock`` (the environment the reports were built in), or "unknown"."""
    path = config.PROJECT_ROOT / "requirements.lock"
    return sha256_file(path) if path.is_file() else "unknown"
