"""The analysis notebooks as an analyst runs them: top to bottom in a fresh kernel, from notebooks/, with
their defaults (nbclient, as Jupyter does; not papermill, which the build uses).

A last cell, appended here, inspects the kernel's namespace and prints JSON: every DataFrame that holds
an id column of the published tables (indicator_id, derived_id, check_id, figure_id) must equal the
published CSVs (``read_processed``) on the columns it shares with them, row by row; every matplotlib
Axes left in the namespace must be a chart of at least two bars with one unit on its value axis.
"""

from __future__ import annotations

import inspect
import json
import time

import nbformat
import pytest

from shangyu_analysis import config
from shangyu_analysis.report.format import unit_label

NOTEBOOKS = ["01_figures", "02_economy_and_fiscal", "03_industry_and_innovation"]
MIN_FRAMES = {"01_figures": 5, "02_economy_and_fiscal": 8, "03_industry_and_innovation": 8}
MIN_AXES = {"01_figures": 3, "02_economy_and_fiscal": 5, "03_industry_and_innovation": 6}


def inspect_namespace(namespace: dict) -> dict:
    """Run inside the kernel: the namespace's DataFrames against the published CSVs, and its Axes."""
    import math

    import pandas as pd
    from matplotlib.axes import Axes

    from shangyu_analysis.dataset import read_processed

    published = read_processed()
    tables = {"indicator_id": "indicators", "derived_id": "derived", "check_id": "checks", "figure_id": "figures"}
    keyed = {column: published[name].set_index(column, drop=False) for column, name in tables.items()}
    report = {"frames": {}, "axes": {}, "mismatches": []}

    def same(a, b) -> bool:
        if pd.isna(a) and pd.isna(b):
            return True
        if isinstance(a, float) or isinstance(b, float):
            return not (pd.isna(a) or pd.isna(b)) and math.isclose(float(a), float(b), rel_tol=1e-12)
        return a == b

    for name, obj in sorted(namespace.items()):
        if name.startswith("_"):
            continue
        if isinstance(obj, pd.DataFrame):
            ids = [c for c in tables if c in obj.columns]
            report["frames"][name] = {"rows": len(obj), "ids": ids}
            for _, row in obj.iterrows():
                column = next((c for c in ids if not pd.isna(row[c])), None)
                if column is None:
                    continue
                source = keyed[column]
                if row[column] not in source.index:
                    report["mismatches"].append(f"{name}: {column} {row[column]!r} is not published")
                    continue
                expected = source.loc[row[column]]
                for shared in sorted(set(obj.columns) & set(source.columns)):
                    if not same(row[shared], expected[shared]):
                        report["mismatches"].append(
                            f"{name}: {row[column]} {shared} = {row[shared]!r}, published {expected[shared]!r}"
                        )
        elif isinstance(obj, Axes):
            horizontal = [getattr(c, "orientation", "vertical") == "horizontal" for c in obj.containers]
            report["axes"][name] = {
                "bars": sum(len(c) for c in obj.containers),
                "value_label": obj.get_xlabel() if any(horizontal) else obj.get_ylabel(),
                "title": obj.get_title(loc="left"),
            }
    return report


def run(name: str, tmp_path) -> tuple[dict, nbformat.NotebookNode, float]:
    from nbclient import NotebookClient

    nb = nbformat.read(config.NOTEBOOKS_DIR / f"{name}.ipynb", as_version=4)
    probe = (
        inspect.getsource(inspect_namespace) + "\nprint(__import__('json').dumps(inspect_namespace(dict(globals()))))"
    )
    nb.cells.append(nbformat.v4.new_code_cell(probe))
    started = time.perf_counter()
    NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(config.NOTEBOOKS_DIR)}}
    ).execute()
    elapsed = time.perf_counter() - started
    nbformat.write(nb, tmp_path / f"{name}.ipynb")  # kept for a failing run's inspection
    text = "".join(o.get("text", "") for o in nb.cells[-1].outputs if o.output_type == "stream")
    return json.loads(text), nb, elapsed


def unit_labels(lang: str) -> set[str]:
    from shangyu_analysis.dataset import read_processed

    published = read_processed()
    units = set(published["indicators"]["unit"]) | set(published["derived"]["unit"]) | {"个", "项", "%"}
    return {unit_label(unit, lang) for unit in units} - {""}


@pytest.mark.slow
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_interactively_and_shows_the_published_tables(name, tmp_path):
    report, nb, elapsed = run(name, tmp_path)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []
    assert report["mismatches"] == []
    checked = [frame for frame, info in report["frames"].items() if info["ids"] and info["rows"]]
    assert len(checked) >= MIN_FRAMES[name], report["frames"]
    # Every Axes left in the namespace: at least two bars, one unit on the value axis, a title.
    labels = unit_labels("zh")  # the notebooks' default language
    assert len(report["axes"]) >= MIN_AXES[name], report["axes"]
    for axes_name, axes in report["axes"].items():
        assert axes["bars"] >= 2, (axes_name, axes)
        assert axes["value_label"] in labels, (axes_name, axes)
        assert axes["title"], axes_name
    print(f"{name}: {elapsed:.1f} s, {len(checked)} frames checked, {len(report['axes'])} axes")


def test_the_probe_catches_a_frame_that_differs_from_the_published_tables():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd

    from shangyu_analysis.dataset import read_processed

    indicators = read_processed()["indicators"]
    fig, ax_one = plt.subplots()
    ax_one.bar(["a"], [1.0])
    namespace = {
        "good": indicators.head(3),
        "edited": indicators.head(2).assign(value=[1.0, 2.0]),
        "foreign": pd.DataFrame({"derived_id": ["no_such_value"], "value": [1.0]}),
        "ax_one": ax_one,
    }
    report = inspect_namespace(namespace)
    plt.close(fig)
    assert not [m for m in report["mismatches"] if m.startswith("good")]
    assert len([m for m in report["mismatches"] if m.startswith("edited")]) == 2
    assert any(m.startswith("foreign") for m in report["mismatches"])
    assert report["axes"]["ax_one"]["bars"] == 1  # the run test would refuse it
