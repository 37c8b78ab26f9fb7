"""The extractor on passages it was not written for (tests/fixtures/figures_more, see its README)."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

from shangyu_analysis.extract.evaluate import evaluate_dir

FIXTURES = Path(__file__).parent / "fixtures" / "figures_more"


def _builder():
    spec = importlib.util.spec_from_file_location("build_annotations", FIXTURES / "build_annotations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_scores_on_unseen_passages():
    scores = evaluate_dir(FIXTURES).set_index("file")
    total = scores.loc["TOTAL"]
    assert len(scores) == 17  # sixteen passages and the total
    assert total["recall"] >= 0.98, scores.to_string()
    assert total["precision"] >= 0.98, scores.to_string()
    assert total["qualifier_accuracy"] >= 0.95, scores.to_string()
    assert total["gold"] >= 450


def test_annotation_files_are_generated_from_the_marked_up_sources():
    builder = _builder()
    sources = sorted((FIXTURES / "src").glob("*.ann"))
    assert len(sources) == 16
    for source in sources:
        for name, content in builder.outputs(source).items():
            assert (FIXTURES / name).read_text(encoding="utf-8") == content, f"{name}: rerun build_annotations.py"


@pytest.mark.parametrize("table", ["gold", "dates", "nonfigures"])
def test_every_offset_points_at_its_surface(table):
    for path in sorted(FIXTURES.glob(f"*.{table}.tsv")):
        text = (FIXTURES / (path.name[: -len(f".{table}.tsv")] + ".txt")).read_text(encoding="utf-8")
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        for row in rows:
            offset = int(row["offset"])
            assert text[offset : offset + len(row["surface"])] == row["surface"], (path.name, row)


def test_markup_rejects_a_field_count_mistake():
    with pytest.raises(ValueError, match="expected 4 fields"):
        _builder().render("增长[3%|3|%|exact]。")
