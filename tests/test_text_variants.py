"""One folding for every field read from the text (issue #11): the full-width, traditional-script, CRLF,
BOM, GB18030 and UTF-16 variants of the seed and of every text fixture give the same article structure
(date, page, sections, paragraphs, footer) and the same figures (spans, values, units, qualifiers) with the
same facts (place, period and its basis)."""

from __future__ import annotations

from pathlib import Path

import pytest

from shangyu_analysis import config
from shangyu_analysis.extract import extract_figures
from shangyu_analysis.text import load_article
from shangyu_analysis.text.dates import as_given
from shangyu_analysis.text.normalise import _SIMPLIFIED, _TRADITIONAL

# The fast tier leaves this module out: extracts every corpus text in four script and width variants.
pytestmark = pytest.mark.slow

TEXTS = sorted(
    [
        config.SEED_ARTICLE,
        *(config.PROJECT_ROOT / "tests" / "fixtures").rglob("*.txt"),
        *(config.DATA_DIR / "corpus").glob("*.txt"),
    ]
)
# Every printable ASCII character but the comma: a full-width comma is the Chinese comma (，), which
# separates list items (5，300 is two numbers), so it is not a variant of the thousands separator.
_FULL_WIDTH = {code: code + 0xFF01 - 0x21 for code in range(0x21, 0x7F) if chr(code) != ","}
_TO_TRADITIONAL = str.maketrans(_SIMPLIFIED, _TRADITIONAL)


def _full_width(text: str) -> bytes:
    return text.translate(_FULL_WIDTH).encode("utf-8")


VARIANTS = {
    "full_width": _full_width,
    "traditional": lambda text: text.translate(_TO_TRADITIONAL).encode("utf-8"),
    "crlf": lambda text: text.replace("\n", "\r\n").encode("utf-8"),
    "bom": lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
    "gb18030": lambda text: text.encode("gb18030"),
    "utf16": lambda text: text.encode("utf-16"),
}


def _structure(article) -> dict:
    return {
        "chars": len(article.text),
        "date": article.date,
        "page": article.page_number,
        "sections": [(s.start, s.end) for s in article.sections],
        "paragraphs": [(p.index, p.start, p.end) for p in article.paragraphs],
        "footer": article.footer_span,
        "authors": len(article.authors),
        "related": len(article.related_ids),
    }


def _figures(article) -> list[tuple]:
    frame = extract_figures(article)
    return list(
        zip(
            frame["start"],
            frame["end"],
            frame["value"].round(9),
            frame["value_high"].fillna(-1),
            frame["unit"],
            frame["qualifier"].astype(str),
            frame["kind"].astype(str),
            frame["place"],
            frame["period"],
            frame["period_basis"],
        )
    )


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_variants_read_the_same(tmp_path, path: Path, variant: str):
    original = load_article(path)
    copy = tmp_path / path.name  # the copy's sidecar keeps the date and place, not the sha256 (bytes differ)
    copy.write_bytes(VARIANTS[variant](original.text))
    if original.date is not None or original.place:
        # a year-only or month-only date (date: 2010, 2017-06) is written back as given: the rest is not known
        date = as_given(original.date) if original.date is not None else "null"
        (tmp_path / f"{path.stem}.source.yml").write_text(
            f"date: {date}\nplace: {original.place or 'null'}\n",
            encoding="utf-8",
        )
    changed = load_article(copy)
    assert _structure(changed) == _structure(original)
    assert _figures(changed) == _figures(original)
