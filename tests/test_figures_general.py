"""Patterns of real regional-economy texts beyond the seed: one hand-written sentence each."""

from __future__ import annotations

import math

import pytest

from shangyu_analysis.extract.figures import extract_figures

NAN = math.nan

# sentence, surface, value, unit, qualifier, kind
FIGURES = [
    # negative numbers keep their sign; a minus between two figures is a range mark
    ("全市货物出口增速为-3.2%。", "-3.2%", -3.2, "%", "exact", "percent"),
    ("人口自然增长率为-0.17‰。", "-0.17‰", -0.17, "‰", "exact", "percent"),
    # but a minus after a verb of growth writes a decline: a positive value, as the conventions give declines
    # (data/corpus part J, fj2_05: 增长-8.7% → 8.7)
    ("利润总额增长－12.6%。", "－12.6%", 12.6, "%", "exact", "percent"),
    # "the top N" is a rank bound; 前 is the qualifier, not part of the surface
    ("在全国GDP前二十强城市中。", "二十强", 20.0, "rank", "at_most", "rank"),
    ("跻身全国前10名。", "10名", 10.0, "rank", "at_most", "rank"),
    ("综合实力跻身全国前十，位居全省第二。", "十", 10.0, "rank", "at_most", "rank"),
    ("营收位居全省前三甲。", "三甲", 3.0, "rank", "at_most", "rank"),
    # compounds counted in their last scale
    ("获得中央预算内资金1亿2000万元。", "1亿2000万元", 12000.0, "万元", "exact", "money"),
    ("获得资金一亿两千万元。", "一亿两千万元", 12000.0, "万元", "exact", "money"),
    # digits broken by a PDF line end, when the digits after the break run into a unit
    (
        "一般公共预算支出增长３．７％，其中卫生健康支出１１\n２．３亿元。",
        "１１\n２．３亿元",
        112.3,
        "亿元",
        "exact",
        "money",
    ),
    ("争取资金２９５．１\n亿元。", "２９５．１\n亿元", 295.1, "亿元", "exact", "money"),
    ("全市一般公共预算支出中，教育支出237.\n5亿元。", "237.\n5亿元", 237.5, "亿元", "exact", "money"),
    ("城镇居民人均可支配收入 68 309 元。", "68 309 元", 68309.0, "元", "exact", "money"),
    # other currencies, in either script
    ("本地生產總值為3,794億澳門元。", "3,794億澳門元", 3794.0, "亿澳门元", "exact", "money"),
    ("出口總值4,324億新臺幣。", "4,324億新臺幣", 4324.0, "亿新台币", "exact", "money"),
    # units of energy, ports, weather
    ("工业用电量412.5亿度。", "412.5亿度", 412.5, "亿度", "exact", "other"),
    ("全社会用电量596.3亿千瓦时。", "596.3亿千瓦时", 596.3, "亿千瓦时", "exact", "other"),
    ("集装箱吞吐量85.3万标准箱。", "85.3万标准箱", 85.3, "万标准箱", "exact", "other"),
    ("综合能耗1265万吨标准煤。", "1265万吨标准煤", 1265.0, "万吨标准煤", "exact", "other"),
    ("光伏装机容量286万千瓦。", "286万千瓦", 286.0, "万千瓦", "exact", "other"),
    ("年均气温18.2℃，降水量1523毫米。", "1523毫米", 1523.0, "毫米", "exact", "other"),
    ("年均气温18.2℃，降水量1523毫米。", "18.2℃", 18.2, "℃", "exact", "other"),
    # approx through a linking verb
    ("工资性收入约占六成。", "六成", 6.0, "成", "approx", "percent"),
    ("老年人口约占四分之一。", "四分之一", 0.25, "ratio", "approx", "ratio"),
    # bare ratios: a noun in 比 with a verb of change, or a change clause in a ratio sentence
    ("城乡居民收入比缩小到1.61。", "1.61", 1.61, "ratio", "exact", "ratio"),
    ("收入倍差为1.81，比上年同期缩小0.04。", "0.04", 0.04, "ratio", "exact", "ratio"),
    # 排 right before 第N is a ranking; N城 counts cities (Arabic numerals only)
    ("宁波GDP排第7。", "第7", 7.0, "rank", "exact", "rank"),
    ("在长三角27城中排名靠前。", "27城", 27.0, "城", "exact", "count"),
    # durations: 工作日 is a unit, 内 after a duration is a time limit
    ("审批时间压缩至3个工作日。", "3个工作日", 3.0, "个工作日", "exact", "duration"),
    ("群众诉求4小时内办结。", "4小时", 4.0, "小时", "at_most", "duration"),
    # a magnitude followed by 余/多 is an amount; a quoted threshold name is a figure
    ("千余家企业参与。", "千余家", 1000.0, "家", "approx", "count"),
    ("万余名志愿者服务。", "万余名", 1.0, "万名", "approx", "count"),
    ("打造五千亿级先进制造业集群。", "五千亿", 5000.0, "亿元", "approx", "money"),
    ("全市常住人口超千万。", "千万", 1000.0, "万", "more_than", "count"),
    ("首次跻身“万亿俱乐部”。", "万亿", 1.0, "万亿元", "at_least", "money"),
    # streaks in traditional script
    ("出口連續30年居內地大中城市首位。", "30年", 30.0, "年", "exact", "duration"),
    ("規上工業總產值連續四年居全國城市首位。", "四年", 4.0, "年", "exact", "duration"),
    # a magnitude before 大关 (a milestone), not N大 counting (八大产业)
    ("营业收入首次突破千亿大关。", "千亿", 1000.0, "亿元", "more_than", "money"),
    ("营业收入突破1000亿大关。", "1000亿", 1000.0, "亿元", "more_than", "money"),
    # a bare 前N after a verb of entering a ranking
    ("已连续五年进入前三十。", "三十", 30.0, "rank", "at_most", "rank"),
    # 翻了一番多: roughly, more than doubled
    ("五年翻了一番多。", "翻了一番", 2.0, "倍", "approx", "multiple"),
    # ranges whose low end carries its own scale: counted in the high end's scale
    ("投资在10万~20万元之间。", "10万~20万元", 10.0, "万元", "range", "money"),
    ("总投资5000万元至1亿元的项目。", "5000万元至1亿元", 0.5, "亿元", "range", "money"),
    # trains counted with 列; a bare number after 容积率 is a ratio
    ("中欧班列开行642列，列入计划。", "642列", 642.0, "列", "exact", "count"),
    ("项目容积率不低于1.5，分两期建设。", "1.5", 1.5, "ratio", "at_least", "ratio"),
    # energy and container units written in Latin letters; counts of visits (辆次, 家次)
    ("建设年产30GWh动力电池项目。", "30GWh", 30.0, "GWh", "exact", "other"),
    ("集装箱吞吐量3530万TEU。", "3530万TEU", 3530.0, "万TEU", "exact", "other"),
    ("大桥通行车辆1,856.3万辆次。", "1,856.3万辆次", 1856.3, "万辆次", "exact", "count"),
    # 一半 measured by a verb of change or a bound is a ratio of 0.5
    ("用地成本下降近一半。", "一半", 0.5, "ratio", "approx", "ratio"),
    ("审批时间压缩一半以上。", "一半", 0.5, "ratio", "at_least", "ratio"),
    # counts of sessions and batches; 约合人民币 is approx in either script
    ("全年举办各类活动200余场次。", "200余场次", 200.0, "场次", "approx", "count"),
    ("抽检食品1.2万批次。", "1.2万批次", 1.2, "万批次", "exact", "count"),
    ("總投資3.2億美元（約合人民幣22億元）。", "22億元", 22.0, "亿元", "approx", "money"),
    # a PDF line end inside a unit word
    ("增速比上年提高1.2个百\n分点。", "1.2个百\n分点", 1.2, "个百分点", "exact", "percentage_point"),
    ("建成区面积12.5平方\n公里。", "12.5平方\n公里", 12.5, "平方公里", "exact", "area"),
    # a tenths digit after 成
    ("实际利用外资增长二成五。", "二成五", 2.5, "成", "exact", "percent"),
    # a quoted multiple is still a figure, as the corpus annotates “双倍增” (each doubled)
    ("力争实现“两个翻番”。", "翻番", 2.0, "倍", "exact", "multiple"),
    # 约占/约为 governs its figure across a short scope; not across a numeral or punctuation
    ("出口约占全国十分之一。", "十分之一", 0.1, "ratio", "approx", "ratio"),
    ("工业产值约占全省的三成。", "三成", 3.0, "成", "approx", "percent"),
    ("出口約佔全國的十分之一。", "十分之一", 0.1, "ratio", "approx", "ratio"),
    ("增速约为全省平均水平的1.2倍。", "1.2倍", 1.2, "倍", "approx", "multiple"),
    ("出口占全国十分之一。", "十分之一", 0.1, "ratio", "exact", "ratio"),
    ("节约占地面积120亩。", "120亩", 120.0, "亩", "exact", "area"),
    ("约占全省的两成，其余三成来自外地。", "三成", 3.0, "成", "exact", "percent"),
    ("约占全省两成的企业中三成上市。", "三成", 3.0, "成", "exact", "percent"),
]


