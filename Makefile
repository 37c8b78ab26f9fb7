# Two commands on a fresh machine: `make report` and `make test` (`make test-fast`: the tests that run no notebook).
# Both create .venv when missing and install the project once, from the hash-pinned lock file; the install
# stamp is keyed on the hashes of pyproject.toml and requirements.lock, so re-running with nothing changed
# does not reinstall. `make lock` regenerates requirements.lock from pyproject.toml.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CLI := $(VENV)/bin/shangyu-analysis
LOCK := requirements.lock
UV_VERSION := 0.13.8
DEPS_HASH := $(shell cat pyproject.toml $(LOCK) 2>/dev/null | sha256sum | cut -c1-16)
STAMP := $(VENV)/.installed-$(DEPS_HASH)
SHARED ?= ../shared
JOBS ?=
# Workers of the fast tier (pytest-xdist): one per core.
FAST_WORKERS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: setup report data check test test-fast evaluate bench bench-scaling bench-load lab clean lock verify

setup: $(STAMP)

$(STAMP): pyproject.toml $(LOCK)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@rm -f $(VENV)/.installed-*
	@# uv installs the same set ~6x faster than pip; fall back to pip when it cannot be had. Bytecode is
	@# compiled at install (uv does not by default, and Python writes none under PYTHONDONTWRITEBYTECODE):
	@# +5 s once, then every kernel, worker and test process imports ~40 % faster.
	@if $(PY) -m pip install -q uv==$(UV_VERSION) 2>/dev/null; then \
	    $(VENV)/bin/uv pip install -q --compile-bytecode --python $(PY) --require-hashes -r $(LOCK) && \
	    $(VENV)/bin/uv pip install -q --python $(PY) --no-deps -e .; \
	else \
	    $(PY) -m pip install -q --require-hashes -r $(LOCK) && \
	    $(PY) -m pip install -q --no-deps -e .; \
	fi
	@# papermill needs a kernelspec that points at this venv's python.
	@$(PY) -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (shangyu-analysis)" >/dev/null
	@touch $@

data: setup
	$(CLI) data

report: setup
	$(CLI) data
	$(CLI) build $(if $(JOBS),--jobs $(JOBS),)

# The checks the code keeps on itself: lint, format, types, import contracts (.pre-commit-config.yaml runs
# the same tools from .venv, at the lock's versions). `make test` runs them first.
check: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

test: setup check
	$(PY) -m pytest

# The fast tier: every test that executes no notebook and no build (the `slow` marker), in well under a
# minute. There a test not marked slow fails when it costs more than 2 s (tests/conftest.py). CI runs `make test`.
test-fast: setup
	$(PY) -m pytest -m "not slow" -n $(FAST_WORKERS)

# Accuracy is measured on real texts (data/corpus, and ../shared when present); the passages written for the
# purpose (tests/fixtures/figures_more) are unit fixtures, printed apart and not an accuracy measure.
evaluate: setup
	@echo "== real texts: data/corpus (the accuracy measure) =="
	@$(CLI) evaluate data/corpus
	@if [ -d $(SHARED)/corpus ]; then echo "== real texts: $(SHARED)/corpus =="; $(CLI) evaluate $(SHARED)/corpus; fi
	@if [ -d $(SHARED)/seed ]; then echo "== the seed article =="; $(CLI) evaluate $(SHARED)/seed; fi
	@echo "== written for the purpose: tests/fixtures/figures_more (unit fixtures, not an accuracy measure) =="
	@$(CLI) evaluate tests/fixtures/figures_more

bench: setup
	$(PY) benchmarks/bench_figures.py
	$(PY) benchmarks/bench_build.py

# Longer: time and memory at 1-16 MiB for six text shapes (~3 min); 50 articles x 2 languages x every notebook (~16 min).
bench-scaling: setup
	$(PY) benchmarks/bench_scaling.py

bench-load: setup
	$(PY) benchmarks/bench_load.py

verify: setup
	$(CLI) verify $(if $(JOBS),--jobs $(JOBS),)

lock: setup
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 \
	    --python-platform x86_64-manylinux_2_28 --no-header --no-annotate -q -o $(LOCK)

# Jupyter refuses to run as root unless told to; containers often run as root (uid 0), so say it there only.
lab: setup
	$(VENV)/bin/jupyter lab notebooks/ $(if $(filter 0,$(shell id -u)),--allow-root,)

clean:
	rm -rf reports/* build *.egg-info .pytest_cache .hypothesis
	find . -name __pycache__ -prune -exec rm -rf {} +
	@touch reports/.gitkeep
