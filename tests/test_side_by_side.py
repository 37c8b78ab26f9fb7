"""Pages side by side (report/sidebyside.py, notebook 06): which figures may stand together, in one unit."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from shangyu_analysis.report import params, sidebyside
from shangyu_analysis.report.sidebyside import base_unit, comparable, in_one_unit, is_plan, period_shape, shared

COLUMNS = [
    "article",
    "place",
    "measure",
    "kind",
    "value",
    "value_high",
    "unit",
    "qualifier",
    "precision",
    "period",
    "period_basis",
    "period_evidence",
    "surface",
    "sentence",
]


def frame(*rows) -> pd.DataFrame:
    """Indicator rows (neutral places 甲, 乙, 丙): article, place, measure, kind, value, unit, period, and optionally
    basis, evidence, value_high, precision."""
    built = []
    for row in rows:
        article, place, measure, kind, value, unit, period, *rest = row
        basis, evidence, high, precision = [*rest, *[None] * (4 - len(rest))][:4]
        built.append(
            {
                "article": article,
                "place": place,
                "measure": measure,
                "kind": kind,
                "value": value,
                "value_high": high,
                "unit": unit,
                "qualifier": "exact",
                "precision": precision or 0,
                "period": period,
                "period_basis": basis or "stated",
                "period_evidence": evidence,
                "surface": f"{value}{unit}",
                "sentence": "……",
            }
        )
    return pd.DataFrame(built, columns=COLUMNS)


YEARS = {"a": 2021, "b": 2025, "c": 2023}


@pytest.mark.parametrize(
    ("period", "shape"),
    [
        ("2020", "year"),
        ("2016–2020", "span"),
        ("2016-2020", "span"),
        ("2021H1", "half"),
        ("2021Q1-Q3", "quarter"),
        ("2021M5", "month"),
        ("2022-02-13", "day"),
        ("as_of_publication", "as_of"),
        ("2020/2015", "comparison"),
        ("-", None),
        ("", None),
        (None, None),
        (float("nan"), None),
    ],
)
def test_period_shapes(period, shape):
    assert period_shape(period) == shape


@pytest.mark.parametrize(
    ("period", "evidence", "year", "plan"),
    [
        ("2020", "2020年", 2021, False),
        ("2025", "到2025年", 2021, True),
        ("2025", None, 2021, True),
        ("2021–2025", "“十四五”", 2021, True),
        ("2016–2020", "“十三五”", 2021, False),
        ("2024", "力争", None, True),
        ("2024", None, None, False),
    ],
)
def test_a_plan_or_target_is_never_a_level(period, evidence, year, plan):
    assert is_plan(period, evidence, year) is plan


@pytest.mark.parametrize(
    ("unit", "base", "factor"),
    [
        ("亿元", "CNY", 1e8),
        ("万亿元", "CNY", 1e12),
        ("万元", "CNY", 1e4),
        ("元", "CNY", 1),
        ("万家", "count", 1e4),
        ("家", "count", 1),
        ("%", "%", 1),
        ("成", "%", 10),
        ("万平方米", "m²", 1e4),
        ("yi_yuan", "CNY", 1e8),
        ("某单位", "某单位", 1),
    ],
)
def test_units_convert_through_the_unit_table(unit, base, factor):
    found = base_unit(unit)
    assert found[0] == base and math.isclose(found[1], factor)


def test_only_comparable_levels_of_one_place_are_kept():
    rows = frame(
        ("a", "甲", "地区生产总值", "money", 1000, "亿元", "2020"),  # kept
        ("a", "甲", "其他:某产业产值", "money", 50, "亿元", "2020"),  # the page's own words: not one known measure
        ("a", "甲", "企业数量", "count", 2, "家", "2020"),  # a generic count
        ("a", "甲", "排名", "rank", 9, "rank", "2020"),  # a rank
        ("a", "甲、乙", "地区生产总值", "money", 3000, "亿元", "2020"),  # several places
        ("a", "-", "地区生产总值", "money", 3000, "亿元", "2020"),  # no single place
        ("a", "甲", "地区生产总值", "money", 1200, "亿元", "-", "unknown"),  # no period
        ("a", "甲", "地区生产总值", "money", 1500, "亿元", "2025", "stated", "到2025年"),  # a target
        ("a", "甲", "地区生产总值", "money", 1000, "亿元", "2020"),  # the same figure again
    )
    kept = comparable(rows, YEARS)
    assert kept[["measure", "value"]].values.tolist() == [["地区生产总值", 1000]]
    assert kept.iloc[0]["period_shape"] == "year" and kept.iloc[0]["base_unit"] == "CNY"


def test_shared_measures_need_two_articles_and_the_same_kind_period_basis_and_base_unit():
    rows = frame(
        ("a", "甲", "地区生产总值", "money", 1000, "亿元", "2020"),
        ("b", "乙", "地区生产总值", "money", 3150, "亿元", "2024"),
        ("b", "乙", "地区生产总值", "money", 15000, "亿元", "2016–2020"),  # a five-year total: not beside a year
        ("a", "甲", "一般公共预算收入", "money", 90, "亿元", "2020"),  # one article only
        ("a", "甲", "地区生产总值增速", "percent", 6.5, "%", "2020"),
        ("c", "丙", "地区生产总值增速", "percentage_point", 1.5, "个百分点", "2022"),  # another kind
    )
    groups = shared(comparable(rows, YEARS))
    assert len(groups) == 1
    assert groups[0]["article"].tolist() == ["a", "b"] and groups[0]["period"].tolist() == ["2020", "2024"]


def test_a_group_is_shown_in_the_unit_most_of_it_uses_without_losing_decimals():
    rows = frame(
        ("a", "甲", "地区生产总值", "money", 1000, "亿元", "2020"),
        ("b", "乙", "地区生产总值", "money", 3150, "亿元", "2024"),
        ("c", "丙", "地区生产总值", "money", 6400000, "万元", "2022", "stated", None, 6500000, 0),
    )
    group = shared(comparable(rows, YEARS))[0]
    assert set(group["unit"]) == {"亿元"}
    third = group[group["article"] == "c"].iloc[0]
    assert math.isclose(third["value"], 640) and math.isclose(third["value_high"], 650)
    assert third["precision"] == 4 and third["unit_as_written"] == "万元" and third["value_as_written"] == 6400000
    small = in_one_unit(
        frame(
            ("a", "甲", "x", "money", 1, "亿元", "2020"),
            ("b", "乙", "x", "money", 5, "万元", "2020"),
            ("c", "丙", "x", "money", 7, "万元", "2020"),
        )
    )
    assert set(small["unit"]) == {"万元"} and small["value"].tolist() == [10000, 5, 7]


def test_measure_names_in_each_language():
    assert sidebyside.measure_name("地区生产总值", "zh") == "地区生产总值"
    assert sidebyside.measure_name("地区生产总值", "en") == "GDP"


def test_the_articles_parameter_is_a_non_empty_list_of_existing_files():
    seed = "data/raw/zjrb_2021-02-23_p11_shangyu.txt"
    assert params.ARTICLES.parse("articles", [seed]) == [seed]
    assert params.ARTICLES.parse("articles", f"{seed},{seed}") == [seed, seed]
    for wrong in ([], "", ["data/raw/nope.txt"], "nope"):
        with pytest.raises(params.ParameterError, match="parameter 'articles'"):
            params.ARTICLES.parse("articles", wrong)


@pytest.mark.slow  # executes notebook 06 twice (zh, en)
def test_one_place_and_period_said_twice_gives_two_bars_not_a_crash(tmp_path):
    """a01 and a02 (data/corpus) give one measure of one place and period twice: notebook 06 once drew one bar for
    both (seaborn's mean) and then failed to label it; each figure is now its own bar, told apart by its words."""
    from shangyu_analysis.build.run import run_build

    grid = tmp_path / "grid.yml"
    articles = [f"data/corpus/{name}.txt" for name in ("a01_pujiang_govreport_2023", "a02_yuhang_govreport_2015")]
    grid.write_text(
        f"notebooks: [06_side_by_side]\nnotebooks_dir: notebooks\narticles: [{', '.join(articles)}]\nlangs: [zh, en]\n",
        encoding="utf-8",
    )
    result = run_build(grid, reports_dir=tmp_path / "reports", jobs=1)
    assert result.ok, result
    assert sorted(p.name for p in (tmp_path / "reports" / "_all").iterdir()) == ["en", "zh"]
