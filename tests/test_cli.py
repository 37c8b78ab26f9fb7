"""The command line: data-only stdout, and one-line errors (exit 2) for every user mistake."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pandas as pd
import pytest

from shangyu_analysis.cli import main
from shangyu_analysis.schema import FIGURES, column_names

FIGURE_COLUMNS = column_names(FIGURES)


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_figures_json_is_only_data_with_the_documented_columns(capsys, seed_path):
    code, out, err = run(capsys, "figures", str(seed_path), "--format", "json")
    assert code == 0 and err == ""
    rows = json.loads(out)
    assert len(rows) == 41
    assert list(rows[0]) == list(FIGURE_COLUMNS)
    first = rows[0]
    assert (first["surface"], first["value"], first["unit"], first["qualifier"]) == ("64亿元", 64, "亿元", "approx")
    assert rows[1]["value_high"] is None  # NaN becomes null, not an invalid JSON token


def test_figures_csv_and_table(capsys, seed_path):
    code, out, _ = run(capsys, "figures", str(seed_path), "--format", "csv")
    frame = pd.read_csv(io.StringIO(out))
    assert code == 0 and list(frame.columns) == list(FIGURE_COLUMNS) and len(frame) == 41
    code, out, _ = run(capsys, "figures", str(seed_path))
    assert code == 0 and "156.72亿元" in out and "more_than" in out


def test_figures_all_lists_rejected_numerals_with_a_reason(capsys, seed_path):
    code, out, _ = run(capsys, "figures", str(seed_path), "--format", "json", "--all")
    rows = json.loads(out)
    rejected = [r for r in rows if not r["is_figure"]]
    assert code == 0 and sum(r["is_figure"] for r in rows) == 41
    assert rejected and all(r["reason"] for r in rejected)
    assert any(r["surface"].startswith("2020年") or r["surface"] == "2020" for r in rejected)


def test_gbk_copy_of_the_seed_gives_the_same_figures(capsys, tmp_path, seed_text, seed_path):
    gbk = tmp_path / "seed_gbk.txt"
    gbk.write_bytes(seed_text.replace("\xa0", " ").encode("gbk"))
    _, utf8, _ = run(capsys, "figures", str(seed_path), "--format", "csv")
    code, out, _ = run(capsys, "figures", str(gbk), "--format", "csv")
    assert code == 0 and out == utf8


def _file(folder, name, data: bytes):
    path = folder / name
    path.write_bytes(data)
    return path


def _huge(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.seek(100 * 1024 * 1024 - 1)
        handle.write(b"\n")
    return path


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _file(d, "empty.txt", b""), "file is empty"),
        (lambda d: _file(d, "bin.txt", b"\x00\x01"), "binary file"),
        (lambda d: _file(d, "bad.txt", b"\xff\xfe\xfa\x80" * 9), "cannot decode"),
        (_huge, "the limit is"),
    ],
    ids=["missing", "directory", "empty", "binary", "undecodable", "100MB"],
)
def test_figures_bad_input_is_one_line_exit_2(capsys, tmp_path, make, reason):
    path = make(tmp_path)
    code, out, err = run(capsys, "figures", str(path))
    assert code == 2 and out == ""
    assert err.startswith(f"shangyu-analysis: error: {path}: ") and reason in err
    assert err.count("\n") == 1


@pytest.mark.slow  # over 1 s of CPU: the fast tier leaves it out
def test_no_traceback_from_the_installed_entry_point(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "shangyu_analysis.cli", "figures", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"shangyu-analysis: error: {tmp_path / 'nope.txt'}: no such file\n"


def test_other_commands_report_user_errors_the_same_way(capsys, tmp_path):
    code, _, err = run(capsys, "evaluate", str(tmp_path / "nowhere"))
    assert code == 2 and err.startswith("shangyu-analysis: error: ") and err.count("\n") == 1
    code, _, err = run(capsys, "build", "--grid", str(tmp_path / "grid.yml"))
    assert code == 2 and "grid.yml" in err and err.count("\n") == 1
    code, _, err = run(capsys, "data", str(tmp_path / "article.txt"))
    assert code == 2 and "article.txt: no such file" in err
