# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 04 · 发展路径 / The development path

# %% tags=["parameters"]
article: str = "data/raw/zjrb_2021-02-23_p11_shangyu.txt"  # path relative to the project root (or absolute)
lang: str = "zh"  # report language: "zh" or "en"
show_code: bool = False  # show code cells in the HTML report

# %% tags=["setup"]
# %matplotlib inline
# Inline backend: an MPLBACKEND set in the environment must not strip the figures.
from IPython.display import display

from shangyu_analysis.report import fonts, views
from shangyu_analysis.dataset.dataset import load_dataset

TOPIC = {"zh": "发展路径", "en": "The development path"}
CHARTS = (
    "timeline", "fiscal", "income", "new_materials", "market", "investment", "innovation",
    "future_community", "generic_money", "generic_percent", "generic_count",
)
CHART_SECTIONS = {
    "fiscal": "results",
    "income": "results",
    "new_materials": "platforms-digital",
    "market": "reform-business",
    "investment": "innovation-talent",
    "innovation": "innovation-talent",
    "future_community": "culture-urban",
    "timeline": "road-ahead",
    "generic_money": "at-a-glance",
    "generic_percent": "at-a-glance",
    "generic_count": "at-a-glance",
    "figure_kinds": "method-sources",
}
fonts.apply_theme()
dataset = load_dataset(article)
views.show_title(TOPIC, dataset, lang)

# %% tags=["chart"]
# The narrative sections (shangyu_analysis.report.narrative), each followed by the charts placed after it.
views.show_report(dataset, lang, CHARTS, CHART_SECTIONS);
