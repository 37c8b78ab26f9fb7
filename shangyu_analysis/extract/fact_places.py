"""The place of each figure of a text's facts (:class:`PlaceRules`). Conventions: ``../shared/corpus/FACTS.md``.
The mentions it reads and the rules, in the order they are tried:

Place (short names of ``data/gazetteer.csv``; mentions from :func:`~shangyu_analysis.extract.places.find_places`,
less a news dateline's place (人民网南京6月25日电, 中新网 沈阳10月20日电, 南海网海口7月25日消息: filed there, not about it) and names a
neighbouring word takes apart (四成县 is 四成, 和县域 is 县域, 国内生产总值, 国内税收 is no country, nor 全国百强县: a
ranking's name; 长治久安 no city), and a county name several units share, none of whose units above the text names (宜居宜业的
新城区: a word), plus the county short names written
alone of a province or prefecture the text names, or of its main place when only self words name it (全市各区县…渝北和长寿
→ 重庆's) (:func:`~shangyu_analysis.extract.place_filters.with_counties_in_scope`);
zones named from their place in the short form (安徽巢湖经济开发区, later 安巢经开区 → 巢湖经开区; 其中合肥经开区 →
合肥经开区), a class of zones as its place (全市开发区 → 全市, 安徽省开发区 → 安徽), a bare name listed before a zone sharing its
suffix (广州、南沙经开区 → 广州经开区), a park named by the first characters of two places the text names
(苏宿工业园区 → 苏宿园区), verbs before 开发区 no zone
(:func:`~shangyu_analysis.extract.place_zones.named_zones`); ports named after their city (镇江港吞吐量: 镇江港,
FACTS.md's 上海港; :func:`~shangyu_analysis.extract.place_filters.with_ports`); a county short name seen too rarely to be
sure is sure right before a self word of its suffix (2024年义乌全市实现进出口总额…: 义乌市;
:func:`~shangyu_analysis.extract.place_filters.confirmed_by_self_words`);
traditional characters of names are folded (無為 → 无为))
    1. *The sentence*: the nearest place mention before the figure in its sentence that is in subject
       position (it opens its clause: “浙江慈溪，拥有…”, “上午9时，宣恩县…”, “紧随其后的楚雄州、昭通市…”,
       “前三甲,分别是余杭、鄞州和北仑”, “与常州接近的是苏北的徐州”, “一季度以南京的增速最快”, “云南省会昆明,虽然GDP总量排第一”: the capital; “除了广东4.1%低于全国增速”; a name right before its value after 是, 、 or ：: “位列前三的是
       昆明市7222.50亿元、曲靖市3393.91亿元”), not an
       object (与天津…合作; the items of a list whose first item is one: 排名首超武汉经开区、长沙经开区; a place after a
       named body and 、 starts the next body's name: 西安经开功能区、西安关中综合保税区) nor an end of
       a route's name (济南至青岛高速公路改扩建工程全长309公里: the province's text's, not 济南's) nor the
       start of an example's name (荆州先导电子信息材料等重大产业项目; any item of a list of examples before
       等: 阿克苏市…项目、…工程等72个; but places before 等 and a word for places are the subject, listed:
       大渡口、九龙坡…彭水等区县的增速均在6%; or a count of places: 金昌、兰州、庆阳、白银等4市贡献近七成增量). A figure after a list of places is about
       all of them (平湖市(1008.7亿元)、南湖区(…)、宁海县(…)去年首次突破1000亿元); values given 分别, as many as
       the places, are one each (池州、六安、芜湖市分别增长13.6%、10.2%、10.1%; so in each of several series:
       楚雄州、昭通市分别以11.2%、10.1%的增速位列第二、第三), and so are as many joined as the
       places are (宁波和温州排名第二和第三); a list after 和 or 、 is in subject position when its first item is.
       A value right after a unit is that unit's: in brackets (巩义市(第45位)), after 的 (宿迁的894.4亿元), its average
       (全国平均5.3%) or its rate before a gap (比全国增长11.9%高13.2个百分点)
       (:class:`~shangyu_analysis.extract.fact_place_values.PlaceValues`); a place in an aside in brackets is no
       subject after it (15591元(全国19342元),同比名义增长9.3%: 陕西's; not 经开区(头屯河区), 广西(北海)).
       A period named by its part of a year opens a clause before its subject (上半年连云港全市快递业务量…, 7月份贵阳市
       新开工亿元以上项目3个). 例如/比如 and a list's bullet in a text whose lines were run together (…蓄势待发 - 仙桃市于2022年以…) open a
       clause; a county short name written once right before its value in brackets is a place (分别是宜都(963.04亿元)、…).
       A gap to a list of units given 分别 with as many values (较全国、全省、全市分别高10.4、6.2、6.3个百分点; 分别低于国、
       省0.9和0.8个百分点; units by name with their values: 分别高于全省(6.3%)、金华(6.7%)2.4个百分点和2.0个百分点) relates
       the main place to each unit in turn (成都高新区、全国 / 、四川 / 、成都).
       A self word right after a colon whose lead, from the sentence's start, names a unit of its suffix is that unit
       (临汾市2020年主要预期目标:全市… in a text about several cities: 临汾). 该市/该县 is the last unit of its
       suffix named in the 120 characters before it (常州…有望成为…。一季度,该市实现生产总值: 常州, not the main place).
       A mention of the text's own place (全县, 本市, 本港) is the main place, but not for a rank right after it
       (保持全省第一, 全省17强县市区第二: the rank's scope), nor, when it is no subject (对全省…贡献率, 分别高于全省平均), for a figure
       whose sentence has a subject place before it (合肥; with the text's place in a relation: 滁州、安徽); 全市
       in a district's text is its city, and a self word of a unit above the main place is that unit when it
       opens its clause (。全省64家经开区…实现地区生产总值2.1万亿元 in a zone's text: 广东; not 高于全国、全省), and
       then, in a relation later in its sentence, stands for the main place (地域面积约占全省2.6%: 广东). A unit above the main place (浙江 for 上虞, 全国) counts in subject position only when a
       measure or 实现/完成 follows, after its own self word too (“绍兴市实现地区生产总值…”, “江苏全省实现…”, “全国县域…”), not as a name's prefix (南京牛首山) nor
       as the scope of a first (国内首创…,首批订单超百台; 成为广东第二个…: after 成为/跻身);
       (the city of a zone that is the main place is a unit above it: 占西安市进出口总额的12.5% in 西安经开区's text)
       in a clause that relates the two (占全省…, 高于全国…, 高出全国, 领先, 与全国差距, 比全国小…, 较全国高…) it joins the main
       place (``苏州、江苏``), for a figure in that clause only (高于全市1个百分点,总量在全省排名第62位: the rank is
       莒县's alone); a gap to a peer place right before the figure (仅比台州少6.8亿元) names the subject and the
       peer (``嘉兴、台州``).
       A sentence broken over short lines without a stop (“曲靖市排名第二 / 突破3000亿大关”) is read back over them
       (three lines at most).
       A rank followed by 的是/的分别是 and places is theirs (排第6的是巢湖市; 排在11—20位的分别是怀远、颍上…).
       A figure after 其余 (其余5个共建园区, after 苏宿园区继续稳居…) is about the others than the subject named before: the
       sentence and the paragraph give it no place; only others of zones or places (其余89个项目 are the place's own).
    2. *The paragraph* (this, rule 3 and rule 1's broken lines:
       :class:`~shangyu_analysis.extract.fact_place_context.PlaceContext`): a place that starts the paragraph's first clause (浏阳市…。该市…; an indent is no word:
       “  成都:项目数140个”), for the figures after it; also when the sentence names the text's own unit only as an
       object, in a relation to the figure or in an earlier clause (河北省环首都绿色经济圈…。其中第二产业增长13.3%,高于全省
       平均水平1.8个百分点;第三产业增长9.5%: 环首都绿色经济圈、河北 and 环首都绿色经济圈; not 增速均在全省水平7.3%之上).
    3. *The section heading*: a line that is a place name alone (广州 over its list of targets), or a place, a
       colon and a short headline (平罗:全年50个重点项目上马, in a digest of several places' news), until the next;
       a table cell that is one (黄岛区 |) labels its row.
    4. *The text's main place*: the sidecar's ``place``, else the unit whose congress a work report is delivered
       to (在安庆市第十八届人民代表大会…上, within 300 characters of the title), else the unit whose units the title
       counts (云南16州(市)…), else the most specific unit of the title (or its zone, or a zone of a unit below it,
       named there: 泉州开发区; a title listing several zones is about their unit: 芜湖; a title naming one zone and
       no unit is the zone's: 西安经开区全国排名上升5位), else the
       most-mentioned county-level unit (:func:`~shangyu_analysis.extract.own_place.main_place`; not a venue: 在乐山
       主会场举行的集中开工仪式, 新闻发布会…在哈尔滨举行, …在南昌联合召开, 签约仪式在郑州国际会展中心轩辕堂举行, 主会场
       设在沈阳亿纬锂能…现场; nor, when anything else names a place, a reporter's source: 记者从九龙坡区人民政府官网获悉,
       1—5月重庆高新区…: 重庆高新区); then the text's
       own words overrule a unit at another level (:func:`~shangyu_analysis.extract.own_place.own_unit`: 缙云全县,
       全区 under 江苏 with 钟楼 written, a zone written as one with a district: 经开区(头屯河区) → 头屯河; 全省上下 with 长沙 named once → 湖南; 全市各区县 with 忠县 named once → 重庆; 我区 with no main place: the one
       county of that suffix the opening writes, 中德(金坛)创新产业区 → 金坛); a city's title that names its own
       zone by the bare word 市 (2023年市开发区秋季重点项目集中开工) is the zone's (连云港开发区:
       :func:`~shangyu_analysis.extract.own_place.own_zone`).
    ``-`` for a count of places (8个县, 其余8省, 20省区市, 9市州, 5座城市, 万亿之城增至5座, …的县域有13个, 56个城区, 8个百强县; a count whose clause names
    a class of places before it: 浙江“千亿县”增至28个, 超900亿元的县(市、区)还有7个, 百强区入围13个, or a place's count
    of the class its sentence names: 从浙江“千亿县”总量分布看,杭州8个、宁波7个; but not one of what those places hold:
    115个县域建设…示范片1000个; not 700个省重点项目, 178个市重点产业项目: a unit's list of
    projects; even when the place whose units it counts stands right before it: 山东省共有137个县, 全省137个县,
    SOURCES.md round-10 ruling 4), a club threshold (千亿县, 万亿级, 万亿之城, 超过400亿元的县域, when
    the sentence names no place; 800亿以上县域 even when it does; but the place its clause says joins the club:
    博罗县成为该省首个“千亿县”; a money value right before a count of places it defines, even when the sentence names
    their unit: 超1000亿元的区12个, 500亿元—1000亿元区间县域24个, 低于100亿元县域50个, 超100亿元的133个; not 总投资35亿元
    的80项工程) and a text with no place at all; for a count of a level's zones (全国217家国家级
    开发区, 126家省级以上开发区; but the place that opens its clause and holds them: 广东省累计获批8家国家级经开区), the zones an
    evaluation is of (对140家产业集聚区分别授予…) and a threshold or a star level that defines a class of zones and its count
    (超1000亿元园区达到9家; 2000亿元以上开发区达到4家 even after 其中合肥经开区… in its sentence; 二星级产业集聚区达到5家); for a scale with 级 that defines a counted
    class of industries (现有8个万亿元级产业集群, 一批千亿元级、万亿元级出口产业集群; but 形成百亿级产业集群 is one
    cluster, the place's). A size class of projects or firms counted in a place (亿元以上项目27个, 1-5億元311個,
    产值超亿元企业46家) keeps that place (SOURCES.md round-10 ruling 2, as revised). Also ``-``: a chain of counts of
    places whose head is left out (183个县(市、区)中…超过百亿元的有91个;超过200亿元的有49个, 9个县中有8个, 其中陕南占14个, 有75个经济开发区,其中,国家级经开区2个,
    江苏“千亿县”添4名新成员,增至21个, 超过20亿元的城区,由…9个增加到13个) with its thresholds or bands of ranks (居前50位的
    有2家;居50~100位的有7家); a threshold that each place
    counted crosses (…增速超过20%, …均超过20%, 有6个城区的…超过500亿元, 13市中4市的…超过5000亿元, 6个城区超5亿美元; not their total: 146个县域经济
    总量突破3万亿元); a ranking's criteria (以“…大于400亿元”作为…门槛, 一级指标4个).
    Read ahead of the figure (:class:`~shangyu_analysis.extract.fact_place_ahead.PlaceAhead`): a run of periods before a
    relation to a unit (连续18个月高于全国: ``辽宁、全国``); a share of a list of units, one per value (占全省、全市比重61.1%、
    69.8%); a project named from its place (如总投资210亿元的合肥晶合…项目: 合肥; the figures of a sentence that opens on such
    an example project, 如…的南安三安…项目,建筑面积210.8万平方米: 南安; or on a project it identifies as a place's,
    最大外资项目是湖州的唯品会华东运营总部项目,总投资为60.7亿元: 湖州; not a unit above the main place).
"""

