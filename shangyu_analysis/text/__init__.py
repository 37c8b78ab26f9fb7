"""Stage 1, text: read and decode a file, normalise it for matching, parse its layout into an
:class:`Article`, resolve periods (今年 → 2021) and read numerals (两千三百 → 2300)."""

from shangyu_analysis.text.article import LAYOUTS, load_article, parse_text
from shangyu_analysis.text.model import Article, Paragraph, Section
from shangyu_analysis.text.normalise import fold_width, to_simplified
from shangyu_analysis.text.periods import resolve_period
from shangyu_analysis.text.reading import MAX_ARTICLE_BYTES, read_text_file

__all__ = [
    "LAYOUTS",
    "MAX_ARTICLE_BYTES",
    "Article",
    "Paragraph",
    "Section",
    "fold_width",
    "load_article",
    "parse_text",
    "read_text_file",
    "resolve_period",
    "to_simplified",
]
