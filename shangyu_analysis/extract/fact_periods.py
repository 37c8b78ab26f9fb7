"""The period of each figure of a text's facts (:class:`PeriodRules`). Conventions: ``../shared/corpus/FACTS.md``.
The rules, in the order they are tried:

Period
    1. *Stated*: the nearest time expression before the figure in its sentence (up to 。！？ or a line
       end; a ；-separated clause continues the sentence: “2020年,…；…”, and so does a sentence that opens
       with 其中, whose period is then *inferred*: not written in it). A comparison (比2015年, 与2020年相比,
       是十年前的) pairs the period in force with the earlier one (``2020/2015``, ``2017Q1/2016``; 比2020年同期 keeps
       the part of the year: ``2021H1/2020H1``); 比上年 and
       同比 are not periods (the current one stays). A comparison governs its own clause and the next (not over a ；), not the
       rest (there its earlier side is the figure's after 从/由, its later side after …到/至: 是2012年的2.2倍,排位从
       第24位跃升到第18位; a value in parentheses right after the compared period is that period's: 较一季度(-10.8%),
       较上年同期(3.2%)); one with an earlier part of the year (增速比1—4月加快: ``2023M1-M5/2023M1-M4``; of the year
       before: 增速较上年四季度提高0.9个百分点, ``2025Q1/2024Q4``) and a streak
       (连续3个月: ``2023M3-M5``) govern their own clause only, and so does a year compared with (数量与去年持平,
       并列全国第3: 第3 is the current year's; 相当于2005年的3倍;固定资产投资年均增长35.4%: the span's); none of them reaches over the end of its sentence, even into a
       其中 sentence that continues it (增速与2024年全年持平。其中,农业产值增长5.4%: 2025Q1); 目前 inside a clause reaches its ；-part only, 当年计划 its own clause;
       去年 opening its sentence (an indented paragraph, a quotation) before a comma (去年,该省加快推进…) frames the sentence
       as 2020年,… does, and so does one right after a short lead-in clause (初步统计,去年全省地区生产总值48810亿元、…,
       地方一般公共预算收入3383亿元: all of it 2021, stated); 去年 that names the year the text's lead frames it in
       (据介绍,去年全年全市新签约亿元项目413个。其中,1-5亿元311个 in a January 2023 text about 2022) is no
       reference to another year: the text goes on about it, as about a year written (2022, inferred, after it);
       N年多来 (三年多来 in August 2022) runs from N years before the text's year up to it (``2019-2022``).
       未来N年 / 今后N年 (a party congress's plan, 未来五年 in May 2022) runs from the text's year on (``2022-2026``): a
       level reached in it (奋斗目标为全省地区生产总值迈上2万亿元新台阶) is of its last year, inferred, as under a
       span back; a growth over it (今后五年…需年均增长6.1%) is the span, stated.
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
       (``2021H1/2019H1``, ``2021Q1-Q3/2019Q1-Q3``, as 与2019年同期相比 says; written or not); 年均 or 累计 anywhere in the clause takes the paragraph's span; with none, 累计 after
       the last time written before the figure in its sentence takes the years since the start of a run the text
       named before (自2006年…以来, 2019年以来; not a streak's start, 自2010年以来连续5年): 截至去年底,…累计完成…
       1608.5亿元,其中…221个 → ``2006-2016``.
       Not periods of the text: 全年 before 任务/目标/计划 (完成全年任务74.9%, 完成全年开工目标任务的78.13%), a plan whose
       target is reached (提前一年达到“十四五”规划控制目标。引进到位资金超5300亿元: not carried into the next sentences), a record's start or reach
       (1961年有完整气象记录以来最严重, 为近5年来最好, 为2014年以来同期最好), 今年 without a comma after it in a text its lead frames in
       another year (2019年,…。今年5月重点项目集中开工,42个项目…。/ 园区新增…12家: 2019's), another year inside
       (not opening a clause of) a sentence a year opens before a comma (2022年,…在2021年度…考评中位列第13位。/
       连续19年 → 2004-2022), a part picked out right after 其中 in a clause (规模工业增加值增长1.9%,…,其中6月份增长5.4%。从重点行业看,…: the
       sentences after it keep the half in force), a period compared with (分别快于一季度、2016年全年2.3个、
       7个百分点, 分别比一季度两年平均和2019年上半年增速高0.3、3.5个百分点, each of a list of years: 分别比2020年、2019年
       同期: nor is it carried into the next sentences), a year a run starts from inside its clause (经过2014年
       一季度以来的13个季度后,…。分产业看,…: the sentences after it keep the half in force), a month a run starts from (自3月份以来已连续4个月: the run
       ends at the half in force, ``2009M3-M6``; 外贸进出口自一季度以来逐月攀升,同比增长40%: ``2022H1``; 自2020年三季度以来 inside its clause starts a run too, and a streak
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
       day is of the whole year (not a share of it: 占年度计划的40.6%; nor a band of projects by their plan, counted:
       年度计划投资1亿元以上项目228个, its bound and what follows it in the sentence are the batch's). A figure of the event the text reports (本次/这次集中开工…, 此次集中开竣工项目25个:
       projects started or finished that day) is of the last
       day written before it (12月25日, a dateline's 2月22日), or of the batch that day's sentence names
       (5月18日,2023年二季度…集中开工活动举行: ``2023Q2``), inferred; 当日开工的… in a report that writes no day
       (…集中开工活动26日举行) is of the day it is dated; with no day written (重庆18日举行2023年一季度重大项目集中开工
       活动: a day with no month), of the half or quarter the lead names as the batch, and so is any figure the
       rules give no period in force (354个重大项目中,总投资10亿元以上的有94个: ``2023Q1``, inferred). In a text about a batch launched together whose lead
       writes the launch day with no half or quarter naming the batch (10月7日召开的…2023年全省第四批重大项目开工
       动员会), a figure the rules give that day's year is of the day (stated or inferred as they say), but not a
       year's plan (年度计划投资) nor one of 今年, 当年 or 全年 in its sentence (今年…前三批, 当年投资1亿元以上的项目49个;
       a subtitle's 今年贵州省第一批重大项目集中开工 names the batch's year only), stated only where its paragraph
       writes the day (a heading naming the year states no day). A plan
       for the whole year, 全年计划 or 年内(计划) in the figure's clause or a year's plan in its sentence
       (宁夏2021年计划实施…1140个以上,完成投资1500亿元), is of that year, stated, in any text (全年计划投资83.3亿元
       after 此次集中开工的287个…; 西部云基地项目年内投资37亿元).
       当天 or 当日 in the figure's sentence is the day written before it in its paragraph, stated (5月21日,…推进会…
       举行。当天,宁夏第二批287个重大项目开工建设; 其中当天集中开工重大项目104个), unless the figure is a year's plan;
       with no day in its paragraph, the event's day the other rules give is stated when the text writes it (3月31日,
       …集中开工活动举行。…在包头市分会场,当天93个重大项目集中开复工), inferred when it does not (the text's date).
       A ranking list named by its year with 年 left out (发布了2022赛迪百强县榜单,我省6个市上榜; 揭晓了“2023中国省级
       开发区高质量发展百强榜单”, the year 16 characters before 百强) writes that year.
       A period that opens its paragraph before a comma, alone or after one or two short lead-ins (分市州看,在经济总量方面,),
       a source's (据统计, 根据…核算结果,), a speaker's (…胡光辉介绍说,; …负责人分析,; 记者…了解到, also as the text's first words) or a dateline's byline
       (南海网海口7月25日消息(南海网记者 李晓梅)今年上半年,…), or the first sentence
       with figures after lead sentences with none (今年以来,…形势稳定。上半年,全省夏粮…; not a list's point, 二是…。),
       or after 刚刚过去的 / 过去的 (刚刚过去的2015年,…), or run into its subject with no comma right under a short heading
       line (二、工业 / 前三季度全区规模以上工业…), is the paragraph's lead: *stated* for every figure of the paragraph
       that takes its period (ruling 1 as parts Q–U read it: 2020年上半年,绍兴市实现…2855亿元。规上工业增加值增长3%;
       统计显示,今年前三季度,…。其中,…), its 其中 sentences included (the run-in one's too: 三、固定资产投资 /
       前三季度全区固定资产投资额同比增长8.2%。其中,…; not 2022年全年…, a whole-year word), and after a verdict
       alone (指标保持较高增速。上半年,…: the paragraph's topic) or a run-in heading (投资:降幅收窄。上半年,…); not
       这一年/全年 (words that name no year; but a lead before them that names it governs their figures too:
       2019年,全县上下…。全年实现…。其中,…), nor a level at a span's end (a year not written).
       A paragraph that opens on 其中 continues the paragraph before (…今年上半年全省縣域經濟實現較快增長。全省…11268.4億元。
       / 其中,第一產業增加值1238.2億元), and one that starts inside a line continues that line (a text with no title line,
       whose first sentence was taken for its title): read with it, it takes the basis that reading gives for the same
       period.
       A period opening, before a comma, the first paragraph under a numbered heading (一、经济运行平稳… / 一季度,全市…)
       is the section's lead: *stated* for the figures that take its period up to the next numbered heading (ruling 1).
       A period whose clause is a list's lead ended by a colon before any figure (今年经济社会发展的主要预期目标是:
       全省地区生产总值增长6.5%,…。一般公共预算总收入增长5%,…) is *stated* for the list's sentences after it.
       An inferred period is *stated* when the heading the figure stands under states it (a short line
       “2019年主要预期目标:”, a numbered one that may hold a comma “一、奋发有为,2018年迈出铿锵步伐”, or
       “2014年工作回顾” run into the text, even into a text on one line after its first sentences, which is then no
       title: …提出意见。 2022年工作回顾 刚刚过去的一年…; not a short line between short lines: a text written a phrase a line,
       “2021年云南全省及16州市 / 地区生产总值(GDP)数据”, nor a subtitle that tells a figure after its time:
       廣西去年GDP增長7.5%); a numbered one naming one period governs its lower-numbered parts
       (一、2017年工作回顾 over （一）经济发展…), and a text may open on one (it is no title then), numbered or a
       review's or targets' heading words (2025年政府工作简要回顾, 2023年工作回顧 2023年是…: an excerpt of a report).
       The title is no heading, but a review's subtitle (——吉林市上半年…综述, even among short lines), a plan's title
       (咸阳市2023年国民经济和社会发展计划) and a title that is only a period (the banner 今年前三季度) are.
    3. *Inferred* from the text: in a text that writes no year and whose lead opens on a span back (一、过去五年
       工作回顾 / 五年来,…: a work report's review), that span as in rule 2 (生产总值突破6万亿元: ``2022``; 年均增长6.8%,
       城镇新增就业640万人: ``2018-2022``; 连续6年 ends at its last year; a rate's change in points over it,
       城镇化率57.1%、提高6.5个百分点: ``2022/2017``); else the year in force (the last year the text named before the figure, not one
       when something first happened: 出现于2013年, 早在2005年; the year of its lead's first period (or the part written right after it, the own place between:
       今年我市前三季度经济数据出炉, 开展2021年全市二季度…开工: the part's), which may open a
       numbered heading: 一、2025年和“十四五”时期工作回顾, or follow the text's own place in its title, 我省上半年…, or a byline, (记者 李晓梅)今年上半年,…;
       not a base of comparison, 在去年较快增长的基础上, which governs its own clause only; the quarters to date when the lead, before any figure of
       the body, takes stock at a quarter's end: 截至3月底,我区安排的90个重点建设项目,已有72个开工建设 frames a progress
       report on ``2018Q1``, carried over its later paragraphs (6月底: the half, 9月底: ``Q1-Q3``); the year of its date before any (a work report's title year, 湘潭县2023年政府工作报告, is the year it is
       delivered for, not one the text is about); the year before
       when its title or first paragraph announces last year's data: 均已公布去年GDP数据 (and the year written when
       it names it: 江苏各地2022年GDP数据陆续公布 frames a 2023 text in 2022, its title's figures included); the year before for an
       estimate, 预计…, in a text dated January to March; a half- or quarters-to-date frame carried over a
       quarter of its year: ``2022H1`` after 二季度), and ``as_of_publication`` for a stock or total (累计, 现有, 拥有…) in a
       text whose date is known but that names no year before the figure (but a growth rate, 增速/增长 in its
       sentence, after a period the text named takes that period: 南阳(6.3%); a count after a stock-taking day,
       截至4月10日, or after a day that opens its sentence before a comma, 2025年11月29日，…焰火秀上演。, is of
       that day: what follows is counted up to it or happened on it); in an undated text, for a figure
       before which the text names no time at all (a period such as 今年上半年 there stays ``-``). A text dated
       January to March that names no time at all reports on the year just ended (a work report's excerpt: 成功创建
       各级文明村镇181个 → the year before, inferred); so does one whose words for a whole year name none
       before any year is written (全年地区生产总值完成82.86亿元…。这一年,… in a report dated February 2024: ``2023``,
       stated where 全年 is in the figure's sentence, as the project-wide ruling 1 reads it).
    4. ``-`` with basis ``unknown`` otherwise: nothing is invented.
    A starting level after 由/从上年同期的 (三次产业结构由上年同期的5.3∶45.2∶49.5调整为…; 比重由去年同期的12.8%上升至
    15.3%) is of the same period a year before (``2021H1`` in a 2022H1 text), stated: 上年同期 is written.
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
    Before all these: the bound of a class of places that its clause counts (超1000億元的區12個, 500億元—1000億元區間
    縣域24個, 超600亿元的县域从2021年的4个增至…; not 唯一GDP超过800亿元的县域, a state) has no period (``-``, unknown);
    a size in a project's name (年产10万吨高纯多晶硅项目, 2×66万千瓦热电联产项目: a quantity that
    项目/工程 follows in its clause) is ``as_of_publication``, inferred: what the project is, not a period's flow;
    what a project is to build or yield once built (拟建设2条…生产线、1条4GW…生产线; 该项目建成投产后年发电量近
    10亿千瓦时: after 拟建设/拟建 or 建成/投产/达产后 in its clause) has no period (``-``, unknown), and 投产后年…
    is no 后年 (the year after next); what a standing plan sets for every year (每年完成投资1万亿元以上: 每年 before
    the figure in its clause) is ``as_of_publication``, inferred.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_period_cascade import _TO_ANY, PeriodCascade, _clause_end
from shangyu_analysis.extract.fact_period_marks import YEAR_ONLY, simple_before_clause
from shangyu_analysis.extract.fact_period_spans import year_before_start
from shangyu_analysis.text.periods import PeriodFact

# 全年计划投资83.3亿元, 年内计划完成投资284亿元, 宁夏2021年计划实施…1140个以上: a plan for the whole year
_YEAR_PLAN = re.compile(r"(?:全年|年内|\d{4}年)计划|年内")  # 年内投资37亿元: within the year, no plan word
_YEAR_PLAN_WRITTEN = re.compile(r"\d{4}年计划")  # 宁夏2021年计划实施…: a year's plan in the sentence


class PeriodRules(PeriodCascade):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: gives each figure its period, from the time
    expressions :class:`~shangyu_analysis.extract.fact_period_frames.PeriodFrames` resolved once per text (the rules
    tried in order: :class:`~shangyu_analysis.extract.fact_period_cascade.PeriodCascade`)."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        """The period of the figure at ``start`` (:meth:`_period`); a starting level (规上企业从153家发展到268家,
        排名由第5位跃居第3位) given the year in force is of the year before it: where the change started from."""
        found = self._period(start, end, para_start, kind)
        if found.basis == "inferred" and (wider := self._wider_paragraph(para_start, start)) is not None:
            read = self._period(start, end, wider, kind)  # the same period, read with what the paragraph continues
            found = read if read.value == found.value else found
        if (shifted := year_before_start(self.simple, found.value, start)) is not None:
            # 三次产业结构由上年同期的5.3∶45.2∶49.5调整为…: where the change started, the same period a year before
            return PeriodFact(shifted, "stated", "上年同期")
        if self.writes_plans and YEAR_ONLY.match(found.value) and (plan := self._year_plan(start)) is not None:
            # of the year in force, written in its clause (全年, 年内) or its sentence (2021年计划): not a batch's day
            return PeriodFact(found.value[:4], "stated", plan)
        day = self._that_day(start) if self.writes_that_day else None
        if day and found.value[:4] == day[:4]:
            return PeriodFact(day, "stated", "当天")  # 5月21日,…推进会…举行。当天,宁夏第二批287个重大项目开工建设
        if (
            self.launch_day is not None
            and found.value == self.launch_day[:4]
            # words that name the whole year in the figure's sentence (a subtitle's 今年 names the batch's year)
            and not (
                found.evidence.startswith(("今年", "当年", "全年"))
                and found.evidence in self.simple[self._stop(start) : start]
            )
            and "年度" not in simple_before_clause(self.simple, start)
        ):
            # 10月7日召开的安徽2023年全省第四批重大项目开工动员会: the batch's figures are of its day (a year's plan,
            # 年度计划投资457.5亿元, and 今年…前三批 stay the year's); stated only where the paragraph writes the day
            written = self._day_in(para_start, start, self.launch_day)
            found = PeriodFact(self.launch_day, found.basis if written else "inferred", found.evidence)
        if (
            self.simple[start - 1 : start] in ("从", "由")
            and kind != "percent"
            and YEAR_ONLY.fullmatch(found.value)
            and not found.evidence.startswith(("比", "较", "与", "同", "是"))  # 是2012年的2.2倍,排位从第24位: 2012's
            and _TO_ANY.search(self.simple, end, _clause_end(self.simple, end))
        ):
            return PeriodFact(str(int(found.value) - 1), "inferred", found.evidence)  # that year is not written
        if day == "" and found.basis == "inferred" and self._written_day(found.value):
            # 3月31日,…开工活动…举行。…在包头市分会场,当天93个重大项目集中开复工: the day the text writes (当日开工的…
            # in a report that writes no day stays inferred)
            return PeriodFact(found.value, "stated", "当天")
        return found

    def _year_plan(self, start: int) -> str | None:
        """The words of a plan for a whole year that the figure at ``start`` is part of: 全年计划 or 年内计划 in its
        clause, a year's plan (宁夏2021年计划实施…重大项目1140个以上,完成投资1500亿元) in its sentence; 年度计划
        is left to the period in force (占年度计划的40.6% is a share reached by then)."""
        simple = self.simple
        line = self._line_start(start) - 1
        lo = max(line, simple.rfind("。", line + 1, start)) + 1
        if simple.find("计划", lo, start) < 0 and simple.find("年内", lo, start) < 0:
            return None  # most sentences name no plan: the clause (inside the sentence: 。 and \n end both) names none
        clause = _YEAR_PLAN.search(simple_before_clause(simple, start))
        if clause is not None and not clause.group(0)[0].isdigit():
            return clause.group(0)
        written = _YEAR_PLAN_WRITTEN.search(simple, lo, start)
        return written.group(0) if written else None