from __future__ import annotations

import bisect
import re
from typing import Literal

from shangyu_analysis.extract.fact_place_ahead import PlaceAhead
from shangyu_analysis.extract.fact_place_context import PlaceContext
from shangyu_analysis.extract.fact_place_sentences import PLACES_WORD
from shangyu_analysis.extract.fact_place_values import PlaceValues
from shangyu_analysis.extract.patterns import PINYIN_GLOSS
from shangyu_analysis.extract.places import SELF
from shangyu_analysis.text.periods import UNKNOWN

CLAUSE_MARK = re.compile(r"[，,。；;：:！？!?\n、（）()]")
# A figure whose own unit is places (其余8省, 20省区市, 七县, 吉林省9市州): a count of places.
_PLACES_UNIT = frozenset("省市县区地席州")  # 席: a place's seat in a ranking (湖南、安徽各有3席)
_COUNT_OF_PLACES = re.compile(r"[0-9一二三四五六七八九十两几]+(?:省区市|省市|县市区|县市|市州|省|市|县|州|地|席)")
# A count of places (8个县, 15个城市, 53个贫困县, 13个设区市, 内蒙古101個(gè)旗縣: a mirror's gloss after 个; of zones too:
# 全省89个开发区, 7个重点省级开发区, part S fs1_09; seats in a ranking: 我省斩获14个席位), not of a unit's own bodies or lists (省委, 省级, 700个省重点
# 项目, 市属, 省直) nor of its facilities (17个乡镇卫生院).
_PLACE_COUNT = re.compile(
    rf"{PINYIN_GLOSS}(?:个|多个|余个|座)?[“\"]?(?:贫困|欠发达)?(?:县市区|县（市、区）|县\(市、区\)|区县|县市|县域|县级市|旗县|设区市|省辖市|百强[县区]|千亿县|"
    r"城市|城区|地市|省份|省区市|国家和地区|国家|地区|乡镇|席位|(?:重点)?(?:省级|国家级)?(?:经济开发区|开发区|园区|经开区|高新区|产业集聚区)|[县市区省州])"
    r"(?![委级长政重属直卫医])"
)
# A count whose places its clause names before it (浙江“千亿县”增至28个, 超过百亿元的县(市、区)还有7个, 经济总量超600亿元的
# 县域从2021年的4个增至…, 四川百强区入围13个): a count of places too (ruling 4), read back to the clause's start.
_COUNT_ENDS = frozenset("个席座")
# …and one in the next clause of its sentence whose subject is left out (江苏“千亿县”添4名新成员,增至21个; 浙江千亿县(市、区)
# 迎来…扩容,总数升至39个).
_ELLIPTIC_GROWTH = re.compile(r"[，,](?:总数|数量|总量)?(?:增至|升至|增加到|增加至|扩容至|达到)$")
_PLACES_CLASS = re.compile(
    r"县域|(?<![心主老])城区|县市区|县[(（]市、区[)）]|区县|县市|强县|强区|千亿县|地市|省份|市州|之城|的区$"
)
_CLAUSE_BACK = 40
# …and the change of a count of places right after it (超1000億元的區12個,較上年增加1個; 比一季度增加了9个).
_COUNT_CHANGE = re.compile(r"[^。；;！？!?\n]{0,24}?[，,](?:较|比|与)[^，,。；;]{0,6}?(?:增加|减少|增|减|多|少)了?")
_TOPIC_CHANGE = re.compile(r"[，,][由从]")
_SENTENCE_MARK = re.compile(r"[，,。；;！？!?\n]")
_STOP = re.compile(r"[。；;！？!?\n]")
_CLUB = re.compile(r"元?(?:县|城市|之城|俱乐部|强县)")
# A scale with 级 before industries or clusters (万亿元级产业集群, 百亿级的产业集群, 千亿元级、万亿元级出口产业集群).
_INDUSTRY_CLASS = re.compile(r"元?级[^，,。；;]{0,8}?(?:产业|集群)")
# …counted or plural before it (8个, 一批, 新的; 、 of a list of them), unlike one cluster (形成百亿级产业集群: the place's).
_COUNTED_BEFORE = frozenset("个批些的、")
# A count of the zones of a level (217家国家级开发区, 126家省级以上开发区): the zones of a class, of no one place.
_ZONE_CLASS = re.compile(r"(?:国家级|省级)(?:以上)?(?:经济技术开发区|高新技术产业开发区|经开区|高新区|开发区|园区)")
_COUNTED = frozenset("个多余座0123456789一二三四五六七八九十")  # 座: 5座城市
_THRESHOLD_OF = re.compile(rf"(?:以上)?的{PLACES_WORD}")
_COUNT_OF = re.compile(rf"{PLACES_WORD}(?:有|达|共有|共|达到)?$")
# The same for zones, whose class needs no 的 (超1000亿元园区达到9家, 2000亿元以上开发区达到4家): it is no zone's
# figure even after a zone named earlier in the sentence (其中合肥经开区突破6000亿元大关,2000亿元以上开发区…).
_ZONES_WORD = r"(?:以上)?的?(?:园区|开发区|经开区|高新区|产业集聚区)"
# …and of places with 以上 (800亿以上县域数量超过100个), or a money value right before a count of places
# (超1000亿元的区12个, 500亿元—1000亿元区间县域24个, 低于100亿元县域50个, 超100亿元的133个): the sentence's place is the
# class's scope, not its own (but 肥西县是…唯一超过800亿元的县域: no count, the member's); 超过百亿元的城区由上年的24个增加到33个: the
# threshold of a class whose count changes).
_CLASS_THRESHOLD = re.compile(
    rf"{_ZONES_WORD}|元?(?:以上|级别)的?{PLACES_WORD}|元?的{PLACES_WORD}[，,]?[由从][^，,。；;]{{0,10}}?[0-9]+个|元?(?:的|区间)?(?:{PLACES_WORD}|区)[0-9]|元?的[0-9]+个(?![项个家重企园工])"
)
_THRESHOLD_REACH = 14  # …read on the text, not a window that cuts a count short (的1861个|重大项目: no class of places)
_ZONE_COUNT = re.compile(rf"(?:[亿万]元?|星级){_ZONES_WORD}(?:有|达|共有|共|达到)?$")  # 二星级产业集聚区达到5家
# The zones an evaluation is of (对140家产业集聚区分别授予…, 对全省179家产业集聚区…): none's (全省64家经开区…: 广东's).
_ZONES_COUNTED = re.compile(r"(?:产业集聚区|开发区|经开区|高新区|园区)")
_ASSESSED = re.compile(r"对(?:全国|全省|全市)?$")
# What 其余 and a count name when they are the others of zones or places (其余5个共建园区, 其余14家高新区).
_OTHER_UNITS = re.compile(r"[^，,。；;！？!?\n]{0,4}?(?:园区|开发区|经开区|高新区|新区|[省市县区州])")


