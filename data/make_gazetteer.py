"""Derive data/gazetteer.csv from modood/Administrative-divisions-of-China (see gazetteer.source.yml).

Usage: python data/make_gazetteer.py REPO_GIT_DIR COMMIT  (reads dist/provinces.csv, cities.csv, areas.csv and
HK-MO-TW.json at COMMIT with `git show`; writes data/gazetteer.csv). Kept beside the data it makes, not in the
package: the package only reads the CSV. The English short names are pinyin (pypinyin 0.55.0, MIT, needed
only to run this script, not by the package), with the conventional English of a few (Hong Kong, Inner
Mongolia, Shaanxi…) and County/District/City/Banner for a kept suffix.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

# Ethnic names that precede 自治州/自治县/自治旗 (恩施土家族苗族自治州 -> 恩施).
ETHNIC = ("土家族", "苗族", "藏族", "羌族", "彝族", "布依族", "侗族", "哈尼族", "壮族", "傣族", "景颇族", "白族",
          "傈僳族", "回族", "蒙古族", "朝鲜族", "满族", "瑶族", "畲族", "黎族", "水族", "仡佬族", "仫佬族", "毛南族",
          "纳西族", "普米族", "独龙族", "怒族", "拉祜族", "佤族", "布朗族", "阿昌族", "德昂族", "基诺族", "土族",
          "撒拉族", "东乡族", "保安族", "裕固族", "哈萨克族", "锡伯族", "塔吉克族", "达斡尔族", "鄂温克族",
          "鄂伦春族", "赫哲族", "各族", "蒙古", "哈萨克", "柯尔克孜", "维吾尔", "回", "苗族瑶族傣族")
SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
            "林区", "特区", "新区", "地区", "省", "市", "盟", "县", "区", "旗")


def short_name(name: str, in_city: bool = False) -> str:
    """The short name of a unit's full name; 林区 is a suffix only of a forestry district under its province
    (神农架林区 -> 神农架): a city's district whose name ends in 林 keeps it (北林区 -> 北林, 碑林区 -> 碑林)."""
    for suffix in SUFFIXES:
        if in_city and suffix == "林区":
            continue
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            if suffix.startswith("自治"):
                changed = True
                while changed:
                    changed = False
                    for ethnic in sorted(ETHNIC, key=len, reverse=True):
                        if stem.endswith(ethnic) and len(stem) > len(ethnic) + 1:
                            stem, changed = stem[: -len(ethnic)], True
            return stem
    return name


# A banner is written with its 旗 (敖汉旗, 科右前旗): stripping it gives a name nobody writes (阿拉善左). One whose
# name ends in a side and a part (左/右, 左翼/右翼, 前/中/后) after a name of three or more characters is written by
# that name's first character, the side and the part (阿拉善左旗 -> 阿左旗, 科尔沁右翼前旗 -> 科右前旗, 乌拉特前旗 ->
# 乌前旗); a shorter name stays whole (巴林左旗, 杭锦后旗), as does an autonomous banner's (鄂伦春自治旗).
_BANNER_PARTS = re.compile(r"^(?P<name>[^左右前中后]{3,}?)(?P<side>[左右])?(?:翼)?(?P<part>[前中后])?旗$")


def banner_short(name: str) -> str:
    """The short name of a banner (旗): its full name, or the conventional short form (阿拉善左旗 -> 阿左旗)."""
    m = _BANNER_PARTS.match(name)
    if m is None or not (m.group("side") or m.group("part")):
        return name
    return m.group("name")[0] + (m.group("side") or "") + (m.group("part") or "") + "旗"


ENGLISH = {"全国": "China", "香港": "Hong Kong", "澳门": "Macao", "台湾": "Taiwan", "内蒙古": "Inner Mongolia",
           "陕西": "Shaanxi", "西藏": "Tibet", "广西": "Guangxi", "宁夏": "Ningxia", "新疆": "Xinjiang",
           "兵团": "Xinjiang Production and Construction Corps", "万柏林": "Wanbailin"}
