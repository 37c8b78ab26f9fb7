"""Qualifier rules of helper figures39 (约占 shared by a 和-joined pair of shares, the upper end of a 以上至 band),
each on a real sentence of a corpus text."""

from __future__ import annotations

from shangyu_analysis.extract.figures import extract_figures


def _qualifiers(text: str) -> dict[str, str]:
    figures = extract_figures(text)
    return {text[s:e]: q for s, e, q in zip(figures["start"], figures["end"], figures["qualifier"])}


def test_approx_share_verb_governs_the_second_share_of_a_pair():
    # fap1_03_xian_gaoxin_q3_2023
    text = (
        "记者梳理西安高新区经济“成绩单”发现,今年前三季度,西安高新区GDP总值逾2418.8亿元,"
        "约占全省经济总量的10.2%和全市经济总量的28.3%,经济发展的引领作用和支柱地位进一步凸显。\n"
    )
    got = _qualifiers(text)
    assert got["10.2%"] == "approx"
    assert got["28.3%"] == "approx"


def test_upper_end_of_a_band_after_yishang_zhi_is_at_most():
    # fan2_07_yunnan_industry_projects_q1_2023
    text = "投资5亿元以上至10亿元的项目47个,一季度完成投资20亿元,完成年度计划投资的21.5%。\n"
    got = _qualifiers(text)
    assert got["5亿元"] == "at_least"
    assert got["10亿元"] == "at_most"
