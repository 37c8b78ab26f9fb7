"""Period rules of helper period27a (the day of a batch signed, started or launched at a news event: 今天 in a
dateline's lead, a batch named for its year, the batch's sentence, a quarter's batch, the text's day read a year early,
日前 after a byline, a day opening the body, a month carried from an earlier event), each on a real sentence of a
corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fae1_08_shanghai_signing_2020 (dated 2020-03-31)
_SHANGHAI = (
    "總投資4418億元!上海152個重大產業項目集中簽約,李強龔正見證\n"
    "東方網3月31日消息:今天上午,2020年上海市重大產業項目集中簽約暨特色產業園區推介活動在上海展覽中心舉行,"
    "總投資約4418億元的152個重大產業項目集中簽約,26個特色產業園區和60平方公里產業新空間正式發布。\n"
    "活動現場,總投資約1618億元的28個重大產業項目進行了集中簽約。\n"
)

# fae1_09_baoshan_projects_2022 (dated 2022-01-18)
_BAOSHAN = (
    "北上海生物医药产业园等3个市级特色产业园区,共吸引11个高端制造业项目落地……今天(1月18日)上午,南大科创之门项目奠基现场,"
    "宝山区一批重大项目集中启动,据悉,2022年宝山区共安排重大项目65个,总投资约1600亿元。本次集中启动项目45个,"
    "总投资逾350亿元,其中南大科创之门等25个产业项目,总投资253亿元;华二高中等20个民生项目,总投资97亿元。\n"
)


def test_a_year_naming_the_batch_gives_the_events_day():
    # fae1_08_shanghai_signing_2020: 今天上午,2020年上海市重大產業項目集中簽約暨…活動…舉行,總投資約4418億元的152個
    facts = facts_by_surface(_SHANGHAI, dt.date(2020, 3, 31))
    assert facts["60平方公里"][2:] == ("2020-03-31", "stated")


def test_the_batchs_sentence_is_of_the_events_day():
    # fae1_08_shanghai_signing_2020: 活動現場,總投資約1618億元的28個重大產業項目進行了集中簽約
    facts = facts_by_surface(_SHANGHAI, dt.date(2020, 3, 31))
    assert facts["1618億元"][2] == "2020-03-31"


def test_today_with_its_day_in_brackets():
    # fae1_09_baoshan_projects_2022: 今天(1月18日)上午…集中启动…本次集中启动项目45个; the year's list keeps its year
    facts = facts_by_surface(_BAOSHAN, dt.date(2022, 1, 18))
    assert facts["45个"][2] == "2022-01-18"
    assert facts["253亿元"][2] == "2022-01-18"
    assert facts["65个"][2] == "2022"


def test_a_quarters_batch_takes_its_quarter():
    # fae2_07_hubei_projects_q4_2021: 湖北四季度重大项目集中开工 / 11月5日上午,…新开工重大项目805个
    text = (
        "湖北四季度重大项目集中开工,总投资4523亿元!\n"
        "11月5日上午,湖北省举行全省重大项目集中开工活动,新开工重大项目805个、总投资4523亿元。\n"
        "此次开工共有10亿元以上项目102个,总投资2915亿元,占总投资的64.44%。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 11, 8))
    assert facts["805个"][2] == "2021Q4"
    assert facts["64.44%"][2] == "2021Q4"


def test_the_texts_day_read_a_year_early():
    # fae1_06_jinzhong_signing_2018: 2017年,晋中率先推行… then 2月27日,晋中市举行…集中签约仪式 and 今日集中签约17个项目
    text = (
        "“晋商故里”山西晋中签约17个项目 总投资572亿元\n"
        "山阴新闻网讯 太原2月27日 (张云)晋中是晋商故里,经济基础良好,发展潜力巨大。27日,晋中举行招商引资项目集中签约仪式,"
        "签约17个项目,总投资572亿元。\n"
        "2017年,晋中率先推行的企业投资项目承诺制改革,受到国务院和省政府的好评。\n"
        "2月27日,晋中市举行招商引资项目集中签约仪式,这是该市深入贯彻落实中央、省经济工作会议和省“两会”精神的重要举措。\n"
        "经过前期洽谈,今日集中签约17个项目,总投资572亿元,占全年招商任务1500亿元38.1%,投资额同比增长21.4%。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 2, 27))
    assert facts["572亿元"][2] == "2018-02-27"
    assert facts["1500亿元"][2] == "2018"


def test_lately_after_a_byline_is_the_texts_day():
    # fad2_08_cangzhou_signing_2018: 本报讯(记者 李如意)日前,沧州市领导进京…进行重点项目签约。本次签约项目数达到33个
    text = (
        "总投资635亿元项目落户沧州\n"
        "本报讯(记者 李如意)日前,沧州市领导进京与国内外企业进行重点项目签约。本次签约项目数达到33个,总投资635亿元,"
        "与北京合作项目占签约项目总数八成以上。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 5, 18))
    assert facts["33个"][2] == "2018-05-18"


def test_a_day_opening_the_body():
    # faa2_05_xizang_projects_2022: 4月1日上午,西藏2022年第一批总投资147亿元的45个重点项目集中开复工
    text = (
        "西藏2022年重点建设项目计划投资1404亿 第一批45个已开复工\n"
        "4月1日上午,西藏2022年第一批总投资147亿元的45个重点项目集中开复工。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 4, 1))
    assert facts["147亿元"][2] == "2022-04-01"


def test_a_month_carried_from_an_earlier_event():
    # fae1_07_shanxi_xiamen_signing_2019: 继首批…今年5月…发布之后 … 我省共有8个项目进行现场签约
    text = (
        "9月9日,2019厦门国际投资贸易洽谈会暨丝路投资大会启幕第二天,山西省投资环境推介会暨项目对接会在厦门召开。"
        "178个山西招商引资重大项目发布,8个项目进行现场签约,总投资额96.4亿元。\n"
        "继首批133个山西省招商引资重大项目今年5月在今年5月江西南昌第十一届中博会发布之后,会议现场,"
        "山西省投资促进局正式对外发布第二批178个省级重大招商项目,涉及总招商规模约3200亿元。\n"
        "我省共有8个项目进行现场签约,总投资额96.4亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2019, 9, 10))
    assert facts["8个"][2] == "2019-09-09"
