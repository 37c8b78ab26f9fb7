"""User-facing errors: one line, naming the file and what is wrong.

Every mistake a user can make (a missing file, bad encoding, a broken catalog, an unknown
parameter) raises :class:`UserError`. The CLI prints ``shangyu-analysis: error: PATH: reason``
and exits 2, never a traceback. Programming errors stay ordinary exceptions.
"""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """A mistake in the user's input, reported as one line.

    Parameters
    ----------
    path : str or Path or None
        The file (or other input) the error is about; ``None`` when there is none.
    reason : str
        What is wrong, in one sentence without a trailing newline.
    """

    def __init__(self, path: str | Path | None, reason: str) -> None:
        self.path = None if path is None else str(path)
        self.reason = " ".join(str(reason).split())  # always one line
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return f"{self.path}: {self.reason}" if self.path else self.reason
