"""Zones named as the annotators name them (:func:`named_zones`), a filter of a text's place mentions (the others:
:mod:`~shangyu_analysis.extract.place_filters`): the short form of a zone's name, a class of zones as its place, a
bare name listed before a zone sharing its suffix, a park named by the first characters of two places, a region a
policy names.
"""

from __future__ import annotations

import operator
import re

from shangyu_analysis.extract.gazetteer import descends, gazetteer
from shangyu_analysis.extract.places import Mention

# A zone's suffix, and the short form a zone is named by (安徽巢湖经济开发区 → 巢湖经开区, as the annotators write it).
_ZONE_SUFFIX = re.compile(
    r"(?:经济技术开发区|经济开发区|高新技术产业开发区|经开区|高新区|开发区|新区|产业集聚区|产业园区|工业区|经济圈|经济带|开发带"
    r"|大通道|开区|工业园区|保税区|试验区|实验区)$"
)
_SHORT_SUFFIX = {"经济技术开发区": "经开区", "经济开发区": "经开区", "高新技术产业开发区": "高新区"}
_SHORT_ZONE = re.compile(r"(?:经开区|高新区)$")  # the short suffixes a list's items may share
_NAMES_ITSELF = frozenset({"经济技术开发区", "经济开发区", "高新技术产业开发区", "经开区"})  # 新芜经济开发区: a name
# A region a policy names (环首都绿色经济圈, 义甬舟开放大通道, 滨海开发带): its own name, without the unit it is in.
_REGIONS = frozenset({"经济圈", "经济带", "开发带", "大通道"})
_REGION_HEAD = (2, 6)  # how long a region's own name is before its word
# A region named by an area's two characters, 地区 and its own words (成渝地区双城经济圈: fy2_08): one name, whatever
# units its words hold (双城); a shorter mention of its last words (双城经济圈 in the title) is it.
_AREA_HEAD = re.compile(r"[\u4e00-\u9fff]{2}地区[\u4e00-\u9fff]{2,4}")
_CODE = operator.itemgetter(3)  # a Mention's code
_NEW_AREAS = frozenset({"新区", "高新区"})
_PARKS = frozenset({"工业园区", "产业园区"})  # …园区、甘河工业园区 (fz2_09): the next park of a list of them
_MARKS_BEFORE = frozenset("，,。；;：:、\n“\"（(")
_SELF_WORD = re.compile(r"[全本我该][省市县区州旗]")
_CLASS_OF = re.compile(r"(?:省|自治区)$")  # 安徽省开发区: the province's zones, not one zone
# Words between a zone's place and a suffix that names a zone by itself or 新区 (成都|天府|新区); none before another
# (巢湖|经济开发区; 芜湖市|深入推进|开发区 and 河南|首批|产业园区 are no names).
_BETWEEN = 2
# A suffix whose zone is named by its place and its trade or area (成都天府新区, 驻马店装备产业集聚区, 郑州航空港产业
# 集聚区): the words that may stand between.
_NAMED_BY_TRADE = {"新区": _BETWEEN, "产业集聚区": 3, "开区": 1, "保税区": 2}  # 南宁综合保税区 (fy1_08)
# A zone named by its place and its trade (长春汽车经济技术开发区) that the text also writes by the trade's first
# character and 开区 (长春汽开区, fz1_11) is named so, as the text writes it.
_TRADE_SHORT = frozenset({"经济技术开发区", "经济开发区"})


def _names_in(head: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, code) of the gazetteer names written in a zone's head, longest first at each position."""
    gaz, found, pos = gazetteer(), [], 0
    while pos < len(head) - 1:
        for end in range(len(head), pos + 1, -1):
            codes = gaz.by_name.get(head[pos:end]) or gaz.county_short.get(head[pos:end])
            if codes:
                found.append((pos, end, codes[0]))
                pos = end
                break
        else:
            pos += 1
    return tuple(found)


