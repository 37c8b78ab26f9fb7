"""Place-name rules of helper placenames21 (part Z as development data): the short names of banners and of 新区
districts, the words that may start a zone's name and a zone's name as the text writes it, each on a real
sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from shangyu_analysis.extract import gazetteer as gazetteer_module
from tests.facts_helpers import facts_by_surface


def test_a_banner_named_by_a_side_is_written_by_its_short_form():
    # fz1_10_alashanzuoqi_bulletin_2019: 阿拉善左旗 in the title, 阿左旗 in the text (not 阿拉善左)
    text = (
        "阿拉善左旗2019年国民经济和社会发展统计公报\n"
        "一、综合\n"
        "2019年,全旗户籍总人口146041人。其中,城镇人口90730人,乡村人口55311人。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 1, 1))
    assert facts["146041人"][0] == "阿左旗"
    assert gazetteer_module.sidecar_place("科尔沁右翼前旗") == "科右前旗"
    assert gazetteer_module.sidecar_place("敖汉旗") == "敖汉旗"  # a banner keeps its 旗


def test_a_new_area_district_is_written_without_xinqu_unless_another_unit_has_the_name():
    # fz1_08_pudong_govreport_2025: 上海市浦东新区 … 2025年,浦东经济社会发展稳中有进 → 浦东
    text = (
        "格隆汇1月21日|据澎湃,上海市浦东新区第七届人民代表大会第六次会议1月21日开幕,浦东新区区长吴金城作政府工作报告。"
        "吴金城介绍,2025年,浦东经济社会发展稳中有进、进中提质。\n"
        "一是经济韧性增长。预计地区生产总值1.88万亿元左右、增速高于全市,规模以上工业总产值1.39万亿元、同比增长8%。\n"
    )
    facts = facts_by_surface(text, dt.date(2026, 1, 21))
    assert facts["1.39万亿元"][0] == "浦东"
    assert gazetteer_module.sidecar_place("滨海新区") == "滨海新区"  # 滨海 is 滨海县's


def test_a_preposition_starts_no_zone_name():
    # fz1_09_pudong_industry_2018: 来自新区发改委日前公布的统计数据显示 (not a zone named 来自新区)
    text = (
        "浦东 | 去年浦东规模以上工业再站万亿元台阶\n"
        "来自新区发改委日前公布的统计数据显示,2018年,浦东规模以上工业完成产值10306亿元,再次站稳万亿元台阶,"
        "比上年增长0.6%。\n"
    )
    facts = facts_by_surface(text, dt.date(2019, 1, 20))
    assert facts["10306亿元"][0] == "浦东"
    assert facts["0.6%"][0] == "浦东"


def test_a_zone_is_named_by_the_short_form_the_text_writes():
    # fz1_11_changchun_signing_2023: 长春汽开区 in the title, 长春汽车经济技术开发区 in the text
    text = (
        "长春汽开区64个项目集中签约 总投资442亿元\n"
        "新华财经长春1月6日电(记者王晓林)在5日举行的长春汽车经济技术开发区2023年招商引资项目集中签约暨落位项目"
        "启动活动上,64个项目集中签约、总投资442亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 1, 6))
    assert facts["64个"][0] == "长春汽开区"
    assert facts["442亿元"][0] == "长春汽开区"
