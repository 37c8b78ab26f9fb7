"""The classes generalised in round 8 of the figure grammar (from the misses, false positives and wrong qualifiers
of the whole corpus after part U was scored fresh). Each test reads a real corpus sentence (a short excerpt, its
file named) and checks value, unit, qualifier and span; the precision guards put the same words in uses that are
not the class."""

from __future__ import annotations

import math

from shangyu_analysis.extract import extract_figures


def _rows(text: str) -> list[tuple]:
    frame = extract_figures(text)
    return [
        (r.surface, r.value, r.value_high, r.unit, str(r.qualifier), r.start, str(r.kind)) for r in frame.itertuples()
    ]


def _one(text: str, surface: str) -> tuple:
    found = [r for r in _rows(text) if r[0] == surface]
    assert found, (text, _rows(text))
    assert text[found[0][5] : found[0][5] + len(surface)] == surface
    return found[0]


def _surfaces(text: str) -> list[str]:
    return [r[0] for r in _rows(text)]


# --- 1. 大于 / 小于 are the written forms of > and < ---------------------------------------------------------------


def test_greater_than_in_words_is_more_than():
    # fs2_05_jiangsu_top100_2020
    text = "百强县榜单以“地区生产总值大于400亿元、一般公共预算收入大于20亿元”作为两大数据入库门槛"
    assert _one(text, "400亿元")[4] == "more_than"
    assert _one(text, "20亿元")[4] == "more_than"
    # the same sentence with the other written bounds
    assert _one(text.replace("大于400", "小于400"), "400亿元")[4] == "at_most"
    assert _one(text.replace("大于400", "不大于400"), "400亿元")[4] == "at_most"
    assert _one(text.replace("大于400", "不小于400"), "400亿元")[4] == "at_least"


# --- 2. 级的台阶: 级 then 的 before a threshold noun names the step ------------------------------------------------


def test_tier_then_de_before_a_step_takes_the_verb():
    # fs2_04_jiangsu_countyrank_2023
    text = "而沛县、仪征、高邮三地2021年GDP也均登上900亿级的台阶,这4地成为2022年江苏“千亿县”后备力量。"
    row = _one(text, "900亿")
    assert row[1] == 900 and row[3] == "亿元" and row[4] == "at_least", row


def test_tier_naming_a_class_noun_stays_approx():
    assert _one("杭州迈入万亿级城市行列", "万亿")[4] == "approx"


# --- 3. 首位度 is the primacy of a leading city, not the rank 首位 --------------------------------------------------


def test_primacy_ratio_is_no_rank():
    # fq1_03_dalian_govreport_2022
    assert _surfaces("主要经济指标好于全国、领先东北,在全省经济首位度不断提升,高质量发展的基础日益夯实") == []
    assert _one("增速连续11个月保持全省首位。", "首位")[3] == "rank"


# --- 4. a stray space inside a number or a unit word ---------------------------------------------------------------


def test_space_before_the_decimal_point():
    # fu1_04_huangmei_govreport_2017
    row = _one("固定资产投资207亿元,是2011年的2 .7倍;社会消费品零售总额125亿元", "2 .7倍")
    assert row[1] == 2.7 and row[3] == "倍", row


def test_space_inside_a_unit_word():
    # fu1_04_huangmei_govreport_2017
    text = "胜关山工业园、小池临港产业园建成区分别达到10.8平方公里、8平方公 里,集聚成长型企业121家、47家。"
    row = _one(text, "8平方公 里")
    assert row[1] == 8 and row[3] == "平方公里", row


# --- 5. a range end written as its scale and 元 alone; the noun after each end --------------------------------------


def test_range_ends_written_as_a_bare_scale():
    # fu2_04_xinzheng_signing_2007
    text = "10亿元以上项目2个,5亿元至10亿元项目2个,亿元至5亿元项目16个,5000万元至亿元项目23个。"
    low = _one(text, "亿元至5亿元")
    assert (low[1], low[2], low[3], low[4]) == (1, 5, "亿元", "range"), low
    high = _one(text, "5000万元至亿元")
    assert (high[1], high[2], high[3], high[4]) == (0.5, 1, "亿元", "range"), high
    assert _one("新签约亿元以上项目5个", "亿元")[4] == "at_least"