SUFFIX_EN = (("自治县", " Autonomous County"), ("县", " County"), ("区", " District"), ("市", " City"), ("旗", " Banner"))


def english(short: str, name: str) -> str:
    """The English of a short name: conventional, else pinyin (衡阳县 -> Hengyang County)."""
    from pypinyin import lazy_pinyin  # only to build the data file

    if short in ENGLISH:
        return ENGLISH[short]
    for suffix, word in SUFFIX_EN:
        if short == name and short.endswith(suffix) and len(short) > len(suffix):
            return english(short[: -len(suffix)], "") + word
    return "".join(lazy_pinyin(short)).capitalize()


def main(repo: str, commit: str) -> None:
    def show(path: str) -> str:
        return subprocess.run(["git", "-C", repo, "show", f"{commit}:{path}"], check=True, capture_output=True,
                              text=True).stdout
    rows = [("100000", "全国", "全国", "country", "")]
    for r in csv.DictReader(io.StringIO(show("dist/provinces.csv"))):
        rows.append((r["code"], r["name"], short_name(r["name"]), "province", "100000"))
    for r in csv.DictReader(io.StringIO(show("dist/cities.csv"))):
        if r["name"] in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        rows.append((r["code"], r["name"], short_name(r["name"]), "prefecture", r["provinceCode"]))
    # A prefecture-level city whose short name a province uses keeps its 市 (吉林市 beside 吉林省): texts write it so.
    provinces = {r[2] for r in rows if r[3] == "province"}
    rows = [r[:2] + (r[1],) + r[3:] if r[3] == "prefecture" and r[2] in provinces and r[1] == r[2] + "市" else r
            for r in rows]
    cities = {r[0] for r in rows if r[3] == "prefecture"}
    counties = []
    for r in csv.DictReader(io.StringIO(show("dist/areas.csv"))):
        parent = r["cityCode"] if r["cityCode"] in cities else r["provinceCode"]
        counties.append((r["code"], r["name"], short_name(r["name"], parent in cities), "county", parent))
    special = json.loads(show("dist/HK-MO-TW.json"))
    codes = {"香港特别行政区": "810000", "澳门特别行政区": "820000", "台湾省": "710000"}
    for region, parts in special.items():
        rows.append((codes[region], region, short_name(region), "province", "100000"))
    # The 新疆生产建设兵团 reports its statistics as a province-level unit of its own (国家统计局兵团调查总队, 兵团统计局;
    # part S fs2_11) and texts call it 兵团. It has no division code in the source: 660000, unused there, stands for it.
    rows.append(("660000", "新疆生产建设兵团", "兵团", "province", "100000"))
    # A county-level short name that would be one character, or that a province or prefecture already uses,
    # keeps its full name. Two counties sharing one (五华区 in 昆明, 五华县 in 梅州) both keep it, as two 鼓楼区
    # do: a text names one of them, and writes it so (五华, 太和).
    upper = Counter(r[2] for r in rows)
    # A district named 新区 (浦东新区 -> 浦东, 沈北新区 -> 沈北) is written without it, unless another unit's name
    # would then be its (滨海新区 beside 滨海县, 兰州新区 beside 兰州) or the stem is one character (清新区: 清新+区,
    # and 清新 is a word); a zone coded 7x (邯郸冀南新区, 北戴河新区) is a zone and keeps its name.
    taken = Counter(c[2] for c in counties) + Counter(c[1] for c in counties)
    for code, name, short, level, parent in counties:
        district = name.endswith("新区") and code[4] != "7" and len(name) >= 4
        if district and taken[name[:-2]] == (short == name[:-2]) and name[:-2] not in upper:
            short = name[:-2]
        elif name.endswith("旗"):
            short = banner_short(name)
        elif len(short) < 2 or short in upper or name.endswith(("开发区", "园区", "新区")):
            short = name
        rows.append((code, name, short, level, parent))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["code", "name", "short", "level", "parent", "short_en"])
    writer.writerows(row + (english(row[2], row[1]),) for row in rows)
    Path(__file__).with_name("gazetteer.csv").write_text(out.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:3])
