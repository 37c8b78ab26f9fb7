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


_registered = False


def register_matplotlib_font() -> str:
    """Add the CJK font to matplotlib's font manager (once) and return its family name."""
    global _registered
    if not _registered:
        from matplotlib import font_manager

        font_manager.fontManager.addfont(str(font_path()))
        _registered = True
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


# Brotli quality for the WOFF2 data. fontTools always asks for 11, which takes 0.24–0.53 s of a
# report's ~2 s of CPU; 10 takes a third of that and the subsets stay within 0.4 % of the size
# (measured on the seed reports: 04 zh 109,724 → 109,961 bytes; 9 would add 8 %).
BROTLI_QUALITY = 10


class _Brotli:
    """fontTools' ``woff2.brotli`` with :data:`BROTLI_QUALITY` for compress (it has no option)."""

    def __init__(self, brotli):
        self._brotli = brotli

    def __getattr__(self, name):
        return getattr(self._brotli, name)

    def compress(self, data, **kwargs):
        return self._brotli.compress(data, **{"quality": BROTLI_QUALITY, **kwargs})


def subset_woff2(characters: str) -> bytes:
    """WOFF2 bytes of the font cut down to ``characters`` (deterministic for a given set)."""
    from fontTools import subset
    from fontTools.ttLib import woff2

    if not isinstance(woff2.brotli, _Brotli):
        woff2.brotli = _Brotli(woff2.brotli)

    options = subset.Options()
    options.flavor = "woff2"
    options.name_IDs = ["*"]  # keep the licence and family names
    options.notdef_outline = True
    options.hinting = False
    font = subset.load_font(str(font_path()), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(set(characters))))
    subsetter.subset(font)
    buffer = io.BytesIO()
    subset.save_font(font, buffer, options)
    return buffer.getvalue()


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
