"""The classes issue #12 named, each on real public sentences (source noted per case).

Sentences come from public repositories found with the project's search tool, and from the real texts
of data/corpus (named by file). Expectations are (surface, value, unit, qualifier) of the figures, in
text order; ``None`` for a numeral that must not be a figure.
"""

from __future__ import annotations

import math

import pytest

from shangyu_analysis.extract import extract_figures


def _figures(text: str) -> list[tuple]:
    frame = extract_figures(text)
    return [(r.surface, r.value, r.unit, str(r.qualifier)) for r in frame.itertuples()]


def _found(text: str, surface: str) -> tuple | None:
    return next((f for f in _figures(text) if f[0] == surface), None)


@pytest.mark.parametrize(
    "text, surface, value, unit, qualifier",
    [
        # a qualifier separated from its number by adverbs, particles or a verb of having
        ("关键模块覆盖率（均已超过80%投产要求）", "80%", 80, "%", "more_than"),  # a test report
        ("已知日期的历史规范/实现条目最早重查日为2022-03-01，均已超过24个月窗口", "24个月", 24, "个月", "more_than"),
        ("一辆智能汽车至少需要20根天线。", "20根", 20, "根", "at_least"),  # 人民日报 2026-01-16
        # crossing and reaching a round threshold
        ("2026-08-03 A股复盘：成交额站上万亿，券商领涨", "万亿", 1, "万亿元", "at_least"),
        ("净流入站上万亿港元关口南向资金改变港股投资生态", "万亿港元", 1, "万亿港元", "at_least"),
        ("全年营收突破百亿（137.6 亿元）", "百亿", 100, "亿元", "more_than"),
        ("2013年，五莲县计划招引20个以上过亿项目", "亿", 1, "亿元", "more_than"),  # data/corpus/d04
        # a class named by its threshold
        ("力争将生物医药打造成为新的千亿产业集群。", "千亿", 1000, "亿元", "at_least"),
        ("中国指数研究院发布2016年中国房地产销售额百亿企业榜单", "百亿", 100, "亿元", "at_least"),
        # fractions as ratios
        ("其训练成本不到此前最佳模型的四分之一，却超过了所有已发表的单模型。", "四分之一", 0.25, "ratio", "at_most"),
        ("CSS 宽 50px（基准下），约占封底宽度的四分之一。", "四分之一", 0.25, "ratio", "approx"),
        ("农作物受灾面积1608.9千公顷，其中绝收面积242千公顷；", "242千公顷", 242, "千公顷", "exact"),
        # counts before a classifier (人民日报 2026-01-16)
        ("“北斗七星”自天河垂落，随即化作7束炽焰破空绽放……", "7束", 7, "束", "exact"),
        # streaks, and ranks in a ranking context
        ("PHP 连续第二年成为十大最受欢迎的编程语言之一。今年，它排在第八位", "第二年", 2, "年", "exact"),
        ("PHP 连续第二年成为十大最受欢迎的编程语言之一。今年，它排在第八位", "第八位", 8, "rank", "exact"),
        ("印度尼西亚连续第四个季度成为全球最大的攻击源国", "第四个季度", 4, "个季度", "exact"),
        # a duration told after 了, and hours written in Chinese numerals
        ("湖北宣恩县经营者刘琴操持了17年，顾客一度以街坊为主", "17年", 17, "年", "exact"),  # 人民日报 2026-01-23
        ("位於5樓的分店亦提早關店兩小時", "兩小時", 2, "小时", "exact"),  # 蘋果日報 2019
        ("骑手一小时内送达", "一小时", 1, "小时", "at_most"),
        # 成 (tenths) after a verb of change, with 幾 as approx
        ("6月生意跌近一成", "一成", 1, "成", "approx"),
        ("但這些比年初的四成幾已低得多", "四成", 4, "成", "approx"),
    ],
)
def test_real_sentences(text, surface, value, unit, qualifier):
    found = _found(text, surface)
    if value is None:
        assert found is None, _figures(text)
        return
    assert found is not None, _figures(text)
    assert math.isclose(found[1], value) and found[2] == unit and found[3] == qualifier, found


def test_index_numbers_on_a_base_year():
    # 国家统计局 indicator names: the base (上年=100) is not a figure; the index after it is.
    figures = _figures("居民消费价格指数(上年=100)为102.3。")
    assert [(f[0], f[2]) for f in figures] == [("102.3", "index")]


@pytest.mark.parametrize(
    "text",
    [
        "上午9时30分开幕",  # a time of day
        "8:30开始",
        "週四聯儲局出議息紀要，週五大陸出通脹。",  # 眾新聞 2021: Friday, then 大陸
        "探索生产与文旅两条腿走路。",  # 人民日报 2026-01-16: an idiom
        "- 表 3-5 臺北市及內湖區產業結構",  # a table number before 臺北 (台 is not a unit there)
        "資料來源：85～95 臺灣地區工商及服務業普查報告",
    ],
)
def test_real_non_figures(text):
    assert _figures(text) == []


def test_numbers_in_a_list_share_the_unit_written_at_its_end():
    # 云和县 2022 统计公报 (data/corpus/a04): three contributions, one unit
    figures = _figures("对经济增长的拉动贡献分别为0.15、-5.64、1.34个百分点")
    assert [(f[0], f[1], f[2]) for f in figures] == [
        ("0.15", 0.15, "个百分点"),
        ("-5.64", -5.64, "个百分点"),
        ("1.34个百分点", 1.34, "个百分点"),
    ]
    # 衡阳县 2022 统计公报 (data/corpus/a06)
    assert [f[:3] for f in _figures("第二、三产业分别拉动增长2.1和2.4个百分点")] == [
        ("2.1", 2.1, "个百分点"),
        ("2.4个百分点", 2.4, "个百分点"),
    ]


def test_two_consecutive_numbers_joined_by_a_dunhao_are_a_colloquial_range():
    figures = _figures("較諸正常的擴張已或低了4、5%，若將之從今次的")  # 眾新聞 2021 (data/corpus/c01)
    assert figures == [("4、5%", 4.0, "%", "range")]
    assert extract_figures("4、5%").iloc[0]["value_high"] == 5.0


def test_table_cells_take_their_column_unit():
    # 玉环市 2019 统计公报, 表1 (data/corpus/a05): a pipe table under a header with units
    text = (
        "表1 2019年玉环市生产总值\n| 绝 对 数 (亿元) | 比上年增长 (%) |\n"
        "地区生产总值 | 617.50 | 5.2 |\n第一产业 | 37.11 | 2.6 |\n"
    )
    assert [f[:3] for f in _figures(text)] == [
        ("617.50", 617.5, "亿元"),
        ("5.2", 5.2, "%"),
        ("37.11", 37.11, "亿元"),
        ("2.6", 2.6, "%"),
    ]


