"""Facts accuracy on the real corpus (data/corpus, parts with NAME.facts.tsv): regressions fail.

Thresholds are the accuracies last reached on the whole corpus (below), less a small margin; each fresh part
scored once on frozen rules is reported apart (data/corpus/SOURCES.md), not here.
"""

from __future__ import annotations

import pytest

from shangyu_analysis import config
from shangyu_analysis.extract.evaluate import evaluate_facts_dir

CORPUS = config.DATA_DIR / "corpus"
# Reached after round 9 with part P (the fresh part of round 9, now development data), 4,820 rows: period 89.2 %,
# year level 91.9 %, basis 88.3 %, place 92.3 %, measure 89.8 %. Before part P (4,399 rows, after round 9):
# 90.7 / 93.2 / 89.3 / 94.2 / 90.2. (This test had lost its assertion in the part J commit, 83d28e2; restored
# 2026-12-07.)
# Round 14 (period14, place14; part T as development data, no fresh part after it), 6,804 rows: period 89.9 %, year
# level 93.8 %, basis 89.2 %, place 95.3 %, measure 92.2 %. Before round 14 (after part T came in): 89.7 / 93.8 /
# 89.0 / 94.7 / 91.5.
# Round 15 (period15, basis15, place15; written while part U was annotated, never shown it), 6,804 rows: period
# 90.4 %, year level 94.2 %, basis 90.4 %, place 95.9 %, measure 92.2 %.
# With part U (the fresh part of round 15, now development data), 7,242 rows: period 89.3 %, year level 93.5 %,
# basis 89.5 %, place 95.4 %, measure 92.4 %.
# Round 16 (period16, basis16, place16, figures11; written while part V was annotated, never shown it), 7,242 rows:
# period 91.0 %, year level 94.7 %, basis 90.3 %, place 96.5 %, measure 92.5 %.
# With part V (the fresh part of round 16, now development data), 7,662 rows: period 89.6 %, year level 93.9 %,
# basis 89.7 %, place 95.2 %, measure 92.2 %.
# Ruling 8 (99 gold rows) and round 17 (period17, place17; written while part W was annotated, never shown it),
# 7,662 rows: period 91.5 %, year level 94.1 %, basis 89.9 %, place 96.0 %, measure 92.2 %.
# With part W (the fresh part of round 17, now development data), 8,102 rows: period 90.8 %, year level 93.7 %,
# basis 89.6 %, place 94.9 %, measure 91.9 %.
# Round 18 (period18, basis18, place18; written while part X was annotated, never shown it), 8,102 rows: period
# 91.2 %, year level 93.8 %, basis 90.0 %, place 95.9 %, measure 91.9 %.
# With part X (the fresh part of round 18, now development data), 8,511 rows: period 90.6 %, year level 93.7 %,
# basis 89.7 %, place 95.7 %, measure 91.4 %.
# Round 19 (8,511 rows): placemeasure19 place 95.7 → 95.8 %, measure 91.4 → 92.6 %; period19 (year-only dates, a
# launch day opening the text, N连丰) period 91.0 → 91.3 %, year level 93.9 → 94.1 % (with month-only sidecar dates);
# rulings 10–14 (75 gold rows); basis19 (fact_period_bases) basis 89.9 → 90.8 %. All: period 91.4 %, year level
# 94.2 %, basis 90.8 %, place 95.8 %, measure 92.6 %.
# With part Y (the fresh part of round 19, now development data), 8,998 rows: period 91.1 %, year level 94.0 %,
# basis 90.5 %, place 95.2 %, measure 92.7 %.
# Round 20, period20 (超过…的2008年 compared with, a 其中 split of a batch, a 当日 batch named for a quarter): period
# 91.1 → 91.5 %, year level 94.0 → 94.2 %; basis, place, measure unchanged.
# Round 20, basis20 (data released, a glued year after a source, a project's design): basis 90.5 → 90.7 %.
# Round 20 (8,998 rows): placemeasure20 (bylines, 成渝地区 regions, counties listed across a province, places'
# changes and counts of projects by place) place 95.2 → 95.6 %, measure 92.7 → 93.0 %.
# Round 20 merged, with figures round 9 and two gold counts moved to the non-figures by ruling 6, 8,996 rows: period
# 91.7 %, year level 94.4 %, basis 91.0 %, place 95.7 %, measure 93.0 %.
# With part Z (the fresh part of round 20, now development data), 9,470 rows: period 91.4 %, year level 94.3 %,
# basis 90.6 %, place 94.8 %, measure 92.7 %.
# placenames21 (banners' and 新区 districts' short names, prepositions before a zone's suffix, a zone's written short
# form): place 94.8 → 95.6 %; the other fields unchanged.
# Rulings 15–18 (192 gold rows of 42 files re-annotated, data only; the rules did not follow them yet): basis
# 90.6 → 90.1 %, measure 92.7 → 92.5 %; the floors of those two fields are set to the values on the new gold.
# period22 (rulings 15 and 16 followed: a period set off after a statistics or attribution lead-in leads its
# paragraph, after a one-sentence introduction too; a section-opening period with no comma is its sentence's):
# basis 90.1 → 91.1 %; the other fields unchanged.
# Round 22, place22 (a congress's unit, a place that has a list, an example's name in a lead, 等市县, an event's venue,
# places in brackets, 其中 before a zone, 经济区 zones; ruling 18's measures: 服务业增加值, amounts signed): place
# 95.6 → 96.1 %, measure 92.5 → 92.8 %; the other fields unchanged.
# With part AA (the fresh part of round 22, now development data), 9,918 rows: period 90.7 %, year level 93.7 %,
# basis 90.7 %, place 95.8 %, measure 92.8 %.
# Round 23, basis23 (a section's lead reaches a later paragraph only where it breaks the lead's figures down or names
# its period by 全年; a lead inside a numbered item 1、 not the next item; lead-ins ending in 数据 or 核定): basis
# 90.7 → 91.2 %; the other fields unchanged.
# period23 (two-digit years 18年, the second year of a listed comparison 比2020和2019年, a trend carried on from
# another period 延续2014年四季度走势, 比2014年12月份 as one compared period, 累计 under a span, “十四五”开局之年):
# period 90.70 → 91.24 %, year level 93.67 → 94.18 %, basis 90.72 → 90.99 %; place, measure unchanged.
# Round 23, placemeasure23 (traditional vocabulary words folded, a verb inside 增加值, a population's change, 签约 cut at
# 约, size bands of projects; 保税区/试验区/工业园区 zones, a table's columns of places, a zone's short form): place
# 95.8 → 96.2 %, measure 92.8 → 93.2 %; the other fields unchanged.
# Round 23 merged: period 91.2 %, year level 94.2 %, basis 91.5 %, place 96.2 %, measure 93.2 %.
# With part AB (the fresh part of round 23, now development data), 10,392 rows: period 90.8 %, year level 94.0 %,
# basis 91.6 %, place 96.0 %, measure 93.3 %.
# Round 24, events24 (an event's investment word in the line after its day, a press conference's day is no event
# day, projects on offer a standing list, a project's 计划投资 at a signing, 截至25日 in the event's sentence, a 其中
# split in another scale of 元): period 90.84 → 91.15 %, year level 93.98 → 94.16 %; the other fields unchanged.
# Round 24, reviews24 (a session report's review of the year before after a lead that opens with the session's day,
# 年均 after a base year its sentence compares with, 今年以来 told on a day, a gap carried from 较1-7月, a quarter's
# 环比): period 90.84 → 91.29 %, year level 93.98 → 94.27 %; basis, place, measure unchanged.
# Round 24 merged: period 91.6 %, year level 94.5 %, basis 91.6 %, place 96.0 %, measure 93.3 %.
# With part AC (the fresh part of round 24, now development data), 10,853 rows: period 91.1 %, year level 94.3 %,
# basis 91.7 %, place 95.4 %, measure 93.2 %.
# Round 25, place25 (a capital as venue with a region's own words, the end value of 由…增加到, a fair's totals
# whose city is 其中's part, 新疆兵团, examples of a counted class in a lead): place 95.40 → 96.03 %, measure
# 93.19 → 93.30 %; period, year level, basis unchanged.
# Round 25, period25 (前3季度 in digits, the ends of a change written once carried on to changes that write no year,
# a signing event (签约活动) on a day that names no year is of that day,
# a multiple of the plan before 是“十一五”时期的2.6倍): period 91.11 → 91.46 %, year level 94.30 → 94.49 %, basis
# 91.65 → 91.79 %; place, measure unchanged.
# Round 25 merged: period 91.5 %, year level 94.5 %, basis 91.8 %, place 96.0 %, measure 93.3 %.
# With part AD (the fresh part of round 25, now development data), 11,126 rows: period 91.3 %, year level 94.3 %,
# basis 91.8 %, place 95.8 %, measure 93.3 %.
# Round 26, period26a (a bare day of the month that is the text's own day in an event's lead sentence, 比年初 compared
# with the year before, 截至目前 carried on in its paragraph, a later year named alone is no frame): period
# 91.29 → 91.56 %, year level 94.29 → 94.56 %, basis 91.78 → 91.87 %; place, measure unchanged.
# Round 26, period26b (两年平均 of a whole year as 2021/2019, counts of projects on offer, 总投资 of a yearly list's
# projects just counted, years of the Republic heading a table's row, a size inside a project's name): period 91.29 →
# 91.85 %, year level 94.29 → 94.86 %, basis 91.79 → 91.99 %; place, measure unchanged.
# Round 26, place26 (regions named by their function or a direction as a clause's subject, a region's share of its
# province, places valued in order after 分别为): place 95.85 → 96.19 %; other fields unchanged.
# Round 26 merged (period26b outermost, then period26a; place26): period 92.1 %, year level 95.1 %, basis 92.1 %,
# place 96.2 %, measure 93.3 %.
# With part AE (the fresh part of round 26, now development data), 11,490 rows: period 91.9 %, year level 95.1 %,
# basis 92.1 %, place 96.1 %, measure 93.3 % (93.28: its floor drops by 0.001 with the new part).
# Round 27, period27a (the day of a batch signed, started or launched at a news event: 今天 in a dateline's lead, a
# batch named for its year, the batch's sentence, a quarter's batch, the text's day read a year early, 日前 after a
# byline, a day opening the body, a month carried from an earlier event): period 91.85 → 92.15 %, year level 95.13 →
# 95.21 %; basis, place, measure unchanged.
# Round 27, period27b (a month told in a 其中 inside a report of months to date or of a quarter, 至10月底 after a
# 今年以来 lead, a standing share of a province's institutions, 前三个月 not split one month a figure): period
# 91.85 → 92.11 %, year level 95.13 → 95.17 %; basis, place, measure unchanged.
# Round 27 merged (period27a outermost, then period27b): period 92.4 %, year level 95.3 %, basis 92.1 %,
# place 96.1 %, measure 93.3 %.
# Round 27, place27 (a fair's host city, a sidecar's province, counts of zones, a firm's partner, the province opening
# its sentence): place 96.10 → 96.29 %; other fields unchanged.
# With part AF (the fresh part of round 27, now development data), 11,843 rows: period 91.8 %, year level 95.1 %,
# basis 91.9 %, place 96.1 %, measure 93.2 % (the new part lowers every floor but year level).
# Ruling 19 and re-checks of ruling 4 and shares applied to the gold (rulings28, 56 rows of 24 files): period
# 91.75 → 91.65 %, place 96.06 → 95.99 % (rows the rules read by the old readings); the floors follow the gold.
# Round 28, period28 (a batch named for a month or a quarter in the lead, a yearly plan's counts and completion rates,
# a state at a month's end as its last day, ruling 19): period 91.75 → 92.30 %; year level, basis, place, measure
# unchanged (8 rows of fac1_11 and fj2_08 count once their gold reads ruling 19).
# Round 28, period28 merged with the rulings28 gold: period 92.3 %, year level 95.1 %, basis 91.9 %, place 96.0 %,
# measure 93.2 %.
# Round 28, place28 (a county named with its zone in brackets, a figure of a project named from a lower place): place
# 96.06 → 96.17 %; other fields unchanged.
# Round 28 merged (period28, place28) on the rulings28 gold: period 92.3 %, year level 95.1 %, basis 91.9 %,
# place 96.1 %, measure 93.2 %.
# With part AG (the fresh part of round 28, now development data), 12,193 rows: period 92.2 %, year level 95.1 %,
# basis 92.0 %, place 95.6 %, measure 93.3 % (place and period floors drop with the new part).
# Round 29, period29 (a part of the year carried to a rate of the yearly plan, to a 其中 breakdown and to a paragraph
# with no time of its own after one of that part): period 92.16 → 92.34 %; year level, basis, place, measure unchanged.
# Round 29, place29 (a provincial office as the news source of a report on 全省, a province's regions named before
# 地区 as a sentence's subject, counts of parks, a zone's bare suffix as a sentence's subject): place 95.61 → 96.06 %;
# other fields unchanged.
# Round 29 merged (period29, place29): period 92.3 %, year level 95.1 %, basis 92.0 %, place 96.1 %, measure 93.3 %.
# With part AH (the fresh part of round 29, now development data), 12,586 rows: period 92.0 %, year level 95.2 %,
# basis 91.7 %, place 95.5 %, measure 92.9 % (every floor but year level drops with the new part).
# Ruling 20 applied to the gold (rulings30b, 17 rows of 7 files: 今年以来 with no report period in force → the
# publication year, stated): period 91.98 → 92.03 %, basis 91.71 → 91.67 % (rows whose basis the rules read as
# inferred); the floor follows the gold.
# Round 30, place30 (a city's text ranking its districts, a province's parks by its short name, a zone written only in
# full, an acting county head, a zone named by its county in a text of 我县): place 95.49 → 95.98 %; other fields unchanged.
# Round 30, measure30 (rates left without a measure: a bare 增幅 after a figure, rates in brackets, a race's bare
# 增速; a figure on a line after its term; 规上工业总产值 after the industry's name; ranks in 位): measure 92.93 →
# 93.68 %; other fields unchanged.
# Round 30, period30 (ruling 20 as revised: 今年以来 is the publication year, as read already; a month span heading
# lines, a half-year report or a region's output told on a day, a total to a month's end): period 92.03 → 92.40 %,
# basis 91.67 → 91.71 %, year level 95.19 → 95.21 %; place and measure unchanged.
# Round 30 merged (period30, place30, measure30): period 92.4 %, year level 95.2 %, basis 91.7 %, place 96.0 %,
# measure 93.7 %.
# With part AI (the fresh part of round 30, now development data), 12,941 rows: period 92.3 %, year level 95.3 %,
# basis 91.8 %, place 95.6 %, measure 93.4 % (place and measure floors drop with the new part).
# Round 31, period31 (cumulative rates listed month by month, a stock at a quarter's end, counts of the places a
# comparison runs over, a part of the year carried to a paragraph without time, 今年以来 under a title naming the
# part): period 92.34 → 92.69 %, year level 95.26 → 95.29 %, basis 91.82 → 91.86 %; place and measure unchanged.
# Round 31, measure31 (rates of a list of places, counts of 工程 and of projects at a stage, a growth of a part of the
# period, a bare 增加值 after its sector, money glossed with pinyin, values of a band or a list, a club of counties):
# measure 93.41 → 94.93 %; the other fields unchanged.
# Round 31, place31 (short names a list introduces beside known places, regions by direction, groups of cities, a
# city's zones together, two zones as one, a batch's sentence): place 95.63 → 96.18 %; other fields unchanged.
# Round 31 merged (period31, place31, measure31): period 92.7 %, year level 95.3 %, basis 91.9 %, place 96.2 %,
# measure 94.9 %.
# With part AJ (the fresh part of round 31, now development data), 13,342 rows: period 92.5 %, year level 95.2 %,
# basis 91.9 %, place 96.2 %, measure 95.0 % (period and year-level floors drop with the new part).
# Round 32, period32b (the day of a batch found in the lead: after a comma, with 于, 昨日; its figures, a batch named
# for its year alone, its yearly plan): period 92.50 → 92.77 %, year level 95.15 → 95.32 %, basis 91.89 → 91.91 %.
# Round 32, period32a (a batch dated only 近日, counts of a yearly list, 延续…以来 and 自…以来 streaks, a 其中 year inside
# a span, a zone's standing sizes after its approval): period 92.50 → 92.78 %, year level 95.15 → 95.38 %, basis
# 91.89 → 91.97 %.
# Round 32 merged (period32a, period32b): period 93.0 %, year level 95.5 %, basis 92.0 %, place 96.2 %, measure 95.0 %.
# Round 32, place32 (paired ranks after 分别, counts of units, a group carried to the next sentence, 作为…的X, 从…来看
# after a list of places, a project's origin, a list run together, shares of a list): place 96.21 → 96.50 %; other
# fields unchanged.
# Round 32 merged (period32a, period32b, place32): period 93.0 %, year level 95.5 %, basis 92.0 %, place 96.5 %,
# measure 95.0 %.
# With part AK (the fresh part of round 32, now development data), 13,655 rows: period 92.8 %, year level 95.4 %,
# basis 91.8 %, place 96.4 %, measure 95.1 % (period, year-level and basis floors drop with the new part).
# Round 33, period33 (an end-year total beside 年均增长, a yearly list under a five-year plan's name, a list told with
# its year's planned investment): period 92.77 → 92.92 %, year level 95.35 → 95.44 %, basis 91.78 → 91.87 %.
# Round 33, basis33 (a review under a lead naming its span, 过去四年, / 五年来,): basis 91.78 → 91.93 %; other
# fields unchanged.
# Round 33 merged (period33, basis33, place33; qualifier33 on the figures): period 92.9 %, year level 95.4 %, basis
# 92.0 %, place 96.5 %, measure 95.1 %.
# With part AL (the fresh part of round 33, now development data), 13,982 rows: period 92.6 %, year level 95.3 %,
# basis 92.0 %, place 96.3 %, measure 95.1 % (period, year-level and place floors drop with the new part).
# Round 34, period34 (a glossed signing's breakdown of its day, a bare day opening a season-named batch's paragraph,
# 截至M月底,YYYY年以来): period 92.58 → 92.84 %, year level 95.28 → 95.47 %; other fields unchanged.
# Round 34, place34 (a province's zones together, a 兵团 division's city, a rank among the nation's units, a club's
# threshold): place 96.28 → 96.65 %; other fields unchanged.
# Round 34 merged (period34, place34): period 92.8 %, year level 95.5 %, basis 92.0 %, place 96.7 %, measure 95.1 %.
# Round 35, basis35 (a period set off after a source's colon, 数据显示:前三季度,; a colon lead, or a lead counting its
# points, over 一是/二是… paragraphs): basis 91.95 → 92.08 %; other fields unchanged.
# Round 35, place35 (a district holding its own event, 在广州南沙举行): place 96.65 → 96.67 %; other fields unchanged.
# Round 35, period35b (a bare reporting day opening the text, 今年 of the clause before in a batch's breakdown):
# period 92.84 → 93.06 %, basis 91.95 → 92.03 %; other fields unchanged.
# Round 35, period35a (the pool of a ranking, 全省8个市州唯一 / 9市州(下同)第2位, as of publication): period 92.84 →
# 92.91 %, year level 95.47 → 95.53 %, basis 91.95 → 91.99 %; place, measure unchanged.
# Round 35 merged, and fag1_05's sidecar given its place (the text names it only as 自治區/全區): period 93.1 %, year
# level 95.5 %, basis 92.2 %, place 96.8 %, measure 95.1 %.
# With part AM (the fresh part of round 35, now development data), 14,345 rows: period 92.8 %, year level 95.4 %,
# basis 92.1 %, place 96.7 %, measure 95.1 %.
# Round 36, period36b (a two-year average further along its sentence, 两年均增长 / 两年平均分别增长; 去年 of
# reference, 延续去年的势头 / 在去年…基础上): period 92.83 → 92.91 %, year level 95.36 → 95.45 %, basis 92.13 → 92.14 %;
# place, measure unchanged.
# Round 36, basis36 (a lead naming its period and ending in a colon over its paragraph, 今年…呈現五個特點:): basis
# 92.13 → 92.21 %; other fields unchanged.
# Round 36, period36a (AM's shapes made general: other dashes in month spans, 1-2月 one release, 去年11月迄今 to the
# report month, a five-year review's 年均, 用N年时间, a year-end project report's completion): period 92.83 → 93.06 %,
# year level 95.36 → 95.46 %; basis, place, measure unchanged.
# With part AN (the fresh part of round 36, now development data), 14,691 rows: period 92.7 %, year level 95.4 %,
# basis 92.0 %, place 96.6 %, measure 95.0 %.
# Round 37, figures37 (figures only: long lists counted after them, 用N年时间, 3輪/3組): period 92.66 → 92.70 %, year
# level 95.36 → 95.39 %, basis 91.95 → 91.98 %, place 96.60 → 96.64 % (the new figures' facts); measure unchanged.
# Round 37, place37 (a new area's 片区 as a zone of its own, a county's quoted project in a prefecture's text, 国内
# qualifying a noun): place 96.60 → 96.73 %; other fields unchanged.
# Round 37, period37b (the day of a batch written as D日 after a dateline or opening the lead, with the text's year;
# the batch's title; a signed project's amount, 签约额/签约的…总投资): period 92.66 → 92.88 %, year level 95.36 → 95.45 %;
# basis, place, measure unchanged.
# Round 37, period37a (ruling 12: a single project's design sizes, 项目用地110亩 / 年产20万吨, and its expected outputs
# once built, 项目建成后,预计实现年营业收入…,年创税…,带动就业…, period `-`): period 92.66 → 93.02 %, year level
# 95.36 → 95.72 %, basis 91.95 → 92.32 %; place, measure unchanged.
# With part AO (the fresh part of round 37, now development data), 15,074 rows: period 93.0 %, year level 95.6 %,
# basis 92.3 %, place 96.6 %, measure 94.9 %.
# Round 38, measure38 (rates given 分别 after their measures, a heading's measure on the lines under it, a race's
# values 以…亿元, people added after a population, 第2、3位, amounts signed as 投资额, 固定资产投入): measure
# 94.89 → 95.51 %; other fields unchanged.
# Round 38, period38a (ranks of a ranking named for one year, a review's ●2020年 headings, 分别高于上年全年和上年同期,
# 近N个季度, a list member naming its own months, 二季度 in passing in a half-year report): period 93.01 → 93.29 %, year
# level 95.64 → 95.81 %, basis 92.31 → 92.40 %; place, measure unchanged.
# Round 38, period38b (a batch compared with the year before's batch, 较去年第二批…提高209% / 是去年的1.7倍; 本次 and
# 第一批集中开工了 carrying a batch's day; 继1月9日…后,今天 the text's own event; 拟投资 in a signing text): period
# 93.01 → 93.11 %, year level 95.64 → 95.71 %, basis 92.31 → 92.32 %; place, measure unchanged.
# With part AP (the fresh part of round 38, now development data), 15,429 rows: period 93.3 %, year level 95.9 %,
# basis 92.4 %, place 96.8 %, measure 95.5 %.
# Round 39, place39 (counts of a class of zones, cities or villages, 全省10家国家级经开区 / 15个副省级城市 /
# 442个贫困村 / 其中5个国家级): place 96.79 → 96.94 %; other fields unchanged.
# Round 39, period39a (an event named for its year of its day, a batch's breakdown after 其中, clauses after 去年 of
# that year, 与2021年相比 carried over its clauses): period 93.28 → 93.45 %, year level 95.93 → 95.95 %; basis, place,
# measure unchanged.
# With part AQ (the fresh part of round 39, now development data), 15,760 rows: period 93.4 %, year level 95.9 %,
# basis 92.5 %, place 96.4 %, measure 95.5 %.
# With part AR (the fresh part of round 40, now development data), 16,079 rows: period 93.2 %, year level 95.8 %,
# basis 92.5 %, place 96.6 %, measure 95.4 %.
FLOORS = {"period": 0.932, "period_year": 0.957, "period_basis": 0.924, "place": 0.966, "measure": 0.954}


@pytest.mark.slow  # extracts every corpus text (~2 s of CPU): over the fast tier's budget
def test_facts_accuracy_on_the_real_corpus():
    _, facts = evaluate_facts_dir(CORPUS)
    total = facts.set_index("file").loc["TOTAL"]
    assert total["facts"] >= 16079
    for field, floor in FLOORS.items():
        assert total[field] >= floor, (field, facts.to_string())
