"""The notebook helpers the analyses call: values stated by the one formatter, tables in the report's
language, bars labelled and marked by qualifier, and questions skipped (not failed) without their ids."""

from __future__ import annotations

import matplotlib
import matplotlib.pyplot as plt
import pytest
import seaborn as sns

from shangyu_analysis.dataset import load_published
from shangyu_analysis.dataset.model import UnknownId
from shangyu_analysis.report import notebook

matplotlib.use("Agg")


@pytest.fixture(scope="module")
def seed():
    return load_published()


@pytest.fixture()
def displayed(monkeypatch) -> list:
    shown: list = []
    import IPython.display

    monkeypatch.setattr(IPython.display, "display", shown.append)
    return shown


def test_stated_says_bounds_in_words(seed):
    assert notebook.stated(seed.row("gdp_yi_yuan"), "zh") == "超过1000亿元"
    assert notebook.stated(seed.row("gdp_yi_yuan"), "en").startswith("more than CNY 100 billion")
    assert notebook.stated(seed.row("major_projects_investment_yi_yuan"), "en").startswith("at least")
    assert notebook.stated(seed.row("fiscal_revenue_share_of_gdp_pct"), "zh").startswith("不足")
    assert notebook.stated(seed.row("urban_rural_income_ratio"), "zh") == "1.80"  # a quotient, not 180%
    assert notebook.stated(seed.row("new_materials_output_share_of_industry_ratio"), "zh") == "超过1/3"


def test_rows_keep_the_order_asked_and_leave_out_unknown_ids_only_when_asked(seed):
    ids = ["gdp_2015_yi_yuan", "no_such_id", "urban_rural_income_ratio"]
    picked = notebook.rows(seed.derived, ids, skip_missing=True)
    assert list(picked.index) == list(picked["derived_id"]) == ["gdp_2015_yi_yuan", "urban_rural_income_ratio"]
    with pytest.raises(UnknownId, match="no_such_id"):
        notebook.rows(seed.derived, ids)


def test_has_all_skips_with_a_sentence(seed, displayed):
    ids = ["gdp_yi_yuan", "no_such_id"]
    assert notebook.has_all(notebook.rows(seed.indicators, ["gdp_yi_yuan"]), ["gdp_yi_yuan"], "en")
    assert displayed == []
    assert not notebook.has_all(notebook.rows(seed.indicators, ids, skip_missing=True), ids, "zh")
    assert "no_such_id" in displayed[0].data and "此问从略" in displayed[0].data


def test_table_computes_name_and_stated_and_writes_missing_periods(seed):
    frame = notebook.rows(seed.indicators, ["gdp_yi_yuan", "fiscal_revenue_yi_yuan"])
    zh = notebook.table(frame, "zh", "t", columns=["name", "stated", "period"])
    assert list(zh.data.columns) == ["指标", "数值(含限定)", "时期"]
    assert list(zh.data["数值(含限定)"]) == ["超过1000亿元", "156.72亿元"]
    missing = frame.assign(period=[None, "2020"])
    html = notebook.table(missing, "en", "t", columns=["name", "stated", "period"]).to_html()
    assert "not stated" in html and "T_t" in html
    numbers = notebook.table(frame[["indicator_id", "value"]], "en", "n").to_html()
    assert ">156.72<" in numbers and ">1000<" in numbers and "156.720000" not in numbers
    assert "(none)" in notebook.table(frame.iloc[0:0], "en", "e").data


