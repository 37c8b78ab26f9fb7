"""Notebooks: parameterised as the contract says, committed clean, and they run.

The run tests read each notebook as the session's build executed it (``conftest.built_reports``: papermill,
a kernel per run, MPLBACKEND=Agg in the environment, to prove the figures survive it), or execute it with
papermill themselves for another article, and check every ``chart`` cell has an
image and no output mentions a missing glyph. How an analyst runs them (nbclient, their namespace) is
tests/test_notebooks_interactive.py.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import nbformat
import pytest

from shangyu_analysis import config

NOTEBOOKS = ["01_figures", "02_economy_and_fiscal", "03_industry_and_innovation", "04_development_path"]
ANALYSES = NOTEBOOKS[:3]
FIXTURES = Path(__file__).parent / "fixtures" / "charts"
CORPUS_ARTICLE = "data/corpus/b06_suzhou_special.txt"
BUILD_PARAMETERS = {  # what the build grid passes to every notebook
    "article": ("str", '"data/raw/zjrb_2021-02-23_p11_shangyu.txt"'),
    "lang": ("str", '"zh"'),
}
SHOW_CODE = {"show_code": ("bool", "False")}
EXPECTED_PARAMETERS = {
    "01_figures": {**BUILD_PARAMETERS, **SHOW_CODE, "kinds": ("list", "[]"), "qualifiers": ("list", "[]")},
    "02_economy_and_fiscal": {
        **BUILD_PARAMETERS,
        **SHOW_CODE,
        "gdp_2020_scenarios": ("list", "[1000, 1100, 1200]"),
        "categories": ("list", '["economy", "fiscal", "income", "business_environment"]'),
    },
    "03_industry_and_innovation": {
        **BUILD_PARAMETERS,
        **SHOW_CODE,
        "categories": ("list", '["industry", "digital_economy", "investment", "innovation", "policy"]'),
    },
}


def notebook_path(name: str) -> Path:
    return config.NOTEBOOKS_DIR / f"{name}.ipynb"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_parameters_cell_is_typed_commented_and_second(name):
    import papermill

    params = papermill.inspect_notebook(str(notebook_path(name)))
    found = {k: (v["inferred_type_name"], v["default"]) for k, v in params.items()}
    if name in EXPECTED_PARAMETERS:
        assert found == EXPECTED_PARAMETERS[name]
    else:  # the narrative notebook names its own; the build passes these two to every notebook
        assert BUILD_PARAMETERS.items() <= found.items()
    assert all(v["help"] for v in params.values())  # `papermill --help-notebook` explains each
    nb = nbformat.read(notebook_path(name), as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and nb.cells.index(tagged[0]) == 1


@pytest.mark.parametrize("name", ANALYSES)
def test_analysis_notebooks_read_the_published_dataset_and_check_their_formulas(name):
    """Each analysis reads the one loader, and every derived value it computes is checked against the package."""
    nb = nbformat.read(notebook_path(name), as_version=4)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith(f"# {name[:2]} · ")
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "views." not in code  # the analysis is in the notebook, not behind a view
    questions = [c for c in nb.cells if c.cell_type == "markdown" and c.source.startswith("## ")]
    zh = [c for c in questions if "lang-zh" in c.metadata.get("tags", [])]
    en = [c for c in questions if "lang-en" in c.metadata.get("tags", [])]
    assert len(zh) == len(en) >= 4 and len(zh) + len(en) == len(questions)
    if name != "01_figures":
        assert code.count("notebook.check_formula(") >= 6


PUBLISHED = [
    f"data/processed/{config.SEED_NAME}/MANIFEST.sha256",
    *(f"data/processed/{config.SEED_NAME}/{t}.csv" for t in ("figures", "indicators", "derived", "checks")),
]


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", ANALYSES)
def test_analysis_notebooks_read_the_published_tables(name, lang, built_reports):
    """What the kernel read (the build's recorded inputs): the published tables and their manifest, the
    one loader's way in; the narrative (04), which computes its dataset, reads none of them."""
    record = json.loads((built_reports / config.SEED_NAME / lang / f"{name}.run.json").read_text(encoding="utf-8"))
    assert set(PUBLISHED) <= set(record["inputs"]), sorted(record["inputs"])
    narrative = json.loads(
        (built_reports / config.SEED_NAME / lang / "04_development_path.run.json").read_text(encoding="utf-8")
    )
    assert not set(PUBLISHED) & set(narrative["inputs"])  # the check tells the two ways apart


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
    papermill.execute_notebook(
        str(notebook_path(name)),
        str(output),
        parameters=parameters,
        kernel_name="python3",
        progress_bar=False,
        cwd=str(tmp_path),
    )
    elapsed = time.perf_counter() - started
    return nbformat.read(output, as_version=4), elapsed


def check_outputs(nb: nbformat.NotebookNode) -> int:
    """Assert every chart cell has an image, nothing reports a missing glyph and nothing is printed to
    stderr (a warning: "constrained_layout not applied" once squeezed two English charts); count images."""
    images = 0
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        text = json.dumps(cell.outputs, ensure_ascii=False)
        assert not ("Glyph" in text and "missing" in text), cell.source
        printed = [o.get("text", "") for o in cell.outputs if o.get("name") == "stderr"]
        assert not printed, f"{cell.source[:80]}: {printed}"
        found = sum("image/png" in out.get("data", {}) for out in cell.outputs)
        if "chart" in cell.metadata.get("tags", []):
            assert found > 0, f"chart cell without image: {cell.source}"
        images += found
    return images


RUNS = [(name, "zh") for name in NOTEBOOKS] + [
    (name, "en") for name in ("02_economy_and_fiscal", "03_industry_and_innovation", "04_development_path")
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "lang"), RUNS)
def test_notebook_runs_with_images(name, lang, executed_notebook):
    # Executed once per session by the build, with MPLBACKEND=Agg, which must not strip the figures.
    nb = executed_notebook(name, lang)
    images = check_outputs(nb)
    assert images >= 1
    if name == "04_development_path":
        html = json.dumps([c.outputs for c in nb.cells if c.cell_type == "code"], ensure_ascii=False)
        assert html.count("<h2>") >= 10 and images >= 8
    else:
        assert images >= 3


@pytest.mark.slow
def test_an_article_without_the_catalog_skips_the_curated_questions(tmp_path, monkeypatch):
    """A corpus article: 01 still counts and charts its figures; 02 and 03 run through, saying which
    question they skip and why, instead of failing."""
    pytest.importorskip("shangyu_analysis.extract.figures")
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb, _ = run_notebook("01_figures", tmp_path, article=CORPUS_ARTICLE, lang="en")
    assert check_outputs(nb) >= 2
    for name in ("02_economy_and_fiscal", "03_industry_and_innovation"):
        nb, _ = run_notebook(name, tmp_path, article=CORPUS_ARTICLE, lang="zh")
        text = json.dumps([c.outputs for c in nb.cells if c.cell_type == "code"], ensure_ascii=False)
        assert text.count("此问从略") >= 4 and "本文没有指标目录" in text
        assert "Traceback" not in text


@pytest.mark.slow
def test_uncurated_article_still_gets_charts(tmp_path, monkeypatch):
    pytest.importorskip("shangyu_analysis.extract.figures")
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb, _ = run_notebook("04_development_path", tmp_path, article=str(FIXTURES / "plain_article.txt"), lang="en")
    assert check_outputs(nb) >= 1
