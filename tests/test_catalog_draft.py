"""``catalog draft`` and ``catalog check`` (issue #20 item 5): a draft catalog for any page.

- a draft for the seed and four corpus pages (a special page, a county bulletin, a city report, another special
  page) loads, claims every figure exactly once, has unique ASCII ids, names no longer than a name (no sentence
  punctuation), and `catalog check` passes; the dataset built from it is curated and says ``draft``;
- a repeated sentence is claimed with ``match.occurrence``;
- a draft never overwrites a catalog without --force;
- a hand-broken catalog gives one line naming the file, the entry and the field (exit 1);
- ``status`` is draft | reviewed, absent = reviewed, read cheaply by ``config.catalog_status``.
"""

from __future__ import annotations

import re

import pytest
import yaml

from shangyu_analysis import config
from shangyu_analysis.cli import main
from shangyu_analysis.dataset import load_dataset
from shangyu_analysis.errors import UserError
from shangyu_analysis.indicators.catalog import load_catalog
from shangyu_analysis.indicators.check import check_catalog
from shangyu_analysis.indicators.draft import draft_catalog
from shangyu_analysis.indicators.draft_names import MAX_NAME

# The fast tier leaves this module out: drafts, loads and checks whole catalogs of real pages.
pytestmark = pytest.mark.slow

PAGES = {
    "seed": "data/raw/zjrb_2021-02-23_p11_shangyu.txt",
    "special": "data/corpus/b01_jiangning_special.txt",
    "county_bulletin": "data/corpus/a04_yunhe_bulletin_2022.txt",
    "city_report": "data/corpus/a03_jinhua_govreport_2025.txt",
    "special_2": "data/corpus/b03_luanping_special.txt",
}
SENTENCE_MARKS = "，。；："


class _Drafts(dict):
    """Each page drafted once, when a test first asks for it (so no one test pays for all five)."""

    def __init__(self, folder):
        super().__init__()
        self.folder = folder

    def __missing__(self, key):
        path, entries, reviews = draft_catalog(PAGES[key], self.folder / f"{key}.yml")
        self[key] = (PAGES[key], path, entries, reviews)
        return self[key]


@pytest.fixture(scope="module")
def drafts(tmp_path_factory):
    return _Drafts(tmp_path_factory.mktemp("drafts"))


@pytest.mark.parametrize("key", list(PAGES))
def test_a_draft_loads_claims_every_figure_once_and_checks(drafts, key):
    article, path, entries, reviews = drafts[key]
    catalog = load_catalog(path)
    assert catalog.status == "draft" and catalog.describes(config.PROJECT_ROOT / article)
    ids = catalog.ids
    assert len(ids) == len(set(ids)) == entries
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", i) for i in ids)
    for entry in catalog.indicators:
        assert len(entry["name_zh"]) <= MAX_NAME, entry["name_zh"]
        assert not any(m in entry["name_zh"] + entry["name_en"] for m in SENTENCE_MARKS), entry["id"]
        assert entry["why"] and entry["description_en"]
    dataset = load_dataset(article, catalog=path)
    assert dataset.curated and dataset.catalog_status == "draft"
    assert sorted(dataset.indicators["figure_id"]) == sorted(dataset.figures["figure_id"])  # each figure once
    assert list(dataset.indicators["indicator_id"]) == ids
    problems, summary = check_catalog(article, path)
    assert problems == [] and "status draft" in summary
    assert reviews == path.read_text(encoding="utf-8").count("# review:") > 0


def test_a_draft_names_from_the_vocabulary_and_flags_fragments(drafts):
    catalog = load_catalog(drafts["special"][1])
    first = catalog.indicators[0]
    assert first["id"] == "jiangning_gdp_2024_yi_yuan"
    assert (first["name_zh"], first["name_en"]) == ("江宁 · 地区生产总值 · 2024年", "Jiangning · GDP · 2024")
    assert (first["measure"], first["place"], first["period_basis"]) == ("地区生产总值", "江宁", "stated")
    assert first["scope_basis"] == "stated" and first["scope_evidence"] == "江宁区"
    text = drafts["special"][1].read_text(encoding="utf-8")
    assert "# review: measure 其他:压缩至 is no name" in text  # a fragment of a sentence is never a name
    assert not any("压缩至" in e["name_zh"] for e in catalog.indicators)