def test_label_bars_writes_values_with_markers_and_hatches_bounds(seed):
    frame = notebook.rows(seed.derived, ["signed_investment_per_project_yi_yuan", "major_projects_investment_yi_yuan"])
    bars = notebook.one_unit(frame).assign(shown=lambda f: notebook.axis_values(f, "en"))
    assert bars["shown"].round(2).tolist() == [1.45, 25.0]  # 亿元 → CNY billion on an English axis
    fig, ax = plt.subplots()
    sns.barplot(data=bars, x="name_en", y="shown", ax=ax)
    notebook.label_bars(ax, bars, "en")
    notebook.finish_axes(ax, "t", "亿元", "en", source="Source: x")
    labels = [t.get_text() for t in ax.texts]
    hatches = [bar.get_hatch() for bar in ax.containers[0]]
    plt.close(fig)
    assert labels == ["1.45 bn", "≥25.0 bn"] and hatches[0] is None and hatches[1]
    assert ax.get_ylabel() == "CNY billion" and fig.get_supxlabel() == "Source: x"


def test_a_table_offers_itself_as_csv_with_the_pages_labels():
    import base64
    import re

    import pandas as pd

    from shangyu_analysis.build.execute import table_files

    frame = pd.DataFrame({"kind": ["money", "percent"], "value": [156.72, 1 / 3], "surface": ["<b>x</b>", "约"]})
    html = notebook.table(frame, "zh", "by kind/1").to_html()
    link = re.search(
        r'<a class="sy-csv" download="by-kind-1.csv" href="data:text/csv;charset=utf-8;base64,([^"]+)">'
        r"下载此表 \(CSV\)</a>",
        html,
    )
    assert link
    csv = base64.b64decode(link.group(1)).decode("utf-8")
    headers = re.findall(r'class="col_heading[^"]*" >([^<]+)</th>', html)
    assert csv.splitlines()[0] == ",".join(headers) == "类型,数值,原文"
    assert csv.splitlines()[1:] == ["金额,156.72,<b>x</b>", "百分比,0.333333,约"]  # as shown, unescaped in the file
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html  # and escaped in the page
    assert table_files(html.encode("utf-8")) == [("by-kind-1.csv", csv.encode("utf-8"))]


def test_registry_and_seaborn_bars_get_the_same_hatching_and_labels(seed):
    """The one toolkit (charts.style): a registry panel and a notebook's seaborn chart of the same rows draw the
    same hatch, alpha and value label for each bar."""
    from shangyu_analysis.report.charts.kit import bar_panel, chart_data, items

    ids = ["signed_investment_per_project_yi_yuan", "major_projects_investment_yi_yuan"]
    fig, (registry, seaborn) = plt.subplots(1, 2)
    bar_panel(registry, items(chart_data(seed), ids, "en"), "en")
    frame = notebook.rows(seed.derived, ids).assign(shown=lambda f: notebook.axis_values(f, "en"))
    sns.barplot(data=frame, x="name_en", y="shown", ax=seaborn)
    notebook.label_bars(seaborn, frame, "en", implied=[True, True])
    drawn = [[(bar.get_hatch(), bar.get_alpha()) for c in ax.containers for bar in c] for ax in (registry, seaborn)]
    words = [[t.get_text() for t in ax.texts] for ax in (registry, seaborn)]
    plt.close(fig)
    assert drawn[0] == drawn[1] and drawn[0][0][0] == "///"  # a derived exact value: hatched as approximate
    assert words[0] == words[1] and words[0][1].startswith("≥")


def test_registry_and_notebook_charts_write_the_source_line_alike(seed):
    """One source line (charts.style.add_source): same size and colour under a registry chart and a notebook's."""
    from shangyu_analysis.report.charts import registry

    registry_fig = registry.draw(registry.available_charts(seed)[0], seed, "en")
    fig, ax = plt.subplots(layout="constrained")
    notebook.finish_axes(ax, "t", "亿元", "en", source="Source: x")
    # a registry footer is a figure text (its layout is by hand), a notebook's a supxlabel (constrained layout)
    looks = [
        {(t.get_fontsize(), t.get_color()) for t in [*f.texts, f._supxlabel] if t and t.get_text().startswith("Source")}
        for f in (registry_fig, fig)
    ]
    plt.close(registry_fig)
    plt.close(fig)
    assert looks[0] == looks[1] == {(7.0, "0.4")}
