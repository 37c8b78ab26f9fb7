"""Chart style: labels per language, display units, qualifier drawing and the source line.

Everything a chart writes that is not a number from the data comes from the tables here, so a
chart never mixes languages and a number is never typed into a label. Numbers are formatted
from the data's own ``precision``; approximate and bound values are drawn differently (hatch,
lighter fill) and carry a marker (``≈``, ``>``, ``≥``…) explained by :func:`add_qualifier_legend`.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from shangyu_analysis.report import fonts
from shangyu_analysis.report.charts.labels import KIND_NAMES, LABELS, QUALIFIER_LEGEND  # noqa: F401

LANGS = ("zh", "en")
DPI = 110
PALETTE = ("#2f6f9f", "#d9822b", "#4f9a6b", "#a64d79", "#7a7a7a", "#b5a33a")

# Qualifier → (marker before the number, legend key). "range" shows low–high instead of a marker.
QUALIFIER_MARKERS = {"exact": "", "approx": "≈", "more_than": ">", "at_least": "≥",
                     "less_than": "<", "at_most": "≤", "range": ""}
_QUALIFIER_GROUP = {"exact": "exact", "approx": "approx", "more_than": "lower", "at_least": "lower",
                    "less_than": "upper", "at_most": "upper", "range": "range"}
_GROUP_STYLE = {
    "exact": {"alpha": 1.0, "hatch": None, "linestyle": "-"},
    "approx": {"alpha": 0.45, "hatch": "///", "linestyle": "--"},
    "lower": {"alpha": 0.55, "hatch": "...", "linestyle": ":"},
    "upper": {"alpha": 0.55, "hatch": "xx", "linestyle": ":"},
    "range": {"alpha": 0.55, "hatch": "--", "linestyle": "-."},
}

PUBLISHERS_EN = {"浙江日报": "Zhejiang Daily"}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class DisplayUnit:
    """How a unit of the article is shown: multiply by ``factor``, shift decimals, label."""

    factor: float
    decimals_shift: int
    label: str
    suffix: str  # written right after a number in a bar label ("" when the axis says it)


# zh keeps the article's units; en converts to units an English reader knows (亿 = 100 million).
COUNTERS = ("个", "家", "项", "名", "条", "所", "座", "人", "件", "万家", "万人")
PLAIN_RATIO = "quotient"  # pseudo-unit of a derived ratio such as 1.80 (urban/rural income)
_UNITS_ZH = {"%": DisplayUnit(1, 0, "%", "%"), "ratio": DisplayUnit(100, -2, "%", "%"),
             PLAIN_RATIO: DisplayUnit(1, 0, "比值", ""), "rank": DisplayUnit(1, 0, "位次", "")}
_UNITS_EN = {
    "亿元": DisplayUnit(0.1, 1, "CNY billion", " bn"),
    "万元": DisplayUnit(0.01, 2, "CNY million", " m"),
    "元": DisplayUnit(1, 0, "CNY", ""),
    "%": DisplayUnit(1, 0, "%", "%"),
    "ratio": DisplayUnit(100, -2, "%", "%"),
    "万家": DisplayUnit(10, -1, "thousand", "k"),
    "万人": DisplayUnit(10, -1, "thousand people", "k"),
    "万平方米": DisplayUnit(10, -1, "thousand m²", "k m²"),
    "平方米": DisplayUnit(1, 0, "m²", " m²"),
    "公顷": DisplayUnit(1, 0, "hectares", " ha"),
    "亩": DisplayUnit(1, 0, "mu", " mu"),
    "家": DisplayUnit(1, 0, "firms", ""),
    "个": DisplayUnit(1, 0, "number", ""),
    "项": DisplayUnit(1, 0, "items", ""),
    "名": DisplayUnit(1, 0, "people", ""),
    "条": DisplayUnit(1, 0, "items", ""),
    "倍": DisplayUnit(1, 0, "times", "×"),
    "rank": DisplayUnit(1, 0, "rank", ""),
    PLAIN_RATIO: DisplayUnit(1, 0, "ratio", ""),
}


def label(key: str, lang: str, **fields: object) -> str:
    """The chart text ``key`` in ``lang`` (zh or en), with ``{fields}`` filled in."""
    check_lang(lang)
    return LABELS[key][lang].format(**fields)


def check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")


def display_unit(unit: str, lang: str) -> DisplayUnit:
    """The display unit for an article unit; unknown units are shown as they are."""
    table = _UNITS_ZH if lang == "zh" else _UNITS_EN
    if lang == "zh" and unit in COUNTERS:
        return DisplayUnit(1, 0, f"数量({unit})", unit)
    return table.get(unit, DisplayUnit(1, 0, unit, "" if lang == "en" else unit))


def to_display(value: float, unit: str, precision: int, lang: str) -> tuple[float, int]:
    """Value and decimals in the display unit (no precision is invented or lost)."""
    du = display_unit(unit, lang)
    decimals = max(0, int(precision) + du.decimals_shift)
    # Billions keep at most 2 decimals, as the narrative writes them (i18n: CNY 66.73 billion).
    return value * du.factor, min(decimals, 2) if du.decimals_shift > 0 else decimals


def format_number(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}" if abs(value) >= 10000 else f"{value:.{decimals}f}"
    return text


def value_label(value: float, unit: str, precision: int, qualifier: str, lang: str,
                value_high: float | None = None) -> str:
    """A bar label: marker + number (+ unit suffix), e.g. ``≈52.9万平方米`` or ``>33.3%``."""
    du = display_unit(unit, lang)
    shown, decimals = to_display(value, unit, precision, lang)
    text = format_number(shown, decimals)
    if qualifier == "range" and value_high is not None and not _isnan(value_high):
        text += "–" + format_number(to_display(value_high, unit, precision, lang)[0], decimals)
    suffix = du.suffix if lang == "en" or unit in _UNITS_ZH or unit == "rank" else unit
    return QUALIFIER_MARKERS.get(qualifier, "") + text + suffix


def axis_unit(unit: str, lang: str) -> str:
    return display_unit(unit, lang).label


def _isnan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)


def qualifier_group(qualifier: str) -> str:
    return _QUALIFIER_GROUP.get(str(qualifier), "exact")


def bar_style(qualifier: str, color: str) -> dict:
    """Keyword arguments for ``ax.bar``/``ax.barh`` that make the qualifier visible."""
    style = _GROUP_STYLE[qualifier_group(qualifier)]
    return {"color": color, "alpha": style["alpha"], "hatch": style["hatch"], "edgecolor": color,
            "linewidth": 1.2, "linestyle": style["linestyle"]}


def add_qualifier_legend(fig: Figure, qualifiers: object, lang: str) -> None:
    """A figure legend explaining the qualifier styles used (only when not all are exact)."""
    groups = sorted({qualifier_group(q) for q in qualifiers}, key=list(_GROUP_STYLE).index)
    if groups == ["exact"] or not groups:
        return
    handles = [Patch(facecolor=PALETTE[4], edgecolor=PALETTE[4], **_legend_style(g),
                     label=QUALIFIER_LEGEND[g][lang]) for g in groups]
    # Above the source line, right-aligned: the two never share a row, so they cannot overlap.
    fig.legend(handles=handles, loc="lower right", fontsize=8, frameon=False, ncol=len(handles),
               bbox_to_anchor=(0.995, 0.03), borderaxespad=0, handlelength=2.2)


def _legend_style(group: str) -> dict:
    style = _GROUP_STYLE[group]
    return {"alpha": style["alpha"], "hatch": style["hatch"], "linestyle": style["linestyle"]}


def source_line(source: dict | None, lang: str, article: object = None) -> str:
    """``资料来源:浙江日报 2021-02-23 第11版`` / ``Source: Zhejiang Daily, 23 Feb 2021, p. 11``.

    Built from the dataset's provenance dict; falls back to the parsed article's masthead, then
    to the file name, so an article without a provenance file still says where it came from.
    """
    source = dict(source or {})
    publisher = source.get("publisher") or getattr(article, "paper", None)
    date = source.get("date") or getattr(article, "date", None)
    page = source.get("page") or getattr(article, "page_number", None)
    if publisher is None:
        path = getattr(article, "path", None)
        name = source.get("title") or (path.name if path is not None else "")
        return label("source_prefix", lang) + str(name) if name else ""
    date = _as_date(date)
    page = _page_number(page)
    publisher = str(publisher).split(" (")[0].split("(")[0].strip()
    if lang == "zh":
        parts = [str(publisher)] + ([date.isoformat()] if date else []) + ([f"第{page}版"] if page else [])
        return label("source_prefix", lang) + " ".join(parts)
    name = source.get("publisher_en") or PUBLISHERS_EN.get(str(publisher), str(publisher))
    parts = [name] + ([f"{date.day} {_MONTHS_EN[date.month - 1]} {date.year}"] if date else [])
    parts += [f"p. {page}"] if page else []
    return label("source_prefix", lang) + ", ".join(parts)


def _as_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _page_number(value: object) -> int | None:
    digits = "".join(ch for ch in str(value) if ch.isdigit()) if value is not None else ""
    return int(digits) if digits else None


def new_figure(ncols: int = 1, width: float = 7.2, height: float = 3.6,
               **subplot_kw: object) -> tuple[Figure, list]:
    """A themed figure (CJK font registered first) with ``ncols`` axes in a row."""
    fonts.apply_theme(style="whitegrid", context="notebook")
    plt.rcParams.update({"figure.dpi": DPI, "savefig.dpi": DPI, "hatch.linewidth": 0.8})
    fig, axes = plt.subplots(1, ncols, figsize=(width, height), squeeze=False, **subplot_kw)
    return fig, list(axes[0])


def finish(fig: Figure, title: str, source: str, qualifiers: object = (), lang: str = "zh",
           note: str | None = None) -> Figure:
    """Title, source line (bottom left), optional note and the qualifier legend."""
    fig.suptitle(title, fontsize=12, x=0.02, y=0.985, ha="left")
    footer = source if not note else f"{source}    {note}"
    fig.text(0.01, 0.008, footer, fontsize=7.5, color="#555555", ha="left", va="bottom")
    add_qualifier_legend(fig, qualifiers, lang)
    bottom = 0.4 / fig.get_figheight()  # room for the legend row and the source row, in inches
    fig.tight_layout(rect=(0, bottom, 1, 1))  # tight_layout already makes room for the suptitle
    return fig
