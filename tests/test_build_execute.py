"""One run's pieces that need no kernel: retry policy, output checks, failure lines."""

from __future__ import annotations

import errno
import os

import pytest
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output
from papermill.exceptions import PapermillExecutionError
from zmq.error import ZMQError

from shangyu_analysis.build import execute, failures


def busy_port():
    return ZMQError(errno.EADDRINUSE, "Address already in use (addr='tcp://127.0.0.1:5555')")


def cell_error(cell_index, exec_count, ename, evalue):
    return PapermillExecutionError(cell_index, exec_count, "source", ename, evalue, traceback=[])


@pytest.mark.parametrize(
    ("error", "retry"),
    [
        (busy_port(), True),
        (OSError(errno.EADDRINUSE, "Address already in use"), True),
        (RuntimeError("Kernel died before replying to kernel_info"), True),
        (RuntimeError("Kernel didn't respond in 60 seconds"), True),
        (TimeoutError("Kernel didn't respond in 60 seconds"), True),
        (cell_error(3, 2, "ValueError", "kernel died"), False),
        (DeadKernelError("Kernel died"), False),
        (ZMQError(errno.EINVAL, "Invalid argument"), False),
        (RuntimeError("the notebook says: kernel did not start its engine"), False),
        (ValueError("bad value"), False),
    ],
)
def test_only_kernel_start_errors_are_retried(error, retry):
    assert failures.is_kernel_start_error(error) is retry


def test_call_with_retry_retries_once():
    calls = []

    def flaky():
        calls.append(1)
        if len(calls) == 1:
            raise busy_port()
        return "done"

    assert failures.call_with_retry(flaky) == ("done", 2)

    def always_busy():
        calls.append(1)
        raise busy_port()

    calls.clear()
    with pytest.raises(ZMQError):
        failures.call_with_retry(always_busy)
    assert len(calls) == 2


def test_notebook_errors_are_not_retried():
    calls = []

    def raises():
        calls.append(1)
        raise ValueError("deliberate")

    with pytest.raises(ValueError):
        failures.call_with_retry(raises)
    assert len(calls) == 1


def executed(chart_outputs, stderr_text=""):
    return new_notebook(
        cells=[
            new_code_cell("lang = 'zh'", metadata={"tags": ["parameters"]}),
            new_code_cell("lang = 'en'", metadata={"tags": ["injected-parameters"]}),
            new_markdown_cell("# t"),
            new_code_cell("plot()", metadata={"tags": ["chart"]}, outputs=chart_outputs),
            new_code_cell("x", outputs=[new_output("stream", name="stderr", text=stderr_text)]),
        ]
    )


def test_clean_notebook_has_no_problem():
    assert failures.check_executed(executed([new_output("display_data", data={"image/png": "AA=="})])) == []


def test_chart_cell_without_image_is_reported_with_source_cell_number():
    problems = failures.check_executed(executed([new_output("display_data", data={"text/plain": "<Figure>"})]))
    # cell 4 in the executed notebook is cell 3 of the source (papermill injected one before it)
    assert problems == [
        "cell 3 is tagged 'chart' but has no image/png output (figure not shown, or a non-inline matplotlib backend; "
        "a cell that has no chart on purpose calls report.notebook.no_chart)"
    ]


def test_stored_glyph_warning_is_reported():
    warning = "UserWarning: Glyph 19978 (\\N{CJK UNIFIED IDEOGRAPH-4E0A}) missing from font(s) DejaVu Sans."
    problems = failures.check_executed(executed([new_output("display_data", data={"image/png": "AA=="})], warning))
    assert len(problems) == 1
    assert problems[0].startswith("cell 4: a chart lacks glyphs") and "Glyph 19978" in problems[0]


def test_failure_line_names_source_cell_and_error():
    notebook = executed([])
    error = cell_error(3, 2, "ValueError", "deliberate failure\nmore")
    assert failures.describe_failure(error, notebook) == "cell 3 (execution count 2): ValueError: deliberate failure"
    assert failures.describe_failure(RuntimeError("x\ny"), None) == "RuntimeError: x"


def test_kernel_environment_replaces_a_non_inline_backend(monkeypatch):
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.delenv("JUPYTER_PREFER_ENV_PATH", raising=False)
    with execute.kernel_environment():
        assert os.environ["MPLBACKEND"] == execute.INLINE_BACKEND
        assert os.environ["JUPYTER_PREFER_ENV_PATH"] == "1"
    assert os.environ["MPLBACKEND"] == "Agg"
    assert "JUPYTER_PREFER_ENV_PATH" not in os.environ


def test_failure_cell_number_ignores_papermill_error_banner():
    notebook = executed([])
    banner = new_markdown_cell("An Exception was encountered", metadata={"tags": ["papermill-error-cell-tag"]})
    notebook.cells.insert(0, banner)
    # papermill computes the index before it inserts the banner: 3 is still the chart cell
    error = cell_error(3, 2, "ValueError", "deliberate failure")
    assert failures.describe_failure(error, notebook).startswith("cell 3 (execution count 2)")


def test_cell_timeout_is_one_line_and_not_retried():
    error = CellTimeoutError("A cell timed out while it was being executed, after 5 seconds.\nHere is a preview")
    assert not failures.is_kernel_start_error(error)
    assert failures.describe_failure(error, None) == (
        "timed out: A cell timed out while it was being executed, after 5 seconds."
    )


def test_a_chart_cell_that_says_why_it_has_no_chart_passes(monkeypatch):
    """report.notebook.no_chart displays its sentence with the marker the check accepts (and only that marker)."""
    import IPython.display

    from shangyu_analysis.config import NO_CHART_METADATA
    from shangyu_analysis.report import notebook

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda obj, metadata=None: shown.append((obj, metadata)))
    notebook.no_chart("en")
    ((markdown, metadata),) = shown
    assert "No chart" in markdown.data and metadata == {NO_CHART_METADATA: True}
    said = new_output("display_data", data={"text/markdown": markdown.data}, metadata=metadata)
    assert failures.check_executed(executed([said])) == []
    unmarked = new_output("display_data", data={"text/markdown": markdown.data})
    assert len(failures.check_executed(executed([unmarked]))) == 1
