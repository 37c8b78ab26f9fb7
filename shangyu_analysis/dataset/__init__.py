"""Stage 4, dataset: one article's figures, indicators, derived values and checks as a
:class:`Dataset`, published to ``data/processed/`` (CSV + JSON, data dictionary, sha256 manifest).

The names below are imported on first use (PEP 562), not with the package: importing a light module
of this layer (``dataset.manifest``, stdlib only, which the build's nothing-to-do path needs to write
``data/reports.sha256``) must not pay for pandas and the extractor (~1.3 s), which ``dataset.dataset``
imports.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what type checkers and readers see; at run time each name is resolved on first use
    from shangyu_analysis.dataset.dataset import load_dataset, read_processed, render_dataset, write_dataset
    from shangyu_analysis.dataset.manifest import MANIFEST_NAME, read_manifest, render_manifest
    from shangyu_analysis.dataset.model import Dataset
    from shangyu_analysis.dataset.published import load_published
    from shangyu_analysis.dataset.reference import load_reference

_HOMES = {
    "load_dataset": "dataset",
    "read_processed": "dataset",
    "render_dataset": "dataset",
    "write_dataset": "dataset",
    "MANIFEST_NAME": "manifest",
    "read_manifest": "manifest",
    "render_manifest": "manifest",
    "Dataset": "model",
    "load_published": "published",
    "load_reference": "reference",
}
__all__ = [  # the same names as _HOMES (tests/test_architecture.py), listed for linters and readers
    "MANIFEST_NAME",
    "Dataset",
    "load_dataset",
    "load_published",
    "load_reference",
    "read_manifest",
    "read_processed",
    "render_dataset",
    "render_manifest",
    "write_dataset",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:  # a submodule (``from shangyu_analysis.dataset import context``) is imported by Python
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
    globals()[name] = value  # later lookups skip this function
    return value
