"""HTML export of an executed notebook (hand-built here, so no kernel runs)."""

from __future__ import annotations

import re

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from shangyu_analysis.build.html import ReportHeader, export_html, normalize_notebook

# A 1×1 PNG.
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="


def executed_notebook():
    return new_notebook(
        cells=[
            new_code_cell("lang = 'zh'  # report language", metadata={"tags": ["parameters"]}),
            new_code_cell("lang = 'en'\nSECRET_INJECTED = 1", metadata={"tags": ["injected-parameters"]}),
            new_markdown_cell("# 上虞报告\n\nIntro."),
            new_markdown_cell("## 财政 Fiscal"),
            new_code_cell(
                "plot()",
                metadata={"tags": ["chart"], "papermill": {"duration": 1.234, "start_time": "2026-01-01T00:00:00"}},
                outputs=[
                    new_output("display_data", data={"image/png": PNG, "text/plain": "<Figure at 0x7f00deadbeef>"}),
                    new_output("stream", name="stdout", text="收入 income <object at 0x7fabc>\n"),
                ],
                execution_count=1,
            ),
            new_markdown_cell("## 财政 Fiscal\n\nSame heading again."),
        ],
        metadata={"papermill": {"duration": 9.87, "start_time": "2026-01-01T00:00:00"}},
    )


HEADER = ReportHeader(
    article_title="上虞：全面建设",
    article="data/raw/a.txt",
    notebook="report.ipynb",
    parameters={"article": "data/raw/a.txt", "lang": "zh", "show_code": False},
    generated_utc="2021-02-23T00:00:00Z",
    git_commit="0123abc",
    package_version="0.1.0",
    input_sha256="f" * 64,
    lang="zh",
)


@pytest.fixture(scope="module")
def page():
    return export_html(executed_notebook(), HEADER, show_code=False)


def test_page_has_no_external_resource(page):
    # Links in CSS comments are text, not requests; what would load is src=, url( and @import.
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert not re.search(r"""url\(\s*["']?(https?:)?//""", page)
    assert "@import" not in page
    for library in ("require.js", "require.min.js", "MathJax", "mermaid.esm", "unpkg.com"):
        assert library not in page


def test_injected_and_parameters_cells_removed_when_code_hidden(page):
    assert "SECRET_INJECTED" not in page
    assert "report language" not in page
    assert "plot()" not in page  # inputs hidden


def test_show_code_keeps_inputs_but_not_injected_cell():
    shown = export_html(executed_notebook(), HEADER, show_code=True)
    assert "plot" in shown and "report language" in shown
    assert "SECRET_INJECTED" not in shown


def test_table_of_contents_links_resolve(page):
    toc = re.search(r'<nav class="sy-toc".*?</nav>', page, re.S).group(0)
    targets = re.findall(r'href="#([^"]+)"', toc)
    assert len(targets) == 3
    ids = re.findall(r'\sid="([^"]+)"', page)
    for target in targets:
        assert ids.count(target) == 1, target
    assert len(set(targets)) == 3  # the repeated heading got its own anchor
    assert "上虞报告" in toc and "财政 Fiscal" in toc


def test_embedded_font_first_in_stack(page):
    assert "@font-face" in page and "font/woff2;base64," in page
    assert "font-family: 'Noto Sans SC Embedded'" in page
    assert "--jp-content-font-family: 'Noto Sans SC Embedded'," in page
    assert "/*SHANGYU-FONT-FACE*/" not in page


def test_embedded_font_holds_exactly_the_pages_cjk_characters(page):
    # The subset is written with our own brotli quality (fonts.BROTLI_QUALITY): it must still be a
    # WOFF2 that decodes, with a glyph for each CJK character of the page and for nothing else.
    import base64
    import io

    from fontTools.ttLib import TTFont

    from shangyu_analysis.report import fonts

    data = re.search(r"font/woff2;base64,([A-Za-z0-9+/=]+)", page).group(1)
    font = TTFont(io.BytesIO(base64.b64decode(data)))
    assert font.flavor == "woff2"
    # The source font's own timestamp, not the time of the build (the page would change every second).
    assert font["head"].modified == TTFont(fonts.font_path(), lazy=True)["head"].modified
    visible = re.sub(r"font/woff2;base64,[A-Za-z0-9+/=]+", "", page)
    assert {chr(cp) for cp in font.getBestCmap()} == {c for c in visible if fonts.is_cjk(c)}


