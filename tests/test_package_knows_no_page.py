"""The package is machinery; a page's content is data (issue #20).

What is true of one page — its indicator ids, its chart names, its narrative's phrases — lives under
``data/articles/<stem>/``. These tests read the seed's content from there and fail if any of it appears in a
file under ``shangyu_analysis/`` (code, docstrings, comments, templates alike).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from shangyu_analysis import config

SEED_DIR = config.article_dir(None)
PACKAGE_FILES = sorted(
    p
    for p in config.PACKAGE_DIR.rglob("*")
    if p.is_file() and p.suffix in {".py", ".html", ".j2", ".tpl", ".yml", ".yaml", ".md", ".txt", ".css"}
)
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{6,}")
_PLACEHOLDER = re.compile(r"\{[a-z]+:[^{}]*\}")


def _package_text() -> dict[Path, str]:
    return {p: p.read_text(encoding="utf-8") for p in PACKAGE_FILES}


def _seed_ids() -> set[str]:
    catalog = yaml.safe_load((SEED_DIR / "catalog.yml").read_text(encoding="utf-8"))
    return {e["id"] for key in ("indicators", "derived", "checks") for e in catalog.get(key) or []}


def _seed_chart_ids() -> set[str]:
    """The seed's own chart ids; ids that are also a category or one of the package's generic charts (fiscal,
    timeline…) are the package's vocabulary, not the page's, and are not searched for."""
    from shangyu_analysis.report.charts import CHARTS
    from shangyu_analysis.schema import Category

    charts = yaml.safe_load((SEED_DIR / "charts.yml").read_text(encoding="utf-8"))
    return {c["id"] for c in charts["charts"]} - set(Category.values()) - set(CHARTS)


def _seed_phrases() -> set[str]:
    """The seed's narrative in the page's own words: every phrase its templates cite ({c:…}, {a:…}) and every run
    of six or more Chinese characters of its templates that is also in the page, less the measure vocabulary
    (地区生产总值 is every page's word) and bare dates."""
    page = config.SEED_ARTICLE.read_text(encoding="utf-8")
    vocabulary = (config.DATA_DIR / "measures.yml").read_text(encoding="utf-8")
    phrases: set[str] = set()
    for path in SEED_DIR.glob("narrative*.md"):
        text = path.read_text(encoding="utf-8")
        phrases.update(p for p in re.findall(r"\{[ca]:([^{}|]+)", text) if len(p) >= 6)
        phrases.update(run for run in _HAN_RUN.findall(_PLACEHOLDER.sub(" ", text)) if run in page)
    return {p for p in phrases if p not in vocabulary and not re.fullmatch(r"[\d年月日]+", p)}


def test_the_seed_content_this_test_reads_is_there():
    """A guard against a vacuous pass: the seed's content is where the tests look for it, and is substantial."""
    assert len(_seed_ids()) >= 60
    assert len(_seed_chart_ids()) >= 3
    assert len(_seed_phrases()) >= 40
    assert len(PACKAGE_FILES) >= 90


@pytest.mark.parametrize("kind", ["indicator, derived and check ids", "chart ids", "narrative phrases"])
def test_no_seed_content_under_the_package(kind):
    needles = {
        "indicator, derived and check ids": _seed_ids,
        "chart ids": _seed_chart_ids,
        "narrative phrases": _seed_phrases,
    }[kind]()
    # one alternation per file, not a pattern per needle (the package has ~180 files): at each position the regex
    # tries every needle, so it finds a needle wherever a pattern of its own would
    by_length = sorted(needles, key=len, reverse=True)
    ascii_ids = "|".join(re.escape(n) for n in by_length if n.isascii())
    patterns = [re.compile(rf"(?<![A-Za-z0-9_])(?:{ascii_ids})(?![A-Za-z0-9_])")] if ascii_ids else []
    if other := "|".join(re.escape(n) for n in by_length if not n.isascii()):
        patterns.append(re.compile(other))
    found = [
        f"{path.relative_to(config.PROJECT_ROOT)}: {m.group(0)}"
        for path, text in _package_text().items()
        for pattern in patterns
        for m in pattern.finditer(text)
    ]
    assert not found, f"seed {kind} in the package:\n" + "\n".join(found[:40])


def test_the_guard_catches_a_planted_seed_id(tmp_path):
    """The scan itself works: a seed id planted in a package-like file is found."""
    planted = sorted(_seed_ids())[0]
    text = f"VALUE = data['{planted}']\n"
    assert re.search(rf"(?<![A-Za-z0-9_]){re.escape(planted)}(?![A-Za-z0-9_])", text)
