"""The unit table of :mod:`shangyu_analysis.report.format`: how each unit of an article is converted and written.

Keys are the units of the indicator table, as the article writes them (亿元, 万家, 公顷 …). Two forms:

- :data:`UNITS` (:class:`UnitStyle`), the sentence form of English text and tables: ``factor`` turns the
  article's number into the English one (亿元 → billion: × 0.1; 万家 → units: × 10,000);
- :data:`SHORT_UNITS` (:class:`ShortUnit`), the compact form of chart axes and bar labels (``15.67 bn``,
  ``529k m²``), per language.

Words that are not unit symbols (位次, 比值, 数量(家)) are labels: ``report/labels.py``, group ``unit``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UnitStyle:
    """How one unit is written in English.

    ``factor`` converts the article's number to the English number (亿元 → billion: 0.1);
    ``prefix``/``suffix`` surround it; ``show_original`` adds the Chinese figure in parentheses.
    """

    factor: float = 1.0
    prefix: str = ""
    suffix: str = ""
    show_original: bool = False
    label_en: str = ""


# Keys are the units of the indicator table (the article's own units); aliases follow.
UNITS: dict[str, UnitStyle] = {
    "亿元": UnitStyle(0.1, "CNY ", " billion", True, "CNY billion"),
    "万亿元": UnitStyle(1.0, "CNY ", " trillion", True, "CNY trillion"),
    "万元": UnitStyle(10_000.0, "CNY ", "", True, "CNY"),
    "元": UnitStyle(1.0, "CNY ", "", False, "CNY"),
    "%": UnitStyle(1.0, "", "%", False, "%"),
    "个百分点": UnitStyle(1.0, "", " percentage points", False, "percentage points"),
    "公顷": UnitStyle(1.0, "", " hectares", False, "hectares"),
    "平方米": UnitStyle(1.0, "", " m²", False, "m²"),
    "万平方米": UnitStyle(10_000.0, "", " m²", True, "m²"),
    "亩": UnitStyle(1.0, "", " mu", False, "mu (1/15 ha)"),
    "万亩": UnitStyle(10_000.0, "", " mu", True, "mu (1/15 ha)"),
    "倍": UnitStyle(1.0, "", " times", False, "times"),
    "亿美元": UnitStyle(0.1, "USD ", " billion", True, "USD billion"),
    "万美元": UnitStyle(10_000.0, "USD ", "", True, "USD"),
    "美元": UnitStyle(1.0, "USD ", "", False, "USD"),
    "吨": UnitStyle(1.0, "", " tonnes", False, "tonnes"),
    "万吨": UnitStyle(10_000.0, "", " tonnes", True, "tonnes"),
    "公里": UnitStyle(1.0, "", " km", False, "km"),
    "平方公里": UnitStyle(1.0, "", " km²", False, "km²"),
    "年": UnitStyle(1.0, "", " years", False, "years"),
    "个工作日": UnitStyle(1.0, "", " working days", False, "working days"),
    "天": UnitStyle(1.0, "", " days", False, "days"),
    "岁": UnitStyle(1.0, "", " years", False, "years of age"),
    "成": UnitStyle(10.0, "", "%", True, "%"),
    "‰": UnitStyle(1.0, "", "‰", False, "‰"),
    "万千瓦": UnitStyle(10.0, "", " MW", True, "MW"),
    "千瓦": UnitStyle(1.0, "", " kW", False, "kW"),
    "亿度": UnitStyle(0.1, "", " TWh", True, "TWh"),
    "亿千瓦时": UnitStyle(0.1, "", " TWh", True, "TWh"),
    "万千瓦时": UnitStyle(0.01, "", " GWh", True, "GWh"),
    "吨标准煤": UnitStyle(1.0, "", " tonnes of coal equivalent", False, "tce"),
    "万吨标准煤": UnitStyle(10_000.0, "", " tonnes of coal equivalent", True, "tce"),
    "标准箱": UnitStyle(1.0, "", " TEU", False, "TEU"),
    "万标箱": UnitStyle(10_000.0, "", " TEU", True, "TEU"),
    "米": UnitStyle(1.0, "", " m", False, "m"),
    "毫米": UnitStyle(1.0, "", " mm", False, "mm"),
    "厘米": UnitStyle(1.0, "", " cm", False, "cm"),
    "℃": UnitStyle(1.0, "", " °C", False, "°C"),
    "万人次": UnitStyle(10_000.0, "", " visits", True, "visits"),
    "人次": UnitStyle(1.0, "", " visits", False, "visits"),
}
# Units already written in international form keep their symbol.
for _symbol in ("GWh", "MWh", "kWh", "GW", "MW", "kW", "TEU"):
    UNITS[_symbol] = UnitStyle(1.0, "", f" {_symbol}", False, _symbol)
# Measure words: in English the noun comes from the sentence, so the number stands alone.
COUNTERS = (
    "个",
    "家",
    "项",
    "名",
    "条",
    "所",
    "只",
    "座",
    "位",
    "人",
    "件",
    "批",
    "类",
    "场",
    "台",
    "辆",
    "套",
    "户",
    "次",
    "艘",
    "架",
    "张",
    "篇",
    "处",
    "间",
    "栋",
    "例",
    "支",
    "种",
    "款",
    "列",
    "城",
    "场次",
    "批次",
    "台次",
    "件次",
    "辆次",
    "家次",
    "户次",
    "架次",
    "艘次",
    "车次",
    "班次",
    "床",
)
for _counter in COUNTERS:
    UNITS[_counter] = UnitStyle(1.0, "", "", False, "count")
    UNITS["万" + _counter] = UnitStyle(10_000.0, "", "", False, "count")

UNIT_ALIASES = {
    "yi_yuan": "亿元",
    "wan_yuan": "万元",
    "yuan": "元",
    "pct": "%",
    "percent": "%",
    "percentage_points": "个百分点",
    "hectare": "公顷",
    "ha": "公顷",
    "m2": "平方米",
    "wan_m2": "万平方米",
    "times": "倍",
    "count": "个",
}


def canonical_unit(unit: str | None) -> str:
    """The unit as the tables spell it (``yi_yuan`` → ``亿元``); unknown units pass through."""
    unit = (unit or "").strip()
    return UNIT_ALIASES.get(unit, unit)


_MILLIONS = UnitStyle(100.0, "CNY ", " million", True, "CNY million")


def english_style(unit: str, value: float) -> UnitStyle | None:
    """The English style for ``unit``; sums under 10亿元 read better in millions than as ``0.8 billion``."""
    if unit == "亿元" and abs(value) < 10:
        return _MILLIONS
    return UNITS.get(unit)


@dataclass(frozen=True)
class ShortUnit:
    """How a chart shows a unit: multiply by ``factor``, shift the decimals, ``label`` the axis, ``suffix`` a bar."""

    factor: float
    decimals_shift: int
    label: str
    suffix: str  # written right after a number in a bar label ("" when the axis says it)


PLAIN_RATIO = "quotient"  # pseudo-unit of a derived ratio such as 1.80 (urban/rural income)
WORD_UNITS = ("rank", PLAIN_RATIO)  # shown with a word (labels group "unit"), no suffix
# zh keeps the article's units (a counter's axis says 数量(家)); en converts to units an English reader knows.
SHORT_UNITS: dict[str, dict[str, ShortUnit]] = {
    "zh": {"%": ShortUnit(1, 0, "%", "%"), "ratio": ShortUnit(100, -2, "%", "%")},
    "en": {
        "亿元": ShortUnit(0.1, 1, "CNY billion", " bn"),
        "万元": ShortUnit(0.01, 2, "CNY million", " m"),
        "元": ShortUnit(1, 0, "CNY", ""),
        "%": ShortUnit(1, 0, "%", "%"),
        "ratio": ShortUnit(100, -2, "%", "%"),
        "万家": ShortUnit(10, -1, "thousand", "k"),
        "万人": ShortUnit(10, -1, "thousand people", "k"),
        "万平方米": ShortUnit(10, -1, "thousand m²", "k m²"),
        "平方米": ShortUnit(1, 0, "m²", " m²"),
        "公顷": ShortUnit(1, 0, "hectares", " ha"),
        "亩": ShortUnit(1, 0, "mu", " mu"),
        "家": ShortUnit(1, 0, "firms", ""),
        "个": ShortUnit(1, 0, "number", ""),
        "项": ShortUnit(1, 0, "items", ""),
        "名": ShortUnit(1, 0, "people", ""),
        "条": ShortUnit(1, 0, "items", ""),
        "倍": ShortUnit(1, 0, "times", "×"),
        # a chart card has no axis: the unit goes with the number (4300万人次 → 43.00 m visits, same digits)
        "万人次": ShortUnit(0.01, 2, "million visits", " m visits"),
        "人次": ShortUnit(1, 0, "visits", " visits"),
        "天": ShortUnit(1, 0, "days", " days"),
    },
}