def test_header_shows_provenance(page):
    for text in ("上虞：全面建设", "2021-02-23T00:00:00Z", "0123abc", "0.1.0", "f" * 64, "lang='zh'"):
        assert text in page
    assert '<html lang="zh">' in page


def test_same_input_same_bytes_and_no_volatile_values(page):
    again = export_html(executed_notebook(), HEADER, show_code=False)
    assert again == page
    assert "0x7f" not in page and "9.87" not in page
    assert "data:image/png;base64," in page


def test_normalize_strips_timings_and_random_ids():
    notebook = executed_notebook()
    normal = normalize_notebook(notebook)
    assert "papermill" not in normal.metadata
    assert all("papermill" not in cell.metadata for cell in normal.cells)
    assert [cell.id for cell in normal.cells] == [f"cell-{i}" for i in range(len(normal.cells))]
    assert "papermill" in notebook.metadata  # the input is not modified
    nbformat.validate(normal)


def test_page_without_headings_has_no_table_of_contents():
    notebook = new_notebook(
        cells=[
            new_markdown_cell("Just text."),
            new_code_cell(
                "x", outputs=[new_output("display_data", data={"text/html": "<p>no heading</p>", "text/plain": "x"})]
            ),
        ]
    )
    plain = export_html(notebook, HEADER, show_code=False)
    assert "sy-toc" not in plain.split("</style>")[-1] and "SHANGYU-TOC" not in plain
    assert "Just text." in plain and "<p>no heading</p>" in plain


def test_page_is_small(page):
    assert len(page.encode("utf-8")) < 1_000_000


def test_article_title_from_sidecar_then_file_stem(tmp_path):
    from shangyu_analysis.build.html import article_title
    from shangyu_analysis.config import SEED_ARTICLE

    assert article_title(SEED_ARTICLE).startswith("上虞")
    article = tmp_path / "plain.txt"
    article.write_bytes(SEED_ARTICLE.read_bytes())
    assert article_title(article) == "plain"  # no sidecar: the article is not parsed for a title
    article.with_name("plain.source.yml").write_text("title: 旁注标题 Sidecar title\n", encoding="utf-8")
    assert article_title(article) == "旁注标题 Sidecar title"


def test_headings_written_as_html_get_ids_and_join_the_table_of_contents():
    html_output = '<section id="s"><h2>At a glance</h2></section><h2 class="x">经济 与 财政</h2><h3>At a glance</h3>'
    notebook = new_notebook(
        cells=[
            new_markdown_cell("# Report"),
            new_code_cell(
                "show()",
                outputs=[
                    new_output("display_data", data={"text/html": html_output, "text/plain": "<HTML>"}),
                    new_output("display_data", data={"text/markdown": "### 经济 与 财政", "text/plain": "<Markdown>"}),
                ],
            ),
        ]
    )
    out = export_html(notebook, HEADER, show_code=False)
    assert '<h2 id="At-a-glance">At a glance</h2>' in out
    # nbconvert's final serialiser (BeautifulSoup) puts attributes in alphabetical order.
    assert '<h2 class="x" id="经济-与-财政">' in out and '<h3 id="At-a-glance-2">' in out
    # A markdown output's heading is named by nbconvert (URL-quoted), with its anchor link.
    assert (
        '<h3 id="%E7%BB%8F%E6%B5%8E-%E4%B8%8E-%E8%B4%A2%E6%94%BF">经济 与 财政<a class="anchor-link" '
        'href="#%E7%BB%8F%E6%B5%8E-%E4%B8%8E-%E8%B4%A2%E6%94%BF">¶</a></h3>'
    ) in out
    toc = re.search(r'<nav class="sy-toc".*?</nav>', out, re.S).group(0)
    assert re.findall(r'<a href="#([^"]+)">', toc) == [
        "Report",
        "At-a-glance",
        "经济-与-财政",
        "At-a-glance-2",
        "%E7%BB%8F%E6%B5%8E-%E4%B8%8E-%E8%B4%A2%E6%94%BF",
    ]
    assert re.findall(r'<li class="sy-toc-(\d)">', toc) == ["1", "2", "2", "3", "3"]
    ids = re.findall(r'\sid="([^"]+)"', out)
    assert all(ids.count(anchor) == 1 for anchor in re.findall(r'<a href="#([^"]+)">', toc))


