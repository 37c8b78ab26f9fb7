"""Questions of the analysis notebooks select their figures by measure, place and period (report/select.py),
never by a catalog's ids: every place that has the figures gets its answer, a page without them a sentence
naming the measures it lacks in words."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from shangyu_analysis.dataset import load_published
from shangyu_analysis.report import notebook, select


def figure(i, measure, value, unit="亿元", place="甲县", period="2024", qualifier="exact", sentence="s", start=0):
    return {
        "indicator_id": f"auto_f{i:03d}",
        "measure": measure,
        "value": value,
        "unit": unit,
        "place": place,
        "period": period,
        "qualifier": qualifier,
        "sentence": sentence,
        "start": start,
        "name_zh": measure,
        "name_en": measure,
        "precision": 2,
        "value_high": None,
        "kind": "money",
    }


@pytest.fixture()
def page() -> pd.DataFrame:
    """Two counties, both revenues each (one in 万元), a third place with only one, and a profit by its 其他: name."""
    return pd.DataFrame(
        [
            figure(1, "财政总收入", 200.0, place="甲县"),
            figure(2, "一般公共预算收入", 120.0, place="甲县"),
            figure(3, "财政总收入", 1_000_000.0, unit="万元", place="乙县"),
            figure(4, "一般公共预算收入", 50.0, place="乙县"),
            figure(5, "财政总收入", 80.0, place="丙县"),
            figure(6, "地区生产总值", 1000.0, qualifier="more_than", place="甲县"),
            figure(7, "其他:新材料产业利润", 7.5, place="甲县"),
            figure(8, "一般公共预算收入", 99.0, place="甲县、乙县", period="2023"),
        ]
    )


@pytest.fixture()
def displayed(monkeypatch) -> list:
    shown: list = []
    import IPython.display

    monkeypatch.setattr(IPython.display, "display", lambda obj, **_: shown.append(obj))
    return shown


def test_by_measure_picks_terms_and_patterns_in_the_order_asked(page):
    rows = select.by_measure(page, ["一般公共预算收入", "财政总收入"])
    assert list(rows.index) == ["auto_f002", "auto_f004", "auto_f008", "auto_f001", "auto_f003", "auto_f005"]
    assert list(select.by_measure(page, {"利润": re.compile(r"^其他:.*利润$")}).index) == ["auto_f007"]
    assert list(select.by_measure(page, ["一般公共预算收入"], place="乙县").index) == ["auto_f004", "auto_f008"]
    assert list(select.by_measure(page, ["一般公共预算收入"], period="2023").index) == ["auto_f008"]
    empty = select.by_measure(page.iloc[:0], ["财政总收入"])  # no rows: still a table with its columns
    assert empty.empty and "indicator_id" in empty.columns


def test_matched_answers_for_every_place_with_both_in_one_unit(page):
    rows = select.by_measure(page, ["财政总收入", "一般公共预算收入"])
    values, ids = select.matched(rows, ["财政总收入", "一般公共预算收入"], unit="亿元")
    assert list(values.index) == [("甲县", "2024"), ("乙县", "2024")]  # 丙县 has one; 甲县、乙县 2023 one
    assert values.loc[("乙县", "2024"), "财政总收入"] == pytest.approx(100.0)  # 1,000,000 万元 = 100 亿元
    assert ids.loc[("甲县", "2024")].tolist() == ["auto_f001", "auto_f002"]
    assert list(select.used(rows, ids).index) == ["auto_f001", "auto_f002", "auto_f003", "auto_f004"]
    none, none_ids = select.matched(rows.iloc[:0], ["财政总收入"])
    assert none.empty and none_ids.empty and list(select.used(rows, none_ids).index) == list(rows.index)


def test_outcome_carries_bounds_through_the_formula_and_checks_the_computation(page):
    rows = select.by_measure(page, ["财政总收入", "地区生产总值"])
    values, ids = select.matched(rows, ["财政总收入", "地区生产总值"])
    share = 100 * values["财政总收入"] / values["地区生产总值"]
    out = select.outcome(
        share, "100 * 财政总收入 / 地区生产总值", ("比重", "Share"), "%", 1, values=values, ids=ids, table=page
    )
    assert out[["place", "period", "qualifier"]].iloc[0].tolist() == ["甲县", "2024", "less_than"]  # GDP > 1000
    assert notebook.stated(out.iloc[0], "zh") == "不足20.0%"
    assert "[GDP]" in out["formula_en"].iloc[0] and "[total fiscal revenue]" in out["formula_en"].iloc[0]
    with pytest.raises(notebook.FormulaMismatch):
        select.outcome(
            share + 1, "100 * 财政总收入 / 地区生产总值", ("比重", "Share"), "%", 1, values=values, ids=ids, table=page
        )


def test_a_question_the_page_cannot_answer_names_its_measures_in_words(page, displayed):
    en = select.lacks(["城镇居民人均可支配收入", "农村居民人均可支配收入"], "en")
    assert "urban per-capita disposable income; rural per-capita disposable income" in en and "_" not in en
    assert "城镇居民人均可支配收入、农村居民人均可支配收入" in select.lacks(
        ["城镇居民人均可支配收入", "农村居民人均可支配收入"], "zh"
    )
    assert "profit" in select.lacks({"利润": re.compile("利润$")}, "en")
    assert "GDP" in select.measure_words("其他:地区生产总值年均增加", "en")
    roles = ["城镇居民人均可支配收入", "财政总收入"]
    values, _ = select.matched(select.by_measure(page, roles), roles)
    assert not select.answerable(select.by_measure(page, roles), roles, values, "en")
    assert "urban per-capita disposable income" in displayed[-1].data and "total fiscal" not in displayed[-1].data
    roles = ["财政总收入", "地区生产总值"]  # both on the page, but 乙县 and 丙县 lack GDP: 甲县 answers
    values, _ = select.matched(select.by_measure(page, roles), roles)
    assert select.answerable(select.by_measure(page, roles), roles, values, "en") and len(values) == 1
    lone = page[page["place"] != "甲县"]  # each measure somewhere, never together
    values, _ = select.matched(select.by_measure(lone, roles), roles)
    assert values.empty and "profit" not in select.lacks(roles, "en", together=True)
    assert "the same area, the same year" in select.lacks(roles, "en", together=True)
    assert "同一范围、同一年份" in select.lacks(roles, "zh", together=True)


def test_where_says_a_group_in_words():
    assert select.where("甲县", "2024", "zh") == "甲县(2024年)"
    assert select.where("甲县", None, "zh") == "甲县"
    assert select.in_unit(5, "万元", "亿元") == pytest.approx(0.0005) and select.in_unit(5, "%", "亿元") == 5
    assert select.scale("万家") == (1e4, "家")


@pytest.mark.slow  # over 1 s of CPU: the fast tier leaves it out
def test_the_seed_answers_by_measure_and_its_catalog_still_checks_the_formulas():
    seed = load_published()
    revenue = select.by_measure(seed.indicators, ["财政总收入", "一般公共预算收入"])
    values, ids = select.matched(revenue, ["财政总收入", "一般公共预算收入"], unit="亿元")
    assert len(values) == 1
    kept = 100 * values["一般公共预算收入"] / values["财政总收入"]
    derived = seed.derived.set_index("derived_id")
    assert [
        select.has_derived(seed.derived, d, ids.iloc[0])
        for d in derived.index
        if set(derived.loc[d, "inputs"].split(";")) == set(ids.iloc[0])
    ]  # the catalog has such a value
    matching = [
        d for d in derived.index if select.has_derived(seed.derived, d, ids.iloc[0]) and derived.loc[d, "unit"] == "%"
    ]
    assert len(matching) == 1
    notebook.check_formula(kept.iloc[0], seed.derived, matching[0])
    ranks = select.same_sentence(select.by_measure(seed.indicators, ["排名"]), revenue)
    assert len(ranks) == 2 and set(ranks["sentence"]) == set(revenue["sentence"])


def test_outcome_takes_the_inputs_precision_and_places_read_in_the_report_language(page):
    rows = select.by_measure(page, ["财政总收入", "一般公共预算收入"])
    values, ids = select.matched(rows, ["财政总收入", "一般公共预算收入"], unit="亿元")
    outside = values["财政总收入"] - values["一般公共预算收入"]
    out = select.outcome(
        outside,
        "财政总收入 - 一般公共预算收入",
        ("差额", "Difference"),
        "亿元",
        None,
        values=values,
        ids=ids,
        table=page,
    )
    assert out["precision"].tolist() == [2, 2] and out["result_id"].tolist() == ["Difference", "Difference"]
    assert select.in_words(out, "zh")["place"].tolist() == ["甲县", "乙县"]
    assert select.where(None, "2016–2020", "en") == "2016–2020" and select.where(None, None, "zh") == ""


def test_a_group_bounded_both_ways_is_left_out_and_the_others_keep_their_positions():
    page = pd.DataFrame(
        [
            figure(1, "财政总收入", 50.0, qualifier="more_than", place="甲县"),
            figure(2, "地区生产总值", 500.0, qualifier="more_than", place="甲县"),  # ÷ a lower bound: both ways
            figure(3, "财政总收入", 40.0, place="乙县"),
            figure(4, "地区生产总值", 400.0, place="乙县"),
        ]
    )
    values, ids = select.matched(page, ["财政总收入", "地区生产总值"])
    share = 100 * values["财政总收入"] / values["地区生产总值"]
    out = select.outcome(
        share, "100 * 财政总收入 / 地区生产总值", ("比重", "Share"), "%", 1, values=values, ids=ids, table=page
    )
    assert list(out.index) == [1] and out.loc[1, "place"] == "乙县" and out.loc[1, "qualifier"] == "exact"


def test_an_outcome_left_out_is_said_undetermined_and_columns_add_the_place_only_when_it_varies():
    from shangyu_analysis.report import select

    frame = pd.DataFrame({"result_id": ["x"], "value": [1.0]}, index=[0])
    assert select.said(frame, "en", 3) == "(undetermined: its inputs bound it in opposite directions)"
    assert select.said(frame, "zh", 3) == "(无法确定:各输入的上下限方向相反)"
    one = pd.DataFrame({"place": ["江宁", "江宁"]})
    two = pd.DataFrame({"place": ["江宁", "上虞"]})
    assert "place" not in select.indicator_columns(one) and "place" in select.indicator_columns(two)
