"""Starting the GUI: Qt application, translator hook for the core, start window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from app import i18n
from app.gc_pause import settled_after
from ui import source_lines, style

if TYPE_CHECKING:
    from app.roles import Actor
    from db.venue_file import VenueFile


def make_application(argv: Sequence[str] = ()) -> QApplication:
    source_lines.answer_from_bytes()  # before the start window's and the database's modules are imported
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("VenueScore")
    app.setOrganizationName("VenueScore")
    app.setApplicationDisplayName(QCoreApplication.translate("App", "赛场计分 VenueScore"))
    from ui import language

    language.install(app)  # Chinese unless English was chosen (帮助 → 界面语言); Qt's own dialogs follow
    i18n.install_translator(QCoreApplication.translate)
    _use_bundled_font(app)
    from ui.icons import app_icon

    app.setWindowIcon(app_icon())
    from ui import screen_fit

    screen_fit.install(app)
    return app


def _use_bundled_font(app: QApplication) -> None:
    """Use the shipped CJK font when the system has none (a fresh Linux machine), so text never shows as boxes."""
    from importlib.resources import as_file, files

    font_file = files("resources") / "fonts" / "wqy-microhei.ttc"
    if not font_file.is_file():
        return
    with as_file(font_file) as path:
        font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(families[0], style.BASE_POINT_SIZE)
        app.setFont(font)


def run(argv: Sequence[str]) -> int:
    """GUI options: ``--demo`` opens the demo venue (``--self-check`` is ui.self_check's)."""
    with settled_after():
        app = make_application(argv)
        from ui.start_window import StartWindow

        window = StartWindow(open_main=_open_main)
        window.show()
        if "--demo" in argv:
            window.open_demo()
    return app.exec()


def _open_main(venue: VenueFile, actor: Actor) -> QWidget:
    """The venue's main window; imported only now, so the start window paints before the database code loads."""
    from ui.main_window import MainWindow

    return MainWindow(venue, actor)


def run_central(target: str | Path) -> int:
    """``venuescore central gui``: the committee's window over the central database at ``target``."""
    from app.errors import DomainError
    from ui.central_window import open_window
    from ui.errors import show_error

    app = make_application([])
    with settled_after():
        try:
            window = open_window(target)
        except DomainError as exc:
            show_error(None, exc)
            return 2
        window.show()
    return app.exec()
