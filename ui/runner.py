"""Background work with progress: run a service call in the thread pool, report progress, allow cancel.

Services that take long accept ``progress: Callable[[int, int, str], None]`` (done, total, text) and
check ``cancel`` (a threading.Event) between steps; they raise ``app.errors.Cancelled`` and roll back.
Results and errors come back on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.errors import show_error


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.cancel = cancel

    def run(self) -> None:
        try:
            result = self.fn(lambda done, total, text="": self.signals.progress.emit(done, total, text), self.cancel)
        except BaseException as exc:  # handed to the GUI thread, shown there
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def run_task(
    parent: QWidget,
    title: str,
    fn: Callable[[Callable[[int, int, str], None], threading.Event], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
) -> threading.Event:
    """Run ``fn(progress, cancel)`` off the GUI thread behind a modal progress dialog."""
    cancel = threading.Event()
    signals = _Signals(parent)
    dialog = QProgressDialog(title, parent.tr("取消") if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.canceled.connect(cancel.set)

    def progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    def finished(result: Any) -> None:
        dialog.reset()
        dialog.close()
        on_done(result)

    def failed(exc: BaseException) -> None:
        dialog.reset()
        dialog.close()
        (on_error or (lambda e: show_error(parent, e)))(exc)

    signals.progress.connect(progress)
    signals.finished.connect(finished)
    signals.failed.connect(failed)
    QThreadPool.globalInstance().start(_Job(fn, signals, cancel))
    return cancel
