"""Notebooks: generated, parameterised as the contract says, committed clean, and they run.

The run tests execute each notebook with papermill (slow: a kernel per run) with MPLBACKEND=Agg in
the environment, to prove the figures survive it, and check every ``chart`` cell has an image and
no output mentions a missing glyph.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from shangyu_analysis import config

NOTEBOOKS = ["01_figures", "02_economy_and_fiscal", "03_industry_and_innovation", "04_development_path"]
FIXTURES = Path(__file__).parent / "fixtures" / "charts"
EXPECTED_PARAMETERS = {
    "article": ("str", '"data/raw/zjrb_2021-02-23_p11_shangyu.txt"'),
    "lang": ("str", '"zh"'),
    "show_code": ("bool", "False"),
}


def notebook_path(name: str) -> Path:
    return config.NOTEBOOKS_DIR / f"{name}.ipynb"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_parameters_cell_has_the_three_typed_parameters(name):
    import papermill

    params = papermill.inspect_notebook(str(notebook_path(name)))
    assert {k: (v["inferred_type_name"], v["default"]) for k, v in params.items()} == EXPECTED_PARAMETERS
    assert all(v["help"] for v in params.values())
    nb = nbformat.read(notebook_path(name), as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and nb.cells.index(tagged[0]) == 1


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_committed_without_outputs_and_with_chart_cells(name):
    nb = nbformat.read(notebook_path(name), as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.outputs == [] and c.execution_count is None for c in code)
    assert any("chart" in c.metadata.get("tags", []) for c in code)
    assert any("%matplotlib inline" in c.source for c in code)
    assert "../" not in "".join(c.source for c in nb.cells)


def run_notebook(name: str, tmp_path: Path, **parameters) -> tuple[nbformat.NotebookNode, float]:
    import papermill

    output = tmp_path / f"{name}-{parameters.get('lang', 'zh')}.ipynb"
    started = time.perf_counter()
    papermill.execute_notebook(str(notebook_path(name)), str(output), parameters=parameters,
                               kernel_name="python3", progress_bar=False, cwd=str(tmp_path))
    elapsed = time.perf_counter() - started
    return nbformat.read(output, as_version=4), elapsed


def check_outputs(nb: nbformat.NotebookNode) -> int:
    """Assert every chart cell has an image and nothing reports a missing glyph; count images."""
    images = 0
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        text = json.dumps(cell.outputs, ensure_ascii=False)
        assert not ("Glyph" in text and "missing" in text), cell.source
        found = sum("image/png" in out.get("data", {}) for out in cell.outputs)
        if "chart" in cell.metadata.get("tags", []):
            assert found > 0, f"chart cell without image: {cell.source}"
        images += found
    return images


RUNS = [(name, "zh") for name in NOTEBOOKS] + [("04_development_path", "en")]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "lang"), RUNS)
def test_notebook_runs_with_images(name, lang, tmp_path, monkeypatch):
    pytest.importorskip("shangyu_analysis.extract.figures")
    monkeypatch.setenv("MPLBACKEND", "Agg")  # must not strip the figures
    nb, elapsed = run_notebook(name, tmp_path, lang=lang)
    images = check_outputs(nb)
    assert images >= 1
    if name == "04_development_path":
        html = json.dumps([c.outputs for c in nb.cells if c.cell_type == "code"], ensure_ascii=False)
        assert html.count("<h2>") >= 10 and images >= 8
    print(f"{name} [{lang}]: {elapsed:.1f} s, {images} images")


@pytest.mark.slow
def test_uncurated_article_still_gets_charts(tmp_path, monkeypatch):
    pytest.importorskip("shangyu_analysis.extract.figures")
    monkeypatch.setenv("MPLBACKEND", "Agg")
    article = str(FIXTURES / "plain_article.txt")
    for name in ("02_economy_and_fiscal", "04_development_path"):
        nb, _ = run_notebook(name, tmp_path, article=article, lang="en")
        assert check_outputs(nb) >= 1
