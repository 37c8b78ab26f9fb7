"""``reports/index.html``: every report under ``reports/``, grouped by article, to read first and to find.

Rendered with jinja2 (autoescape on) from ``templates/index/index.html.j2`` — no nbconvert — and
a font subset cached by character set. :func:`write_index` renders only when what the page shows
changed: the key of a page (:func:`index_key`) is the sha256 of its rows, the articles they list (each
one's text, sidecar and catalog: the place and the draft mark it shows, :mod:`.articles`), the package and environment (template, labels, font: :func:`.cache.environment_fingerprint`) and the
lock file, kept in ``reports/.cache/index-key.txt`` (not ``*.key``, the runs' keys) beside the page's
own sha256. A build with nothing to do then imports neither jinja2 nor the font.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from shangyu_analysis import config
from shangyu_analysis.build import articles, cache
from shangyu_analysis.build.layout import GRID_FOLDER, SEPARATOR
from shangyu_analysis.errors import UserError
from shangyu_analysis.files import read_sidecar, sha256_bytes, sha256_file, write_atomic

if TYPE_CHECKING:
    import jinja2

TEMPLATE = "index/index.html.j2"
INDEX_KEY_FORMAT = "shangyu-index-v1"


@lru_cache(maxsize=1)
def status_labels() -> dict[str, str]:
    """The status words: the index page is bilingual by layout, its status words are the English labels."""
    from shangyu_analysis.report.labels import labels_in  # the report layer: only when a page is rendered

    return labels_in("build_status", "en")


def index_key(rows: list[dict], reports_dir: Path, title: str) -> str:
    """sha256 of everything the page for ``rows`` is made from (see the module docstring)."""
    digest = hashlib.sha256(f"{INDEX_KEY_FORMAT}\0{cache.environment_fingerprint()}\0{cache.lock_sha256()}".encode())
    digest.update(json.dumps([title, str(reports_dir.resolve()), rows], sort_keys=True, default=str).encode())
    # Each article's title, place, date, publisher and sha256 (text, sidecar) and its draft mark (catalog).
    for article in sorted({a for row in rows for a in _row_articles(row)}):
        for part in articles.key_files(_path(article)):
            digest.update(f"\0{part}\0{sha256_file(part) if part.is_file() else 'missing'}".encode())
    return digest.hexdigest()


def _path(article: str) -> Path:
    return Path(article) if Path(article).is_absolute() else config.PROJECT_ROOT / article


def _row_articles(row: dict) -> list[str]:
    """The articles a row's report reads: its ``article``, or, for a run over the grid, its ``articles``."""
    listed = (row.get("parameters") or {}).get("articles")
    return (
        [str(a) for a in listed]
        if row["article"] == GRID_FOLDER and isinstance(listed, list)
        else [str(row["article"])]
    )


def write_index(rows: list[dict], reports_dir: Path, *, title: str = "分析报告 Analysis reports") -> Path:
    """Write ``reports_dir/index.html`` for ``rows``, unless the page there was rendered from the same
    inputs and is unchanged since; returns its path. Raises OSError when it cannot be written."""
    index, key_file = reports_dir / "index.html", reports_dir / ".cache" / "index-key.txt"
    key = index_key(rows, reports_dir, title)
    stored = (cache.read_text_or_none(key_file) or "").split()
    if len(stored) == 2 and stored[0] == key and index.is_file() and sha256_file(index) == stored[1]:
        return index
    page = render_index(rows, reports_dir, title=title).encode("utf-8")
    write_atomic({index: page, key_file: f"{key} {sha256_bytes(page)}\n"})
    return index


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    import jinja2  # only when a page is rendered

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(config.TEMPLATES_DIR),
        autoescape=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    return environment.get_template(TEMPLATE)


