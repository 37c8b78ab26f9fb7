"""Chart style: palette, how a qualifier is drawn, the source line, and the figure frame.

Words come from :mod:`shangyu_analysis.report.labels` and numbers from :mod:`shangyu_analysis.report.format`,
so a chart never mixes languages and a number is never typed into a label. Approximate and bound
values are drawn differently (hatch, lighter fill) and carry a marker (``≈``, ``>``, ``≥``…) explained
by :func:`add_qualifier_legend`.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterable
from typing import Any

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle
from matplotlib.typing import ColorType

from shangyu_analysis.report import fonts
from shangyu_analysis.report.labels import label
from shangyu_analysis.schema import QUALIFIER_SPECS

DPI = 110
PALETTE = ("#2f6f9f", "#d9822b", "#4f9a6b", "#a64d79", "#7a7a7a", "#b5a33a")

# How each chart group of qualifiers is drawn (schema.qualifiers: chart_group; legend: labels "qualifier_legend").
_GROUP_STYLE: dict[str, dict[str, Any]] = {
    "exact": {"alpha": 1.0, "hatch": None, "linestyle": "-"},
    "approx": {"alpha": 0.45, "hatch": "///", "linestyle": "--"},
    "lower": {"alpha": 0.55, "hatch": "...", "linestyle": ":"},
    "upper": {"alpha": 0.55, "hatch": "xx", "linestyle": ":"},
    "range": {"alpha": 0.55, "hatch": "--", "linestyle": "-."},
}

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def qualifier_group(qualifier: str) -> str:
    """How a bar of ``qualifier`` is drawn; anything that is not a qualifier is drawn as exact."""
    spec = QUALIFIER_SPECS.get(str(qualifier))
    return spec.chart_group if spec else "exact"


def bar_style(qualifier: str, color: ColorType) -> dict:
    """Keyword arguments for ``ax.bar``/``ax.barh`` that make the qualifier visible."""
    style = _GROUP_STYLE[qualifier_group(qualifier)]
    return {
        "color": color,
        "alpha": style["alpha"],
        "hatch": style["hatch"],
        "edgecolor": color,
        "linewidth": 1.2,
        "linestyle": style["linestyle"],
    }


def style_bar(bar: Rectangle, qualifier: str, derived: bool = False) -> None:
    """Hatch and fade one drawn bar (a registry chart's or a notebook's seaborn bar) by its qualifier; an exact value
    this report derived is drawn as approximate: it must not look like one the page publishes."""
    look = bar_style("approx" if derived and qualifier == "exact" else qualifier, bar.get_facecolor())
    bar.set_hatch(look["hatch"])
    bar.set_alpha(look["alpha"])


def value_labels(ax: Axes, bars: BarContainer, words: list[str], **text: Any) -> None:
    """Each bar of ``bars`` labelled at its end with its word (:func:`~shangyu_analysis.report.format.value_label`);
    ``text``: the caller's font size, colour and padding."""
    ax.bar_label(bars, labels=words, **text)


def value_axis(ax: Axes, unit_text: str, *, horizontal: bool, whole: bool) -> None:
    """The unit on the value axis (``x`` when ``horizontal``), none on the other; whole-number ticks when the
    values are whole things (never "1.5 firms")."""
    (ax.set_xlabel if horizontal else ax.set_ylabel)(unit_text)
    (ax.set_ylabel if horizontal else ax.set_xlabel)("")
    if whole:
        # the default major locator is a MaxNLocator (AutoLocator), whose set_params takes integer
        (ax.xaxis if horizontal else ax.yaxis).get_major_locator().set_params(integer=True)  # type: ignore[call-arg]


def add_qualifier_legend(
    fig: Figure, qualifiers: Iterable[str], lang: str, outside: bool = False, lift: float = 0.0
) -> None:
    """A figure legend explaining the qualifier styles used (only when not all are exact); ``outside``: above
    the axes, in room a constrained layout makes for it (for a figure whose x axis has tick labels); ``lift``
    raises the default bottom-right legend (a figure with a longer source line)."""
    groups = sorted({qualifier_group(q) for q in qualifiers}, key=list(_GROUP_STYLE).index)
    if groups == ["exact"] or not groups:
        return
    handles = [
        Patch(
            facecolor=PALETTE[4], edgecolor=PALETTE[4], **_legend_style(g), label=label(f"qualifier_legend.{g}", lang)
        )
        for g in groups
    ]
    if outside:
        fig.legend(
            handles=handles, loc="outside upper right", fontsize=8, frameon=False, ncol=len(handles), handlelength=2.2
        )
        return
    # Above the source line, right-aligned: the two never share a row, so they cannot overlap.
    fig.legend(
        handles=handles,
        loc="lower right",
        fontsize=8,
        frameon=False,
        ncol=len(handles),
        bbox_to_anchor=(0.995, 0.03 + lift),
        borderaxespad=0,
        handlelength=2.2,
    )


