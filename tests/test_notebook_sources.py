"""Notebook sources: every notebook is paired with a percent-format .py (jupytext), and the two agree.

The .py is what a reviewer diffs; the .ipynb is what Jupyter opens and the build runs. Editing either in
JupyterLab (with jupytext installed, as here) saves both; after editing the .py by hand, run
``.venv/bin/jupytext --sync notebooks/*.py``. Nothing generates the notebooks: they are hand-written.
"""

from __future__ import annotations

import jupytext
import nbformat
import pytest

from shangyu_analysis import config

NOTEBOOKS = sorted(config.NOTEBOOKS_DIR.glob("*.ipynb"))


def _cells(notebook) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(c.cell_type, c.source.strip(), tuple(c.metadata.get("tags", ()))) for c in notebook.cells]


def test_there_are_notebooks_and_no_generator():
    assert len(NOTEBOOKS) >= 4
    assert not (config.PROJECT_ROOT / "scripts" / "make_notebooks.py").exists()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_paired_with_a_percent_script_and_in_sync(path):
    script = path.with_suffix(".py")
    assert script.is_file(), f"{path.name} has no paired {script.name} (jupytext --set-formats ipynb,py:percent)"
    notebook = nbformat.read(path, as_version=4)
    assert notebook.metadata.get("jupytext", {}).get("formats") == "ipynb,py:percent"
    paired = jupytext.read(script)
    assert _cells(paired) == _cells(notebook), f"{path.name} and {script.name} differ: jupytext --sync {script}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code and all(c.outputs == [] and c.execution_count is None for c in code)


def test_a_drifted_pair_is_caught(tmp_path):
    """The comparison can fail: a cell edited in the .py only is a difference."""
    notebook = nbformat.read(NOTEBOOKS[0], as_version=4)
    paired = jupytext.reads(jupytext.writes(notebook, fmt="py:percent"), fmt="py:percent")
    assert _cells(paired) == _cells(notebook)
    paired.cells[-1].source += "\nprint('edited in the script only')"
    assert _cells(paired) != _cells(notebook)