def named_zones(mentions: list[Mention], simple: str) -> list[Mention]:
    """``mentions`` with each zone the text introduces (``code`` None) named as the annotators name it:

    - from the place its name starts with, not the words before it (其中合肥经开区 → 合肥经开区), less a province
      or city that precedes another place (安徽巢湖经济开发区, 江苏常州…, 芜湖市芜湖高新…), its suffix in the short form
      (经济(技术)开发区 → 经开区, 高新技术产业开发区 → 高新区);
    - a short form of two names' first characters (安巢经开区 after 安徽巢湖经济开发区) is that zone, under the name
      the text gives it first (安巢经开区 when the title names it so: 安徽巢湖经济开发区 after it is 安巢经开区);
    - a city's or county's bare name listed right before a zone shares its short suffix (广州、南沙经开区 → 广州经开区);
    - a county short name a zone is named from is sure (金山 twice alone and 金山工业区: 金山's);
    - a class of zones is the place it is of: 全市开发区 (全市), 安徽省开发区 (安徽);
    - a region a policy names is its own words before its word, without the units that open it (河北省环首都绿色经济圈
      → 环首都绿色经济圈; 滨海开发带; :func:`_region_named`);
    - not a zone: a head of other words (根据开发区, 巩固提升开发区, 芜湖市深入推进开发区: 芜湖市 stays a place),
      except before a suffix that names a zone by itself (新芜经济开发区, 安巢经开区) and two characters after a mark
      before 新区 or 高新区 (,天府新区); a zone named by its place and its trade (驻马店装备产业集聚区, 郑州航空港产业集聚区)
      is one; a class of them is not (二星级产业集聚区, 全省产业集聚区: 全省's).
    - a park named by the first characters of two places the text names (苏宿园区, 苏宿工业园区 in a text naming 苏州
      and 宿迁: their joint park) is that park, 苏宿园区.
    Only the text's zone mentions are looked at (a few dictionary look-ups each), and the text's 园区."""
    if "园区" in simple:
        mentions = _with_joint_parks(mentions, simple)
    if _TRADE_OPEN.search(simple):
        mentions = _written_short(mentions, simple)
    zones = [i for i, code in enumerate(map(_CODE, mentions)) if code is None]
    if not zones:
        return mentions
    out: list[Mention] = []
    initials: dict[str, str] = {}  # 安巢 -> 巢湖经开区
    named_from: set[str] = set()  # codes of the places zones are named from (金山 for 金山工业区)
    heads: dict[str, tuple] = {}  # a text names its zones again and again: each head is read once
    done = 0
    for i in zones:
        out += mentions[done:i]
        named = _zone_named(mentions[i], simple, initials, heads, named_from)
        if len(named) == 1 and named[0].code is None and out:
            out[-1] = _sharing_suffix(out[-1], named[0], simple)
        out += named
        done = i + 1
    out += mentions[done:]
    if named_from:  # 金山…金山工业区: a county short name a zone is named from is sure
        out = [m._replace(weak=False) if m.weak and m.code in named_from else m for m in out]
    areas = {m.place for m in out if m.code is None and _AREA_HEAD.match(m.place) and m.place[-3:] in _REGIONS}
    if areas:  # 双城经济圈 (the title) in a text that names 成渝地区双城经济圈: that region under its whole name
        whole = {a[4:]: a for a in sorted(areas, reverse=True)}
        out = [m._replace(place=whole[m.place]) if m.code is None and m.place in whole else m for m in out]
    return out


# 长春汽开区: the short form of a zone named by its trade (the look-behind after 开区, over it: ``re`` skips to 开区)
_TRADE_OPEN = re.compile(r"开区(?<![经\n]开区)(?![域间])")


def _written_short(mentions: list[Mention], simple: str) -> list[Mention]:
    """``mentions`` with a coded zone named by its city and its trade (长春汽车经济技术开发区) under the short form
    the text writes, the city, the trade's first character and 开区 (长春汽开区, fz1_11); only when the text writes it."""
    gaz, out = gazetteer(), list(mentions)
    for i, m in enumerate(out):
        unit = gaz.units.get(m.code) if m.code else None
        if unit is None or unit.level != 3 or unit.parent not in gaz.units:
            continue
        suffix = next((x for x in _TRADE_SHORT if unit.name.endswith(x)), None)
        city = gaz.units[unit.parent].short
        trade = unit.name[len(city) : -len(suffix)] if suffix and unit.name.startswith(city) else ""
        if 1 <= len(trade) <= _BETWEEN and (written := city + trade[0] + "开区") in simple:
            out[i] = m._replace(place=written)
    return out


# A park after a mark, named by two characters (苏宿园区, 苏宿工业园区): the initials of two places, when the text names them.
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _with_joint_parks(mentions: list[Mention], simple: str) -> list[Mention]:
    """``mentions`` with the parks named by the initials of two places the text names (苏宿园区 for 苏州 and 宿迁's);
    only the text's 园区 are looked at (a few characters before each)."""
    units = gazetteer().units
    initials = {m.place[0] for m in mentions if m.code in units and not m.weak and units[m.code].level <= 2}
    parks = []
    pos = simple.find("园区")
    while pos >= 0:
        head_end = pos - 2 if simple[pos - 2 : pos] == "工业" else pos
        head = simple[head_end - 2 : head_end]
        if (
            len(head) == 2
            and head[0] in initials
            and head[1] in initials
            and head[0] != head[1]
            and _CJK.match(head[1])
            and (head_end == 2 or not _CJK.match(simple, head_end - 3))
        ):
            parks.append(Mention(head_end - 2, pos + 2, head + "园区", None))
        pos = simple.find("园区", pos + 2)
    if not parks:
        return mentions
    kept = [m for m in mentions if not any(p.start < m.end and m.start < p.end for p in parks)]
    return sorted(kept + parks)