def _one(sentence: str, surface: str):
    frame = extract_figures(sentence)
    rows = frame[frame["surface"] == surface]
    assert len(rows) == 1, f"{surface!r} not found once in {list(frame['surface'])}"
    return rows.iloc[0]


@pytest.mark.parametrize("sentence, surface, value, unit, qualifier, kind", FIGURES)
def test_general_pattern(sentence, surface, value, unit, qualifier, kind):
    row = _one(sentence, surface)
    assert math.isclose(row["value"], value, rel_tol=1e-9)
    assert (row["unit"], row["qualifier"], row["kind"]) == (unit, qualifier, kind)
    assert sentence[row["start"] : row["end"]] == surface


@pytest.mark.parametrize(
    "sentence, surfaces",
    [
        ("GDP增速6.5%-7%。", ["6.5%-7%"]),  # a range, not 6.5% and -7%
        ("S-1线全长52公里。", ["52公里"]),
        ("前三季度增长5.1%。", ["5.1%"]),  # a period, not the top three
        ("前5家企业营收增长8%。", ["5家", "8%"]),  # the first five firms: a count
        ("目前10%的企业已上云。", ["10%"]),
        ("汽车及零部件产业集群。", []),  # 零 alone is a word
        ("打造“15分钟品质文化生活圈”和1小时交通圈。", []),  # radii named by travel time
        ("全国百强县、十强企业。", []),
        ("千万不能松懈，成千上万的群众。", []),
        ("每十万人口拥有大学文化程度人数，每10万人口中，每3年举办一次。", []),  # rate bases
        ("推进三城同创，城乡融合，安排第二批资金，排放第3。", []),
        ("加大力度，年度任务，一度紧张。", []),  # 度 is a unit only after a scale
        ("增长11\n2.5万家企业落户。", ["2.5万家"]),  # a line break after a bare number that is not wrapped
        ("2021 年 12 月，共有 2 个。", ["2 个"]),  # space-grouped digits need three digits and a unit
        ("从2019年的5万元至2022年的8万元。", ["5万元", "8万元"]),  # 至 before a year: two figures
        ("3万元至4万美元。", ["3万元", "4万美元"]),  # different currencies: not one range
        ("建成5G基站，3D打印。", []),  # labels
        ("另一半是服务业，一半是海水。", []),  # 一半 as a word, not a measured half
        ("占比三成五个县达标。", ["三成", "五个"]),  # 五个 counts counties, not a tenths digit
        ("三大关键领域，进入前三季度。", ["三大"]),  # 大关键 still counts; 前三季度 is a period
        # a rank after a comparative names the one compared with, not the subject's own rank
        ("高出第二名2.3个百分点。", ["2.3个百分点"]),
        ("比第二名多5家。", ["5家"]),
        ("領先第二名3.1個百分點。", ["3.1個百分點"]),
        ("在全省评比中获第一名，出口占比第一名。", ["第一名", "第一名"]),  # 评比, 占比 are rankings
        ("增速比上年提高1.2个百分点，居全省第2位。", ["1.2个百分点", "第2位"]),
        # N项规定 right after its issuer names a rule set; with a verb in between it counts rules
        ("贯彻落实中央八项规定精神，查处问题25起。", ["25起"]),
        ("嚴格執行中央8項規定。", []),
        ("省委出台十项规定，市政府十条措施。", ["十项", "十条"]),
        ("中央下达三项任务。", ["三项"]),
    ],
)
def test_not_figures_or_not_joined(sentence, surfaces):
    frame = extract_figures(sentence)
    assert list(frame["surface"]) == surfaces
