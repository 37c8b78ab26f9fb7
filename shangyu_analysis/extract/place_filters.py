"""Filters of a text's place mentions (:func:`~shangyu_analysis.extract.places.find_places`): a news dateline's
place is dropped; county short names written alone are added where the text names their province or prefecture; a
city's port is a place (:func:`with_ports`); a short name right before a self word of its own suffix is sure
(:func:`confirmed_by_self_words`). Zones are named as the annotators name them in
:mod:`~shangyu_analysis.extract.place_zones`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache

from shangyu_analysis.extract.gazetteer import gazetteer, trie_pattern
from shangyu_analysis.extract.patterns import PINYIN_GLOSS
from shangyu_analysis.extract.places import SELF, Mention

# A news agency's dateline (人民网南京6月25日电, 中评社北京11月7日电, 本报杭州2月22日讯, 南海网海口7月25日消息) names where the report was
# filed, not what it is about; looked for near the start of the text only. A mirror's pinyin gloss may follow the
# outlet's last character, which the folded text keeps traditional (央廣網(wǎng)貴陽11月8日消息: 贵州's report filed in 贵阳,
# part S fs1_03).
_DATELINE = re.compile(
    rf"(?:网|網|社|报|報|台|臺){PINYIN_GLOSS}[ \u3000]?([\u4e00-\u9fff]{{2,6}}?)[0-9]{{1,2}}月[0-9]{{1,2}}日(?:电|讯|訊|消息)"
)
_DATELINE_REACH = 400
# …and so does an outlet's line in brackets (【香港商報網訊】: the paper's name, not the text's place).
_OUTLET_LINE = re.compile(r"【[^】\n]{2,12}?[讯訊电電]】")


# …and so does the byline a text opens with: an outlet's 讯 and its reporter in brackets (昆明信息港讯(昆明日报 记者杨敏)
# 9月3日,2023中国产业转移发展对接活动(云南)…: fy1_07, 云南's signing reported by 昆明's paper; 重慶日報訊 (記者 廖雪梅)).
_BYLINE = re.compile(r"[^\n，,。:：]{1,10}?(?:网|網|报|報|社|台|臺|港)[讯訊][ \u3000]?(?:[(（][^)）\n]{0,24}[)）])?")


def without_datelines(mentions: list[Mention], simple: str) -> list[Mention]:
    """``mentions`` less the places of a dateline (人民网南京6月25日电, 中新网 沈阳10月20日电: the text is
    about 江苏, filed in 南京), of an outlet's line in brackets (【香港商報網訊】) or of the byline the text opens with
    (昆明信息港讯(昆明日报 记者杨敏))."""
    spans = [m.span(1) for m in _DATELINE.finditer(simple, 0, _DATELINE_REACH)]
    if byline := _BYLINE.match(simple):
        spans.append(byline.span())
    if "【" in simple[:_DATELINE_REACH]:
        spans += [m.span() for m in _OUTLET_LINE.finditer(simple, 0, _DATELINE_REACH)]
    if not spans:
        return mentions
    return [m for m in mentions if not any(s <= m.start < e for s, e in spans)]


# A lead that cites another paper's report (据《中国县域经济报》24日头版头条报道) or opens with an outlet's 讯 and
# its reporter (光明网讯(记者 赵艳艳)): a dateline of a kind.
_CITED_LEAD = re.compile(r"据《[^》\n]{2,20}》[^\n，,。]{0,12}?报道|[^\n]{1,6}?[网报社台]讯[(（]记者")
_DATELINE_OPENS = 5  # 新华网拉萨7月31日电 at the text's start (after an outlet's name of up to 4 characters)


def dateline_first(simple: str) -> bool:
    """True when the text opens with a dateline (新华网拉萨7月31日电(记者…)今年上半年,拉萨发生的…西藏经济) or cites a
    paper's report (据《中国县域经济报》24日头版头条报道 地处大别山腹地的皖西霍山县…安徽…) or an outlet's 讯 (光明网讯(记者
    赵艳艳)7月22日,西安市发展改革委网站公布陕西省…全省): it has no title line, and
    its first paragraph, a lead, names no place as a title does."""
    found = _DATELINE.search(simple, 0, _DATELINE_REACH)
    return (found is not None and found.start() < _DATELINE_OPENS) or _CITED_LEAD.match(simple) is not None


# Where a county short name may stand alone: after a mark, a list separator, a copula or a year (…、凤阳、临泉, 是巢湖,
# 2022年东台、高邮、沛县、仪征GDP分别达…: part S fs2_04).
_SHORT_BEFORE = r"\s，,。；;：:、和与及是（(“!！年"
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


# A measure right after a name (比如,瑞安经济总量突破1450亿元): the name is its subject, even written once.
_MEASURE_NEXT = re.compile(r"(?:市|县|区)?(?:经济总量|地区生产总值|GDP)")
# A value alone in brackets right after a name (分别是宜都(963.04亿元)、潜江(951.97亿元)): the name is its subject.
_VALUE_IN_BRACKETS = re.compile(r"[(（][-0-9][0-9.]*[^()（）\n0-9]{0,4}[)）]")


def with_counties_in_scope(mentions: list[Mention], simple: str, main_code: str | None = None) -> list[Mention]:
    """``mentions`` and the county-level short names, written alone, of the provinces and prefectures the
    text names (安徽…凤阳经济总量为208亿元; 排在11—20位的分别是怀远、颍上、凤阳): one counts when it stands
    after a mark, a list separator or 是, and is written twice, next to another such name (a list) or right before a measure (比如,瑞安经济总量
    突破1450亿元) or its value in brackets (分别是宜都(963.04亿元)、潜江(951.97亿元)), so a
    word that happens to be a county's name (惠民生) stays a word. A weak mention of such a name (a county short
    name a text without full county names writes twice: evidence for the main place only) that qualifies so is
    a place (余杭、鄞州和北仑 under 浙江; then 2020年,余杭GDP达到…: 余杭's). Only the positions after those marks
    are looked at (a few dictionary look-ups each), not the whole text. ``main_code``, the text's main place when
    only its self words name it (全市各区县…渝北和长寿增速超过7%: 重庆), is a scope too."""
    gaz = gazetteer()
    codes = {code for _, _, _, code, weak in mentions if not weak}  # a long text names a few codes thousands of times
    codes.add(main_code)
    scopes = sorted(code for code in codes if code in gaz.units and gaz.units[code].level in (1, 2))
    if not scopes:
        return mentions
    names, pattern = _shorts_under(tuple(scopes))
    if not names:
        return mentions
    strong = [m for m in mentions if not m.weak]  # a weak mention (seen twice alone) may be confirmed below
    taken_starts = [m.start for m in strong]
    at_mention = set(taken_starts)
    found: list[Mention] = []
    for match in pattern.finditer(simple):
        pos, end = match.span()
        if pos in at_mention:
            continue  # a mention starts there and overlaps it: most names found are mentions already (上虞)
        k = bisect.bisect_left(taken_starts, end) - 1  # mentions do not overlap: the last one before is enough
        if k < 0 or strong[k].end <= pos:
            found.append(Mention(pos, end, match.group(0), names[match.group(0)]))
    if not found:
        return mentions
    seen = Counter(m.place for m in found)
    ends = {m.end for m in found} | {m.end for m in strong}
    starts = {m.start for m in found} | at_mention
    kept = [
        m
        for m in found
        if seen[m.place] >= 2
        or _MEASURE_NEXT.match(simple, m.end)
        or (m.start - 1 in ends and simple[m.start - 1] in "、和")
        or (m.end + 1 in starts and simple[m.end : m.end + 1] in "、和")
        or (simple[m.end : m.end + 1] in "(（" and _VALUE_IN_BRACKETS.match(simple, m.end))
    ]
    if not kept:
        return mentions
    confirmed = {(m.start, m.end) for m in kept}
    return sorted([m for m in mentions if not (m.weak and (m.start, m.end) in confirmed)] + kept)


# A port named after its city (镇江港吞吐量达3.29亿吨, 上海港): 港 right after a city or province, not a word that
# goes on (港口, 港区, 港澳, 港城, 港股, 港尾).
_PORT_NOT = frozenset("口区澳城股尾务湾币元人")


def with_ports(mentions: list[Mention], simple: str) -> list[Mention]:
    """``mentions`` with a city's port as a place of its own (FACTS.md: a named port keeps its name, 上海港): a
    mention of a province or prefecture followed by 港 becomes the port (镇江港). Only the text's 港 are looked at."""
    pos = simple.find("港")
    if pos < 0:
        return mentions
    gaz, out, ends = gazetteer(), mentions, {m.end: i for i, m in enumerate(mentions)}
    while pos >= 0:
        i = ends.get(pos)
        if i is not None and simple[pos + 1 : pos + 2] not in _PORT_NOT:
            m = mentions[i]
            if m.code in gaz.units and gaz.units[m.code].level in (1, 2):
                if out is mentions:
                    out = list(mentions)
                out[i] = Mention(m.start, m.end + 1, f"{m.place}港", None)
        pos = simple.find("港", pos + 1)
    return out


def confirmed_by_self_words(mentions: list[Mention], simple: str) -> list[Mention]:
    """``mentions`` with a weak short name made sure when a self word of its unit's suffix follows it right away
    (2024年义乌全市实现进出口总额6689.3亿元 in 浙江's text: 义乌市's own words, not the text's)."""
    units = gazetteer().units
    out = list(mentions)
    for i in range(len(out) - 1):
        m, word = out[i], out[i + 1]
        if (
            m.weak
            and word.code == SELF
            and word.start == m.end
            and m.code in units
            and units[m.code].name.endswith(word.place[-1])
        ):
            out[i] = m._replace(weak=False)
    return out
