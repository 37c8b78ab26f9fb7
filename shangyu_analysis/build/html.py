"""Executed notebook → one self-contained HTML page (template ``templates/shangyu``).

The page makes no request: the lab CSS is inlined, figures are data URIs, require.js, MathJax and
mermaid are dropped, and the Chinese glyphs the page uses are embedded as a WOFF2 subset of
Noto Sans SC. What varies between two runs of the same notebook (papermill timings, random cell
ids, object addresses) is removed first, so the HTML only differs in its generation time.
"""

from __future__ import annotations

import contextlib
import copy
import html
import re
from dataclasses import dataclass
from pathlib import Path

from shangyu_analysis import config

from shangyu_analysis.report import fonts

FONT_PLACEHOLDER = "/*SHANGYU-FONT-FACE*/"
TOC_PLACEHOLDER = "<!--SHANGYU-TOC-->"
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
_HEADING = re.compile(r'<h([1-6]) id="([^"]*)"([^>]*)>(.*?)</h\1>', re.S)
_TAG = re.compile(r"<[^>]+>")
# Headings written as HTML by the package (the narrative's section titles) come without an id.
_BARE_HEADING = re.compile(r'<h([1-6])((?:\s(?![^>]*\bid=)[^>]*)?)>(.*?)</h\1>', re.S)

LABELS = {
    "zh": {
        "toc": "目录",
        "notebook": "笔记本",
        "article": "文章文件",
        "parameters": "参数",
        "generated": "生成时间 (UTC)",
        "commit": "Git 提交",
        "version": "软件包版本",
        "sha256": "输入 SHA-256",
        "lock": "依赖锁定文件 SHA-256",
    },
    "en": {
        "toc": "Contents",
        "notebook": "Notebook",
        "article": "Article file",
        "parameters": "Parameters",
        "generated": "Generated (UTC)",
        "commit": "Git commit",
        "version": "Package version",
        "sha256": "Input SHA-256",
        "lock": "Lock file SHA-256",
    },
}


@dataclass(frozen=True)
class ReportHeader:
    """What the header of a report shows."""

    article_title: str
    article: str  # path relative to the project root
    notebook: str
    parameters: dict
    generated_utc: str  # ISO 8601
    git_commit: str
    package_version: str
    input_sha256: str
    lang: str
    lock_sha256: str = "unknown"  # requirements.lock: which environment produced the report

    def rows(self) -> list[tuple[str, str]]:
        labels = LABELS.get(self.lang, LABELS["en"])
        parameters = ", ".join(f"{k}={v!r}" if isinstance(v, str) else f"{k}={v}" for k, v in self.parameters.items())
        return [
            (labels["notebook"], self.notebook),
            (labels["article"], self.article),
            (labels["parameters"], parameters),
            (labels["generated"], self.generated_utc),
            (labels["commit"], self.git_commit),
            (labels["version"], self.package_version),
            (labels["sha256"], self.input_sha256),
            (labels["lock"], self.lock_sha256),
        ]


def article_title(article: Path) -> str:
    """The article's title: from its ``.source.yml``, else from the parsed article, else its stem."""
    sidecar = article.with_suffix(".source.yml")
    if sidecar.is_file():
        import yaml

        try:
            title = (yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}).get("title")
        except (yaml.YAMLError, AttributeError):
            title = None
        if title:
            return str(title)
    try:
        from shangyu_analysis.text.article import load_article

        title = load_article(article).title
    except Exception:  # noqa: BLE001 - the title is cosmetic; the notebook reports real errors
        title = ""
    return title or article.stem


def normalize_notebook(notebook):
    """A copy of ``notebook`` without what changes from run to run (timings, ids, addresses)."""
    notebook = copy.deepcopy(notebook)
    notebook.metadata.pop("papermill", None)
    for index, cell in enumerate(notebook.cells):
        cell["id"] = f"cell-{index}"
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        _mask_addresses(cell)
    return notebook


def _mask_addresses(cell) -> None:
    """``<Styler at 0x7eff…>`` → ``<Styler at 0x…>``: memory addresses differ on every run."""
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            output["text"] = _ADDRESS.sub(" at 0x…", output.get("text", ""))
        elif "text/plain" in output.get("data", {}):
            output["data"]["text/plain"] = _ADDRESS.sub(" at 0x…", output["data"]["text/plain"])


_RUN_TIMING = ("start_time", "end_time", "duration")


