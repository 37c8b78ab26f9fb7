"""The CJK font: one pip-installed file (Noto Sans SC, OFL-1.1) for charts and for HTML.

Charts: :func:`register_matplotlib_font` adds the font to matplotlib once and returns the family
name to pass to seaborn (``sns.set_theme(font=FAMILY)``); a later bare ``sns.set_theme()`` would
reset the font, so :func:`apply_theme` is the one place the theme is set.

HTML: :func:`font_face_css` subsets the font to the characters a page uses and returns an
``@font-face`` rule with a WOFF2 data URI, so a report shows Chinese on a machine with no CJK font.
"""

from __future__ import annotations

import base64
import io
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

FAMILY = "Noto Sans SC"
# CJK-only unicode-range: the browser takes only CJK characters from the embedded subset (which holds
# no other glyphs) and draws Latin text in the page's own font.
CJK_UNICODE_RANGE = (
    "U+2E80-2FDF, U+3000-303F, U+3040-30FF, U+3100-312F, U+31C0-31EF, U+3200-33FF, "
    "U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF"
)


@lru_cache(maxsize=1)
def font_path() -> Path:
    """Path of the Noto Sans SC Regular OTF shipped by ``pylopdf-fonts-zh-cn``."""
    import pylopdf_fonts_zh_cn

    return Path(pylopdf_fonts_zh_cn.sans_path())


@lru_cache(maxsize=1)  # once per process: matplotlib's font manager keeps the font
def register_matplotlib_font() -> str:
    """Add the CJK font to matplotlib's font manager (once) and return its family name."""
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(font_path()))
    return FAMILY


def apply_theme(style: str = "whitegrid", context: str = "notebook") -> str:
    """Set the seaborn theme with the CJK font first in the stack; return the family."""
    import seaborn as sns

    family = register_matplotlib_font()
    sns.set_theme(
        style=style,
        context=context,
        font=family,
        rc={"axes.unicode_minus": False, "font.sans-serif": [family, "DejaVu Sans"]},
    )
    return family


def is_cjk(char: str) -> bool:
    """True for characters the embedded font is responsible for (see CJK_UNICODE_RANGE)."""
    cp = ord(char)
    return (
        0x2E80 <= cp <= 0x2FDF
        or 0x3000 <= cp <= 0x33FF
        or 0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0xFE30 <= cp <= 0xFE4F
        or 0xFF00 <= cp <= 0xFFEF
    )


# Brotli quality for the WOFF2 data. fontTools always asks for 11: 0.24–0.53 s a report, more than
# everything else of the font once HarfBuzz cuts it. 9 takes 0.02–0.03 s and makes the subsets 8 %
# larger (04 zh: 109,724 → 118,787 bytes, +12 KB of base64 on a 0.69 MB page); 10 takes a third of
# 11's time for +0.2 %.
BROTLI_QUALITY = 9


class _Brotli:
    """fontTools' ``woff2.brotli`` with :data:`BROTLI_QUALITY` for compress (it has no option)."""

    def __init__(self, brotli: ModuleType) -> None:
        self._brotli = brotli

    def __getattr__(self, name: str) -> Any:
        return getattr(self._brotli, name)

    def compress(self, data: bytes, **kwargs: Any) -> bytes:
        return self._brotli.compress(data, **{"quality": BROTLI_QUALITY, **kwargs})


@lru_cache(maxsize=1)
def _harfbuzz_face() -> Any:  # uharfbuzz.Face (the library is untyped)
    """The font as a HarfBuzz face, read once per process (8 MB)."""
    import uharfbuzz

    return uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(font_path())))


def subset_woff2(characters: str) -> bytes:
    """WOFF2 bytes of the font cut down to ``characters`` (deterministic for a given set).

    HarfBuzz's subsetter cuts the font (2–4 ms; fontTools' took 0.28–0.45 s a report for the same
    glyphs), fontTools wraps the result as WOFF2.
    """
    import uharfbuzz
    from fontTools.ttLib import TTFont, woff2

    if not isinstance(woff2.brotli, _Brotli):
        woff2.brotli = _Brotli(woff2.brotli)

    request = uharfbuzz.SubsetInput()
    request.unicode_set.update(ord(c) for c in sorted(set(characters)))
    request.flags = uharfbuzz.SubsetFlags.NO_HINTING | uharfbuzz.SubsetFlags.NOTDEF_OUTLINE
    names = request.sets(uharfbuzz.SubsetInputSets.NAME_ID)
    names.clear()
    names.invert()  # every name record: the licence and family names among them
    # As HarfBuzz wrote it: no timestamp of today in the head table (the page would change every
    # second), no bounding boxes recomputed (HarfBuzz's are right, and that would parse the outlines).
    subset = uharfbuzz.subset(_harfbuzz_face(), request).blob.data
    font = TTFont(io.BytesIO(subset), recalcTimestamp=False, recalcBBoxes=False)
    font.flavor = "woff2"
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue()


def subsetter_id() -> str:
    """What makes the bytes of a subset besides its characters: the font file, the subsetter and the
    WOFF2 writer with their versions, the brotli quality (a key for caches of subsets)."""
    from importlib.metadata import version

    return (
        f"{font_path().name} uharfbuzz {version('uharfbuzz')} fonttools {version('fonttools')} "
        f"brotli {version('brotli')} q{BROTLI_QUALITY}"
    )


def font_face_css(text: str) -> str:
    """An ``@font-face`` rule embedding the subset of the font needed to draw ``text``."""
    characters = "".join(sorted({c for c in text if is_cjk(c)}))
    if not characters:
        return ""
    data = base64.b64encode(subset_woff2(characters)).decode("ascii")
    return (
        "@font-face {\n"
        f"  font-family: '{FAMILY} Embedded';\n"
        "  font-style: normal;\n"
        "  font-weight: 400;\n"
        f"  unicode-range: {CJK_UNICODE_RANGE};\n"
        f"  src: url(data:font/woff2;base64,{data}) format('woff2');\n"
        "}\n"
    )
