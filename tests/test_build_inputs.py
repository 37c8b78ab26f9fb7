"""Every input in the cache key: what a run reads is recorded (build/read_hook.py, build/inputs.py),
and editing any kind of input rebuilds exactly the runs that read it (issue 25)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from shangyu_analysis import config
from shangyu_analysis.build import cache, inputs

SEED = config.SEED_NAME
OTHER_TEXT = config.DATA_DIR / "corpus" / "a04_yunhe_bulletin_2022.txt"  # an uncurated article
GRID_RUN = "_all/en/06_side_by_side"  # the notebook over every article (scope grid) reads both articles' files
NOTEBOOKS = (
    "01_figures",
    "02_economy_and_fiscal",
    "03_industry_and_innovation",
    "04_development_path",
    "05_in_context",
)


def test_recorded_inputs_keep_project_files_outside_the_package(tmp_path, monkeypatch):
    root = tmp_path / "project"
    (root / "data").mkdir(parents=True)
    (root / "reports").mkdir()
    (root / "data" / "terms.yml").write_text("a: 1\n", encoding="utf-8")
    package = root / "shangyu_analysis"
    package.mkdir()
    monkeypatch.setattr(config, "PACKAGE_DIR", package)
    log = tmp_path / "reads"
    log.write_text(
        "\n".join(
            str(p)
            for p in (
                root / "data" / "terms.yml",
                root / "data" / "gone.yml",
                package / "labels.py",
                root / "reports" / "x.html",
                root / "shangyu_analysis.egg-info" / "entry_points.txt",
                tmp_path / "outside.txt",
            )
        )
        + "\n",
        encoding="utf-8",
    )
    recorded = inputs.recorded_inputs(log, root)
    assert recorded == {"data/gone.yml": inputs.MISSING, "data/terms.yml": hashlib.sha256(b"a: 1\n").hexdigest()}
    assert inputs.first_changed(recorded, root) is None
    (root / "data" / "gone.yml").write_text("now here\n", encoding="utf-8")
    assert inputs.first_changed(recorded, root) == "data/gone.yml"
    assert inputs.first_changed({"data/terms.yml": 3}, root) == "data/terms.yml"  # a damaged record


def test_read_hook_logs_files_read_under_the_working_directory_only(tmp_path):
    root = tmp_path / "project"
    (root / "data").mkdir(parents=True)
    (root / "data" / "a.csv").write_text("x\n", encoding="utf-8")
    (tmp_path / "outside.txt").write_text("y\n", encoding="utf-8")
    log = tmp_path / "reads"
    code = (
        f"exec(open({str(inputs.HOOK_FILE)!r}).read())\n"
        "import pathlib; pathlib.Path('data/a.csv').read_text(); open('../outside.txt').read()\n"
        "open('data/written.txt', 'w').write('z'); assert '_record_reads' not in globals()\n"
        "import os; os.close(os.open('data/a.csv', os.O_RDONLY))\n"
        "os.environ['SHANGYU_READS_LOG'] = 'elsewhere'; open('data/b.csv', 'w').close(); open('data/b.csv').read()\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True, env={**os.environ, inputs.READS_ENV: str(log)})
    assert log.read_text(encoding="utf-8").splitlines() == [str(root / "data" / "a.csv")]


def test_data_files_are_recorded_inputs_not_part_of_the_environment(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "DATA_DIR", tmp_path)
    monkeypatch.setattr(config, "ARTICLES_DIR", tmp_path / "articles")
    glossary = tmp_path / "glossary.yml"
    glossary.write_text("a: 1\n", encoding="utf-8")
    try:
        cache.environment_fingerprint.cache_clear()
        before = cache.environment_fingerprint()
        glossary.write_text("a: 2\n", encoding="utf-8")
        cache.environment_fingerprint.cache_clear()
        assert cache.environment_fingerprint() == before  # only the runs that read it rebuild
    finally:
        cache.environment_fingerprint.cache_clear()


# -- the real notebooks, in a copy of the project ----------------------------------------------------

_PLAN = (
    "import sys; from pathlib import Path; from shangyu_analysis.build.grid import load_grid; "
    "from shangyu_analysis.build.plan import plan; "
    "_, stale = plan(load_grid(), Path(sys.argv[1]), force=False, only=None); "
    "print('\\n'.join(sorted(s.run.run_id for s in stale)))"
)


def project_copy(tmp_path: Path) -> Path:
    """The project's data, notebooks and a grid of the seed and an uncurated article, in English."""
    root = tmp_path / "project"
    shutil.copytree(config.RAW_DIR, root / "data" / "raw")
    shutil.copy(OTHER_TEXT, root / "data" / "raw" / "other.txt")
    for path in [*config.DATA_DIR.glob("*.yml"), *config.DATA_DIR.glob("*.csv")]:  # the gazetteer is an input
        shutil.copy(path, root / "data" / path.name)
    shutil.copytree(config.ARTICLES_DIR, root / "data" / "articles")
    for folder in ("processed", "reference"):
        shutil.copytree(config.DATA_DIR / folder, root / "data" / folder)
    shutil.copytree(config.NOTEBOOKS_DIR, root / "notebooks", ignore=shutil.ignore_patterns("*.py", ".*"))
    for name in ("pyproject.toml", "requirements.lock"):
        shutil.copy(config.PROJECT_ROOT / name, root / name)
    (root / "build.yml").write_text(
        "notebooks: ['*.ipynb']\narticles: [data/raw/zjrb_2021-02-23_p11_shangyu.txt, data/raw/other.txt]\n"
        "langs: [en]\nparameters: {show_code: false}\n",
        encoding="utf-8",
    )
    return root


