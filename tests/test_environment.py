"""environment.yml gives conda users the same packages as pyproject.toml; the Makefile's promises."""

from __future__ import annotations

import re
import tomllib

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


def test_makefile_installs_once_per_pyproject_hash():
    makefile = (config.PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"STAMP := \$\(VENV\)/\.installed-\$\(DEPS_HASH\)", makefile)
    assert "DEPS_HASH := $(shell cat pyproject.toml $(LOCK)" in makefile
    assert "--require-hashes -r $(LOCK)" in makefile
    for target in ("report:", "test:", "lab:", "evaluate:", "bench:", "clean:"):
        assert re.search(rf"^{target}", makefile, re.M), target


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
