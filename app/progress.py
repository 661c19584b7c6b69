"""The one progress/cancel contract between long services and whoever runs them (GUI runner, CLI, tests).

A long service takes ``progress`` — called as ``progress(done, total, text)`` — and ``cancel``, a
``threading.Event`` set by the user's 取消 (or any ``() -> bool``).  Between steps it asks its ``Steps``
whether to stop; a stop raises ``app.errors.Cancelled`` with the service's own sentence saying what was kept,
and the service's unit of work rolls back.  ``ui/runner.py`` passes exactly these two to the service.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.errors import Cancelled

Progress = Callable[[int, int, str], None]  # progress(done, total, text)
Cancel = threading.Event | Callable[[], bool]


def is_cancelled(cancel: Cancel | None) -> bool:
    if cancel is None:
        return False
    return cancel.is_set() if isinstance(cancel, threading.Event) else bool(cancel())


class Steps:
    """One long job's progress reports and cancel points; ``stopped`` says what a cancel leaves behind."""

    def __init__(self, progress: Progress | None, cancel: Cancel | None, stopped: str) -> None:
        self.progress = progress
        self.cancel = cancel
        self.stopped = stopped

    def check(self) -> None:
        """Raise ``Cancelled`` when the user asked to stop."""
        if is_cancelled(self.cancel):
            raise Cancelled(self.stopped)

    def report(self, done: int, total: int, text: str) -> None:
        if self.progress is not None:
            self.progress(done, total, text)

    def step(self, done: int, total: int, text: str) -> None:
        """A cancel point, then the report: work stops before announcing a step it will not do."""
        self.check()
        self.report(done, total, text)