def test_kept_notebook_drops_run_times_and_temporary_paths(tmp_path):
    from shangyu_analysis.build.html import stable_notebook

    notebook = executed_notebook()
    notebook.metadata["papermill"] = {
        "parameters": {"lang": "en"},
        "version": "2.7.0",
        "start_time": "2026-01-01T00:00:00",
        "end_time": "2026-01-01T00:00:05",
        "duration": 5.0,
        "output_path": "/tmp/x.123.ipynb",
        "input_path": str(tmp_path / "notebooks" / "report.ipynb"),
    }
    notebook.cells[1]["id"] = "random-3f2a"
    notebook.cells.append(
        new_code_cell(
            "t",
            outputs=[
                new_output("execute_result", data={"text/plain": "<pandas.io.formats.style.Styler at 0x7eff71e3aa10>"})
            ],
        )
    )
    notebook.cells[2].metadata["execution"] = {"iopub.status.busy": "2026-01-01T00:00:01Z"}
    notebook.cells[2].metadata["papermill"] = {"duration": 0.1, "status": "completed", "start_time": "t"}
    kept = stable_notebook(notebook, tmp_path)
    assert kept.metadata["papermill"] == {
        "parameters": {"lang": "en"},
        "version": "2.7.0",
        "input_path": "notebooks/report.ipynb",
    }
    assert kept.cells[1]["id"] == "injected-parameters"
    assert "execution" not in kept.cells[2].metadata
    assert kept.cells[2].metadata["papermill"] == {"status": "completed"}
    assert kept.cells[-1].outputs[0]["data"]["text/plain"] == "<pandas.io.formats.style.Styler at 0x…>"
    assert notebook.metadata["papermill"]["duration"] == 5.0  # the input is not modified


def test_kept_notebook_and_page_name_no_folder_of_this_machine(tmp_path):
    # A warning in a report names the file it comes from: under another checkout or environment the
    # bytes would differ (they did: en/02 differed between /work/main and a fresh clone).
    import sys

    from shangyu_analysis.build.html import stable_notebook

    notebook = executed_notebook()
    notebook.cells.append(
        new_code_cell(
            "w",
            outputs=[
                new_output(
                    "stream",
                    name="stderr",
                    text=(
                        f"{sys.prefix}/lib/python3.11/site-packages/IPython/core/pylabtools.py:158: UserWarning: x\n"
                        f"{tmp_path}/notebooks/report.py:3: UserWarning: y\n"
                    ),
                )
            ],
        )
    )
    kept = stable_notebook(notebook, tmp_path)
    assert kept.cells[-1].outputs[0]["text"] == (
        "<python>/lib/python3.11/site-packages/IPython/core/pylabtools.py:158: UserWarning: x\n"
        "<project>/notebooks/report.py:3: UserWarning: y\n"
    )
    page = export_html(kept, HEADER, show_code=False)
    assert sys.prefix not in page and str(tmp_path) not in page and "&lt;python&gt;/lib" in page


def test_a_cell_tagged_for_one_language_is_left_out_of_the_other():
    from dataclasses import replace

    notebook = new_notebook(
        cells=[
            new_markdown_cell("# Title"),
            new_markdown_cell("这个问题用中文问。", metadata={"tags": ["lang-zh"]}),
            new_markdown_cell("The question asked in English.", metadata={"tags": ["lang-en"]}),
            new_markdown_cell("Both languages see this."),
        ]
    )
    zh = export_html(notebook, replace(HEADER, lang="zh"), show_code=False)
    en = export_html(notebook, replace(HEADER, lang="en"), show_code=False)
    assert "这个问题用中文问" in zh and "The question asked in English" not in zh
    assert "The question asked in English" in en and "这个问题用中文问" not in en
    assert "Both languages see this" in zh and "Both languages see this" in en
