"""The one label table: every declared enumeration value labelled in zh and en, nothing else labelled.

In the style of PUDL's metadata tests: the check runs in both directions (a declared value without a
label, a label without a declared value), and is shown to fail on a table with the old bug
(``percentage_points`` where the extractor emits ``percentage_point``; no ``duration`` or ``other``).
"""

from __future__ import annotations

import ast
import copy
import re
from pathlib import Path

import pytest

from shangyu_analysis.errors import UserError
from shangyu_analysis.report import labels
from shangyu_analysis.report.labels import ENUM_GROUPS, LABELS, check_lang, enum_label, label, labels_in
from shangyu_analysis.schema import ENUMERATIONS, LANGS, FigureKind, Qualifier

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
REPORT_DIR = Path(labels.__file__).resolve().parent


def enumeration_problems(table: dict) -> list[str]:
    """What is wrong with the enumeration groups of ``table``: missing labels, stray keys, empty words."""
    problems = []
    for enum in ENUMERATIONS:
        group = table.get(ENUM_GROUPS.get(enum, ""), {})
        declared = set(enum.values())
        problems += [f"{enum.__name__}.{v}: no label" for v in sorted(declared - set(group))]
        problems += [f"{enum.__name__}: label {k!r} is not a declared value" for k in sorted(set(group) - declared)]
        problems += [
            f"{enum.__name__}.{k}: no {lang} label"
            for k, words in group.items()
            for lang in LANGS
            if not str(words.get(lang) or "").strip()
        ]
    return problems


def test_every_declared_value_has_a_zh_and_an_en_label_and_nothing_else_is_labelled():
    assert set(ENUM_GROUPS) == set(ENUMERATIONS)
    assert enumeration_problems(LABELS) == []


def test_the_check_catches_the_old_kind_table():
    old = copy.deepcopy(LABELS)
    kinds = old["figure_kind"]
    kinds["percentage_points"] = kinds.pop("percentage_point")
    for value in ("duration", "other", "index"):
        del kinds[value]
    old["qualifier"]["approx"]["zh"] = ""
    assert enumeration_problems(old) == [
        "FigureKind.duration: no label",
        "FigureKind.index: no label",
        "FigureKind.other: no label",
        "FigureKind.percentage_point: no label",
        "FigureKind: label 'percentage_points' is not a declared value",
        "Qualifier.approx: no zh label",
    ]


def test_every_label_has_both_languages_and_english_has_no_chinese():
    for group, entries in LABELS.items():
        for key, words in entries.items():
            assert set(words) == set(LANGS), f"{group}.{key}"
            assert all(isinstance(w, str) and w.strip() for w in words.values()), f"{group}.{key}"
            assert not CJK.search(words["en"]), f"{group}.{key}: {words['en']}"
    for group in ENUM_GROUPS.values():
        assert all(CJK.search(words["zh"]) for words in LABELS[group].values()), group


def test_lookups():
    assert enum_label(FigureKind.DURATION, "zh") == "时长"
    assert enum_label("percentage_point", "zh", FigureKind) == "百分点"
    assert enum_label(Qualifier.APPROX, "en") == "approximate"
    assert enum_label("", "zh", FigureKind) == "" and enum_label("?", "en", FigureKind) == "?"  # data passes through
    with pytest.raises(TypeError, match="not a labelled enumeration"):
        enum_label("money", "zh")  # a plain string needs its enumeration
    assert label("qualifier_phrase.approx", "en", x="5%") == "about 5%"
    assert labels_in("narrative", "zh")["paragraph_mark"].format(n=5) == "第5段"
    assert labels_in("report_header", "en")["lock"] == "Lock file SHA-256"
    assert labels_in("build_status", "en") == {
        "ok": "ok",
        "cached": "cached",
        "failed": "failed",
        "skipped": "not built",
        "earlier": "built earlier",
    }


@pytest.mark.parametrize("bad", ["fr", "", None, "ZH"])
def test_one_language_check_raises_a_user_error(bad):
    assert [check_lang(lang) for lang in LANGS] == list(LANGS)
    with pytest.raises(UserError, match=r"unknown language .*; expected zh or en"):
        check_lang(bad)
    with pytest.raises(UserError):
        label("chart.no_data", bad)
    with pytest.raises(UserError):
        enum_label(FigureKind.MONEY, bad)


def _modules() -> list[Path]:
    return sorted(REPORT_DIR.rglob("*.py"))


def test_report_imports_only_lower_layers_and_at_module_level():
    allowed = {"schema", "text", "extract", "indicators", "dataset", "report", "config", "errors", "files"}
    problems = []
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # an ``if TYPE_CHECKING:`` block at module level is read by the type checker only, never run
        checking = [n.body for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING"]
        top_level = set(map(id, tree.body + [node for body in checking for node in body]))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):  # "from shangyu_analysis import config" names the module
                names = (
                    [f"{node.module}.{a.name}" for a in node.names]
                    if node.module == "shangyu_analysis"
                    else [node.module or ""]
                )
            else:
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            for name in (n for n in names if n.startswith("shangyu_analysis")):
                layer = ([*name.split("."), ""])[1]
                if layer not in allowed:
                    problems.append(f"{path.name}: imports {name}")
                if id(node) not in top_level:
                    problems.append(f"{path.name}:{node.lineno}: imports {name} inside a function")
    assert problems == []
    assert len(_modules()) >= 15


def test_no_module_but_labels_declares_languages_or_word_tables():
    """Languages come from the schema and words from labels.py: no second ``("zh", "en")`` or ``{"zh": ...}``."""
    for path in _modules():
        if path.name == "labels.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"""\(\s*["']zh["']\s*,\s*["']en["']\s*\)|LANGS\s*=""", text), path.name
        assert not re.search(r"""\{\s*["']zh["']\s*:\s*["'][^"']*["']\s*,\s*["']en["']\s*:""", text), path.name
