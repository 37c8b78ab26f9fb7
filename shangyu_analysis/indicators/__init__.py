"""Stage 3, indicators: an article's curated catalog (``data/articles/<stem>/catalog.yml``) claims figures as named
indicators; uncurated texts get automatic indicators; derivations and checks run as stated formulas."""

from shangyu_analysis.indicators.automatic import auto_indicators
from shangyu_analysis.indicators.catalog import Catalog, load_catalog
from shangyu_analysis.indicators.curated import curated_indicators
from shangyu_analysis.indicators.derive import derive

__all__ = ["Catalog", "auto_indicators", "curated_indicators", "derive", "load_catalog"]
