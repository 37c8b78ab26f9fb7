"""The facts of a figure (issue #19): place, measure, period and period basis, and their scoring."""

from __future__ import annotations

import datetime as dt

import pytest

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.extract import gazetteer as gazetteer_module
from shangyu_analysis.extract.evaluate import evaluate_facts_dir
from shangyu_analysis.extract.evaluate_facts import period_years
from shangyu_analysis.extract.figures import extract_figures
from shangyu_analysis.files import read_sidecar, sha256_file
from shangyu_analysis.text import load_article, parse_text
from shangyu_analysis.text.period_words import period_name
from shangyu_analysis.text.periods import find_times, resolve, resolve_period


def _facts(text: str, date: dt.date | None = dt.date(2021, 2, 23)) -> list[tuple]:
    frame = extract_figures(parse_text(text, date=date))
    return list(zip(frame["surface"], frame["place"], frame["measure"], frame["period"], frame["period_basis"]))


@pytest.mark.parametrize(
    "words, in_force, expected",
    [
        ("上半年", 2020, "2020H1"),
        ("前三季度", 2021, "2021Q1-Q3"),
        ("1—5月", 2021, "2021M1-M5"),
        ("2024年1—11月", None, "2024M1-M11"),
        ("“十四五”时期", None, "2021-2025"),
        ("五年来", None, "2016-2020"),
        ("连续8年", 2020, "2013-2020"),
        ("连续44个月", 2024, "2021M5-2024M12"),
        ("到2025年", None, "2025"),
        ("比2015年", 2020, "2020/2015"),
        ("目前", None, "as_of_publication"),
        ("去年第三季", None, "2020Q3"),
        ("截至2024年11月底", None, "2024-11-30"),
        ("二○二五年一月二十日", None, "2025-01-20"),
    ],
)
def test_time_expressions_resolve_to_the_facts_shapes(words, in_force, expected):
    (time,) = [t for t in find_times(words) if t.kind != "same"]
    assert resolve(time, in_force, dt.date(2021, 2, 23)) == expected


def test_a_comparison_with_the_year_before_is_not_a_period():
    assert [t.kind for t in find_times("比上年增长5%，同比下降")] == ["same", "same"]
    assert resolve_period("今年", None) is None  # a relative year needs the text's date


@pytest.mark.parametrize(
    "value, zh, en",
    [
        ("2020H1", "2020年上半年", "2020 H1"),
        ("2021M1-M5", "2021年1—5月", "2021 Jan–May"),
        ("2016-2020", "2016—2020年", "2016–2020"),
        ("2020/2015", "2020年比2015年", "2020 vs 2015"),
        ("as_of_publication", "发稿时", "as of publication"),
        ("-", "", ""),
    ],
)
def test_periods_in_words(value, zh, en):
    assert (period_name(value, "zh"), period_name(value, "en")) == (zh, en)


def test_stated_inferred_and_unknown_periods():
    text = "标题\n2020年上半年，绍兴市实现地区生产总值2855亿元，同比增长1.5%。规上工业增加值增长3%。\n目前全县共有企业148家。\n"
    rows = _facts(text)
    assert rows[0] == ("2855亿元", "绍兴", "地区生产总值", "2020H1", "stated")
    assert rows[1] == ("1.5%", "绍兴", "地区生产总值增速", "2020H1", "stated")  # 同比: the period stays
    assert rows[2][2:] == ("规上工业增加值增速", "2020H1", "stated")  # the paragraph's lead governs it (ruling 1)
    assert rows[3][3:] == ("as_of_publication", "stated")
    # Nothing is invented: no date, and a relative year (今年) that only the date would resolve.
    assert _facts("标题\n今年全县共有企业148家。\n", date=None)[0][3:] == ("-", "unknown")
    # A count in an undated text that names no time is what holds when written (FACTS.md: a count with no period).
    assert _facts("标题\n全县共有企业148家。\n", date=None)[0][3:] == ("as_of_publication", "inferred")


def test_a_comparison_governs_its_own_clause_only():
    rows = _facts(
        "标题\n2022年全县实现生产总值95亿元,比上年下降4.1%;与2020年相比,两年平均增长2.5%,人均生产总值为74331元。\n"
    )
    assert [r[3] for r in rows] == ["2022", "2022", "2022/2020", "2022"]


def test_places_by_subject_position_and_relation():
    text = (
        "江苏江阴和浙江慈溪\n江苏江阴，204家企业的主导产品市场占有率位居国内前三。浙江慈溪，拥有单项冠军企业13家。"
        "全国有8个县跻身千亿县。\n"
    )
    places = {r[0]: r[1] for r in _facts(text)}
    assert places["204家"] == "江阴" and places["13家"] == "慈溪"
    assert places["8个"] == places["千亿"] == "-"  # a count of places, a club's threshold
    rows = _facts("渝中区专版\n渝中区集聚金融机构430余家，数量占全市近70%。\n")
    assert [r[1] for r in rows] == ["渝中", "渝中、重庆"]  # 全市 in a district's text is its city


def test_measures_map_synonyms_and_leave_the_rest_in_the_texts_words():
    rows = _facts("标题\n今年全市经济总量达到1000亿元，社零增长8%，新材料产业产值增长20%，获得专利631项。\n")
    assert [r[2] for r in rows] == [
        "地区生产总值",
        "社会消费品零售总额增速",
        "其他:新材料产业产值增速",
        "其他:获得专利",
    ]


