"""Cache keys, and the atomic writes the build relies on."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from shangyu_analysis.build import cache
from shangyu_analysis.config import SEED_ARTICLE
from shangyu_analysis.files import write_atomic

FIXTURES = Path(__file__).parent / "fixtures" / "build"


@pytest.fixture()
def inputs(tmp_path):
    notebook = tmp_path / "report.ipynb"
    shutil.copy(FIXTURES / "report.ipynb", notebook)
    article = tmp_path / "article.txt"
    shutil.copy(SEED_ARTICLE, article)
    return notebook, article


def test_key_is_stable_and_follows_every_input(inputs):
    notebook, article = inputs
    parameters = {"article": "a.txt", "lang": "zh"}
    key = cache.run_key(notebook, parameters, article)
    assert cache.run_key(notebook, dict(reversed(parameters.items())), article) == key
    assert cache.run_key(notebook, {**parameters, "lang": "en"}, article) != key
    article.write_bytes(article.read_bytes() + b" ")
    changed_article = cache.run_key(notebook, parameters, article)
    assert changed_article != key
    notebook.write_bytes(notebook.read_bytes().replace(b"tiny", b"small"))
    assert cache.run_key(notebook, parameters, article) != changed_article
    article.with_suffix(".source.yml").write_text("title: x\n", encoding="utf-8")
    assert cache.run_key(notebook, parameters, article) not in (key, changed_article)


def test_dependency_versions_are_part_of_the_environment():
    names = cache.installed_distributions()
    assert any(name.startswith("papermill-2.") for name in names)
    assert any(name.startswith("nbconvert-7.") for name in names)


def test_environment_fingerprint_changes_with_dependencies(monkeypatch):
    cache.environment_fingerprint.cache_clear()
    before = cache.environment_fingerprint()
    cache.environment_fingerprint.cache_clear()
    monkeypatch.setattr(cache, "installed_distributions", lambda: ["papermill-9.9.9"])
    try:
        assert cache.environment_fingerprint() != before
    finally:
        cache.environment_fingerprint.cache_clear()


def test_failed_write_leaves_previous_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "report.html"
    write_atomic({target: "good"})

    def broken_replace(source, destination):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic({target: "half"})
    assert target.read_text() == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]