def test_range_of_project_classes_with_the_noun_after_each_end():
    # fn2_09_shandong_projects_2017
    text = "其中總投資100億元以上項目11個,50億元項目至100億元項目6個,10億元至50億元項目51個"
    row = _one(text, "50億元項目至100億元")
    assert (row[1], row[2], row[4]) == (50, 100, "range"), row
    assert _surfaces("5亿元项目到2020年完成") == ["5亿元"]


# --- 6. 近半: nearly half, a share -----------------------------------------------------------------------------------


def test_nearly_half_is_a_share():
    # fu2_08_shaanxi_devzones_2016
    row = _one("开发区成陕招商主阵地 吸引中国500强企业近半入驻", "半")
    assert row[1] == 0.5 and row[3] == "ratio" and row[4] == "approx", row


def test_nearly_half_a_year_is_no_share():
    assert _surfaces("近半年来,项目进展顺利") == []
    assert _surfaces("时间过半、任务过半") == []


# --- 7. ordinals ---------------------------------------------------------------------------------------


def test_first_of_a_list_of_sector_ordinals():
    # fq1_04_heilongjiang_q1_2018
    assert _surfaces("全省第一、二、三产业增加值分别增长4.3%、4.9%和6.4%") == ["4.3%", "4.9%", "6.4%"]
    assert _surfaces("分列全国第一、第二") == ["第一", "第二"]


# --- 8. framing spans --------------------------------------------------------------------------------------------------


def test_years_since_after_le_frame():
    # fr1_07_hainan_h1_2014
    assert _surfaces("尤其是7月份遭遇了41年来最强台风“威马逊”袭击") == []
    assert _one("他在这里操持了17年", "17年")[3] == "年"


def test_a_short_span_opening_its_clause_frames():
    # fl1_13_daqing_projects_2018
    assert _surfaces("短短10天,重点项目增加8个") == ["8个"]
    assert _surfaces("仅用了10天,") == ["10天"]


# --- 9. ranks after 排 and a scope; counts of parks ------------------------------------------------------------------


def test_rank_after_pai_and_its_scope():
    # ft2_07_hengzhou_govreport_2025
    text = "一般公共预算收入增长20.87%、高于全区12.6个百分点,排南宁市县域第一。税收收入增长18.46%、排南宁市县域第二。"
    assert _one(text, "第一")[3] == "rank"
    assert _one(text, "第二")[1] == 2
    assert _surfaces("安排第一批资金") == []


def test_count_of_parks_before_yuanqu():
    # fk1_10_suqian_parks_2016
    assert _one("苏宿园区继续稳居45家园区榜首,实现“八连冠”", "45家")[1] == 45
    assert _surfaces("建设美丽家园") == []


# --- 10. thresholds: a quoted target crossing a magnitude; a class of firms past a compound --------------------------


def test_quoted_target_crossing_a_magnitude():
    # fq1_03_dalian_govreport_2022
    row = _one("干成了一些突破性标志性的大事要事,“三年过万亿”实现良好开局。", "万亿")
    assert row[1] == 1 and row[3] == "万亿元" and row[4] == "more_than", row
    assert _surfaces("实现“双过半”") == []
    # a verb and a magnitude alone in quotes name an action (data/raw rmrb_2025-01-08_p10_jiangning)
    assert _surfaces("长安马自达“投百亿”、上汽大通“超百亿”、正大天晴“冲百亿”等一大批产业科技创新提质行动") == []


def test_firm_class_past_a_compound_and_a_pinyin_gloss():
    # ft1_12_changfeng_govreport_2025
    assert _one("合肥比亞迪成為全市首個千億汽車制造企業(yè);新能源", "千億")[4] == "at_least"
    assert _one("下塘鎮(zhèn)成為全省首個千億產(chǎn)業(yè)鎮(zhèn)。", "千億")[4] == "at_least"
    assert _one("设立百亿资金扶持企业", "百亿")[4] == "approx"
    assert not math.isnan(_one("千亿规模", "千亿")[1])
