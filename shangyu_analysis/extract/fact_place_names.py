"""Which of a text's mentions name a place for its figures: not a false name (十分, a route's 至…), a congress's
place, a venue where something is held, the body a reporter learned the news from (the rules in words: :mod:`shangyu_analysis.extract.fact_places`)."""

from __future__ import annotations

import re

from shangyu_analysis.extract.gazetteer import ancestors, gazetteer
from shangyu_analysis.extract.patterns import PINYIN_GLOSS
from shangyu_analysis.extract.places import SELF, Mention

# Words that a name only seems to start or end: 四成县 (四成, four tenths: not 成县), 和县域 (县域, the county
# level: not 和县), 国内生产总值 (the GDP's name: not the country), and so the names of a place's domestic taxes (国内
# 税收收入, 国内增值税: the place's own revenue), a mirror's pinyin gloss (国(guó)内(nèi)生产总值) read past.
_TENTHS = re.compile(r"[一二三四五六七八九两几]$")
_NOT_A_NAME_AFTER = re.compile(rf"{PINYIN_GLOSS}(?:域|生{PINYIN_GLOSS}产{PINYIN_GLOSS}总值)")
_NOT_THE_COUNTRY_AFTER = re.compile(rf"{PINYIN_GLOSS}(?:税收|增值税|消费税)")
_DOMESTIC = re.compile(rf"国{PINYIN_GLOSS}内")
# An idiom that opens with a place's name: 长治久安 (lasting order and peace; not 长治's).
_IDIOMS = {"长治": re.compile(rf"{PINYIN_GLOSS}久安")}
# A route's name (济南至青岛高速公路改扩建工程, 龙岩至龙川铁路): its two ends are no subjects; group 1 starts the second.
_ROUTE = re.compile(r"[市县省]?至([\u4e00-\u9fff]{2,5}?)(?:高速|铁路|公路|高铁|城际|轨道|航道|管道)")


# A national ranking's name after 全国 (全国百强县, 全国千强镇, 全国综合实力百强区).
_RANKING = re.compile(r"(?:综合实力|经济)?[百千]强")


# The first characters each test of without_false_names needs right after a name (至 a route's, 域 and 生 a word's, 税增消
# a domestic tax's, 久 an idiom's, 综经百千 a ranking's, ( a pinyin gloss, 长 an acting head's title): a mention followed
# by none of them is kept.
_FALSE_NEXT = frozenset("至域生税增消久综经百千(长")
# An acting head's title that reads as a county's name: 代县长余国芳致辞 (fah1_06, 罗山's news: not 山西's 代县).
_ACTING_HEAD = "代县"


def without_false_names(mentions: list[Mention], simple: str) -> list[Mention]:
    """``mentions`` less those a neighbouring word takes apart (see ``_TENTHS``, ``_NOT_A_NAME_AFTER``, ``_RANKING``) and
    the ends of a route's name (``_ROUTE``)."""
    kept = []
    route_end = -1  # where the second end of the last route found starts
    for m in mentions:
        start, end = m.start, m.end
        if (
            simple[end : end + 1] not in _FALSE_NEXT
            and simple[end + 1 : end + 2] != "至"
            and simple[start : start + 1] != "成"
            and start != route_end
        ):
            kept.append(m)  # most mentions: no word after them that any test below could read
            continue
        if m.start == route_end:
            continue
        if simple[m.end : m.end + 2].find("至") >= 0 and (route := _ROUTE.match(simple, m.end)):
            route_end = route.start(1)
            continue
        name = simple[m.start : m.end]
        if name.startswith("成") and _TENTHS.search(simple, max(0, m.start - 1), m.start):
            continue
        if (
            (name.endswith(("县", "市", "区")) or _DOMESTIC.fullmatch(name))
            and _NOT_A_NAME_AFTER.match(simple, m.end)
            and not (m.code not in (SELF, None) and len(name) > 2 and simple[m.end : m.end + 1] == "生")
        ):
            continue  # but 上半年西安市生产总值4575亿元 (faq2_08): a unit's full name before its GDP is its own
        if m.place == "全国" and _NOT_THE_COUNTRY_AFTER.match(simple, m.end) and _DOMESTIC.fullmatch(name):
            continue  # 国内税收收入87.73亿元: the place's domestic tax revenue
        if m.place in _IDIOMS and _IDIOMS[m.place].match(simple, m.end):
            continue  # 从基本稳定走向长治久安: an idiom, no place
        if name == "全国" and _RANKING.match(simple, m.end):
            continue  # 全国百强县数量增加至7个: the name of a national ranking, not the country's figure
        if name == _ACTING_HEAD and simple[m.end : m.end + 1] == "长" and simple[m.end : m.end + 2] != "长城":
            continue  # 代县长余国芳致辞 (fah1_06): the acting county head, no place
        kept.append(m)
    return kept


