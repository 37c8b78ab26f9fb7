"""Stage 2, extract: every figure of a text (value, unit, qualifier, kind, span, subject, period),
and the scorer that measures the extractor against annotated gold files."""

from shangyu_analysis.extract.evaluate import evaluate_dir, format_evaluation
from shangyu_analysis.extract.figures import FigureRow, extract_figures, iter_figures

__all__ = ["FigureRow", "evaluate_dir", "extract_figures", "format_evaluation", "iter_figures"]