def _env(root: Path) -> dict:
    env = {**os.environ, "SHANGYU_PROJECT_ROOT": str(root)}
    env.pop("MPLBACKEND", None)
    return env


def build(root: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "shangyu_analysis.cli", "build", "--jobs", "2"],
        env=_env(root),
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr
    return done.stderr


def stale(root: Path) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _PLAN, str(root / "reports")],
        env=_env(root),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return set(done.stdout.split())


def runs(articles, notebooks) -> set[str]:
    return {f"{article}/en/{notebook}" for article in articles for notebook in notebooks}


def _append(path: Path, text: str) -> None:
    path.write_bytes(path.read_bytes() + text.encode("utf-8"))


def _append_reference_row(root: Path, row: str) -> None:
    """The README's recipe: append a row, put the file's new sha256 in the sidecar."""
    csv, sidecar = root / "data" / "reference" / "shangyu.csv", root / "data" / "reference" / "shangyu.source.yml"
    old = hashlib.sha256(csv.read_bytes()).hexdigest()
    _append(csv, row)
    new = hashlib.sha256(csv.read_bytes()).hexdigest()
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


REFERENCE_ROW = (
    "gdp,地区生产总值,2021,1155.55,亿元,secondary,,1155.55,亿元,Test bulletin 2021 (issue 25),"
    "a test row,https://example.org/test,地区生产总值1155.55亿元\n"
)


@pytest.mark.slow
def test_editing_each_kind_of_input_rebuilds_exactly_the_runs_that_read_it(tmp_path):
    root = project_copy(tmp_path)
    build(root)
    assert stale(root) == set()
    both, everything = (SEED, "other"), runs((SEED, "other"), NOTEBOOKS)
    data = root / "data"
    edits = {
        "reference CSV and its sidecar sha256": (
            lambda: _append_reference_row(root, REFERENCE_ROW),
            runs(both, ("04_development_path", "05_in_context")),
        ),
        "the seed's catalog": (
            lambda: _append(data / "articles" / SEED / "catalog.yml", "# edited\n"),
            runs((SEED,), NOTEBOOKS) | {GRID_RUN},
        ),
        "measure vocabulary": (lambda: _append(data / "measures.yml", "# edited\n"), everything | {GRID_RUN}),
        "glossary": (lambda: _append(data / "glossary.yml", "# edited\n"), runs(both, ("04_development_path",))),
        "narrative settings": (
            lambda: _append(data / "narrative.yml", "# edited\n"),
            runs(both, ("04_development_path",)),
        ),
        "an article": (
            lambda: _append(data / "raw" / "other.txt", "\n新增一段。\n"),
            runs(("other",), NOTEBOOKS) | {GRID_RUN},
        ),
        "an article's sidecar": (
            lambda: _append(data / "raw" / f"{SEED}.source.yml", "# edited\n"),
            runs((SEED,), NOTEBOOKS) | {GRID_RUN},
        ),
        "the seed's published tables": (
            lambda: _append(data / "processed" / SEED / "figures.csv", "\n"),
            runs((SEED,), ("01_figures", "02_economy_and_fiscal", "03_industry_and_innovation", "05_in_context"))
            | {GRID_RUN},
        ),
        "a notebook": (lambda: _edit_notebook(root / "notebooks" / "01_figures.ipynb"), runs(both, ("01_figures",))),
    }
    for name, (edit, expected) in edits.items():
        saved = {p: p.read_bytes() for p in root.rglob("*") if p.is_file() and "reports" not in p.parts}
        edit()
        assert stale(root) == expected, name
        for path, data_bytes in saved.items():
            path.write_bytes(data_bytes)
        assert stale(root) == set(), f"{name}, undone"


def _edit_notebook(path: Path) -> None:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    notebook["cells"][0]["source"] = "".join(notebook["cells"][0]["source"]) + " "
    path.write_text(json.dumps(notebook, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


@pytest.mark.slow
def test_readme_recipe_a_reference_row_reaches_report_05(tmp_path):
    # Regression (issue 25): following the README, the next build said "10 cached" and report 05
    # lacked the new value until --force.
    root = project_copy(tmp_path)
    (root / "build.yml").write_text(
        "notebooks: [05_in_context]\narticles: [data/raw/zjrb_2021-02-23_p11_shangyu.txt]\nlangs: [en]\n",
        encoding="utf-8",
    )
    build(root)
    page = root / "reports" / SEED / "en" / "05_in_context.html"
    assert "1155.55" not in page.read_text(encoding="utf-8")
    _append_reference_row(root, REFERENCE_ROW)
    assert "1 ok" in build(root)
    text = page.read_text(encoding="utf-8")
    assert "Test bulletin 2021 (issue 25)" in text and "1155.55" in text
