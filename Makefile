# Two commands on a fresh machine: `make report` and `make test`.
# Both create .venv when missing and install the project once; the install stamp is keyed on
# pyproject.toml's hash, so re-running with nothing changed does not reinstall.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CLI := $(VENV)/bin/shangyu-analysis
DEPS_HASH := $(shell sha256sum pyproject.toml | cut -c1-16)
STAMP := $(VENV)/.installed-$(DEPS_HASH)
SHARED ?= ../shared
JOBS ?=

.PHONY: setup report data test evaluate bench lab clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@rm -f $(VENV)/.installed-*
	@# uv installs the same set ~6x faster than pip; fall back to pip when it cannot be had.
	@if $(PY) -m pip install -q uv 2>/dev/null; then \
	    $(VENV)/bin/uv pip install -q --python $(PY) -e '.[dev]'; \
	else \
	    $(PY) -m pip install -q -e '.[dev]'; \
	fi
	@# papermill needs a kernelspec that points at this venv's python.
	@$(PY) -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (shangyu-analysis)" >/dev/null
	@touch $@

data: setup
	$(CLI) data

report: setup
	$(CLI) data
	$(CLI) build $(if $(JOBS),--jobs $(JOBS),)

test: setup
	$(PY) -m pytest

evaluate: setup
	@if [ -d $(SHARED)/corpus ]; then $(CLI) evaluate $(SHARED)/corpus; else echo "no $(SHARED)/corpus: nothing to evaluate"; fi
	@if [ -d $(SHARED)/seed ]; then $(CLI) evaluate $(SHARED)/seed; fi

bench: setup
	$(PY) benchmarks/bench_figures.py

lab: setup
	$(VENV)/bin/jupyter lab notebooks/

clean:
	rm -rf reports/* build *.egg-info .pytest_cache .hypothesis
	find . -name __pycache__ -prune -exec rm -rf {} +
	@touch reports/.gitkeep
