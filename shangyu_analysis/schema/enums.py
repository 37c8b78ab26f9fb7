"""Every enumerated value the project publishes, declared once with what it means.

The extractor emits these, the dataset validates against them, and the report labels them
(``report/labels.py`` has a zh and an en label for every member; a test checks both directions).
They are ``StrEnum`` members, so they compare equal to, print as and serialise as their plain
string values (``FigureKind.MONEY == "money"``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class Described(StrEnum):
    """A string enumeration whose members carry a one-sentence English description."""

    description: str

    def __new__(cls, value: str, description: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member

    @classmethod
    def values(cls) -> tuple[str, ...]:
        """The plain string values, in declaration order."""
        return tuple(member.value for member in cls)


class FigureKind(Described):
    """What a figure measures, from its unit."""

    MONEY = "money", "An amount of money (元, 亿元, 美元…)."
    PERCENT = "percent", "A percentage (%, ‰, 成)."
    PERCENTAGE_POINT = "percentage_point", "A difference of percentages (个百分点)."
    COUNT = "count", "A count of things (家, 个, 项, 人…)."
    AREA = "area", "An area (平方米, 公顷, 亩, 平方公里)."
    RANK = "rank", "A position in a ranking (第9位)."
    RATIO = "ratio", "A fraction, a structure ratio or a ratio value (1/3, 3.7:45.4:50.9, 倍差2.37)."
    MULTIPLE = "multiple", "A multiple (1.3倍, 翻一番)."
    INDEX = "index", "An index number (PMI, CPI, 上年=100)."
    DURATION = "duration", "A length of time (年, 个月, 天, 小时)."
    OTHER = "other", "A physical or other unit (吨, 千瓦时, 公里, 标箱…)."


class Qualifier(Described):
    """How exactly a value is stated."""

    EXACT = "exact", "Stated as an exact value."
    APPROX = "approx", "About this value (约, 左右, 近, 多, 余)."
    MORE_THAN = "more_than", "More than this value: a strict lower bound (超, 超过, 突破)."
    LESS_THAN = "less_than", "Less than this value: a strict upper bound (derived values only)."
    AT_LEAST = "at_least", "At least this value (以上, 达到…台阶)."
    AT_MOST = "at_most", "At most this value (以内, 不足, 前三名)."
    RANGE = "range", "A range from value to value_high (6~8万元)."
    APPROX_AT_LEAST = (
        "approx_at_least",
        (
            "About this value or more: a lower bound computed with an approximate "
            "input, so itself approximate (约…以上; derived values only)."
        ),
    )
    APPROX_AT_MOST = (
        "approx_at_most",
        (
            "About this value or less: an upper bound computed with an approximate "
            "input, so itself approximate (约…以下; derived values only)."
        ),
    )


class RejectReason(Described):
    """Why a numeral in the text is not a figure."""

    DATE = "date", "A date or a time of day (2020年, 10月, 23日, 9时30分)."
    PLAN_PERIOD = "plan_period", "A five-year plan period (十三五)."
    RELATIVE_TIME = "relative_time", "A relative time or framing duration (前三季度, 十年来)."
    ORDINAL = "ordinal", "An ordinal of a meeting, batch or edition (第三批, 第十六届)."
    LABEL = "label", "Part of a name, slogan, term or version label (一号工程, 2.0版, 5G, 三次产业)."
    ENUMERATION = "enumeration", "An enumeration marker (一、, 一是)."
    IDIOM = "idiom", "A numeral inside an idiom or ordinary word (一批, 零的突破, 千家万户)."
    FOOTER = "footer", "In the page's metadata footer (ids, dates)."
    BARE_NUMBER = "bare_number", "A number with no unit or measure word."
    DENOMINATOR = "denominator", "The base of a rate or an index (每10万人口, 上年=100)."
    COMPARISON = "comparison", "The compared party of a comparison (高出第二名), not a rank."


class Category(Described):
    """Thematic category of an indicator."""

    ECONOMY = "economy", "Output and growth of the economy."
    FISCAL = "fiscal", "Public revenue and its ranks."
    INCOME = "income", "Household incomes."
    INDUSTRY = "industry", "Industries, firms and their output."
    DIGITAL_ECONOMY = "digital_economy", "The digital economy and digitalisation."
    INVESTMENT = "investment", "Investment and projects."
    INNOVATION = "innovation", "Patents, standards, research and talent."
    BUSINESS_ENVIRONMENT = "business_environment", "Market entities, listings and the business climate."
    URBAN_DEVELOPMENT = "urban_development", "Urban construction, communities and land."
    POLICY = "policy", "Plans, reforms and policy programmes."


class PeriodBasis(Described):
    """How the period an indicator refers to is known."""

    STATED = (
        "stated",
        (
            "The page states it: the words in period_evidence occur in the figure's sentence or "
            "earlier in its paragraph (2020年, “十三五”, 目前, 去年以来)."
        ),
    )
    INFERRED = "inferred", "Read from the context, not stated: period_note gives the reason (presumably 2020)."
    UNKNOWN = "unknown", "The page gives no period and none can be inferred with confidence (no period stated)."


class DerivedBasis(Described):
    """What a derived value rests on."""

    ARITHMETIC = (
        "arithmetic",
        (
            "Arithmetic on figures the page itself relates (其中, 分别, 占, 以上 in one "
            "statement): no assumption enters beyond what the page says."
        ),
    )
    IMPLIED = (
        "implied",
        (
            "An implied value: it rests on assumptions the page does not state (listed in "
            "assumptions), so it is conditional, not a published figure."
        ),
    )


class Assumption(Described):
    """An assumption a derived value rests on beyond what the page says (catalog field ``assumes``)."""

    PRICE_BASIS = "price_basis", "A growth rate is taken to be at current prices (the page does not say)."
    SAME_SAMPLE = "same_sample", "A rate or a count is taken to cover the same firms as the level it is used with."
    SAME_PERIOD = "same_period", "Figures given without a common year are taken to be of the same year."
    INFERRED_PERIOD = "inferred_period", "A year the page does not state is taken as inferred (presumably 2020)."
    MEASURE = "measure", "A measure the page does not name is taken to be the usual one (per-capita disposable income)."
    SAME_AREA = "same_area", "Two figures of a project are taken to cover the same area."


class CheckStatus(Described):
    """Outcome of a consistency check."""

    PASS = "pass", "The check holds."
    FAIL = "fail", "The check does not hold."
    SKIP = "skip", "An input is missing, so the check was not made."


class ReferenceStatus(Described):
    """How a reference statistic is known."""

    OFFICIAL = "official", "Printed by the statistics bureau (a statistical bulletin)."
    SECONDARY = "secondary", "From a non-official page: for cross-checks only, never merged with official values."


class PointOrigin(Described):
    """What a point set beside the reference statistics is (notebook 05's timeline)."""

    OFFICIAL = "official", "A value printed by the statistics bureau (reference table, status official)."
    SECONDARY = "secondary", "A value from a non-official page (reference table, status secondary)."
    ARTICLE = "article", "A value the article states (an indicator; a bound when its qualifier says so)."
    DERIVED = "derived", "A value derived from the article's figures by a named formula (often a bound)."


class GrowthBasis(Described):
    """At which prices a growth rate is."""

    NOMINAL = "nominal", "Computed between two current-price levels, so price changes are included."
    REAL = "real", "At comparable prices, as the source says (按可比价计算): price changes removed."
    UNSTATED = "unstated", "The source gives the rate without saying at which prices."


class CrossCheckVerdict(Described):
    """How an article claim compares with a reference value (rules: dataset/crosscheck.py)."""

    CONSISTENT = (
        "consistent",
        "Compatible under the stated rule (a plausible implied growth, an inequality that holds).",
    )
    INCONSISTENT = "inconsistent", "Incompatible under the stated rule: the arithmetic contradicts the claim."
    NOT_CHECKABLE = "not_checkable", "No reference value can test the claim (no year in reach, another measure)."


class VerdictStrength(Described):
    """How much a cross-check verdict says (crosscheck.strength_of): whether the check could have failed."""

    INFORMATIVE = (
        "informative",
        (
            "The claim's range leaves part of the accepted range out: a reference value "
            "outside what the claim allows would have failed it."
        ),
    )
    NOT_INFORMATIVE = (
        "not_informative",
        (
            "Any plausible value would pass: the claim's range covers the whole "
            "accepted range, or the comparison cannot fail by construction."
        ),
    )
    NONE = "none", "No verdict was made (not checkable)."


class ScopeBasis(Described):
    """How the entity a figure belongs to (its scope) is known."""

    STATED = "stated", "The page names it in the figure's sentence (scope_evidence holds the words)."
    INFERRED = (
        "inferred",
        (
            "Read from the context: the sentence names no other entity and the page is about the "
            "district (scope_evidence holds the words it rests on)."
        ),
    )
    UNCLEAR = (
        "unclear",
        (
            "The sentence is about another entity (a workstation, an institute) or leaves the subject "
            "open: the figure may not be the district's (scope_evidence holds the words)."
        ),
    )


class Caveat(Described):
    """A caveat of the reference statistics that applies to a comparison (data/reference/*.source.yml)."""

    REAL_VS_NOMINAL = (
        "real_vs_nominal",
        (
            "Stated growth rates are real (comparable prices) or of unstated basis, "
            "levels are at current prices: a nominal rate between two levels is not "
            "comparable with them."
        ),
    )
    PRELIMINARY = "preliminary", "Values are preliminary (初步核算) as first published; later revisions are not here."
    POPULATION_BASES = (
        "population_bases",
        (
            "Per-head values depend on the population base (census, 常住 resident, "
            "户籍 registered): bases are not mixed."
        ),
    )
    BOUNDARY_CHANGE = (
        "boundary_change",
        (
            "A possible boundary change of the place (its reference sidecar's "
            "caveat_years): comparisons across it may be affected."
        ),
    )
    FORMER_UNIT = (
        "former_unit",
        (
            "Before a year the reference sidecar names (caveat_years), the place was another "
            "administrative unit (a county-level city before it became a district)."
        ),
    )
    SECONDARY = "secondary", "A secondary value (non-official page): for cross-checks only, never merged."


class FactCheck(Described):
    """A check or derivation any page gets from its figures' facts (indicators/fact_checks.py)."""

    GROWTH_COMPOUNDING = (
        "growth_compounding",
        "Cumulative growth since a base year against the average annual growth of that span.",
    )
    SHARES_SUM = "shares_sum", "Shares of one total: a ratio structure sums to 100, a list of shares to at most 100."
    PART_WITHIN_TOTAL = "part_within_total", "A part (其中) is at most its total: same place, period and unit."
    IMPLIED_BASE_LEVEL = "implied_base_level", "The earlier level implied by a level and its growth: level / (1 + g)^n."
    IMPLIED_GROWTH = "implied_growth", "The growth implied by two levels of one measure and place at two periods."


class FactVerdict(Described):
    """The outcome of a fact check (FactCheck)."""

    AGREE = "agree", "The page's figures agree within the rounding of their stated precision (or a bound allows it)."
    DISAGREE = "disagree", "The figures contradict each other beyond their rounding: the page is inconsistent."
    CANNOT_TELL = "cannot_tell", "The figures differ, but a known reason (real vs nominal growth) may explain it."
    DERIVED = "derived", "A derived value only: the page states nothing to compare it with."


class FactReason(Described):
    """Why a fact check has its verdict."""

    WITHIN_ROUNDING = "within_rounding", "The computed and stated values overlap once each is widened by its rounding."
    OUTSIDE_ROUNDING = "outside_rounding", "The computed and stated values are apart by more than their rounding."
    BOUND_ALLOWS = "bound_allows", "A bound (超, 以上…) leaves room for the stated value: compatible, not confirmed."
    BOUND_EXCLUDES = "bound_excludes", "Even the bound's whole range misses the stated value."
    PRICE_BASIS = (
        "price_basis",
        (
            "The growth may be real (comparable prices) while the levels are at current prices: "
            "a difference is not a contradiction."
        ),
    )
    NO_COUNTERPART = "no_counterpart", "The page states no value of the same place, measure and period to compare."


class Lang(Described):
    """A report language."""

    ZH = "zh", "Chinese (simplified)."
    EN = "en", "English."


LANGS = Lang.values()
