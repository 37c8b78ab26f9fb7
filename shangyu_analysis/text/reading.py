"""Read a text file and decode it, turning every way it can be wrong into one clear UserError."""

from __future__ import annotations

from pathlib import Path

from shangyu_analysis.errors import UserError

# Articles are a few kB; a limit keeps memory bounded on a mistaken input (a 100 MB log, a dump).
MAX_ARTICLE_BYTES = 16 * 1024 * 1024


def read_text_file(path: Path, *, max_bytes: int = MAX_ARTICLE_BYTES) -> tuple[bytes, str, str]:
    """Return ``(raw_bytes, decoded_text, encoding)`` for a UTF-8, UTF-16 (with its BOM) or GB18030/GBK file.

    The decoded text keeps its line ends; a UTF-8 BOM is removed. Raises UserError for a missing
    path, a directory, a file over ``max_bytes``, an empty, binary (NUL bytes) or undecodable file.
    """
    if not path.exists():
        raise UserError(path, "no such file")
    if path.is_dir():
        raise UserError(path, "is a directory, expected a text file")
    size = path.stat().st_size
    if size > max_bytes:
        raise UserError(
            path,
            f"file is {size / 1024 / 1024:.1f} MiB; the limit is {max_bytes // 1024 // 1024} MiB "
            "(an article is a few kB: split the text or pass the right file)",
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(path, f"cannot read: {exc.strerror or exc}") from None
    if not raw.strip():
        raise UserError(path, "file is empty")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its BOM (Windows "Unicode" text)
        text, encoding = _decode_utf16(path, raw)
    elif b"\x00" in raw:
        raise UserError(path, "binary file (contains NUL bytes), expected UTF-8 or GB18030 text")
    else:
        text, encoding = _decode(path, raw)
    if "\x00" in text:
        raise UserError(path, "binary file (contains NUL characters), expected text")
    if not text.strip(" \t\r\n\u3000\ufeff"):
        raise UserError(path, "file is empty")
    return raw, text, encoding


def _decode_utf16(path: Path, raw: bytes) -> tuple[str, str]:
    try:
        text = raw.decode("utf-16")  # the BOM gives the byte order and is removed
    except UnicodeDecodeError as exc:
        raise UserError(path, f"cannot decode: starts with a UTF-16 BOM but byte {exc.start} is not UTF-16") from None
    if not _plausible_chinese(text):
        raise UserError(path, "cannot decode: starts with a UTF-16 BOM, but as UTF-16 it is not readable text")
    return text, "utf-16"


def _decode(path: Path, raw: bytes) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise UserError(path, f"starts with a UTF-8 BOM but byte {exc.start + 3} is not UTF-8") from None
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            raise UserError(
                path, f"cannot decode: not UTF-8 (bad byte at offset {utf8_error.start}) and not GB18030/GBK"
            ) from None
    if not _plausible_chinese(text):
        raise UserError(path, "cannot decode: not UTF-8, and as GB18030 it is not readable text")
    return text, "gb18030"


def _plausible_chinese(text: str) -> bool:
    """GB18030 maps almost any byte pair to some character; real text is mostly common Han + ASCII.

    Latin letters with tone marks count as common: reposted pages gloss words with pinyin inside them
    (經(jīng)濟, faj1_04 in the corpus), a tenth of such a text's characters."""
    common = sum(
        1
        for c in text
        if c.isascii()
        or "\u4e00" <= c <= "\u9fff"
        or "\u00c0" <= c <= "\u024f"
        or "\u3000" <= c <= "\u303f"
        or "\uff00" <= c <= "\uffef"
        or c in "“”‘’…—·"
    )
    return common >= 0.9 * len(text)
