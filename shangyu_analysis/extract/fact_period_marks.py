"""The marks and small patterns the period rules share: the sentence and clause marks, the clause before a position,
the words that make a time a period compared with or what came before, and the shapes of a period value."""

from __future__ import annotations

import re

FULL_STOP = re.compile(r"[。！？!?\n]")
CLAUSE_TAIL = re.compile(r"[^，,。；;：:！？!?\n]*$")
# 2021年,广西经济运行持续恢复。初步预计,…: a time before a comma frames its own sentence, not the next (inferred there)
FRAME_COMMA = re.compile(r"[，,]")
CLAUSE_MARK = re.compile(r"[，,；;：:。！？!?\n]")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
YEAR_ONLY = re.compile(r"\d{4}")
# 上半年…持平后, : what came before (以后: a time to come)
# 分别比一季度两年平均和2019年上半年增速高…: the periods compared with (比 alone also opens 比重, 比上年)
# a total passing a year (超过历史上第二高位的2008年, fy1_05_heilongjiang_industry_q3_2011): compared with, as 高于
# a list of them too: 分别比2020年、2019年同期高0.1个、5.8个百分点 (2019年 is compared with, as 2020年 is; 较去年全年和今年1-2月)
COMPARED_WITH = re.compile(
    r"(?:快于|慢于|高于|低于|好于|分别比|相当于|超过)(?:\d{4}年[、和及与]|[^，,。；;：:！？!?\n\d]){0,12}$|[比较][上去]年全年[、和及与]$"
)
AFTER_IT = re.compile(r"[^，,。；;：:！？!?\n]{0,20}(?<!以)后[，,]")


def simple_before_clause(simple: str, pos: int) -> str:
    """The words of the clause before ``pos``."""
    found = CLAUSE_TAIL.search(simple, max(0, pos - 24), pos)
    return found.group(0) if found else ""


def simple_before(simple: str, pos: int) -> str:
    return simple[pos - 1 : pos] if pos > 0 else ""


def granularity(value: str) -> str:
    return "".join(ch for ch in value if ch.isalpha())[:1] or "Y"
