"""Hand-written sentences for each pattern family and each exclusion of the figure extractor."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from shangyu_analysis.extract.figures import FigureRow, extract_figures, iter_figures
from shangyu_analysis.schema import FIGURES, NONFIGURES, RejectReason, column_names
from shangyu_analysis.text import Article, Paragraph

FIGURE_COLUMNS = column_names(FIGURES)
NONFIGURE_COLUMNS = column_names(NONFIGURES)

NAN = math.nan

# sentence, surface, value, value_high, unit, qualifier, kind
FIGURES = [
    # Arabic numbers, separators, decimals, scales
    ("全市实现地区生产总值1,234.56亿元。", "1,234.56亿元", 1234.56, NAN, "亿元", "exact", "money"),
    ("今年达到1.8万亿元。", "1.8万亿元", 1.8, NAN, "万亿元", "exact", "money"),
    ("自营出口261.8亿美元。", "261.8亿美元", 261.8, NAN, "亿美元", "exact", "money"),
    ("市场主体1.3万家。", "1.3万家", 1.3, NAN, "万家", "exact", "count"),
    ("总建筑面积52.9万平方米。", "52.9万平方米", 52.9, NAN, "万平方米", "exact", "area"),
    ("用地面积163.6公顷。", "163.6公顷", 163.6, NAN, "公顷", "exact", "area"),
    # Chinese numerals
    ("预计投资两千亿，用于基建。", "两千亿", 2000.0, NAN, "亿元", "exact", "money"),
    ("带动两千三百万元消费。", "两千三百万元", 2300.0, NAN, "万元", "exact", "money"),
    ("不太可能突破两万亿元。", "两万亿元", 2.0, NAN, "万亿元", "more_than", "money"),
    ("涵盖七大方面。", "七大", 7.0, NAN, "个", "exact", "count"),
    ("打造八条产业链。", "八条", 8.0, NAN, "条", "exact", "count"),
    ("浙江需回答好五个问题。", "五个", 5.0, NAN, "个", "exact", "count"),
    ("涵盖九大类专项。", "九大类", 9.0, NAN, "个", "exact", "count"),
    # full-width digits and traditional script
    ("完成投资１２．５億元。", "１２．５億元", 12.5, NAN, "亿元", "exact", "money"),
    ("增長３個百分點。", "３個百分點", 3.0, NAN, "个百分点", "exact", "percentage_point"),
    # percent, percentage points, 成, fractions
    ("同比增长16.7%。", "16.7%", 16.7, NAN, "%", "exact", "percent"),
    ("财政收入增长百分之五点五。", "百分之五点五", 5.5, NAN, "%", "exact", "percent"),
    ("占比提高2.1个百分点。", "2.1个百分点", 2.1, NAN, "个百分点", "exact", "percentage_point"),
    ("五成企业实现盈利。", "五成", 5.0, NAN, "成", "exact", "percent"),
    ("近7成企业扩大投资。", "7成", 7.0, NAN, "成", "approx", "percent"),
    ("产值占全市超1/3。", "1/3", 1 / 3, NAN, "ratio", "more_than", "ratio"),
    ("三分之一的企业。", "三分之一", 1 / 3, NAN, "ratio", "exact", "ratio"),
    # multiples
    ("均是十二五末的1.3倍。", "1.3倍", 1.3, NAN, "倍", "exact", "multiple"),
    ("收入实现翻番。", "翻番", 2.0, NAN, "倍", "exact", "multiple"),
    ("城乡居民收入都翻一番以上。", "翻一番", 2.0, NAN, "倍", "at_least", "multiple"),
    ("十年来经济总量翻了两番。", "翻了两番", 4.0, NAN, "倍", "exact", "multiple"),
    ("实现数字经济五年倍增。", "倍增", 2.0, NAN, "倍", "exact", "multiple"),
    # ranges
    ("户均补助6~8万元。", "6~8万元", 6.0, 8.0, "万元", "range", "money"),
    ("家庭年收入20-60万元群体。", "20-60万元", 20.0, 60.0, "万元", "range", "money"),
    ("GDP增速6.5%-7%。", "6.5%-7%", 6.5, 7.0, "%", "range", "percent"),
    ("排名第三至第七位。", "第三至第七位", 3.0, 7.0, "rank", "range", "rank"),
    # structure and bare ratios
    ("三次产业结构比为3.7:45.4:50.9。", "3.7:45.4:50.9", 3.7, NAN, "ratio", "exact", "ratio"),
    ("城乡居民收入倍差从2.37缩小到1.94。", "2.37", 2.37, NAN, "ratio", "exact", "ratio"),
    # ranks, only in a ranking context
    ("收入规模位居全省第九。", "第九", 9.0, NAN, "rank", "exact", "rank"),
    ("位居全省第十位。", "第十位", 10.0, NAN, "rank", "exact", "rank"),
    ("提升至全国第 17 位。", "第 17 位", 17.0, NAN, "rank", "exact", "rank"),
    ("苏州成为全国第六个GDP破2万亿元的城市。", "第六个", 6.0, NAN, "rank", "exact", "rank"),
    ("位居全国前三名。", "三名", 3.0, NAN, "rank", "at_most", "rank"),
    # qualifiers before and after
    ("新增企业超过500家。", "500家", 500.0, NAN, "家", "more_than", "count"),
    ("人均生产总值超12.5万元。", "12.5万元", 12.5, NAN, "万元", "more_than", "money"),
    ("突破1000亿元大关。", "1000亿元", 1000.0, NAN, "亿元", "more_than", "money"),
    ("GDP今年破两亿元？", "两亿元", 2.0, NAN, "亿元", "more_than", "money"),
    ("签约投资额达667.31亿元。", "667.31亿元", 667.31, NAN, "亿元", "exact", "money"),
    ("总建筑面积约52.9万平方米。", "52.9万平方米", 52.9, NAN, "万平方米", "approx", "area"),
    ("近200名专家。", "200名", 200.0, NAN, "名", "approx", "count"),
    ("年均增加64亿元左右。", "64亿元", 64.0, NAN, "亿元", "approx", "money"),
    ("年均增长6%以上。", "6%", 6.0, NAN, "%", "at_least", "percent"),
    ("增速控制在5%以内。", "5%", 5.0, NAN, "%", "at_most", "percent"),
    ("不足3成企业亏损。", "3成", 3.0, NAN, "成", "at_most", "percent"),
    ("利率低于2%。", "2%", 2.0, NAN, "%", "at_most", "percent"),
    ("补助10多万元。", "10多万元", 10.0, NAN, "万元", "approx", "money"),
    ("引进300余家企业。", "300余家", 300.0, NAN, "家", "approx", "count"),
    ("迈入万亿级城市行列。", "万亿", 1.0, NAN, "万亿元", "approx", "money"),
    ("建筑业年产值保持千亿规模。", "千亿", 1000.0, NAN, "亿元", "approx", "money"),
    ("近万家企业参与。", "万家", 1.0, NAN, "万家", "approx", "count"),
    # implicit thresholds
    ("引进亿元以上项目12个。", "亿元", 1.0, NAN, "亿元", "at_least", "money"),
    ("其中50亿元以上项目5个。", "50亿元", 50.0, NAN, "亿元", "at_least", "money"),
    ("跻身“2万亿元俱乐部”。", "2万亿元", 2.0, NAN, "万亿元", "at_least", "money"),
    # spaces and line breaks inside a figure (PDF text)
    ("完成产值773 亿元。", "773 亿元", 773.0, NAN, "亿元", "exact", "money"),
    ("完成投资1466 亿\n元。", "1466 亿\n元", 1466.0, NAN, "亿元", "exact", "money"),
    # 2万亿 without 元 in a GDP sentence
    ("杭州今年GDP能破2万亿吗", "2万亿", 2.0, NAN, "万亿元", "more_than", "money"),
    # counts with measure words, streaks
    ("全市上云企业8200家。", "8200家", 8200.0, NAN, "家", "exact", "count"),
    ("在役工业机器人2155台。", "2155台", 2155.0, NAN, "台", "exact", "count"),
    ("获得国家专利631项。", "631项", 631.0, NAN, "项", "exact", "count"),
    ("城乡居民收入连续21年居全国第一。", "21年", 21.0, NAN, "年", "exact", "duration"),
    ("未来邻里、教育、健康等九大场景。", "九大", 9.0, NAN, "个", "exact", "count"),
    ("“1”，即七大方面“42条”政策内容。", "42条", 42.0, NAN, "条", "exact", "count"),
]


def _one(sentence: str, surface: str) -> pd.Series:
    frame = extract_figures(sentence)
    rows = frame[frame["surface"] == surface]
    assert len(rows) == 1, f"{surface!r} not found once in {list(frame['surface'])}"
    return rows.iloc[0]


@pytest.mark.parametrize("sentence, surface, value, high, unit, qualifier, kind", FIGURES)
def test_figure_family(sentence, surface, value, high, unit, qualifier, kind):
    row = _one(sentence, surface)
    assert math.isclose(row["value"], value, rel_tol=1e-9)
    assert (math.isnan(high) and math.isnan(row["value_high"])) or row["value_high"] == high
    assert (row["unit"], row["qualifier"], row["kind"]) == (unit, qualifier, kind)
    assert sentence[row["start"] : row["end"]] == surface


# sentence, surface of the numeral, reason it is not a figure
NONFIGURES = [
    ("2020年，上虞前行的脚步从未停止。", "2020年", "date"),
    ("2019年10月以来率先推行。", "2019年10月", "date"),
    ("发布日期 2021-02-23。", "2021-02-23", "date"),
    ("8月30日举行发布会。", "8月30日", "date"),
    ("二〇二〇年是关键之年。", "二〇二〇年", "date"),
    ("贯穿了整个“十三五”征程。", "十三五", "plan_period"),
    ("两年平均增长7.5%。", "两年", "relative_time"),
    ("十年来，浙江推进改革。", "十年", "relative_time"),
    ("这五年，我们坚持转型。", "五年", "relative_time"),
    ("第三批培育名单。", "第三", "ordinal"),
    ("浙江省第十五次党代会。", "第十五", "ordinal"),
    ("请来“第三方”督查。", "第三", "ordinal"),
    ("第一产业增加值。", "第一", "ordinal"),
    ("e游小镇2.0版建设。", "2.0版", "label"),
    ("加快5G网络建设。", "5G", "label"),
    ("“1+9”政策体系。", "1", "label"),
    ("迭代形成“1612”体系构架。", "1612", "bare_number"),
    ("推进“五个跃升”等。", "五个", "label"),
    ("持续缩小“三大差距”。", "三大", "label"),
    ("入选“万亩千亿”新产业平台。", "千亿", "label"),
    ("实施“一个支柱产业对接一所知名大学”合作。", "一个", "idiom"),
    ("数字经济“一号工程”2.0版。", "2.0版", "label"),
    ("“互联网+”、生命健康、新材料三大科创高地。", "三大", "enumeration"),
    ("千家万户受益。", "千家", "idiom"),
    ("三次产业结构不断优化。", "三次", "label"),
    ("二元结构逐步破除。", "二元", "idiom"),
    ("一成不变。", "一成", "idiom"),
    ("万元GDP能耗下降。", "万元", "label"),
    ("数字经济增加值成倍增长。", "倍增", "idiom"),
    ("浙江日报 专版 00011 上虞", "00011", "bare_number"),
    ("浙江日报2021-02-2300005;", "2021-02-2300005", "date"),
    ("8:30开始。", "8:30", "date"),
]


@pytest.mark.parametrize("sentence, surface, reason", NONFIGURES)
def test_nonfigure_is_rejected_with_reason(sentence, surface, reason):
    assert surface not in set(extract_figures(sentence)["surface"])
    rejected = extract_figures(sentence, include_nonfigures=True)
    row = rejected[rejected["surface"] == surface].iloc[0]
    assert (bool(row["is_figure"]), row["reason"]) == (False, reason)


@pytest.mark.parametrize(
    "sentence",
    [
        "一、发展成就",
        "一是加强统筹；二是推进改革；一要引进高端。",
        "谋划一批重大改革方案。",
        "实现省政府质量奖零的突破。",
        "平台和数字双轮驱动，两翼齐飞。",
        "推动一体化发展，是关键之一。",
        "很长一段时间内。",
        "建成全国首个生态省，首家文创银行。",
        "抢抓新一轮数字革命，关键一招。",
        "初次分配、再分配、三次分配协调配套。",
        "一般公共预算收入。",
        "两位数增长。",
        "一码管地、最多跑一次。",
        "一链一链长的工作机制。",
        "强化政校企三方联动。",
        "百强县。",
        "今年前三季度。",
    ],
)
def test_idioms_and_markers_are_not_figures(sentence):
    assert extract_figures(sentence).empty


def test_schema_columns_and_dtypes():
    frame = extract_figures("财政总收入156.72亿元，增长5%。")
    assert list(frame.columns) == FIGURE_COLUMNS
    expected = {"figure_id": "str", "start": "int64", "value": "float64", "paragraph": "Int64", "kind": "str"}
    for name, dtype in expected.items():
        assert str(frame[name].dtype) == dtype, name
    assert list(frame["figure_id"]) == ["F001", "F002"]
    assert frame["base_value"].iloc[0] == pytest.approx(156.72e8)


def test_named_rows_follow_the_declared_columns():
    assert list(FigureRow._fields) == FIGURE_COLUMNS[1:] + NONFIGURE_COLUMNS


def test_every_reject_reason_is_declared():
    text = "2020年“十三五”期间，一是第三批新增企业148家，每10万人口，零的突破，一号工程，今年前三季度。"
    reasons = set(extract_figures(text, include_nonfigures=True)["reason"].dropna())
    assert reasons and reasons <= set(RejectReason.values())


def test_nonfigure_columns_only_on_request():
    text = "2020年新增企业148家。"
    assert "reason" not in extract_figures(text).columns
    full = extract_figures(text, include_nonfigures=True)
    assert list(full.columns) == list(FIGURE_COLUMNS) + list(NONFIGURE_COLUMNS)
    assert list(full["is_figure"]) == [False, True]


def test_empty_text_gives_empty_frame_with_schema():
    frame = extract_figures("")
    assert frame.empty and list(frame.columns) == list(FIGURE_COLUMNS)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("增长5，300家企业", ["5", "300家"]),  # a full-width comma separates, it is no thousands mark
        ("共有5,300家企业", ["5,300家"]),
    ],
)
def test_thousands_separator_only_when_ascii(text, expected):
    assert list(extract_figures(text, include_nonfigures=True)["surface"]) == expected


def test_base_values_convert_units():
    frame = extract_figures("两万亿元，五成，163.6公顷，1.3万家。")
    assert list(frame["base_unit"]) == ["元", "%", "m²", "count"]
    assert list(frame["base_value"]) == pytest.approx([2e12, 50.0, 1.636e6, 13000.0])


def test_fenbie_lists_distribute_subjects():
    frame = extract_figures("全市数字化车间、在役工业机器人、上云企业分别达110个、2155台和8200家。")
    assert list(frame["subject"]) == ["全市数字化车间", "在役工业机器人", "上云企业"]
    frame = extract_figures("城乡居民收入分别为68309元和38044元。")
    assert list(frame["subject"]) == ["城镇居民收入", "农村居民收入"]


def test_subject_of_change_borrows_previous_subject():
    frame = extract_figures("2020年实现工业总产值604.5亿元，增长16.7%。")
    assert list(frame["subject"]) == ["工业总产值", "工业总产值增长"]
    assert list(frame["period"]) == ["2020", "2020"]


def test_article_input_uses_paragraphs_date_and_footer():
    text = "标题\n  2020年新增企业148家。\n页脚 00011 2\n"
    article = Article(
        text=text,
        match_text=text,
        paragraphs=[Paragraph(1, 5, 18, text[5:18], "第一节")],
        footer_span=(19, len(text) - 1),
    )
    frame = extract_figures(article, include_nonfigures=True)
    figure = frame[frame["is_figure"]].iloc[0]
    assert (figure["surface"], figure["paragraph"], figure["section"]) == ("148家", 1, "第一节")
    assert set(frame.loc[frame["start"] >= 19, "reason"]) == {"footer"}


def test_plain_text_paragraph_is_line_number():
    frame = extract_figures("第一行\n\n新增企业148家。")
    assert list(frame["paragraph"]) == [3]


def test_iter_figures_matches_extract_figures():
    text = "".join(f"第{i}段：新增企业{i}家，投资{i}.5亿元。\n" for i in range(1, 400))
    whole = extract_figures(text)
    chunks = list(iter_figures(text, chunk_chars=997))
    assert len(chunks) > 5
    joined = pd.concat(chunks, ignore_index=True)
    pd.testing.assert_frame_equal(joined, whole)


def test_figure_ids_do_not_depend_on_listing_nonfigures():
    text = "2020年新增企业148家，第三批项目12个。"
    full = extract_figures(text, include_nonfigures=True)
    assert list(full["figure_id"]) == ["N001", "F001", "N002", "F002"]
    assert list(extract_figures(text)["figure_id"]) == ["F001", "F002"]


@pytest.mark.parametrize(
    "sentence, surface, value, unit, qualifier",
    [
        ("杭州占4席。", "4席", 4.0, "席", "exact"),
        ("满意度提升至95分以上。", "95分", 95.0, "分", "at_least"),
        ("GDP总量首次突破万亿元大关。", "万亿元", 1.0, "万亿元", "more_than"),
        ("员工人数达到2000人左右。", "2000人", 2000.0, "人", "approx"),
    ],
)
def test_more_measure_words_and_magnitudes(sentence, surface, value, unit, qualifier):
    row = _one(sentence, surface)
    assert (row["value"], row["unit"], row["qualifier"]) == (value, unit, qualifier)


def test_shi_fen_meaning_very_is_not_a_score():
    assert extract_figures("这一点十分重要。").empty


def test_fenbie_after_listed_figures_pairs_with_them():
    frame = extract_figures("出口3200亿元，进口1300亿元，分别增长8.1%和1.5%。")
    assert list(frame["subject"])[2:] == ["出口增长", "进口增长"]


def test_subject_drops_time_phrases_and_trailing_qualifier_words():
    frame = extract_figures("人均可支配收入从2012年的3.5万元增加到2022年的7.1万元。员工人数达到2000人左右。")
    assert frame["subject"].iloc[0] == "人均可支配收入"
    assert frame["subject"].iloc[2] == "员工人数"


@pytest.mark.parametrize(
    "sentence",
    [
        "成千上万的游客。",
        "万众一心。",
        "千万不能松懈。",
        "收入成千上万元。",
        "成百上千家企业。",
    ],
)
def test_magnitude_idioms_are_not_figures(sentence):
    assert extract_figures(sentence).empty


@pytest.mark.parametrize(
    "sentence, surface, is_figure",
    [
        ("实施“3个100”工程。", "3个", False),
        ("推进“两个先行”。", "两个", False),
        ("跻身“2万亿元俱乐部”。", "2万亿元", True),
        ("他说：“以10%的增速计算，今年达到1.8万亿元，很有希望。”", "1.8万亿元", True),
    ],
)
def test_quoted_names_versus_quoted_figures_and_speech(sentence, surface, is_figure):
    assert (surface in set(extract_figures(sentence)["surface"])) is is_figure


def test_listing_nonfigures_includes_enumeration_markers_and_idioms():
    text = "一、发展成就\n一是谋划一批重大改革方案，实现零的突破，新增企业5家。"
    frame = extract_figures(text, include_nonfigures=True)
    reasons = dict(zip(frame["surface"], frame["reason"]))
    assert reasons["一、"] == "enumeration" and reasons["一"] == "enumeration"
    assert reasons["一批"] == "idiom" and reasons["零的突破"] == "idiom"
    assert list(frame.loc[frame["is_figure"], "surface"]) == ["5家"]
    assert list(frame["start"]) == sorted(frame["start"])


@pytest.mark.parametrize("sentence", ["学习贯彻党的二十大精神。", "十九大以来，改革不断深化。"])
def test_party_congress_is_not_a_count(sentence):
    assert extract_figures(sentence).empty


def test_downward_pair_is_two_numbers_not_a_range():
    frame = extract_figures("城乡收入倍差由2.37到1.94。")
    assert list(frame["surface"]) == ["2.37", "1.94"]
    assert frame["value_high"].isna().all()


def test_two_table_cells_on_consecutive_lines_are_not_one_wrapped_number():
    # A table dumped one cell per line (real 臺北市 data): 29.764 then 62.27％ must not join into
    # "29.76462.27" (it used to raise ValueError).
    frame = extract_figures("人數\n18,031\n37.73％\n29.764\n62.27％\n")
    assert list(frame["surface"]) == ["37.73％", "62.27％"]
