"""Length-preserving text normalisation for matching.

Patterns are written once, for half-width ASCII, and run over a *folded* copy of the text whose
characters line up one-to-one with the original. Every offset found in the folded copy therefore
indexes the original text, and surfaces are always cut from the original.
"""

from __future__ import annotations

import re

# Full-width ASCII (U+FF01 '！' … U+FF5E '～') sits at a fixed distance from ASCII '!' … '~'.
_FULLWIDTH_OFFSET = 0xFF01 - 0x21
_WIDTH_TABLE = {code: code - _FULLWIDTH_OFFSET for code in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE[0x3000] = 0x20  # ideographic space -> space

# Traditional forms of the characters that matter for numbers and units, mapped to simplified.
# Only one-to-one pairs, so the mapping also preserves length.
_TRADITIONAL = (
    "萬億兩貳參陸個條項臺輛點戶張種類場處畝噸頃間歲屆號週圓門棟隻頭筆國區縣倍聯華億萬"
    "數實現總額達約勞產業經濟歲與於為從幾僅"
    "連續穩躍內進創長擴縮減較佔過將幣時鐘圖攝"
    "關階檻樂陣營隊級別邁衝闖躋觸擁備還舉繼順晉"
    "輪組"  # counted rounds and groups: 分3輪 (fan2_08), 分3組 (fad2_04)
)
# and those of place names, region words (開發帶) and the measure vocabulary (規模以上工業增加值, 全社會固定資產投資, 城鎮居民), folded
# for the facts only (fold_names): the figure patterns are written for the table above.
_NAME_TRADITIONAL = "試協議訂會資鎮規據稅費財貨銷價預務職質衛環廠農漁礎設購營運輸貿屬廣東灣蘇寧陽慶遼龍雲貴鄉樓廈統計調學術藝娛樂閒險動儲倉飲專織電腦車機際發積極轉還粵蘭烏魯齊橋灘鄭漢溫紹興義麗揚錫綿蓮濱壩嶺島閩贛晉滬瓊隴廳體標準劃傳災貸銀證權帶愷"
_SIMPLIFIED = (
    "万亿两贰叁陆个条项台辆点户张种类场处亩吨顷间岁届号周元门栋只头笔国区县倍联华亿万"
    "数实现总额达约劳产业经济岁与于为从几仅"
    "连续稳跃内进创长扩缩减较占过将币时钟图摄"
    "关阶槛乐阵营队级别迈冲闯跻触拥备还举继顺晋"
    "轮组"
)
_NAME_SIMPLIFIED = "试协议订会资镇规据税费财货销价预务职质卫环厂农渔础设购营运输贸属广东湾苏宁阳庆辽龙云贵乡楼厦统计调学术艺娱乐闲险动储仓饮专织电脑车机际发积极转还粤兰乌鲁齐桥滩郑汉温绍兴义丽扬锡绵莲滨坝岭岛闽赣晋沪琼陇厅体标准划传灾贷银证权带恺"
# and the other traditional (or variant) characters of the gazetteer's names and the measure vocabulary
# (無為, 廬江, 當塗, 鳳陽): every character outside GB 2312 whose simplified form is in one of those names,
# generated once with the zhconv package (zh-cn) over U+4E00..U+9FFF; for the facts only, like the table above.
_GAZETTEER_TRADITIONAL = (
    "乹亁亞亷佈來侖們倫偉傢僊僕儀兒兗冊凈凱凴則剋剏剙剛剳劄劍劒勝勸勻匯卽厤厰叢吳呂咊員唘啓啟單嘑嘠噹嚮囌圍園團坿垻堯塗塲墊墖墰墾壇壘壜壯壺壽夢夾"
    "婁嫰孫宮審寬寳寶尅尋尒尙尟尠屛岅岡峝峯峽崍崑崗崙嵐嶗嶧嶼嶽巖師幑幹庫廂廕廬廻強彆彌彙彞彥彿復恆愛愽慄憑應懞懷戰搆撫攷敍敘旂旾暉曆曏曡朢朮枱枴"
    "柺査栁栢桒桺棗棲楊榦榮構樅樑樹樺橫檯欒欝欵欽歴歷歸沖涇涼淛淥淨淩淶渦渾湞湯溝溮滄滎滙滿漣漵潁潛潤潯澗澠澤澱濛濰瀋瀏瀘瀰瀾灋灤無煙煩燈爐爲爾猶"
    "獅獨獲獻琿瑤瑪瑯甌甕産甦畢畧畱當疇疊疎皐皷監盤盧眞矇硯碩碭確磟礄礦祘祿禪禮秊稜稱穀穫窪競筞箇節範築簡簽籐籤糰紅納純紥紮細結絳綏綜綠維綵緐緑緜"
    "縉績纍纔罈罋罎羅羗羣習聖聞聶肅脩脫膠臈臘臥臨臯舊舘舩芲茘荊莊菴萊葉蒼蓋蔭蕪蕭薊薌薑薩藍藴藺蘄蘆蘊蘓蘤蘿螎衕衚衞裏裡製複襍覇覈覺觀託記訥許詔誌"
    "誼諸諾謀謙謝謨譙譜讓讚讬豐貝貞貢賀賈賓賚賛賢賽贊趙軍載輝輪輿辳迴逥遊遙遜遠遷邊郟郵鄆鄒鄖鄧鄰鄲鄴鈡鉄鉅鉛銅鋒鋼錢錦錯鍾鎣鎭鏡鐵鑛鑲開閔閣閤閬"
    "閻陘陜陝陰陳隂隣隨雙雜雞離霑靈靜鞏韆韓響頂頗頟風颱餘館饒馬駐騐騰驊驗驛髮鬆鬍鬥鬦鬪鬰鬱魚鮁鮮鯉鳩鳳鳴鴈鴨鶴鷄鷹鹹鹻鹼鹽麥麪麫麯麵麹麺黃黨齣"
)
_GAZETTEER_SIMPLIFIED = (
    "干干亚廉布来仑们伦伟家仙仆仪儿兖册净凯凭则克创创刚札札剑剑胜劝匀汇即历厂丛吴吕和员启启启单呼嘎当向苏围园团附坝尧涂场垫塔坛垦坛垒坛壮壶寿梦夹"
    "娄嫩孙宫审宽宝宝克寻尔尚鲜鲜屏坂冈峒峰峡崃昆岗仑岚崂峄屿岳岩师徽干库厢荫庐回强别弥汇彝彦佛复恒爱博栗凭应蒙怀战构抚考叙叙旗春晖历向叠望术台拐"
    "拐查柳柏桑柳枣栖杨干荣构枞梁树桦横台栾郁款钦历历归冲泾凉浙渌净凌涞涡浑浈汤沟浉沧荥汇满涟溆颍潜润浔涧渑泽淀蒙潍沈浏泸弥澜法滦无烟烦灯炉为尔犹"
    "狮独获献珲瑶玛琅瓯瓮产苏毕略留当畴叠疏皋鼓监盘卢真蒙砚硕砀确碌硚矿算禄禅礼年棱称谷获洼竞策个节范筑简签藤签团红纳纯扎扎细结绛绥综绿维彩繁绿绵"
    "缙绩累才坛瓮坛罗羌群习圣闻聂肃修脱胶腊腊卧临皋旧馆船花荔荆庄庵莱叶苍盖荫芜萧蓟芗姜萨蓝蕴蔺蕲芦蕴苏花萝融同胡卫里里制复杂霸核觉观托记讷许诏志"
    "谊诸诺谋谦谢谟谯谱让赞托丰贝贞贡贺贾宾赉赞贤赛赞赵军载辉轮舆农回回游遥逊远迁边郏邮郓邹郧邓邻郸邺钟铁巨铅铜锋钢钱锦错钟蓥镇镜铁矿镶开闵阁合阆"
    "阎陉陕陕阴陈阴邻随双杂鸡离沾灵静巩千韩响顶颇额风台余馆饶马驻验腾骅验驿发松胡斗斗斗郁郁鱼鲅鲜鲤鸠凤鸣雁鸭鹤鸡鹰咸碱碱盐麦面面曲面曲面黄党出"
)
_SIMPLIFY_TABLE = str.maketrans(_TRADITIONAL, _SIMPLIFIED)
# simplified -> traditional, for patterns that run on the text as it is and test one character of it.
TRADITIONAL_OF = dict(zip(_SIMPLIFIED, _TRADITIONAL))
_HAS_TRADITIONAL = re.compile(f"[{_TRADITIONAL}]")
_NAMES_TABLE = str.maketrans(
    _TRADITIONAL + _NAME_TRADITIONAL + _GAZETTEER_TRADITIONAL, _SIMPLIFIED + _NAME_SIMPLIFIED + _GAZETTEER_SIMPLIFIED
)
_HAS_NAME_TRADITIONAL = re.compile(f"[{_TRADITIONAL}{_NAME_TRADITIONAL}{_GAZETTEER_TRADITIONAL}]")


def fold_width(text: str) -> str:
    """Map full-width ASCII to half-width and U+3000 to a space; the length never changes.

    Parameters
    ----------
    text : str
        Any decoded text.

    Returns
    -------
    str
        A string of the same length, where ``result[i]`` is the half-width form of ``text[i]``
        (``'１２．５％'`` -> ``'12.5%'``, ``'，'`` -> ``','``). Other characters are unchanged.
    """
    return text.translate(_WIDTH_TABLE)


def to_simplified(text: str) -> str:
    """Replace the traditional characters used in numbers, units and ranking phrases.

    Only a small one-to-one table (億 -> 亿, 個 -> 个, 點 -> 点 …), enough to read figures written in
    traditional script; the length never changes.
    """
    # Most strings have no traditional character; a regex check is far cheaper than translate, and a long
    # text with a few is replaced character by character (translate costs ~0.07 µs for every character).
    first = _HAS_TRADITIONAL.search(text)
    if first is None:
        return text
    if len(text) < 2000:
        return text.translate(_SIMPLIFY_TABLE)
    return _HAS_TRADITIONAL.sub(_one_simplified, text)


def _one_simplified(match: re.Match) -> str:
    return chr(_NAMES_TABLE[ord(match.group(0))])


def fold_names(text: str) -> str:
    """:func:`to_simplified` and the traditional characters of place names and the measure vocabulary
    (資 -> 资, 鎮 -> 镇, 會 -> 会 …), for the facts of a figure; the length never changes."""
    if _HAS_NAME_TRADITIONAL.search(text) is None:
        return text
    if len(text) < 2000:
        return text.translate(_NAMES_TABLE)
    return _HAS_NAME_TRADITIONAL.sub(_one_simplified, text)
