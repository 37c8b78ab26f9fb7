"""What a figure measures: the vocabulary of ``data/measures.yml`` (one table for the concept).

``data/measures.yml`` declares the measure vocabulary of ``../shared/corpus/FACTS.md`` (地区生产总值, 排名…)
with English labels, unit families and synonyms (生产总值, GDP, 经济总量 → 地区生产总值; 社零 →
社会消费品零售总额), and the other zh→en ``words`` of the domain. Together they

- give each figure its ``measure`` (:func:`measure_term`): a vocabulary term, or ``其他:<name>``;
- name the English of any subject (:func:`measure_en`, 杭州力争生产总值年均增长 → "GDP, average annual growth");
- mark word boundaries: a subject cut to its last characters is never cut inside a known word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.extract.patterns import PINYIN_GLOSS_RE
from shangyu_analysis.files import expect, read_yaml
from shangyu_analysis.text.normalise import fold_names

MEASURES_YML = config.DATA_DIR / "measures.yml"
OTHER = "其他:"
FAMILIES = frozenset(
    {"money", "percent", "percentage_point", "count", "people", "ratio", "rank", "index", "energy", "area"}
)


class Measure(NamedTuple):
    """One vocabulary term: its English label, unit family, growth term and the figure kinds it needs."""

    en: str
    family: str
    growth: str | None
    needs: tuple[str, ...]


class Vocabulary(NamedTuple):
    terms: dict[str, Measure]  # 地区生产总值 -> Measure
    synonyms: dict[str, str]  # every word that names a term (the term included) -> the term
    words: dict[str, str]  # every known word (synonyms and other words) -> English


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The validated contents of ``data/measures.yml`` (empty when the file is absent)."""
    if not MEASURES_YML.is_file():
        return Vocabulary({}, {}, {})
    path = MEASURES_YML
    data = expect(path, read_yaml(path), dict, "(top level)")
    table = expect(path, data.get("measures"), dict, "measures")
    terms: dict[str, Measure] = {}
    synonyms: dict[str, str] = {}
    for zh, raw in table.items():
        raw = expect(path, raw, dict, f"measures.{zh}")
        family = expect(path, raw.get("family"), str, f"measures.{zh}.family")
        if family not in FAMILIES:
            raise UserError(path, f"field measures.{zh}.family: unknown family {family!r}")
        needs = tuple(expect(path, raw.get("needs", []), list, f"measures.{zh}.needs"))
        terms[str(zh)] = Measure(
            expect(path, raw.get("en"), str, f"measures.{zh}.en"), family, raw.get("growth"), needs
        )
        for word in [zh, *expect(path, raw.get("synonyms", []), list, f"measures.{zh}.synonyms")]:
            word = str(word)
            if synonyms.get(word, zh) != zh:
                raise UserError(path, f"field measures.{zh}.synonyms: {word} already names {synonyms[word]}")
            synonyms[word] = str(zh)
    for zh, measure in terms.items():
        if measure.growth is not None and measure.growth not in terms:
            raise UserError(path, f"field measures.{zh}.growth: {measure.growth} is not a term")
    words = {word: terms[term].en for word, term in synonyms.items()}
    for zh, en in expect(path, data.get("words") or {}, dict, "words").items():
        words.setdefault(str(zh), expect(path, en, str, f"words.{zh}"))
    return Vocabulary(terms, synonyms, words)


def terms() -> dict[str, str]:
    """Every known Chinese word -> its English (vocabulary synonyms and the other words)."""
    return vocabulary().words


@lru_cache(maxsize=1)
def _term_pattern() -> re.Pattern[str] | None:
    words = sorted(terms(), key=len, reverse=True)  # longest first: the alternation takes the first that fits
    if not words:
        return None
    # The lookahead on first characters lets the scan skip most positions without trying every term.
    first = "".join(sorted({re.escape(w[0]) for w in words}))
    return re.compile(f"(?=[{first}])(?:{'|'.join(map(re.escape, words))})")


def term_spans(text: str) -> list[tuple[int, int]]:
    """Spans of known words in ``text``, left to right, longest at each position."""
    pattern = _term_pattern()
    return [m.span() for m in pattern.finditer(text)] if pattern and text else []


@lru_cache(maxsize=8192)  # subjects repeat (利润, 增加值…); a cache keeps extraction at its speed
def measure_en(subject: str | None) -> str | None:
    """The English of a subject: its known words in order, each once (``杭州力争生产总值年均增长`` →
    ``GDP, average annual growth``); None when no word is known."""
    found: list[str] = []
    simple = fold_names(subject or "")
    for start, end in term_spans(simple):
        english = terms()[simple[start:end]]
        if english not in found:
            found.append(english)
    if not found:
        return None
    words = ", ".join(found)
    return words[0].upper() + words[1:]


