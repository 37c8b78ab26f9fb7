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
    from shangyu_analysis.text import load_article

    return load_article(seed_path)


XSS_ARTICLE = config.PROJECT_ROOT / "tests" / "fixtures" / "narrative" / "county_report.txt"
XSS_RUN = "county_report/en/04_development_path"


@pytest.fixture(scope="session")
def built_reports(tmp_path_factory):
    """The project's real notebooks built once for the whole session (5 kernel runs, 2 workers).

    The seed's 01 and 04 reports in zh and en, plus the 04 en report of an uncurated article whose
    text carries ``<script>`` and ``<img onerror>`` (it must show them as text). Shared by the
    build, browser and narrative tests, so the suite pays for the real build once.
    """
    import io

    from shangyu_analysis.build.run import run_build

    reports = tmp_path_factory.mktemp("built_reports")
    grid = reports.parent / "built_reports_grid.yml"
    grid.write_text(
        "notebooks_dir: notebooks\nnotebooks: [01_figures, 04_development_path]\n"
        f"articles: [data/raw/{config.SEED_NAME}.txt, {XSS_ARTICLE.relative_to(config.PROJECT_ROOT).as_posix()}]\n"
        "langs: [zh, en]\n",  # no fixed parameters: 04 declares no show_code
        encoding="utf-8",
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MPLBACKEND", "Agg")  # the build must keep figures anyway
        result = run_build(grid, force=True, jobs=2, reports_dir=reports, stream=io.StringIO(),
                           only=[f"{config.SEED_NAME}/*/*", XSS_RUN])
    failures = [f"{run.run_id}: {run.message}" for run in result.runs if run.status == "failed"]
    assert result.ok, failures
    return reports
