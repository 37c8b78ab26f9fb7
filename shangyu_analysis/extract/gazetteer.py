"""The gazetteer: China's provinces, prefectures and county-level units with their short names, as data.

``data/gazetteer.csv`` (code, name, short, level, parent, short_en) is derived by ``data/make_gazetteer.py``
from a public administrative-division dataset; ``data/gazetteer.source.yml`` records its repository,
commit, licence, hashes and how short names are made (上虞区 → 上虞, 衡阳县 kept beside 衡阳市).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from typing import NamedTuple

from shangyu_analysis import config
from shangyu_analysis.errors import UserError

GAZETTEER_CSV = config.DATA_DIR / "gazetteer.csv"
_LEVELS = {"country": 0, "province": 1, "prefecture": 2, "county": 3}


class Unit(NamedTuple):
    code: str
    name: str
    short: str
    level: int
    parent: str
    short_en: str


class Gazetteer(NamedTuple):
    units: dict[str, Unit]  # code -> unit
    by_name: dict[str, list[str]]  # full or usable short name -> codes
    county_short: dict[str, list[str]]  # county short name -> codes (only with its full name or parent)
    upper: re.Pattern[str]  # province and prefecture names, full and short
    county_full: re.Pattern[str]  # county-level full names, reversed (the text is scanned backwards)
    below: dict[str, dict[str, str]]  # code -> {short name of a county under it: county code}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, read once (empty when the file is absent: no place is found); one UserError naming
    the file when it is unreadable."""
    if not GAZETTEER_CSV.is_file():
        never = re.compile("(?!)")
        return Gazetteer({}, {}, {}, never, never, {})
    try:
        with GAZETTEER_CSV.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        units = {
            r["code"]: Unit(r["code"], r["name"], r["short"], _LEVELS[r["level"]], r["parent"], r["short_en"])
            for r in rows
        }
    except (OSError, KeyError, UnicodeDecodeError) as exc:
        raise UserError(GAZETTEER_CSV, f"not a readable gazetteer ({exc.__class__.__name__}: {exc})") from None
    by_name: dict[str, list[str]] = {}
    county_short: dict[str, list[str]] = {}
    for unit in units.values():
        if len(unit.name) == 2 and unit.name.endswith("区"):
            continue  # 城区, 郊区, 矿区, 东区: ordinary words before they are names
        by_name.setdefault(unit.name, []).append(unit.code)
        if unit.level < 3:
            by_name.setdefault(unit.short, []).append(unit.code)
        elif unit.short != unit.name:
            county_short.setdefault(unit.short, []).append(unit.code)
    upper = re.compile(trie_pattern({n for n, codes in by_name.items() if units[codes[0]].level < 3}))
    # Reversed, every county-level name starts with 县, 区, 市 or 旗 (a few others): the scan skips to those.
    county_full = re.compile(trie_pattern({n[::-1] for n, codes in by_name.items() if units[codes[0]].level == 3}))
    below: dict[str, dict[str, str]] = {}
    for short, codes in county_short.items():
        for code in codes:
            parent = units[code].parent
            while parent in units:
                below.setdefault(parent, {}).setdefault(short, code)
                parent = units[parent].parent
    return Gazetteer(units, by_name, county_short, upper, county_full, below)


@lru_cache(maxsize=1)
def county_short_pattern() -> re.Pattern[str]:
    """Every county short name (slow to scan: only when a text names no unit otherwise)."""
    names = set(gazetteer().county_short)
    return re.compile(trie_pattern(names) if names else "(?!)")


def trie_pattern(words: set[str], fan_out: int = 4, after_first: str = "") -> str:
    """One regex of ``words`` shaped as a prefix tree. It opens with the character class of the first
    characters, so ``re`` skips every other position in C, then tells the first character apart by
    look-behind classes in groups of ``fan_out``: a flat alternation of thousands of names ran at 0.65 M
    characters/s, this shape at ~30 M (~80 M with the look-ahead on the second character).

    ``after_first`` is a zero-width test put right after the first character: a condition on where a word
    starts written there (as a look-behind over two characters) keeps the skip in C, which one in front of
    the class would lose."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def below(node: dict) -> str:
        branches = [re.escape(ch) + below(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    def dispatch(items: list[tuple[str, str]]) -> str:
        if len(items) <= fan_out:
            return "(?:" + "|".join(f"(?<={re.escape(ch)}){regex}" for ch, regex in items) + ")"
        size = -(-len(items) // fan_out)
        parts = []
        for i in range(0, len(items), size):
            chunk = items[i : i + size]
            parts.append(f"(?<=[{''.join(re.escape(ch) for ch, _ in chunk)}])" + dispatch(chunk))
        return "(?:" + "|".join(parts) + ")"

    items = [(ch, below(child)) for ch, child in sorted(tree.items())]
    if not items:
        return "(?!)"
    # When no word is one character, a look-ahead on the class of second characters turns most first-character
    # hits away before the dispatch (a common first character such as 上 or 江 rarely starts a name): 2.5x faster.
    second = {word[1] for word in words if len(word) > 1}
    ahead = f"(?=[{''.join(re.escape(ch) for ch in sorted(second))}])" if all(len(w) > 1 for w in words) else ""
    return f"[{''.join(re.escape(ch) for ch, _ in items)}]" + after_first + ahead + dispatch(items)


def descends(gaz: Gazetteer, code: str, ancestor: str) -> bool:
    while code in gaz.units and code != ancestor:
        code = gaz.units[code].parent
        if not code:
            return False
    return code == ancestor


def ancestors(code: str | None) -> set[str]:
    """The codes above a unit (全国 included)."""
    gaz, found = gazetteer(), set()
    while code in gaz.units and gaz.units[code].parent:
        code = gaz.units[code].parent
        found.add(code)
    return found


def place_code(short: str) -> str | None:
    """The code of a unit given by its short name (a sidecar's ``place``); None when the gazetteer lacks it."""
    gaz = gazetteer()
    codes = gaz.by_name.get(short) or gaz.county_short.get(short)
    return min(codes, key=lambda c: -gaz.units[c].level) if codes else None


def sidecar_place(place: str) -> str:
    """The short name of a sidecar's ``place``: the name before its parenthesised parents, shortened by the
    gazetteer (上虞区 (绍兴市, 浙江省) → 上虞; 山西 stays 山西); a name the gazetteer lacks stays as written."""
    name = re.split(r"\s*[(（]", place, maxsplit=1)[0].strip() or place
    code = place_code(name)
    return gazetteer().units[code].short if code else name


def place_en(place: str | None) -> str | None:
    """The English of a ``place`` value (绍兴 → Shaoxing, 上虞、全国 → Shangyu, China); a name the gazetteer
    lacks (a zone, a port) stays as written."""
    if not place or place == "-":
        return place
    gaz = gazetteer()
    names = []
    for name in place.split("、"):
        code = place_code(name)
        names.append(gaz.units[code].short_en if code else name)
    return ", ".join(names)