def test_cells_of_a_flattened_table_take_the_header_or_note_unit():
    # 臺北市內湖區 產業發展分析 (data/corpus/c05): one cell per line, a count header and a 單位 note
    people = "- 表 3-4 內湖區歷年二級及三級產業人口數表\n\n年度\n二級產業人數\n百分比\n\n85\n18,031\n37.73％\n"
    assert [f[:3] for f in _figures(people)] == [("18,031", 18031.0, "人"), ("37.73％", 37.73, "%")]
    firms = "- 表 3-5 產業結構\n\n行業別\n臺北市\n內湖區\n\n製造業\n357\n54\n\n總計（單位：家）\n53,832\n3,557\n"
    assert [f[:3] for f in _figures(firms)] == [
        ("357", 357.0, "家"),
        ("54", 54.0, "家"),
        ("53,832", 53832.0, "家"),
        ("3,557", 3557.0, "家"),
    ]


# Issue #21: one real sentence (at least) for every class of the qualifier grammar (data/qualifier_grammar.yml)
# and of the classifiers (data/classifiers.yml); the generated cases are in tests/test_qualifier_grammar.py.
_SZFCO = "县域经济天花板,长三角千亿俱乐部迎新 (2022-3-2), https://szfco.com/forum.php?action=printable&mod=viewthread&tid=1038606"
_PEDAILY = "投资界 2021-10-27, https://news.pedaily.cn/202110/480178.shtml"
_NETEASE = "网易 千亿县, https://m.163.com/dy/article/JTN8E7U50556CANQ.html"
_XINHUA = "新华社 2022-09-06 via 台州日报, http://www.tzdaily.com.cn/html/2022-09/07/content_84953_15261397.htm"
_XJB = "新京报 2025-09-15 (mirror), http://61.152.230.22/news,cjpl,56007288.html"
_SOFTUNIS = "https://news.softunis.com/52938.html"
_F21_02 = "data/corpus/f21_02_national_qianyixian_feature_2025 (决策 2025年第6期)"
_F21_07 = "data/corpus/f21_07_hunan_govreport_2023 (湖南省政府工作报告 2023)"
_F21_09 = "data/corpus/f21_09_sichuan_baiqiangqu_news_2024 (人民网-四川频道 2024-08-03)"
_F21_02_TIERS = (
    "目前,千亿县形成了5000亿元(昆山、江阴)—3000亿(张家港、常熟、晋江)—2000亿(慈溪、义乌、神木、宜兴、长沙县)"
    "——1000亿(仁怀、福清、太仓、诸暨等52个)的金字塔型梯队。"
)
_F21B = "data/corpus/f21b_{} (part F; sources in data/corpus/SOURCES.md)"
_F21B_03, _F21B_04, _F21B_06, _F21B_07, _F21B_09, _F21B_12, _F21B_14 = (
    _F21B.format(n)
    for n in (
        "03_provinces_halfyear_jjrb_2024",
        "04_provinces_halfyear_juece_2024",
        "06_shanghang_govreport",
        "07_national_qianyixian_chinatimes_2024",
        "09_wenzhou_dalian_trillion_news_2026",
        "12_trillion_club_cities_2025",
        "14_xianfeng_county_news_2010",
    )
)
_RMRB_HWB = "人民日报海外版 2023-08-08 (mirror), http://www.omnjianfei.com/cn/jingji/info_20.aspx?itemid=154288"


