"""``reports/index.html``: every report under ``reports/``, grouped by article, to read first and to find.

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
from shangyu_analysis.build.layout import SEPARATOR
from shangyu_analysis.build.sanitize import CSP_META
from shangyu_analysis.errors import UserError
from shangyu_analysis.files import read_sidecar, sha256_file, write_atomic
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


def render_index(rows: list[dict], reports_dir: Path, *, title: str = "分析报告 Analysis reports") -> str:
    """The index page for ``rows`` (one per run, see :class:`shangyu_analysis.build.run.RunResult`).

    Grouped by article (title, place, date and publisher from its ``.source.yml``), the report a
    notebook marks ``read_first`` (its metadata ``shangyu.read_first``: the narrative) first, each
    report's zh and en side by side; a scenario (``@name=value``, :mod:`.layout`) is a row of its own.
    Parameters, hashes, statuses and durations are folded away in a ``<details>`` per article.

    Each row needs run_id, notebook, notebook_title, article, article_title, lang, parameters,
    status, duration_s, message and html (path or None) / failed_notebook (path or None); read_first
    is optional.
    """
    counts = {s: sum(r["status"] == s for r in rows) for s in STATUS_LABELS}
    page = {
        "title": title,
        "articles": _articles([_view(row, reports_dir) for row in rows]),
        "count": len(rows),
        "summary": ", ".join(f"{n} {STATUS_LABELS[s]}" for s, n in counts.items() if n),
        "lock_sha256": cache.lock_sha256(),
    }
    # The font subset covers exactly the page's characters: render, collect them, render with it.
    without_font = _template().render(**page, font_css="", csp_meta="")
    css = cached_font_face_css(without_font, reports_dir / ".cache")
    # Our own @font-face rule and policy tag, not user text.
    return _template().render(**page, font_css=Markup(css), csp_meta=Markup(CSP_META))


def _view(row: dict, reports_dir: Path) -> dict:
    """One run as the template shows it (plain text: the template escapes everything)."""
    notebook_part = row["run_id"].rsplit("/", 1)[-1] if row.get("run_id") else Path(row["notebook"]).stem
    return {
        "href": _href(row.get("html"), reports_dir),
        "title": row.get("notebook_title") or row["notebook"],
        "scenario": notebook_part.partition(SEPARATOR)[2].replace(SEPARATOR, " "),
        "read_first": bool(row.get("read_first")),
        "status": row["status"],
        "status_label": STATUS_LABELS.get(row["status"], row["status"]),
        "failed_href": _href(row.get("failed_notebook"), reports_dir),
        "notebook": row["notebook"],
        "message": row.get("message") or "",
        "article_title": row.get("article_title") or "",
        "article": row["article"],
        "lang": row["lang"],
        "parameters": [(str(k), repr(v) if isinstance(v, str) else str(v)) for k, v in row["parameters"].items()],
        "duration": "" if row.get("duration_s") is None else f"{row['duration_s']:.1f} s",
    }


def _articles(views: list[dict]) -> list[dict]:
    """The runs grouped by article (in the order first met), each with its reports: one row per
    notebook and scenario, the read-first one first, zh and en side by side."""
    articles: dict[str, dict] = {}
    for view in views:
        article = articles.get(view["article"])
        if article is None:
            article = articles[view["article"]] = {**_article_meta(view["article"]), "path": view["article"],
                                                   "reports": {}, "runs": []}
            article["title"] = article["title"] or view["article_title"] or Path(view["article"]).stem
        article["runs"].append(view)
        report = article["reports"].setdefault((not view["read_first"], view["notebook"], view["scenario"]),
                                               {"title": view["title"], "scenario": view["scenario"]})
        report[view["lang"]] = view
    for article in articles.values():
        article["reports"] = [article["reports"][key] for key in sorted(article["reports"])]
    return list(articles.values())


def _article_meta(article: str) -> dict:
    """What the index says of an article: its sidecar's title, place, date and publisher, and its sha256."""
    path = Path(article) if Path(article).is_absolute() else config.PROJECT_ROOT / article
    try:
        meta = read_sidecar(path)
    except UserError:  # a broken sidecar fails the runs that read it; the index still lists them
        meta = {}
    return {"title": str(meta.get("title") or ""), "place": str(meta.get("place") or ""),
            "date": str(meta.get("date") or ""), "publisher": str(meta.get("publisher") or ""),
            "sha256": _article_sha256(article)}


def _article_sha256(article: str) -> str:
    path = Path(article) if Path(article).is_absolute() else config.PROJECT_ROOT / article
    return sha256_file(path) if path.is_file() else "unknown"


def _href(target: str | os.PathLike | None, reports_dir: Path) -> str | None:
    if not target:
        return None
    return quote(Path(os.path.relpath(target, reports_dir)).as_posix(), safe="/@=,")  # a scenario stays readable
