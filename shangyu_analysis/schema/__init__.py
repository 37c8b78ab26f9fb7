"""The schema layer (lowest): enumerations and table columns declared once (stdlib only: importing
them costs nothing; the pandas validator is :mod:`shangyu_analysis.schema.validate`).

Every other layer speaks this vocabulary: the extractor emits :class:`FigureKind`,
:class:`Qualifier` and :class:`RejectReason` members, the catalog uses :class:`Category`, the
dataset validates its tables against :data:`SCHEMAS`, and the report labels every member.
"""

from shangyu_analysis.schema.enums import (DERIVED_QUALIFIERS, LANGS, LOWER_BOUNDS, STATED_QUALIFIERS, UPPER_BOUNDS,
                                           Assumption, Category, Caveat, CheckStatus, CrossCheckVerdict, DerivedBasis, FactCheck,
                                           FactReason, FactVerdict, FigureKind,
                                           GrowthBasis, Lang, PeriodBasis, PointOrigin, Qualifier, ReferenceStatus,
                                           RejectReason, ScopeBasis, VerdictStrength)
from shangyu_analysis.schema.context_tables import CROSS_CHECK, REFERENCE, STRUCTURE, TIMELINE
from shangyu_analysis.schema.tables import (CHECKS, DERIVED, FACT_CHECKS, FIGURES, INDICATORS, NONFIGURES, SCHEMAS, Column,
                                            column_names)

ENUMERATIONS = (FigureKind, Qualifier, RejectReason, Category, PeriodBasis, DerivedBasis, Assumption, CheckStatus, ReferenceStatus,
                PointOrigin, GrowthBasis, CrossCheckVerdict, VerdictStrength, ScopeBasis, Caveat, Lang,
                FactCheck, FactVerdict, FactReason)

__all__ = [
    "Assumption", "CHECKS", "CROSS_CHECK", "DERIVED", "DERIVED_QUALIFIERS", "FACT_CHECKS", "FactCheck", "FactReason",
    "FactVerdict", "ENUMERATIONS", "FIGURES", "INDICATORS", "LANGS",
    "LOWER_BOUNDS", "NONFIGURES", "REFERENCE", "SCHEMAS", "STATED_QUALIFIERS", "STRUCTURE", "TIMELINE", "UPPER_BOUNDS",
    "Category", "Caveat", "CheckStatus", "Column", "CrossCheckVerdict", "DerivedBasis", "FigureKind", "GrowthBasis",
    "Lang", "PeriodBasis", "PointOrigin", "Qualifier", "ReferenceStatus", "RejectReason", "ScopeBasis",
    "VerdictStrength", "column_names",
]