@pytest.mark.parametrize(
    "text, surface, value, unit, qualifier, source",
    [
        # a verb of crossing, adverbs before it, a step noun after the number
        (
            "浙江的平湖市(嘉兴)都已经跨过900亿元台阶,正式跻身“准千亿县(市)阵营”。",
            "900亿元",
            900,
            "亿元",
            "more_than",
            _SZFCO,
        ),
        ("新沂:徐州首个工业开票破千亿的县级市", "千亿", 1000, "亿元", "more_than", _NETEASE),
        ("两地GDP均突破5000亿元,超越兰州、呼和浩特等7个省会城市。", "5000亿元", 5000, "亿元", "more_than", _NETEASE),
        # ... but never a count: 超越…7个省会城市 counts cities
        ("两地GDP均突破5000亿元,超越兰州、呼和浩特等7个省会城市。", "7个", 7, "个", "exact", _NETEASE),
        (
            "地区生产总值年均增加64亿元左右,突破1000亿元大关;",
            "1000亿元",
            1000,
            "亿元",
            "more_than",
            "the seed (浙江日报)",
        ),
        # a tier noun: in quotes, after a verb of entering, in both scripts
        ("安徽也诞生首个千亿县合肥市肥西县,成功加入长三角“千亿俱乐部”。", "千亿", 1000, "亿元", "at_least", _SZFCO),
        ("2023百強縣中,進入“GDP千億俱樂部”的縣域數量達54個。", "千億", 1000, "亿元", "at_least", _RMRB_HWB),
        ("2023百強縣中,進入“GDP千億俱樂部”的縣域數量達54個。", "54個", 54, "个", "exact", _RMRB_HWB),
        (
            "杭州今年是否有机会跻身“2万亿元俱乐部”？",
            "2万亿元",
            2,
            "万亿元",
            "at_least",
            "shared/corpus/09_hangzhou_gdp",
        ),
        # class thresholds: a round amount before a class noun is at_least; N级 is approx, class noun or not (the
        # conventions list 级 under approx; decision of issue #21 round 2)
        (
            "四川天府新区形成电子信息、汽车制造2个千亿级产业集群,生物医药、装备制造等8个百亿级产业集群;",
            "千亿",
            1000,
            "亿元",
            "approx",
            _PEDAILY,
        ),
        (
            "四川天府新区形成电子信息、汽车制造2个千亿级产业集群,生物医药、装备制造等8个百亿级产业集群;",
            "百亿",
            100,
            "亿元",
            "approx",
            _PEDAILY,
        ),
        ("浙江舟山群岛新区初步构建起万亿级的油气全产业链格局。", "万亿", 1, "万亿元", "approx", _PEDAILY),
        ("江苏有 17 个千亿县,浙江有9 个", "千亿", 1000, "亿元", "at_least", _SZFCO),
        # a qualifier across adverbs and a verb of having
        # reaching a scale noun (round 3: 规模 joins 量级; part F's annotator read at_least)
        ("县域经济达到千亿规模后,一般至少有几千家企业,几十万人口", "千亿", 1000, "亿元", "at_least", _SZFCO),
        # round 3 (data/corpus part F): places counted without a classifier, ordinals with a classifier, rank
        # ranges and changes, ratios with ︰, quoted tiers, a verb of entering before a round tier, 超半数
        ("全国31省份经济“半年报”日前均已出炉", "31省份", 31, "个", "exact", _F21B_03),
        ("京津冀、长三角、粤港澳大湾区(内地9市数据)三大动力源地区", "9市", 9, "个", "exact", _F21B_03),
        ("2024-08-05 09:54    三十一省份经济“半年报”发布", "三十一省份", 31, "个", "exact", _F21B_03),
        ("最新!31 省份经济“半年报”出炉,谁在领跑?", "31 省份", 31, "个", "exact", _F21B_04),
        ("超半数省份增速跑赢全国水平", "半数", 0.5, "ratio", "more_than", _F21B_03),
        (
            "2011年,是万亿俱乐部的第一个大扩容年——深圳、天津、苏州、重庆四座城市携手晋级。",
            "第一个",
            1,
            "rank",
            "exact",
            _F21B_12,
        ),
        ("鞏義也首度攀上並成為河南第一個千億縣。", "第一個", 1, "rank", "exact", _F21B_07),
        ("這使得外界将徐州冠为第一座“不着急官宣万亿”的城市", "第一座", 1, "rank", "exact", _F21B_09),
        ("張家港、常熟處於3000億元梯隊分列三四位。", "三四位", 3, "位", "range", _F21B_07),
        ("内蒙古、山东分别赶超河北、山西,均上升一名,前者位列第 12", "一名", 1, "名", "exact", _F21B_04),
        ("數量也比上年多一個,昆山仍是唯一GDP超過5000億元的縣", "一個", 1, "个", "exact", _F21B_07),
        ("三次产业比调整为11.8︰48.3︰39.9。", "11.8︰48.3︰39.9", 11.8, "ratio", "exact", _F21B_06),
        ("温州、大连晋级“万亿元城市俱乐部”,徐州“不急”?", "万亿元", 1, "万亿元", "at_least", _F21B_09),
        ("仍有不少城市划定“万亿”目标。", "万亿", 1, "万亿元", "at_least", _F21B_09),
        ("粤苏跨入 6 万亿,北京、内蒙古赶超 河北、山西", "6 万亿", 6, "万亿元", "at_least", _F21B_04),
        ("万亿俱乐部首次突破10座。", "万亿", 1, "万亿元", "at_least", _F21B_12),
        ("建成草农业示范点3个,标准化万头养猪场3个", "万头", 1, "万头", "at_least", _F21B_14),
        # counts with classifiers other than 个/家/项 (data/corpus)
        (
            "全市数字化车间、在役工业机器人、上云企业分别达110个、2155台和8200家。",
            "2155台",
            2155,
            "台",
            "exact",
            "data/corpus/d03_gangu_govreport_tasks_2020",
        ),
        ("这个冬天，金山岭银河滑雪场开放18条专业雪道", "18条", 18, "条", "exact", "data/corpus/b03_luanping_special"),
        (
            "新建行政村公共厕所120座、旅游厕所8座",
            "120座",
            120,
            "座",
            "exact",
            "data/corpus/d03_gangu_govreport_tasks_2020",
        ),
        # ranks after a ranking word, 首位 included
        (
            "实现进出口总额8794.9亿元,增长14.3%、增速居全省首位,其中外贸出口7719.2亿元",
            "首位",
            1,
            "rank",
            "exact",
            "data/corpus/a03_jinhua_govreport_2025",
        ),
        (
            "2021年全区实现生产总值752.14亿元,总量排名全市第3位",
            "第3位",
            3,
            "rank",
            "exact",
            "椒江区统计局 2022-07-18, http://www.jj.gov.cn/art/2022/7/18/art_1229438846_3806807.html",
        ),
        # a multiple with 了 inside
        (
            "服务半径从1公里拓展至7公里，营业额翻了番。",
            "翻了番",
            2,
            "倍",
            "exact",
            "data/corpus/b05_county_consumption_compare",
        ),
        # found after the freeze (not tuned on): crossing a threshold with an adverb, a tier in quotes, reaching a scale
        (
            "500强企业2021年营收总规模首次突破100万亿元大关,达到102.48万亿元",
            "100万亿元",
            100,
            "万亿元",
            "more_than",
            _XINHUA,
        ),
        (
            "500强企业2021年营收总规模首次突破100万亿元大关,达到102.48万亿元",
            "102.48万亿元",
            102.48,
            "万亿元",
            "exact",
            _XINHUA,
        ),
        ("共有15家企业跻身“万亿俱乐部”。", "万亿", 1, "万亿元", "at_least", _XJB),
        (
            "是指根据企业年度营业收入或市值等核心指标达到千亿元级别进行排序的权威榜单",
            "千亿元",
            1000,
            "亿元",
            "at_least",
            "企业wiki 2026-02-11, https://wiki.nctoro.com/a60988",
        ),
        (
            "这些产业规模预计将达10万亿级,成为拉动区域经济高质量发展的核心引擎。",
            "10万亿",
            10,
            "万亿元",
            "approx",
            _SOFTUNIS,
        ),
        ("在智能语音、工业互联网领域形成千亿级产业集群。", "千亿", 1000, "亿元", "approx", _SOFTUNIS),
        # round 2 (data/corpus part E, the fresh part of round 1): comparison symbols, quoted class names with Chinese
        # numerals, a verb after the noun a list shares, tiers joined by dashes, N级 before a class noun
        ("即地区生产总值>800亿元、一般公共预算收入>20亿元,", "800亿元", 800, "亿元", "more_than", _F21_09),
        ("即地区生产总值>800亿元、一般公共预算收入>20亿元,", "20亿元", 20, "亿元", "more_than", _F21_09),
        (
            "“千亿城区”加速扩容,“一千亿”“两千亿”“三千亿”城区分别增至156个、40个",
            "千亿",
            1000,
            "亿元",
            "at_least",
            _F21_09,
        ),
        (
            "“千亿城区”加速扩容,“一千亿”“两千亿”“三千亿”城区分别增至156个、40个",
            "两千亿",
            2000,
            "亿元",
            "at_least",
            _F21_09,
        ),
        ("更是在2000亿元、3000亿元、5000亿元量级上都实现新的突破。", "3000亿元", 3000, "亿元", "more_than", _F21_02),
        (_F21_02_TIERS, "5000亿元", 5000, "亿元", "at_least", _F21_02),
        (_F21_02_TIERS, "2000亿", 2000, "亿元", "at_least", _F21_02),
        (_F21_02_TIERS, "1000亿", 1000, "亿元", "at_least", _F21_02),
        (
            "三个千亿级产业成长较好,三个千亿级产业工业总产出2190.1亿元",
            "千亿",
            1000,
            "亿元",
            "approx",
            "data/corpus/f21_10_jiading_economy_2024",
        ),
        # recall classes of round 2: prefixed units, medal tallies, a rank before a title of size
        ("全省总算力提升到4000PF,数据中心总存储能力达14EB,建成数据中心42个", "4000PF", 4000, "PF", "exact", _F21_07),
        ("全省总算力提升到4000PF,数据中心总存储能力达14EB,建成数据中心42个", "14EB", 14, "EB", "exact", _F21_07),
        ("农村电网户均配变容量达2.4千伏安,提升43%;", "2.4千伏安", 2.4, "千伏安", "exact", _F21_07),
        (
            "世界级赛事3金2银,国家级赛事3金2银1铜,省级赛事375枚。",
            "1铜",
            1,
            "铜",
            "exact",
            "data/corpus/f21_06_jiamusi_bulletin_2022",
        ),
        (
            "江苏省最大的花木基地、江苏省第一人口大县、苏北地区唯一拥有国家",
            "第一",
            1,
            "rank",
            "exact",
            "data/corpus/f21_12_shuyang_qianyijulebu_news_2021",
        ),
        pytest.param(
            "哪些巨擘企业已经跨越了年营收或市值千亿元人民币的门槛",
            "千亿元",
            1000,
            "亿元",
            "more_than",
            "企业wiki 2026-02-11, https://wiki.nctoro.com/a60988",
            marks=pytest.mark.xfail(
                strict=True,
                reason=(
                    "still fails: a measure (年营收或市值) between verb and number, and 人民币 after 元, "
                    "break the verb-number-noun chain; read as a bare magnitude (approx)"
                ),
            ),
        ),
    ],
)
def test_real_sentences_of_the_qualifier_grammar(text, surface, value, unit, qualifier, source):
    found = _found(text, surface)
    assert found is not None, (source, _figures(text))
    assert math.isclose(found[1], value) and found[2] == unit and found[3] == qualifier, (source, found)


