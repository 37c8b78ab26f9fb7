"""A malformed data/*.yml (YAML syntax or a wrong type) is one UserError naming the file, and the line
(syntax) or the field (type) — never a traceback (issue #11). All YAML goes through files.read_yaml."""

from __future__ import annotations

import pytest

from shangyu_analysis.errors import UserError
from shangyu_analysis.extract import measures
from shangyu_analysis.files import read_sidecar
from shangyu_analysis.indicators import load_catalog
from shangyu_analysis.report.narrative import data as narrative_data

SYNTAX = "a:\n  - b: 1\n   c: [\n"  # bad indentation on line 3


def _message(call) -> str:
    with pytest.raises(UserError) as info:
        call()
    message = info.value.message
    assert "\n" not in message
    return message


def test_catalog(tmp_path):
    path = tmp_path / "indicators.yml"
    path.write_text(SYNTAX, encoding="utf-8")
    assert _message(lambda: load_catalog(path)).startswith(f"{path}: invalid YAML at line 3, column 4")
    path.write_text("indicators: 5\n", encoding="utf-8")
    assert _message(lambda: load_catalog(path)) == f"{path}: field indicators: expected a list, found int"


@pytest.fixture
def data_file(tmp_path, monkeypatch):
    def make(name: str, text: str):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        monkeypatch.setattr(narrative_data, "GLOSSARY_YML", path)
        monkeypatch.setattr(narrative_data, "NARRATIVE_YML", path)
        monkeypatch.setattr(measures, "MEASURES_YML", path)
        narrative_data._load_yaml.cache_clear()
        measures.vocabulary.cache_clear()
        return path

    yield make
    narrative_data._load_yaml.cache_clear()
    measures.vocabulary.cache_clear()
    measures._term_pattern.cache_clear()


@pytest.mark.parametrize(
    "loader", [narrative_data.glossary_terms, narrative_data.narrative_settings, measures.vocabulary]
)
def test_syntax_errors_name_the_line(data_file, loader):
    path = data_file("broken.yml", SYNTAX)
    assert _message(loader).startswith(f"{path}: invalid YAML at line 3, column 4")


@pytest.mark.parametrize(
    "loader, text, field",
    [
        (narrative_data.glossary_terms, "terms: 5\n", "terms"),
        (narrative_data.glossary_terms, "terms:\n  - id: x\n    zh: 十三五\n    en: [a]\n", "terms[1].en"),
        (narrative_data.narrative_settings, "headline_per_category: two\n", "headline_per_category"),
        (narrative_data.narrative_settings, "- a list\n", "(top level)"),
        (measures.vocabulary, "measures: [GDP]\n", "measures"),
        (measures.vocabulary, "measures:\n  地区生产总值: {en: 5, family: money}\n", "measures.地区生产总值.en"),
        (measures.vocabulary, "measures: {}\nwords:\n  生产总值: 5\n", "words.生产总值"),
    ],
)
def test_wrong_types_name_the_field(data_file, loader, text, field):
    path = data_file("wrong.yml", text)
    assert _message(loader).startswith(f"{path}: field {field}: expected a ")


def test_a_sidecar_that_is_not_a_mapping(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("标题\n", encoding="utf-8")
    (tmp_path / "a.source.yml").write_text("- sha256\n", encoding="utf-8")
    assert (
        _message(lambda: read_sidecar(article))
        == f"{tmp_path / 'a.source.yml'}: field (top level): expected a mapping, found list"
    )


@pytest.mark.parametrize(
    "text, reason",
    [
        ("measures:\n  地区生产总值: {en: GDP, family: money, growth: 增速}\n", "growth: 增速 is not a term"),
        (
            "measures:\n  地区生产总值: {en: GDP, family: money, synonyms: [GDP]}\n"
            "  人均地区生产总值: {en: GDP per capita, family: money, synonyms: [GDP]}\n",
            "GDP already names 地区生产总值",
        ),
        ("measures:\n  地区生产总值: {en: GDP, family: cash}\n", "unknown family 'cash'"),
    ],
)
def test_a_measure_vocabulary_that_contradicts_itself(data_file, text, reason):
    """A synonym or growth term that maps to no term (or to two) is one line naming the file."""
    path = data_file("measures.yml", text)
    message = _message(measures.vocabulary)
    assert message.startswith(f"{path}: field measures.") and message.endswith(reason)


def test_the_vocabulary_maps_synonyms_to_terms():
    for word, term in (
        ("生产总值", "地区生产总值"),
        ("GDP", "地区生产总值"),
        ("经济总量", "地区生产总值"),
        ("社零", "社会消费品零售总额"),
    ):
        assert measures.vocabulary().synonyms[word] == term
    assert measures.measure_term("规模以上工业增加值同比增长", "percent", "%") == ("规上工业增加值增速", True)
    assert measures.measure_term("全县实现生产总值", "money", "元") == ("地区生产总值", False)
    assert measures.measure_term("新材料产业产值增长", "percent", "%") == (None, True)
