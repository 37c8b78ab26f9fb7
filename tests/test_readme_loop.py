"""A new user's loop, run with the README's own commands (issue 25): copy a page, fill its sidecar from the
template, add it to the grid, build, change a parameter, build again; then edit the sidecar and only that page's
reports are stale. The commands are read from README.md between the analyst-loop markers."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from shangyu_analysis import config
from shangyu_analysis.build.layout import GRID_FOLDER
from shangyu_analysis.build.nbparams import read_notebook
from shangyu_analysis.files import read_yaml

PAGE = config.DATA_DIR / "corpus" / "a04_yunhe_bulletin_2022.txt"  # a real page, uncurated
SIDECAR_FIELDS = {
    "title": "云和县2022年国民经济和社会发展统计公报",
    "place": "云和县 (丽水市, 浙江省)",
    "publisher": "云和县统计局",
    "date": "2023-03-31",
}


def readme_loop() -> list[str]:
    """The shell commands of the README's *Analyse your own page* block, one per line (comments kept)."""
    readme = (config.PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- analyst-loop:start.*?```bash\n(.*?)```\n<!-- analyst-loop:end -->", readme, re.S)
    assert block, "README.md lost its analyst-loop block"
    return block.group(1).splitlines()


def project_copy(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    for folder in ("raw", "processed", "reference", "articles"):
        shutil.copytree(config.DATA_DIR / folder, root / "data" / folder)
    for path in [*config.DATA_DIR.glob("*.yml"), *config.DATA_DIR.glob("*.csv")]:  # the gazetteer is an input
        shutil.copy(path, root / "data" / path.name)
    shutil.copy(config.DATA_DIR / "reports.sha256", root / "data" / "reports.sha256")
    shutil.copytree(config.NOTEBOOKS_DIR, root / "notebooks", ignore=shutil.ignore_patterns("*.py", ".*"))
    shutil.copytree(config.PROJECT_ROOT / "docs" / "templates", root / "docs" / "templates")
    for name in ("build.yml", "pyproject.toml", "requirements.lock"):
        shutil.copy(config.PROJECT_ROOT / name, root / name)
    (root / ".venv").symlink_to(Path(sys.executable).parent.parent)
    return root


def run(root: Path, lines: list[str]) -> subprocess.CompletedProcess:
    env = {**os.environ, "SHANGYU_PROJECT_ROOT": str(root)}
    env.pop("MPLBACKEND", None)
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", "\n".join(lines)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def fill_sidecar(path: Path) -> None:
    """The step the README leaves to the user: title, place, date, publisher."""
    text = path.read_text(encoding="utf-8")
    for field, value in SIDECAR_FIELDS.items():
        text = re.sub(rf"^{field}: .*$", f"{field}: {value}", text, flags=re.M)
    path.write_text(text, encoding="utf-8")


@pytest.mark.slow
def test_a_new_users_loop_with_the_readmes_commands(tmp_path, built_reports):
    root = project_copy(tmp_path)
    # The grid's reports as the session built them with build.yml's parameters: up to date in the copy.
    grid_articles = [Path(a).stem for a in read_yaml(config.BUILD_GRID_YML)["articles"]]
    for article in grid_articles:
        shutil.copytree(built_reports / article, root / "reports" / article)
    built = 10 * len(grid_articles)
    tracked = {p: p.read_bytes() for p in (root / "data").rglob("*") if p.is_file()}
    lines = [line.replace("/path/to/your/page.txt", str(PAGE)) for line in readme_loop()]
    fill_at = next(i for i, line in enumerate(lines) if line.startswith("# fill in"))
    run(root, lines[:fill_at])
    fill_sidecar(root / "data" / "raw" / "mypage.source.yml")
    done = run(root, lines[fill_at:])
    # The page's ten reports and the two over every article (06, scope grid) built; the grid's pages' up to date.
    assert f"12 ok, {built} cached" in done.stderr
    reports = root / "reports"
    assert len([p for p in (reports / "mypage").glob("*/*.html") if "@" not in p.name]) == 10
    assert (reports / "mypage" / "en" / "01_figures@kinds=money,percent.html").is_file()
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert (
        f"<h2>{SIDECAR_FIELDS['title']}</h2>" in index
        and "云和县 (丽水市, 浙江省) · 2023-03-31 · 云和县统计局" in index
    )
    assert "01_figures@kinds=money,percent.html" in index and f"{config.SEED_NAME}/en/04_development_path.html" in index
    assert (root / "data" / "processed" / "mypage" / "figures.csv").is_file()
    # No tracked file changed but build.yml: the seed's tables and the report manifest are as they were.
    for path, data in tracked.items():
        if path.name == "reports.sha256":
            names = [line.split("  ", 1)[1] for line in path.read_text(encoding="utf-8").splitlines()]
            assert names and all(name.startswith(f"{config.SEED_NAME}/") and "@" not in name for name in names)
        elif path.parts[-3:-1] != ("data", "raw") or path.name.startswith("zjrb"):
            assert path.read_bytes() == data, path
    # Build again: nothing to do. Edit the page's sidecar: exactly its reports are stale.
    assert f"{built + 12} cached" in run(root, [".venv/bin/shangyu-analysis build"]).stderr
    sidecar = root / "data" / "raw" / "mypage.source.yml"
    sidecar.write_text(
        sidecar.read_text(encoding="utf-8").replace("云和县统计局", "云和县统计局 (edited)"), encoding="utf-8"
    )
    plan = (
        "from pathlib import Path; from shangyu_analysis.build.grid import load_grid; "
        "from shangyu_analysis.build.plan import plan; "
        "print(sorted(s.run.run_id for s in plan(load_grid(), Path('reports'), force=False, only=None)[1]))"
    )
    stale = run(root, [f".venv/bin/python -c \"{plan}\""]).stdout
    over_grid = {nb.stem for nb in (root / "notebooks").glob("*.ipynb") if read_notebook(nb)[1] == "grid"}
    assert stale.strip() == str(
        sorted(
            f"{GRID_FOLDER if nb.stem in over_grid else 'mypage'}/{lang}/{nb.stem}"
            for lang in ("zh", "en")
            for nb in (root / "notebooks").glob("*.ipynb")
        )
    )