@pytest.mark.parametrize(
    "text, source",
    [
        # a count that refers back, and framing durations
        (
            "镶嵌着长三角地区、长江中游城市群和成渝经济圈这三颗“明珠”。",
            "武汉大学国家发展战略研究院 2023-10-30, https://fx361.cc/page/2023/1030/22842775.shtml",
        ),
        ("十年来，浙江推进创新引领经济变革", "shared/corpus/07_zhejiang_decade"),
        # round 3: counts of the list just given, vague numbers, citation markers (data/corpus part F)
        ("大扩容年——深圳、天津、苏州、重庆四座城市携手晋级。", _F21B_12),
        ("2020年,共有泉州、济南、合肥、南通、西安、福州六座城市晋级。", _F21B_12),
        ("烟叶、畜牧、茶叶、林果、中药材、特色蔬菜等六大特色板块基地不断壮大", _F21B_14),
        (
            "一般至少有几千家企业,几十万人口",
            _F21B_03.replace("03_provinces_halfyear_jjrb_2024", "13_yangtze_delta_qianyi_forum_2022"),
        ),
        ("湖北省潜江、宜都、大冶:三座县市在", _F21B.format("01_national_qianyixian_news_2026")),
        ("一年来,面对外部压力加大、内部困难增多的复杂严峻形势", "data/corpus/a03_jinhua_govreport_2025"),
        # clock times in a date line
        ("发布日期: 2022- 07- 18 14: 50 访问次数:", "http://www.jj.gov.cn/art/2022/7/18/art_1229438846_3806807.html"),
        (
            "發布時間:2023-08-08 09:23:00來源: 人民日報海外版",
            "中國西藏網, http://tyjgjz.com/cn/Instant/municipal/202308/t20230808_7463633.html",
        ),
    ],
)
def test_real_sentences_the_grammar_leaves_out(text, source):
    assert _figures(text) == [], source


@pytest.mark.parametrize(
    "text, surface, source",
    [
        # a named set as the scope of an aggregate (round 2): the amount is the figure, the set is not counted
        ("其中,六大支柱产业工业增加值83.54亿元,同比增长9.0%", "六大", "data/corpus/f21_05_meizhou_halfyear_2015"),
        (
            "全年十大生態產業增加值39.18億元,占全縣地區生產總值的29.8%",
            "十大",
            "data/corpus/f21_13_guazhou_bulletin_2023",
        ),
    ],
)
def test_real_named_sets_measured_as_a_whole_are_not_counted(text, surface, source):
    surfaces = [f[0] for f in _figures(text)]
    assert surface not in surfaces and len(surfaces) == 2, (source, surfaces)


def test_real_table_row_labels_are_not_figures():
    # data/corpus/f21_08_county_bulletin_2021, 表1: age brackets name the rows
    text = "指标 | 年末数(人) | 比重(%) |\n其中:0-17岁 | 220968 | 26.53 |\n18-34岁 | 189574 | 22.76 |\n60岁及以上 | 125606 | 15.08 |\n"
    assert [f[0] for f in _figures(text)] == ["220968", "26.53", "189574", "22.76", "125606", "15.08"], _figures(text)


# Issue #21 round 4: the classes that failed on part H (the fresh part of round 3, now data/corpus f21c_*), each on
# its real sentence; the generated cases are in tests/test_qualifier_grammar_round4.py.
_F21C = "data/corpus/f21c_{} (part H; {})"
_F21C_03 = _F21C.format("03_linping_devzone_2021", "http://www.360doc.com/content/22/0127/17/65264576_1015124466.shtml")
_F21C_07 = _F21C.format("07_yuxi_parks_q1_2017", "http://yn.touzi888.net/news/view.html?id=6938")
_F21C_08 = _F21C.format(
    "08_qdn_county_bulletin_2015", "https://www.qdndz.gov.cn/zwgk/zfsj/tjxx/tjgb/202303/t20230321_78642252.html"
)
_F21C_09 = _F21C.format("09_jiangsu_qianyixian_2023", "http://137.220.242.150:8090/mpqef6.html")
_F21C_10 = _F21C.format("10_maanshan_key_firms_7m", "https://mas360.cc/archiver/tid-19096.html")
_F21C_11 = _F21C.format("11_county_industry_2011", "https://bbs.cnhubei.com/thread-2515588-1-1.html")
_F21C_09_LIST = "江苏常熟、宜兴,浙江慈溪、义乌在2000亿~3000亿,江苏张家港、江阴、昆山分别超过3000亿、4000亿、5000亿。"
_F21C_07_PROJECTS = "实施千万元投资建设项目11个,竣工1个。实施500万元投资建设项目15个,"
_F21C_11_FIRMS = "闽胜矿业公司、永胜施家河矿业公司、供电公司等6家企业实现销售收入过亿元。"


@pytest.mark.parametrize(
    "text, surface, value, unit, qualifier, source",
    [
        # a crossing verb over a list of amounts with no shared noun: every member is more_than
        (_F21C_09_LIST, "3000亿", 3000, "亿元", "more_than", _F21C_09),
        (_F21C_09_LIST, "4000亿", 4000, "亿元", "more_than", _F21C_09),
        (_F21C_09_LIST, "5000亿", 5000, "亿元", "more_than", _F21C_09),
        # an implicit threshold: a round amount, what it measures, a class noun
        (_F21C_07_PROJECTS, "千万元", 1000, "万元", "at_least", _F21C_07),
        (_F21C_07_PROJECTS, "500万元", 500, "万元", "at_least", _F21C_07),
        (_F21C_07_PROJECTS, "11个", 11, "个", "exact", _F21C_07),
        # a verb of entering before a quoted N级
        ("2021年开发区规上工业总产值突破千亿元,真正迈入“千亿级”产业平台。", "千亿", 1000, "亿元", "at_least", _F21C_03),
        (
            "2021年开发区规上工业总产值突破千亿元,真正迈入“千亿级”产业平台。",
            "千亿元",
            1000,
            "亿元",
            "more_than",
            _F21C_03,
        ),
        # a count in digits after 等 is the total of a list that may be longer
        (_F21C_11_FIRMS, "6家", 6, "家", "exact", _F21C_11),
        (_F21C_11_FIRMS, "亿元", 1, "亿元", "more_than", _F21C_11),
    ],
)
def test_real_sentences_of_round_4(text, surface, value, unit, qualifier, source):
    found = _found(text, surface)
    assert found is not None, (source, _figures(text))
    assert math.isclose(found[1], value) and found[2] == unit and found[3] == qualifier, (source, found)


