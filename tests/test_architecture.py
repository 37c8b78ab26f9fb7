"""The layer contract (pyproject.toml [tool.importlinter]): imports run one way, no cycles.

``lint-imports`` checks the real package; the same check on a copy with one planted upward import,
and one planted cycle, shows the contract can fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from shangyu_analysis import config

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
PACKAGE = config.PACKAGE_DIR
# Layers, lowest first, as the folder tree shows them (the contract lists them highest first).
LAYERS = ["config", "errors", "files", "schema", "text", "extract", "indicators", "dataset", "report", "build", "cli"]


def _lint(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=root, env=env, capture_output=True, text=True, timeout=120
    )


def _copy(tmp_path: Path) -> Path:
    shutil.copytree(PACKAGE, tmp_path / "shangyu_analysis", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(config.PROJECT_ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_package_keeps_its_layer_contracts():
    result = _lint(config.PROJECT_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def _plant(root: Path, module: str, code: str) -> None:
    """Append ``code`` to ``shangyu_analysis/<module>`` in the copy at ``root``."""
    path = root / "shangyu_analysis" / module
    path.write_text(path.read_text(encoding="utf-8") + code, encoding="utf-8")


def test_a_lower_layer_importing_a_higher_one_breaks_the_contract(tmp_path):
    root = _copy(tmp_path)
    _plant(root, "text/model.py", "\nfrom shangyu_analysis.report import format  # planted\n")
    result = _lint(root)
    assert result.returncode != 0
    assert "Layers: data flows one way BROKEN" in result.stdout
    assert "shangyu_analysis.text.model -> shangyu_analysis.report.format" in result.stdout


def test_an_import_cycle_inside_a_layer_breaks_the_contract(tmp_path):
    root = _copy(tmp_path)
    # Hidden inside a function, the way cycles used to be dodged: still an import, still a cycle.
    _plant(
        root, "text/periods.py", "\n\ndef _planted():\n    from shangyu_analysis.text import article  # noqa: F401\n"
    )
    _plant(root, "text/article.py", "\nfrom shangyu_analysis.text import periods  # planted\n")
    result = _lint(root)
    assert result.returncode != 0
    assert "No import cycles between the modules of a package BROKEN" in result.stdout


def test_the_contract_lists_every_layer_of_the_tree():
    import tomllib

    contract = tomllib.loads((config.PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    layers = contract["tool"]["importlinter"]["contracts"][0]["layers"]
    named = [part.strip().removeprefix("shangyu_analysis.") for layer in layers for part in layer.split("|")]
    assert sorted(named) == sorted(LAYERS)
    on_disk = {
        p.stem if p.is_file() else p.name
        for p in PACKAGE.iterdir()
        if (p.is_dir() and (p / "__init__.py").exists()) or (p.suffix == ".py" and p.stem != "__init__")
    }
    assert on_disk == set(LAYERS), "every top-level module or subpackage must sit in a layer"


def test_the_lazy_exports_of_the_dataset_layer_are_its_all_and_resolve():
    import shangyu_analysis.dataset as layer

    assert sorted(layer.__all__) == sorted(layer._HOMES)
    for name in layer.__all__:
        assert getattr(layer, name) is not None
