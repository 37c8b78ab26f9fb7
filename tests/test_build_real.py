"""The project's own notebooks through the whole build (the session's `built_reports`)."""

from __future__ import annotations

import re

import pytest

from shangyu_analysis import config


@pytest.mark.slow
def test_project_notebooks_build_to_small_offline_reports(built_reports):
    pages = sorted(built_reports.glob("*/*/*.html"))
    assert len(pages) == 21  # conftest.built_reports: the seed's and the second page's 5 notebooks x zh, en, one more
    for path in pages:
        page = path.read_text(encoding="utf-8")
        assert len(page.encode("utf-8")) <= 1_000_000, f"{path} is over 1 MB"
        assert not re.search(r"""(src\s*=\s*["']?|url\(\s*["']?)(https?:)?//""", page)
        assert "data:image/png;base64," in page
        assert '<nav class="sy-toc"' in page and "Noto Sans SC Embedded" in page
        assert "injected-parameters" not in page and "SECRET" not in page
    index = (built_reports / "index.html").read_text(encoding="utf-8")
    assert index.count('class="status-ok"') == 21
    # The grid's runs left out by `only`: the uncurated article's other nine, and 06 over every article (zh, en).
    assert index.count('class="status-skipped"') == 11


@pytest.mark.slow
def test_report_headers_name_input_and_environment(built_reports):
    page = (built_reports / config.SEED_NAME / "en" / "04_development_path.html").read_text(encoding="utf-8")
    assert "<dt>Input SHA-256</dt><dd>d87220a31c8992ce91d7a6ddf9ba4d02c82182ddd7d6e51209a1b14c1d6b9549</dd>" in page
    lock = (config.PROJECT_ROOT / "requirements.lock").read_bytes()
    import hashlib

    assert f"<dt>Lock file SHA-256</dt><dd>{hashlib.sha256(lock).hexdigest()}</dd>" in page
    assert "<dt>Package version</dt><dd>0.1.0</dd>" in page


@pytest.mark.slow
def test_article_markup_reaches_the_report_only_as_text(built_reports):
    page = (built_reports / "county_report" / "en" / "04_development_path.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)</script>" not in page
    assert "<img src=x onerror" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


@pytest.mark.slow
def test_every_table_of_a_report_is_a_csv_beside_it_and_linked_from_it(built_reports):
    from shangyu_analysis.build.execute import table_files

    page = built_reports / config.SEED_NAME / "en" / "01_figures.html"
    offered = table_files(page.read_bytes())
    assert len(offered) == page.read_text(encoding="utf-8").count("<table") >= 4  # every table of the page
    for name, data in offered:
        beside = page.with_name(f"01_figures.{name}")
        assert beside.read_bytes() == data, name
    figures = page.with_name("01_figures.figures.csv").read_text(encoding="utf-8").splitlines()
    assert figures[0] == "Figure,As written,Value,Unit,Qualifier,Kind,Subject,Period,Paragraph"  # the page's labels