def without_unplaced_homonyms(mentions: list[Mention], simple: str) -> list[Mention]:
    """``mentions`` less the county-level names that several units share (新城区: 西安's and 呼和浩特's) when the
    text names none of the units above any of them: an ordinary word then (宜居宜业的新城区, 马尾新城 in 马尾's
    news), no unit the text could mean."""
    gaz = gazetteer()
    units = gaz.units
    shared = [
        m
        for m in mentions
        if m.code in units and units[m.code].level == 3 and len(gaz.by_name.get(units[m.code].name, ())) > 1
    ]
    if not shared:
        return mentions
    named = {m.code for m in mentions}
    dropped = {
        m
        for m in shared
        if not any(ancestors(c) & named for c in gaz.by_name[units[m.code].name])  # type: ignore[index]  # in units
    }
    return [m for m in mentions if m not in dropped]


# A work report's delivery line (在安庆市第十八届人民代表大会…上) names the unit whose congress hears it.
_CONGRESS = re.compile(r"第[一二三四五六七八九十]{1,3}届人民代表大会")


def congress_place(mentions: list[Mention], simple: str, reach: int) -> Mention | None:
    """The unit named right before 第N届人民代表大会 in the first ``reach`` characters: a work report is about
    the unit whose congress it is delivered to (the last name of 在日照市五莲县第十七届…: 五莲)."""
    found = _CONGRESS.search(simple, 0, reach)
    if found is None:
        return None
    before = [
        m
        for m in mentions
        if m.end <= found.start()
        and m.code not in (SELF, None)
        and not m.weak
        and re.fullmatch(r"[省市县区旗州]?", simple[m.end : found.start()])
    ]
    return before[-1] if before else None


# Where an event is held: a venue (乐山主会场), or a place between 在 and 举行/召开/举办/开幕/闭幕 (新闻发布会…在哈尔滨
# 举行, 广东省十四届人大二次会议在广州开幕), also held jointly (省政府新闻办和省发改委在南昌联合召开…新闻发布会: the text is
# 江西's), a mirror's pinyin glosses (联(lián)合) left aside.
# a mirror's pinyin glosses may stand between the characters: 阜陽市主會(huì)場(chǎng) (faq1_06)
_VENUE = re.compile(rf"[市县区州]?(?:主|分)?{PINYIN_GLOSS}会{PINYIN_GLOSS}场")
_HELD = re.compile(rf"[市县区州]?(?:(?:联{PINYIN_GLOSS}合|共同){PINYIN_GLOSS})?(?:举行|召开|举办|开幕|闭幕)")


# The rest of a venue's name between the place and the verb (在郑州国际会展中心轩辕堂举行, 在成都天府国际生物城举行): a
# short run of characters, no mark, no 在 (the verb's subject, not a place, may follow a mark).
_SITE = re.compile(r"[^\s，,。；;：:！？!?、“”\"在]{0,16}")
# A venue set somewhere (主会场设在沈阳亿纬锂能…现场, 分会场设在…): the place right after 会场设在.
_SET_AT = re.compile(r"会场(?:均|分别)?设在$")


def venue(simple: str, m: Mention) -> bool:
    """True when the mention is where an event is held, not what the text is about (“黑龙江省…新闻发布会第三场在
    哈尔滨举行”, “…签约仪式在郑州国际会展中心轩辕堂举行”, “主会场设在沈阳亿纬锂能…开工现场”: the text is the
    province's; but “新疆举行…调度会”: the province holds it)."""
    # substring tests first (every mention of a text passes here; few stand before 会场 or after 设在)
    if ("会" in simple[m.end : m.end + 3] and _VENUE.match(simple, m.end) is not None) or (
        simple[m.start - 2 : m.start] == "设在" and _SET_AT.search(simple, max(0, m.start - 6), m.start)
    ):
        return True
    if simple[m.start - 1 : m.start] != "在":
        return False
    site = _SITE.match(simple, m.end)
    return any(_HELD.match(simple, at) is not None for at in range(m.end, site.end() + 1))  # type: ignore[union-attr]  # {0,}: always matches


# The body a reporter learned the news from (记者从九龙坡区人民政府官网获悉, 从市统计局了解到): named after 从, in the
# clause before the verb of learning.
_LEARNED = re.compile(r"[^\s，,。；;：:！？!?“”]{0,16}?(?:获悉|了解到|得知)")


def news_source(simple: str, m: Mention) -> bool:
    """True when the mention names the body a reporter learned the news from (“记者从九龙坡区人民政府官网获悉,1—5月重庆
    高新区…”): the text is about what it learned, not its source, when it names anything else."""
    return simple[m.start - 1 : m.start] == "从" and _LEARNED.match(simple, m.end) is not None
