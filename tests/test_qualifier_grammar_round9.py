"""The classes generalised in round 9 of the figure grammar (from the misses, false positives and wrong qualifiers
of parts V–Y). Each test reads a real corpus sentence (a short excerpt, its file named) and checks value, unit,
qualifier or that a count is not a figure; the guards put the same words in uses that are not the class."""

from __future__ import annotations

from shangyu_analysis.extract import extract_figures


def _rows(text: str) -> list[tuple]:
    frame = extract_figures(text)
    return [(r.surface, r.value, r.unit, str(r.qualifier), r.start) for r in frame.itertuples()]


def _one(text: str, surface: str) -> tuple:
    found = [r for r in _rows(text) if r[0] == surface]
    assert found, (text, _rows(text))
    assert text[found[0][4] : found[0][4] + len(surface)] == surface
    return found[0]


def _surfaces(text: str) -> list[str]:
    return [r[0] for r in _rows(text)]


# --- 1. a count right after a 、…和 list counts the list (figure ruling 6) ----------------------------------------


def test_count_after_list_joined_by_he_is_not_a_figure():
    # fv1_06_neimenggu_m1_m7_2007 (simplified)
    text = "前7个月,通辽市、鄂尔多斯市、锡盟、赤峰市、巴彦淖尔市和阿盟6个盟市的工业增加值增速均超过了32%。"
    assert "6个" not in _surfaces(text)
    # fw1_12_jingzhou_signing_2022
    assert "三个" not in _surfaces("报告从增长力、扩展力和改革力三个维度,详细分析荆州的特色优势")
    # 等 leaves the list open: the count is a total (the seed's …服务和治理等九大场景)
    assert "九大" in _surfaces(
        "围绕未来邻里、教育、健康、创业、建筑、交通、低碳、服务和治理等九大场景,上虞区前瞻性科学布局"
    )
    # a count larger than the list names more than it: a figure
    assert "7个" in _surfaces("前7个月,通辽市、鄂尔多斯市、锡盟、赤峰市、巴彦淖尔市和阿盟7个盟市的增速均超过了32%。")


# --- 2. 九台市, 二道区: a numeral and a measure word opening a place's name -----------------------------------------


def test_numeral_and_measure_word_before_an_admin_suffix_is_a_name():
    # fv2_09_changchun_projects_2010
    text = "在九台市、二道区、双阳区、高新开发区集中开工,二道区10个项目、九台市11个项目。"
    found = _surfaces(text)
    assert "九台" not in found and "二道" not in found
    assert "10个" in found and "11个" in found
    # a count of cities keeps its measure word, and a share before 县 stays a figure (fi1_07)
    assert "三个" in _surfaces("全省三个市完成投资")
    assert _one("浙江超四成县(市、区)经济总量突破千亿大关", "四成")[2] == "成"


# --- 3. a flattened table: records cut by a lone | line, cells closed by | ------------------------------------------


def test_table_records_cut_by_lone_pipe_lines_take_the_column_units():
    # fx1_09_jinzhong_bulletin_2017 表1
    text = (
        "表1 2017年人口数及其构成\n单位:人\n|\n指 标 |\n年末数 |\n比重% |\n|\n全市常住人口 |\n3365597 |\n- |\n|\n"
        "其中:城镇 |\n1821990 |\n54.14 |\n|\n乡村 |\n1543607 |\n45.86 |\n"
        "初步核算,全年全市地区生产总值1284.9亿元,按可比价格计算,比上年增长6.1%。\n"
    )
    assert _one(text, "3365597")[2] == "人"
    assert _one(text, "54.14")[2] == "%"
    assert _one(text, "1543607")[2] == "人"


# --- 4. N级以上: the bound after the tier governs the number -------------------------------------------------------


def test_bound_after_a_tier_is_at_least():
    # fx1_05_tianjin_reserve_2022
    text = "同时,天津谋划形成了一批百亿级以上大项目,精选12个典型性项目"
    assert _one(text, "百亿")[3] == "at_least"
    assert _one("迈入万亿级城市行列", "万亿")[3] == "approx"  # 级 alone stays approx


# --- 5. a bare magnitude, 的, then a class noun names the class ----------------------------------------------------


def test_magnitude_de_class_noun_is_at_least():
    # fv2_04_mawei_cifit_2013
    text = "本届投洽会上,我区项目单体投资额高,千万美元的项目有10项,占全部项目的71.4%"
    assert _one(text, "千万美元")[3] == "at_least"


# --- 6. a pinyin reading between a bound verb and its number -------------------------------------------------------


def test_bound_verb_read_past_a_pinyin_gloss():
    # fv1_06_neimenggu_m1_m7_2007
    text = "6個盟市的工業(yè)增加值增速均超過(guò)了32%,快于全區(qū)平均水平。"
    assert _one(text, "32%")[3] == "more_than"


# --- 7. a bare magnitude before the aggregate it measures (万亿GDP, 万亿总量) -------------------------------------------


def test_bare_magnitude_before_its_aggregate_is_a_figure():
    # fw1_12_jingzhou_signing_2022
    row = _one("除荆州外,本次入选城市还包括成都、沈阳2个副省级城市,长沙、泉州、福州3个万亿GDP城市", "万亿")
    assert row[2] == "万亿元" and row[3] == "at_least", row
    # fw2_08_jiangsu_cities_q3_2024
    assert _one("前三季度南通以超9414亿元的GDP总量名列第四,距离万亿总量指日可待。", "万亿")[2] == "万亿元"
    assert "万亿" not in _surfaces("万亿人民币在此")  # no aggregate after it: unchanged
