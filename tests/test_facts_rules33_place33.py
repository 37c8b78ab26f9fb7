"""Place rules of helper place33 (a gap to the nation carried two clauses on, the nation's every N, a city's examples
before 等), each on a real corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fak2_06_shandong_h1_2022: the opening of the text
_SHANDONG = (
    "7月19日,山东省政府新闻办举行新闻发布会,介绍上半年全省经济社会运行情况。记者从会上了解到,上半年"
    "山东省生产总值为41717亿元,按不变价计算,同比增长3.6%,高于全国平均水平。\n山东省政府副秘书"
    "长、省政府新闻发言人崔建海表示,面对短期经济下行压力明显增大的严峻形势,省委、省政府科学分析研判,根"
    "据不同行业、不同领域影响因素及程度,精准推出一揽子务实管用的政策措施,全省经济运行在经历短期波动后快"
    "速企稳,上半年持续恢复、加速回升,成绩来之不易。\n——从数量上看,在普遍受疫情影响情况下,良好发展态"
    "势不仅没有缩小,反而得到了扩大和增强。从总量指标分析,上半年我省生产总值为41717亿元,按不变价计"
    "算,同比增长3.6%,高于全国平均水平,好的幅度比一季度扩大了0.7个百分点。从单项指标分析,规上工"
    "业增加值增长4.8%,高于全国平均水平;固定资产投资增长7.5%,高于全国平均水平,好的幅度比一季度"
    "扩大0.2个百分点;进出口总额增长17%,远高于全国平均水平,好的幅度比一季度扩大4.6个百分点。\n"
    "——从质量上看,部分"
)

# fak1_05_anhui_govreport_2025: the opening of the text
_ANHUI = (
    "1月20日上午,安徽省十四届人大三次会议开幕,安徽省省长王清宪作政府工作报告,要点如下:\n一、202"
    "4年工作回顾\n全省地区生产总值增长5.8%,经济总量跨上5万亿元台阶;\n规上工业增加值增长9%,增速"
    "居工业大省第1位;\n新增高新技术企业3500家、科技型中小企业7533家、专精特新“小巨人”企业11"
    "3家,总数均居全国第一方阵;\n汽车产量继续保持40%以上增长、达357万辆,新能源汽车产量增长94."
    "5%、达168.4万辆,产量均居全国第2位;\n光储产业综合竞争力评价居全国第3位;\n进出口总额和出口"
    "额均升至全国第9位;\n整车出口量跃居全国首位,全国每出口4辆汽车就有1辆安徽造;\n制造业投资增长13"
)

# fak2_03_ningxia_projects_2025: the opening of the text
_NINGXIA = (
    "重点项目建设忙 宁夏各地争分夺秒加油干\n一年之计在于春,项目提速正当时。新春以来,宁夏全区各地争分夺"
    "秒加油干。\n银川市七子连湖示范片区水环境提升等70个项目冬季不停工,不到半年时间异质结专用单晶硅项目"
    "首根单晶硅棒顺利下线"
)

# fw2_09_shaanxi_income_q3_2017: the opening of the text
_SHAANXI = (
    "國家統(tǒng)計局陜西調查總隊10月20日發(fā)布住戶調查結果顯示,今年前三季度,陜西居民人"
    "均可支配收入15591元(全國19342元),同比名義增長9.3%,增速高于全國平均水平0.2個百分"
    "點;扣除價格因素實際增長7.8%,高于全國平均水平0.3個百分點。居民人均可支配收入中位數(shù)"
    "為13847元(全國16780元),同比增長9.5%,增速高于全國2.1個百分點。陜西居民收入水平相"
    "當于全國平均水平的80.6%,較去年同期增加0.2個百分點。\n據(jù)調查,今"
)


def test_gap_to_nation_carried() -> None:
    # fak2_06: 高于全国平均水平,好的幅度比一季度扩大了0.7个百分点 relates 山东 to the nation
    facts = facts_by_surface(_SHANDONG, dt.date(2022, 7, 19))
    assert facts["0.7个百分点"][0] == "山东、全国"
    assert facts["4.6个百分点"][0] == "山东、全国"
    assert facts["3.6%"][0] == "山东"


def test_ratio_to_nation_carried() -> None:
    # fw2_09: 相當于全國平均水平的80.6%,較去年同期增加0.2個百分點: the ratio's change relates both
    facts = facts_by_surface(_SHAANXI, dt.date(2017, 10, 21))
    assert facts["0.2個百分點"][0] == "陕西、全国"


def test_nation_every() -> None:
    # fak1_05: 全国每出口4辆汽车就有1辆安徽造
    facts = facts_by_surface(_ANHUI, dt.date(2025, 1, 20))
    assert facts["4辆"][0] == "安徽、全国"
    assert facts["1辆"][0] == "安徽、全国"


def test_city_examples() -> None:
    # fak2_03: 银川市七子连湖示范片区水环境提升等70个项目 in a text of 宁夏
    facts = facts_by_surface(_NINGXIA, dt.date(2025, 2, 11))
    assert facts["70个"][0] == "银川"
