"""The one table of units for display: how each unit an article writes is named, converted and written.

Keys are the units of the figure and indicator tables, as the article writes them (亿元, 万家, 公顷 …) plus the
extractor's pseudo-units ``rank`` and ``ratio`` and the report's ``quotient`` (a derived ratio such as 1.80).
Each :class:`Unit` holds every form of its unit:

- ``kind``: the :class:`~shangyu_analysis.schema.FigureKind` the unit means (亿元 money, 家 count);
- ``english`` (:class:`EnglishForm`): the sentence form of English text and tables; ``factor`` turns the
  article's number into the English one (亿元 → billion: × 0.1; 万家 → units: × 10,000);
- ``chart`` (:class:`ChartForm`, per language): the compact form of chart axes and bar labels (``15.67 bn``,
  ``529k m²``). zh keeps the article's units (a counter's axis says 数量(家)); en converts to units an English
  reader knows;
- ``name_en``: the compact English label of an indicator's name and its ``short_unit`` column. It keeps the
  article's unit, **unconverted** (亿元 → ``CNY 100m``, not ``CNY billion``): a name and its table stand beside
  the article's number (156.72), which a chart converts (15.67 bn) but a table of the article's figures does not;
- ``slug``: the unit an indicator id ends in (``…_yi_yuan``, ``…_pct``); ``aliases``: the ASCII spellings a caller
  may pass instead of the unit (``yi_yuan`` → 亿元).

Why here: both :mod:`shangyu_analysis.indicators` (names, ids, ``short_unit``) and :mod:`shangyu_analysis.report`
(text, tables, charts) read it, and the schema layer is below both; a Python table (stdlib only, like the rest
of the schema) is typed and checked by mypy and costs no loader. The words of a label (位次, 数量(家)) are written
here once per unit; the report's i18n words stay in ``report/labels.py``. The extractor's reading vocabulary
(which strings are units, their scale and base) is :mod:`shangyu_analysis.text.numerals`, not this table.

A unit not in the table: :func:`unit_forms` returns None and each caller falls back as it always did (the
sentence form keeps the unit in brackets, a chart shows it as written, a name uses it as its label, an id ends in
``wan_`` + the rest's slug or in the figure's kind).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class EnglishForm:
    """How a unit is written in an English sentence: ``prefix`` + number × ``factor`` + ``suffix``.

    ``show_original`` adds the Chinese figure in parentheses (where the conversion changed the number);
    ``label`` names the unit in a table header.
    """

    factor: float = 1.0
    prefix: str = ""
    suffix: str = ""
    show_original: bool = False
    label: str = ""


@dataclass(frozen=True)
class ChartForm:
    """How a chart shows a unit: multiply by ``factor``, shift the decimals, ``label`` the axis, ``suffix`` a bar."""

    factor: float
    decimals_shift: int
    label: str
    suffix: str  # written right after a number in a bar label ("" when the axis says it)


@dataclass(frozen=True)
class Unit:
    """Every form of one unit (see the module docstring)."""

    kind: str
    english: EnglishForm
    chart: Mapping[str, ChartForm]  # per language: "zh", "en"
    name_en: str
    slug: str
    aliases: tuple[str, ...] = ()
    english_small: EnglishForm | None = None  # the sentence form of a value under 10 (0.8亿元 → CNY 80 million)
    counter: bool = False  # a measure word (家, 项): in English the noun comes from the sentence

    def english_for(self, value: float) -> EnglishForm:
        """The sentence form of ``value`` (a small sum reads better in millions than as ``0.8 billion``)."""
        return self.english_small if self.english_small is not None and abs(value) < 10 else self.english


def _zh(unit: str, label: str | None = None) -> ChartForm:
    """zh charts keep the article's unit: the axis says it (or ``label``), a bar carries it."""
    return ChartForm(1, 0, label or unit, unit)


def _en_converted(english: EnglishForm) -> ChartForm:
    """An en chart form from the sentence form: the same factor and words (万吨 → tonnes, ``529,000 tonnes``)."""
    return ChartForm(english.factor, -round(math.log10(english.factor)), english.label, english.suffix)


PLAIN_RATIO = "quotient"  # pseudo-unit of a derived ratio such as 1.80 (urban/rural income)
_E, _C = EnglishForm, ChartForm  # short names for the rows of the table