@pytest.mark.parametrize(
    "text, kept, source",
    [
        # the first N months: a relative period, not a duration
        ("本报讯 昨日从市经委获悉,今年前7个月,我市市属及县区规模以上重点企业发展势头强劲", [], _F21C_10),
        ("市经济开发区前7个月完成规模以上工业总产值67.98亿元,同比增长31.4%", ["67.98亿元", "31.4%"], _F21C_10),
        # a figure caption: its number and colon are a label, not a ratio
        ("图1:2011-2015年全县地区生产总值及增长速度", [], _F21C_08),
        # a count of the pair just named refers back to it
        ("牢牢守住发展和生态两条底线,统筹做好稳增长", [], _F21C_08),
    ],
)
def test_real_non_figures_of_round_4(text, kept, source):
    assert [f[0] for f in _figures(text)] == kept, (source, _figures(text))


# --- round 5: the classes behind the errors of data/corpus part I (sources in data/corpus/SOURCES.md) -------------
_FI = "data/corpus/{} (part I; {})"
_FI1_05 = _FI.format("fi1_05_zhejiang_qianyixian_2024", "http://kjjrw.com.cn/system/2025/02/18/015204892.shtml")
_FI1_06 = _FI.format("fi1_06_anqing_govreport_2025", "http://bx2200.com/baogao/huadong/11679.html")
_FI1_07 = _FI.format(
    "fi1_07_zhejiang_qianyixian_zjrb_2026", "https://zjrb.zjol.com.cn/html/2026-02/04/content_3885795.htm?div=-1"
)
_FI1_09 = _FI.format("fi1_09_shandong_county_gdp_2016", "https://dongying.dzwww.com/dyxw/201703/t20170303_15624265.htm")
_FI2_03 = _FI.format(
    "fi2_03_shaanxi_govreport_2018",
    "https://big5.cri.cn/gate/big5/sn.cri.cn/n/20180126/ca1b8935-6ed6-f597-2ba0-c8ca45b89834.html",
)
_FI2_04 = _FI.format("fi2_04_neimenggu_industry_135", "http://nmg.touzi888.net/news/view.html?id=6227")
_FI2_05 = _FI.format("fi2_05_changsha_county_govreport_2023", "https://nextlevelartsconsulting.com/bhuazhong/5439.html")
_FI2_07 = _FI.format("fi2_07_yunnan_16_prefectures_2021", "https://zzfmdn.com/art/云南省各个市gdp.html")
_F19_01 = (
    "data/corpus/f19_01_provinces_q3_2025 (part G; https://hk.crntt.com/doc/1071/3/9/5/107139579.html"
    "?coluid=7&kindid=0&docid=107139579&mdate=1107164120)"
)
_FI2_04_LIST = "七大战略性新兴产业比重分别提高到10%、8%、18%和10%以上,单位工业增加值能耗"
_FI2_05_RANKS = (
    "荣登全国发展潜力百强县榜首,位居全国百强县投资潜力第3、新型城镇化质量第4、县域经济基本竞争力第5、"
    "绿色发展第5、科技创新第6、工业百强第7,跻身服务业全国10强。"
)


@pytest.mark.parametrize(
    "text, surface, value, unit, qualifier, source",
    [
        # an explicit bound after the last number of a list bounds every member
        ("CPI漲幅控制在3%左右,城鄉居民收入分別增長8.5%和9%左右,", "8.5%", 8.5, "%", "approx", _FI2_03),
        (_FI2_04_LIST, "8%", 8, "%", "at_least", _FI2_04),
        (_FI2_04_LIST, "18%", 18, "%", "at_least", _FI2_04),
        # a negated verb of crossing leaves the amount at most the threshold
        (
            "2021年,云南还有6个州市GDP总量没有突破千亿,它们分别是临沧、西双版纳、丽江",
            "千亿",
            1000,
            "亿元",
            "at_most",
            _FI2_07,
        ),
        # 级 right before a tier noun that a verb of entering governs
        ("云南16州(市)GDP数据出炉!大理州跻身千亿级行列,排名……", "千亿", 1000, "亿元", "at_least", _FI2_07),
        # a share bounded across its scope without 的
        (
            "浙江千亿县(市、区)已扩容至33个,超过全省县市区三分之一,比去年明显增加。",
            "三分之一",
            1 / 3,
            "ratio",
            "more_than",
            _FI1_05,
        ),
        # later ranks of a 、-list share the ranking word before the first
        (_FI2_05_RANKS, "第6", 6, "rank", "exact", _FI2_05),
        # provinces and prefectures counted after digits
        ("云南16州(市)GDP数据出炉!大理州跻身千亿级行列,排名……", "16州", 16, "个", "exact", _FI2_07),
        ("具体到全省16州市,地区生产总值位列前三的是昆明", "16州市", 16, "个", "exact", _FI2_07),
        (
            "總值前十位的省市中，除了廣東4.1%低於全國增速、福建5.2%與全國增速持平外，其餘8省都高於全國增速。",
            "8省",
            8,
            "个",
            "exact",
            _F19_01,
        ),
        # a quoted name made of a threshold, a class and a tier noun
        ("从十多年前首个千亿县诞生,到如今形成蔚为壮观的“千亿县军团”,这场", "千亿", 1000, "亿元", "at_least", _FI1_07),
    ],
)
def test_real_sentences_of_round_5(text, surface, value, unit, qualifier, source):
    found = _found(text, surface)
    assert found is not None, (source, _figures(text))
    assert math.isclose(found[1], value, rel_tol=1e-5) and found[2] == unit and found[3] == qualifier, (source, found)


def test_real_table_written_one_pipe_closed_cell_per_line():
    text = (
        "全省137个县(市、区)2016年度GDP排列:\n按GDP规模:\n序号 |\n县(市区) |\n单位(亿元) |\n1 |\n黄岛区 |\n2766 |\n"
        "2 |\n张店区 |\n1209 |\n3 |\n历下区 |\n1187 |\n"
    )
    assert [(f[0], f[2]) for f in _figures(text)] == [
        ("137个", "个"),
        ("2766", "亿元"),
        ("1209", "亿元"),
        ("1187", "亿元"),
    ], (_FI1_09, _figures(text))


