"""Write notebooks/*.ipynb from one description, so the four notebooks stay consistent.

Run ``.venv/bin/python scripts/make_notebooks.py`` after changing this file; ``--check`` exits 1
when a committed notebook differs from what this script would write (used by the tests).
Notebooks are written without outputs and with stable cell ids, so the output is deterministic.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from shangyu_analysis import config  # noqa: E402

PARAMETERS = '''article: str = "data/raw/zjrb_2021-02-23_p11_shangyu.txt"  # path relative to the project root (or absolute)
lang: str = "zh"  # report language: "zh" or "en"
show_code: bool = False  # show code cells in the HTML report'''

SETUP = '''%matplotlib inline
# Inline backend: an MPLBACKEND set in the environment must not strip the figures.
from IPython.display import display

from shangyu_analysis.report import fonts, views
from shangyu_analysis.dataset.dataset import load_dataset

NOTEBOOK = "{name}"
fonts.apply_theme()
dataset = load_dataset(article)
views.show_title(NOTEBOOK, dataset, lang)'''

CHARTS_CELL = 'views.show_heading("charts", lang)\nviews.show_charts(dataset, lang, NOTEBOOK);'
NOTEBOOKS: dict[str, dict] = {
    "01_figures": {
        "title": "01 · 数字的提取与清洗 / Figures: extraction, validation, exclusions, checks",
        "cells": [
            ('views.show_heading("figures", lang)\nviews.styled(views.figure_table(dataset, lang), "figures")', []),
            ('views.show_heading("unclaimed", lang)\nviews.styled(views.unclaimed_figures(dataset, lang), "unclaimed")', []),
            ('views.show_heading("checks", lang)\nviews.styled(views.checks_table(dataset, lang), "checks")', []),
            (CHARTS_CELL, ["chart"]),
        ],
    },
    "02_economy_and_fiscal": {
        "title": "02 · 经济与财政 / Economy and public finance",
        "cells": [
            ('views.show_heading("indicators", lang)\nviews.styled(views.notebook_table(dataset, lang, NOTEBOOK), "indicators")', []),
            (CHARTS_CELL, ["chart"]),
        ],
    },
    "03_industry_and_innovation": {
        "title": "03 · 产业与创新 / Industry and innovation",
        "cells": [
            ('views.show_heading("indicators", lang)\nviews.styled(views.notebook_table(dataset, lang, NOTEBOOK), "indicators")', []),
            (CHARTS_CELL, ["chart"]),
        ],
    },
    "04_development_path": {
        "title": "04 · 发展路径 / The development path",
        "cells": [
            ("# The narrative sections (shangyu_analysis.report.narrative.compose), each followed by its charts.\n"
             "views.show_report(dataset, lang);", ["chart"]),
        ],
    },
}


def build_notebook(name: str) -> nbformat.NotebookNode:
    """The notebook ``name`` with no outputs and stable cell ids."""
    spec = NOTEBOOKS[name]
    cells = [
        nbformat.v4.new_markdown_cell(f"# {spec['title']}"),
        nbformat.v4.new_code_cell(PARAMETERS, metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell(SETUP.format(name=name), metadata={"tags": ["setup"]}),
    ]
    for source, tags in spec["cells"]:
        cells.append(nbformat.v4.new_code_cell(source, metadata={"tags": tags} if tags else {}))
    for number, cell in enumerate(cells):
        cell["id"] = f"{name[:2]}-cell-{number:02d}"
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    }
    return notebook


def render(name: str) -> str:
    return nbformat.writes(build_notebook(name)) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 on a difference")
    args = parser.parse_args(argv)
    stale = []
    for name in NOTEBOOKS:
        path = config.NOTEBOOKS_DIR / f"{name}.ipynb"
        text = render(name)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
            continue
        tmp = path.with_suffix(".ipynb.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    if stale:
        print("out of date (run scripts/make_notebooks.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
