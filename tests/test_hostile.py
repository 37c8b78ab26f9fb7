"""A shared report runs nothing from the page (issue #24).

A text full of payloads (``tests/fixtures/hostile/hostile_page.txt``: script, event handlers on img/svg/
details/b, iframe and anchor ``javascript:`` URLs, a Markdown link and a remote image, ``</p></td>`` breaks,
``{{ }}`` / ``{% %}`` template syntax, style blocks, a refresh, object/embed/link/base/form) with a hostile
sidecar, plus the seed built with a hostile catalog entry (name, description) and a hostile reference row
(title, source, excerpt), through every notebook in both languages, in a copy of the project
(``SHANGYU_PROJECT_ROOT``). Every page and the index must carry the policy, hold no active element, and
show the payloads as text. In Chromium (where it exists): no dialog fires, no request leaves the page,
no element from the text is live.
"""

from __future__ import annotations

import csv
import hashlib
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from shangyu_analysis import config
from shangyu_analysis.build.nbparams import read_notebook
from shangyu_analysis.build.sanitize import CONTENT_SECURITY_POLICY, DROPPED_ELEMENTS

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
CHROMIUM = Path("/usr/bin/chromium")
NOTEBOOKS = sorted(p.stem for p in config.NOTEBOOKS_DIR.glob("*.ipynb"))
CATALOG_PAYLOAD = "<script>alert('catalog')</script>"
REFERENCE_PAYLOAD = "<img src=x onerror=alert('reference')>"
PLACE_PAYLOAD = "<script>alert('place')</script>某区"  # the hostile sidecar's place
URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "xlink:href", "data", "poster"}

pytestmark = pytest.mark.slow