def cached_font_face_css(text: str, cache_dir: Path) -> str:
    """:func:`fonts.font_face_css` for ``text``, memoised on disk by its CJK character set."""
    from shangyu_analysis.report import fonts

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
    from markupsafe import Markup

    from shangyu_analysis.build.sanitize import CSP_META
    from shangyu_analysis.report.labels import label
    from shangyu_analysis.schema import LANGS

    labels = status_labels()
    counts = {s: sum(r["status"] == s for r in rows) for s in labels}
    page = {
        "title": title,
        "articles": _articles([_view(row, reports_dir) for row in rows]),
        "count": len(rows),
        "summary": ", ".join(f"{n} {labels[s]}" for s, n in counts.items() if n),
        "lock_sha256": cache.lock_sha256(),
        "draft_mark": " / ".join(label("report_header.draft", lang) for lang in LANGS),
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
        "status_label": status_labels().get(row["status"], row["status"]),
        "failed_href": _href(row.get("failed_notebook"), reports_dir),
        "notebook": row["notebook"],
        "message": row.get("message") or "",
        "article_title": row.get("article_title") or "",
        "article": row["article"],
        "articles": _row_articles(row),
        "lang": row["lang"],
        "parameters": [(str(k), repr(v) if isinstance(v, str) else str(v)) for k, v in row["parameters"].items()],
        "duration": "" if row.get("duration_s") is None else f"{row['duration_s']:.1f} s",
    }


def _articles(views: list[dict]) -> list[dict]:
    """The runs grouped by article (in the order first met), each with its reports: one row per
    notebook and scenario, the read-first one first, zh and en side by side."""
    groups: dict[str, dict] = {}
    for view in views:
        article = groups.get(view["article"])
        if article is None:
            meta = _grid_meta(view["articles"]) if view["article"] == GRID_FOLDER else _article_meta(view["article"])
            article = groups[view["article"]] = {**meta, "path": view["article"], "reports": {}, "runs": []}
            article["title"] = article["title"] or view["article_title"] or Path(view["article"]).stem
        article["runs"].append(view)
        report = article["reports"].setdefault(
            (not view["read_first"], view["notebook"], view["scenario"]),
            {"title": view["title"], "scenario": view["scenario"]},
        )
        report[view["lang"]] = view
    for article in groups.values():
        article["reports"] = [article["reports"][key] for key in sorted(article["reports"])]
    return list(groups.values())


def _article_meta(article: str) -> dict:
    """What the index says of an article: its sidecar's title, place, date and publisher, and its sha256."""
    path = Path(article) if Path(article).is_absolute() else config.PROJECT_ROOT / article
    try:
        meta = read_sidecar(path)
    except UserError:  # a broken sidecar fails the runs that read it; the index still lists them
        meta = {}
    return {
        "title": str(meta.get("title") or ""),
        "place": str(meta.get("place") or ""),
        "date": str(meta.get("date") or ""),
        "publisher": str(meta.get("publisher") or ""),
        "sha256": _article_sha256(article),
        "draft": articles.is_draft(path),
    }


def _grid_meta(listed: list[str]) -> dict:
    """What the index says of the reports over every article: the places they are about, which are drafts."""
    from shangyu_analysis.report.labels import label  # the report layer: only when a page is rendered

    metas = [_article_meta(article) for article in listed]
    return {
        "title": f"{label('report_header.all_articles', 'zh')} {label('report_header.all_articles', 'en')}",
        "place": "; ".join(dict.fromkeys(m["place"] for m in metas if m["place"])),
        "date": "",
        "publisher": "",
        "sha256": ", ".join(m["sha256"] for m in metas),
        "draft": any(m["draft"] for m in metas),
    }


def _article_sha256(article: str) -> str:
    path = Path(article) if Path(article).is_absolute() else config.PROJECT_ROOT / article
    return sha256_file(path) if path.is_file() else "unknown"


def _href(target: str | os.PathLike | None, reports_dir: Path) -> str | None:
    if not target:
        return None
    return quote(Path(os.path.relpath(target, reports_dir)).as_posix(), safe="/@=,")  # a scenario stays readable
