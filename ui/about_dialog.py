"""关于 (About): version and build, where the data lives, and the components — what support asks first."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.catalog import load_catalog
from app.paths import data_root
from app.version import build_info
from ui import style
from ui.icons import app_icon


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于赛场计分"))
        self.rows = self._facts()
        layout = QVBoxLayout(self)
        layout.addLayout(self._init_header())
        layout.addLayout(self._init_facts())
        layout.addWidget(self._init_buttons())
        self.setMinimumWidth(560)  # paths and the build line on one line each at 1366×768

    def _facts(self) -> list[tuple[str, str]]:
        info = build_info()
        program = Path(sys.executable).parent if info.frozen else Path(__file__).resolve().parent.parent
        return [
            (self.tr("版本"), info.version),
            (self.tr("构建"), self.tr("{c}，{d}").format(c=info.commit or "?", d=info.built_at) if info.frozen
             else self.tr("源码运行（提交 {c}）").format(c=info.commit or "?")),
            (self.tr("程序文件夹"), str(program)),
            (self.tr("数据文件夹"), self.tr("{p}（演示赛场、自动备份）").format(p=data_root())),
            (self.tr("运行环境"), f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}"
             f" · {platform.system()} {platform.release()}"),
            (self.tr("字体"), self.tr("文泉驿微米黑（Apache-2.0 或 GPLv3 附字体例外）")),
        ]

    def _init_header(self) -> QHBoxLayout:
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        name = QLabel(self.tr("赛场计分 VenueScore"))
        name.setStyleSheet(style.title_style(18))
        comp = QLabel(load_catalog().competition.name)
        comp.setWordWrap(True)
        text = QVBoxLayout()
        text.addWidget(name)
        text.addWidget(comp)
        text.addStretch(1)
        header = QHBoxLayout()
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(text, 1)
        return header

    def _init_facts(self) -> QFormLayout:
        form = QFormLayout()
        for label, value in self.rows:
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            form.addRow(label + "：", shown)
        return form

    def _init_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        copy = buttons.addButton(self.tr("复制以上信息"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_to_clipboard)
        buttons.rejected.connect(self.reject)
        return buttons

    def text(self) -> str:
        return "\n".join(f"{label}：{value}" for label, value in [(self.tr("程序"), "VenueScore"), *self.rows])

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


def add_help_menu(window: QWidget) -> None:
    """帮助 on a main window's menu bar: 关于赛场计分… (F1), 使用指南… (Shift+F1, the printed guide in the print
    preview), 快捷键一览… (Ctrl+/), 界面语言 Language…."""
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMainWindow

    assert isinstance(window, QMainWindow)
    menu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "帮助(&H)"))
    about = QAction(QCoreApplication.translate("HelpMenu", "关于赛场计分(&A)…"), window)
    about.setShortcut(QKeySequence(Qt.Key.Key_F1))
    about.triggered.connect(lambda: AboutDialog(window).exec())
    menu.addAction(about)
    from ui.help_dialogs import ShortcutsDialog, open_guide

    guide = QAction(QCoreApplication.translate("HelpMenu", "使用指南(&G)…"), window)
    guide.setShortcut(QKeySequence("Shift+F1"))
    guide.triggered.connect(lambda: open_guide(window))
    menu.addAction(guide)
    keys = QAction(QCoreApplication.translate("HelpMenu", "快捷键一览(&K)…"), window)
    keys.setShortcut(QKeySequence("Ctrl+/"))
    keys.triggered.connect(lambda: ShortcutsDialog(window).exec())
    menu.addAction(keys)
    from ui import language

    lang = QAction(QCoreApplication.translate("HelpMenu", "界面语言 Language(&L)…"), window)
    lang.triggered.connect(lambda: language.ask(window))
    menu.addAction(lang)
