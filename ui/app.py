"""Starting the GUI: Qt application, translator hook for the core, start window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app import i18n


def make_application(argv: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("VenueScore")
    app.setOrganizationName("VenueScore")
    app.setApplicationDisplayName(QCoreApplication.translate("App", "赛场计分 VenueScore"))
    _load_translation(app)
    i18n.install_translator(QCoreApplication.translate)
    _use_bundled_font(app)
    return app


def _load_translation(app: QApplication) -> None:
    """An English (or other) .qm in resources/translations is loaded when the system locale asks for it."""
    from importlib.resources import files

    translator = QTranslator(app)
    folder = files("resources") / "translations"
    locale = QLocale.system().name()
    if not locale.startswith("zh") and folder.is_dir() and translator.load(f"venuescore_{locale}", str(folder)):
        app.installTranslator(translator)


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
        font = QFont(families[0], 10)
        app.setFont(font)


def run(argv: Sequence[str]) -> int:
    app = make_application(argv)
    from ui.start_window import StartWindow

    window = StartWindow()
    window.show()
    if "--demo" in argv:
        window.open_demo()
    return app.exec()
