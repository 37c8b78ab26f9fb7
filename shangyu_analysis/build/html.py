"""Executed notebook → one self-contained HTML page (template ``templates/shangyu``).

The page makes no request and runs nothing: it carries a Content-Security-Policy that forbids scripts and
fetches, and :func:`~shangyu_analysis.build.sanitize.strip_active` removes anything active an output added.
The lab CSS is inlined, figures are data URIs, require.js, MathJax and
mermaid are dropped, and the Chinese glyphs the page uses are embedded as a WOFF2 subset of
Noto Sans SC. What varies between two runs of the same notebook (papermill timings, random cell
ids, object addresses) is removed first, so the HTML only differs in its generation time. The
table of contents is made by the :class:`~shangyu_analysis.build.toc.TableOfContents` preprocessor.
"""

from __future__ import annotations

import contextlib
import copy
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from shangyu_analysis import config
from shangyu_analysis.build import articles
from shangyu_analysis.build.sanitize import CSP_META, strip_active
from shangyu_analysis.build.toc import TableOfContents
from shangyu_analysis.files import read_sidecar, sha256_file
from shangyu_analysis.report import fonts
from shangyu_analysis.report.labels import check_lang, label, labels_in
from shangyu_analysis.schema import LANGS

if TYPE_CHECKING:
    from nbconvert import HTMLExporter
    from nbformat import NotebookNode

FONT_PLACEHOLDER = "/*SHANGYU-FONT-FACE*/"
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.M)


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
    place: str = ""  # the place the report is about (the sidecar's `place`), "" when it names none
    draft: str = ""  # the mark at the top of a report built on a draft catalog, "" for a reviewed one

    def rows(self) -> list[tuple[str, str]]:
        labels = labels_in("report_header", self.lang)
        parameters = ", ".join(f"{k}={v!r}" if isinstance(v, str) else f"{k}={v}" for k, v in self.parameters.items())
        return [
            *([(labels["place"], self.place)] if self.place else []),
            (labels["notebook"], self.notebook),
            (labels["article"], self.article),
            (labels["parameters"], parameters),
            (labels["generated"], self.generated_utc),
            (labels["commit"], self.git_commit),
            (labels["version"], self.package_version),
            (labels["sha256"], self.input_sha256),
            (labels["lock"], self.lock_sha256),
        ]


def article_facts(article: Path, parameters: dict, lang: str) -> dict:
    """What a report's header says of its article(s): ``article_title``, ``article``, ``place``, ``draft`` and
    ``input_sha256`` (for a run over the grid, its ``articles`` parameter: each one's, joined)."""
    listed = parameters.get("articles")
    paths = [config.PROJECT_ROOT / a for a in listed] if isinstance(listed, list) else [Path(article)]
    drafts = [path.stem for path in paths if articles.is_draft(path)]
    mark = " / ".join(label("report_header.draft", one) for one in LANGS)  # both languages: a warning
    return {
        "article_title": label("report_header.all_articles", lang)
        if isinstance(listed, list)
        else article_title(article),
        "article": ", ".join(listed) if isinstance(listed, list) else parameters["article"],
        "place": "; ".join(dict.fromkeys(p for p in (articles.place(path, lang) for path in paths) if p)),
        "draft": (f"{mark} ({', '.join(drafts)})" if isinstance(listed, list) else mark) if drafts else "",
        "input_sha256": ", ".join(sha256_file(path) for path in paths),
    }


def article_title(article: Path) -> str:
    """The article's title: the ``title`` of its ``.source.yml`` sidecar, else its file stem.

    (The article is not parsed again for its title: the sidecar is the curated record, and the
    notebook's own first heading is the notebook's title, shown as the page title already.)
    """
    title = read_sidecar(article).get("title")
    return str(title) if title else Path(article).stem


def normalize_notebook(notebook: NotebookNode) -> NotebookNode:
    """A copy of ``notebook`` without what changes from run to run (timings, ids, addresses)."""
    notebook = copy.deepcopy(notebook)
    notebook.metadata.pop("papermill", None)
    for index, cell in enumerate(notebook.cells):
        cell["id"] = f"cell-{index}"
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        _mask_volatile(cell)
    return notebook


def _mask_volatile(cell: NotebookNode, places: tuple[tuple[str, str], ...] = ()) -> None:
    """``<Styler at 0x7eff…>`` → ``<Styler at 0x…>``: memory addresses differ on every run; and each
    ``(path, name)`` of ``places`` → ``name`` (a warning names the file it comes from, under a checkout
    and an environment that differ between machines)."""

    def masked(text: str) -> str:
        for path, name in places:
            text = text.replace(path, name)
        return _ADDRESS.sub(" at 0x…", text)

    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            output["text"] = masked(output.get("text", ""))
        elif "text/plain" in output.get("data", {}):
            output["data"]["text/plain"] = masked(output["data"]["text/plain"])


_RUN_TIMING = ("start_time", "end_time", "duration")


def stable_notebook(notebook: NotebookNode, project_root: Path) -> NotebookNode:
    """The executed notebook as it is kept in ``reports/``: papermill's record of the run (parameters,
    version, status) without what differs between two identical runs — times, durations, the
    temporary output path, the absolute input path and the injected cell's random id; in outputs, the
    project's folder and the Python environment's are written ``<project>`` and ``<python>``."""
    notebook = copy.deepcopy(notebook)
    # The environment first: it usually lies inside the project (.venv).
    places = tuple((str(path), name) for path, name in ((Path(sys.prefix), "<python>"), (project_root, "<project>")))
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
        _mask_volatile(cell, places)
    return notebook


def first_heading(notebook: NotebookNode) -> str | None:
    """Text of the first markdown heading of the notebook (its title), or None."""
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            match = _MARKDOWN_HEADING.search(cell.source)
            if match:
                return match.group(1)
    return None


@lru_cache(maxsize=8)
def make_exporter(show_code: bool, lang: str) -> HTMLExporter:
    """The nbconvert HTML exporter configured for reports (one per worker and kind of page: building
    its template environment is 0.2 s, which every report of a warm worker would pay again)."""
    # nbconvert costs ~1 s to import; only a run that renders a page needs it, not the build driver.
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    remove_tags = {"injected-parameters"} if show_code else {"injected-parameters", "parameters"}
    # A cell written in one language (tag lang-zh / lang-en) is left out of the other language's report.
    remove_tags |= {f"lang-{other}" for other in LANGS if other != check_lang(lang)}
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
    exporter.language_code = check_lang(lang)
    exporter.register_preprocessor(TableOfContents(exporter, lang), enabled=True)  # after TagRemovePreprocessor
    return exporter


def export_html(notebook: NotebookNode, header: ReportHeader, *, show_code: bool) -> str:
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
    resources = {
        "shangyu": {
            "article_title": header.article_title,
            "header_rows": header.rows(),
            "draft": header.draft,
            "toc_title": labels_in("report_header", header.lang)["toc"],
            "csp_meta": CSP_META,
        }
    }
    page, _ = make_exporter(show_code, header.lang).from_notebook_node(notebook, resources=resources)
    # The font subset needs the finished page's characters, so it is the one thing filled in last;
    # each distinct character once (a page is ~0.5 M characters, most of them base64 figures).
    # Whatever a notebook output added on its own (a script, an event handler, a remote image) goes.
    page = strip_active(page)
    return page.replace(FONT_PLACEHOLDER, fonts.font_face_css("".join(sorted(set(page)))), 1)