def test_the_gazetteer_is_what_its_sidecar_says_and_short_names_follow_the_rule():
    path = config.DATA_DIR / "gazetteer.csv"
    assert sha256_file(path) == read_sidecar(path)["sha256"]
    gaz = gazetteer_module.gazetteer()
    shorts = {unit.name: unit.short for unit in gaz.units.values()}
    assert shorts["上虞区"] == "上虞" and shorts["浙江省"] == "浙江" and shorts["恩施土家族苗族自治州"] == "恩施"
    assert shorts["衡阳县"] == "衡阳县" and shorts["莒县"] == "莒县"  # beside 衡阳市; one character
    assert shorts["五华区"] == shorts["五华县"] == "五华"  # two counties share it: both keep it
    assert gazetteer_module.place_en("上虞、全国") == "Shangyu, China"


def test_an_unreadable_gazetteer_is_one_line(tmp_path, monkeypatch):
    broken = tmp_path / "gazetteer.csv"
    broken.write_bytes(b"code,name\n\xff\xfe\n")
    monkeypatch.setattr(gazetteer_module, "GAZETTEER_CSV", broken)
    gazetteer_module.gazetteer.cache_clear()
    try:
        with pytest.raises(UserError) as info:
            gazetteer_module.gazetteer()
        assert info.value.message.startswith(f"{broken}: not a readable gazetteer") and "\n" not in info.value.message
    finally:
        gazetteer_module.gazetteer.cache_clear()


def test_year_level_compares_the_years_a_period_covers():
    assert period_years("2016-2020") == frozenset(range(2016, 2021))
    assert period_years("2021Q1-Q3") == period_years("2021") == frozenset({2021})
    assert period_years("2020/2015") == frozenset({2015, 2020})
    assert period_years("2022-02-13") == frozenset({2022})


def test_facts_scoring_counts_a_missed_figure_as_wrong_on_every_field(tmp_path):
    text = "标题\n2020年全县实现地区生产总值320亿元，财政收入45亿元。\n"
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    gold = "surface\tvalue\tunit\tqualifier\tsubject\toffset\n"
    facts = "surface\toffset\tplace\tmeasure\tperiod\tperiod_basis\n"
    for surface, measure in (("320亿元", "地区生产总值"), ("45亿元", "财政总收入")):
        gold += f"{surface}\t{surface[:-2]}\t亿元\texact\t-\t{text.index(surface)}\n"
        facts += f"{surface}\t{text.index(surface)}\t上虞\t{measure}\t2020\tstated\n"
    gold += "九成\t90\t%\texact\t-\t0\n"  # a figure the extractor misses (offset 0 is the title)
    facts += "九成\t0\t上虞\t其他:比例\t2020\tstated\n"
    (tmp_path / "t.gold.tsv").write_text(gold, encoding="utf-8")
    (tmp_path / "t.facts.tsv").write_text(facts, encoding="utf-8")
    (tmp_path / "t.source.yml").write_text("place: 上虞\n", encoding="utf-8")
    _, scores = evaluate_facts_dir(tmp_path)
    row = scores.iloc[0]
    assert row["facts"] == 3 and row["measure_rows"] == 2
    assert row["period"] == pytest.approx(2 / 3) and row["place"] == pytest.approx(2 / 3)
    assert row["measure"] == pytest.approx(1.0)


def test_an_uncurated_money_chart_shows_one_measure_labelled_by_place(tmp_path):
    """Issue #19: a page that compares cities gets a chart of one measure, the bars named by place."""
    from shangyu_analysis.dataset import load_dataset
    from shangyu_analysis.report.charts.generic import kind_items

    text = (
        "一季度城市经济\n2021年一季度，杭州实现地区生产总值4000亿元。宁波实现地区生产总值3000亿元。"
        "温州实现地区生产总值1600亿元。绍兴新签约项目投资额50亿元。\n"
    )
    path = tmp_path / "cities.txt"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "cities.source.yml").write_text("date: 2021-05-01\n", encoding="utf-8")
    dataset = load_dataset(path)
    assert list(dataset.figures["place"]) == ["杭州", "宁波", "温州", "绍兴"]
    items = kind_items(dataset, "generic_money", "zh")
    assert [it.name for it in items] == ["杭州", "宁波", "温州"]  # GDP only, not the investment
    assert [it.name for it in kind_items(dataset, "generic_money", "en")] == ["Hangzhou", "Ningbo", "Wenzhou"]
    names = list(dataset.indicators["name_en"])
    assert names[0] == "Hangzhou · GDP · 2021 Q1 (automatic)"


def test_a_sidecar_place_written_for_the_index_gives_the_short_name():
    """Main's sidecars write the place for the index (上虞区 (绍兴市, 浙江省)); the facts use its short name."""
    assert gazetteer_module.sidecar_place("上虞区 (绍兴市, 浙江省)") == "上虞"
    assert gazetteer_module.sidecar_place("山西") == "山西"
    assert gazetteer_module.sidecar_place("内湖") == "内湖"  # not in the gazetteer: as written
    article = load_article(config.SEED_ARTICLE)
    assert article.place == "上虞区 (绍兴市, 浙江省)"
    seed = extract_figures(article)
    assert set(seed["place"]) >= {"上虞"} and not any("(" in p for p in seed["place"])