# unit -> (kind, English sentence form, en chart form (None: the sentence form's factor and words), name, slug)
# fmt: off
_DECLARED: dict[str, tuple[str, EnglishForm, ChartForm | None, str, str]] = {
    "亿元": ("money", _E(0.1, "CNY ", " billion", True, "CNY billion"), _C(0.1, 1, "CNY billion", " bn"), "CNY 100m", "yi_yuan"),
    "万亿元": ("money", _E(1.0, "CNY ", " trillion", True, "CNY trillion"), _C(1, 0, "CNY trillion", " tn"), "CNY trillion", "wan_yi_yuan"),
    "万元": ("money", _E(10_000.0, "CNY ", "", True, "CNY"), _C(0.01, 2, "CNY million", " m"), "CNY 10k", "wan_yuan"),
    "元": ("money", _E(1.0, "CNY ", "", False, "CNY"), _C(1, 0, "CNY", ""), "CNY", "yuan"),
    "亿美元": ("money", _E(0.1, "USD ", " billion", True, "USD billion"), _C(0.1, 1, "USD billion", " bn"), "USD 100m", "yi_usd"),
    "万美元": ("money", _E(10_000.0, "USD ", "", True, "USD"), _C(0.01, 2, "USD million", " m"), "USD 10k", "wan_usd"),
    "美元": ("money", _E(1.0, "USD ", "", False, "USD"), _C(1, 0, "USD", ""), "USD", "usd"),
    "%": ("percent", _E(1.0, "", "%", False, "%"), _C(1, 0, "%", "%"), "%", "pct"),
    "‰": ("percent", _E(1.0, "", "‰", False, "‰"), _C(1, 0, "‰", "‰"), "‰", "permille"),
    "成": ("percent", _E(10.0, "", "%", True, "%"), _C(10, -1, "%", "%"), "tenths", "tenths"),
    "个百分点": ("percentage_point", _E(1.0, "", " percentage points", False, "percentage points"), _C(1, 0, "percentage points", " pp"), "pp", "pp"),
    "公顷": ("area", _E(1.0, "", " hectares", False, "hectares"), _C(1, 0, "hectares", " ha"), "ha", "hectare"),
    "平方米": ("area", _E(1.0, "", " m²", False, "m²"), _C(1, 0, "m²", " m²"), "m²", "m2"),
    "万平方米": ("area", _E(10_000.0, "", " m²", True, "m²"), _C(10, -1, "thousand m²", "k m²"), "10k m²", "wan_m2"),
    "平方公里": ("area", _E(1.0, "", " km²", False, "km²"), None, "km²", "km2"),
    "亩": ("area", _E(1.0, "", " mu", False, "mu (1/15 ha)"), _C(1, 0, "mu", " mu"), "mu", "mu"),
    "万亩": ("area", _E(10_000.0, "", " mu", True, "mu (1/15 ha)"), _C(10, -1, "thousand mu", "k mu"), "10k mu", "wan_mu"),
    "倍": ("multiple", _E(1.0, "", " times", False, "times"), _C(1, 0, "times", "×"), "×", "multiple"),
    "年": ("duration", _E(1.0, "", " years", False, "years"), None, "years", "years"),
    "个工作日": ("duration", _E(1.0, "", " working days", False, "working days"), None, "working days", "working_days"),
    "个月": ("duration", _E(1.0, "", " months", False, "months"), None, "months", "months"),
    "小时": ("duration", _E(1.0, "", " hours", False, "hours"), None, "hours", "hours"),
    "天": ("duration", _E(1.0, "", " days", False, "days"), _C(1, 0, "days", " days"), "days", "days"),
    "吨": ("other", _E(1.0, "", " tonnes", False, "tonnes"), None, "tonnes", "tonnes"),
    "万吨": ("other", _E(10_000.0, "", " tonnes", True, "tonnes"), _C(10, -1, "thousand tonnes", "k tonnes"), "10k tonnes", "wan_tonnes"),
    "公里": ("other", _E(1.0, "", " km", False, "km"), None, "km", "km"),
    "岁": ("other", _E(1.0, "", " years", False, "years of age"), None, "years of age", "age"),
    "万千瓦": ("other", _E(10.0, "", " MW", True, "MW"), None, "10k kW", "wan_kw"),
    "千瓦": ("other", _E(1.0, "", " kW", False, "kW"), None, "kW", "kw"),
    "亿度": ("other", _E(0.1, "", " TWh", True, "TWh"), None, "100m kWh", "yi_kwh"),
    "亿千瓦时": ("other", _E(0.1, "", " TWh", True, "TWh"), None, "100m kWh", "yi_kwh"),
    "万千瓦时": ("other", _E(0.01, "", " GWh", True, "GWh"), None, "10k kWh", "wan_kwh"),
    "吨标准煤": ("other", _E(1.0, "", " tonnes of coal equivalent", False, "tce"), _C(1, 0, "tce", " tce"), "tce", "tce"),
    "万吨标准煤": ("other", _E(10_000.0, "", " tonnes of coal equivalent", True, "tce"), _C(10, -1, "thousand tce", "k tce"), "10k tce", "wan_tce"),
    "标准箱": ("other", _E(1.0, "", " TEU", False, "TEU"), None, "TEU", "teu"),
    "万标箱": ("other", _E(10_000.0, "", " TEU", True, "TEU"), _C(10, -1, "thousand TEU", "k TEU"), "10k TEU", "wan_teu"),
    "米": ("other", _E(1.0, "", " m", False, "m"), None, "m", "m"),
    "毫米": ("other", _E(1.0, "", " mm", False, "mm"), None, "mm", "mm"),
    "厘米": ("other", _E(1.0, "", " cm", False, "cm"), None, "cm", "cm"),
    "℃": ("other", _E(1.0, "", " °C", False, "°C"), None, "°C", "celsius"),
    # a chart card has no axis: the unit goes with the number (4300万人次 → 43.00 m visits, same digits)
    "万人次": ("count", _E(10_000.0, "", " visits", True, "visits"), _C(0.01, 2, "million visits", " m visits"), "10k visits", "wan_people"),
    "人次": ("count", _E(1.0, "", " visits", False, "visits"), _C(1, 0, "visits", " visits"), "visits", "people"),
    # The extractor's pseudo-units: a rank is written as an ordinal (第9位 / 9th, report/format.py), a ratio as a
    # fraction or a share (0.25 → 1/4, 25%). Their sentence form only labels them (the base unit of side by side).
    "rank": ("rank", _E(1.0, "", "", False, "rank"), _C(1, 0, "rank", ""), "rank", "rank"),
    "ratio": ("ratio", _E(1.0, "", "", False, "ratio"), _C(100, -2, "%", "%"), "share", "ratio"),
    # the report's derived ratio (urban/rural income 1.80): a plain number, no unit
    PLAIN_RATIO: ("ratio", _E(1.0, "", "", False, "quotient"), _C(1, 0, "ratio", ""), "ratio", "ratio"),
}
# fmt: on
# zh axes that are words, not the unit as written
_ZH_CHART = {
    "%": _C(1, 0, "%", "%"),
    "ratio": _C(100, -2, "%", "%"),
    "rank": _C(1, 0, "位次", ""),
    PLAIN_RATIO: _C(1, 0, "比值", ""),
}
_ALIASES = {
    "亿元": ("yi_yuan",),
    "万元": ("wan_yuan",),
    "元": ("yuan",),
    "%": ("pct", "percent"),
    "个百分点": ("percentage_points",),
    "公顷": ("hectare", "ha"),
    "平方米": ("m2",),
    "万平方米": ("wan_m2",),
    "倍": ("times",),
    "个": ("count",),
}
# Units already written in international form keep their symbol (30GWh, 3530万TEU are read as such).
_SYMBOLS = ("GWh", "MWh", "kWh", "GW", "MW", "kW", "TEU")

