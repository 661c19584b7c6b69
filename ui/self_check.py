"""自检 (self-check): does the GUI start on this laptop?  ``VenueScore --self-check [--screenshot FILE.png]``

Builds the demo venue in the data folder, opens it signed in as the demo head judge (no dialog: the demo's
PIN is public), waits until the venue window has painted, checks the CJK font, the platform and the image
formats and the print preview (PDFium renders the shipped guide), and quits with 0 (or 1 and the reason).  The build script runs it on the built folder, offscreen;
bench/startup.py times it; at a venue it tells the IT person the laptop is ready before the day.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QImageReader
from PySide6.QtWidgets import QApplication, QWidget

from app.errors import DomainError

TIMEOUT_MS = 120_000
NEEDED_IMAGE_FORMATS = (b"png", b"jpeg", b"ico")


def say(text: str) -> None:
    """Print when there is a console (a windowed Windows build has no stdout; its exit code still tells)."""
    if sys.stdout is not None:
        print(text, flush=True)


class _FirstPaint(QObject):
    def __init__(self, on_paint: Callable[[], None]) -> None:
        super().__init__()
        self.on_paint = on_paint
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.on_paint)  # after this paint has finished
        return False


def environment_problems(app: QApplication) -> list[str]:
    problems = []
    families = QFontDatabase.families()
    if not any("WenQuanYi" in f or "文泉驿" in f for f in families) and "Hei" not in app.font().family():
        problems.append(f"no CJK font (application font: {app.font().family()})")
    formats = {bytes(f.data()) for f in QImageReader.supportedImageFormats()}
    problems += [f"image format plugin missing: {f.decode()}" for f in NEEDED_IMAGE_FORMATS if f not in formats]
    return problems + print_preview_problems()


def print_preview_problems() -> list[str]:
    """The in-app print preview works: PDFium renders the shipped guide's first page, Qt's printing loads."""
    try:
        from PySide6.QtPrintSupport import QPrinter  # noqa: F401 - printing from the preview needs it

        from ui.help_dialogs import guide_resource
        from ui.pdf_pages import PdfPages

        guide = guide_resource()
        if guide is None:
            return ["guide PDF missing (resources/guide): run scripts/make_guide.py"]
        pages = PdfPages(guide)
        try:
            image = pages.render(0, 30)
        finally:
            pages.close()
    except Exception as exc:  # any failure here means no preview and no printing: report it, do not crash
        return [f"print preview cannot render PDFs: {exc!r}"]
    return [] if not image.isNull() and image.width() > 50 else ["print preview rendered an empty page"]


def open_demo_window() -> QWidget:
    from app.services import demo, integrity, users
    from db.venue_file import open_venue
    from ui.main_window import MainWindow

    files = demo.build_demo(demo.default_folder())  # honours VENUESCORE_DATA_DIR
    venue = open_venue(files.venue)
    report = integrity.check(venue)
    if not report.ok:
        venue.close()
        raise DomainError(report.describe())
    window = MainWindow(venue, users.sign_in(venue, demo.HEAD_JUDGE, demo.HEAD_PIN))
    return window


def main(argv: Sequence[str]) -> int:
    """``--self-check [--screenshot FILE.png]`` (app.cli.main.run_gui sends it here)."""
    from ui.app import make_application

    args = list(argv)
    shot = args[args.index("--screenshot") + 1] if "--screenshot" in args[:-1] else None
    return run(make_application(argv), Path(shot) if shot else None)


def run(app: QApplication, screenshot: Path | None) -> int:
    started = time.perf_counter()
    say("self-check: Qt ready")  # bench/startup.py times interpreter, imports and QApplication to this line
    outcome: dict[str, int] = {}
    try:
        window = open_demo_window()
    except DomainError as exc:
        say(f"self-check FAILED: demo venue: {exc.message}")
        return 1

    def painted() -> None:
        problems = environment_problems(app)
        if screenshot is not None and not window.grab().save(str(screenshot)):
            problems.append(f"cannot save screenshot {screenshot}")
        size = window.size()
        say(f"self-check: painted demo window {size.width()}x{size.height()} on '{QGuiApplication.platformName()}' "
            f"in {time.perf_counter() - started:.2f} s (since QApplication)")
        for p in problems:
            say(f"self-check FAILED: {p}")
        outcome["code"] = 1 if problems else 0
        window.close()
        app.quit()

    def timed_out() -> None:
        say(f"self-check FAILED: the demo window did not paint within {TIMEOUT_MS // 1000} s")
        outcome["code"] = 1
        window.close()
        app.quit()

    watcher = _FirstPaint(painted)
    window.installEventFilter(watcher)
    # A timer we can stop: a pending single-shot would call app.quit() two minutes later, outside exec(),
    # and every modal dialog opened after that in the same process would close at once.
    deadline = QTimer(app)
    deadline.setSingleShot(True)
    deadline.timeout.connect(timed_out)
    deadline.start(TIMEOUT_MS)
    window.showMaximized()
    app.exec()
    deadline.stop()
    deadline.deleteLater()
    # Closing the last window and app.quit() each post a Quit event; exec() consumed one.  Left in the queue,
    # the other would end the next event loop at once (every modal dialog opened later in this process).
    QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
    return outcome.get("code", 1)
