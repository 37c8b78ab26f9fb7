"""The project's own notebooks through the whole build (slow: one kernel per notebook).

Only the English reports are built here (4 runs) to keep the suite short: the notebook tests
run the Chinese ones, and the fixture build covers every build mechanism in both languages.
"""

from __future__ import annotations

import io
import re

import pytest

from shangyu_analysis import config
from shangyu_analysis.build import run_build


@pytest.mark.slow
def test_project_notebooks_build_to_small_offline_reports(tmp_path):
    if not any(config.NOTEBOOKS_DIR.glob("*.ipynb")):
        pytest.skip("notebooks/ has no notebook yet")
    result = run_build(config.BUILD_GRID_YML, force=True, only=["*/en/*"], reports_dir=tmp_path, stream=io.StringIO())
    built = [run for run in result.runs if run.status == "ok"]
    assert result.ok, [f"{run.run_id}: {run.message}" for run in result.runs if run.status == "failed"]
    assert len(built) == len(list(config.NOTEBOOKS_DIR.glob("*.ipynb")))
    for run in built:
        page = run.html.read_text(encoding="utf-8")
        assert len(page.encode("utf-8")) <= 1_000_000, f"{run.html} is over 1 MB"
        assert not re.search(r"""(src\s*=\s*["']?|url\(\s*["']?)(https?:)?//""", page)
        assert "data:image/png;base64," in page
        assert '<nav class="sy-toc"' in page and "Noto Sans SC Embedded" in page
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert index.count('class="status-ok"') == len(built)