def test_real_non_figures_of_round_5():
    # 倍增 before a word of spirit is "all the more", not a doubling
    text = "沐浴着历史性荣光,倍感振奋、倍受鼓舞、倍增干劲,充分体现了"
    assert _figures(text) == [], (_FI1_06, _figures(text))


_FJ = "data/corpus/{} (part J; {})"
_FJ1_01 = _FJ.format(
    "fj1_01_zhonglou_targets_2024", "https://www.zhonglou.gov.cn/html/czzl/2024/FPKNLMMB_0123/21221.html"
)
_FJ1_02 = _FJ.format("fj1_02_yangzhou_govreport_2024", "http://ourjiangsu.com/a/20240117/1705487590153.shtml")
_FJ1_04 = _FJ.format("fj1_04_quanzhou_devzone_2018", "http://qzkfqnews.com/2018-10/17/content_814395_2.htm")
_FJ1_06 = _FJ.format(
    "fj1_06_liandu_projects_2022", "http://m.njpanjin.com/cn/Instant/local/202308/t20230808_7464014.html"
)
_FJ1_07 = _FJ.format("fj1_07_ouhai_govreport_2018", "https://zjyygyyq.010b.com/info/4948/page/454")
_FJ2_02 = _FJ.format("fj2_02_hunan_review_2022", "http://yueyang.gov.cn/zwgk/21872/content_2029293.html")
_FJ2_03 = _FJ.format("fj2_03_hubei_targets_2022", "https://xxgkw.hbmzu.edu.cn/dapdpro/info/1010/1986.htm")
_FJ2_05 = _FJ.format("fj2_05_liulin_h1_2024", "http://liulin.gov.cn/zjll/lljf2/tjsjj/202409/t20240909_1895482.shtml")
_FJ2_06 = _FJ.format("fj2_06_liupanshui_govreport_2019", "https://guanchang.qwyd.net/zhengfugongzuobaogao/287286.html")
_FI1_04 = _FI.format(
    "fi1_04_jinyun_govreport_2023", "http://www.jinyun.gov.cn/art/2023/3/14/art_1229367742_5079273.html"
)
_FI2_01 = _FI.format("fi2_01_hengnan_h1_2019", "http://hunan.voc.com.cn/article/201908/20190816113656942.html")
_F19_02 = (
    "data/corpus/f19_02_jiangsu_counties_gdp_2025 (part G; https://yys.qifeifh28.com/pcjgpw0226/JhiIX-RZVgnu.html)"
)
_F19_06 = "data/corpus/f19_06_gucheng_govreport_2020 (part G; https://gongwensou.com/zhengfubaogao/34550.html)"
_F19_07 = "data/corpus/f19_07_mianchi_bulletin_2022 (part G; https://mianchi.gov.cn/pageView/subArticle.html?lmid=24281&rlmid=24278&wzid=1400573)"
_C06 = "data/corpus/c06_daqing_rural_2014 (part C; 大庆市统计局 app, 数据解析, 2014 data)"
_FJ1_01_ALTERNATIVES = (
    "全年招引落户总投资超30亿元或3亿美元产业项目2个、总投资超10亿元或1亿美元产业项目5个、首店首牌项目30个"
)


@pytest.mark.parametrize(
    "text, surface, value, unit, qualifier, source",
    [
        # 斤 is a unit: the bound after it is read
        ("粮食总产达603.6亿斤,连续三年保持总产600亿斤以上", "600亿斤", 600, "亿斤", "at_least", _FJ2_02),
        (
            "居民收入增长与经济增长基本同步;粮食产量保持在500亿斤以上;生态环境质量持续改善",
            "500亿斤",
            500,
            "亿斤",
            "at_least",
            _FJ2_03,
        ),
        ("近年来，我市全力推进了百亿斤粮食产能基地建设", "百亿斤", 100, "亿斤", "at_least", _C06),
        # a prefix qualifier bounds the alternative after 或
        (_FJ1_01_ALTERNATIVES, "3亿美元", 3, "亿美元", "more_than", _FJ1_01),
        (_FJ1_01_ALTERNATIVES, "1亿美元", 1, "亿美元", "more_than", _FJ1_01),
        # counts of parts and rounds; 两次
        ("围绕上述目标任务,我们将重点抓好以下六方面工作:", "六方面", 6, "方面", "exact", _FJ1_01),
        ("报告分为三部分:2023年工作回顾、2024年主要任务、加强政府自身建设。", "三部分", 3, "部分", "exact", _FJ1_02),
        ("成功应对3轮低温雨雪冰冻灾害、9轮汛期强降雨", "9轮", 9, "轮", "exact", _FJ2_02),
        ("10億元以上項目3個;舉辦兩次重大項目簽約活動,簽約項目總投", "兩次", 2, "次", "exact", _FJ1_06),
        # one in N after 每; a place kept in a named scope; places with a parenthesised kind
        ("上市企业8家,挂牌企业15家,平均每15家规上企业就有1家在A股或H股上市", "15家", 15, "家", "exact", _FJ1_04),
        ("社会消费品零售总额增长13.2%,增速连续五年保持“三区两市”第一;城镇居民", "第一", 1, "rank", "exact", _FJ1_07),
        ("地方一般公共预算收入、规模工业增加值增速均居全市七县(市)第二。", "七县", 7, "个", "exact", _FI2_01),
        # a streak of annual results
        ("增速全省第一。民生实事全面完成。实现山区26县考核六连优", "六连优", 6, "年", "exact", _FI1_04),
        # a distributive adverb before a verb of reaching: a threshold every subject reached
        (
            "萧山区、西湖区、柯桥区、拱墅区和诸暨市,均达到2000亿元,位次与上年保持一致。",
            "2000亿元",
            2000,
            "亿元",
            "at_least",
            _FI1_07,
        ),
        # a decline written as a negative growth: a positive value, the minus kept in the surface
        (
            "全县地区生产总值为1437936万元,按不变价格计算,比上年同期增长-8.7%,较一季度",
            "-8.7%",
            8.7,
            "%",
            "exact",
            _FJ2_05,
        ),
        ("蔬菜及食用菌、瓜果产量分别增长39.3%、-97.7%。", "-97.7%", 97.7, "%", "exact", _FJ2_05),
        # a middle dot typed for the decimal point
        (
            "分类别看,医疗保健类价格上涨1·8%,食品烟酒类价格上涨1.1%,交通通信类价格上涨2·9%",
            "2·9%",
            2.9,
            "%",
            "exact",
            _F19_07,
        ),
        # a share after a verb and 了; durations with 个多
        ("在全国GDP十强县中,江苏占了一半,包括昆山、江阴、张家港、常熟", "一半", 0.5, "ratio", "exact", _F19_02),
        (
            "第一时间保障群众生活需求,用一个多月时间有效控制疫情蔓延,用两个多月时间实现",
            "一个多月",
            1,
            "个月",
            "approx",
            _F19_06,
        ),
        (
            "第一时间保障群众生活需求,用一个多月时间有效控制疫情蔓延,用两个多月时间实现",
            "两个多月",
            2,
            "个月",
            "approx",
            _F19_06,
        ),
    ],
)
def test_real_sentences_of_round_6(text, surface, value, unit, qualifier, source):
    found = _found(text, surface)
    assert found is not None, (source, _figures(text))
    assert math.isclose(found[1], value, rel_tol=1e-5) and found[2] == unit and found[3] == qualifier, (source, found)


