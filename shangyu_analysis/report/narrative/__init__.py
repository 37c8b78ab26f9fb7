"""The narrative report: the article's story in zh or en, every number cited to its sentence or formula.

The public face (what the views and notebooks use): :func:`render_report` (the style block and every
section), :func:`render_section` (one section, with the same citation numbers), :data:`SECTION_IDS`
(the sections in report order) and :func:`style_html`. Sentences are templates in :mod:`.en` and
:mod:`.zh`; words come from ``report/labels.py``; HTML from ``report/templates/narrative/``.
"""

from shangyu_analysis.report.narrative.compose import SECTION_IDS, render_report, render_section, style_html

__all__ = ["SECTION_IDS", "render_report", "render_section", "style_html"]
