"""A text's headings as the period rules see them: a short line without a full stop (2022年主要工作和成效), a numbered
heading and its level (第一章, 一、, （一）), heading words run into the text (2014年工作回顾); a heading states the
period of the figures under it (the rules in words: :mod:`shangyu_analysis.extract.fact_periods`)."""

from __future__ import annotations

import re

from shangyu_analysis.text.periods import TimeExpression

_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")  # 經(jīng)濟: a reading aid, not the line's words
NUMBERED_LINE = re.compile(
    r"(?m)^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章节部分])"
)
_LEVELS = ((re.compile(r"\s*第[一二三四五六七八九十]+[章节部分]"), 0), (re.compile(r"\s*[一二三四五六七八九十]+、"), 1))


def heading_level(simple: str, line_start: int) -> int:
    """A numbered heading's level (第一章 0, 一、 1, （一） 2); 9 for a line that is no numbered heading (a short
    line such as 2019年主要预期目标:, whose scope any numbered heading ends)."""
    for pattern, level in _LEVELS:
        if pattern.match(simple, line_start):
            return level
    return 2 if NUMBERED_LINE.match(simple, line_start) else 9


HEADING_WORDS = re.compile(
    r"(?:主要)?(?:政府)?(?:工作)?(?:简要)?(?:回顾|回顧|主要工作|预期目标|主要目标|总体要求|工作目标)"
)


def in_heading(simple: str, t: TimeExpression) -> bool:
    """True when the expression is in a short line without a full stop or comma (2022年主要工作和成效), or a
    numbered one without a full stop (一、奋发有为,2018年迈出铿锵步伐)."""
    line_start = simple.rfind("\n", 0, t.start) + 1
    line_end = simple.find("\n", t.end)
    line = _PINYIN.sub("", simple[line_start : len(simple) if line_end < 0 else line_end]).strip()
    if NUMBERED_LINE.match(line):  # 一、奋发有为,2018年迈出铿锵步伐: a numbered heading may hold a comma
        return len(line) <= 30 and not any(mark in line for mark in "。；;")
    return (
        len(line) <= 24
        and not any(mark in line for mark in "。，,；;")
        and (line.startswith("——") or not _phrase_a_line(simple, line_start))  # a subtitle among short lines
    )


def _phrase_a_line(simple: str, line_start: int) -> bool:
    """True when the short line at ``line_start`` is one of a text written a phrase a line (“2021年云南全省及16州市
    / 地区生产总值(GDP)数据 / 目前已经全部出炉”): the lines right before and after it are short ones too."""
    if line_start < 2:
        return False
    before = simple[simple.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
    after_end = simple.find("\n", line_start)
    if after_end < 0:
        return False
    nxt = simple.find("\n", after_end + 1)
    after = simple[after_end + 1 : len(simple) if nxt < 0 else nxt].strip()
    return 0 < len(before) <= 24 and 0 < len(after) <= 24 and not before.endswith((":", "："))


def is_heading(t: TimeExpression, simple: str) -> bool:
    """True when the time expression is in a heading: a short line without a full stop, or words such as
    2014年工作回顾 / 2019年主要预期目标 (a heading run into the text)."""
    if t.kind != "point":
        return False
    return HEADING_WORDS.match(simple, t.end, t.end + 8) is not None or in_heading(simple, t)
