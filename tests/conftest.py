"""Shared fixtures, and the guard of the fast tier. The suite needs nothing outside the repository (no ../shared).

Two tiers: ``make test`` runs everything (CI); ``make test-fast`` runs ``-m "not slow"``: every test that
executes no notebook and no build. In that tier a test not marked ``slow`` fails when it costs more than
:data:`UNMARKED_LIMIT_S` (see :func:`pytest_runtest_makereport` for what is measured, and why).
"""

from __future__ import annotations

import os

import pytest

from shangyu_analysis import config


@pytest.fixture(scope="session")
def seed():
    """The seed's dataset, loaded once (the fact-check regression tests of every round read it)."""
    from shangyu_analysis.dataset import load_dataset

    return load_dataset()


@pytest.fixture(scope="session")
def checks(seed):
    """The seed's cross-check against the reference statistics, computed once."""
    from shangyu_analysis.dataset import crosscheck, load_reference

    return crosscheck.cross_check(seed, load_reference())


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
SECOND_PAGE = "rmrb_2025-01-08_p10_jiangning"  # the second page built end to end (issue #20), beside the seed


@pytest.fixture(scope="session")
def built_reports(tmp_path_factory):
    """The project's real notebooks built once for the whole session (21 kernel runs, 2 workers, warm kernels).

    Every notebook of notebooks/ for the seed and the second page in zh and en, with build.yml's parameters (so a copy of the
    project finds these reports up to date: tests/test_readme_loop.py), plus the 04 en report of an
    uncurated article whose text carries ``<script>`` and ``<img onerror>`` (it must show them as text).
    The executed notebooks (``<run>.ipynb``) and the pages are what the notebook, build, browser and
    narrative tests read, so the suite executes each of the project's notebooks once per language
    with the default parameters, here.
    """
    import io

    from shangyu_analysis.build.run import run_build

    reports = tmp_path_factory.mktemp("built_reports")
    grid = reports.parent / "built_reports_grid.yml"
    grid.write_text(
        "notebooks_dir: notebooks\nnotebooks: ['*.ipynb']\n"
        f"articles: [data/raw/{config.SEED_NAME}.txt, data/raw/{SECOND_PAGE}.txt, "
        f"{XSS_ARTICLE.relative_to(config.PROJECT_ROOT).as_posix()}]\n"
        "langs: [zh, en]\nparameters: {show_code: false}\n",  # build.yml's: the same run keys
        encoding="utf-8",
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MPLBACKEND", "Agg")  # the build must keep figures anyway
        result = run_build(
            grid,
            force=True,
            jobs=2,
            reports_dir=reports,
            stream=io.StringIO(),
            only=[f"{config.SEED_NAME}/*/*", f"{SECOND_PAGE}/*/*", XSS_RUN],
        )
    failures = [f"{run.run_id}: {run.message}" for run in result.runs if run.status == "failed"]
    assert result.ok, failures
    return reports


@pytest.fixture(scope="session")
def executed_notebook(built_reports):
    """``executed_notebook(name, lang)``: the seed's notebook ``name`` as the session's build executed it."""
    import nbformat

    def read(name: str, lang: str):
        return nbformat.read(built_reports / config.SEED_NAME / lang / f"{name}.ipynb", as_version=4)

    return read


SESSION_BUILD = ("built_reports", "executed_notebook")


def pytest_collection_modifyitems(config, items):
    """A test that reads the session's build (directly or through another fixture) executes notebooks: slow."""
    for item in items:
        if any(name in SESSION_BUILD for name in getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


# The fast tier's budget for one unmarked test (setup + call): a test above it belongs in the slow tier.
UNMARKED_LIMIT_S = 2.0


def _fast_tier(config) -> bool:
    """Whether this run is the fast tier: its ``-m`` expression leaves out ``slow`` tests."""
    return "not slow" in " ".join((config.getoption("markexpr") or "").split())


def _cpu_s() -> float:
    """CPU seconds of this process and of its children that have ended (a subprocess, a kernel)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item):
    item.stash[_CPU_SPENT] = 0.0
    started = _cpu_s()
    yield
    item.stash[_CPU_SPENT] += _cpu_s() - started


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    started = _cpu_s()
    yield
    item.stash[_CPU_SPENT] = item.stash.get(_CPU_SPENT, 0.0) + _cpu_s() - started


_CPU_SPENT = pytest.StashKey[float]()
_WALL_SPENT = pytest.StashKey[float]()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In the fast tier, fail an unmarked test whose setup + call cost more than the budget.

    Measured twice, and either fails it: CPU seconds (this process and the subprocesses it waited for,
    so a kernel or a CLI run counts), which the load other people put on a shared machine hardly
    changes; and wall seconds against the budget scaled by the load (1-minute load average per core,
    at least 1), which catches a test that sleeps or waits without spending CPU. Wall seconds alone
    would fail the suite whenever the machine is busy (three to four times the idle time at a load of
    8 on 2 cores); only in the fast tier, so a loaded CI machine never fails the full suite for it.
    """
    outcome = yield
    report = outcome.get_result()
    if call.when == "setup":
        item.stash[_WALL_SPENT] = call.duration
    if call.when != "call" or report.outcome != "passed" or not _fast_tier(item.config):
        return
    if item.get_closest_marker("slow") is not None:
        return
    cpu, wall = item.stash.get(_CPU_SPENT, 0.0), item.stash.get(_WALL_SPENT, 0.0) + call.duration
    load = max(1.0, os.getloadavg()[0] / (os.cpu_count() or 1))
    if cpu > UNMARKED_LIMIT_S or wall > UNMARKED_LIMIT_S * load:
        report.outcome = "failed"
        report.longrepr = (
            f"{item.nodeid} took {cpu:.2f} s of CPU and {wall:.2f} s of wall time (load factor "
            f"{load:.1f}); an unmarked test may take {UNMARKED_LIMIT_S:.0f} s in the fast tier: "
            f"mark it @pytest.mark.slow or make it cheaper"
        )
