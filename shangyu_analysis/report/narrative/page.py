"""The narrative report as one standalone, offline HTML page (no notebook needed).

``narrative_page(dataset, lang)`` wraps :func:`shangyu_analysis.report.narrative.compose.render_report` in a page with
the CJK font subset embedded, so Chinese shows on a machine without CJK fonts; ``write_narrative``
builds the dataset and writes the page atomically (temporary file, then rename). This is what a
``shangyu-analysis narrative`` command would call.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from shangyu_analysis import config

from shangyu_analysis.report import fonts
from shangyu_analysis.errors import UserError
from shangyu_analysis.report.narrative.compose import render_report
from shangyu_analysis.report.narrative.data import esc

_PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
{font_face}
body{{font-family:"{family} Embedded","{family}","Noto Sans","Helvetica Neue",Arial,sans-serif;max-width:60em;margin:2em auto;
padding:0 1em;line-height:1.55;color:#222}}
h1{{font-size:1.6em}}
</style>
</head>
<body>
<h1>{title}</h1>
{body}
</body>
</html>
"""


def narrative_page(dataset, lang: str) -> str:
    """A complete HTML page of the narrative report in ``lang`` (``"zh"`` or ``"en"``)."""
    body = render_report(dataset, lang)
    article = getattr(dataset, "article", None)
    title = str(getattr(article, "title", "") or "")
    title = title if lang == "zh" or not title else f"Development path: {title}"
    # fonts.font_face_css names the embedded subset "<FAMILY> Embedded"; it must come first in the stack.
    page = _PAGE.format(lang=lang, title=esc(title or "Report"), body=body, family=fonts.FAMILY,
                        font_face="{font_face}")
    return page.replace("{font_face}", fonts.font_face_css(page), 1)


def write_narrative(article: str | Path | None = None, lang: str = "en", out: str | Path | None = None) -> Path:
    """Build the dataset of ``article`` (default: the seed) and write its narrative page.

    Parameters
    ----------
    article : str or Path, optional
        The raw article; relative paths are taken from the project root.
    lang : str
        ``"zh"`` or ``"en"``.
    out : str or Path, optional
        Output file; default ``reports/<article-stem>/<lang>/narrative.html``.

    Returns
    -------
    Path
        The written file.

    Raises
    ------
    UserError
        For an unknown language and for any problem with the article or the catalog.
    """
    from shangyu_analysis.dataset.dataset import load_dataset, resolve_article_path

    if lang not in ("zh", "en"):
        raise UserError(None, f"unknown language {lang!r}; expected zh or en")
    dataset = load_dataset(article)
    stem = resolve_article_path(article).stem
    target = Path(out) if out is not None else config.REPORTS_DIR / stem / lang / "narrative.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    page = narrative_page(dataset, lang)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(page)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
