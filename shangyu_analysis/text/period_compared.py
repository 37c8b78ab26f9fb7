"""Points that are the earlier side of a comparison although TIME reads them as points (round 23).

TIME's comparison branch (``比2015年``) takes a bare year only; these shapes name another period after 比/较
and must not become the period the text goes on about (they would frame the figures after them):

- a trend carried on from another period: 河北省工业生产增速延续2014年四季度走势 in a report on 1至2月份
  2015 (faa2_01_hebei_industry_m1m2_2015): the year in force stays 2015;
- the second year of a listed comparison: 比2020和2019年分别增长17%和33% (faa2_10_liaoning_2021),
  分别比2020年、2019年同期高0.1个、5.8个百分点 (fo2_12_guangdong_projects_2021): 2019 is compared with.
"""

from __future__ import annotations

import re

# 比2020和 / 比2020年、 / 较2019年同期与 … written just before the year: a list of compared years
_LISTED = re.compile(r"[比较]\d{4}年?(?:同期)?(?:[和、与及]\d{4}年?(?:同期)?)*[和、与及]$")
# 延续2014年四季度走势: a trend carried on from it
_TREND = re.compile(r"的?(?:走[势勢]|[态態][势勢]|[势勢]头|趋[势勢])")
# 延续 (延續 in a reposted traditional text, with its pinyin left in: 延續(xù)) written just before the period
_CARRIED = re.compile(r"延[续續](?:\([^()]{1,8}\))?$")


def compared_point(simple: str, m: re.Match, start: int) -> bool:
    """True when the point ``m`` (a match of TIME with a year) at ``start`` is what a figure is compared with."""
    if start == 0:
        return False
    if (
        simple.find("延", max(0, start - 12), start) >= 0
        and _CARRIED.search(simple, max(0, start - 12), start)
        and _TREND.match(simple, m.end())
    ):
        return True
    return simple[start - 1] in "和、与及" and _LISTED.search(simple, max(0, start - 24), start) is not None


def compared_part(simple: str, time: re.Pattern, before: re.Match | None, start: int) -> re.Match | None:
    """比2014年12月份回升3.9个百分点 (faa2_01_hebei_industry_m1m2_2015): TIME matches 比2014年 as a comparison with the
    year and 12月份 as a point of the year in force; the month is the compared period's part. Returns the match of
    the whole compared period (2014年12月份, read from just after 比), or None when ``before`` (the expression
    ending at ``start``) is no such comparison."""
    if (
        before is None
        or before.end() != start
        or before.group("cmp") not in ("比", "较", "与", "同")  # 是2019年12月: a point (是 the copula)
        or not before.group("cy")
        or before.group() != f"{before.group('cmp')}{before.group('cy')}年"
    ):
        return None
    whole = time.match(simple, before.start() + 1)
    return whole if whole is not None and whole.group("year") and whole.end() > start else None
