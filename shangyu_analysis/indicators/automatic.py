"""Automatic indicator table for an article that has no curated catalog.

Every extracted figure becomes one indicator, ``curated = False``, named by its facts: place · measure ·
period (``绍兴 · 地区生产总值 · 2020年上半年`` / ``Shaoxing · GDP · 2020 H1``; a part the text does not give is
left out), with the period and its basis as the extractor found them. The category is guessed from words
around the figure (falling back on its kind), so the notebooks still run on any article. Names and
categories here are guesses and are labelled as such.
"""

from __future__ import annotations

import re

import pandas as pd

from shangyu_analysis.extract.places import place_en
from shangyu_analysis.indicators.draft_names import entry_names, short_unit_for
from shangyu_analysis.schema import INDICATORS, STATED_QUALIFIERS, FigureRecord, column_names, figure_records
from shangyu_analysis.schema.validate import coerce, validate
from shangyu_analysis.text.periods import UNKNOWN

# First match wins, so narrower themes come before broad ones ("数字经济" before "经济").
_CATEGORY_WORDS = (
    ("fiscal", ("财政", "税收", "预算", "税")),
    ("income", ("居民收入", "可支配收入", "人均收入", "工资")),
    ("digital_economy", ("数字", "5G", "互联网", "电商", "软件")),
    ("innovation", ("专利", "研发", "科技", "创新", "研究院", "高新", "人才", "标准")),
    ("investment", ("投资", "签约", "项目", "招商", "引进")),
    ("urban_development", ("面积", "社区", "城市", "住房", "公顷", "平方米", "道路", "交通")),
    ("business_environment", ("市场主体", "营商", "上市", "审批")),
    ("policy", ("政策", "条", "意见", "措施")),
    ("industry", ("产业", "工业", "制造", "企业", "产值", "利润", "集群")),
    ("economy", ("生产总值", "GDP", "经济", "消费", "出口", "进出口")),
)
_KIND_CATEGORY = {"money": "economy", "percent": "economy", "rank": "economy", "area": "urban_development"}


def guess_category(subject: str | None, sentence: str | None, kind: str | None) -> str:
    """Best-guess category for a figure from its subject (then sentence), else its kind."""
    for text in (subject or "", sentence or ""):
        for category, words in _CATEGORY_WORDS:
            if any(w in text for w in words):
                return category
    return _KIND_CATEGORY.get(kind or "", "economy")


def _decimals(surface: str) -> int:
    m = re.search(r"\d+\.(\d+)", surface or "")
    return len(m.group(1)) if m else 0


def _text(value: object) -> str:
    return value if isinstance(value, str) and value not in ("", UNKNOWN) else ""


AUTOMATIC = " (automatic)"  # the English name says the indicator was not curated


def _unique(names: pd.Series, surfaces: pd.Series) -> pd.Series:
    """``names`` with each repeated one followed by its figure as written (· 500家), then its order (· 500家 (2))."""
    names = names.where(~names.duplicated(keep=False), names + " · " + surfaces.astype(str))
    order = names.groupby(names).cumcount() + 1
    return names.where(~names.duplicated(keep=False), names + " (" + order.astype(str) + ")")


def fact_names(fig: FigureRecord) -> tuple[str, str]:
    """(zh, en) names of a figure from its facts: place · measure · period, named as a draft catalog names them
    (draft_names.entry_names): a measure that is a piece of a sentence gives way to the figure's kind and unit."""
    places = [p for p in _text(getattr(fig, "place", "")).split("、") if p and p != "-"]
    zh, en, _, _ = entry_names(fig, "、".join(places), ", ".join(str(place_en(p)) for p in places), _text(fig.period))
    return zh, en


def _slug(kind: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(kind or "figure").lower()).strip("_") or "figure"


AUTO_PERIOD_NOTE = (
    "Resolved automatically from the text (its sentence, paragraph, heading or date); not checked by hand."
)
AUTO_PERIOD_NOTE_ZH = "由程序根据数字附近的时间表述自动推断,未经人工核对。"
NO_PERIOD_NOTE = "No time expression near the figure."
NO_PERIOD_NOTE_ZH = "数字附近没有时间表述。"


def auto_indicators(figures: pd.DataFrame) -> pd.DataFrame:
    """One uncurated indicator per figure, ids ``auto_f001_<kind>`` in text order."""
    rows = []
    for n, fig in enumerate(figure_records(figures), start=1):
        subject = fig.subject if isinstance(fig.subject, str) and fig.subject else None
        name = subject or fig.surface
        name_zh, name_en = fact_names(fig)
        qualifier = fig.qualifier if fig.qualifier in STATED_QUALIFIERS else "approx"
        period = _text(fig.period) or None
        basis = getattr(fig, "period_basis", None) if period else "unknown"
        basis = basis if basis in ("stated", "inferred") else ("inferred" if period else "unknown")
        evidence = _text(getattr(fig, "period_evidence", ""))
        rows.append(
            {
                "indicator_id": f"auto_f{n:03d}_{_slug(fig.kind)}",
                "name_zh": name_zh,
                "name_en": f"{name_en}{AUTOMATIC}",
                "description_en": f"Figure {fig.surface} found automatically in the text; subject: {name}. "
                "Not curated: name and category are guesses.",
                "category": guess_category(subject, fig.sentence, fig.kind),
                "place": _text(getattr(fig, "place", "")) or None,
                "measure": _text(fig.measure) or None,
                "kind": fig.kind,
                "value": float(fig.value),
                "value_high": fig.value_high,
                "unit": fig.unit,
                "short_unit": short_unit_for(fig.unit),
                "qualifier": qualifier,
                "period": period,
                # Resolved by the extractor (stated: the words are in the sentence or its heading), never checked by hand.
                "period_basis": basis,
                "period_evidence": evidence or None,
                "period_note": AUTO_PERIOD_NOTE if period else NO_PERIOD_NOTE,
                "period_note_zh": AUTO_PERIOD_NOTE_ZH if period else NO_PERIOD_NOTE_ZH,
                "precision": _decimals(fig.surface),
                "figure_id": fig.figure_id,
                "start": fig.start,
                "end": fig.end,
                "surface": fig.surface,
                "sentence": fig.sentence,
                "paragraph": fig.paragraph,
                "section": fig.section,
                "curated": False,
            }
        )
    df = pd.DataFrame(rows, columns=column_names(INDICATORS))
    # Two figures with one name (渝中 · 企业数量 · 发稿时, twice) would be one bar of a chart and ambiguous in a table:
    # in each language, a repeated name also gives its figure as written, then its order if that still repeats.
    for lang in ("zh", "en"):
        column = f"name_{lang}"
        df[column] = _unique(df[column].str.removesuffix(AUTOMATIC), df["surface"]) + (
            AUTOMATIC if lang == "en" else ""
        )
    df = coerce(df, "indicators")
    return validate(df, "indicators")
