"""Build layer: run the parameterized notebooks over the grid into self-contained HTML reports.

Public face::

    from shangyu_analysis.build import run_build, load_grid

    grid = load_grid("build.yml")          # validated runs; raises UserError before any kernel starts
    result = run_build(force=False, jobs=2)  # BuildResult: .runs (RunResult each), .index, .ok

The command line is ``shangyu-analysis build`` (:mod:`shangyu_analysis.cli`). Modules, in the
order a build uses them: :mod:`.grid` (grid file, notebook parameters), :mod:`.cache` (cache keys),
:mod:`.pool` / :mod:`.progress` (worker processes), :mod:`.execute` (one run) with
:mod:`.failures` (retry policy, output checks), :mod:`.html` and :mod:`.toc` (the page),
:mod:`.index` (``reports/index.html``), :mod:`.run` (the whole build). :mod:`.verify` (manifests
and ``shangyu-analysis verify``) is not imported here: it needs the dataset layer (pandas, ~2 s),
which a build with nothing to do must not pay for.
"""

from shangyu_analysis.build.grid import Grid, Run, load_grid
from shangyu_analysis.build.run import BuildResult, RunResult, run_build

__all__ = ["BuildResult", "Grid", "Run", "RunResult", "load_grid", "run_build"]