def _hostile_project(root: Path) -> None:
    """A copy of the project's inputs with the hostile article, a hostile catalog entry and reference row."""
    shutil.copytree(config.RAW_DIR, root / "data" / "raw")
    shutil.copytree(config.DATA_DIR / "reference", root / "data" / "reference")
    for path in config.DATA_DIR.glob("*.yml"):
        shutil.copy(path, root / "data" / path.name)
    shutil.copytree(config.ARTICLES_DIR, root / "data" / "articles")
    for name in ("pyproject.toml", "requirements.lock"):
        shutil.copy(config.PROJECT_ROOT / name, root / name)
    shutil.copytree(config.NOTEBOOKS_DIR, root / "notebooks", ignore=shutil.ignore_patterns("*.py", ".ipynb*"))
    for name in ("hostile_page.txt", "hostile_page.source.yml"):
        shutil.copy(HOSTILE / name, root / "data" / "raw" / name)

    catalog_path = root / "data" / "articles" / config.SEED_NAME / "catalog.yml"
    catalog = yaml.safe_load(catalog_path.read_text(encoding="utf-8"))
    for entry in catalog["indicators"][:3]:
        for field in ("name_zh", "name_en", "description_en", "why"):
            if field in entry:
                entry[field] = f"{entry[field]}{CATALOG_PAYLOAD}"
    catalog_path.write_text(yaml.safe_dump(catalog, allow_unicode=True, sort_keys=False), encoding="utf-8")

    reference = root / "data" / "reference" / "shangyu.csv"
    with reference.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["indicator_id"] == "gdp":
            row["source_title"] += REFERENCE_PAYLOAD
            row["source"] = "javascript:alert('reference-url')"
            row["excerpt"] += "<script>alert('excerpt')</script>"
    with reference.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    sidecar = reference.with_suffix(".source.yml")
    digest = hashlib.sha256(reference.read_bytes()).hexdigest()
    lines = sidecar.read_text(encoding="utf-8").splitlines()
    sidecar.write_text(
        "\n".join(f"sha256: {digest}" if line.startswith("sha256:") else line for line in lines) + "\n",
        encoding="utf-8",
    )

    (root / "build.yml").write_text(
        f"notebooks_dir: notebooks\nnotebooks: [{', '.join(NOTEBOOKS)}]\n"
        f"articles: [data/raw/{config.SEED_NAME}.txt, data/raw/hostile_page.txt]\nlangs: [zh, en]\n",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def hostile_reports(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile") / "project"
    _hostile_project(root)
    env = {**os.environ, "SHANGYU_PROJECT_ROOT": str(root)}
    env.pop("MPLBACKEND", None)
    done = subprocess.run(
        [sys.executable, "-m", "shangyu_analysis.cli", "build", "--force", "--jobs", "2"],
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return root / "reports"


def _pages(reports: Path) -> list[Path]:  # every report, those over the grid (reports/_all/) included
    return [*sorted(reports.glob("*/*/*.html")), reports / "index.html"]


class _Page(HTMLParser):
    """Elements, attributes, visible text and policies of one page."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.policies: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs) -> None:
        named = {name: value or "" for name, value in attrs}
        self.tags.append((tag, named))
        if tag == "meta" and named.get("http-equiv", "").lower() == "content-security-policy":
            self.policies.append(named.get("content", ""))

    handle_startendtag = handle_starttag

    def handle_data(self, data) -> None:
        self.text.append(data)


def test_every_page_has_the_policy_and_no_active_element(hostile_reports):
    pages = _pages(hostile_reports)
    # Two articles × two languages of each article notebook, two languages of each notebook over the grid, the index.
    over_grid = [name for name in NOTEBOOKS if read_notebook(config.NOTEBOOKS_DIR / f"{name}.ipynb")[1] == "grid"]
    assert len(pages) == 2 * 2 * (len(NOTEBOOKS) - len(over_grid)) + 2 * len(over_grid) + 1
    for path in pages:
        page = _Page(path.read_text(encoding="utf-8"))
        assert page.policies == [CONTENT_SECURITY_POLICY], path
        for tag, attributes in page.tags:
            assert tag not in DROPPED_ELEMENTS, (path, tag)
            assert not [a for a in attributes if a.startswith("on")], (path, tag, attributes)
            for name in URL_ATTRIBUTES & set(attributes):
                url = "".join(attributes[name].split()).lower()
                if name == "href" and tag == "a" and "download" in attributes and url.startswith("data:text/csv;"):
                    continue  # a table to take away (report.notebook.table): downloaded, never shown or run
                if name == "href":  # a link may leave the page when clicked, but never run or embed
                    assert not url.startswith(("javascript:", "vbscript:", "data:")), (path, tag, url)
                else:  # a source is fetched on load: only embedded images
                    assert url.startswith("data:image/png"), (path, tag, name, url[:60])


def _text(path: Path) -> str:
    return "".join(_Page(path.read_text(encoding="utf-8")).text)


def test_payloads_are_shown_as_text_not_dropped(hostile_reports):
    """Escaped at the door: the page's words survive as words (a stripped tag would lose them)."""
    for lang in ("zh", "en"):
        pages = {path.stem: _text(path) for path in (hostile_reports / "hostile_page" / lang).glob("*.html")}
        shown = "".join(pages.values())
        for payload in (
            "<script>alert('s1')</script>",
            "<img src=x onerror=alert('i1')>",
            "<iframe src=\"javascript:alert('f1')\"></iframe>",
            "[点我](javascript:alert('m1'))",
            "</p></td></table>",
            "{{ 7*191 }}",
            "{% for x in range(3) %}",
            "<style>body{display:none}</style>",
            "<b onmouseover=alert('n1')>",
            "<svg onload=alert('v1')>",
        ):
            assert payload in shown, (lang, payload)
        assert "<details open ontoggle=alert('d1')>" in pages["01_figures"], lang  # the rejected numerals' table
        seed_context = _text(hostile_reports / config.SEED_NAME / lang / "05_in_context.html")
        assert REFERENCE_PAYLOAD in seed_context and "javascript:alert('reference-url')" in seed_context
        assert CATALOG_PAYLOAD in _text(hostile_reports / config.SEED_NAME / lang / "04_development_path.html"), lang
    for path in _pages(hostile_reports):
        text = _text(path)
        assert "1337" not in text and "循环循环" not in text, path  # no template ran on the text
    assert "<script>alert('sidecar')</script>" in _text(hostile_reports / "index.html")
    # The place the sidecar names, in every report's header and in the index: text, not markup.
    assert PLACE_PAYLOAD in _text(hostile_reports / "hostile_page" / "zh" / "01_figures.html")
    assert PLACE_PAYLOAD in _text(hostile_reports / "index.html")


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium not installed at /usr/bin/chromium")
def test_in_chromium_nothing_runs_and_nothing_is_fetched(hostile_reports):
    from playwright.sync_api import sync_playwright
    from test_browser import ARGS

    live = """() => {
      const active = document.querySelectorAll(
        'script, iframe, object, embed, form, base, link, meta[http-equiv="refresh"], a[href^="javascript"]');
      const handlers = [...document.querySelectorAll('*')].filter(
        e => [...e.attributes].some(a => a.name.startsWith('on')));
      return {active: active.length, handlers: handlers.length,
              hidden: getComputedStyle(document.body).display === 'none', pwned: window.__pwned || null};
    }"""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            for path in _pages(hostile_reports):
                page = browser.new_page()
                dialogs: list[str] = []
                requests: list[str] = []
                page.on("dialog", lambda dialog, seen=dialogs: (seen.append(dialog.message), dialog.dismiss()))
                page.on("request", lambda request, seen=requests: seen.append(request.url))
                page.goto(path.as_uri())
                page.wait_for_load_state("load")
                page.wait_for_timeout(200)  # let a delayed handler (details toggle, svg load) fire if it could
                state = page.evaluate(live)
                assert dialogs == [], (path, dialogs)
                assert [url for url in requests if url != path.as_uri()] == [], (path, requests)
                assert state == {"active": 0, "handlers": 0, "hidden": False, "pwned": None}, (path, state)
                page.close()
        finally:
            browser.close()
