"""Build layer: run the parameterized notebooks over the grid into self-contained HTML reports.

Public face::

    from shangyu_analysis.build import run_build, load_grid

    grid = load_grid("build.yml")          # validated runs; raises UserError before any kernel starts
    result = run_build(force=False, jobs=2)  # BuildResult: .runs (RunResult each), .index, .ok

The command line is ``shangyu-analysis build`` (:mod:`shangyu_analysis.cli`). Modules, in the
order a build uses them: :mod:`.grid` with :mod:`.gridfile` (grid file with line numbers, notebook
parameters), :mod:`.lock` (one build per reports folder), :mod:`.cache` and :mod:`.plan` (cache
keys, what is up to date), :mod:`.pool` / :mod:`.progress` (worker processes) or :mod:`.cluster` (a
dask cluster), :mod:`.execute` (one run: produce, publish) with :mod:`.runner` and :mod:`.kernels`
(papermill in a watched thread, live kernels, dead kernels), :mod:`.warm` and :mod:`.zygote` (kernels
forked from a pre-imported process) and :mod:`.failures` (retry policy, output checks, failure lines), :mod:`.html` and
:mod:`.toc` (the page), :mod:`.index` (``reports/index.html``), :mod:`.run` (the whole build);
:mod:`.signals` turns Ctrl-C / SIGTERM into a clean stop (:class:`BuildInterrupted`). :mod:`.verify` (manifests
and ``shangyu-analysis verify``) is not imported here: it needs the dataset layer (pandas, ~2 s),
which a build with nothing to do must not pay for.
"""

from shangyu_analysis.build.grid import Grid, Run, load_grid
from shangyu_analysis.build.run import BuildResult, RunResult, run_build
from shangyu_analysis.build.signals import BuildInterrupted

__all__ = ["BuildInterrupted", "BuildResult", "Grid", "Run", "RunResult", "load_grid", "run_build"]