# Measure words: in English the noun comes from the sentence, so the number stands alone; the noun names an
# indicator (数量(所) → count (institutions)). A 万 counter is the same noun in ten thousands.
COUNTERS: dict[str, str] = {
    "个": "items",
    "家": "firms",
    "项": "items",
    "名": "people",
    "条": "items",
    "所": "institutions",
    "只": "items",
    "座": "structures",
    "位": "people",
    "人": "people",
    "件": "items",
    "批": "batches",
    "类": "types",
    "场": "events",
    "台": "units",
    "辆": "vehicles",
    "套": "sets",
    "户": "households",
    "次": "times",
    "艘": "ships",
    "架": "aircraft",
    "张": "sheets",
    "篇": "articles",
    "处": "sites",
    "间": "rooms",
    "栋": "buildings",
    "例": "cases",
    "支": "teams",
    "种": "kinds",
    "款": "models",
    "列": "trains",
    "城": "cities",
    "场次": "sessions",
    "批次": "batches",
    "台次": "unit-times",
    "件次": "item-times",
    "辆次": "vehicle trips",
    "家次": "firm-times",
    "户次": "household-times",
    "架次": "flights",
    "艘次": "ship calls",
    "车次": "vehicle trips",
    "班次": "services",
    "床": "beds",
}
# The en chart forms of counters: a few nouns a reader needs on the axis; the others say "count".
_COUNTER_AXES = {
    "家": _C(1, 0, "firms", ""),
    "个": _C(1, 0, "number", ""),
    "项": _C(1, 0, "items", ""),
    "名": _C(1, 0, "people", ""),
    "条": _C(1, 0, "items", ""),
    "万人": _C(10, -1, "thousand people", "k"),
}
# Ids of counters end in the kind (…_count, …_wan_count), except those that name people.
_COUNTER_SLUGS = {"人": "people", "名": "people"}


