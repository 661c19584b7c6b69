"""帮助 → 关于: version, build, program and data folders, copied in one click for support."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication, QKeySequence
from pytestqt.qtbot import QtBot

from app.version import version
from ui.about_dialog import AboutDialog
from ui.start_window import StartWindow


def test_about_shows_version_build_and_data_folder(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert f"版本：{version()}" in text
    assert "源码运行" in text or "构建" in text
    assert str(tmp_path / "data") in text  # VENUESCORE_DATA_DIR, as the conftest sets it
    dialog.copy_to_clipboard()
    assert QGuiApplication.clipboard().text() == text


def test_help_menu_on_the_start_window_opens_about_with_f1(qtbot: QtBot) -> None:
    window = StartWindow()
    qtbot.addWidget(window)
    menus = [a for a in window.menuBar().actions() if a.menu()]
    assert [m.text() for m in menus] == ["帮助(&H)"]
    about = menus[0].menu().actions()[0]
    assert about.text().startswith("关于赛场计分") and about.shortcut() == QKeySequence("F1")
