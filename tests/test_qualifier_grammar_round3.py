"""The classes generalised in issue #21 round 3 (from the errors of data/corpus part F), generated: hypothesis
composes each class with numbers, nouns and contexts and checks value, unit, qualifier and span; precision guards
check the uses that are not figures. Real sentences are in tests/test_figures_real.py."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shangyu_analysis.extract import extract_figures

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_CN = st.sampled_from([("三", 3.0), ("九", 9.0), ("十六", 16.0), ("三十一", 31.0)])
_NAMES = ["深圳", "天津", "苏州", "重庆", "泉州", "济南", "合肥", "南通", "西安", "福州"]


def _rows(text: str) -> list[tuple]:
    frame = extract_figures(text)
    return [(r.surface, r.value, r.unit, str(r.qualifier), str(r.kind)) for r in frame.itertuples()]


def _one(text: str, surface: str) -> tuple:
    found = [r for r in _rows(text) if r[0] == surface]
    assert len(found) == 1, (text, _rows(text))
    return found[0]


# --- 1. places counted without a classifier ----------------------------------------------------------------


@_SETTINGS
@given(
    st.one_of(st.integers(2, 99).map(lambda n: (str(n), float(n))), _CN),
    st.sampled_from(["", " "]),
    st.sampled_from(["省份", "省区市"]),
    st.sampled_from(["全国", "今年上半年,", "其中"]),
)
def test_a_count_of_provinces_without_a_classifier_is_a_count_in_ge(number, space, noun, lead):
    text = f"{lead}{number[0]}{space}{noun}经济“半年报”均已出炉。"
    row = _one(text, f"{number[0]}{space}{noun}")
    assert math.isclose(row[1], number[1]) and row[2:] == ("个", "exact", "count"), row


@_SETTINGS
@given(st.integers(2, 99), st.sampled_from("市县区"), st.sampled_from(["内地", "全省", "长三角"]))
def test_a_count_of_cities_after_digits_is_a_count_in_ge(n, noun, lead):
    text = f"{lead}{n}{noun}数据合计增长5%。"
    assert _one(text, f"{n}{noun}")[1:3] == (float(n), "个")


@pytest.mark.parametrize("text", ["实行一市一策", "两区建设", "推进5市场主体", "3区域协调", "千亿县名单"])
def test_places_after_chinese_numerals_or_in_other_words_are_no_counts(text):
    assert "count" not in {r[4] for r in _rows(text)}, (text, _rows(text))


# --- 2. ordinals with a classifier rank the order of reaching a threshold -------------------------------------


@_SETTINGS
@given(
    st.sampled_from([("一", 1.0), ("二", 2.0), ("五", 5.0), ("10", 10.0)]),
    st.sampled_from("个個座"),
    st.sampled_from(["千亿县", "“万亿”城市", "大扩容年", "GDP破万亿的城市"]),
)
def test_an_ordinal_with_a_classifier_is_a_rank(ordinal, classifier, noun):
    text = f"该市成为河南第{ordinal[0]}{classifier}{noun}。"
    row = _one(text, f"第{ordinal[0]}{classifier}")
    assert row[1:3] == (ordinal[1], "rank") and row[4] == "rank", row


@pytest.mark.parametrize(
    "text", ["实现第一个百年奋斗目标", "7月第一個星期的營業額", "第一个五年计划", "首个千亿县", "第四个季度"]
)
def test_an_ordinal_of_a_period_or_first_is_no_rank(text):
    assert "rank" not in {r[4] for r in _rows(text)}, (text, _rows(text))


# --- 3. rank ranges and changes ----------------------------------------------------------------------------


@_SETTINGS
@given(
    st.sampled_from([("两三", 2.0, 3.0), ("三四", 3.0, 4.0), ("七八", 7.0, 8.0)]), st.sampled_from(["位", "个", "名"])
)
def test_neighbouring_digits_are_a_range(pair, unit):
    text = f"两地分列{pair[0]}{unit}。"
    row = _one(text, f"{pair[0]}{unit}")
    assert row[1] == pair[1] and row[3] == "range", row
    assert extract_figures(text)["value_high"].iloc[0] == pair[2]


@_SETTINGS
@given(
    st.sampled_from(["上升", "下降", "前移", "比上年多", "少了", "增加"]),
    st.sampled_from(["名", "位", "个", "個", "家"]),
)
def test_one_after_a_verb_of_change_is_the_change(verb, unit):
    text = f"两省均{verb}一{unit},前者位列第12。"
    assert _one(text, f"一{unit}")[1] == 1.0


@pytest.mark.parametrize("text", ["这是一个好消息", "建设一个平台", "一名干部说"])
def test_one_as_the_indefinite_article_is_no_figure(text):
    assert _rows(text) == [], text


# --- 4. structure ratios with any colon ------------------------------------------------------------------------


@_SETTINGS
@given(st.lists(st.decimals("0.1", "99.9", places=1).map(str), min_size=3, max_size=3), st.sampled_from(":∶：︰"))
def test_a_structure_ratio_with_any_colon_is_one_ratio(parts, colon):
    surface = colon.join(parts)
    text = f"三次产业比调整为{surface}。"
    row = _one(text, surface)
    assert row[1] == float(parts[0]) and row[2] == "ratio", row


# --- 5. thresholds -----------------------------------------------------------------------------------------


@_SETTINGS
@given(
    st.sampled_from([("万亿", 1.0), ("千亿", 1000.0), ("百亿", 100.0)]),
    st.sampled_from(["目标", "是否还是一个重要标尺", "的门槛"]),
)
def test_a_quoted_lone_magnitude_names_a_tier(magnitude, tail):
    text = f"仍有不少城市划定“{magnitude[0]}”{tail}。"
    row = _one(text, magnitude[0])
    assert math.isclose(row[1], magnitude[1]) and row[3] == "at_least", row


@_SETTINGS
@given(
    st.sampled_from(["万亿元", "千亿元", "万亿", "千亿"]),
    st.sampled_from(["城市俱乐部", "县俱乐部", "城市"]),
    st.sampled_from(["温州、大连晋级", "这可能是近五年", "全国"]),
)
def test_a_quoted_amount_before_a_class_and_a_tier_noun_is_at_least(amount, nouns, lead):
    text = f"{lead}“{amount}{nouns}”最热闹的一年。"
    assert _one(text, amount)[3] == "at_least"


@pytest.mark.parametrize("text, surface", [("千余家企业参与。", "千余家"), ("近万名职工参加。", "万名")])
def test_a_count_of_the_noun_itself_is_no_capacity_class(text, surface):
    assert _one(text, surface)[3] == "approx"


@_SETTINGS
@given(
    st.sampled_from(["跨入", "迈入", "晋级", "步入"]),
    st.sampled_from(["", " "]),
    st.integers(1, 9),
    st.sampled_from(["万亿", "000亿"]),
)
def test_a_verb_of_entering_before_a_round_tier_is_at_least(verb, space, digit, scale):
    # 粤苏跨入 6 万亿, 迈入5000亿: one significant digit in a scale of 亿 or more
    text = f"粤苏{verb}{space}{digit}{space}{scale},北京、内蒙古赶超。"
    row = _one(text, f"{digit}{space}{scale}")
    assert row[3] == "at_least" and row[2].endswith("元"), row


@_SETTINGS
@given(st.sampled_from(["达到", "达", "迈上", "站上"]), st.sampled_from(["千亿", "万亿", "百亿"]))
def test_reaching_a_scale_noun_is_at_least(verb, magnitude):
    text = f"有学者认为,县域经济{verb}{magnitude}规模后,一般至少有几千家企业。"
    assert _one(text, magnitude)[3] == "at_least"


@_SETTINGS
@given(st.sampled_from(["超", "超过", "过"]))
def test_more_than_half_a_set_is_a_ratio(verb):
    text = f"各地数据日前均已出炉,{verb}半数省份增速跑赢全国水平。"
    assert _one(text, "半数")[1:4] == (0.5, "ratio", "more_than")


@_SETTINGS
@given(st.sampled_from(["万头", "千头", "万只"]), st.sampled_from(["养猪场", "养殖场", "牧场"]))
def test_a_magnitude_with_its_unit_before_a_facility_is_at_least(amount, facility):
    text = f"建成标准化{amount}{facility}3个。"
    assert _one(text, amount)[3] == "at_least"


def test_a_verb_with_its_own_number_after_a_tier_noun_does_not_bound_the_tier():
    text = "万亿俱乐部首次突破10座。"
    assert _one(text, "万亿")[3] == "at_least" and _one(text, "10座")[3] == "more_than"


# --- 6. precision: counts of the list just given, citation markers ---------------------------------------------


@_SETTINGS
@given(st.integers(2, 6), st.sampled_from(["座城市", "个城市", "大板块"]), st.sampled_from(["", ":", "等"]))
def test_a_count_equal_to_the_list_just_given_refers_back(n, noun, joint):
    names = "、".join(_NAMES[:n])
    number = "二三四五六"[n - 2]
    text = f"2011年——{names}{joint}{number}{noun}携手晋级。"
    assert not [r for r in _rows(text) if r[0].startswith(number)], (text, _rows(text))


@_SETTINGS
@given(st.integers(2, 5), st.integers(7, 60))
def test_a_total_the_list_only_samples_is_a_count(n, total):
    text = f"超越{'、'.join(_NAMES[:n])}等{total}个省会城市。"
    assert _one(text, f"{total}个")[1] == float(total)


@pytest.mark.parametrize("n", [1, 2, 3, 12])
def test_a_citation_marker_is_no_figure(n):
    text = f"科技创新指数居全省县(市)第一 [{n}] - 浙江省临海市"
    assert [r[0] for r in _rows(text)] == ["第一"], _rows(text)
