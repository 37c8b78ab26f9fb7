"""Open built reports in Debian's Chromium (playwright): offline, images, embedded font, TOC.

Skipped only when /usr/bin/chromium is missing (`.ci/run` installs it). Screenshots are saved
under the test's tmp dir.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from shangyu_analysis import config

CHROMIUM = Path("/usr/bin/chromium")
FIXTURES_REL = (Path(__file__).parent / "fixtures" / "build").relative_to(config.PROJECT_ROOT).as_posix()
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium not installed at /usr/bin/chromium"),
]


@pytest.fixture(scope="module")
def reports(built_reports):
    """The real notebooks' reports, built once per session (see conftest.built_reports)."""
    return built_reports


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


def open_page(browser, path: Path):
    """Load ``path`` and return (page, every URL the page requested)."""
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    page.evaluate("document.fonts.ready.then(() => true)")
    return page, requests


def assert_offline_and_images_loaded(page, requests):
    outside = [url for url in requests if not url.startswith(("file:", "data:"))]
    assert outside == []
    widths = page.evaluate("[...document.images].map(img => img.complete ? img.naturalWidth : 0)")
    assert all(width > 0 for width in widths), widths
    return widths


def test_index_page(browser, reports, tmp_path):
    page, requests = open_page(browser, reports / "index.html")
    assert_offline_and_images_loaded(page, requests)
    hrefs = page.evaluate("[...document.querySelectorAll('a')].map(a => a.href)")
    # the built reports (in the table and the build details): the seed's and the second page's ten, and the
    # uncurated page's 04; runs left out: no link
    assert len(set(hrefs)) == 21
    for href in hrefs:
        assert href.startswith("file://") and Path(href.removeprefix("file://")).is_file()
    assert page.evaluate("document.fonts.check(\"16px 'Noto Sans SC Embedded'\", '上虞')")
    page.screenshot(path=str(tmp_path / "index.png"), full_page=True)
    page.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_report_page(browser, reports, tmp_path, lang):
    path = reports / config.SEED_NAME / lang / "04_development_path.html"
    page, requests = open_page(browser, path)
    widths = assert_offline_and_images_loaded(page, requests)
    assert len(widths) >= 8  # one per chart of the development-path report

    # The Chinese article title is drawn with the embedded font: it comes first in the
    # computed font stack, the face is loaded, and it covers the title's characters.
    title = page.locator(".sy-article-title")
    text = title.inner_text()
    assert any("\u4e00" <= char <= "\u9fff" for char in text)
    family = title.evaluate("el => getComputedStyle(el).fontFamily")
    assert family.startswith('"Noto Sans SC Embedded"'), family
    faces = page.evaluate(
        "[...document.fonts].filter(f => f.family.includes('Noto Sans SC Embedded')).map(f => f.status)"
    )
    assert faces == ["loaded"]
    assert page.evaluate("t => document.fonts.check(\"16px 'Noto Sans SC Embedded'\", t)", text)

    # Every table-of-contents link lands on an element of the page.
    targets = page.evaluate("[...document.querySelectorAll('nav.sy-toc a')].map(a => a.getAttribute('href'))")
    assert len(targets) >= 10  # the notebook title and the narrative's sections
    for target in targets:
        assert target.startswith("#")
        assert page.evaluate("id => document.getElementById(id) !== null", target[1:]), target
    # Body text in Chinese is drawn with the embedded face too (not boxes).
    assert page.evaluate("document.fonts.check(\"16px 'Noto Sans SC Embedded'\", '新材料产业工业总产值')")
    page.click("nav.sy-toc a >> nth=1")
    from urllib.parse import unquote

    assert unquote(page.evaluate("location.hash")) == unquote(targets[1])

    page.screenshot(path=str(tmp_path / f"report-{lang}.png"), full_page=True)
    assert (tmp_path / f"report-{lang}.png").stat().st_size > 0
    assert os.path.getsize(path) <= 1_000_000
    page.close()


def test_article_markup_shows_as_text_and_never_runs(browser, reports, tmp_path):
    from conftest import XSS_RUN

    path = reports / f"{XSS_RUN}.html"
    dialogs: list[str] = []
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    assert dialogs == []
    assert [url for url in requests if not url.startswith(("file:", "data:"))] == []
    body = page.inner_text("body")
    assert "<script>alert(1)</script>" in body and "<img src=x onerror=alert(1)>" in body
    assert page.evaluate("document.querySelectorAll('img[src=\"x\"]').length") == 0
    page.screenshot(path=str(tmp_path / "xss.png"))
    page.close()
