"""The facts of a figure: where (``place``), what (``measure``) and when (``period`` and its basis).

Conventions: ``../shared/corpus/FACTS.md``. The rules, in the order they are tried:

Period
    1. *Stated*: the nearest time expression before the figure in its sentence (up to 。！？ or a line
       end; a ；-separated clause continues the sentence: “2020年,…；…”, and so does a sentence that opens
       with 其中, whose period is then *inferred*: not written in it). A comparison (比2015年, 与2020年相比,
       是十年前的) pairs the period in force with the earlier one (``2020/2015``, ``2017Q1/2016``; 比2020年同期 keeps
       the part of the year: ``2021H1/2020H1``); 比上年 and
       同比 are not periods (the current one stays). A comparison governs its own clause and the next, not the
       rest (there its earlier side is the figure's after 从/由, its later side after …到/至: 是2012年的2.2倍,排位从
       第24位跃升到第18位; a value in parentheses right after the compared period is that period's: 较一季度(-10.8%),
       较上年同期(3.2%)); one with an earlier part of the year (增速比1—4月加快: ``2023M1-M5/2023M1-M4``) and a streak
       (连续3个月: ``2023M3-M5``) govern their own clause only, and so does a year compared with (数量与去年持平,
       并列全国第3: 第3 is the current year's); none of them reaches over the end of its sentence, even into a
       其中 sentence that continues it (增速与2024年全年持平。其中,农业产值增长5.4%: 2025Q1); 目前 inside a clause reaches its ；-part only;
       去年 opening its sentence (an indented paragraph, a quotation) before a comma (去年,该省加快推进…) frames the sentence
       as 2020年,… does;
       N年多来 (三年多来 in August 2022) runs from N years before the text's year up to it (``2019-2022``).
       N年 before a change verb (五年净增608万户, 五年增加2万家) is the span back from the text's date, for that
       figure's clause only. A level reached under a span in the figure's own sentence (过去五年…突破了两万亿) is of
       the span's last year, inferred (that year is not written), as it is in the paragraph (rule 2).
       A run of months ends at the last month of the quarters in force (前三季度…连续18个月: ``2023M4-2024M9``);
       one in a title, before any period, at the lead's frame (連續三個月 over 今年1月至10月: ``2022M8-M10``).
       全年 after a month (2024年10月,…。全年…) brings the period in force back to the whole year: a streak of
       months after it ends at M12. A figure after a starting point's change (从2015年的940亿元提高到1242亿元)
       under a span the paragraph names (过去五年,是…的五年。) is of the span's last year (inferred), or of the span
       for 年均/累计 in its clause (stated); with no span, of the period in force.
       A target's own words: 到2027年 (``2027``; a figure after 由/从 is where it starts, not the target),
       用3年左右的时间 (the years from the one in force, ``2024-2026``, *inferred*). 年均增长 after a year that
       ends a span the paragraph names (十三五末, 这五年) is the average over the span (``2016-2020``).
       A month range gives one month to each figure only when they form a list (31.6%、19.9%和7.8%); a span of
       years one year to each of a 分别 list in the figure's clause (2016年至2018年,分别完成…236.3亿元、314.5亿元、365亿元).
       A bare year that names a programme (2020年加強版百大項目: a word follows it) in a sentence a stock-taking
       time opens before a comma (截至目前, 截至三季度,) is no period: the opener stays the sentence's, and the
       period in force; 截至三季度 is the quarters up to it (``2020Q1-Q3``).
       A run since a year (2022年以来) ends in the year the text is written in (``2022-2023`` in November 2023),
       the year before when written in January to March (2023年以来 in January 2026: ``2023-2025``).
       1-6月 is the half (``2018H1``); 前11月, 前四月 are the months up to it (``2012M1-M11``); 两年平均 compares the period with the same one two years before
       (``2021H1/2019H1``, as 与2019年同期相比 says; written or not); 年均 or 累计 anywhere in the clause takes the paragraph's span; with none, 累计 after
       the last time written before the figure in its sentence takes the years since the start of a run the text
       named before (自2006年…以来, 2019年以来; not a streak's start, 自2010年以来连续5年): 截至去年底,…累计完成…
       1608.5亿元,其中…221个 → ``2006-2016``.
       Not periods of the text: 全年 before 任务/目标/计划 (完成全年任务74.9%), a record's start or reach
       (1961年有完整气象记录以来最严重, 为近5年来最好), 今年 without a comma after it in a text its lead frames in
       another year (2019年,…。今年5月重点项目集中开工,42个项目…。/ 园区新增…12家: 2019's), another year inside
       (not opening a clause of) a sentence a year opens before a comma (2022年,…在2021年度…考评中位列第13位。/
       连续19年 → 2004-2022), a period compared with (分别快于一季度、2016年全年2.3个、
       7个百分点, 分别比一季度两年平均和2019年上半年增速高0.3、3.5个百分点: nor is it carried into the next sentences), a year a run starts from inside its clause (经过2014年
       一季度以来的13个季度后,…。分产业看,…: the sentences after it keep the half in force), a month a run starts from (自3月份以来已连续4个月: the run
       ends at the half in force, ``2009M3-M6``; 自2020年三季度以来 inside its clause starts a run too, and a streak
       right after it counts from it: ``2020Q3-2022Q1``, stated), a period followed in its clause by …后,
       (上半年…持平后,: what came before; nor is it a later comparison's later side), 的五年 except in
       这是…的五年。 (a review's span).
    2. *Inferred* from the paragraph: the nearest time expression earlier in the figure's paragraph (not a
       starting point: 由2015年第33位; nor another year than the text's frame named inside a sentence, 雖已遠勝去年
       上半年: a reference for its own clauses);
       *stated* when it is in a lead sentence without figures near the paragraph's start (“2018年涪城全区
       经济社会发展取得显著成效。区属地区生产总值达到…”), but not when a comma follows it: “2021年,…持续恢复。初步
       预计,…增长7.5%” (a frame of its own sentence only; part K, fj2_01 上半年,…). Under a span (五年来,
       这是…的五年。: back from the text's date, its own year included when written in December) a figure is
       what was done over the span (引进过亿元项目94个: ``2017-2021``) unless a level word (达, 至, 为, 突破, 高…)
       or a rank makes it the state at the span's end (高新技术, 高层次: a noun's prefix, no level word); a year
       opening a later sentence before a comma (五年来,…。2021年,…分别达到…。) frames that sentence only, the
       sentences after it go back to the span; a plan (计划播种面积) inherited into part of a year or a
       day is of the whole year (not a share of it: 占年度计划的40.6%). A figure of the event the text reports (本次/这次集中开工…) is of the last
       day written before it (12月25日, a dateline's 2月22日), or of the batch that day's sentence names
       (5月18日,2023年二季度…集中开工活动举行: ``2023Q2``), inferred; 当日开工的… in a report that writes no day
       (…集中开工活动26日举行) is of the day it is dated. In a text about a batch launched together whose lead
       writes the launch day with no half or quarter naming the batch (10月7日召开的…2023年全省第四批重大项目开工
       动员会), a figure the rules give that day's year is of the day (stated or inferred as they say), but not a
       year's plan (年度计划投资) nor one of 今年, 当年 or 全年 (今年…前三批, 当年投资1亿元以上的项目49个). A plan
       for the whole year, 全年计划 or 年内(计划) in the figure's clause or a year's plan in its sentence
       (宁夏2021年计划实施…1140个以上,完成投资1500亿元), is of that year, stated, in any text (全年计划投资83.3亿元
       after 此次集中开工的287个…; 西部云基地项目年内投资37亿元).
       当天 or 当日 in the figure's sentence is the day written before it in its paragraph, stated (5月21日,…推进会…
       举行。当天,宁夏第二批287个重大项目开工建设; 其中当天集中开工重大项目104个), unless the figure is a year's plan.
       A ranking list named by its year with 年 left out (发布了2022赛迪百强县榜单,我省6个市上榜) writes that year.
       An inferred period is *stated* when the heading the figure stands under states it (a short line
       “2019年主要预期目标:”, a numbered one that may hold a comma “一、奋发有为,2018年迈出铿锵步伐”, or
       “2014年工作回顾” run into the text, even into a text on one line after its first sentences, which is then no
       title: …提出意见。 2022年工作回顾 刚刚过去的一年…; not a short line between short lines: a text written a phrase a line,
       “2021年云南全省及16州市 / 地区生产总值(GDP)数据”, nor a subtitle that tells a figure after its time:
       廣西去年GDP增長7.5%); a numbered one naming one period governs its lower-numbered parts
       (一、2017年工作回顾 over （一）经济发展…), and a text may open on one (it is no title then).
    3. *Inferred* from the text: in a text that writes no year and whose lead opens on a span back (一、过去五年
       工作回顾 / 五年来,…: a work report's review), that span as in rule 2 (生产总值突破6万亿元: ``2022``; 年均增长6.8%,
       城镇新增就业640万人: ``2018-2022``; 连续6年 ends at its last year; a rate's change in points over it,
       城镇化率57.1%、提高6.5个百分点: ``2022/2017``); else the year in force (the last year the text named before the figure, not one
       when something first happened: 出现于2013年, 早在2005年; the year of its lead's first period, which may open a
       numbered heading: 一、2025年和“十四五”时期工作回顾; the year of its date before any; the year before
       when its title or first paragraph announces last year's data: 均已公布去年GDP数据; the year before for an
       estimate, 预计…, in a text dated January to March; a half- or quarters-to-date frame carried over a
       quarter of its year: ``2022H1`` after 二季度), and ``as_of_publication`` for a stock or total (累计, 现有, 拥有…) in a
       text whose date is known but that names no year before the figure (but a growth rate, 增速/增长 in its
       sentence, after a period the text named takes that period: 南阳(6.3%); a count after a stock-taking day,
       截至4月10日, or after a day that opens its sentence before a comma, 2025年11月29日，…焰火秀上演。, is of
       that day: what follows is counted up to it or happened on it); in an undated text, for a figure
       before which the text names no time at all (a period such as 今年上半年 there stays ``-``). A text dated
       January to March that names no time at all reports on the year just ended (a work report's excerpt: 成功创建
       各级文明村镇181个 → the year before, inferred).
    4. ``-`` with basis ``unknown`` otherwise: nothing is invented.
    A starting level right after 从/由 with its later level after …至/到/为/跃居 in its clause (规上企业从153家发展到
    268家, 排名由第5位跃居第3位) is of the year before the year the rules above give it (``2016`` under 2017-2021,
    ``2021`` in a 2022 sentence): where the change started from; a rate (从4.0%增长到7.3%) keeps its year, the
    earlier side of a comparison (是2012年的2.2倍,排位从第24位…) keeps its own. Such a side is *inferred*: its year
    is not written by the figure (是2012年的…从第24位; 近两年…从274家增至639家), unless the sentence writes both ends
    (2021年至2024年,…从38%提升至38.8%) or the value stands in parentheses right after the compared period
    (较一季度(-10.8%)).
    An inherited period (2, 3) is ``as_of_publication`` for the total investment of a list of projects (确定70个
    州级重点项目,总投资5505亿元; 续建项目21个,总投资1671亿元): what they will cost, not a period's flow; but not in
    a text about projects launched together (集中开工: the batch's), nor for one project's (总投资60亿元的…项目).
    Before all these: a size in a project's name (年产10万吨高纯多晶硅项目, 2×66万千瓦热电联产项目: a quantity that
    项目/工程 follows in its clause) is ``as_of_publication``, inferred: what the project is, not a period's flow.

Place (short names of ``data/gazetteer.csv``; mentions from :func:`~shangyu_analysis.extract.places.find_places`,
less a news dateline's place (人民网南京6月25日电, 中新网 沈阳10月20日电: filed there, not about it) and names a
neighbouring word takes apart (四成县 is 四成, 和县域 is 县域, 国内生产总值 is no country), plus the county short names written
alone of a province or prefecture the text names, or of its main place when only self words name it (全市各区县…渝北和长寿
→ 重庆's) (:func:`~shangyu_analysis.extract.place_filters.with_counties_in_scope`);
zones named from their place in the short form (安徽巢湖经济开发区, later 安巢经开区 → 巢湖经开区; 其中合肥经开区 →
合肥经开区), a class of zones as its place (全市开发区 → 全市, 安徽省开发区 → 安徽), a bare name listed before a zone sharing its
suffix (广州、南沙经开区 → 广州经开区), verbs before 开发区 no zone
(:func:`~shangyu_analysis.extract.place_filters.named_zones`); ports named after their city (镇江港吞吐量: 镇江港,
FACTS.md's 上海港; :func:`~shangyu_analysis.extract.place_filters.with_ports`);
traditional characters of names are folded (無為 → 无为))
    1. *The sentence*: the nearest place mention before the figure in its sentence that is in subject
       position (it opens its clause: “浙江慈溪，拥有…”, “上午9时，宣恩县…”, “紧随其后的楚雄州、昭通市…”,
       “前三甲,分别是余杭、鄞州和北仑”, “云南省会昆明,虽然GDP总量排第一”: the capital; “除了广东4.1%低于全国增速”; a name right before its value after 是, 、 or ：: “位列前三的是
       昆明市7222.50亿元、曲靖市3393.91亿元”), not an
       object (与天津…合作; the items of a list whose first item is one: 排名首超武汉经开区、长沙经开区) nor an end of
       a route's name (济南至青岛高速公路改扩建工程全长309公里: the province's text's, not 济南's) nor the
       start of an example's name (荆州先导电子信息材料等重大产业项目; any item of a list of examples before
       等: 阿克苏市…项目、…工程等72个; but places before 等 and a word for places are the subject, listed:
       大渡口、九龙坡…彭水等区县的增速均在6%). A figure after a list of places is about
       all of them (平湖市(1008.7亿元)、南湖区(…)、宁海县(…)去年首次突破1000亿元); values given 分别, as many as
       the places, are one each (池州、六安、芜湖市分别增长13.6%、10.2%、10.1%; so in each of several series:
       楚雄州、昭通市分别以11.2%、10.1%的增速位列第二、第三), and so are as many joined as the
       places are (宁波和温州排名第二和第三); a list after 和 or 、 is in subject position when its first item is.
       A value alone in brackets right after a place is that place's (巩义市(第45位), 平湖市(1008.7亿元); after a
       self word, the unit it names: 梅州's 比全省(7.7%) → 广东).
       例如/比如 and a list's bullet in a text whose lines were run together (…蓄势待发 - 仙桃市于2022年以…) open a
       clause; a county short name written once right before its value in brackets is a place (分别是宜都(963.04亿元)、…).
       A mention of the text's own place (全县, 本市, 本港) is the main place, but not for a rank right after it
       (保持全省第一: the rank's scope), nor, when it is no subject (对全省…贡献率, 分别高于全省平均), for a figure
       whose sentence has a subject place before it (合肥; with the text's place in a relation: 滁州、安徽); 全市
       in a district's text is its city, and a self word of a unit above the main place is that unit when it
       opens its clause (。全省64家经开区…实现地区生产总值2.1万亿元 in a zone's text: 广东; not 高于全国、全省), and
       then, in a relation later in its sentence, stands for the main place (地域面积约占全省2.6%: 广东). A unit above the main place (浙江 for 上虞, 全国) counts in subject position only when a
       measure or 实现/完成 follows (“绍兴市实现地区生产总值…”, “全国县域…”), not as a name's prefix (南京牛首山);
       in a clause that relates the two (占全省…, 高于全国…, 高出全国, 领先, 与全国差距, 比全国小…) it joins the main
       place (``苏州、江苏``), for a figure in that clause only (高于全市1个百分点,总量在全省排名第62位: the rank is
       莒县's alone); a gap to a peer place right before the figure (仅比台州少6.8亿元) names the subject and the
       peer (``嘉兴、台州``).
       A sentence broken over short lines without a stop (“曲靖市排名第二 / 突破3000亿大关”) is read back over them
       (three lines at most).
    2. *The paragraph*: a place that starts the paragraph's first clause (浏阳市…。该市…; an indent is no word:
       “  成都:项目数140个”), for the figures after it.
    3. *The section heading*: a line that is a place name alone (广州 over its list of targets), or a place, a
       colon and a short headline (平罗:全年50个重点项目上马, in a digest of several places' news), until the next;
       a table cell that is one (黄岛区 |) labels its row.
    4. *The text's main place*: the sidecar's ``place``, else the unit whose congress a work report is delivered
       to (在安庆市第十八届人民代表大会…上, within 300 characters of the title), else the unit whose units the title
       counts (云南16州(市)…), else the most specific unit of the title (or its zone, or a zone of a unit below it,
       named there: 泉州开发区; a title listing several zones is about their unit: 芜湖), else the
       most-mentioned county-level unit (:func:`~shangyu_analysis.extract.own_place.main_place`; not a venue: 在乐山
       主会场举行的集中开工仪式, 新闻发布会…在哈尔滨举行); then the text's
       own words overrule a unit at another level (:func:`~shangyu_analysis.extract.own_place.own_unit`: 缙云全县,
       全区 under 江苏 with 钟楼 written, 全省上下 with 长沙 named once → 湖南; 全市各区县 with 忠县 named once → 重庆; 我区 with no main place: the one
       county of that suffix the opening writes, 中德(金坛)创新产业区 → 金坛); a city's title that names its own
       zone by the bare word 市 (2023年市开发区秋季重点项目集中开工) is the zone's (连云港开发区:
       :func:`~shangyu_analysis.extract.own_place.own_zone`).
    ``-`` for a count of places (8个县, 其余8省, 20省区市, …的县域有13个; not 700个省重点项目, 178个市重点产业项目: a unit's list of
    projects; but the place whose units it counts when one stands right
    before it: 山东省共有137个县, 全省137个县), a club threshold (千亿县, 万亿级, 万亿之城, 超过400亿元的县域, when
    the sentence names no place; 800亿以上县域 even when it does; but the place its clause says joins the club:
    博罗县成为该省首个“千亿县”) and a text with no place at all; for a count of a level's zones (全国217家国家级
    开发区, 126家省级以上开发区; but the place that opens its clause and holds them: 广东省累计获批8家国家级经开区) and a threshold that defines a class of zones and its count (超1000亿元园区达到9家;
    2000亿元以上开发区达到4家 even after 其中合肥经开区… in its sentence); for a scale with 级 that defines a counted
    class of industries (现有8个万亿元级产业集群, 一批千亿元级、万亿元级出口产业集群; but 形成百亿级产业集群 is one
    cluster, the place's).

Measure
    The vocabulary term of ``data/measures.yml`` its subject words name (:func:`measure_term`), else of the
    clause before it, else, for a change (增长5%) right after another figure, the growth term of that
    figure's measure; a bare 增速 (高于全国平均增速的地市…) the growth term of the figure just before it; a value in
    parentheses after a place that follows one in that shape (南阳(6.3%)、漯河(7.3%)) the measure of the one
    before; otherwise ``其他:<subject>``. A growth term named as such (GDP增速) is itself. A change of an index
    is the index (CPI上涨1.4%); 年均增长 of a term is its growth term; a count in 家 of a trade (制造业54家, not 新材料产业) is 企业数量; a page's inline pinyin
    (經(jīng)濟) is not part of the words. A money figure whose clause holds only place names and verbs (长丰突破600亿元)
    takes the last money term of its paragraph; so does a club's threshold (跻身千亿县, 突破3000亿元大关,
    2000亿元梯队), else the last one of the 3,000 characters before the paragraph; after 以 the measure may follow the figure (以5615亿元地区生产总值).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from shangyu_analysis.extract.fact_marks import last_before, marks
from shangyu_analysis.extract.fact_measures import MeasureRules, captions
from shangyu_analysis.extract.fact_periods import PeriodRules
from shangyu_analysis.extract.fact_place_names import congress_place, venue, without_false_names
from shangyu_analysis.extract.fact_places import PlaceRules
from shangyu_analysis.extract.gazetteer import sidecar_place
from shangyu_analysis.extract.own_place import main_place, own_unit, own_zone, title_container
from shangyu_analysis.extract.place_filters import named_zones, with_counties_in_scope, with_ports, without_datelines
from shangyu_analysis.extract.places import ancestors, find_places, place_code
from shangyu_analysis.text.normalise import fold_names

_LEAD_REACH = 300  # how far after the title a work report's delivery line may stand
_TABLE_TITLE = re.compile(r"(?m)^[-\s]*表\s*[0-9一二三四五六七八九十][^\n]{2,60}$")


class FactsFinder(PeriodRules, PlaceRules, MeasureRules):
    """Facts of the figures of one text; time expressions and place mentions are found once."""

    def __init__(
        self,
        mt: str,
        date: dt.date | None,
        title_end: int,
        place: str | None = None,
        figure_starts: list[int] | None = None,
    ) -> None:
        self.simple = fold_names(mt)
        self.figure_starts = figure_starts or []
        stops, self.clause_marks = marks(self.simple)
        self.stops = stops.tolist()
        # The sentence start of every figure, looked up at once (a bisect per figure in a list this long waits
        # on memory: a third of the place rules' time); _stop bisects only for other positions.
        self._sentence_at = last_before(stops, self.figure_starts)
        self.date = date
        self._resolve_times(title_end)
        mentions = find_places(self.simple)
        for step in (named_zones, with_ports, without_datelines, without_false_names, with_counties_in_scope):
            mentions = step(mentions, self.simple)  # the filters of the module docstring, in its order
        self.mentions = mentions
        self.mention_starts = [m.start for m in self.mentions]
        place = sidecar_place(place) if place else None  # the index's 上虞区 (绍兴市, 浙江省) is 上虞 here
        # the sidecar's place wins (no count); then a work report's congress (在安庆市第十八届人民代表大会)
        main = (
            None
            if place
            else (
                congress_place(self.mentions, self.simple, title_end + _LEAD_REACH)
                or title_container(self.mentions, self.simple, title_end)
                # 在乐山主会场举行的集中开工仪式, 在哈尔滨举行: where an event is held is not what the text is about
                or main_place([m for m in self.mentions if not venue(self.simple, m)], title_end)
            )
        )
        if not place:  # the text's own words (全县, 全省) overrule a count of names at another level
            main = own_unit(self.mentions, self.simple, main, title_end) or main
        self.main = place or (main.place if main else None)
        self.main_code = place_code(place) if place else (main.code if main else None)
        self.main = own_zone(self.simple, title_end, self.main_code) or self.main  # 市开发区…: the city's zone
        if self.main_code and self.main_code not in {m.code for m in mentions}:
            # a unit named only by its self words (全市各区县 → 重庆): its county short names are places too
            self.mentions = mentions = with_counties_in_scope(mentions, self.simple, self.main_code)
            self.mention_starts = [m.start for m in self.mentions]
        self.main_above = ancestors(self.main_code) if self.main_code else set()
        self._paragraph_place: dict[int, tuple[int, str] | None] = {}
        self._last_term: tuple[int, str | None] = (-1, None)
        self._previous: tuple[int, str] = (-1, "")  # the last figure's start and measure
        self.table_titles = sorted(
            [(m.start(), m.group(0)) for m in _TABLE_TITLE.finditer(self.simple)] + captions(self.simple)
        )

    def _stop(self, pos: int, reach: int = 200) -> int:
        """Where the sentence holding ``pos`` starts (after 。！？ or a line end), at most ``reach`` back."""
        at = self._sentence_at.get(pos)
        if at is None:
            k = bisect.bisect_right(self.stops, pos) - 1
            at = self.stops[k] if k >= 0 else 0
        return max(at, pos - reach, 0)

    def _sentence_floor(self, para_start: int, start: int) -> int:
        """``para_start`` when it starts a line (the figure's paragraph), else the start of the figure's sentence:
        a figure outside the article's paragraphs (in a lead taken for its title) is given its ；-clause, and
        “目前,…共有…;税收超亿元企业3家” is one sentence."""
        if para_start == 0 or self.simple[para_start - 1] == "\n":
            return para_start
        return min(para_start, self._stop(start))