def _legend_style(group: str) -> dict:
    style = _GROUP_STYLE[group]
    return {"alpha": style["alpha"], "hatch": style["hatch"], "linestyle": style["linestyle"]}


def source_line(source: dict | None, lang: str, article: object = None) -> str:
    """``资料来源:<publisher> 2024-05-01 第3版`` / ``Source: <publisher_en>, 1 May 2024, p. 3``.

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
        return label("chart.source_prefix", lang) + str(name) if name else ""
    date = _as_date(date)
    page = _page_number(page)
    written = str(publisher)
    publisher = written.split(" (")[0].split("(")[0].strip()
    if lang == "zh":
        parts = [str(publisher)] + ([date.isoformat()] if date else []) + ([f"第{page}版"] if page else [])
        return label("chart.source_prefix", lang) + " ".join(parts)
    # the provenance's English name, else the one it writes in brackets (某日报 (Some Daily)), else as written
    inner = written.partition("(")[2].rstrip(") ").strip() if "(" in written else ""
    name = source.get("publisher_en") or inner or publisher
    parts = [name] + ([f"{date.day} {_MONTHS_EN[date.month - 1]} {date.year}"] if date else [])
    parts += [f"p. {page}"] if page else []
    return label("chart.source_prefix", lang) + ", ".join(parts)


def _as_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _page_number(value: object) -> int | None:
    digits = "".join(ch for ch in str(value) if ch.isdigit()) if value is not None else ""
    return int(digits) if digits else None


def new_figure(
    ncols: int = 1, width: float = 7.2, height: float = 3.6, nrows: int = 1, **subplot_kw: Any
) -> tuple[Figure, list]:
    """A themed figure (CJK font registered first) with ``ncols`` axes in a row (or ``nrows`` in a column)."""
    fonts.apply_theme(style="whitegrid", context="notebook")
    plt.rcParams.update({"figure.dpi": DPI, "savefig.dpi": DPI, "hatch.linewidth": 0.8})
    fig, axes = plt.subplots(nrows, ncols, figsize=(width, height), squeeze=False, **subplot_kw)
    return fig, list(axes.flat)


def finish(
    fig: Figure, title: str, source: str, qualifiers: Iterable[str] = (), lang: str = "zh", note: str | None = None
) -> Figure:
    """Title, source line (bottom left), optional note and the qualifier legend."""
    fig.suptitle(title, fontsize=12, x=0.02, y=0.985, ha="left")
    lines = add_source(fig, source if not note else f"{source}    {note}", lang, y=0.008)
    extra = 0.13 * (lines - 1)  # inches: a wrapped note lifts the legend and the panels above it
    add_qualifier_legend(fig, qualifiers, lang, lift=extra / fig.get_figheight())
    bottom = (0.4 + extra) / fig.get_figheight()  # room for the legend row and the source row, in inches
    fig.tight_layout(rect=(0, bottom, 1, 1))  # tight_layout already makes room for the suptitle
    return fig


# The source line of every chart, registry or notebook: small, grey, under the whole figure at the left.
SOURCE_SIZE, SOURCE_COLOR = 7, "0.4"


def add_source(fig: Figure, text: str, lang: str, y: float | None = None) -> int:
    """The source line (with a chart's note) under the whole figure, bottom left, wrapped to the figure's width;
    returns its number of lines. ``y`` (figure coordinates) fixes its baseline for a figure laid out by hand
    (:func:`finish`); without it a constrained layout (the notebooks' seaborn charts) places it and keeps room."""
    footer = _fit(text, fig.get_figwidth(), lang)
    look: dict[str, Any] = {"ha": "left", "fontsize": SOURCE_SIZE, "color": SOURCE_COLOR}
    if y is None:
        fig.supxlabel(footer, x=0.01, **look)
    else:  # a figure text, not a supxlabel: tight_layout would shrink the panels to make room for that again
        fig.text(0.01, y, footer, va="bottom", **look)
    return footer.count("\n") + 1


def _fit(text: str, width_in: float, lang: str) -> str:
    """The footer wrapped to the figure's width (a CJK glyph about 1 em, a Latin one about 0.57 em), so a long
    note is never cut off at the edge."""
    per_line = int(width_in * 72 / (SOURCE_SIZE if lang == "zh" else SOURCE_SIZE * 0.57))
    if lang == "zh":
        return "\n".join(text[i : i + per_line] for i in range(0, len(text), per_line))
    return textwrap.fill(text, per_line, break_long_words=False)
