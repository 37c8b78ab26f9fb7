"""Files: the one atomic-write helper, sha256 hashing, and ``.source.yml`` sidecars.

Every file the project writes (published data, reports, manifests, cache records) goes through
:func:`write_atomic`, so a reader never sees half a file and a failed write leaves the previous one.
Stdlib only (``yaml`` is imported when a sidecar is read): the nothing-to-do build path uses this.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from shangyu_analysis.errors import UserError


def write_atomic(files: Mapping[Path, bytes | str]) -> list[Path]:
    """Write each ``path -> data`` (str is UTF-8) to a temporary sibling, then rename them all into place.

    If any temporary file cannot be written, every temporary is removed and no existing file is
    touched: the set is published whole or not at all. Files are world-readable (0644).
    Returns the written paths, sorted.
    """
    temporaries: dict[Path, Path] = {}
    try:
        for path, data in files.items():
            path = Path(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            temporaries[path] = Path(temporary)  # recorded first, so a failed write is cleaned up too
            with os.fdopen(handle, "wb") as stream:
                stream.write(data.encode("utf-8") if isinstance(data, str) else data)
            os.chmod(temporary, 0o644)  # mkstemp creates 0600
    except BaseException:
        for temporary in temporaries.values():
            temporary.unlink(missing_ok=True)
        raise
    try:
        for path, temporary in temporaries.items():
            os.replace(temporary, path)
    finally:  # a failed rename (disk, permissions, a signal) leaves no temporary behind
        for temporary in temporaries.values():
            temporary.unlink(missing_ok=True)
    return sorted(temporaries)


def sha256_bytes(data: bytes) -> str:
    """Hex sha256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    """Hex sha256 of the file at ``path``."""
    return sha256_bytes(Path(path).read_bytes())


def sidecar_path(path: Path) -> Path:
    """``data/raw/x.txt`` -> ``data/raw/x.source.yml``: where a file's provenance is recorded."""
    path = Path(path)
    return path.with_name(path.stem + ".source.yml")


def read_sidecar(path: Path) -> dict:
    """The provenance mapping recorded beside ``path`` (publisher, page, date, sha256…); ``{}`` when none.

    Raises
    ------
    UserError
        The sidecar exists but is not valid YAML, or not a mapping.
    """
    sidecar = sidecar_path(path)
    if not sidecar.is_file():
        return {}
    import yaml  # ~0.07 s; only when a sidecar exists

    try:
        meta = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise UserError(sidecar, f"invalid YAML: {str(exc).splitlines()[0]}") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise UserError(sidecar, f"expected a mapping of provenance fields, found {type(meta).__name__}")
    return meta