def test_a_repeated_sentence_is_claimed_by_occurrence(tmp_path):
    article = "data/corpus/f19_05_xinxiang_h1_2022.txt"  # its first sentence comes back in the body
    path, _, _ = draft_catalog(article, tmp_path / "catalog.yml")
    catalog = load_catalog(path)
    assert any(e["match"].get("occurrence") for e in catalog.indicators)
    assert check_catalog(article, path)[0] == []


def test_a_draft_does_not_overwrite_a_catalog_without_force(drafts, capsys):
    article, path, _, _ = drafts["special"]
    before = path.read_bytes()
    with pytest.raises(UserError, match="--force"):
        draft_catalog(article, path)
    assert main(["catalog", "draft", article, "--out", str(path)]) == 2
    assert "--force" in capsys.readouterr().err and path.read_bytes() == before
    assert main(["catalog", "draft", article, "--out", str(path), "--force"]) == 0
    assert main(["catalog", "draft", PAGES["seed"]]) == 2  # the seed's reviewed catalog stays


def test_a_hand_broken_catalog_gives_one_line_naming_file_entry_field(drafts, tmp_path, capsys):
    article, path, _, _ = drafts["special"]
    broken = tmp_path / "broken.yml"
    text = path.read_text(encoding="utf-8")
    broken.write_text(text.replace("    value: 3150\n", "    value: 3100\n", 1), encoding="utf-8")
    assert main(["catalog", "check", article, "--catalog", str(broken)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{broken}: indicators entry 'jiangning_gdp_2024_yi_yuan', field value: catalog says 3100.0, "
        "the text says 3150 亿元 (3150亿元)"
    ]
    broken.write_text(text.replace("status: draft", "status: done", 1), encoding="utf-8")
    assert main(["catalog", "check", article, "--catalog", str(broken)]) == 1
    assert capsys.readouterr().out.strip() == f"{broken}: field status: 'done' is not one of draft, reviewed"
    assert main(["catalog", "check", article, "--catalog", str(tmp_path / "none.yml")]) == 2
    assert main(["catalog", "check", article, "--catalog", str(path)]) == 0


def test_status_absent_is_reviewed_and_is_read_cheaply(drafts, tmp_path, monkeypatch):
    assert load_catalog().status == "reviewed" and config.catalog_status(None) == "reviewed"
    assert config.catalog_status("data/raw/no_such_page.txt") is None
    _, path, _, _ = drafts["special"]
    monkeypatch.setattr(config, "ARTICLES_DIR", tmp_path)
    (tmp_path / "b01_jiangning_special").mkdir()
    (tmp_path / "b01_jiangning_special" / "catalog.yml").write_bytes(path.read_bytes())
    assert config.catalog_status(PAGES["special"]) == "draft"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["status"] == "draft" and data["source"]["article"] == PAGES["special"]


def test_data_uses_the_draft_at_its_default_place(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(config, "ARTICLES_DIR", tmp_path / "articles")
    monkeypatch.setattr(config, "PROCESSED_DIR", tmp_path / "processed")
    article = PAGES["special_2"]
    assert main(["catalog", "draft", article]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "articles" / "b03_luanping_special" / "catalog.yml")
    assert main(["catalog", "check", article]) == 0
    assert main(["data", article]) == 0
    assert "draft catalog, not reviewed" in capsys.readouterr().err
    table = (tmp_path / "processed" / "b03_luanping_special" / "indicators.csv").read_text(encoding="utf-8")
    rows = table.splitlines()[1:]
    assert rows and all(row.endswith(",True") for row in rows)  # curated: the draft's entries, not automatic ones


def test_a_figure_no_phrase_can_claim_is_one_line_not_a_broken_draft(tmp_path, capsys):
    page = tmp_path / "huge.txt"  # an enormous number: its sentence is cut short, so no context can hold it whole
    page.write_text("财政收入" + "9" * 400 + "亿元，增长" + "1" * 400 + "%。", encoding="utf-8")
    assert main(["catalog", "draft", str(page), "--out", str(tmp_path / "catalog.yml")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no phrase of its sentence can claim it" in err
    assert not (tmp_path / "catalog.yml").exists()
