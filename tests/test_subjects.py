"""Sentences and clauses around figures (periods: tests/test_facts.py)."""

from __future__ import annotations

from shangyu_analysis.extract.sentences import clause_start, sentence_spans


def test_sentence_spans_share_a_sentence_and_stop_at_marks():
    text = "第一句，有数字1。第二句2；第三句\n第四句"
    spans = sentence_spans(text, [text.index("1"), text.index("2"), text.index("四")])
    assert [text[s:e] for s, e in spans] == ["第一句，有数字1。", "第二句2；", "第四句"]


def test_clause_start_after_last_clause_mark():
    text = "总体看，产值增长、利润下降"
    assert text[clause_start(text, text.index("下"), 0) :] == "利润下降"


def _subjects(text: str) -> list[str]:
    from shangyu_analysis.extract.figures import extract_figures

    return list(extract_figures(text)["subject"])


def test_comparison_with_last_year_is_not_part_of_the_subject():
    assert _subjects("全市地区生产总值比上年同期增长6.8%。") == ["全市地区生产总值增长"]


def test_change_clause_borrows_the_subject_in_traditional_script_too():
    assert _subjects("地區生產總值達3.24萬億元，增長3.3%。") == ["地區生產總值", "地區生產總值增長"]


def test_first_time_adverb_is_stripped_before_a_qualifier():
    assert _subjects("宁波GDP首破1.5万亿元。") == ["宁波GDP"]


def test_a_sentence_without_marks_is_clipped_so_context_stays_bounded():
    # One long line with no sentence end (a PDF or web dump): each figure's sentence is clipped at a
    # clause mark near 150 characters either side, so output grows linearly with the text.
    text = "全市生产总值增长5.2%，财政收入156亿元，" * 2000
    spans = sentence_spans(text, list(range(0, len(text), 997)))
    assert max(end - start for start, end in spans) <= 310
    assert all(text[start - 1] == "，" for start, _ in spans if start > 0)
