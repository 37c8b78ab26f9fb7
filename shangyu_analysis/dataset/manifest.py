"""sha256 manifests in the ``sha256sum`` format: what was published, and how to read it back."""

from __future__ import annotations

from pathlib import Path

from shangyu_analysis.files import sha256_bytes

MANIFEST_NAME = "MANIFEST.sha256"


def render_manifest(digests: dict[str, str]) -> bytes:
    """``sha256  relative/path`` lines (the ``sha256sum`` format), sorted by path, LF."""
    return "".join(f"{digests[name]}  {name}\n" for name in sorted(digests)).encode("utf-8")


def manifest_of(files: dict[str, bytes]) -> bytes:
    """The manifest of ``name -> bytes``."""
    return render_manifest({name: sha256_bytes(data) for name, data in files.items()})


def read_manifest(path: Path) -> dict[str, str]:
    """Path → sha256 from a manifest file; an empty dict when it does not exist."""
    if not path.is_file():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(None, 1)
            out[name.strip()] = digest
    return out