def _sharing_suffix(before: Mention, zone: Mention, simple: str) -> Mention:
    """``before`` as a zone when it is a city's or county's bare short name listed right before ``zone`` (广州、南沙
    经开区分别位列第2、第7位: the two zones share the suffix, 广州经开区); else ``before`` as it is."""
    suffix = _SHORT_ZONE.search(zone.place)
    if (
        suffix is None
        or before.code in (None, "self")
        or before.end + 1 != zone.start
        or simple[before.end] != "、"
        or simple[before.start : before.end] != before.place
        or gazetteer().units[before.code].level < 2
    ):
        return before
    return Mention(before.start, before.end, before.place + suffix.group(0), None)


def _zone_named(
    m: Mention, simple: str, initials: dict[str, str], heads: dict[str, tuple], named_from: set[str]
) -> list[Mention]:
    """What a zone mention names (:func:`named_zones`): the zone under its name, the places of its head, or none;
    ``initials`` gathers the two-name short forms (安巢) of the zones named so far, ``heads`` the names read in each
    head."""
    suffix = _ZONE_SUFFIX.search(m.place)
    if suffix is None:
        return [m]
    head, word = m.place[: suffix.start()], suffix.group(0)
    self_word = _SELF_WORD.search(head)
    if self_word:  # 促进全市开发区: the city's zones
        return [Mention(m.start + self_word.start(), m.start + self_word.end(), self_word.group(0), "self")]
    names = heads.get(head)
    if names is None:
        names = heads[head] = _names_in(head)
    if word in _REGIONS:
        return _region_named(m, head, word, names)
    if not names:
        if (
            (word in _NAMES_ITSELF and 2 <= len(head) <= 4)
            or (word in _NEW_AREAS and len(head) == 2 and simple[m.start - 1 : m.start] in _MARKS_BEFORE)
            or (word in _PARKS and len(head) == 2 and simple[m.start - 3 : m.start] == "园区、")
        ):  # 新芜经济开发区, 安巢经开区; ,天府新区 (a proper name after a mark)
            # a short form named first (安巢经开区 in the title) keeps its name for the zone's full name after it
            name = initials.setdefault(head, head + _SHORT_SUFFIX.get(word, word))
            return [Mention(m.start, m.end, name, None)]
        return []
    gaz = gazetteer()
    first, last = names[0], names[-1]
    places = [Mention(m.start + s, m.start + e, gaz.units[c].short, c) for s, e, c in names]
    if _CLASS_OF.search(head) and gaz.units[last[2]].level == 1:
        return places  # 安徽省开发区
    if len(head) - last[1] > (_BETWEEN if word in _NAMES_ITSELF else _NAMED_BY_TRADE.get(word, 0)):
        return places  # 芜湖市深入推进开发区: a place and a verb
    # the last of the names written one after the other from the first, each under the one before: 安徽|巢湖
    # → 巢湖, 芜湖市|芜湖 → 芜湖 (but 宁波|杭州湾新区 stays whole)
    lead = first
    for nxt in names[1:]:
        if nxt[0] != lead[1] or not (nxt[2] == lead[2] or descends(gaz, nxt[2], lead[2])):
            break
        lead = nxt
    named_from.add(lead[2])
    name = head[lead[0] :] + _SHORT_SUFFIX.get(word, word)
    if word in _TRADE_SHORT and 0 < len(head) - lead[1] <= _BETWEEN:
        written = head[lead[0] : lead[1] + 1] + "开区"  # 长春汽车|经济技术开发区 → 长春汽开区 when the text writes it
        if written in simple:
            name = written
    if lead is not first and lead[0] - first[0] == 2:
        name = initials.setdefault(head[first[0]] + head[lead[0]], name)
    return [Mention(m.start + first[0], m.end, name, None)]


def _region_named(m: Mention, head: str, word: str, names: tuple[tuple[int, int, str], ...]) -> list[Mention]:
    """A region a policy names (:func:`named_zones`): its own words before the region's word, after the units that
    open its head (河北省环首都绿色经济圈 → 环首都绿色经济圈, one mention from 河北省 on), or a short name that is its
    whole head (滨海开发带); none when no such words or too many (a clause, not a name) or a unit stands inside them."""
    if _AREA_HEAD.fullmatch(head):
        return [Mention(m.start, m.end, head + word, None)]  # 成渝地区双城经济圈 (fy2_08), though 双城 is a county's
    own = 0
    for start, end, _code in names:
        if start != own:
            return []  # a unit inside the words: no region's name
        own = end
    if own < len(head) and head[own] in "省市县区":
        own += 1
    if own == len(head) and head[-1] not in "省市县区":
        own = 0  # 滨海开发带: a region named by a place's short name alone keeps it
    if not _REGION_HEAD[0] <= len(head) - own <= _REGION_HEAD[1]:
        return []
    return [Mention(m.start, m.end, head[own:] + word, None)]