def _table() -> dict[str, Unit]:
    """The declared rows, then the international symbols, then every counter and its 万 form."""
    table: dict[str, Unit] = {}
    for unit, (kind, english, en_chart, name_en, slug) in _DECLARED.items():
        table[unit] = Unit(
            kind=kind,
            english=english,
            chart={"zh": _ZH_CHART.get(unit, _zh(unit)), "en": en_chart or _en_converted(english)},
            name_en=name_en,
            slug=slug,
            aliases=_ALIASES.get(unit, ()),
        )
    for symbol in _SYMBOLS:
        english = EnglishForm(1.0, "", f" {symbol}", False, symbol)
        table[symbol] = Unit(
            "other", english, {"zh": _zh(symbol), "en": _en_converted(english)}, symbol, symbol.lower()
        )
    for counter, noun in COUNTERS.items():
        for scaled in (False, True):
            unit = "万" + counter if scaled else counter
            english = EnglishForm(10_000.0 if scaled else 1.0, "", "", False, "count")
            default = _C(10, -1, "thousand", "k") if scaled else _C(1, 0, "count", "")
            slug = _COUNTER_SLUGS.get(counter, "count")
            table[unit] = Unit(
                kind="count",
                english=english,
                chart={"zh": _zh(unit, f"数量({unit})"), "en": _COUNTER_AXES.get(unit, default)},
                name_en=f"10k {noun}" if scaled else noun,
                slug=f"wan_{slug}" if scaled else slug,
                aliases=_ALIASES.get(unit, ()),
                counter=True,
            )
    table["亿元"] = replace(table["亿元"], english_small=EnglishForm(100.0, "CNY ", " million", True, "CNY million"))
    return table


UNIT_TABLE: dict[str, Unit] = _table()
UNIT_ALIASES: dict[str, str] = {alias: unit for unit, forms in UNIT_TABLE.items() for alias in forms.aliases}


def canonical_unit(unit: str | None) -> str:
    """The unit as the table spells it (``yi_yuan`` → ``亿元``); unknown units pass through."""
    unit = (unit or "").strip()
    return UNIT_ALIASES.get(unit, unit)


def unit_forms(unit: str | None) -> Unit | None:
    """Every form of ``unit`` (aliases accepted); None for a unit the table lacks (the caller's fallback)."""
    return UNIT_TABLE.get(canonical_unit(unit))


def units_of_kind(kind: str) -> tuple[str, ...]:
    """The units that mean ``kind`` (a FigureKind value), in table order."""
    return tuple(unit for unit, forms in UNIT_TABLE.items() if forms.kind == kind)


__all__ = [
    "COUNTERS",
    "PLAIN_RATIO",
    "UNIT_ALIASES",
    "UNIT_TABLE",
    "ChartForm",
    "EnglishForm",
    "Unit",
    "canonical_unit",
    "unit_forms",
    "units_of_kind",
]
