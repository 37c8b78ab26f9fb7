"""What each figure measures (``subject``): heuristics over its sentence (its period: ``facts.py``).

Subject
-------
Counts written *number + measure word + noun* (32名观察员, 九大场景) take the noun after them. Every
other figure takes the clause before it, from the previous figure or clause mark, with leading
connectives and time words (其中, 2020年, 实现) and trailing linking verbs and qualifiers (为, 达,
超过) removed. A clause that is only a change word (增长16.7%) borrows the subject of the figure
before it in the sentence (工业总产值增长).

分别 lists give each figure its own subject: a listed subject (A、B和C分别…) is split; a paired
abbreviation (城乡 -> 城镇/农村, 进出口 -> 进口/出口) is expanded; otherwise the figures pair with
the same number of figures before them in the sentence (收入规模分别位居全省第九、第十位).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from shangyu_analysis.extract.candidate import Candidate
from shangyu_analysis.extract.measures import cut_at_word
from shangyu_analysis.schema import FigureKind
from shangyu_analysis.text.normalise import to_simplified

# Time phrases inside a subject: 人均收入从2012年的3.5万元 -> 人均收入.
_TIME_INSIDE = re.compile(
    r"(?:从|自|在|到|至|由|比|较)?(?:[0-9]{4}年(?:[0-9]{1,2}月)?|今年|去年|上年|“?十[一二三四五六七八九]五”?)"
    r"(?:末|底|初|期间|时期|同期)?(?:以来|的)?"
)
# Words right after a figure that are not the counted noun (2000人左右, 300家以上).
_NOT_NOUNS = (
    "左右",
    "以上",
    "以下",
    "以内",
    "之内",
    "上下",
    "多",
    "余",
    "次",
    "左",
    "增",
    "减",
    "降",
    "提",
    "达",
    "为",
    "是",
    "入",
    "占",
    "居",
    "位",
    "比",
    "较",
    "同比",
    "共",
    "累计",
    "实现",
    "完成",
    "在",
    "已",
    "将",
    "从",
    "到",
    "由",
    "至",
    "于",
    "年",
)
_LEADING = re.compile(
    r"^(?:以上|以下|以内|左右|从|由|自|其中|此外|同时|另外|并且|并|而|且|共|累计|目前|当前|如今|近日|日前|今年|去年|明年|"
    r"前三季度|上半年|全年|[0-9]{4}年(?:[0-9]{1,2}月)?|以来|预计|力争|实现|完成|已|还|也|都|均|"
    r"是|以|“|”|[,，、\s])+"
)
_TRAILING = re.compile(
    r"(?:分别|(?<![人户亩年日月])均|都|也|还|已|将|共|累计|的|从|由|首次|首|[,，、“”\s])*"
    r"(?:可|能|将|为|是|达到|达|实现|完成|约合|约为|约|近|接近|超过|超|突破|破|逾|不足|低于|至少|保持|有|在|占)*"
    r"(?:[,，、“”\s])*$"
)
_NOUN_AFTER = re.compile(
    r"[\u4e00-\u9fff]+?(?=[^\u4e00-\u9fff]|[的之正将已在等和与及是为被中都也还就]|$|"
    r"入选|实现|完成|达到|建成|参与|获得|开展|列入|纳入|成为|增长|下降|提高|覆盖|落户|签约|投产|开工)"
)
_THRESHOLD_NOUN = re.compile(
    r"(?:以上|及以上|以下)([\u4e00-\u9fff]{1,6}?)(?=[^\u4e00-\u9fff]|[的之正将已在等和与及是为被中都也还就]|$)"
)
_CHANGE_VERB = re.compile(r"(?:同比|比上年)?(?:增长|下降|增加|减少|提高|降低|上涨|回落)")
_CHANGE_START = ("增长", "增加", "下降", "提高", "减少", "年均", "同比", "环比", "占", "比")
_PAIRS = {
    "城乡": ("城镇", "农村"),
    "进出口": ("进口", "出口"),
    "中外": ("中方", "外方"),
    "内外": ("内", "外"),
    "男女": ("男性", "女性"),
    "中小": ("中型", "小型"),
}
_MAX_SUBJECT = 16


@lru_cache(maxsize=16384)  # a pure function of its words: the words before figures repeat (同比增长, 实现)
def _clean(phrase: str, limit: int = _MAX_SUBJECT) -> str:
    """Strip connectives, time words, linking verbs and qualifiers; traditional script is kept
    (the patterns run on a simplified copy of the same length)."""
    phrase = phrase.strip()
    keep = [m.span() for m in _TIME_INSIDE.finditer(to_simplified(phrase))]
    for start, end in reversed(keep):
        phrase = phrase[:start] + phrase[end:]
    simple = to_simplified(phrase)
    lead = _LEADING.match(simple)
    start = lead.end() if lead else 0
    trail = _TRAILING.search(simple, start)
    phrase = phrase[start : trail.start() if trail else len(phrase)]
    if len(phrase) <= limit:
        return phrase
    cut = cut_at_word(to_simplified(phrase), len(phrase) - limit)  # never inside a known term
    return phrase[cut:]


def _noun_after(text: str, end: int) -> str:
    m = _NOUN_AFTER.match(text, end, end + 12)
    return m.group(0) if m and not m.group(0).startswith(_NOT_NOUNS) else ""


def assign_subjects(
    text: str, figures: Sequence[Candidate], sentences: Sequence[tuple[int, int]], clause_starts: Sequence[int]
) -> list[str]:
    """Subjects for ``figures`` (accepted, in text order); ``sentences[i]`` is figure i's sentence.

    ``clause_starts[i]`` is where the clause holding figure i begins.
    """
    subjects: list[str] = []
    for i, fig in enumerate(figures):
        sent_start = sentences[i][0]
        prev = i - 1 if i and sentences[i - 1][0] == sent_start else None
        clause_start = max(clause_starts[i], figures[prev].end if prev is not None else 0)
        raw = text[max(clause_start, fig.start - 30) : fig.start]
        noun = _noun_after(text, fig.end) if fig.kind == FigureKind.COUNT else ""
        if threshold := _THRESHOLD_NOUN.match(text, fig.end):  # 50亿元以上项目
            noun = threshold.group(1) + "门槛"
        subject = noun if noun and len(noun) >= 2 else _clean(raw)
        if prev is not None and (not subject or to_simplified(subject).startswith(_CHANGE_START)):
            subject = _base(subjects[prev]) + subject
        subjects.append(subject)
    _distribute(text, figures, sentences, subjects)
    return subjects


def _base(subject: str) -> str:
    """The subject without its change part: 地区生产总值年均增加 -> 地区生产总值."""
    simple = to_simplified(subject)  # same length, so cuts index the subject as written
    cuts = [cut for word in _CHANGE_START if (cut := simple.find(word)) >= 0]
    return subject[: min(cuts)] if cuts else subject


def _distribute(
    text: str, figures: Sequence[Candidate], sentences: Sequence[tuple[int, int]], subjects: list[str]
) -> None:
    """Rewrite the subjects of figures listed after 分别 (see the module docstring)."""
    i = 0
    while i < len(figures):
        fig, sent_start = figures[i], sentences[i][0]
        cut = text.rfind("分别", max(sent_start, fig.start - 12), fig.start)
        if cut < 0:
            i += 1
            continue
        group = [i]
        while (
            group[-1] + 1 < len(figures)
            and sentences[group[-1] + 1][0] == sent_start
            and re.fullmatch(r"[、和及与,，\s]*[第]?", text[figures[group[-1]].end : figures[group[-1] + 1].start])
        ):
            group.append(group[-1] + 1)
        n = len(group)
        head = _clean(
            text[max(sent_start, text.rfind(",", sent_start, cut) + 1, text.rfind("，", sent_start, cut) + 1) : cut],
            limit=60,
        )
        verb = _CHANGE_VERB.match(text, cut + 2)
        suffix = verb.group(0) if verb else {FigureKind.RANK: "排名", FigureKind.MULTIPLE: "倍数"}.get(fig.kind, "")  # type: ignore[call-overload]  # a StrEnum key is its str
        previous = _base(subjects[i - 1]) if i and sentences[i - 1][0] == sent_start else ""
        names = _split_head(head, n) if head else None
        if names is None:  # the listed things are the figures before (收入规模分别位居第九、第十位)
            names = _pair_with_previous(text, figures, sentences, subjects, i, n=n, head=head[-_MAX_SUBJECT:])
            names = names and [name + suffix for name in names]
        if names is None and not head and previous:
            names = _split_head(previous, n)
        if names is None and (head or previous):
            names = [(head or previous)[-_MAX_SUBJECT:]] * n
        if names is not None:
            for k, j in enumerate(group):
                subjects[j] = names[k]
        i = group[-1] + 1


def _split_head(head: str, n: int) -> list[str] | None:
    items = [item for item in re.split(r"[、和及与]", head) if item]
    if len(items) == n and n > 1:
        return [item[-_MAX_SUBJECT:] for item in items]
    for pair, (first, second) in _PAIRS.items():
        if n == 2 and pair in head:
            return [head.replace(pair, first, 1), head.replace(pair, second, 1)]
    return None


def _pair_with_previous(
    text: str,
    figures: Sequence[Candidate],
    sentences: Sequence[tuple[int, int]],
    subjects: list[str],
    i: int,
    *,
    n: int,
    head: str,
) -> list[str] | None:
    """Subjects of the n figures before figure i in its sentence that the head word points at."""
    sent_start = sentences[i][0]
    keys = {head[k : k + 2] for k in range(len(head) - 1)}
    chosen: list[str] = []
    for j in range(i - 1, -1, -1):
        if sentences[j][0] != sent_start or len(chosen) == n:
            break
        opened = text[sent_start : figures[j].start]
        if opened.count("(") + opened.count("（") > opened.count(")") + opened.count("）"):
            continue  # an aside in parentheses is not one of the listed items
        if keys and not any(key in subjects[j] for key in keys):
            continue
        if _base(subjects[j]) not in chosen:
            chosen.append(_base(subjects[j]))
    if len(chosen) != n:
        return None
    return list(reversed(chosen))
