"""Filters of a text's place mentions (:func:`~shangyu_analysis.extract.places.find_places`): a news dateline's
place is dropped; county short names written alone are added where the text names their province or prefecture.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache

from shangyu_analysis.extract.gazetteer import gazetteer, trie_pattern
from shangyu_analysis.extract.places import Mention

# A news agency's dateline (人民网南京6月25日电, 中评社北京11月7日电, 本报杭州2月22日讯) names where the report was
# filed, not what it is about; looked for near the start of the text only.
_DATELINE = re.compile(r"(?:网|社|报|台)[ \u3000]?([\u4e00-\u9fff]{2,6}?)[0-9]{1,2}月[0-9]{1,2}日(?:电|讯|訊)")
_DATELINE_REACH = 400


def without_datelines(mentions: list[Mention], simple: str) -> list[Mention]:
    """``mentions`` less the places of a dateline (人民网南京6月25日电, 中新网 沈阳10月20日电: the text is
    about 江苏, filed in 南京)."""
    spans = [m.span(1) for m in _DATELINE.finditer(simple, 0, _DATELINE_REACH)]
    if not spans:
        return mentions
    return [m for m in mentions if not any(s <= m.start < e for s, e in spans)]


# Where a county short name may stand alone: after a mark, a list separator or a copula (…、凤阳、临泉, 是巢湖).
_SHORT_BEFORE = r"\s，,。；;：:、和与及是（(“!！"
# Tested after a name's first character: not (a character before it, and that one is not a mark).
_STARTS_AFTER_MARK = rf"(?<![^{_SHORT_BEFORE}][\s\S])"


@lru_cache(maxsize=64)
def _shorts_under(scopes: tuple[str, ...]) -> tuple[dict[str, str], re.Pattern[str]]:
    """The county short names under any of ``scopes`` (codes of provinces or prefectures) -> county code,
    and one prefix-tree pattern of them that skips in C to their first characters and keeps a name only where
    it stands after a mark (no loop)."""
    names: dict[str, str] = {}
    for scope in scopes:
        for short, code in gazetteer().below.get(scope, {}).items():
            names.setdefault(short, code)
    return names, re.compile(trie_pattern(set(names), after_first=_STARTS_AFTER_MARK))


def with_counties_in_scope(mentions: list[Mention], simple: str) -> list[Mention]:
    """``mentions`` and the county-level short names, written alone, of the provinces and prefectures the
    text names (安徽…凤阳经济总量为208亿元; 排在11—20位的分别是怀远、颍上、凤阳): one counts when it stands
    after a mark, a list separator or 是, and is written twice or next to another such name (a list), so a
    word that happens to be a county's name (惠民生) stays a word. Only the positions after those marks are
    looked at (a few dictionary look-ups each), not the whole text."""
    gaz = gazetteer()
    codes = {code for _, _, _, code, weak in mentions if not weak}  # a long text names a few codes thousands of times
    scopes = sorted(code for code in codes if code in gaz.units and gaz.units[code].level in (1, 2))
    if not scopes:
        return mentions
    names, pattern = _shorts_under(tuple(scopes))
    if not names:
        return mentions
    taken_starts = [m.start for m in mentions]
    at_mention = set(taken_starts)
    found: list[Mention] = []
    for match in pattern.finditer(simple):
        pos, end = match.span()
        if pos in at_mention:
            continue  # a mention starts there and overlaps it: most names found are mentions already (上虞)
        k = bisect.bisect_left(taken_starts, end) - 1  # mentions do not overlap: the last one before is enough
        if k < 0 or mentions[k].end <= pos:
            found.append(Mention(pos, end, match.group(0), names[match.group(0)]))
    if not found:
        return mentions
    seen = Counter(m.place for m in found)
    ends = {m.end for m in found} | {m.end for m in mentions}
    starts = {m.start for m in found} | at_mention
    kept = [
        m
        for m in found
        if seen[m.place] >= 2
        or (m.start - 1 in ends and simple[m.start - 1] in "、和")
        or (m.end + 1 in starts and simple[m.end : m.end + 1] in "、和")
    ]
    return sorted(mentions + kept) if kept else mentions
