"""Shared fixtures. The suite needs nothing outside the repository (no ../shared)."""

from __future__ import annotations

import pytest

from shangyu_analysis import config


@pytest.fixture(scope="session")
def seed_path():
    return config.SEED_ARTICLE


@pytest.fixture(scope="session")
def seed_text(seed_path):
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_article(seed_path):
    from shangyu_analysis.article import load_article

    return load_article(seed_path)
