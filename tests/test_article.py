"""Article parser: the newspaper format, plain text, encodings, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from shangyu_analysis.cli import main
from shangyu_analysis.errors import UserError
from shangyu_analysis.text import load_article, parse_text, reading
from shangyu_analysis.text.periods import resolve_period


def test_seed_header_fields(seed_article):
    a = seed_article
    assert a.paper == "浙江日报"
    assert (a.page_number, a.page_name) == (11, "专版")
    assert a.title == "上虞:全面建设高水平“创新强区、品质名城”"
    assert a.subtitles == ["率先走出争创社会主义现代化先行省的区域发展之路"]
    assert a.authors == ["朱银燕", "倪贤方"]
    assert a.date == dt.date(2021, 2, 23)
    assert a.weekday == "星期二"
    assert a.photo_credit == "(图片由上虞区委宣传部提供)"
    assert a.related_ids[0] == "浙江日报2021-02-2300005" and len(a.related_ids) == 6
    assert a.encoding == "utf-8"
    assert a.sha256 == "d87220a31c8992ce91d7a6ddf9ba4d02c82182ddd7d6e51209a1b14c1d6b9549"


def test_seed_sections_and_paragraphs(seed_article):
    a = seed_article
    assert [s.heading for s in a.sections] == [
        "平台和数字双轮驱动 跑出高质量发展加速度",
        "改革和创新双管齐下 下好产业创新先手棋",
        "文化和建设双向发力 推动城市品质大提升",
    ]
    assert len(a.paragraphs) == 25
    first = a.paragraphs[0]
    assert first.text.startswith("e游小镇全面推进") and first.section is None and first.index == 1
    for p in a.paragraphs:
        assert a.text[p.start : p.end] == p.text
        assert not p.text.startswith(" ")
    by_section = {p.section for p in a.paragraphs}
    assert by_section == {None, *[s.heading for s in a.sections]}
    # The footer is not a paragraph, and its span is the last line.
    start, end = a.footer_span
    assert a.text[start:end].startswith("浙江日报 专版 00011")
    assert all(p.end <= start for p in a.paragraphs)
    # Masthead and page line carry no content; the title block is counted once.
    assert all(a.text[s:e] != "00011版:专版" for s, e in a.content_spans)
    assert sum(a.text[s:e] == a.title for s, e in a.content_spans) == 1


def test_paragraph_at(seed_article):
    offset = seed_article.text.index("156.72亿元")
    p = seed_article.paragraph_at(offset)
    assert p is not None and p.index == 2 and "财政总收入" in p.text
    assert seed_article.paragraph_at(0) is None


@pytest.mark.parametrize(
    "encode",
    [
        # GBK has no NBSP (the seed has four, in headings); a GBK copy carries plain spaces there.
        lambda t: t.replace("\xa0", " ").encode("gbk"),
        lambda t: t.encode("gb18030"),
        lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
        lambda t: t.replace("\n", "\r\n").encode("utf-8"),
        lambda t: t.replace("\n", "\r").encode("utf-8"),
    ],
    ids=["gbk", "gb18030", "bom", "crlf", "cr"],
)
def test_encodings_and_line_ends_parse_the_same(tmp_path, seed_text, seed_article, encode):
    path = tmp_path / "copy.txt"
    path.write_bytes(encode(seed_text))
    a = load_article(path)
    assert a.text.replace("\xa0", " ") == seed_article.text.replace("\xa0", " ")
    assert [s.heading for s in a.sections] == [s.heading for s in seed_article.sections]
    assert [(p.start, p.end) for p in a.paragraphs] == [(p.start, p.end) for p in seed_article.paragraphs]
    assert a.title == seed_article.title


@pytest.mark.parametrize("codec", ["gb18030", "utf-16"])
def test_a_text_glossed_with_pinyin_decodes_in_gb18030_and_utf16(tmp_path, codec):
    # faj1_04_pingguo_devzone_2023: a reposted page glossing its words with pinyin, a tenth of its characters
    # Latin letters with tone marks; the plausibility check once refused it in GB18030 and UTF-16
    text = "2月1日,廣西平果經(jīng)濟(jì)技術(shù)開(kāi)發(fā)區(qū)正式揭牌,規(guī)劃面積11.05平方公里。\n"
    path = tmp_path / "glossed.txt"
    path.write_bytes(text.encode(codec))
    assert load_article(path).text.rstrip("\n").endswith("11.05平方公里。")


def test_full_width_is_folded_for_matching_only():
    a = parse_text("标题\n  收入１５６．７２亿元，增长１６．７％。\n")
    assert len(a.match_text) == len(a.text)
    assert "156.72亿元" in a.match_text
    assert "１５６．７２亿元" in a.text


def test_plain_text_parses_by_line():
    a = parse_text("杭州经济\n\n前三季度增长10%。\n  第二段\n", date=dt.date(2021, 11, 8))
    assert a.title == "杭州经济"
    assert [p.text for p in a.paragraphs] == ["前三季度增长10%。", "第二段"]
    assert a.page_number is None and a.date == dt.date(2021, 11, 8)
    assert parse_text("只有一行").date is None


@pytest.mark.parametrize(
    "expression, date, expected",
    [
        ("今年", dt.date(2021, 2, 23), "2021"),
        ("去年", dt.date(2021, 2, 23), "2020"),
        ("去年以来", dt.date(2021, 2, 23), "2020"),
        ("明年", dt.date(2021, 11, 8), "2022"),
        ("今年", None, None),
        ("十三五", None, "2016-2020"),
        ("“十四五”时期", None, "2021-2025"),
        ("十二五", None, "2011-2015"),
        ("2020年", None, "2020"),
        ("2019年10月", None, "2019M10"),
        ("岁末年初", dt.date(2021, 2, 23), None),
    ],
)
def test_resolve_period(expression, date, expected):
    assert resolve_period(expression, date) == expected


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d, "empty.txt", b""), "file is empty"),
        (lambda d: _write(d, "blank.txt", b"  \n\r\n"), "file is empty"),
        (lambda d: _write(d, "bin.txt", b"PK\x03\x04\x00\x00abc"), "binary file"),
        (lambda d: _write(d, "bad.txt", b"\xff\xfe\xfa\x80\x81\xff" * 20), "cannot decode"),
        (lambda d: _write(d, "badbom.txt", b"\xef\xbb\xbf\xff\xff"), "UTF-8 BOM"),
    ],
    ids=["missing", "directory", "empty", "blank", "binary", "undecodable", "bad-bom"],
)
def test_bad_input_is_one_clear_error(tmp_path, make, reason):
    path = make(tmp_path)
    with pytest.raises(UserError) as info:
        load_article(path)
    assert reason in info.value.message
    assert str(path) in info.value.message
    assert "\n" not in info.value.message


def test_huge_file_fails_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:  # 100 MB, sparse: the size check must come before any read
        f.seek(100 * 1024 * 1024 - 1)
        f.write(b"\n")
    with pytest.raises(UserError, match=r"100\.0 MiB; the limit is"):
        load_article(path)
    assert reading.MAX_ARTICLE_BYTES < 100 * 1024 * 1024


def test_modified_raw_file_is_refused(tmp_path, seed_path, seed_text):
    copy = tmp_path / seed_path.name
    shutil.copy(seed_path.with_name(seed_path.stem + ".source.yml"), tmp_path)
    copy.write_text(seed_text.replace("156.72", "165.72"), encoding="utf-8")
    with pytest.raises(UserError, match=r"sha256 .* differs from zjrb_2021-02-23_p11_shangyu.source.yml"):
        load_article(copy)
    copy.write_text(seed_text, encoding="utf-8")
    assert load_article(copy).sha256.startswith("d87220a3")


def test_cli_article_json(seed_path, capsys):
    assert main(["article", str(seed_path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["page_number"] == 11 and data["date"] == "2021-02-23"
    assert len(data["paragraphs"]) == 25


def test_cli_user_error_is_one_line_exit_2(tmp_path, capsys):
    missing = tmp_path / "nope.txt"
    assert main(["article", str(missing)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"shangyu-analysis: error: {missing}: no such file\n"
