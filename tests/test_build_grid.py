"""Grid reading and parameter validation (no kernel is started by any test here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shangyu_analysis import cli, config
from shangyu_analysis.build import load_grid, run_build
from shangyu_analysis.build.grid import read_notebook_parameters
from shangyu_analysis.errors import UserError

FIXTURES = Path(__file__).parent / "fixtures" / "build"
FIXTURES_REL = FIXTURES.relative_to(config.PROJECT_ROOT).as_posix()


def write_grid(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "grid.yml"
    path.write_text(f"notebooks_dir: {FIXTURES_REL}\n" + text, encoding="utf-8")
    return path


def test_grid_expands_to_one_run_per_article_and_language(tmp_path):
    grid = load_grid(write_grid(tmp_path, "notebooks: [report]\nlangs: [zh, en]\nparameters: {show_code: true}\n"))
    assert [run.run_id for run in grid.runs] == [  # show_code away from its default: own reports (build/layout.py)
        f"{config.SEED_NAME}/zh/report@show_code=true",
        f"{config.SEED_NAME}/en/report@show_code=true",
    ]
    assert grid.runs[0].parameters == {
        "article": f"data/raw/{config.SEED_NAME}.txt",
        "lang": "zh",
        "show_code": True,
    }
    assert grid.timeout_s == 600


def test_parameters_read_like_papermill():
    import papermill

    ours = read_notebook_parameters(FIXTURES / "report.ipynb")
    theirs = papermill.inspect_notebook(str(FIXTURES / "report.ipynb"))
    assert list(ours) == list(theirs)
    for name, parameter in ours.items():
        assert parameter.type_name == theirs[name]["inferred_type_name"]
        assert parameter.help == theirs[name]["help"]
    assert ours["lang"].default == "zh" and ours["show_code"].default is False


def test_parameter_comment_after_chinese_default(tmp_path):
    notebook = {
        "cells": [
            {
                "cell_type": "code",
                "metadata": {"tags": ["parameters"]},
                "source": 'title: str = "上虞报告"  # 标题 title\ncount = 3  # untyped, inferred\n',
            }
        ]
    }
    path = tmp_path / "n.ipynb"
    path.write_text(json.dumps(notebook, ensure_ascii=False), encoding="utf-8")
    parameters = read_notebook_parameters(path)
    assert parameters["title"].help == "标题 title"
    assert parameters["title"].default == "上虞报告"
    assert parameters["count"].type_name == "int"


@pytest.mark.parametrize(
    ("grid_text", "expected"),
    [
        (
            "notebooks: [report]\nparameters: {colour: red}\n",
            "unknown parameter 'colour': no notebook of the grid declares it; allowed",
        ),
        ("notebooks: [report]\nparameters: {show_code: 'yes'}\n", "parameter 'show_code' must be bool, got str"),
        ("notebooks: [report]\nlangs: [zh, fr]\n", "lang 'fr' is not one of zh, en"),
        ("notebooks: [report]\narticles: [data/raw/no_such_article.txt]\n", "article data/raw/no_such_article.txt"),
        ("notebooks: [nothing_here]\n", "no notebook matches 'nothing_here.ipynb'"),
        ("notebooks: [report]\nparameter: {show_code: true}\n", "unknown key(s) parameter"),
        ("notebooks: [report]\nparameters: {lang: en}\n", "set 'lang' with the 'langs' list"),
        ("notebooks: [report]\ntimeout_s: 0\n", "timeout_s must be a positive integer"),
        ("notebooks: [report\n", "not valid YAML at line"),
        (
            "notebooks: [report]\narticles: [data/raw/zjrb_2021-02-23_p11_shangyu.txt, tests/../data/raw/"
            "zjrb_2021-02-23_p11_shangyu.txt]\n",
            "two articles named 'zjrb_2021-02-23_p11_shangyu'",
        ),
    ],
)
def test_bad_grid_is_one_line_user_error_naming_the_grid(tmp_path, grid_text, expected):
    path = write_grid(tmp_path, grid_text)
    with pytest.raises(UserError) as error:
        load_grid(path)
    assert error.value.path == str(path)
    assert expected in error.value.reason
    assert "\n" not in error.value.message


def test_unknown_parameter_lists_the_allowed_ones(tmp_path):
    with pytest.raises(UserError) as error:
        load_grid(write_grid(tmp_path, "notebooks: [report]\nparameters: {colour: red}\n"))
    assert "allowed parameters: article, lang, show_code, fail, draw, glyph_warning" in error.value.reason


def test_corrupt_notebook_names_the_notebook(tmp_path):
    with pytest.raises(UserError) as error:
        load_grid(write_grid(tmp_path, "notebooks: [corrupt]\n"))
    assert error.value.path.endswith("corrupt.ipynb")
    assert "not a valid notebook file" in error.value.reason


def test_notebook_without_parameters_cell(tmp_path):
    path = tmp_path / "bare.ipynb"
    path.write_text(json.dumps({"cells": [{"cell_type": "code", "metadata": {}, "source": "x = 1"}]}))
    with pytest.raises(UserError, match="no code cell tagged 'parameters'"):
        read_notebook_parameters(path)


def test_bad_input_fails_before_any_run_and_keeps_reports(tmp_path, capsys):
    reports = tmp_path / "reports"
    (reports / "index.html").parent.mkdir()
    (reports / "index.html").write_text("last good index")
    grid = write_grid(tmp_path, "notebooks: [report]\nparameters: {show_code: 1}\n")
    with pytest.raises(UserError):
        run_build(grid, reports_dir=reports)
    assert (reports / "index.html").read_text() == "last good index"
    assert sorted(p.name for p in reports.iterdir()) == ["index.html"]

    code = cli.main(["build", "--grid", str(grid)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"shangyu-analysis: error: {grid}: parameter 'show_code' must be bool, got int 1")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_jobs_must_be_positive(tmp_path):
    with pytest.raises(UserError, match="--jobs must be at least 1"):
        run_build(write_grid(tmp_path, "notebooks: [report]\n"), jobs=0, reports_dir=tmp_path / "r")


def test_a_fixed_parameter_goes_only_to_the_notebooks_that_declare_it(tmp_path):
    grid = load_grid(write_grid(tmp_path, "notebooks: [report, state]\nlangs: [zh]\nparameters: {show_code: true}\n"))
    passed = {run.notebook.stem: run.parameters for run in grid.runs}
    assert passed["report"]["show_code"] is True
    assert "show_code" not in passed["state"]  # state.ipynb declares only article and lang


def test_a_notebook_without_article_or_lang_is_refused(tmp_path):
    notebook = json.loads((FIXTURES / "state.ipynb").read_text(encoding="utf-8"))
    cell = next(c for c in notebook["cells"] if "parameters" in c.get("metadata", {}).get("tags", []))
    cell["source"] = 'article: str = "x"  # the article\n'
    folder = tmp_path / "nb"
    folder.mkdir()
    (folder / "nolang.ipynb").write_text(json.dumps(notebook), encoding="utf-8")
    grid = tmp_path / "grid.yml"
    grid.write_text(f"notebooks_dir: {folder}\nnotebooks: [nolang]\n", encoding="utf-8")
    with pytest.raises(UserError, match="does not declare the parameter 'lang'"):
        load_grid(grid)