def stable_notebook(notebook, project_root: Path):
    """The executed notebook as it is kept in ``reports/``: papermill's record of the run (parameters,
    version, status) without what differs between two identical runs — times, durations, the
    temporary output path, the absolute input path and the injected cell's random id."""
    notebook = copy.deepcopy(notebook)
    record = notebook.metadata.get("papermill")
    if record is not None:
        for key in (*_RUN_TIMING, "output_path"):
            record.pop(key, None)
        if record.get("input_path"):
            input_path = Path(record["input_path"])
            with contextlib.suppress(ValueError):
                record["input_path"] = input_path.relative_to(project_root).as_posix()
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
        for key in _RUN_TIMING:
            cell.metadata.get("papermill", {}).pop(key, None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = "injected-parameters"
        _mask_addresses(cell)
    return notebook


def first_heading(notebook) -> str | None:
    """Text of the first markdown heading of the notebook (its title), or None."""
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^#{1,6}\s+(.+?)\s*#*\s*$", cell.source, re.M)
            if match:
                return match.group(1)
    return None


def make_exporter(show_code: bool, lang: str):
    """The nbconvert HTML exporter configured for reports."""
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    remove_tags = {"injected-parameters"} if show_code else {"injected-parameters", "parameters"}
    settings = Config()
    settings.TagRemovePreprocessor.enabled = True
    settings.TagRemovePreprocessor.remove_cell_tags = remove_tags
    settings.HTMLExporter.preprocessors = ["nbconvert.preprocessors.TagRemovePreprocessor"]
    exporter = HTMLExporter(
        config=settings,
        template_name="shangyu",
        extra_template_basedirs=[str(config.TEMPLATES_DIR)],
    )
    exporter.exclude_input = not show_code
    exporter.exclude_input_prompt = not show_code
    exporter.exclude_output_prompt = not show_code
    exporter.embed_images = True
    exporter.language_code = lang if lang in LABELS else "en"
    return exporter


def export_html(notebook, header: ReportHeader, *, show_code: bool) -> str:
    """Render an executed notebook as one self-contained HTML page.

    Parameters
    ----------
    notebook : nbformat.NotebookNode
        The executed notebook (not modified).
    header : ReportHeader
        Article, parameters, provenance shown at the top of the page.
    show_code : bool
        Keep code cells (and the ``parameters`` cell) visible.

    Returns
    -------
    str
        The page, with a table of contents and the embedded font subset.
    """
    notebook = normalize_notebook(notebook)
    notebook.metadata["title"] = first_heading(notebook) or header.notebook
    resources = {"shangyu": {"article_title": header.article_title, "header_rows": header.rows()}}
    page, _ = make_exporter(show_code, header.lang).from_notebook_node(notebook, resources=resources)
    page = add_table_of_contents(page, LABELS.get(header.lang, LABELS["en"])["toc"])
    return page.replace(FONT_PLACEHOLDER, fonts.font_face_css(page), 1)


def _with_id(match: re.Match) -> str:
    """Give an id-less heading an id from its text (the same slug style nbconvert uses)."""
    level, attributes, inner = match.group(1), match.group(2) or "", match.group(3)
    text = html.unescape(_TAG.sub("", inner)).strip()
    anchor = "-".join(text.split()) or "section"
    return f'<h{level} id="{html.escape(anchor, quote=True)}"{attributes}>{inner}</h{level}>'


def add_table_of_contents(page: str, title: str, max_level: int = 3) -> str:
    """Give every heading a unique id and put a linked list of headings at the placeholder."""
    head, marker, body = page.partition(TOC_PLACEHOLDER)
    if not marker:
        return page
    seen: dict[str, int] = {}
    entries: list[tuple[int, str, str]] = []

    def unique_heading(match: re.Match) -> str:
        level, anchor, attributes, inner = int(match.group(1)), match.group(2), match.group(3), match.group(4)
        count = seen.get(anchor, 0)
        seen[anchor] = count + 1
        if count:  # the same heading text twice: the second link would land on the first
            new_anchor = f"{anchor}-{count + 1}"
            inner = inner.replace(f'href="#{anchor}"', f'href="#{new_anchor}"')
            anchor = new_anchor
        if level <= max_level:
            text = html.unescape(_TAG.sub("", inner.replace("¶", ""))).strip()
            entries.append((level, anchor, text))
        return f'<h{level} id="{anchor}"{attributes}>{inner}</h{level}>'

    body = _BARE_HEADING.sub(_with_id, body)
    body = _HEADING.sub(unique_heading, body)
    if not entries:
        return head + body
    top = min(level for level, _, _ in entries)
    items = "\n".join(
        f'<li class="sy-toc-{level - top + 1}"><a href="#{anchor}">{html.escape(text)}</a></li>'
        for level, anchor, text in entries
    )
    toc = f'<nav class="sy-toc" id="sy-toc"><h2>{html.escape(title)}</h2>\n<ol>\n{items}\n</ol></nav>'
    return head + toc + body
