"""Stage 4, dataset: one article's figures, indicators, derived values and checks as a
:class:`Dataset`, published to ``data/processed/`` (CSV + JSON, data dictionary, sha256 manifest)."""

from shangyu_analysis.dataset.dataset import load_dataset, read_processed, render_dataset, write_dataset
from shangyu_analysis.dataset.manifest import MANIFEST_NAME, read_manifest, render_manifest
from shangyu_analysis.dataset.model import Dataset
from shangyu_analysis.dataset.published import load_published
from shangyu_analysis.dataset.reference import load_reference

__all__ = ["MANIFEST_NAME", "Dataset", "load_dataset", "load_published", "load_reference", "read_manifest", "read_processed", "render_dataset",
           "render_manifest", "write_dataset"]
