"""Leftovers of issue 13 item 9: Qt's own dialogs in Chinese, a pasted .pub file shows as its key line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app.package.keys import SigningKey
from ui.central_window import RegisterKeyDialog


def test_qt_own_dialog_texts_are_chinese() -> None:
    """make_application (autouse fixture) installs Qt's qtbase_zh_CN: the file dialog's labels are Chinese."""
    for context, text in (("QFileDialog", "Look in:"), ("QFileDialog", "Files of type:"),
                          ("QFileDialog", "File &name:"), ("QPlatformTheme", "Cancel")):
        translated = QCoreApplication.translate(context, text)
        assert translated != text and any("\u4e00" <= ch <= "\u9fff" for ch in translated), (text, translated)


def test_a_pub_file_shows_as_its_key_line(qtbot: QtBot) -> None:
    public = SigningKey.generate().public
    dialog = RegisterKeyDialog()
    qtbot.addWidget(dialog)
    dialog.key.setPlainText(public.file_text())  # what 从文件读取… or a paste of the whole file puts there
    assert dialog.key.toPlainText() == public.minisign_line()
    assert "untrusted comment" not in dialog.key.toPlainText()
    assert dialog.fingerprint.text() == public.fingerprint()
