"""Child process of the start-up benchmarks: runs the real GUI entry point and prints ``PAINTED …`` when the
window the user waits for has been painted (the parent times launch → that line).

    python bench/probe.py bare                    a bare QMainWindow (the limit)
    python bench/probe.py start                   `venuescore` → the start window
    python bench/probe.py demo                    `venuescore --demo` → signed in → the main window
    python bench/probe.py open FILE USER PIN      start window → open FILE (as from the recent list) → main window
    python bench/probe.py scoring FILE USER PIN   … → the 评分录入 page

The sign-in dialog is answered the moment it is shown (the user's typing is not the program's time; the
PIN check is).  The line also carries the peak resident memory (KiB) of the process.  When a venue was opened,
a second line ``VERIFIED <passed> <peak KiB>`` follows once its integrity check (which runs in the background,
with writes held) has finished.
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer


def _peak_kib() -> int:
    """Peak resident memory of this program.  VmHWM, not ru_maxrss: after fork + exec the latter still counts
    the parent's pages the child was forked with."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _done(what: str, window: QObject | None = None) -> None:
    rss = _peak_kib()
    sys.stdout.write(f"PAINTED {what} {rss}\n")
    sys.stdout.flush()
    venue = getattr(getattr(window, "ctx", None), "venue", None)
    if venue is not None:  # the file's integrity check goes on in the background: its end, and the peak by then
        from app.services import opening_check

        check = opening_check.of(venue)
        if check is not None:
            check.wait(600)
            sys.stdout.write(f"VERIFIED {check.passed} {_peak_kib()}\n")
            sys.stdout.flush()
    os._exit(0)  # the parent has its figure; tearing Qt down is not part of it


class Watcher(QObject):
    """Application-wide event filter: answers the sign-in dialog, steps through the path, reports the paint."""

    def __init__(self, mode: str, args: list[str]) -> None:
        super().__init__()
        self.mode = mode
        self.args = args
        self.opened = False
        self.navigated = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        name = type(obj).__name__
        if kind == QEvent.Type.Show and name == "SignInDialog":
            QTimer.singleShot(0, lambda d=obj: self._sign_in(d))
        elif kind == QEvent.Type.Paint:
            self._painted(obj, name)
        return False

    def _sign_in(self, dialog: QObject) -> None:
        if self.mode == "demo":
            from app.services import demo

            user, pin = demo.HEAD_JUDGE, demo.HEAD_PIN
        else:
            user, pin = self.args[1], self.args[2]
        index = dialog.name.findData(user)  # type: ignore[attr-defined]
        dialog.name.setCurrentIndex(index)  # type: ignore[attr-defined]
        dialog.pin.setText(pin)  # type: ignore[attr-defined]
        dialog.try_sign_in()  # type: ignore[attr-defined]

    def _painted(self, obj: QObject, name: str) -> None:
        if (self.mode, name) in (("bare", "QMainWindow"), ("start", "StartWindow")):
            _done(name)
        elif self.mode in ("open", "scoring") and name == "StartWindow" and not self.opened:
            self.opened = True
            QTimer.singleShot(0, lambda w=obj: w.open_path(Path(self.args[0])))  # type: ignore[attr-defined]
        elif name == "MainWindow" and self.mode in ("demo", "open"):
            _done(name, obj)
        elif name == "MainWindow" and self.mode == "scoring" and not self.navigated:
            self.navigated = True
            QTimer.singleShot(0, lambda w=obj: self._to_scoring(w))
        elif name == "ScoringPage" and self.mode == "scoring" and self.navigated:
            _done(name, obj)

    def _to_scoring(self, window: QObject) -> None:
        nav = window.nav  # type: ignore[attr-defined]
        for row in range(nav.count()):
            if nav.item(row).text() == "评分录入":
                nav.setCurrentRow(row)
                return
        raise SystemExit("no 评分录入 page")


def main() -> None:
    mode, args = sys.argv[1], sys.argv[2:]
    watcher = Watcher(mode, args)
    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

        app = QApplication(sys.argv[:1])
        app.installEventFilter(watcher)
        window = QMainWindow()
        window.setCentralWidget(QLabel("VenueScore"))
        window.resize(760, 460)
        window.show()
        app.exec()
        return
    import ui.app

    make = ui.app.make_application

    def make_and_watch(argv=()):  # type: ignore[no-untyped-def]
        qapp = make(argv)
        qapp.installEventFilter(watcher)
        return qapp

    ui.app.make_application = make_and_watch  # type: ignore[assignment]
    from app.cli.main import main as venuescore

    venuescore(["--demo"] if mode == "demo" else [])


if __name__ == "__main__":
    main()
