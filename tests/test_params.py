"""Notebook parameters checked where they are used (report/params.py, issue 25): each notebook's declared
domains, drawn from by hypothesis, give a parsed value or one line naming the parameter; and real runs."""

from __future__ import annotations

import ast
import io
import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shangyu_analysis import config
from shangyu_analysis.build.grid import read_notebook_parameters
from shangyu_analysis.report import params

NOTEBOOKS = sorted(config.NOTEBOOKS_DIR.glob("*.ipynb"))
# Checked later in the notebook, against the data it reads (05: a series of the reference file).
CHECKED_AGAINST_DATA = {"05_in_context": {"series"}}


def declared_domains(notebook) -> dict:
    """The notebook's ``PARAMETERS`` mapping, evaluated from its setup cell (the cell after ``parameters``)."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    setup = next(c for c in cells if "setup" in c.get("metadata", {}).get("tags", []))
    source = "".join(setup["source"])
    tree = ast.parse("\n".join(line for line in source.splitlines() if not line.startswith("%")))
    namespace: dict = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module in ("shangyu_analysis.report", "shangyu_analysis.schema"):
            exec(compile(ast.Module([node], []), "setup", "exec"), namespace)
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "PARAMETERS":
            return eval(compile(ast.Expression(node.value), "setup", "eval"), namespace)
    raise AssertionError(f"{notebook.name}: no PARAMETERS in its setup cell")


DOMAINS = {notebook.stem: declared_domains(notebook) for notebook in NOTEBOOKS}


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_parameter_has_a_declared_domain_checked_first(notebook):
    declared = set(read_notebook_parameters(notebook))
    assert set(DOMAINS[notebook.stem]) | CHECKED_AGAINST_DATA.get(notebook.stem, set()) == declared
    # Each parameter's default lies in its domain.
    for name, parameter in read_notebook_parameters(notebook).items():
        if name in DOMAINS[notebook.stem]:
            assert DOMAINS[notebook.stem][name].parse(name, parameter.default) == parameter.default


def valid(domain):
    """Values in ``domain``, as Python values and as the strings a command line passes."""
    if isinstance(domain, params.Choice):
        return st.sampled_from(domain.values)
    if isinstance(domain, params.Flag):
        return st.booleans() | st.sampled_from(["true", "False", "yes", "0"])
    if isinstance(domain, params.File):
        return st.sampled_from(
            [f"data/raw/{config.SEED_NAME}.txt", "data/reference/shangyu.csv", str(config.SEED_ARTICLE)]
        )
    if isinstance(domain, params.Files):  # a non-empty list of existing files (06: every article of the grid)
        values = st.lists(
            st.sampled_from([f"data/raw/{config.SEED_NAME}.txt", str(config.SEED_ARTICLE)]), min_size=1, max_size=3
        )
        return values | values.map(json.dumps) | values.map(",".join)
    if isinstance(domain, params.Numbers):
        number = st.floats(
            min_value=domain.above, allow_nan=False, allow_infinity=False, exclude_min=True
        ) | st.integers(min_value=math.floor(domain.above) + 1, max_value=10**9)
        values = st.lists(number, max_size=5)
    else:
        values = st.lists(st.sampled_from(domain.values), max_size=4)
    return values | values.map(json.dumps) | values.filter(bool).map(lambda v: ",".join(str(x) for x in v))


ANYTHING = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3),
    max_leaves=6,
)


@st.composite
def draws(draw, domains):
    """One value per parameter: in its domain (usually), or anything at all."""
    return {name: draw(valid(domain) if draw(st.integers(0, 3)) else ANYTHING) for name, domain in domains.items()}


@pytest.mark.parametrize("notebook", sorted(DOMAINS))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_every_draw_gives_parsed_values_or_one_line(notebook, data):
    domains = DOMAINS[notebook]
    drawn = data.draw(draws(domains))
    namespace = dict(drawn)
    try:
        params.check(domains, namespace)
    except params.ParameterError as error:
        line = str(error)
        assert "\n" not in line and f"parameter {error.name!r}: got " in line and "allowed: " in line
        assert error._render_traceback_() == [f"shangyu-analysis: error: {line}"]
        assert error.name in domains
        return
    for name, domain in domains.items():  # parsed once, a value stays what it is
        assert domain.parse(name, namespace[name]) == namespace[name]
        if isinstance(domain, params.Numbers):
            assert all(isinstance(x, (int, float)) and x > domain.above for x in namespace[name])


@pytest.mark.parametrize(
    ("domain", "value", "parsed"),
    [
        (params.Numbers(above=0, example="[1000]"), "[1100]", [1100]),
        (params.Numbers(above=0, example="[1000]"), "900, 1100", [900.0, 1100.0]),
        (params.Numbers(above=0, example="[1000]"), [900, 1100], [900, 1100]),
        (params.FLAG, "False", False),
    ],
)
def test_command_line_strings_are_parsed(domain, value, parsed):
    assert domain.parse("x", value) == parsed


@pytest.mark.parametrize(
    ("notebook", "name", "value", "words"),
    [
        ("03_industry_and_innovation", "categories", '["econ"]', "'econ' is not one"),
        ("02_economy_and_fiscal", "categories", ["econ"], "a list of economy, fiscal"),
        ("02_economy_and_fiscal", "gdp_2020_scenarios", "[1100", "a list of numbers above 0"),
        ("02_economy_and_fiscal", "gdp_2020_scenarios", [-5], "a list of numbers above 0"),
        ("01_figures", "kinds", "money,moneys", "'moneys' is not one"),
        ("04_development_path", "lang", "fr", "one of 'zh', 'en'"),
        ("04_development_path", "reference", "data/reference/nope.csv", "allowed: one of ''"),
    ],
)
def test_values_outside_the_domain_are_one_line(notebook, name, value, words):
    with pytest.raises(params.ParameterError) as caught:
        DOMAINS[notebook][name].parse(name, value)
    assert words in str(caught.value) and repr(value) in str(caught.value) and "\n" not in str(caught.value)


# -- real runs --------------------------------------------------------------------------------------


def _build(tmp_path, parameters: str):
    from shangyu_analysis.build.run import run_build

    grid = tmp_path / "grid.yml"
    grid.write_text(f"notebooks: [02_economy_and_fiscal]\nlangs: [en]\nparameters: {parameters}\n", encoding="utf-8")
    return run_build(grid, reports_dir=tmp_path / "reports", jobs=1, stream=io.StringIO())


@pytest.mark.slow
@pytest.mark.parametrize(
    ("scenarios", "shown", "said"),
    [
        ("[1100]", ["CNY 110 billion"], None),  # regression: the chart cell showed nothing and the build failed
        ("[900, 1100]", ["CNY 110 billion"], "left out: CNY 90 billion"),  # regression: 900 dropped in silence
        ("[]", [], "One GDP value tried: no chart needed."),
    ],
)
def test_gdp_scenarios_in_a_grid_give_a_report_that_says_what_it_left_out(tmp_path, scenarios, shown, said):
    result = _build(tmp_path, f"{{gdp_2020_scenarios: {scenarios}}}")
    assert result.ok, [r.message for r in result.runs]
    # Its own report beside the default one (build/layout.py): 02_economy_and_fiscal@gdp_2020_scenarios=….html
    assert (
        result.runs[0].html.name == f"02_economy_and_fiscal@gdp_2020_scenarios={scenarios[1:-1].replace(' ', '')}.html"
    )
    page = result.runs[0].html.read_text(encoding="utf-8")
    for words in shown:
        assert words in page
    if said:
        assert said in page


@pytest.mark.slow
def test_papermill_strings_are_parsed_or_refused_in_one_line(tmp_path):
    import papermill
    from papermill.exceptions import PapermillExecutionError

    notebook = str(config.NOTEBOOKS_DIR / "02_economy_and_fiscal.ipynb")
    # Regression: `-p gdp_2020_scenarios '[1100]'` ended in a numpy UFuncTypeError traceback.
    done = papermill.execute_notebook(
        notebook,
        str(tmp_path / "ok.ipynb"),
        cwd=str(config.PROJECT_ROOT),
        parameters={"gdp_2020_scenarios": "[1100]", "lang": "en"},
        progress_bar=False,
    )
    assert "CNY 110 billion" in json.dumps(done["cells"], ensure_ascii=False)
    # Regression: `-p categories '["econ"]'` ended in a pandas TypeError.
    with pytest.raises(PapermillExecutionError) as caught:
        papermill.execute_notebook(
            notebook,
            str(tmp_path / "bad.ipynb"),
            cwd=str(config.PROJECT_ROOT),
            parameters={"categories": '["econ"]'},
            progress_bar=False,
        )
    assert caught.value.ename == "ParameterError"
    assert caught.value.traceback == [
        "shangyu-analysis: error: parameter 'categories': got '[\"econ\"]'; allowed: a "
        "list of economy, fiscal, income, industry, digital_economy, investment, "
        "innovation, business_environment, urban_development, policy ('econ' is not one)"
    ]
