"""The classes generalised in issue #21 round 7 (from the errors of data/corpus part P, scored once, and the whole
corpus), generated: hypothesis composes each class with numbers, nouns and contexts and checks value, unit, qualifier
and span; precision guards compose the same words in uses that are not the class. Real sentences are in
tests/test_figures_real.py (test_real_sentences_of_round_7 and the test after it)."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shangyu_analysis.extract import extract_figures

_SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_CN_COUNTS = ["两", "三", "四", "五", "六", "八"]
_CN_VALUES = dict(zip("两三四五六七八九", range(2, 10)))


def _rows(text: str) -> list[tuple]:
    frame = extract_figures(text)
    return [(r.surface, r.value, r.unit, str(r.qualifier), str(r.kind), r.start) for r in frame.itertuples()]


def _one(text: str, surface: str) -> tuple:
    found = [r for r in _rows(text) if r[0] == surface]
    assert found, (text, _rows(text))
    assert text[found[0][5] : found[0][5] + len(surface)] == surface
    return found[0]


def _surfaces(text: str) -> list[str]:
    return [r[0] for r in _rows(text)]


# --- 1. streaks: a verb phrase between 连续 and the years, a pinyin gloss inside 连续, N连丰 ---------------------------


@_SETTINGS
@given(
    st.integers(2, 40),
    st.sampled_from(["领跑福建县域经济", "位居全省", "保持", "入选全国百强", ""]),
    st.sampled_from(["连续", "連續", "連續(xù)", "连(lián)续(xù)"]),
)
def test_streak_with_a_verb_phrase_or_a_gloss(years, phrase, lead):
    text = f"晋江市已{lead}{phrase}{years}年。"
    row = _one(text, f"{years}年")
    assert row[1] == years and row[2] == "年", row


@_SETTINGS
@given(st.sampled_from(["九", "十二", "二十一"]), st.sampled_from(["连丰", "連豐"]), st.booleans())
def test_harvests_in_a_row_are_years(numeral, word, quoted):
    core = f"{numeral}{word}"
    text = f"粮食总产量达到820亿斤、实现{'“' + core + '”' if quoted else core},增量居全国第3位。"
    assert _one(text, core)[2] == "年"


def test_streak_words_elsewhere_give_no_years():
    assert _surfaces("连续两年增长,10年来首次回落") == ["两年"]
    assert _surfaces("丰收在望,五谷丰登") == []


# --- 2. a quoted slogan opened by a Chinese count is a name, its counts and ranks too --------------------------------


@_SETTINGS
@given(
    st.sampled_from(_CN_COUNTS),
    st.sampled_from(["个工程", "个行动", "个走在前", "个全球第一", "件大事"]),
    st.sampled_from([("“", "”"), ("‘", "’")]),
)
def test_quoted_count_slogans_are_names(numeral, rest, quotes):
    text = f"深入开展{quotes[0]}{numeral}{rest}{quotes[1]},坚定信心、真抓实干。"
    assert _rows(text) == [], _rows(text)


@_SETTINGS
@given(st.sampled_from(["万亿俱乐部", "千亿县", "2万亿元俱乐部", "百亿企业"]))
def test_quoted_thresholds_stay_figures(name):
    assert _rows(f"该市加入“{name}”。"), name


def test_unquoted_counts_and_ranks_stay_figures():
    assert _surfaces("实施六个工程,总投资120亿元") == ["六个", "120亿元"]
    assert _surfaces("增速位居“全国第一”") == ["第一"]


# --- 3. ordinals of events, programme names, set phrases -------------------------------------------------------------


@_SETTINGS
@given(st.sampled_from(["13", "三", "2"]), st.sampled_from(["场", "場"]))
def test_events_in_a_series_are_ordinals(number, word):
    assert _rows(f"系列主题新闻发布会(第{number}{word})在乌鲁木齐举行") == []


@_SETTINGS
@given(st.sampled_from(["行动", "计划", "工程", "战略"]), st.sampled_from(["工业", "收入", "人才"]))
def test_doubling_programmes_are_names(noun, lead):
    assert _rows(f"大力实施{lead}倍增{noun},经济取得亮眼成绩") == []


def test_doublings_stay_figures():
    assert _one("城乡居民收入实现倍增。", "倍增")[1] == 2.0


@_SETTINGS
@given(st.sampled_from(_CN_COUNTS))
def test_n_in_one_is_a_set_phrase(numeral):
    assert _rows(f"推动“开发区+招商”{numeral}位一体突破") == []
    assert _one(f"引进{numeral}位院士", f"{numeral}位")[1] == _CN_VALUES[numeral]


# --- 4. lanes, batches, sets and pairs -------------------------------------------------------------------------------


@_SETTINGS
@given(st.sampled_from(_CN_COUNTS), st.sampled_from(["车道", "車道"]))
def test_lanes_are_counted(numeral, word):
    row = _one(f"由双向{numeral}{word}拓宽为双向十车道", f"{numeral}{word}")
    assert row[1] == _CN_VALUES[numeral] and row[2] == "车道", row


@_SETTINGS
@given(st.sampled_from(["批", "组"]), st.integers(2, 30))
def test_batches_and_sets_are_counted(word, number):
    assert _one(f"出台两{word}214项具体举措", f"两{word}")[1] == 2
    assert _one(f"先后出台{number}{word}政策", f"{number}{word}")[1] == number


def test_ordinal_batches_and_other_words_are_no_counts():
    for text in ("2023年第一、二批地方政府专项债券项目", "今年前三批开工动员项目", "一批项目落地", "加强组织领导"):
        assert _rows(text) == [], (text, _rows(text))


@_SETTINGS
@given(st.integers(2, 500))
def test_pairs_after_digits_are_counted(number):
    assert _one(f"国际友城增至{number}对和68家", f"{number}对")[1] == number


def test_pair_words_are_no_counts():
    for text in ("一对一帮扶", "两对夫妇", "面对挑战", "GDP达1.2万亿对全国贡献大"):
        assert not any(s.endswith("对") for s in _surfaces(text)), (text, _rows(text))


# --- 5. a share of a named whole, ranks in the scopes of regions and banners ---------------------------------------


@_SETTINGS
@given(st.sampled_from(["全疆", "全省", "全区", "全省的"]))
def test_half_of_a_named_whole(whole):
    assert _one(f"电解铝产能占{whole}一半,煤电装机居前", "一半")[1] == 0.5


@_SETTINGS
@given(st.sampled_from(["全疆", "全州", "全盟", "全旗"]))
def test_ranks_in_regional_scopes(scope):
    assert _one(f"煤电装机超3200万千瓦、{scope}第一。", "第一")[2] == "rank"


def test_half_and_first_elsewhere():
    assert _rows("另一半是海水") == []
    assert _rows("坚持第一产业") == []


# --- 6. bounds: across a parenthesised aside, 超过或达到, 余 after a space, a round count before 以上 ------------------


@_SETTINGS
@given(
    st.integers(2, 9000),
    st.sampled_from(["(人民币,下同)", "（人民币，下同）", "(下同)"]),
    st.sampled_from([("以上", "at_least"), ("左右", "approx"), ("以内", "at_most")]),
)
def test_bound_after_an_aside(number, aside, bound):
    text = f"完成投资{number}亿元{aside}{bound[0]}。"
    assert _one(text, f"{number}亿元")[3] == bound[1]


@_SETTINGS
@given(st.sampled_from(["迈上", "站上"]), st.sampled_from(["新台阶", "新臺(tái)階"]))
def test_threshold_noun_after_an_aside_and_a_gloss(verb, noun):
    assert _one(f"GDP{verb}14万亿元(人民币,下同){noun}", "14万亿元")[3] == "at_least"


@_SETTINGS
@given(st.sampled_from(["超过或达到", "达到或超过", "高于或等于"]), st.integers(1, 30))
def test_more_than_or_reaching_is_at_least(words, number):
    assert _one(f"渝北和长寿增速{words}{number}%;", f"{number}%")[3] == "at_least"


def test_aside_with_a_number_or_alone_changes_nothing():
    assert _one("完成投资1500亿元(其中2项)以上。", "1500亿元")[3] == "exact"
    assert _one("增速达到7%", "7%")[3] == "exact"


@_SETTINGS
@given(st.integers(2, 99), st.sampled_from(["余", "多"]), st.sampled_from(["万家", "万户", "亿元"]))
def test_more_after_a_space(number, more, unit):
    row = _one(f"{number} {more}{unit}农民专业合作社", f"{number} {more}{unit}")
    assert math.isclose(row[1], number) and row[3] == "approx", row


@_SETTINGS
@given(st.sampled_from(["千", "百"]), st.sampled_from(["例", "人", "家"]))
def test_round_count_before_a_bound(magnitude, word):
    row = _one(f"在确诊病例{magnitude}{word}以上的省份中", f"{magnitude}{word}")
    assert row[1] == (1000 if magnitude == "千" else 100) and row[3] == "at_least", row


def test_bare_round_counts_stay_idioms():
    for text in ("千家万户", "百花齐放", "千人一面"):
        assert _rows(text) == [], (text, _rows(text))


# --- 7. places counted in 地, the age of a body, seasons, one each -------------------------------------------------


@_SETTINGS
@given(st.integers(2, 40), st.sampled_from(["上榜全国百强县", "GDP增速高于全省", "入围"]))
def test_places_counted_in_di(number, rest):
    row = _one(f"河南有{number}地{rest}", f"{number}地")
    assert row[1] == number and row[2] == "个", row


def test_di_in_other_words_is_no_count():
    for text in ("出让3地块", "全省5地区", "3地级市"):
        assert not any(s.endswith("地") for s in _surfaces(text)), (text, _rows(text))


@_SETTINGS
@given(st.integers(2, 60), st.sampled_from(["成立", "组建", "设立"]), st.sampled_from(["才", "仅", ""]))
def test_age_of_a_body(years, verb, adverb):
    assert _one(f"虽然{adverb}{verb}{years}年,但经开区创造了", f"{years}年")[2] == "年"


def test_framing_after_setting_up_stays_a_time():
    assert _surfaces("成立10年来,经开区GDP增长3倍") == ["3倍"]


@_SETTINGS
@given(st.sampled_from(["春天", "夏天", "秋季", "冬天"]))
def test_first_season_is_a_period(season):
    assert _rows(f"“十四五”的第一个{season},浙江经济稳健开局") == []


@_SETTINGS
@given(st.sampled_from(["各有", "各"]))
def test_one_each_is_a_count(word):
    assert _one(f"漳州和三明{word}一个县市入围", "一个")[1] == 1


# --- 8. speeds and daily capacities, a space after a decimal point ------------------------------------------------


@_SETTINGS
@given(st.integers(40, 350), st.sampled_from(["公里/小时", "KM/小时", "km/h", "千米/小时"]))
def test_speeds(number, unit):
    row = _one(f"设计时速{number}{unit},采用双侧拼宽", f"{number}{unit}")
    assert row[1] == number, row


@_SETTINGS
@given(st.integers(100, 9000), st.sampled_from(["t/d", "吨/日", "吨/天"]))
def test_daily_capacities(number, unit):
    assert _one(f"拟建设2条{number}{unit}光伏玻璃生产线", f"{number}{unit}")[1] == number


@_SETTINGS
@given(st.integers(1, 9999), st.integers(1, 99), st.sampled_from(["億元", "‰", "%", "万人"]))
def test_space_after_a_decimal_point(whole, tenths, unit):
    surface = f"{whole}. {tenths}{unit}"
    row = _one(f"全年實現生產總值{surface},增長", surface)
    assert math.isclose(row[1], float(f"{whole}.{tenths}")), row


def test_item_numbers_at_a_line_start_stay_apart():
    assert _surfaces("目标:\n1. 2万家企业上云") == ["2万家"]


# --- 9. a class threshold measured by consumption, the points of a speech ---------------------------------------


@_SETTINGS
@given(st.sampled_from(["万亿元", "千亿元"]), st.sampled_from(["城市", "县"]))
def test_cities_classed_by_consumption(amount, noun):
    assert _one(f"深圳成为广东第二个{amount}消费{noun};", amount)[3] == "at_least"


def test_consumption_amounts_without_a_class_noun_stay_apart():
    assert _rows("带动万亿元消费") == []


@_SETTINGS
@given(st.sampled_from(["一", "二", "三"]), st.sampled_from(["强调,首先", "。", ";其次"]))
def test_points_of_a_speech(numeral, lead):
    assert _rows(f"{lead}第{numeral}个是要加快新旧动能转换") == []


def test_first_to_reach_stays_a_rank():
    assert _one("万亿俱乐部中第一个是杭州", "第一个")[2] == "rank"


# --- 10. the number of generating units before × and a capacity -------------------------------------------------


@_SETTINGS
@given(st.integers(1, 8), st.integers(5, 999), st.sampled_from(["万千瓦", "MW", "千瓦"]))
def test_generating_units_before_a_capacity(units, capacity, unit):
    text = f"此次华电{units}×{capacity}{unit}热电联产项目开工"
    assert _one(text, str(units))[2] == "台"
    assert _one(text, f"{capacity}{unit}")[1] == capacity


def test_times_before_other_units_stays_bare():
    assert _surfaces("展板尺寸3×4米") == ["4米"]


# --- 11. voltage classes, vehicles and machines counted in a round magnitude --------------------------------------


@_SETTINGS
@given(st.sampled_from([110, 220, 500, 750, 1000]), st.sampled_from(["千伏", "kV"]))
def test_voltage_classes(volts, unit):
    assert _one(f"库车—阿拉尔—巴楚{volts}{unit}输变电工程开工", f"{volts}{unit}")[1] == volts


@_SETTINGS
@given(st.sampled_from(["千", "百"]), st.sampled_from(["辆", "台", "套", "艘"]))
def test_machines_counted_in_a_round_magnitude(magnitude, word):
    row = _one(f"特种车辆填补空白,{magnitude}{word}纯电动重卡顺利签约落地", f"{magnitude}{word}")
    assert row[1] == (1000 if magnitude == "千" else 100) and row[3] == "exact", row
    assert _one(f"首批订单超{magnitude}{word}", f"{magnitude}{word}")[3] == "more_than"


def test_round_magnitudes_before_another_stay_idioms():
    assert "千台" not in _surfaces("千台万套")


# --- 12. a benchmark passed by the subject stays exact (the conventions) -----------------------------------------


@_SETTINGS
@given(
    st.sampled_from(["超过", "高于", "达到或超过", "超"]),
    st.sampled_from(["全国", "全省", ""]),
    st.integers(2, 12),
)
def test_a_benchmark_the_subject_passed_is_exact(verb, scope, number):
    assert _one(f"江苏增速{verb}{number}%的{scope}平均水平", f"{number}%")[3] == "exact"


def test_a_bound_before_other_nouns_stays():
    assert _one("收入超过2万元的家庭", "2万元")[3] == "more_than"


# --- 13. slogans in straight quotes ------------------------------------------------------------------------------


@_SETTINGS
@given(st.sampled_from(_CN_COUNTS), st.sampled_from(["个走在前", "个新", "大工程"]), st.sampled_from(["", " "]))
def test_straight_quoted_count_slogans_are_names(numeral, rest, space):
    text = f'全面落实"{space}{numeral}{rest}{space}"重大任务'
    assert _rows(text) == [], _rows(text)


def test_counts_outside_straight_quotes_stay():
    text = '制定实施八个 " 行动方案 " 和两组 " 若干措施 ",实干担当'
    assert _surfaces(text) == ["八个", "两组"]
    assert _surfaces('他说"三个项目,都已开工"') == ["三个"]


def test_one_to_one_is_no_pair_count():
    assert _rows("开展1对1帮扶") == []