class PlaceRules(PlaceContext, PlaceAhead, PlaceValues):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the place of each figure from the text's
    mentions (``simple``, ``mentions``, ``main``… come from the finder)."""

    _places_count_end = -1  # where the last count of places ends (set by place)

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        simple = self.simple
        para_start = self._sentence_floor(para_start, start)
        after = simple[end : end + 6]
        last = simple[end - 1 : end]  # tested before the patterns: most figures end in 元 or %
        before, next_char = simple[start - 1 : start], after[:1]  # the characters around the figure, sliced once
        if (
            (last in _COUNTED and _PLACE_COUNT.match(simple, end))
            or (last in _PLACES_UNIT and _COUNT_OF_PLACES.fullmatch(simple, start, end))
            or (last == "家" and _ZONES_COUNTED.match(simple, end) and _ASSESSED.search(simple, start - 4, start))
            or (
                kind == "count"
                and last in _COUNT_ENDS
                and (after[:1] in "增减降" or after[:2] == "下降" or not after[:1].isalpha())
                and self._counts_places(start)
            )
            or (kind == "count" and self._chained_count(start, end, kind))
        ):
            # 8个县, 15个城市, 其余8省, 20省区市, 山东省共有137个县: a count of places, even of a named unit's (ruling 4);
            # 浙江“千亿县”增至28个: the places its clause names are what it counts
            self._places_count_end = end
            return UNKNOWN
        if (
            (
                kind == "money"
                and (
                    ("区" in after or "县" in after or "以" in after or "的" in after)
                    and _CLASS_THRESHOLD.match(simple, end, end + _THRESHOLD_REACH)
                )
            )
            or (
                kind == "count"
                and simple.find("区", max(0, start - 6), start) >= 0
                and _ZONE_COUNT.search(simple, max(0, start - 12), start)
            )
            or (kind != "count" and self._places_count_end >= 0 and self._chained_count(start, end, kind))
            or (kind in ("money", "count") and self._criterion(start, end, kind))
        ):
            # 超1000亿元园区达到9家: a threshold that defines a class of zones, and its count; …超过百亿元的有91个;超过
            # 200亿元的有49个: the threshold of a chain of counts of places; 以“地区生产总值大于400亿元…”作为…门槛, 一级
            # 指标4个: a ranking's criteria, of no place
            return UNKNOWN
        if "级" in after and last in "个家" and _ZONE_CLASS.match(simple, end):
            # 在2021年度全国217家国家级开发区综合考评中: a count of a class of zones; but one its clause's subject
            # holds is that place's (广东省累计获批8家国家级经开区)
            return self._zone_holder(start) or UNKNOWN
        if last in "亿万" and _CLUB.match(after):
            return self._club_member(start) or UNKNOWN  # 跻身千亿县, 万亿俱乐部: a threshold that defines a club
        if "级" in after and before in _COUNTED_BEFORE and _INDUSTRY_CLASS.match(simple, end):
            return UNKNOWN  # 现有8个万亿元级产业集群, 4个万亿级主导产业: a scale that defines a class of industries
        sent = max(para_start, self._stop(start))
        # 其余5个共建园区 (after 苏宿园区继续稳居…): the others than the subject named before, the text's own
        # (其余89个项目全部开复工: the others of the place's projects, its own: only others of zones or places)
        rest = simple[start - 2 : start] == "其余" and _OTHER_UNITS.match(simple, end) is not None
        self.object_self = None
        # 我省的巩义市(第45位)、新郑市(第56位): a value in brackets right after a place is that place's
        found = (
            (self._bracketed_of(start, end) if before in "(（" else None)
            or (self._owned_by(start, end) if before == "的" else None)
            or (self._compared_rate(start) if next_char in "高低快慢" else None)
            or (self._unit_average(start, end) if before in "均平速幅(（" or next_char in "的增水" else None)
            or (self._named_after(end) if (kind == "rank" or last in "位名") and next_char == "的" else None)
            or (self._paired_gap(sent, start) if self.unit_list_ends else None)
            or (self._paired_share(start) if before in "重额为达、" else None)
            or (
                self._project_place(sent, start, end)
                if not rest
                and (
                    after[:1] == "的"
                    or "如" in simple[sent : sent + 4]
                    or simple.find("是", sent, start) >= 0
                    or simple.find("由", sent, start) >= 0
                )
                else None
            )
            or (None if rest else self._sentence_place(sent, start, kind))
        )
        if not found and not rest and simple[sent - 1 : sent] == "\n":  # a sentence opening a line may go on
            found = self._broken_line_place(sent, start, kind)
        if last in "度月年":  # 连续18个月高于全国: the run relates the subject to the unit after it
            found = self._with_run_unit(start, end, found)
        if found:  # only the text's own unit as an object: the paragraph's place may be the subject
            objected = self.object_self is not None and found == self.object_self[0]
            return self._object_or_paragraph(found, para_start, start) if objected else found
        if _THRESHOLD_OF.match(simple, end) or (
            kind == "count" and _COUNT_OF.search(simple, max(sent, start - 8), start)
        ):
            return UNKNOWN  # 同时,超过400亿元的县域有13个: a group of places, none named
        lead: tuple[int, str] | Literal[False] | None = self._paragraph_place.get(para_start, False)
        if lead is False:
            lead = self._paragraph_place[para_start] = self._lead_place(para_start)
        # a place that leads a later sentence of the paragraph is not what the figures before it are about
        paragraph = lead[1] if lead and lead[0] < start and not rest else None
        return paragraph or self._heading_place(start) or self.main or UNKNOWN

    def _object_or_paragraph(self, found: str, para_start: int, start: int) -> str:
        """``found`` when the sentence named only the text's own unit as an object (高于全省平均水平1.8个百分点), unless
        the paragraph opens on another place (河北省环首都绿色经济圈…实现…。其中第二产业增长13.3%,高于全省…): that place
        is the subject, with the unit when the figure relates them (环首都绿色经济圈、河北), alone when not."""
        deferred, related = self.object_self  # type: ignore[misc]  # tested set by the caller
        lead: tuple[int, str] | Literal[False] | None = self._paragraph_place.get(para_start, False)
        if lead is False:
            lead = self._paragraph_place[para_start] = self._lead_place(para_start)
        if not lead or lead[0] >= start or lead[1] == self.main or lead[1] in deferred.split("、"):
            return found
        unit = deferred.partition("、")[2] or deferred
        return f"{lead[1]}、{unit}" if related else lead[1]

    def _counts_places(self, start: int) -> bool:
        """True when the figure's clause (back to a comma or a stop, at most ``_CLAUSE_BACK`` characters) names a class
        of places before it (see ``_PLACES_CLASS``)."""
        simple = self.simple
        previous = self._places_count_end  # 超1000億元的區12個,較上年增加1個: the change of that count
        if 0 <= start - previous <= _CLAUSE_BACK and _COUNT_CHANGE.fullmatch(simple, previous, start):
            return True
        found = None
        for found in _PLACES_CLASS.finditer(simple, max(0, start - _CLAUSE_BACK), start):  # noqa: B007 -- the last
            pass
        if found is None:
            return False
        # 超过20亿元的城区,由上年同期的9个增加到13个: the class, a comma, and the change of its count: one clause
        topic = _TOPIC_CHANGE.match(simple, found.end())
        if _SENTENCE_MARK.search(simple, topic.end() if topic else found.end(), start):
            if _ELLIPTIC_GROWTH.search(simple, max(0, start - 7), start) and not _STOP.search(
                simple, found.end(), start
            ):
                return True
            # none in the figure's clause; but 从浙江“千亿县”总量分布看,杭州8个、宁波7个: a place's share of the class its
            # sentence names (a name right before the count, no stop between)
            k = bisect.bisect_left(self.mention_starts, start) - 1
            return (
                k >= 0
                and self.mentions[k].end == start
                and self.mentions[k].code not in (None, SELF)
                and _STOP.search(simple, found.end(), start) is None
            )
        # 115个县域建设…示范片1000个: counted places are no class of what is counted after them (183个县(市、区)中…: are)
        return simple[found.start() - 1] != "个" or simple[found.end()] == "中"
