"""Build progress: a tqdm bar on a terminal, one plain line per finished run otherwise (CI logs)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from shangyu_analysis.build.execute import Outcome


class Progress:
    """Context manager; call :meth:`done` with each run's :class:`~.execute.Outcome` as it finishes."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.finished = 0
        self.bar: Any = None  # a tqdm bar on a terminal
        isatty = getattr(stream, "isatty", None)
        if isatty is not None and isatty():
            from tqdm import tqdm  # ~0.04 s of imports, only for a terminal

            self.bar = tqdm(total=total, file=stream, unit="report", desc="build", dynamic_ncols=True)

    def __enter__(self) -> Progress:
        if self.bar is None:
            print(f"build: running {self.total} notebook(s)", file=self.stream, flush=True)
        return self

    def done(self, outcome: Outcome) -> None:
        self.finished += 1
        line = f"[{self.finished}/{self.total}] {outcome.status:<6} {outcome.run_id}"
        if outcome.duration_s is not None:
            line += f" ({outcome.duration_s:.1f} s)"
        if self.bar is not None:
            self.bar.write(line, file=self.stream)
            self.bar.update(1)
        else:
            print(line, file=self.stream, flush=True)

    def __exit__(self, *exc_info: object) -> None:
        if self.bar is not None:
            self.bar.close()
