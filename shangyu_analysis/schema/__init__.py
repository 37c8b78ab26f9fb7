"""The schema layer (lowest): enumerations and table columns declared once (stdlib only: importing
them costs nothing; the pandas validator is :mod:`shangyu_analysis.schema.validate`).

Every other layer speaks this vocabulary: the extractor emits :class:`FigureKind`,
:class:`Qualifier` and :class:`RejectReason` members, the catalog uses :class:`Category`, the
dataset validates its tables against :data:`SCHEMAS`, and the report labels every member.
"""

from shangyu_analysis.schema.enums import (DERIVED_QUALIFIERS, LANGS, STATED_QUALIFIERS, Category, CheckStatus,
                                           FigureKind, Lang, Qualifier, ReferenceStatus, RejectReason)
from shangyu_analysis.schema.tables import (CHECKS, DERIVED, FIGURES, INDICATORS, NONFIGURES, REFERENCE, SCHEMAS,
                                            Column, column_names)

ENUMERATIONS = (FigureKind, Qualifier, RejectReason, Category, CheckStatus, ReferenceStatus, Lang)

__all__ = [
    "CHECKS", "DERIVED", "DERIVED_QUALIFIERS", "ENUMERATIONS", "FIGURES", "INDICATORS", "LANGS", "NONFIGURES",
    "REFERENCE", "SCHEMAS", "STATED_QUALIFIERS", "Category", "CheckStatus", "Column", "FigureKind", "Lang", "Qualifier",
    "ReferenceStatus", "RejectReason", "column_names",
]
