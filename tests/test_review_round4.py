"""Regression tests for the rows of the round-4 fact-check (docs/review/factcheck_*_round4.md) resolved in this
session: report 04 rows 1 and 8 and report 05's unsupported row. (05's "secondary copies only" row was changed and
then reverted: the wider list named a claim with no reference year at all, which round 5 read as an error.)"""

from __future__ import annotations

from review_helpers import seed_blocks

from shangyu_analysis.dataset import context, crosscheck, load_reference
from shangyu_analysis.dataset.band import load_band
from shangyu_analysis.report import verdicts


def test_04_row1_an_implied_fall_is_not_called_a_break(checks, seed):
    claims = context.article_claims(seed)
    found = crosscheck.breaks(crosscheck.year_before(checks))
    en = " ".join(verdicts.break_sentences(found, claims, seed.derived, "en"))
    zh = " ".join(verdicts.break_sentences(found, claims, seed.derived, "zh"))
    assert en.startswith("An implied fall, not a confirmed break") and "A break in a series" not in en
    assert zh.startswith("推算的下降(并非已证实的序列断点)") and not zh.startswith("序列断点")


def test_04_row8_the_citation_supports_only_the_path_not_the_list_of_themes():
    en = seed_blocks("en")["at-a-glance"][0][0]
    zh = seed_blocks("zh")["at-a-glance"][0][0]
    # The paragraph cited ([3]) speaks of the district's path; the themes are the page's sections, not cited to it.
    assert en.index("{c:上虞为率先走出}") < en.index("new materials")
    assert zh.index("{c:上虞为率先走出}") < zh.index("新材料产业")


def test_05_slow_growth_years_are_marked_as_background(checks):
    band = load_band(load_reference())
    assert "background knowledge, not in the sources" in verdicts.band_sentence(band, "en")
    assert "背景知识,资料未载" in verdicts.band_sentence(band, "zh")