@pytest.mark.parametrize(
    "text, source",
    [
        # a train number, a party congress after a verb of studying, quoted names counted with 大
        ("精准施策防控新冠疫情。成功处置多地多轮及G2190次列车疫情,认真做好", _FJ2_02),
        ("全区上下以喜迎护航十九大、学习贯彻十九大为动力,大力实施", _FJ1_07),
        # a count inside the name of a programme or a slogan
        ("统筹推进稳增长、促改革、调结构、惠民生、防风险工作,三大攻坚战开局良好", _FJ2_06),
        ("大力弘扬新时代贵州精神,牢牢守住三条底线,统筹推进", _FJ2_06),
        ("深入落实市“532”发展战略,扎实推进“六大工程”,加快建设“四大功能区”,全", _FJ1_01),
        # putting something first is a priority, not a rank
        ("疫情发生后,我们坚持把人民生命安全和身体健康放在第一位,团结带领全县人民众志成城", _F19_06),
        # the same words of parts and rounds as articles and idioms
        ("事事争先领先率先,在新一轮‘竞跑’中展现更大作为。", _FJ1_02),
    ],
)
def test_real_non_figures_of_round_6(text, source):
    assert _figures(text) == [], (source, _figures(text))


_FP = "data/corpus/{} (part P; {})"
_FP2_07 = _FP.format("fp2_07_fujian_countyrank_2012", "http://caoliu14.com/2012-11/21/content_9894744.htm")
_FP1_09 = _FP.format("fp1_09_neimenggu_govreport_2025", "http://boxinkeji.com/article/info/7823")
_FP1_10 = _FP.format("fp1_10_changji_industry_2024", "https://www.xyshjj.cn/detailArticle/25392838_105570_zgxyjjb.html")
_FP1_08 = _FP.format(
    "fp1_08_neimenggu_targets_2024", "http://www.cfgw.net.cn/xb/content/2024-02/28/content_25083486.html"
)
_FP1_07 = _FP.format(
    "fp1_07_neimenggu_industry_projects_2025", "http://www.nmgsb.com.cn/system/yaowen/2025/04242c602025.html"
)
_FP1_11 = _FP.format(
    "fp1_11_toutunhe_plan_2023",
    "http://www.uetd.gov.cn/jjjskfq/c119900/202403/a2ba4b0be50c41f9947f716aea0aa20f.shtml",
)
_FP1_03 = _FP.format("fp1_03_henan_gdp_2024", "https://news.517lj.net/article/298206.html")
_FN2_04 = "data/corpus/fn2_04_guangdong_govreport_2025 (part N; http://m.pvnzwc.cn/hkcdweb/content/2025/01/15/content_8676479.html)"
_FN2_09 = (
    "data/corpus/fn2_09_shandong_projects_2017 (part N; http://www.szampx.com/shandong/yaowen/2017/0424/3513733.shtml)"
)
_FN1_02 = "data/corpus/fn1_02_ningxia_projects_2021 (part N; http://caijing.qianxunwang.com.cn/guonei/2021/0521/1000012238.html)"
_FM1_02 = "data/corpus/fm1_02_sichuan_projects_2020 (part M; http://www.we54.com/guonei/2020/0326/10335.html)"
_FM2_02 = "data/corpus/fm2_02_jiangsu_govreport_2024 (part M; https://app.myzaker.com/article/65af41731bc8e0c845000008)"
_FM2_04 = "data/corpus/fm2_04_chongqing_districts_h1_2025 (part M; http://www.qj023.com/thread-2208983-1-1.html)"
_FM2_05 = (
    "data/corpus/fm2_05_hunan_govreport_digest_2021 (part M; https://android.icswb.com/h/104557/20210125/695847.html)"
)
_FK1_01 = "data/corpus/fk1_01_guangdong_govreport_2024 (part K; https://wzh.radiomandarin.fr/index.php?m=content&c=index&a=show&catid=18&id=4574)"
_FK1_02 = "data/corpus/fk1_02_guangdong_govreport_2023 (part K; http://south.hz061.com/G_23318953.html)"
_FL1_11 = "data/corpus/fl1_11_heilongjiang_projects_2022 (part L; https://hrbtv.net/folder137/2022-08-18/687673.html)"
_FO2_04 = "data/corpus/fo2_04_huainan_growth_2021 (part O; http://minshangjie.com/cjnews/2021-01-07/32693.html)"
_FN2_04_STREAK = "年該省GDP邁上14萬億元(人民幣,下同)新臺(tái)階、連續(xù)36年居全國首位。"


@pytest.mark.parametrize(
    "text, surface, value, unit, qualifier, source",
    [
        # streaks: a verb phrase between 连续 and the years, a pinyin gloss inside 连续, N连丰
        ("其中從我省啟動縣域經濟評價以來,晉江市已連續領跑福建縣域經濟19年。", "19年", 19, "年", "exact", _FP2_07),
        (_FN2_04_STREAK, "36年", 36, "年", "exact", _FN2_04),
        ("年度計劃投資逐年增大,連續(xù)三年創(chuàng)歷史新高,為促投資", "三年", 3, "年", "exact", _FN2_09),
        ("量達(dá)到820.1億斤、實現(xiàn)“二十一連豐”,增量居全國第3位。", "二十一連豐", 21, "年", "exact", _FP1_09),
        # a share of a named whole; a rank in the scope of Xinjiang
        ("多晶硅、电解铝产能占全疆一半,煤电装机超3200万千瓦、全疆第一。", "一半", 0.5, "ratio", "exact", _FP1_10),
        ("多晶硅、电解铝产能占全疆一半,煤电装机超3200万千瓦、全疆第一。", "第一", 1, "rank", "exact", _FP1_10),
        # lanes, batches, sets, pairs
        ("的重要组成部分。全线采用六车道高速公路标准建设,设计速度100公里/小时", "六车道", 6, "车道", "exact", _FM1_02),
        ("經濟發展遇到多年未有的困難。廣東率先出台两批214项稳经济具体举措。", "两批", 2, "批", "exact", _FK1_02),
        (
            '" 四个新 " 重大任务,制定实施八个 " 行动方案 " 和两组 " 若干措施 ",实干担当',
            "两组",
            2,
            "组",
            "exact",
            _FM2_02,
        ),
        ("国际友城和外国驻穗总领馆分别增至208对和68家,广东对外交往", "208对", 208, "对", "exact", _FK1_01),
        # bounds: across an aside, after a gloss in the noun, 超过或达到, 余 after a space, a round count before 以上
        (
            "完成投资1500亿元(人民币,下同)以上。此次集中开工的287个重大项目",
            "1500亿元",
            1500,
            "亿元",
            "at_least",
            _FN1_02,
        ),
        (_FN2_04_STREAK, "14萬億元", 14, "万亿元", "at_least", _FN2_04),
        ("其中,渝北和长寿增速超过或达到7%;大渡口、九龙坡、南岸", "7%", 7, "%", "at_least", _FM2_04),
        ("农作物综合机械化率达 89%,20 余万家农民专业合作社构建起", "20 余万家", 20, "万家", "approx", _FP1_03),
        ("  在确诊病例千例以上的省份中率先实现病例清零", "千例", 1000, "例", "at_least", _FM2_05),
    ],
)
def test_real_sentences_of_round_7(text, surface, value, unit, qualifier, source):
    found = _found(text, surface)
    assert found is not None, (source, _figures(text))
    assert math.isclose(found[1], value, rel_tol=1e-5) and found[2] == unit and found[3] == qualifier, (source, found)


