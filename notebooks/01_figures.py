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
# # 01 · 数字的提取与清洗 / Figures: extraction, validation, exclusions, checks

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

TOPIC = {"zh": "数字的提取与清洗", "en": "How the figures were extracted and cleaned"}
CHARTS = ("figure_kinds", "generic_money", "generic_percent", "generic_count")
fonts.apply_theme()
dataset = load_dataset(article)
views.show_title(TOPIC, dataset, lang)

# %%
views.show_heading("figures", lang)
views.styled(views.figure_table(dataset, lang), "figures")

# %%
views.show_heading("unclaimed", lang)
views.styled(views.unclaimed_figures(dataset, lang), "unclaimed")

# %%
views.show_heading("checks", lang)
views.styled(views.checks_table(dataset, lang), "checks")

# %% tags=["chart"]
views.show_heading("charts", lang)
views.show_charts(dataset, lang, CHARTS);
