"""The doors from text to HTML (issue #24): Markdown sentences, table cells, and the build's last pass.

Each payload is checked at its own door, apart from the policy and the last pass, so that one layer
failing is seen even while the others hold.
"""

from __future__ import annotations

import pandas as pd
import pytest

from shangyu_analysis.build.sanitize import CSP_META, strip_active
from shangyu_analysis.report import notebook
from shangyu_analysis.report.safe import is_safe_link, is_safe_source, markdown_text

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "[x](javascript:alert(1))",
    "[d](data:text/html,<script>alert(1)</script>)",
    "![i](http://evil.example/a.png)",
    "[a]: javascript:alert(1)\n\n[a]",
    "\\[x](javascript:alert(1))",
    "<javascript:alert(1)>",
    "see https://evil.example/x and www.evil.example",
]


@pytest.fixture(scope="module")
def markdown2html():
    from nbconvert import HTMLExporter

    exporter = HTMLExporter()
    return lambda text: exporter.markdown2html({"cell": {}, "resources": {}}, text)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_sentence_renders_no_tag_link_or_image_from_the_text(markdown2html, payload):
    rendered = markdown2html(markdown_text(f"上虞{payload}增长**3.5%**"))
    assert "<a" not in rendered and "<img" not in rendered and "<script" not in rendered
    assert "<strong>3.5%</strong>" in rendered  # the notebook's own Markdown still works


def test_a_sentence_reads_as_before_when_it_has_no_markup(markdown2html):
    for sentence in ("超过1000亿元,增长3.5%(<15.7%)", "R&D 投入 [注] 达到 3.2%", "a\\b", "*约* 64亿元"):
        assert markdown2html(markdown_text(sentence)) == markdown2html(sentence), sentence
    assert markdown2html(markdown_text("见 http://x.example/a 网站")) == "<p>见 http://x.example/a 网站</p>\n"


def test_say_displays_the_escaped_sentence(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj, **_: shown.append(obj))
    notebook.say("zh", zh="收入<script>alert(1)</script>", en="x")
    assert shown[0].data == "收入&lt;script>alert(1)&lt;/script>"


def test_table_cells_and_headers_are_escaped():
    frame = pd.DataFrame({"surface": ["<script>alert(1)</script>", None], "value": [1.5, None]})
    html = notebook.table(frame, "en", "t").to_html()
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert frame.loc[0, "surface"] == "<script>alert(1)</script>"  # the analyst's frame is unchanged


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        ("<p>a<script>alert(1)</script>b</p>", "<p>ab</p>"),
        ("<img src=x onerror=alert(1)>", "<img>"),
        ("<a href=\"java&#9;script:alert(1)\">x</a>", "<a>x</a>"),
        ("<iframe src=\"javascript:alert(1)\">t</iframe>", "t"),
        ("<svg onload=alert(1)><a xlink:href=\"javascript:1\">z</a></svg>", "<svg><a>z</a></svg>"),
        ("<meta http-equiv=\"refresh\" content=\"0;url=http://e\">", ""),
        ("<object data=\"http://x\"></object><embed src=\"http://x\">", ""),
        ("<details open ontoggle=alert(1)>d</details>", "<details open=\"\">d</details>"),
        ("<img src=\"http://evil.example/a.png\">", "<img>"),
        ("<a href=\"data:text/csv,a\">csv</a>", "<a>csv</a>"),
        ("x<script>never closed", "x"),
        ("<form action=\"http://e\"><input name=q></form>", "<input name=q>"),
    ],
)
def test_the_last_pass_removes_what_runs_or_fetches(page, kept):
    assert strip_active(page) == kept


def test_the_last_pass_leaves_a_clean_page_byte_for_byte():
    page = (
        f"<html><head><meta charset=\"utf-8\">{CSP_META}<style>@font-face{{src:url(data:font/woff2;base64,AA)}}"
        "</style></head><body><a href=\"#s\">s</a> <a href=\"other/04.html\">r</a> "
        "<a download=\"t.csv\" href=\"data:text/csv;base64,YQ==\">csv</a>"
        "<img src=\"data:image/png;base64,iVBOR\"> &lt;script&gt; on=1</body></html>"
    )
    assert strip_active(page) is page


def test_url_policy():
    assert is_safe_link("#top") and is_safe_link("zh/04.html") and is_safe_link("https://example.org/a")
    assert not is_safe_link("javascript:alert(1)") and not is_safe_link(" JaVa\tScRiPt:alert(1)")
    assert not is_safe_link("data:text/csv,a") and is_safe_link("data:text/csv,a", download=True)
    assert not is_safe_link("data:text/html,x", download=True) and not is_safe_link("vbscript:x")
    assert is_safe_source("data:image/png;base64,AA") and not is_safe_source("data:image/svg+xml,<svg>")
    assert not is_safe_source("http://evil.example/x.png")
