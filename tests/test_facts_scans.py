"""The fast scans of the facts (issue #19, speed) give what their plain definitions give.

Each speed-up of ``FactsFinder``'s scans replaced a plain form (a regex scan per mark, a flat alternation,
a walk over every character, a key-sorted list, a quadratic overlap test) by a cheaper one with the same
result; these tests hold each cheap form to its plain definition on random and real text, so a change to
a pattern that breaks the equivalence fails here (the facts columns themselves: ``tests/test_facts.py``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shangyu_analysis import config
from shangyu_analysis.extract import fact_marks, own_place, places
from shangyu_analysis.extract.fact_period_marks import FULL_STOP
from shangyu_analysis.extract.fact_period_parts import aside
from shangyu_analysis.extract.fact_places import CLAUSE_MARK
from shangyu_analysis.extract.facts import FactsFinder
from shangyu_analysis.extract.gazetteer import trie_pattern
from shangyu_analysis.text.normalise import fold_names
from shangyu_analysis.text.period_compared import compared_part, compared_point
from shangyu_analysis.text.periods import _AFTER, _BEFORE, TIME, find_times

# Characters the scans care about, some common Chinese, an astral one and ASCII.
_ALPHABET = st.sampled_from(
    [*list("，,。；;：:！？!?\n、（）()年月季五目前上虞绍兴浙江全国县市区我本该内地港比2015-至\r\t a"), "😀", "\u3000"]
)
_TEXT = st.text(_ALPHABET, max_size=80)


@given(_TEXT)
@settings(max_examples=300, deadline=None)
def test_marks_are_the_regex_scans(text):
    stops, marks = fact_marks.marks(text)
    assert (stops.tolist(), marks) == (
        [m.end() for m in FULL_STOP.finditer(text)],
        [m.start() for m in CLAUSE_MARK.finditer(text)],
    )


def test_marks_over_every_code_point():
    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    stops, marks = fact_marks.marks(text)
    assert (stops.tolist(), marks) == (
        [m.end() for m in FULL_STOP.finditer(text)],
        [m.start() for m in CLAUSE_MARK.finditer(text)],
    )


@given(
    st.sets(st.text(st.sampled_from("上海虞绍兴浙江杭州县市"), min_size=1, max_size=4), min_size=1, max_size=12),
    st.text(st.sampled_from("上海虞绍兴浙江杭州县市的，"), max_size=60),
)
@settings(max_examples=300, deadline=None)
def test_trie_pattern_finds_what_a_flat_alternation_finds(words, text):
    flat = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
    trie = re.compile(trie_pattern(words))
    # A trie takes the longest word at each start, as the longest-first alternation does.
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


_PLAIN_WORDS = re.compile(r"全国|我国|国内|内地|本港|全港|[全本我该][县市区省旗州](?!级|委|长|政府|人大|政协|直)")


@given(_TEXT)
@settings(max_examples=300, deadline=None)
def test_self_words_are_the_plain_alternation(text):
    assert [(m.span(), m.group(0)) for m in places._WORDS.finditer(text)] == [
        (m.span(), m.group(0)) for m in _PLAIN_WORDS.finditer(text)
    ]


def _plain_aside(simple: str, lo: int, hi: int) -> bool:
    depth = 0
    for ch in simple[lo:hi]:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            if depth == 0:
                return True
            depth -= 1
    return False


@given(_TEXT, st.integers(0, 80), st.integers(0, 80))
@settings(max_examples=300, deadline=None)
def test_aside_walks_the_parentheses_as_the_characters_do(text, lo, hi):
    assert aside(text, lo, hi) == _plain_aside(text, lo, hi)


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6)), max_size=20))
def test_longest_first_keeps_what_the_key_sort_kept(pairs):
    spans = [(start, start + size, "x" * size) for start, size in pairs]
    kept: list = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):  # the plain form: longest of one start first
        if kept and span[0] < kept[-1][1]:
            if span[1] - span[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = span
            continue
        kept.append(span)
    assert places._longest_first(spans) == kept


@given(st.lists(st.integers(0, 5), max_size=12), st.integers(0, 40), st.integers(1, 5))
def test_overlap_by_bisect_is_the_pairwise_test(gaps, start, size):
    spans, at = [], 0
    for gap in gaps:  # sorted, disjoint spans
        spans.append((at + gap, at + gap + 2))
        at += gap + 2
    starts, ends = [s for s, _ in spans], [e for _, e in spans]
    assert places._overlaps(starts, ends, start, start + size) == any(s < start + size and start < e for s, e in spans)


_KINDS = (
    "same",
    "cmp",
    "cmpago",
    "cdate",
    "since",
    "span",
    "plan",
    "back",
    "streak",
    "target",
    "within",
    "asof",
    "this",
)


def _plain_kind(m: re.Match, simple: str) -> str:
    kind = next((k for k in _KINDS if m.group(k)), "point")
    kind = {"cmp": "compare", "cmpago": "compare", "cdate": "day", "this": "point"}.get(kind, kind)
    if kind == "point" and m.group("d"):
        return "day"
    if (
        kind == "point"
        and not m.group("year")
        and (
            not m.group("rel")
            or (m.group("rel") in ("上年", "去年") and any(m.group(g) for g in ("h", "q3", "q", "qq", "m1", "mf", "m")))
        )
        and not m.group("this")
        and m.start() > 0
        and simple[m.start() - 1] in "比较与"
    ):
        return "compare"  # 比1—4月, 较上年四季度 (issue #19 accuracy: an earlier part of a year)
    return kind


_PLAIN_ANCHOR = re.compile(r"[年月季五]|目前|当前|现有|如今|至今|百强|榜单")


def _plain_matches(simple: str) -> list[re.Match]:
    """TIME in the windows around anchors, merged one anchor at a time (the plain form of ``_matches``)."""
    lo = hi = -1
    windows, found, last = [], [], 0
    for a in _PLAIN_ANCHOR.finditer(simple):
        start, end = max(0, a.start() - _BEFORE), a.end() + _AFTER
        if start <= hi:
            hi = end
        else:
            if hi > lo:
                windows.append((lo, hi))
            lo, hi = start, end
    if hi > lo:
        windows.append((lo, hi))
    for lo, hi in windows:
        for m in TIME.finditer(simple, max(lo, last), min(hi, len(simple))):
            last = m.end()
            found.append(m)
    return found


def _check_times(simple: str) -> None:
    plain = [
        (m.start(), m.end(), _plain_kind(m, simple), m)
        for m in _plain_matches(simple)
        if m.end() > m.start()
        and not (m.group(0) == "全年" and re.match(r"的?(?:开工|竣工|投资|建设)?(?:任务|目标|计划)", simple[m.end() :]))
        and not (
            m.group(0) == "后年"
            and simple[max(0, m.start() - 2) : m.start()] in ("投产", "建成", "达产", "竣工", "完成", "运营")
        )
        and not (
            m.group("year")
            and re.match(r"[^，,。；;：:！？!?\n\d]{0,10}以来(?:同期)?(?:最|首次|历史)", simple[m.end() :])
        )
        and not (
            (m.group("back") or m.group("sy"))
            and m.group(0).endswith("来")
            and re.match("(?:同期)?(?:最|首次|历史)", simple[m.end() :])
        )
        and not (
            m.group("bn3")
            and not re.search(
                r"(?:^|[。！？\n\s])(?:这|那|过去五年)?是[^。！？\n]*$", simple[max(0, m.start() - 40) : m.start()]
            )
        )
    ]
    assert [(t.start, t.end, t.kind) for t in find_times(simple)] == _compared(simple, plain)


def _compared(simple: str, plain: list[tuple[int, int, str, re.Match]]) -> list[tuple[int, int, str]]:
    """Round 23's comparisons read on the plain matches: 比2014年 + 12月份 is one compared period, and a year
    compared in a list (比2020和2019年) or a trend carried on from (延续2014年四季度走势) is no point."""
    out: list[tuple[int, int, str]] = []
    before: re.Match | None = None
    for start, end, kind, m in plain:
        if (
            kind == "point"
            and not m.group("year")
            and out
            and out[-1][1] == start
            and compared_part(simple, TIME, before, start) is not None
        ):
            out[-1] = (out[-1][0], end, "compare")
            continue
        if kind == "point" and m.group("year") and compared_point(simple, m, start):
            kind = "compare"
        out.append((start, end, kind))
        before = m
    return out


@pytest.mark.parametrize("name", sorted(p.name for p in (config.PROJECT_ROOT / "data" / "corpus").glob("*.txt")))
def test_time_kinds_and_windows_on_the_corpus(name):
    """find_times (anchor runs found by one regex, kinds from the closing group) gives what the per-anchor
    windows and the first non-empty group gave."""
    _check_times(fold_names((config.PROJECT_ROOT / "data" / "corpus" / name).read_text(encoding="utf-8-sig")))


@given(
    st.text(
        st.sampled_from(
            list("年月季五目前当现有如今至比较上去同环与是0123456789一二三十两连续个截止底末初以来，。 \n")
        ),
        max_size=120,
    )
)
@settings(max_examples=300, deadline=None)
def test_time_windows_on_random_text(text):
    _check_times(text)


@pytest.mark.parametrize(
    "words",
    [
        "比2015年",
        "与2020年相比",
        "是2010年的",
        "十年前",
        "2020年上半年",
        "截至2024年11月底",
        "连续8年",
        "“十四五”时期",
        "近五年来",
        "自2016年以来",
        "2016-2020年",
        "目前",
        "全年",
        "二○二一年十二月三十一日",
        "民国100年",
        "比上年",
        "力争2025年",
        "3月5日",
        "今年",
        "用3年左右的时间",
        "比1—4月",
    ],
)
def test_every_branch_of_time_gets_its_kind(words):
    (m,) = [m for m in TIME.finditer(words) if m.end() > m.start()][:1]
    assert find_times(words)[0].kind == _plain_kind(m, words)


def _plain_zone_code(head):
    # the whole head's unit, else the most specific unit named anywhere in it (of several as specific, the last)
    gaz = places.gazetteer()
    if places.place_code(head):
        return places.place_code(head)
    found = [places.place_code(head[i:j]) for i in range(len(head)) for j in range(len(head), i + 1, -1)]
    found = [c for c in found if c]
    return max(reversed(found), key=lambda c: gaz.units[c].level) if found else None


def _plain_main_place(mentions, title_end):
    gaz = places.gazetteer()
    suffix = r"(?:经济技术开发区|高新技术产业开发区|经开区|高新区|开发区|新区|产业园区|工业区)"

    def zone_unit(m):
        return m.code in gaz.units and re.search(suffix + "$", gaz.units[m.code].name) is not None

    named = [m for m in mentions if m.code not in (places.SELF, None) and m.place != places.COUNTRY]
    strong = [m for m in named if not m.weak] or named
    if not strong:  # no unit, only zones: the most-mentioned zone (of several as often, the first)
        zone_counts = Counter(m.place for m in mentions if m.code is None)
        if not zone_counts:
            return None
        top = next(m for m in mentions if m.code is None and zone_counts[m.place] == max(zone_counts.values()))
        found = re.fullmatch(r"(.+?)[省市县区]?" + suffix, top.place)
        code = _plain_zone_code(found.group(1)) if found else None
        return places.Mention(top.start, top.end, top.place, code)
    zones = [m for m in mentions if m.start < title_end and (m.code is None or zone_unit(m))]
    if len({m.place for m in zones}) > 1:  # a title listing zones
        strong = [m for m in strong if not zone_unit(m)] or strong
    counts = Counter(m.place for m in strong)
    in_title = [m for m in strong if m.start < title_end]
    if not in_title and len({m.place for m in zones}) == 1 and zones[0].code is None:  # one zone, no unit
        found = re.fullmatch(r"(.+?)[省市县区]?" + suffix, zones[0].place)
        code = _plain_zone_code(found.group(1)) if found else None  # none for 安巢经开区: still the zone
        return places.Mention(zones[0].start, zones[0].end, zones[0].place, code)
    if in_title:
        chosen = max(in_title, key=lambda m: (gaz.units[m.code].level, counts[m.place], -m.start))
        top = gaz.units[chosen.code].level
        tied = {m.place for m in in_title if gaz.units[m.code].level == top}
        if len(tied) > 1:  # several places of that level, and a unit above all of them named more often in the title
            common = set.intersection(*(places.ancestors(m.code) for m in in_title if m.place in tied))
            above = [m for m in in_title if m.code in common]
            if len(above) > sum(m.place in tied for m in in_title):
                return max(above, key=lambda m: (gaz.units[m.code].level, -m.start))
        if len({m.place for m in zones}) == 1 and zones[0].code is None:
            found = re.fullmatch(r"(.+?)[省市县区]?" + suffix, zones[0].place)
            code = places.place_code(found.group(1)) if found else None
            if code is not None and (code == chosen.code or chosen.code in places.ancestors(code)):
                return places.Mention(zones[0].start, zones[0].end, zones[0].place, code)
        return chosen
    best = max(strong, key=lambda m: (gaz.units[m.code].level >= 3, counts[m.place], -m.start))
    if counts[best.place] == 1:  # a county named once as an example of a unit above it named more often
        above = [m for m in strong if counts[m.place] > 1 and m.code in places.ancestors(best.code)]
        return max(above, key=lambda m: (counts[m.place], -m.start)) if above else best
    return best


_PLACE_WORDS = [
    "上虞",
    "绍兴",
    "浙江",
    "杭州",
    "萧山",
    "全国",
    "全县",
    "江苏",
    "苏州",
    "昆山",
    "杭州湾上虞经开区",
    "上虞经开区",
    "，",
    "的",
]


@given(st.lists(st.sampled_from(_PLACE_WORDS), max_size=30), st.integers(0, 40))
@settings(max_examples=200, deadline=None)
def test_main_place_counts_only_to_break_ties_and_picks_the_same(words, title_end):
    mentions = places.find_places("".join(words))
    assert own_place.main_place(mentions, title_end) == _plain_main_place(mentions, title_end)


@given(st.lists(st.integers(0, 60), unique=True), st.lists(st.integers(0, 70), unique=True))
def test_last_before_is_bisect_right(ends, positions):
    ends = sorted(ends)
    expected = {p: (ends[k] if (k := bisect.bisect_right(ends, p) - 1) >= 0 else 0) for p in positions}
    assert fact_marks.last_before(np.asarray(ends, dtype=np.int64), positions) == expected


def test_a_zone_the_gazetteer_also_knows_is_one_mention_with_its_code():
    # 郑州经济技术开发区 is a gazetteer unit and a zone by its suffix: the same span twice, once without a code.
    # Sorting them compared None with a code and crashed (found scoring a fresh part, 2026-12-06).
    from shangyu_analysis.extract.places import find_places
    from shangyu_analysis.text.normalise import fold_names

    found = find_places(fold_names("郑州经济技术开发区是国家级经济技术开发区。"))
    assert [(m.place, m.code) for m in found if m.start == 0] == [("郑州经济技术开发区", "410171")]


@given(st.text(alphabet="年增长 \u3000\n。，5%", max_size=40))
@settings(max_examples=200, deadline=None)
def test_line_start_and_blank_are_rfind_and_strip(text):
    # the look-ups that replaced reading back to a line's start (a one-line text made that quadratic)
    finder = FactsFinder(text, None, 0)
    simple = finder.simple
    for pos in range(len(simple) + 1):
        assert finder._line_start(pos) == simple.rfind("\n", 0, pos) + 1
        for lo in range(pos + 1):
            assert finder._blank(lo, pos) == (not simple[lo:pos].strip(" \u3000"))


@given(st.text(alphabet="年增长亿元 。！\n，5%", max_size=60), st.data())
@settings(max_examples=200, deadline=None)
def test_lead_sentence_searches_only_up_to_the_next_figure(text, data):
    # _lead_sentence used to search for the sentence's end (a text with no full stop made it quadratic); it now looks
    # only up to the next figure: the plain model reads to the sentence's end and asks whether a figure starts in it
    import bisect
    import re

    starts = sorted(data.draw(st.sets(st.integers(0, max(0, len(text) - 1)), max_size=6)))
    finder = FactsFinder(text, None, 0, figure_starts=starts)
    simple = finder.simple
    for pos in range(len(simple)):
        for para_start in (0, finder._line_start(pos)):
            begin = finder._stop(pos)
            stop = re.compile(r"[。！？!?\n]").search(simple, pos)
            end = stop.end() if stop else len(simple)
            k = bisect.bisect_left(starts, begin)
            plain = begin - para_start <= 60 and not (k < len(starts) and starts[k] < end)
            assert finder._lead_sentence(pos, para_start) == plain
