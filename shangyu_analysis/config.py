"""Project paths, all built from one project-root constant (never ``../``).

``PROJECT_ROOT`` is the folder that holds ``pyproject.toml``. It can be overridden with the
``SHANGYU_PROJECT_ROOT`` environment variable (tests use this to build into a temporary tree).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = Path(os.environ.get("SHANGYU_PROJECT_ROOT", PACKAGE_DIR.parent)).resolve()

DATA_DIR = PROJECT_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
PROCESSED_DIR = DATA_DIR / "processed"
INDICATORS_YML = DATA_DIR / "indicators.yml"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
REPORTS_DIR = PROJECT_ROOT / "reports"
BUILD_GRID_YML = PROJECT_ROOT / "build.yml"
TEMPLATES_DIR = PACKAGE_DIR / "build" / "templates"

SEED_NAME = "zjrb_2021-02-23_p11_shangyu"
SEED_ARTICLE = RAW_DIR / f"{SEED_NAME}.txt"

# Output metadata key by which a notebook's `chart` cell says it has no chart on purpose (report.notebook.no_chart);
# the build fails a `chart` cell with neither an image nor this (build.failures.check_executed).
NO_CHART_METADATA = "shangyu_no_chart"
