"""The published tables' columns, declared once: name, dtype kind, description, allowed values.

The extractor builds its rows from :data:`FIGURES`, the dataset validates every table against these
declarations (:mod:`shangyu_analysis.schema.validate`) and the data dictionary
(``data/processed/README.md``) is generated from them, so a column cannot be published without a
description. Allowed values come from the enumerations in :mod:`shangyu_analysis.schema.enums`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, cast

from shangyu_analysis.schema.enums import (
    Category,
    CheckStatus,
    DerivedBasis,
    FactCheck,
    FactReason,
    FactVerdict,
    FigureKind,
    PeriodBasis,
    RejectReason,
    ScopeBasis,
)
from shangyu_analysis.schema.qualifiers import DERIVED_QUALIFIERS, STATED_QUALIFIERS

if TYPE_CHECKING:
    import pandas as pd  # annotations only: the schema layer runs on the stdlib


@dataclass(frozen=True)
class Column:
    """One column of a published table.

    Parameters
    ----------
    name : str
        Column name (ends in its unit when the column holds one unit).
    kind : str
        One of ``str``, ``int``, ``float``, ``bool``.
    description : str
        One English sentence for the data dictionary.
    allowed : tuple of str, optional
        The only values the column may hold (missing values aside).
    nullable : bool
        Whether missing values are allowed.
    """

    name: str
    kind: str
    description: str
    allowed: tuple[str, ...] | None = None
    nullable: bool = False


def _c(
    name: str, kind: str, description: str, allowed: tuple[str, ...] | None = None, nullable: bool = False
) -> Column:
    return Column(name, kind, description, allowed, nullable)


_SPAN = (
    _c("start", "int", "Offset of the figure's first character in the article text (0-based code points)."),
    _c("end", "int", "Offset just past the figure's last character (end exclusive)."),
    _c("surface", "str", "The figure exactly as written in the article (number plus unit or measure word)."),
    _c("sentence", "str", "The sentence of the article the figure appears in."),
    _c(
        "paragraph",
        "int",
        "1-based number of the body paragraph holding the figure (line number for plain text); empty when unknown.",
        nullable=True,
    ),
    _c(
        "section",
        "str",
        "Heading of the article section holding the figure (empty before the first heading).",
        nullable=True,
    ),
)

# The figure table, as ``extract_figures`` returns it and ``figures.csv`` publishes it.
FIGURES = (
    _c("figure_id", "str", "Identifier in text order: F001, F002, … (rejected numerals: N001, …)."),
    _c("start", "int", "Offset (code points) of the figure in the article text."),
    _c("end", "int", "Offset just after the figure (exclusive)."),
    _c("surface", "str", "The figure as written: number plus unit, qualifier words excluded."),
    _c("value", "float", "Number in the stated unit (1.8万亿元 -> 1.8); low end of a range."),
    _c("value_high", "float", "High end of a range (6~8万元 -> 8), else missing.", nullable=True),
    _c("unit", "str", "Stated unit in simplified script, scale included (亿元, 万家, %, rank)."),
    _c("scale", "float", "Factor of the scale word in the unit (万 1e4, 亿 1e8, 万亿 1e12, else 1).", nullable=True),
    _c("base_value", "float", "Value converted to base_unit (value x scale x unit factor).", nullable=True),
    _c("base_unit", "str", "Base unit: 元, 美元, %, pp, m², count, rank, ratio, times, year…", nullable=True),
    _c("qualifier", "str", "exact, approx, more_than, at_least, at_most or range.", STATED_QUALIFIERS),
    _c(
        "kind",
        "str",
        "money, percent, percentage_point, count, area, rank, ratio, multiple, index, duration or other.",
        FigureKind.values(),
        nullable=True,
    ),
    _c("subject", "str", "Phrase the figure measures (heuristic), e.g. 财政总收入.", nullable=True),
    _c(
        "place",
        "str",
        "Where the figure is about: the short name of the unit (上虞, 绍兴, 浙江, 全国; "
        "data/gazetteer.csv) or zone the text names or inherits (sentence, paragraph, the text's main place); "
        "several joined by 、 when the figure relates them; - when it describes no single place (8个县).",
    ),
    _c(
        "measure",
        "str",
        "What the figure measures: a term of data/measures.yml (地区生产总值, 排名…; synonyms such "
        "as 生产总值 and GDP mapped to it), else 其他:<the subject's own words>.",
    ),
    _c(
        "period",
        "str",
        "When: 2021, 2021H1, 2021Q1, 2021Q1-Q3, 2021M5, 2021M1-M5, 2022-02-13, 2016-2020, a "
        "comparison 2020/2015, as_of_publication, or - when nothing places it in time (FACTS.md shapes).",
    ),
    _c(
        "period_basis",
        "str",
        "How the period is known: stated (in the figure's sentence), inferred (the "
        "paragraph, the year in force, the text's date) or unknown (period -).",
        PeriodBasis.values(),
    ),
    _c(
        "period_evidence",
        "str",
        "The words the period rests on (2020年, 上半年, 比2015年, 十三五); empty when "
        "it is inferred from the year in force.",
        nullable=True,
    ),
    _c("sentence", "str", "The sentence that contains the figure."),
    _c("paragraph", "int", "1-based paragraph number (line number for plain text), or missing.", nullable=True),
    _c("section", "str", "Heading of the section the figure is in, or missing.", nullable=True),
)
# Two more columns when rejected numerals are listed too (``extract_figures(include_nonfigures=True)``).


class FigureRecord(Protocol):
    """One row of the figure table as its readers see it (``figures.itertuples()``), for the type checker:
    pandas-stubs types a row's fields as any scalar. Kinds as in :data:`FIGURES`; a nullable int is read as float
    (NaN when missing), a missing str is NaN too, which readers test (``pd.isna``) or turn into text (``str``)."""

    figure_id: str
    start: int
    end: int
    surface: str
    value: float
    value_high: float
    unit: str
    scale: float
    base_value: float
    base_unit: str
    qualifier: str
    kind: str
    subject: str
    place: str
    measure: str
    period: str
    period_basis: str
    period_evidence: str
    sentence: str
    paragraph: float
    section: str


def figure_records(figures: pd.DataFrame) -> Iterator[FigureRecord]:
    """The rows of a figure table (``itertuples(index=False)``), typed as :class:`FigureRecord`."""
    return cast("Iterator[FigureRecord]", figures.itertuples(index=False))


NONFIGURES = (
    _c("is_figure", "bool", "False for a rejected numeral (only with include_nonfigures)."),
    _c(
        "reason",
        "str",
        "Why a numeral is not a figure: date, ordinal, label, idiom…",
        RejectReason.values(),
        nullable=True,
    ),
)

INDICATORS = (
    _c("indicator_id", "str", "Stable snake_case identifier ending in the unit (retail_sales_yi_yuan)."),
    _c("name_zh", "str", "Indicator name in Chinese."),
    _c("name_en", "str", "Indicator name in English."),
    _c("description_en", "str", "What is measured, in plain English with the Chinese term."),
    _c("category", "str", "Thematic category of the indicator.", Category.values()),
    _c(
        "place",
        "str",
        "Where the figure is about, by its short name (上虞, 绍兴, 全国; several joined by 、; - for no "
        "single place): the catalog's `place` when it gives one, else the figure's facts.",
        nullable=True,
    ),
    _c(
        "measure",
        "str",
        "What the figure measures: a term of the measure vocabulary (data/measures.yml) or "
        "其他:<name>; the catalog's `measure` when it gives one, else the figure's facts.",
        nullable=True,
    ),
    _c(
        "kind",
        "str",
        "What kind of quantity the figure is, from its unit (money, percent, count…).",
        FigureKind.values(),
    ),
    _c("value", "float", "The indicator's value in its unit; low end for a range."),
    _c("value_high", "float", "High end of a range; empty otherwise.", nullable=True),
    _c("unit", "str", "Unit as written in the article (亿元, %, 家, rank, ratio…)."),
    _c("short_unit", "str", "Compact English unit label for tables and charts (CNY 100m, %, firms…)."),
    _c(
        "qualifier",
        "str",
        "exact, approx, more_than, at_least, at_most or range, as the text states it.",
        STATED_QUALIFIERS,
    ),
    _c(
        "period",
        "str",
        "Period the value refers to (2020, 2016–2020, a plan's target period); empty when period_basis is unknown.",
        nullable=True,
    ),
    _c(
        "period_basis",
        "str",
        "How the period is known: stated (the page says it), inferred (from context, "
        "reason in period_note) or unknown.",
        PeriodBasis.values(),
    ),
    _c(
        "period_evidence",
        "str",
        "For a stated period, the page's words that state it (2020年, 十三五, 目前, 去年以来), "
        "found in the figure's sentence or earlier in its paragraph; else empty.",
        nullable=True,
    ),
    _c(
        "period_note",
        "str",
        "Why an inferred period is inferred, or what the page leaves open, in English.",
        nullable=True,
    ),
    _c("period_note_zh", "str", "The same note in Chinese.", nullable=True),
    _c("scope_zh", "str", "The entity the figure belongs to, in Chinese (某区, 某区的一家研究院…).", nullable=True),
    _c("scope_en", "str", "The same entity in English.", nullable=True),
    _c(
        "scope_basis",
        "str",
        "How the scope is known: stated, inferred or unclear (the sentence is about another "
        "entity or leaves its subject open).",
        ScopeBasis.values(),
        nullable=True,
    ),
    _c("scope_evidence", "str", "The page's words the scope rests on, found in the figure's sentence.", nullable=True),
    _c("precision", "int", "Number of decimals to display."),
    _c("figure_id", "str", "The extracted figure this indicator comes from (see figures.csv)."),
    *_SPAN,
    _c("curated", "bool", "True when the row comes from the curated catalog, false when generated automatically."),
)

DERIVED = (
    _c("derived_id", "str", "Stable snake_case identifier of the derived indicator, ending in its unit."),
    _c("name_zh", "str", "Derived indicator name in Chinese."),
    _c("name_en", "str", "Derived indicator name in English."),
    _c("value", "float", "The computed value (a bound when the qualifier is one)."),
    _c("unit", "str", "Unit of the value (亿元, %, ratio…)."),
    _c("short_unit", "str", "Compact English unit label."),
    _c(
        "qualifier",
        "str",
        "Qualifier propagated from the inputs: approximate in gives approximate out; a bound keeps its direction through the formula, and a bound with an approximate input is an approximate bound (approx_at_least, approx_at_most).",
        DERIVED_QUALIFIERS,
    ),
    _c(
        "basis",
        "str",
        "arithmetic (no assumption beyond what the page says) or implied (rests on the stated assumptions: a conditional value, not a published one).",
        DerivedBasis.values(),
    ),
    _c("precision", "int", "Number of decimals to display."),
    _c("formula", "str", "The formula, written with indicator ids."),
    _c("formula_zh", "str", "The formula as mathematics with the indicators' Chinese names (×, ÷, −; roots in words)."),
    _c("formula_en", "str", "The formula as mathematics with the indicators' English names."),
    _c("inputs", "str", "The indicator ids the formula reads, in the order it first reads them, joined with ';'."),
    _c(
        "assumes",
        "str",
        "The assumptions as enumerated ids (schema.Assumption), joined with ';'; empty for arithmetic that assumes nothing beyond the page.",
        nullable=True,
    ),
    _c("assumptions", "str", "The assumptions the computation makes, in English."),
    _c("assumptions_zh", "str", "The same assumptions in Chinese."),
)

CHECKS = (
    _c("check_id", "str", "Stable identifier of the consistency check."),
    _c("description", "str", "What the check verifies, in English (in Chinese: description_zh in the catalog)."),
    _c("status", "str", "pass, fail, or skip when an input is missing.", CheckStatus.values()),
    _c("expression", "str", "The check as the catalog writes it, with indicator ids (a comparison)."),
    _c("arithmetic", "str", "The expression with the values put in (empty when an input is missing).", nullable=True),
    _c("missing", "str", "The ids of the missing inputs, joined with ', ' (empty when none is).", nullable=True),
    _c(
        "detail",
        "str",
        "The comparison with the actual numbers: '<numbers> is true|false (<expression>)', or 'input missing: <ids>'.",
    ),
)

# Checks and derivations any page gets from its figures' facts, with or without a catalog (indicators/fact_checks.py).
FACT_CHECKS = (
    _c("fact_check_id", "str", "Identifier in order: C001, C002, …"),
    _c(
        "fact_check",
        "str",
        "Which check or derivation (growth_compounding, shares_sum, part_within_total, implied_base_level, implied_growth).",
        FactCheck.values(),
    ),
    _c(
        "figure_ids",
        "str",
        "The figures it uses (figures.csv ids, hence their spans), joined with ';'; for growth_compounding and implied_growth with a stated growth, the last is that growth.",
    ),
    _c("place", "str", "The place all its figures share."),
    _c("measure", "str", "The measure they share (a data/measures.yml term or the text's own words)."),
    _c("period", "str", "The period of the result (a year, a span 2016-2020, a comparison 2020/2015…)."),
    _c("formula", "str", "The formula with figure ids (values in their stated units; growth in %)."),
    _c("formula_zh", "str", "The formula as mathematics, figures named in Chinese."),
    _c("formula_en", "str", "The same in English."),
    _c("arithmetic", "str", "The formula with the numbers put in."),
    _c("result", "float", "The computed value."),
    _c("result_unit", "str", "Unit of the result (%, 亿元…)."),
    _c(
        "result_qualifier",
        "str",
        "Qualifier propagated from the inputs as for derived values (a bound keeps its direction; approximate stays approximate).",
        DERIVED_QUALIFIERS,
    ),
    _c(
        "compared_with",
        "float",
        "The value it is compared with: the page's own figure, or 100 for shares and parts.",
        nullable=True,
    ),
    _c("fact_verdict", "str", "agree, disagree, cannot_tell, or derived (nothing to compare).", FactVerdict.values()),
    _c(
        "fact_reason",
        "str",
        "Why: within or outside the rounding of the stated precision, a bound allows or excludes it, real vs nominal growth, nothing to compare.",
        FactReason.values(),
    ),
)


class IndicatorRecord(Protocol):
    """One row of the indicator table (``itertuples``), typed as :data:`INDICATORS` declares it."""

    indicator_id: str
    name_zh: str
    name_en: str
    description_en: str
    category: str
    place: str
    measure: str
    kind: str
    value: float
    value_high: float
    unit: str
    short_unit: str
    qualifier: str
    period: str
    period_basis: str
    period_evidence: str
    period_note: str
    period_note_zh: str
    scope_zh: str
    scope_en: str
    scope_basis: str
    scope_evidence: str
    precision: int
    figure_id: str
    curated: bool


def indicator_records(frame: pd.DataFrame) -> Iterator[IndicatorRecord]:
    """The rows of an indicator table (``itertuples(index=False)``), typed as :class:`IndicatorRecord`."""
    return cast("Iterator[IndicatorRecord]", frame.itertuples(index=False))


class DerivedRecord(Protocol):
    """One row of the derived-indicator table (``itertuples``), typed as :data:`DERIVED` declares it."""

    derived_id: str
    name_zh: str
    name_en: str
    value: float
    unit: str
    short_unit: str
    qualifier: str
    basis: str
    precision: int
    formula: str
    formula_zh: str
    formula_en: str
    inputs: str
    assumes: str
    assumptions: str
    assumptions_zh: str


def derived_records(frame: pd.DataFrame) -> Iterator[DerivedRecord]:
    """The rows of a derived-indicator table (``itertuples(index=False)``), typed as :class:`DerivedRecord`."""
    return cast("Iterator[DerivedRecord]", frame.itertuples(index=False))


class CheckRecord(Protocol):
    """One row of the consistency-check table (``itertuples``), typed as :data:`CHECKS` declares it."""

    check_id: str
    description: str
    status: str
    expression: str
    arithmetic: str
    missing: str
    detail: str


def check_records(frame: pd.DataFrame) -> Iterator[CheckRecord]:
    """The rows of a consistency-check table (``itertuples(index=False)``), typed as :class:`CheckRecord`."""
    return cast("Iterator[CheckRecord]", frame.itertuples(index=False))


SCHEMAS: dict[str, tuple[Column, ...]] = {
    "figures": FIGURES,
    "indicators": INDICATORS,
    "derived": DERIVED,
    "checks": CHECKS,
    "fact_checks": FACT_CHECKS,
}


def column_names(schema: tuple[Column, ...]) -> list[str]:
    """The schema's column names in order."""
    return [c.name for c in schema]
