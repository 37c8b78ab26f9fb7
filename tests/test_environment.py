"""environment.yml gives conda users the same packages as pyproject.toml; the Makefile's promises."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib

import pytest
import yaml

from shangyu_analysis import config


def _pyproject_requirements() -> dict[str, str]:
    data = tomllib.loads((config.PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = data["project"]
    reqs = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        reqs.extend(extra)
    return dict(_split(r) for r in reqs)


def _split(requirement: str) -> tuple[str, str]:
    name, _, spec = re.match(r"^([A-Za-z0-9_.\-]+)\s*(==\s*(.+))?$", requirement.strip()).groups()
    return name.lower().replace("_", "-"), (spec or "").strip()


def _environment_requirements() -> tuple[dict[str, str], list]:
    env = yaml.safe_load((config.PROJECT_ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict) and "pip" in d)
    conda = [d for d in env["dependencies"] if not isinstance(d, dict)]
    return dict(_split(r) for r in pip), conda


def test_environment_lists_the_same_packages_and_versions_as_pyproject():
    pip, conda = _environment_requirements()
    assert pip == _pyproject_requirements()
    assert "python=3.11" in conda and "pip" in conda


def test_every_dependency_is_pinned_exactly():
    assert all(version for version in _pyproject_requirements().values())


def _make_plan(*arguments: str) -> str:
    """What ``make`` would run (``make -n``: nothing is run, nothing installed), one command a line."""
    done = subprocess.run(
        ["make", "-s", "-n", *arguments], cwd=config.PROJECT_ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="no make on this machine")
def test_makefile_installs_once_per_pyproject_hash(tmp_path):
    """Asked of make itself, in a stand-in venv folder: the hash-pinned install runs when the stamp of the
    current hash is missing and not when it is there; every documented target plans its command."""
    venv, stamp = tmp_path / "venv", "pinned-for-this-test"
    missing = _make_plan("setup", f"VENV={venv}", f"DEPS_HASH={stamp}")
    assert "--require-hashes -r requirements.lock" in missing and f"touch {venv}/.installed-{stamp}" in missing
    venv.mkdir()
    (venv / f".installed-{stamp}").touch()  # newer than pyproject.toml and requirements.lock
    assert "--require-hashes" not in _make_plan("setup", f"VENV={venv}", f"DEPS_HASH={stamp}")
    another = _make_plan("setup", f"VENV={venv}", "DEPS_HASH=another-pyproject-or-lock")
    assert "--require-hashes -r requirements.lock" in another  # pyproject.toml or the lock changed: install again
    commands = {
        "report": "shangyu-analysis build",
        "test": "-m pytest",
        "test-fast": '-m pytest -m "not slow"',
        "lab": "jupyter lab",
        "evaluate": "shangyu-analysis evaluate",
        "bench": "bench_build.py",
        "clean": "rm -rf",
    }
    for target, command in commands.items():
        planned = _make_plan(target, f"VENV={venv}", f"DEPS_HASH={stamp}")
        assert command in planned and "--require-hashes" not in planned, (target, planned)
    # The full suite stays `make test`: no marker expression.
    assert _make_plan("test", f"VENV={venv}", f"DEPS_HASH={stamp}").strip().endswith("/bin/python -m pytest")


def test_ci_runs_make_test():
    assert "make test" in (config.PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _lock() -> dict[str, tuple[str, int]]:
    """requirements.lock as name -> (version, number of hashes)."""
    text = (config.PROJECT_ROOT / "requirements.lock").read_text(encoding="utf-8")
    packages = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", text.strip()):
        head = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)", block)
        if head:
            name = head.group(1).lower().replace("_", "-")
            packages[name] = (head.group(2), block.count("--hash=sha256:"))
    return packages


def test_lock_pins_every_direct_dependency_at_the_pyproject_version_with_hashes():
    lock = _lock()
    assert len(lock) > 50  # the whole transitive set, not just the direct dependencies
    for name, version in _pyproject_requirements().items():
        assert name in lock, name
        assert lock[name][0] == version, (name, lock[name][0], version)
    assert all(hashes > 0 for _, hashes in lock.values())
