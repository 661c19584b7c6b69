"""Background work with progress: run a service call off the GUI thread, report progress, allow cancel.

Services that take long follow ``app.progress`` (the one contract): they accept ``progress(done, total, text)``
and check ``cancel`` (a threading.Event) between steps; they raise ``app.errors.Cancelled`` and roll back.  Results and errors come back on the GUI
thread.

The worker runs in a plain Python thread and never touches a Qt object: the GUI thread polls its
future and its latest progress with a QTimer.  Emitting Qt signals from worker threads deadlocked
(a Qt connection mutex held against the GIL) when a progress dialog closed at the same moment.
One short-lived thread per task (no idle pool threads) keeps interpreter and Qt shutdown clean.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.progress import Progress
from ui.errors import show_error

POLL_MS = 40


class _ProgressBox:
    """The worker's latest progress, read by the GUI thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value: tuple[int, int, str] | None = None

    def set(self, done: int, total: int, text: str = "") -> None:
        with self._lock:
            self._value = (done, total, text)

    def take(self) -> tuple[int, int, str] | None:
        with self._lock:
            value, self._value = self._value, None
            return value


def run_task(
    parent: QWidget,
    title: str,
    fn: Callable[[Progress, threading.Event], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
) -> threading.Event:
    """Run ``fn(progress, cancel)`` off the GUI thread behind a window-modal progress dialog."""
    cancel = threading.Event()
    box = _ProgressBox()
    dialog = QProgressDialog(title, QCoreApplication.translate("Runner", "取消") if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.canceled.connect(cancel.set)
    future: Future[Any] = Future()

    def work() -> None:
        try:
            future.set_result(fn(box.set, cancel))
        except BaseException as exc:  # handed to the GUI thread, shown there
            future.set_exception(exc)

    threading.Thread(target=work, name="venuescore-task", daemon=True).start()
    timer = QTimer(dialog)

    def poll() -> None:
        update = box.take()
        if update is not None:
            done, total, text = update
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total > 0 else 0)
            if text:
                dialog.setLabelText(text)
        if not future.done():
            return
        timer.stop()
        # Break the closure's reference cycle now, so Python's garbage collector never frees these Qt
        # objects later from some other thread; Qt deletes the dialog (and its timer) on this thread.
        timer.timeout.disconnect(poll)
        dialog.canceled.disconnect(cancel.set)
        dialog.hide()
        dialog.deleteLater()
        exc = future.exception()
        if exc is None:
            on_done(future.result())
        else:
            (on_error or (lambda e: show_error(parent, e)))(exc)

    timer.timeout.connect(poll)
    timer.start(POLL_MS)
    return cancel
