"""``reports/index.html``: every report of the grid with its parameters, status, duration and link.

Rendered with jinja2 (autoescape on) from ``templates/index/index.html.j2`` — no nbconvert — and
a font subset cached by character set, so that rewriting the index after a build with nothing to
do costs milliseconds.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from shangyu_analysis import config
from shangyu_analysis.build import cache
from shangyu_analysis.build.sanitize import CSP_META
from shangyu_analysis.files import sha256_file, write_atomic
from shangyu_analysis.report import fonts
from shangyu_analysis.report.labels import labels_in

# The index page is bilingual by layout; its status words are the English labels.
STATUS_LABELS = labels_in("build_status", "en")
TEMPLATE = "index/index.html.j2"


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(config.TEMPLATES_DIR),
        autoescape=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    return environment.get_template(TEMPLATE)


def cached_font_face_css(text: str, cache_dir: Path) -> str:
    """:func:`fonts.font_face_css` for ``text``, memoised on disk by its CJK character set."""
    characters = "".join(sorted({c for c in text if fonts.is_cjk(c)}))
    if not characters:
        return ""
    name = hashlib.sha256(f"{fonts.subsetter_id()}\0{characters}".encode()).hexdigest()[:32]
    path = cache_dir / f"font-{name}.css"
    css = cache.read_text_or_none(path)
    if css is None:
        css = fonts.font_face_css(characters)
        write_atomic({path: css})
    return css


def render_index(rows: list[dict], reports_dir: Path, *, title: str = "上虞分析报告 Shangyu analysis reports") -> str:
    """The index page for ``rows`` (one per run, see :class:`shangyu_analysis.build.run.RunResult`).

    Each row needs run_id, notebook, notebook_title, article, article_title, lang, parameters,
    status, duration_s, message and html (path or None) / failed_notebook (path or None).
    """
    counts = {s: sum(r["status"] == s for r in rows) for s in STATUS_LABELS}
    page = {
        "title": title,
        "rows": [_view(row, reports_dir) for row in rows],
        "summary": ", ".join(f"{n} {STATUS_LABELS[s]}" for s, n in counts.items() if n),
        "lock_sha256": cache.lock_sha256(),
    }
    # The font subset covers exactly the page's characters: render, collect them, render with it.
    without_font = _template().render(**page, font_css="", csp_meta="")
    css = cached_font_face_css(without_font, reports_dir / ".cache")
    # Our own @font-face rule and policy tag, not user text.
    return _template().render(**page, font_css=Markup(css), csp_meta=Markup(CSP_META))


def _view(row: dict, reports_dir: Path) -> dict:
    """One table row as the template shows it (plain text: the template escapes everything)."""
    return {
        "href": _href(row.get("html"), reports_dir),
        "title": row.get("notebook_title") or row["notebook"],
        "status": row["status"],
        "status_label": STATUS_LABELS.get(row["status"], row["status"]),
        "failed_href": _href(row.get("failed_notebook"), reports_dir),
        "notebook": row["notebook"],
        "message": row.get("message") or "",
        "article_title": row.get("article_title") or "",
        "article": row["article"],
        "sha256": _article_sha256(row["article"]),
        "lang": row["lang"],
        "parameters": [(str(k), repr(v) if isinstance(v, str) else str(v)) for k, v in row["parameters"].items()],
        "duration": "" if row.get("duration_s") is None else f"{row['duration_s']:.1f} s",
    }


def _article_sha256(article: str) -> str:
    path = Path(article) if Path(article).is_absolute() else config.PROJECT_ROOT / article
    return sha256_file(path) if path.is_file() else "unknown"


def _href(target: str | os.PathLike | None, reports_dir: Path) -> str | None:
    if not target:
        return None
    return quote(Path(os.path.relpath(target, reports_dir)).as_posix())
