"""The compiled regular expressions of the figure extractor (built once, at import).

They run over the width-folded text (``Article.match_text``): ASCII digits and punctuation, but
traditional characters are still there, so every class below lists both scripts (億/亿, 個/个…).

One master pattern, :data:`CANDIDATE`, finds every *candidate* in one pass; its top-level
alternatives are named groups, so ``match.lastgroup`` tells the family:

``dateid``  ISO dates and the page's document ids (2021-02-23, 2021-02-2300005)
``plan``    five-year-plan names (十三五)
``mult``    word multiples (翻番, 翻两番, 倍增)
``pct``     百分之五点五, 千分之三
``frac``    三分之一, 1/3
``rank``    第九, 第 17 位, 第三至第七位
``half``    一半, 半数 (a ratio of 0.5 when a verb of change or a bound measures it)
``first``   首位 (rank 1 after a ranking word: 居全省首位)
``struct``  structure ratios 3.7:45.4:50.9
``qty``     a number with optional range, scale and unit (everything else)

Chinese numerals only become ``qty`` candidates when a unit, a range or a scale follows (or they
end in 万/亿), so the thousands of 一 in ordinary words never reach Python code.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract import grammar
from shangyu_analysis.text import units
from shangyu_analysis.text.classifiers import AFTER_DIGITS_ONLY, CLASSIFIERS
from shangyu_analysis.text.normalise import TRADITIONAL_OF
from shangyu_analysis.text.numerals import BASE_UNITS
from shangyu_analysis.text.numerals import LISTED_BEFORE_PREFIXED as _LISTED_BEFORE_PREFIXED

_TRAD = {
    "万": "萬",
    "亿": "億",
    "两": "兩",
    "个": "個",
    "条": "條",
    "项": "項",
    "台": "臺",
    "辆": "輛",
    "点": "點",
    "户": "戶",
    "张": "張",
    "种": "種",
    "类": "類",
    "场": "場",
    "处": "處",
    "亩": "畝",
    "吨": "噸",
    "顷": "頃",
    "间": "間",
    "岁": "歲",
    "元": "圓",
    "栋": "棟",
    "只": "隻",
    "头": "頭",
    "笔": "筆",
    "币": "幣",
    "门": "門",
    "时": "時",
    "连": "連",
    "钟": "鐘",
    # classifiers of rounds, groups and pieces in traditional script: 分3輪按月開展督導 (fan2_08), 分3組現場進行簽約
    # (fad2_04)
    "轮": "輪",
    "组": "組",
}


def _both_scripts(word: str, line_breaks: bool = False) -> str:
    """Regex for ``word`` that also accepts its traditional spelling (个百分点 -> [个個]百分[点點]).

    With ``line_breaks`` a PDF line end may split a word of Chinese characters (个百⏎分点), or a stray space
    left where a line was joined (8平方公 里: data/corpus part U fu1_04).
    """
    glue = r"(?:\n[ \t\u3000]*| )?" if line_breaks and len(word) > 1 and not word.isascii() else ""
    return glue.join(f"[{ch}{_TRAD[ch]}]" if ch in _TRAD else re.escape(ch) for ch in word)


# Characters after a unit that turn it into part of another word (台阶, 家庭, 项目, 成为…): the classifiers'
# are listed with them in data/classifiers.yml, the other units here.
_NOT_AFTER = {
    **CLASSIFIERS,
    "成": "为立功果本绩效员熟长都交就型品",
    "米": "粮",
    "天": "然地下",
    "元": "素旦宵",
    "分": "之别钟析局行布类配享",
    "斤": "顶两",  # 千斤顶 (a jack), 斤两
}


# Units that are only units right after a scale: 亿度 (kWh), but 力度, 年度, 一度.
_ONLY_AFTER_SCALE = frozenset({"度"})


def _prefixed_units() -> list[tuple[str, str]]:
    """The units of data/units.yml as (first character, regex after it): each prefix before each base (84 literals
    in one alternation cost every number a try each)."""
    groups = sorted(units.GROUPS, key=lambda group: len(group[1]), reverse=True)  # FLOPS before F
    return [(prefix, _both_scripts(base)) for prefixes, base in groups for prefix in prefixes]


def _first_chars(ch: str) -> str:
    """``ch`` and its traditional form: the characters ``_both_scripts`` accepts for it."""
    return ch + _TRAD[ch] if ch in _TRAD else ch


def _unit_alternation() -> str:
    """Every unit, one pattern: listed units as literals, longest first; then the prefixed units (a literal is
    never a strict prefix of one). Built as (first character, rest) and grouped by first character
    (:func:`_by_first_char`): the same matches as the flat alternation of ~200 units, at half the cost."""
    words = sorted(
        (w for w in BASE_UNITS if w not in units.PREFIXED_UNITS or w in _LISTED_BEFORE_PREFIXED), key=len, reverse=True
    )
    parts: list[tuple[str, str]] = []
    for word in words:
        # after the first character: the glue of a line break, then the other characters
        regex = _both_scripts(word, line_breaks=True)[len(_both_scripts(word[0])) :]
        blocked = _NOT_AFTER.get(word[-1]) if len(word) == 1 else None
        if blocked:  # in both scripts (城區 as 城区)
            blocked += "".join(TRADITIONAL_OF[ch] for ch in blocked if ch in TRADITIONAL_OF)
        if word == "大":
            # 千亿大关, 千亿大台阶 are milestones (see extract/grammar.py); 三大关键领域 still counts
            regex = (
                f"(?![关關](?![键鍵])|[台臺][阶階])"  # and 千亿大门槛 (not 三大阵营: a count of camps)
                f"(?!(?<=[百千万亿萬億]大)(?:{'|'.join(grammar.GRAMMAR.nouns)}))"
            )
        # The look-behinds below stand after the unit's first character: they look one character further back.
        if word in _ONLY_AFTER_SCALE:
            regex = f"(?<=[万亿萬億].){regex}"
        if word in AFTER_DIGITS_ONLY:  # 内地9市, not 一市一策 nor 千亿县 (a threshold class)
            # but after a Chinese count too when the other kinds of place follow in parentheses, as statistics name
            # a set of county-level units (全市七县(市)第二, data/corpus part I fi2_01); not 千亿县(市、区), a class
            regex = f"(?:(?<=[0-9].){regex}|(?<![百千万亿萬億].){regex}(?=[(（][市区县州縣區]))"
        tail = f"{regex}(?![{blocked}])" if blocked else regex
        if word == "家":  # 45家园区 counts parks (园区 is one word: data/corpus part K fk1_10); 家园 (a home) stays out
            tail = f"(?:{tail}|(?=[园園][区區]))"
        parts += [(ch, tail) for ch in _first_chars(word[0])]
    return _by_first_char([*parts, *_prefixed_units()])


def _by_first_char(items: list[tuple[str, str]]) -> str:
    """One alternation of ``items`` (first character, regex after it) with one branch per first character:
    ``re`` turns a branch away on its first character in one test, so a number tries ~70 branches, not ~200.
    Characters with the same alternatives share a branch (个 and 個). Each branch keeps its alternatives in
    the order given, and branches cannot both match at one position: the pattern matches what the
    alternation of ``char + regex`` would, trying the same alternatives in the same order."""
    merged: dict[str, list[str]] = {}
    for ch, regex in items:
        merged.setdefault(ch, []).append(regex)
    shared: dict[str, str] = {}
    for ch, regexes in merged.items():
        alternation = "|".join(f"(?:{regex})" if "|" in regex else regex for regex in regexes)
        shared[alternation] = shared.get(alternation, "") + ch
    return "|".join(
        f"{re.escape(chars) if len(chars) == 1 else '[' + ''.join(map(re.escape, chars)) + ']'}(?:{alternation})"
        for alternation, chars in shared.items()
    )


CN_DIGIT_CHARS = "〇零一二两三四五六七八九兩"
CN_NUMERAL_CHARS = CN_DIGIT_CHARS + "十百千万亿萬億"
WS = r"[ \t\u3000]*(?:\n[ \t\u3000]*)?"  # PDF text breaks lines and puts spaces inside figures
# 上涨1·8%: a middle dot typed for the decimal point (data/corpus part G f19_07), read only right before a percent
# sign or a scale, so 5·12汶川地震 and “4·29” stay dates.
ARABIC = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+|·[0-9]+(?=[%‰万亿萬億]))?"
# A line break inside a number's digits (PDF text wrapped at a fixed width: 11⏎2.3亿元), or a space after its
# decimal point (生产总值6835. 27億元, 增长率6. 2‰: data/corpus part M fm1_11) or before it (是2011年的2 .7倍: part U
# fu1_04), accepted only when the digits after
# the break run straight into a scale or unit (a number at a line's start is read again without: 1. 2万家, a list).
_BROKEN_TAIL = (
    r"(?:\n(?=[0-9]*\.?[0-9]+[ \t]*(?:{scale}|{unit}))[0-9]*\.?[0-9]+"
    r"|(?: \.|\.[\n ])(?=[0-9]+[ \t]*(?:{scale}|{unit}))[0-9]+)"
)
ARABIC_PLAIN = r"[0-9]+(?:\.[0-9]+)?"
CHINESE = rf"[{CN_NUMERAL_CHARS}]+(?:[点點][{CN_DIGIT_CHARS}]+)?"
SCALE = "|".join(_both_scripts(s) for s in ("万亿", "千万", "百万", "亿", "万"))
UNIT = _unit_alternation()
RANGE_SEP = r"[~～\-—–至到]"
# Digits grouped by spaces (68 309 元, as some PDFs typeset them), only right before a scale or unit.
_SPACE_GROUPED = r"[0-9]{{1,3}}(?:[ \u00a0\u2009][0-9]{{3}})+(?:\.[0-9]+)?(?=[ \t]*(?:{scale}|{unit}))"
ARABIC_BROKEN = (
    rf"(?:{_SPACE_GROUPED.format(scale=SCALE, unit=UNIT)}"
    rf"|{ARABIC}{_BROKEN_TAIL.format(scale=SCALE, unit=UNIT)}?)"
)


_NOT_AFTER_HALF = "年月个個天日时時小周世程数數壁百成价價"
_LONE_HALF = rf"半(?![{_NOT_AFTER_HALF}])"
# A scale and 元 with no number before them: 亿元 is one 亿元 (亿元以上项目, 5000万元至亿元).
_BARE_SCALE = rf"(?=(?:{SCALE})[元圓])"


def _build(arabic: str, ranges: bool = True) -> re.Pattern[str]:
    number = rf"(?:{arabic}|{CHINESE})"
    # A Chinese numeral is a candidate only when something quantitative follows it.
    chinese_ok = rf"(?:(?<=[万亿萬億])|(?=[多余]?{WS}(?:{SCALE}|{UNIT}|{RANGE_SEP}{WS}{number})))"
    qty = (
        rf"(?P<qty>(?:(?P<q_arabic>{arabic})|(?P<q_chinese>{CHINESE}){chinese_ok})"
        # 20 余万家 (part P fp1_03): a space before 余/多 is kept when a scale follows them
        rf"(?:[ \t](?=[多余](?:{SCALE})))?(?P<q_more>[多余])?"
        # 10万~20万元, 5000万元至1亿元: the low end carries its own scale (and unit); 亿元至5亿元, 5000万元至亿元: an end
        # written as its scale and unit alone is one of it (a size class of projects, data/corpus part U fu2_04).
        + (
            # 50億元項目至100億元項目: the size classes of projects, the noun said after each end (part N fn2_09)
            rf"(?:{WS}(?P<q_scale1>{SCALE}|(?<=[亿億万萬])(?=[元圓]))(?P<q_unit1>(?:{UNIT})(?:[项項]目)?)?"
            rf"(?={WS}{RANGE_SEP}{WS}(?:[0-9{CN_DIGIT_CHARS}]|{_BARE_SCALE})))?"
            if ranges
            else r"(?P<q_scale1>(?!))?(?P<q_unit1>(?!))?"
        )
        + (
            rf"(?:{WS}(?P<q_sep>{RANGE_SEP}){WS}(?P<q_num2>{_BARE_SCALE}|{number}))?"
            if ranges
            else r"(?P<q_sep>(?!))?(?P<q_num2>(?!))?"
        )
        + rf"(?:{WS}(?P<q_scale>{SCALE}))?(?:(?<=[亿億])(?P<q_low>[0-9]{{1,4}})[万萬])?(?P<q_more2>[多余])?"
        rf"(?:{WS}(?P<q_unit>{UNIT}))?)"
    )
    alternatives = [
        # Dates in one piece, so 2019年10月 is one rejected candidate, not two.
        r"(?P<dateid>[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}[0-9]*"
        r"|[12][0-9]{3}[ \t]*年(?:[0-9]{1,2}月(?:[0-9]{1,2}[日号])?)?"
        r"|[0-9]{1,2}月[0-9]{1,2}[日号])",
        r"(?P<plan>十[一二三四五六七八九]五)",
        r"(?P<mult>翻了?(?P<m_n>[一两二三四兩1-4])?番|倍增)",
        rf"(?P<pct>(?P<p_kind>[百千])分之(?P<p_num>{ARABIC_PLAIN}|{CHINESE}))",
        rf"(?P<frac>(?P<f_den>[{CN_NUMERAL_CHARS}]+)分之(?P<f_num>{CHINESE})"
        rf"|(?P<f_a>[0-9]+)/(?P<f_b>[0-9]+)(?![0-9/]))",
        rf"(?P<rank>第{WS}(?P<r_num>[0-9]+|[{CN_NUMERAL_CHARS}]+)"
        rf"(?:{WS}(?:至|到|~|～|-|—){WS}第?{WS}(?P<r_num2>[0-9]+|[{CN_NUMERAL_CHARS}]+))?"
        rf"(?:{WS}(?P<r_suffix>位|名|个|個|座|城|强|大))?)",
        # 超一半, 超半数省份: a share of 0.5; 500强企业近半入驻 (近 before a lone 半, part U fu2_08), but not 近半年, 近半个
        # 世纪, 近半小时 (a time) nor 过半 (时间过半、任务过半 is the slogan 双过半)
        rf"(?P<half>一半|半数|半數|(?<=近){_LONE_HALF})",
        # 居全省首位: rank 1 after a ranking word (extract/families.py); not 首位度, the primacy of the leading city
        # (a ratio's name: 在全省经济首位度不断提升, data/corpus part Q fq1_03)
        r"(?P<first>首位(?!度))",
        rf"(?P<struct>{ARABIC_PLAIN}(?:{WS}[:∶：︰]{WS}{ARABIC_PLAIN})+)",
        # 前十强, 前10名, 跻身全国前十: "the top N" (前三季度, 前5家 do not match).
        rf"(?P<top>(?<![目此提之以当當事眼空超向往从從])前{WS}(?P<t_num>[0-9]+|[一二三四五六七八九十两兩]+)"
        rf"(?:{WS}(?P<t_suffix>强|強|名|位|甲)|(?=[,，。;；、)）\s]|$|行列|之列|位次|梯队|梯隊|方阵|方陣)))",
        qty,
    ]
    return re.compile("|".join(alternatives))


CANDIDATE = _build(ARABIC_BROKEN)
# Used again at one position when a "thousands separator" turns out to be a full-width comma
# (增长5，300家 is two things, not 5300).
CANDIDATE_NO_SEPARATORS = _build(ARABIC_PLAIN)
# Used again at one position when a "range" runs downwards (倍差由2.37到1.94): two numbers.
CANDIDATE_NO_RANGE = _build(ARABIC_BROKEN, ranges=False)
# Used again at one position when a line break inside digits is not a wrap (short line).
CANDIDATE_UNBROKEN = _build(ARABIC)

# Where a candidate can start (see figures.scan): digits, 第/翻/倍, and runs of Chinese numerals
# that end in 万/亿 or are followed by something a quantity needs (a unit's first character, a
# range mark, 分之, a decimal 点), or a plan name.
FOLLOWERS = "".join(
    sorted(
        {w[0] for w in BASE_UNITS}
        | {_TRAD.get(w[0], w[0]) for w in BASE_UNITS}
        | set("万亿萬億千百多余~～-—–至到分点點大半")
    )
)
# One leading character class, so the regex engine can skip ahead in C between candidates.
TRIGGER = re.compile(
    rf"[0-9第翻倍前首半{CN_NUMERAL_CHARS}](?:(?<=[0-9])[0-9]*|(?<=[第翻倍])|(?<=首)(?=位)|(?<=半)(?=[数數])|(?<=近半)(?![{_NOT_AFTER_HALF}])|(?<=前)(?=[ \t]*[0-9一二三四五六七八九十两兩])"
    rf"|(?<=[{CN_NUMERAL_CHARS}])[{CN_NUMERAL_CHARS}]*(?=[ \t\u3000]*[{re.escape(FOLLOWERS)}])"
    rf"|(?<=[{CN_NUMERAL_CHARS}])[{CN_NUMERAL_CHARS}]*(?<=[万亿萬億])|(?<=十)[一二三四五六七八九]五)"
)

# Full-width characters the patterns need folded (digits, %, letters, range and fraction marks);
# text without any is matched as it is (see figures._match_text). Punctuation is handled in
# both widths wherever it matters.
NEEDS_FOLD = re.compile(r"[０-９％．－／＋～Ａ-Ｚａ-ｚ]")

# Context tests, run on small simplified windows.
# A bare 前十 after a verb of entering a ranking (进入前三十, 挺进前五) is a rank bound too.
TOP_CONTEXT = re.compile(r"(?:进入|挺进|迈入|跨入|闯入|入围|保持|稳定在|稳居)$")
RANK_CONTEXT = re.compile(
    r"全[省国市区县球疆州盟旗]|各[省市区县]|省内|国内|世界|全球|[长珠]三角|京津冀|同类|同级|排名|排位|排行|"
    r"位[居列次]|名列|[跃稳]居|居(?![民住家])|列(?![入车])|跻身|[升提]至|提[升高]到|上升|前移|百强|强[县市区]|排(?:在|于)?$|"
    # 排南宁市县域第一: 排 then the scope ranked in (data/corpus part T ft2_07); not 安排, 编排, 排放, 排污
    r"(?<![安编并彩])排(?![放污水队查名位行])[^，。；：,;:、\s0-9]{1,8}$|"
    r"保持[^，。；：,;:、]{0,10}$"  # 增速连续五年保持“三区两市”第一: keeping a place among the named scope
)
# 第13场发布会, 系列新闻发布会第三场: 场 after 第N counts events in a series (an ordinal, in ORDINAL_NEXT; data/corpus
# parts L and P). 全疆第一, 全州, 全盟, 全旗: the scopes of Xinjiang and of the prefectures and banners (part P fp1_10).
# A Chinese count opening a quoted slogan (“两个全球第一”) makes every number in it a name (extract/ranks.py).
QUOTED_COUNT_LABEL = re.compile(rf"[{CN_NUMERAL_CHARS}]+[个個大项項件条條]")
# 江苏省第一人口大县, 全国第一产粮大县: 第N before a title of size or strength ranks a place (not 第一产业, 第一批:
# ORDINAL_NEXT; not 第一人民医院, 第一动力: no 大/强 + place).
RANK_TITLE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?[大强][县市省区镇国]")
# 六大支柱产业工业增加值83.54亿元, 十大生态产业增加值39.18亿元: N大 + a noun, then the aggregate measured over the
# set and its number. The set is named as the scope of that figure, not counted (as 规模以上工业 is no count).
AGGREGATE_OF_SET = re.compile(
    r"[\u4e00-\u9fff]{1,10}?(?:增加值|总产值|产值|总产出|营业收入|营收|主营业务收入|销售收入|利润|税收|产量)"
    r"[^，。；：、,;:\s0-9]{0,6}[0-9]"
)
# 增长-8.7%, 分别增长39.3%、-97.7%: a minus after a verb of growth writes a decline, which the conventions give a
# positive value (the direction is the subject's; data/corpus part J fj2_05); 增速为-3.2% states a negative value.
GROWTH_BEFORE_MINUS = re.compile(r"(?:增长|增幅|上涨|上升|提高|增加|回升)了?[ \t]*$")
# 三大攻坚战, 稳进提质八大攻坚行动, 五大发展理念, 守住发展和生态两条底线: the count is part of the name of a
# programme or a slogan (the conventions' non-figures), never announcing an enumeration the text gives (data/corpus
# f21c_08, fi1_04, fj1_04, fj2_06). Read after N大 and N条 only: 七大行动, 三大战略性新兴产业 are counted elsewhere.
SLOGAN_AFTER_COUNT = re.compile(r"攻坚|发展理念|底线|红线")
# 高出第二名2.3个百分点, 比第二名多: the rank names whom the subject is compared with, not its own
# rank (占比第一, 评比第一名 are rankings, so 比 ending another word does not count).
COMPARED_BEFORE = re.compile(
    r"(?:(?<![占对相类之评好排正反攀无對評無])比|较|高出|高于|[领領]先(?:于)?|超出|超过|多于|少于|"
    r"低于|落[后後](?:于)?|快于|慢于|[优優]于)\s*$"
)
# 中央八项规定(精神), 省委十项规定: a count of rules right after the issuing body and before 规定 is
# the name of that rule set; 出台十项规定 (a verb in between) still counts rules.
RULE_SET_ISSUER = re.compile(r"(?:中央|国[务務]院|[省市区县]委|[省市区县]政府)$")
RULE_SET_NOUN = re.compile(r"[规規]定|禁令|精神")
ORDINAL_NEXT = re.compile(r"[批次届期轮版章节条款号代季课步部篇集组卷辑场]|产业|方|阶段|时间|线|把手|类|梯队|责任人")
# 第一个大扩容年, 第一座…的城市, 第一個千億縣: the order of reaching a threshold is a rank (the conventions); not 第一个
# 百年 (奋斗目标), 第一个五年计划, 第一個星期, “十四五”的第一个春天 (part M fm2_10): a period of time counted in order.
ORDINAL_CLASSIFIERS = frozenset({"个", "個", "座"})
ORDINAL_TIME_NEXT = re.compile(r"[一二三四五六七八九十两百0-9]*(?:年|星期|周|月|天|日|小时|季|春|夏|秋|冬)")
# 倍增干劲, 倍增信心: 倍增 before a word of spirit is "all the more" (like 倍感, 倍受), not a doubling of an amount.
SPIRIT_AFTER = re.compile(r"干劲|信心|斗志|勇气|豪情|士气|热情|底气")
# 工业倍增行动, 倍增计划: 倍增 before the noun of a programme names the programme (data/corpus part P fp1_10), no
# multiple is stated; 实现倍增 and 收入倍增 are doublings.
PROGRAMME_AFTER = re.compile(r"行动|计划|工程|战略|专项|攻坚")
MONEY_CONTEXT = re.compile(
    r"GDP|生产总值|总值|产值|收入|投资|营收|销售|利润|税收|规模|增加值|资金|资产|存款|贷款|余额|"
    r"金额|预算|支出|经费|元|融资|出口|进口|消费|市值|营业|贸易|总额|成交|财政|经济总量|总量"
)
# 收入比缩小到1.61, 负债比由…: a noun ending in 比 and a verb of change before a bare number.
RATIO_CONTEXT = re.compile(r"倍差|之比|比值|比为|比例为|系数|容积率|汇率|比(?:缩小|扩大|下降|降|上升|升|提高|由|从)")
# 下降近一半, 超过一半, 占一半, 占了一半, 占全疆一半 (a whole named by 全 + one character: part P fp1_10): 一半
# measured by a verb or a bound; not 另一半, 一半是….
HALF_BEFORE = re.compile(
    r"(?:(?:下降|减少|降低|压缩|缩短|缩减|提高|增加|增长|占(?:全[\u4e00-\u9fff]的?)?|超过)了?|超|过|近|约|逾|将近|接近|不到|不足)$"
)
CHANGE_END = re.compile(r"(?:缩小|扩大|下降|降低|提高|上升|减少|增加)了?\s*$")
TIME_CIRCLE = re.compile(r"[\u4e00-\u9fff]{0,8}?圈")
INDEX_CONTEXT = re.compile(r"指数|PMI|CPI|PPI|=100")
# A pinyin reading some web copies put after a character (連續(xù)36年, 新臺(tái)階: data/corpus parts N and P): the
# patterns that read words around a figure let it stand between the characters of a word.
_PINYIN = r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)"
PINYIN_GLOSS = rf"(?:{_PINYIN})?"
PINYIN_GLOSS_RE = re.compile(_PINYIN)
# 连续21年, 连续3年、5年和, 连续领跑福建县域经济19年 (part P fp2_07): a streak, its verb and object may stand between
# 连续 and the years (Chinese characters only, no punctuation or number: 连续两年增长, 2020年 is a date).
STREAK_BEFORE = re.compile(
    rf"连{PINYIN_GLOSS}续{PINYIN_GLOSS}(?:\s*[0-9一二三四五六七八九十两]+\s*年\s*[、和及与])*[\u4e00-\u9fff]{{0,10}}\s*$"
)
