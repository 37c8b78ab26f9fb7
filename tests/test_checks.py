"""`make check` and the pre-commit hooks run the same tools, at the versions the lock pins (issue #23).

The hooks are local (language: system) and call the tools installed in .venv from requirements.lock; these
tests run each hook's tool and compare its reported version with its pin in pyproject.toml.
"""

from __future__ import annotations

import re
import subprocess
import tomllib

import yaml

from shangyu_analysis import config

ROOT = config.PROJECT_ROOT
VENV_BIN = ROOT / ".venv" / "bin"
# The distribution that provides each command of a hook.
DISTRIBUTION = {"ruff": "ruff", "mypy": "mypy", "lint-imports": "import-linter"}


def _pins() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = project["dependencies"] + project["optional-dependencies"]["dev"]
    return dict(r.split("==", 1) for r in requirements)


def _hook_commands() -> set[str]:
    config_file = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    return {hook["entry"].split()[0] for repo in config_file["repos"] for hook in repo["hooks"]}


def test_the_pre_commit_configuration_is_valid():
    result = subprocess.run(
        [str(VENV_BIN / "pre-commit"), "validate-config", ".pre-commit-config.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_hook_runs_a_tool_of_the_venv_at_its_pinned_version():
    pins = _pins()
    commands = _hook_commands()
    assert {c.removeprefix(".venv/bin/") for c in commands} == set(DISTRIBUTION)
    for command in commands:
        name = command.removeprefix(".venv/bin/")
        assert command == f".venv/bin/{name}", f"{command}: a hook must run the lock's tool from .venv"
        reported = subprocess.run([str(ROOT / command), "--version"], capture_output=True, text=True).stdout
        version = re.search(r"\d+(\.\d+)+", reported)
        assert version is not None, reported
        assert version.group(0) == pins[DISTRIBUTION[name]], f"{name} reports {reported.strip()}"


def test_the_formatter_and_linter_accept_the_tree():
    """What `make check` runs first: a tree that ruff would change, or that it flags, fails here too."""
    for arguments in (["check", "--quiet", "."], ["format", "--check", "--quiet", "."]):
        result = subprocess.run([str(VENV_BIN / "ruff"), *arguments], cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