def cut_at_word(phrase: str, cut: int) -> int:
    """``cut`` moved back to the start of the known word it falls inside (so ``…固定资产投资`` cut at 资
    keeps 固定资产投资); unchanged when it falls between words."""
    for start, end in term_spans(phrase):
        if start < cut < end:
            return start
    return cut


_GROWTH = re.compile(r"增长|增速|下降|增幅|降幅|回落|上升|上涨|提高|增加|减少|[升跌增降]")
_NOT_GROWTH = re.compile(r"占|比重|率|结构|贡献|拉动|两年平均")  # 年均增长 is a growth rate (of a span)
_CHANGE_OF = re.compile(r"年均|增加(?!值)|新增|减少|增量|净增")


@lru_cache(maxsize=16384)
def measure_term(subject: str, kind: str | None, unit: str | None) -> tuple[str | None, bool]:
    """``(term, is_growth)`` of a subject: the vocabulary term its words name, else None.

    A mirror's pinyin glosses (生產(chǎn)總值) are left out. The last vocabulary word of the subject names the base term (``规模以上工业增加值同比增长`` →
    规上工业增加值); a percentage whose subject speaks of a change takes the term's growth term, if any
    (is_growth tells the caller that a 其他 name should end in 增速). A rank is always 排名.
    """
    if kind == "rank":
        return "排名", False
    vocab = vocabulary()
    simple = fold_names(subject)
    if "(" in simple:  # 生產(chǎn)總值: a mirror's pinyin glosses break the words they stand in
        simple = PINYIN_GLOSS_RE.sub("", simple)
    family = _family(kind, unit)
    growth = (
        family in ("percent", "percentage_point") and bool(_GROWTH.search(simple)) and not _NOT_GROWTH.search(simple)
    )
    found, found_end = None, 0
    for start, end in term_spans(simple):
        term = vocab.synonyms.get(simple[start:end])
        if term is None or (vocab.terms[term].needs and family not in vocab.terms[term].needs):
            continue
        found, found_end = term, end
    if found is None:
        return None, growth
    if not growth and family == "money" and _CHANGE_OF.search(simple, found_end):
        return None, False  # 地区生产总值年均增加64亿元: a change of the measure, not the measure
    measure = vocab.terms[found]
    if growth and measure.growth is None and measure.family == "index":
        return found, False  # CPI上涨1.4%: an index's change is what the index reports
    if growth:
        # GDP增速高于全省平均增速: the subject names a growth term itself; None when the vocabulary has no growth
        # term for it: a 其他 name
        return (found if measure.growth is None and found in growth_terms() else measure.growth), True
    if family in ("percent", "percentage_point") and measure.family not in ("percent", "ratio", "index"):
        return None, False  # a share or rate of a money term: 其他
    if measure.family == "ratio" and family not in ("ratio", "multiple"):
        return None, False
    return found, False


@lru_cache(maxsize=1)
def growth_terms() -> frozenset[str]:
    """The terms that are another term's growth (地区生产总值增速)."""
    return frozenset(m.growth for m in vocabulary().terms.values() if m.growth)


def _family(kind: str | None, unit: str | None) -> str:
    """The unit family of a figure from its kind and stated unit (人, 万人: people)."""
    if kind == "count" and unit and unit.endswith(("人", "人次")):
        return "people"
    return {
        "money": "money",
        "percent": "percent",
        "percentage_point": "percentage_point",
        "ratio": "ratio",
        "multiple": "multiple",
        "index": "index",
        "count": "count",
    }.get(kind or "", "other")


def other_name(subject: str, growth: bool) -> str:
    """``其他:<name>`` in the subject's own words (growth rates end in 增速); ``-`` when empty."""
    name = subject.strip(" ，,、:：“”\"")
    name = re.sub(r"(?:同比|比上年|比去年)?(?:增长|增速|下降|增幅|提高|增加)$", "", name) if growth else name
    if not name:
        return "-"
    return f"{OTHER}{name}增速" if growth else f"{OTHER}{name}"


FIRM_UNITS = frozenset({"家", "万家", "户", "万户"})  # the units a count of firms is written in


def money_term(words: str) -> str | None:
    """The last money term of the vocabulary named in ``words`` (the paragraph before a figure)."""
    found = None
    for start, end in term_spans(words):
        term = vocabulary().synonyms.get(words[start:end])
        if term is not None and vocabulary().terms[term].family == "money":
            found = term
    return found


def counted_term(words: str, unit: str | None) -> str | None:
    """企业数量 or 项目数量 when a count's unit fits the firms or projects named in ``words``."""
    if unit in FIRM_UNITS and any(w in words for w in ("企业", "家数", "公司")):
        return "企业数量"
    if unit in ("个", "项") and "项目" in words:
        return "项目数量"
    return None