@pytest.mark.parametrize(
    "text, source",
    [
        # quoted slogans opened by a Chinese count (also in single quotes), and a rank inside one
        ("跟进落实内蒙古自治区党委提出的“六个工程”,坚定信心、真抓实干", _FP1_08),
        ("召开的“深入开展‘六个行动’推动经济社会高质量发展”系列之重大项目", _FP1_07),
        ("富氢碳循环氧气高炉建设取得新突破,顺利实现“两个全球第一”;新疆卷烟厂", _FP1_11),
        # events of a series, a programme of doubling, N位一体
        ("“新疆推动高质量发展”系列主题新闻发布会(第13场)在乌鲁木齐举行", _FP1_10),
        ("主办的黑龙江省“非凡十年”主题系列新闻发布会第三场在哈尔滨举行。", _FL1_11),
        ("聚焦优势特色产业集群建设,大力实施工业倍增行动,工业经济取得亮眼成绩", _FP1_10),
        ("推动“开发区+招商+规上工业企业培育”三位一体突破,加快产业转型升级", _FO2_04),
    ],
)
def test_real_non_figures_of_round_7(text, source):
    assert _figures(text) == [], (source, _figures(text))


_FN1_10 = "data/corpus/fn1_10_henan_county_race_2022 (part N; see data/corpus/SOURCES.md)"
_FK1_11 = "data/corpus/fk1_11_changzhou_devzone_2022 (part K; see data/corpus/SOURCES.md)"
_FM1_11 = "data/corpus/fm1_11_gansu_govreport_2015 (part M; see data/corpus/SOURCES.md)"
_FP2_04 = "data/corpus/fp2_04_guangxi_projects_2022 (part P; see data/corpus/SOURCES.md)"
_FP2_06 = "data/corpus/fp2_06_guangdong_govreport_2024 (part P; see data/corpus/SOURCES.md)"


@pytest.mark.parametrize(
    "text, surface, value, unit, qualifier, source",
    [
        ("河南6地上榜全国百强县\n原标题:我省6地上榜全国百强县", "6地", 6, "个", "exact", _FN1_10),
        ("以“第一名”常州经济技术开发区为例。虽然才成立8年,但常州经开区", "8年", 8, "年", "exact", _FK1_11),
        ("漳州和三明各有一個“十強”縣市。", "一個", 1, "个", "exact", _FP2_07),
        ("2014年甘肅省實現生產總值6835. 27億元,增長8.9%", "6835. 27億元", 6835.27, "亿元", "exact", _FM1_11),
        ("國家高速公路零點互通立交以西段,設(shè)計時速120KM/小時,采用", "120KM/小時", 120, "KM/小时", "exact", _FN2_09),
        ("开工建设,拟建设2条1200t/d一窑六线光伏玻璃生产线", "1200t/d", 1200, "t/d", "exact", _FP2_04),
        ("增长5.8%,深圳成为广东第二个万亿元消费城市;", "万亿元", 1, "万亿元", "at_least", _FP2_06),
    ],
)
def test_real_sentences_of_round_7_second_pass(text, surface, value, unit, qualifier, source):
    found = _found(text, surface)
    assert found is not None, (source, _figures(text))
    assert math.isclose(found[1], value, rel_tol=1e-5) and found[2] == unit and found[3] == qualifier, (source, found)


def test_real_non_figures_of_round_7_second_pass():
    for text, source in (
        ("“十四五”的第一个春天,浙江经济稳健开局。", "data/corpus/fm2_10_zhejiang_q1_2021 (part M)"),
        ("强调,首先第一个是要加快新旧动能转换,着力推动", "data/corpus/fk2_12_guangxi_review_2013_2017 (part K)"),
    ):
        assert [f for f in _figures(text) if f[0] != "十四五"] == [], (source, _figures(text))


def test_real_generating_units_of_round_7():
    source = "data/corpus/fl2_03_xinjiang_projects_q1_2024 (part L; see data/corpus/SOURCES.md)"
    text = "此次喀什华电2×66万千瓦热电联产项目、新疆晶晖新材料有限公司年产10万吨高纯多晶硅项目"
    assert _found(text, "2") == ("2", 2.0, "台", "exact"), (source, _figures(text))
    assert _found(text, "66万千瓦") is not None, (source, _figures(text))


def test_real_voltage_and_vehicles_of_round_7():
    fl2_03 = "data/corpus/fl2_03_xinjiang_projects_q1_2024 (part L; see data/corpus/SOURCES.md)"
    text = "阿克苏市佳林万家年产40万立方米OSB科技新型材料项目、库车—阿拉尔—巴楚750千伏输变电工程等72个标志性重大项目"
    assert _found(text, "750千伏") == ("750千伏", 750.0, "千伏", "exact"), (fl2_03, _figures(text))
    text = "负压救护车等特种车辆填补本地制造空白,千辆纯电动重卡顺利签约落地,拓展新朗逸、途昂等7款车型"
    assert _found(text, "千辆") == ("千辆", 1000.0, "辆", "exact"), (_FP1_11, _figures(text))


def test_real_benchmark_of_round_7():
    source = "data/corpus/f21b_03_provinces_halfyear_jjrb_2024 (part F; see data/corpus/SOURCES.md)"
    text = "三大动力源地区的8个省份中,有6个省份规模以上工业增加值增速达到或超过6%的全国平均水平,江苏、安徽"
    assert _found(text, "6%") == ("6%", 6.0, "%", "exact"), (source, _figures(text))


def test_real_straight_quoted_slogans_of_round_7():
    text = '全面落实 " 四个走在前 "" 四个新 " 重大任务,制定实施八个 " 行动方案 " 和两组 " 若干措施 ",实干担当'
    assert [f[0] for f in _figures(text)] == ["八个", "两组"], (_FM2_02, _figures(text))
