"""Names and ids of a drafted catalog entry (:mod:`.draft`): from the measure vocabulary, the figure's kind and unit.

An ``其他:`` measure becomes a name when it is a clean noun phrase (short, no sentence marks, no words of a clause);
otherwise the entry is named by its kind and unit (数量(个) / count (items)) and its draft says so for review.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

from shangyu_analysis.extract.measures import OTHER, measure_en, term_spans, vocabulary
from shangyu_analysis.schema.units import unit_forms
from shangyu_analysis.text.normalise import fold_names
from shangyu_analysis.text.period_words import period_name

if TYPE_CHECKING:
    from shangyu_analysis.schema import FigureRecord


def short_unit_for(unit: str) -> str:
    """Compact English label for a unit as written in Chinese (unconverted: 亿元 → CNY 100m, see schema/units.py);
    the unit itself when the unit table lacks it."""
    forms = unit_forms(unit)
    return unit if forms is None else forms.name_en


MAX_NAME = 30  # characters of a Chinese name; longer is a sentence, not a name
# A neutral name for a figure whose measure is no noun phrase: its kind (schema.FigureKind) in zh / en.
KIND_NAMES = {
    "money": ("金额", "amount"),
    "percent": ("百分比", "percentage"),
    "count": ("数量", "count"),
    "percentage_point": ("百分点", "percentage points"),
    "area": ("面积", "area"),
    "rank": ("排名", "rank"),
    "ratio": ("比值", "ratio"),
    "multiple": ("倍数", "multiple"),
    "index": ("指数", "index"),
    "duration": ("时长", "duration"),
    "other": ("数值", "value"),
}
# Words of a clause, not of a name: a 其他 measure holding one is a piece of its sentence (压缩至, 仅需, 满足…需求).
_CLAUSE_WORDS = (
    "至",
    "仅",
    "需",
    "较",
    "从",
    "到",
    "满足",
    "接待",
    "达",
    "为",
    "了",
    "将",
    "已",
    "被",
    "把",
    "是",
    "让",
    "使",
    "压缩",
    "完成",
    "实现",
    "超过",
    "突破",
    "位居",
    "跻身",
    "提升",
    "推进",
    "推动",
    "加快",
    "连续",
    "据",
    "大力",
    "全力",
    "深入",
    "集聚",
    "获得",
    "参与",
    "开展",
    "拥有",
    "引进",
    "这",
    "那",
    "占",
)  # a demonstrative or 占 (a share of something else) makes a clause, not a name
_SENTENCE_MARKS = "，。；：,;:!?！？“”\"()（）"


def slug(text: str | None) -> str:
    """ASCII snake_case of ``text`` (an id part)."""
    return re.sub(r"[^a-z0-9]+", "_", str(text or "").lower()).strip("_")


def unit_slug(unit: str, kind: str) -> str:
    """The unit an id ends in (亿元 → yi_yuan, % → pct, 万家 → wan_count: the unit table's slug); for a unit the
    table lacks, ``wan_`` + the slug of the rest, else one from the figure's kind."""
    forms = unit_forms(unit)
    if forms is not None:
        return forms.slug
    if unit.startswith("万") and len(unit) > 1:
        return "wan_" + unit_slug(unit[1:], kind)
    return {"count": "count", "money": "amount", "area": "area"}.get(kind, "value")


def _clean_name(name: str) -> bool:
    """A 其他 measure fit to be a Chinese name: short, no sentence marks, no words of a clause."""
    return (
        2 <= len(name) <= 18
        and not any(c in name for c in _SENTENCE_MARKS)
        and not any(w in name for w in _CLAUSE_WORDS)
    )


def _english(name: str) -> str | None:
    """The English of a 其他 name when the vocabulary's words cover most of it (a partial one misleads)."""
    covered = sum(end - start for start, end in term_spans(fold_names(name)))
    english = measure_en(name) if covered >= 0.75 * len(name) else None
    if english and english[1:2].islower():  # measure_en capitalises a label; inside a name it is a noun (GDP stays)
        english = english[0].lower() + english[1:]
    return english


def measure_names(fig: FigureRecord) -> tuple[str, str, str, list[str]]:
    """(zh, en, id slug, review notes) of the figure's measure; a 其他 one that is no name gets kind and unit."""
    measure, kind, unit = text_of(fig.measure), text_of(fig.kind), text_of(fig.unit)
    terms = vocabulary().terms
    if measure in terms:
        return measure, terms[measure].en, slug(terms[measure].en), []
    neutral_zh, neutral_en, kind_en = neutral(kind, unit)
    name = measure[len(OTHER) :] if measure.startswith(OTHER) else ""
    for place in text_of(fig.place).split("、"):  # the place leads the name already (江宁区X → 江宁 · X)
        name = re.sub(rf"^(?:全|本)?{re.escape(place)}[区县市省旗]?", "", name) if place not in ("", "-") else name
    if name and _clean_name(name):
        english = _english(name)
        if english:
            return name, english, slug(english)[:40].strip("_"), [f"measure {measure}: English from known words"]
        return name, neutral_en, slug(kind_en), [f"measure {measure}: the vocabulary has no English; name it"]
    return (
        neutral_zh,
        neutral_en,
        slug(kind_en),
        [f"measure {measure or 'none'} is no name: neutral name from kind and unit; say what it counts"],
    )


def neutral(kind: str, unit: str) -> tuple[str, str, str]:
    """A name from the figure's kind and unit (数量(个) / count (items)), and the kind in English."""
    kind_zh, kind_en = KIND_NAMES.get(kind, KIND_NAMES["other"])
    short = short_unit_for(unit)
    zh = kind_zh if unit in ("rank", "ratio") or kind_zh in unit else f"{kind_zh}({unit})"
    en = kind_en if unit in ("rank", "ratio") or not short.isascii() else f"{kind_en} ({short})"
    return zh, en, kind_en


def entry_names(
    fig: FigureRecord, place_zh: str, place_english: str, period: str | None
) -> tuple[str, str, str, list[str]]:
    """(name_zh, name_en, measure's id slug, review notes): place · measure · period, each name no longer than a name
    (:data:`MAX_NAME` in Chinese: a long measure gives way to its kind and unit, then to its kind alone)."""
    measure_zh, measure_english, measure_slug, notes = measure_names(fig)
    neutral_zh, neutral_en, _ = neutral(text_of(fig.kind), text_of(fig.unit))
    kind_zh = KIND_NAMES.get(text_of(fig.kind), KIND_NAMES["other"])[0]
    period_zh, period_en = period_name(period, "zh"), period_name(period, "en")

    def join(*parts: str) -> str:
        return " · ".join(p for p in parts if p)

    if len(join(place_zh, measure_zh, period_zh)) > MAX_NAME and measure_zh not in (neutral_zh, kind_zh):
        notes = [f"measure {text_of(fig.measure)}: too long for a name; neutral name from kind and unit"]
        measure_zh, measure_english = neutral_zh, neutral_en
    if len(join(place_zh, measure_zh, period_zh)) > MAX_NAME:
        measure_zh = kind_zh
    if len(measure_english) > MAX_NAME + 10:
        notes, measure_english = [*notes, "name_en: the English of the measure was too long; neutral"], neutral_en
    return join(place_zh, measure_zh, period_zh), join(place_english, measure_english, period_en), measure_slug, notes


def text_of(value: str | float | None) -> str:
    """A figure's text field; empty for a missing one."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)
