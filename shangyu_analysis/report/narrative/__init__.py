"""The narrative report: the article's story in zh or en, every number cited to its sentence or formula.

The public face (what the views and notebooks use): :func:`render_report` (the style block and every
section), :func:`render_section` (one section, with the same citation numbers), :func:`section_ids` (the
sections in report order: the generic ones around the page's own) and :func:`style_html`. Generic sentences
are templates in :mod:`.en` and :mod:`.zh`; a page's story is data (:mod:`.story`, docs/ARTICLES.md); words
come from ``report/labels.py``; HTML from ``report/templates/narrative/``.
"""

from shangyu_analysis.report.narrative.compose import (
    GENERIC_SECTION_IDS,
    render_report,
    render_section,
    section_ids,
    style_html,
)

__all__ = ["GENERIC_SECTION_IDS", "render_report", "render_section", "section_ids", "style_html"]
