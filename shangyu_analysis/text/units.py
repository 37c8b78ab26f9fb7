"""Units made of a decimal prefix and a base unit (千伏安, kVA, 4000PF, 14EB), generated from ``data/units.yml``.

Every prefix with every base, in symbols and in Chinese names; the unit as written is its own base (kind other),
as for 千瓦 and GW. The file names its sources (SI Brochure, GB 3100, IEC 80000-13) per base.
"""

from __future__ import annotations

from pathlib import Path

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.files import expect, read_yaml

UNITS_YML = config.DATA_DIR / "units.yml"
# The abbreviated FLOPS (F) reads as computing power only after the large prefixes (a lone F is no unit, kF none).
_ABBREVIATED = {"F": frozenset("TPE")}


def load(path: Path = UNITS_YML) -> dict[str, float]:
    """unit as written -> factor of its prefix; a UserError names what is wrong in ``path``."""
    return {prefix + base: factor for prefixes, base in _groups(path) for prefix, factor in prefixes.items()}


def _groups(path: Path) -> list[tuple[dict[str, float], str]]:
    """(prefix -> factor, base) for every base of ``path``, validated."""
    data = expect(path, read_yaml(path), dict, "(top level)")
    sources = expect(path, data.get("sources"), dict, "sources")
    prefixes = expect(path, data.get("prefixes"), dict, "prefixes")
    symbols = expect(path, prefixes.get("symbols"), dict, "prefixes.symbols")
    names = expect(path, prefixes.get("names"), dict, "prefixes.names")
    groups: list[tuple[dict[str, float], str]] = []
    for k, base in enumerate(expect(path, data.get("bases"), list, "bases")):
        field = f"bases[{k}]"
        expect(path, base, dict, field)
        if not any(source in str(base.get("source", "")).split() for source in sources):
            raise UserError(path, f"{field}.source: names none of the sources {sorted(sources)}")
        for prefix_table, key in ((symbols, "symbol"), (names, "name")):
            word = base.get(key)
            if word is None:
                continue
            if not isinstance(word, str) or not word.strip():
                raise UserError(path, f"{field}.{key}: expected a unit, got {word!r}")
            for prefix, factor in prefix_table.items():
                if not isinstance(factor, (int, float)):
                    raise UserError(path, f"prefixes: {prefix}: expected a number, got {factor!r}")
            groups.append(
                (
                    {
                        prefix: float(factor)
                        for prefix, factor in prefix_table.items()
                        if word not in _ABBREVIATED or prefix in _ABBREVIATED[word]
                    },
                    word,
                )
            )
    if not groups:
        raise UserError(path, "bases: no units")
    return groups


GROUPS = _groups(UNITS_YML)
PREFIXED_UNITS = {prefix + base: factor for prefixes, base in GROUPS for prefix, factor in prefixes.items()}
