"""``reports/index.html``: every report of the grid with its parameters, status, duration and link.

Plain string building (no jinja2, no nbconvert) and a font subset cached by character set, so
that rewriting the index after a build with nothing to do costs milliseconds.
"""

from __future__ import annotations

import hashlib
import html
import os
from pathlib import Path
from urllib.parse import quote

from shangyu_analysis import config

from shangyu_analysis.report import fonts

from shangyu_analysis.build import cache

STATUS_LABELS = {"ok": "ok", "cached": "cached", "failed": "failed", "skipped": "not built"}
_STYLE = """
body { font-family: 'Noto Sans SC Embedded', system-ui, -apple-system, 'Segoe UI', helvetica, arial,
  sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1f2328; }
h1 { font-size: 1.6rem; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border-bottom: 1px solid #d0d7de; padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font-family: 'Noto Sans SC Embedded', menlo, consolas, 'DejaVu Sans Mono', monospace; font-size: 13px; }
.status-ok, .status-cached { color: #1a7f37; }
.status-failed { color: #cf222e; font-weight: 600; }
.status-skipped { color: #9a6700; }
.message { color: #cf222e; font-size: 12px; }
"""


def cached_font_face_css(text: str, cache_dir: Path) -> str:
    """:func:`fonts.font_face_css` for ``text``, memoised on disk by its CJK character set."""
    characters = "".join(sorted({c for c in text if fonts.is_cjk(c)}))
    if not characters:
        return ""
    name = hashlib.sha256(f"{fonts.font_path().name}\0{characters}".encode()).hexdigest()[:32]
    path = cache_dir / f"font-{name}.css"
    css = cache.read_text_or_none(path)
    if css is None:
        css = fonts.font_face_css(characters)
        cache.write_text_atomic(path, css)
    return css


def render_index(rows: list[dict], reports_dir: Path, *, title: str = "上虞分析报告 Shangyu analysis reports") -> str:
    """The index page for ``rows`` (one per run, see :class:`shangyu_analysis.build.run.RunResult`).

    Each row needs run_id, notebook, notebook_title, article, article_title, lang, parameters,
    status, duration_s, message and html (path or None) / failed_notebook (path or None).
    """
    lines = []
    for row in rows:
        link = _link(row.get("html"), reports_dir, row.get("notebook_title") or row["notebook"])
        if row["status"] == "failed" and row.get("html"):
            link += " <small>(previous good report)</small>"
        if row.get("failed_notebook"):
            link += " " + _link(row["failed_notebook"], reports_dir, "failed notebook")
        parameters = "<br>".join(
            f"<code>{html.escape(str(k))}={html.escape(repr(v) if isinstance(v, str) else str(v))}</code>"
            for k, v in row["parameters"].items()
        )
        duration = "" if row.get("duration_s") is None else f"{row['duration_s']:.1f} s"
        digest = _article_sha256(row["article"])
        message = f'<div class="message">{html.escape(row["message"])}</div>' if row.get("message") else ""
        lines.append(
            "<tr>"
            f"<td>{link}<br><code>{html.escape(row['notebook'])}</code>{message}</td>"
            f"<td>{html.escape(row.get('article_title') or '')}<br><code>{html.escape(row['article'])}</code>"
            f'<br><small title="{digest}">sha256 {digest[:16]}…</small></td>'
            f"<td>{html.escape(row['lang'])}</td>"
            f"<td>{parameters}</td>"
            f'<td class="status-{row["status"]}">{STATUS_LABELS.get(row["status"], row["status"])}</td>'
            f'<td class="num">{duration}</td>'
            "</tr>"
        )
    counts = {s: sum(r["status"] == s for r in rows) for s in STATUS_LABELS}
    summary = ", ".join(f"{n} {STATUS_LABELS[s]}" for s, n in counts.items() if n)
    body = (
        f"<h1>{html.escape(title)}</h1>\n<p>{len(rows)} reports: {html.escape(summary)}. "
        "Duration is the time the report took to build; cached reports were not rebuilt.</p>\n"
        f"<p>Environment: <code>requirements.lock</code> sha256 <code>{cache.lock_sha256()}</code></p>\n"
        "<table>\n<thead><tr><th>Report</th><th>Article</th><th>Language</th><th>Parameters</th>"
        "<th>Status</th><th>Duration</th></tr></thead>\n<tbody>\n" + "\n".join(lines) + "\n</tbody>\n</table>\n"
    )
    css = cached_font_face_css(title + body, reports_dir / ".cache")
    return (
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
        f"<title>{html.escape(title)}</title>\n<style>\n{css}{_STYLE}</style>\n</head>\n<body>\n"
        f"{body}</body>\n</html>\n"
    )


def _article_sha256(article: str) -> str:
    path = Path(article) if Path(article).is_absolute() else config.PROJECT_ROOT / article
    return cache.sha256_file(path) if path.is_file() else "unknown"


def _link(target: str | os.PathLike | None, reports_dir: Path, text: str) -> str:
    if not target:
        return html.escape(text)
    relative = quote(Path(os.path.relpath(target, reports_dir)).as_posix())
    return f'<a href="{html.escape(relative)}">{html.escape(text)}</a>'
