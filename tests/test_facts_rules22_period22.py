"""Period-basis rules of helper period22 (project rulings 15 and 16), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_period_set_off_after_a_reporters_lead_in_states_its_paragraph():
    # fj2_01_sichuan_county_h1_2024: 记者从四川省统计局获悉,上半年,… — the lead-in names the source, the period after
    # its comma leads the paragraph: the later sentence's figures are stated (ruling 15)
    text = (
        "数读四川县域经济“半年报”:91个县(市、区)经济总量超百亿\n\n"
        "四川发布客户端消息  8月27日,记者从四川省统计局获悉,上半年,全省县域经济结构正从“金字塔型”向“橄榄型”"
        "加快演进。183个县(市、区)中经济总量超过百亿元的有91个,较上年增加5个,占全省区县个数的49.7%。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 8, 28))
    assert facts["91个"][2:] == ("2024H1", "stated")
    assert facts["49.7%"][2:] == ("2024H1", "stated")


def test_a_lead_in_after_a_one_sentence_introduction_still_leads_its_paragraph():
    # ft2_10_yiwu_q3_2023: 10月24日,今年我市前三季度经济数据出炉。根据地区生产总值统一核算结果,前三季度,… 其中
    # (ruling 15: also after a news dateline or a one-sentence introduction with no figure)
    text = (
        "义乌前三季度经济数据出炉\n"
        "10月24日,今年我市前三季度经济数据出炉。根据地区生产总值统一核算结果,前三季度,全市实现地区生产总值"
        "1406.4亿元,按可比价计算,同比增长8.7%。其中,第一产业增加值16.8亿元,同比增长5.4%。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 10, 25))
    assert facts["16.8亿元"][2:] == ("2023Q1-Q3", "stated")


def test_a_section_opening_period_with_no_comma_leaves_the_later_sentences_inferred():
    # fm2_09_yuzhou_bulletin_2022: 一、综合 / 2022年玉州辖区…生产总值…565.01亿元…。其中,第一产业增加值23.49亿元 — the
    # year, run into its subject, belongs to its own sentence; its 其中 carries it over (ruling 16)
    text = (
        "2022年玉州区国民经济和社会发展统计公报 2022\n"
        "2022年,玉州区认真贯彻落实中央、自治区、玉林市工作部署,深入开展“十个一年一活动”,力促经济持续健康发展。"
        "全年大部分经济指标增势良好,玉州区经济运行平稳恢复。\n"
        "一、综合\n"
        "2022年玉州辖区((含玉东,下同))生产总值(初步核算数)565.01亿元,按可比价计算,比上年增长0.4%。其中,第一产业"
        "增加值23.49亿元,增长5.4%;第二产业增加值155.11亿元,下降2.1%。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 4, 30))
    assert facts["565.01亿元"][2:] == ("2022", "stated")
    assert facts["23.49亿元"][2:] == ("2022", "inferred")
