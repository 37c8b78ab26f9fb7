"""A run's inputs, recorded rather than listed: what its kernel read, with each file's sha256.

Every build kernel runs :mod:`.read_hook` before the notebook (papermill passes
:func:`kernel_arguments`); the hook writes the path of each file the run opens for reading to the
log named by :data:`READS_ENV`. After the run, :func:`recorded_inputs` keeps the files under the
project root outside the package (the package's source, the notebook, the article and its sidecar,
the installed versions and Python are in the run's cache key, :mod:`.cache`) and hashes them; the
run's ``.run.json`` keeps them as ``inputs``. The planner (:mod:`.plan`) rebuilds a run as soon as
one of them has other bytes, or is gone (:func:`first_changed`): a catalog, the terms, the
glossary, a reference CSV, the published tables, a file no one thought to list. A file read by
one notebook rebuilds that notebook's runs only.

Stdlib only, and memoised per plan: hashing the ~20 distinct small files the seed's runs read keeps
the build with nothing to do fast.
"""

from __future__ import annotations

from pathlib import Path

from shangyu_analysis import config
from shangyu_analysis.files import sha256_file

READS_ENV = "SHANGYU_READS_LOG"  # where the hook writes (set per run in the kernel's environment)
HOOK_FILE = Path(__file__).with_name("read_hook.py")
MISSING = "missing"  # the digest of a file a run tried to open and that did not exist


def kernel_arguments() -> list[str]:
    """The kernel's command-line arguments that run the hook before the first cell."""
    return [f"--IPKernelApp.exec_files={HOOK_FILE}"]


def _digest(path: Path) -> str:
    return sha256_file(path) if path.is_file() else MISSING


def recorded_inputs(log: Path, root: Path) -> dict[str, str]:
    """Path relative to ``root`` → sha256 of every file the hook logged under ``root``, outside the package."""
    try:
        lines = log.read_text(encoding="utf-8", errors="surrogateescape").splitlines()
    except FileNotFoundError:
        return {}
    root, package = root.resolve(), config.PACKAGE_DIR.resolve()
    inputs = {}
    for line in lines:
        path = Path(line)
        if not line or path.is_relative_to(package):
            continue
        try:
            relative = path.relative_to(root)
        except ValueError:
            continue
        # Outputs, and an install's metadata (an editable install's .egg-info: the environment, in the key).
        if relative.parts[0] in (".git", "reports") or any(
            p.endswith((".egg-info", ".dist-info")) for p in relative.parts
        ):
            continue
        inputs[relative.as_posix()] = _digest(path)
    return dict(sorted(inputs.items()))


def first_changed(inputs: dict, root: Path, memo: dict | None = None) -> str | None:
    """The first recorded input whose bytes are not those recorded now; None when none changed.

    ``memo`` (path → digest) is shared by the runs of one plan: each file is hashed once.
    """
    memo = {} if memo is None else memo
    for relative, recorded in inputs.items():
        if not isinstance(relative, str) or not isinstance(recorded, str):
            return str(relative)  # a damaged record: the run is rebuilt
        if relative not in memo:
            memo[relative] = _digest(root / relative)
        if memo[relative] != recorded:
            return relative
    return None
