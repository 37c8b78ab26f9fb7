"""Where a clause starts, for the place rules (:func:`clause_lead`): the clause marks and the words that may open a
clause before its subject (the rules in words: :mod:`shangyu_analysis.extract.fact_places`)."""

from __future__ import annotations

import bisect
import re

# Words that may open a clause before its subject: 排第6的是巢湖市,… (the clause is about 巢湖; 最高的区为渝北区), 前三甲,分别是余杭、
# 鄞州和北仑 (about them), 紧随其后的楚雄州、昭通市, 此次喀什…项目, 除了广东4.1%低于全国增速 (云南省会昆明: see
# clause_lead), 例如仙桃市从第76位升至第52位; a paragraph's indent (“  成都:项目数140个”) is no word, and a list's
# bullet in a text whose lines were run together (…蓄势待发 - 仙桃市于2022年以1013.14亿元) opens a clause; so does a
# period named by its part of a year (数据显示,上半年连云港全市快递业务量27265万件; 7月份贵阳市新开工亿元以上项目3个). A
# list's bullet sign is no word either (●广州经济总量突破3万亿元), and a conjunction opens a clause (虽然才成立8年,但常州
# 经开区2022年创造的地区生产总值接近千亿), and so does an event's site (开工活动主现场九龙坡区集中开工项目共计30个: part S
# fs2_02). A cleft's place after a region's 的 (与常州接近的是苏北的徐州,一季度GDP达…) and a place after 以 (一季度以南京的
# 增速最快,为5.2%; 以重庆为例) are subjects too (part R fr1_08).
_CLAUSE_LEAD = re.compile(
    r"[ \t\u3000●◆■▲•]*(?:其中|此外|同时|另外|但是?|而且|并且|不过|此次|本次|这次|而|据|在|从|经|与|和|除了|目前|当前|如今|截至[^，,]{0,12}|[0-9]{4}年[^，,]{0,6}|(?:今年|去年)?(?:[上下]半年|全年|前三季度|[一二三四]季度|1[-—至][0-9]{1,2}月|[0-9]{1,2}月份?)"
    r"|[^，,。；;]{1,8}的[区县市]?(?:是|为)(?:[^，,。；;的]{1,4}的)?|紧随其后的|随后的|其次的|(?:分别|依次)(?:是|为)|例如|比如|譬如"
    r"|[^，,。；;]{0,6}[主分][会现]场)?以?$"
)
_BULLET = " - "  # a list's bullet right before a mention, in a text whose lines were run together
_CAPITAL = frozenset({"省会", "首府"})
_CAPITAL_REACH = 8  # 内蒙古自治区首府: the province's name and the word
CLAUSE_END = re.compile(r"[，,。；;：:！？!?\n]")


def clause_lead(simple: str, marks: list[int], pos: int, floor: int) -> bool:
    """True when the mention at ``pos`` starts its clause (after a clause mark, or a lead word); ``marks``
    are the offsets of the text's clause marks."""
    k = bisect.bisect_left(marks, pos) - 1
    begin = max(marks[k] + 1 if k >= 0 else 0, floor)
    if _CLAUSE_LEAD.fullmatch(simple, begin, pos) is not None or simple[pos - 3 : pos] == _BULLET:
        return True
    # 云南省会昆明: the capital after its province (a few characters from the clause's start) and 省会/首府
    return 2 < pos - begin <= _CAPITAL_REACH and simple[pos - 2 : pos] in _CAPITAL
