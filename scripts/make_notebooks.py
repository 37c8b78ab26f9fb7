"""Write notebooks/*.ipynb from one description, so the four notebooks stay consistent.

Run ``.venv/bin/python scripts/make_notebooks.py`` after changing this file; ``--check`` exits 1
when a committed notebook differs from what this script would write (used by the tests).
Notebooks are written without outputs and with stable cell ids, so the output is deterministic.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
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

{constants}
fonts.apply_theme()
dataset = load_dataset(article)
views.show_title(TOPIC, dataset, lang)'''

CHARTS_CELL = 'views.show_heading("charts", lang)\nviews.show_charts(dataset, lang, CHARTS);'
TOPIC_CELL = ('views.show_heading("indicators", lang)\n'
              'views.styled(views.topic_table(dataset, lang, CATEGORIES), "indicators")')

# What each notebook shows. The report package knows no notebook: a notebook passes its topic, the ids of its
# charts (shown in this order when the dataset can draw them), the indicator categories of its table and, for
# the narrative, the section of shangyu_analysis.report.narrative.SECTION_IDS after which each chart goes.
NOTEBOOKS: dict[str, dict] = {
    "01_figures": {
        "title": "01 · 数字的提取与清洗 / Figures: extraction, validation, exclusions, checks",
        "topic": {"zh": "数字的提取与清洗", "en": "How the figures were extracted and cleaned"},
        "charts": ("figure_kinds", "generic_money", "generic_percent", "generic_count"),
        "cells": [
            ('views.show_heading("figures", lang)\nviews.styled(views.figure_table(dataset, lang), "figures")', []),
            ('views.show_heading("unclaimed", lang)\nviews.styled(views.unclaimed_figures(dataset, lang), "unclaimed")', []),
            ('views.show_heading("checks", lang)\nviews.styled(views.checks_table(dataset, lang), "checks")', []),
            (CHARTS_CELL, ["chart"]),
        ],
    },
    "02_economy_and_fiscal": {
        "title": "02 · 经济与财政 / Economy and public finance",
        "topic": {"zh": "经济与财政", "en": "Economy and public finance"},
        "charts": ("fiscal", "income", "market", "generic_money", "generic_percent"),
        "categories": ("economy", "fiscal", "income", "business_environment"),
        "cells": [(TOPIC_CELL, []), (CHARTS_CELL, ["chart"])],
    },
    "03_industry_and_innovation": {
        "title": "03 · 产业与创新 / Industry and innovation",
        "topic": {"zh": "产业与创新", "en": "Industry and innovation"},
        "charts": ("new_materials", "investment", "innovation", "generic_count"),
        "categories": ("industry", "digital_economy", "investment", "innovation", "policy"),
        "cells": [(TOPIC_CELL, []), (CHARTS_CELL, ["chart"])],
    },
    "04_development_path": {
        "title": "04 · 发展路径 / The development path",
        "topic": {"zh": "发展路径", "en": "The development path"},
        "charts": ("timeline", "fiscal", "income", "new_materials", "market", "investment", "innovation",
                   "future_community", "generic_money", "generic_percent", "generic_count"),
        "chart_sections": {
            "fiscal": "results", "income": "results", "new_materials": "platforms-digital",
            "market": "reform-business", "investment": "innovation-talent", "innovation": "innovation-talent",
            "future_community": "culture-urban", "timeline": "road-ahead", "generic_money": "at-a-glance",
            "generic_percent": "at-a-glance", "generic_count": "at-a-glance", "figure_kinds": "method-sources",
        },
        "cells": [
            ("# The narrative sections (shangyu_analysis.report.narrative), each followed by the charts placed after it.\n"
             "views.show_report(dataset, lang, CHARTS, CHART_SECTIONS);", ["chart"]),
        ],
    },
}
CONSTANTS = {"topic": "TOPIC", "charts": "CHARTS", "categories": "CATEGORIES", "chart_sections": "CHART_SECTIONS"}


def _literal(value: object) -> str:
    """A dict or a tuple of strings as Python source: on one line when short, else a dict entry or a few
    tuple items a line."""
    if isinstance(value, dict):
        items, ends = [f'"{k}": "{v}"' for k, v in value.items()], "{}"
    else:
        items, ends = [f'"{v}"' for v in value], "()"
    one_line = ends[0] + ", ".join(items) + ("," if len(items) == 1 and ends == "()" else "") + ends[1]
    if len(one_line) <= 90:
        return one_line
    if isinstance(value, dict):  # one entry a line
        lines = [item + "," for item in items]
    else:
        lines = textwrap.wrap(", ".join(items) + ",", 96, break_long_words=False, break_on_hyphens=False)
    return ends[0] + "\n" + "\n".join("    " + line for line in lines) + "\n" + ends[1]


def constants(spec: dict) -> str:
    """The setup cell's constants: what this notebook passes to the views."""
    return "\n".join(f"{name} = {_literal(spec[key])}" for key, name in CONSTANTS.items() if key in spec)


def build_notebook(name: str) -> nbformat.NotebookNode:
    """The notebook ``name`` with no outputs and stable cell ids."""
    spec = NOTEBOOKS[name]
    cells = [
        nbformat.v4.new_markdown_cell(f"# {spec['title']}"),
        nbformat.v4.new_code_cell(PARAMETERS, metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell(SETUP.format(constants=constants(spec)), metadata={"tags": ["setup"]}),
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
