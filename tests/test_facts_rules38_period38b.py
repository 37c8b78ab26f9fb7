"""Period rules of helper period38b (a batch compared with the year before's, 本次 carrying a batch's day to a later
sentence, an earlier batch told before the text's own event, an announced investment in a signing text), each on
real sentences of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fao2_06_xian_batch2_2018 (dated 2018-07-09; the batch started 7月7日)
_XIAN = (
    "西安举行今年第二批重大项目集中开工仪式 王永康宣布开工令\n7月7日,西安市2018年第二批扩大有效投资的315个重大项目集中开工。"
    "省委常委、西安市委书记王永康出席开工仪式并宣布开工令。本次集中开工仪式共设1个主会场、20个分会场。\n"
    "本次集中开工的315个重大项目总投资2620亿元,年计划投资752亿元,主要涉及工业、服务业、基础设施及民生等领域。"
    "其中民生项目73个,总投资497亿元,较去年第二批集中开工的民生项目总投资提高209%。"
    "本次集中开工的大项目占比高。投资10亿元至50亿元的项目62个,50亿元至100亿元的项目8个,100亿元以上的项目2个。"
    "这次集中开工项目中,单体项目平均总投资额达8.32亿元,是去年的1.7倍。\n"
)
# fao1_01_xiangjiang_signing_2016 (dated 2016-01-28; 今天 is that day)
_XIANGJIANG = (
    "中国储能技术有限公司拟投资50亿元,在宁乡高新区建设储能技术与创新科技研发制造中心;"
    "全球内镜微创产业集团拟投资50亿元,在洋湖总部经济区打造全球智慧健康医学中心……"
    "继1月9日集中签约总投资300亿元的30个项目后,今天,湖南湘江新区再次举行重大投资商座谈会暨项目集中签约仪式,"
    "现场签约项目26个,总投资401亿元。\n"
    "湖南湘江新区自成立以来,坚持把项目建设作为发展重中之重,重大项目成为新区的投资引擎、供给支撑、城市名片。"
    "2015年,新区完成地区生产总值1540亿元,完成财政总收入219亿元,同比分别增长11%、8%。\n"
)
# fn1_03_zhongwei_pingluo_projects_2015 (dated 2015-03-19; the batch started 3月18日)
_ZHONGWEI = (
    "中卫:104个重大项目集中开工\n3月18日,中卫市沙坡头旅游新镇项目建设现场,数十台挖掘机隆隆启动,工作人员有条不紊地指挥着,"
    "沙坡头旅游新镇、沙坡头景区提升改造等7个旅游项目的破土开工,拉开中卫市今年重大项目集中开工建设大幕。"
    "今年中卫市委、市政府计划实施项目383个,计划完成投资384亿元。其中当天集中开工重大项目104个,年内计划完成投资284亿元。\n"
    "平罗:全年50个重点项目上马\n"
    "“今年公司计划总投资26亿元,其中晟晏福华循环化项目全部建成生产后,将成为全国最大的锰硅合金生产企业。”"
    "昨天,在平罗县2015年第一批重点项目开工仪式上,宁夏晟晏实业集团董事长杨斌说。"
    "今年平罗计划实施重点建设项目50个,概算总投资337.8亿元。目前,第一批集中开工了35个,总投资额232.9亿元。\n"
)


def test_a_batch_compared_with_last_years_batch() -> None:
    facts = facts_by_surface(_XIAN, dt.date(2018, 7, 9))
    assert facts["209%"][2] == "2018-07-07/2017"
    assert facts["1.7倍"][2] == "2018-07-07/2017"


def test_this_batch_carries_its_day_to_a_breakdown() -> None:
    facts = facts_by_surface(_XIAN, dt.date(2018, 7, 9))
    assert facts["62个"][2] == "2018-07-07"
    assert facts["2个"][2] == "2018-07-07"


def test_a_numbered_batch_started_carries_its_day() -> None:
    facts = facts_by_surface(_ZHONGWEI, dt.date(2015, 3, 19))
    assert facts["35个"][2] == "2015-03-18"
    assert facts["232.9亿元"][2] == "2015-03-18"


def test_the_texts_event_after_an_earlier_batch() -> None:
    facts = facts_by_surface(_XIANGJIANG, dt.date(2016, 1, 28))
    assert facts["26个"][2] == "2016-01-28"
    assert facts["401亿元"][2] == "2016-01-28"
    assert facts["300亿元"][2] == "2016-01-09"  # the earlier batch keeps its day


def test_an_announced_investment_in_a_signing_text() -> None:
    facts = facts_by_surface(_XIANGJIANG, dt.date(2016, 1, 28))
    assert facts["50亿元"][2] == "2016-01-28"
    assert facts["1540亿元"][2] == "2015"
