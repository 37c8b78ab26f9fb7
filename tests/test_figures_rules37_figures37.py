"""Figure rules of helper figures37: a 、-list of long members (or a pair joined by 和) counted right after it, the
years a task takes (用3年时间, 计划3年建成), and counts of rounds and groups in traditional script (3輪, 3組); each
on a real corpus sentence."""

from __future__ import annotations

from shangyu_analysis.extract.figures import extract_figures
from shangyu_analysis.text import parse_text


def _figures(text: str) -> dict[str, float]:
    frame = extract_figures(parse_text(text))
    return dict(zip(frame["surface"], frame["value"]))


def test_count_of_a_list_of_long_members_refers_back() -> None:
    # fam1_08_hunan_keyprojects_2024: five members, one of them 12 characters long
    got = _figures(
        "其中,十大產業項目進展較快,邵虹基板玻璃、漣鋼冷軋硅鋼、吉利新能源乘用車及電池、衡陽綠色鹽堿產業基地、"
        "新能源動力和儲能產業基地5個項目年度計劃投資完成率超100%。"
    )
    assert "5個" not in got
    assert got["100%"] == 100


def test_count_of_a_joined_list_of_long_members_refers_back() -> None:
    # fo1_08_songming_q1_2022: four members, the last two joined by 和, one 12 characters long
    got = _figures(
        "农副食品加工业、酒饮料和精制茶制造业、金属制品业、化学原料和化学制品制造业四个行业增幅回落,分别下降4.2%。"
    )
    assert "四个" not in got
    assert got["4.2%"] == 4.2


def test_two_counting_a_pair_of_long_names_refers_back() -> None:
    # fan1_02_suihua_firstbatch_2012: 东富汽车配件城 (7 characters) after 和
    got = _figures("北林区引进28亿元高标准建设申禄达物流城和东富汽车配件城两个物流项目,可谓大手笔。")
    assert "两个" not in got
    assert got["28亿元"] == 28


def test_years_a_task_takes_are_a_duration() -> None:
    # fam1_07_sichuan_13th_fyp_2020; fan1_04_harbin_signing_2020; fan1_02_suihua_firstbatch_2012
    assert _figures("綜述顯示:四川經濟總量用3年時間邁上一個萬億元臺階。")["3年"] == 3
    assert _figures("該項目計劃用3-5年時間完成發動機動力試驗區的建設。")["3-5年"] == 3
    assert _figures("肇东市引进鑫盛源集团投资12.5亿元建设国际高端饮品产业园项目,计划3年建成。")["3年"] == 3


def test_years_planned_roughly_stay_relative() -> None:
    # b06_suzhou_special: 计划用3年左右的时间 is a date by the gold (not a duration the rule reads)
    assert "3年" not in _figures("苏州计划用3年左右的时间，力争实现目标。")


def test_rounds_and_groups_in_traditional_script_are_counts() -> None:
    # fan2_08_yunnan_projects_q4_2023; fad2_04_caofeidian_signing_2020
    assert _figures("聚焦未開工的重大項目,分3輪按月開展督導服務,力促各項目早開工。")["3輪"] == 3
    assert _figures("剩餘12個項目分3組現場進行簽約。")["3組"] == 3
