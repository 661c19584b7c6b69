"""帮助 menu: 使用指南 (the printed guide, opened in the app's print preview) and 快捷键一览.

The guide PDF is built by ``scripts/make_guide.py`` from docs/guide/ (Chinese, one chapter per role, with
screenshots of the demo venue) and shipped in resources/guide/, so a bundled build finds it too.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import as_file, files
from pathlib import Path
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

GUIDE_NAME = "使用指南.pdf"

_T = cast(Callable[[str, str], str], QT_TRANSLATE_NOOP)  # marks a literal for lupdate's "ShortcutsDialog" context; translated when shown
# (where, keys, what) — every shortcut a person can use, in the order of the day.  QTableWidget here holds
# fixed help text, not data (house style 6 is about data tables).
SHORTCUTS: tuple[tuple[str, str, str], ...] = (
    (_T("ShortcutsDialog", "全部页面"), _T("ShortcutsDialog", "Alt+1 … Alt+9"), _T("ShortcutsDialog", "打开左侧列表中的第 1 … 9 页")),
    (_T("ShortcutsDialog", "全部页面"), _T("ShortcutsDialog", "Ctrl+L"), _T("ShortcutsDialog", "切换用户（交给下一位操作人）")),
    (_T("ShortcutsDialog", "全部页面"), _T("ShortcutsDialog", "F1"), _T("ShortcutsDialog", "关于赛场计分（版本、数据文件夹）")),
    (_T("ShortcutsDialog", "全部页面"), _T("ShortcutsDialog", "Shift+F1"), _T("ShortcutsDialog", "使用指南")),
    (_T("ShortcutsDialog", "全部页面"), _T("ShortcutsDialog", "Ctrl+/"), _T("ShortcutsDialog", "本快捷键一览")),
    (_T("ShortcutsDialog", "检录"), _T("ShortcutsDialog", "扫码枪 / 输入身份证号或报名号后回车"), _T("ShortcutsDialog", "查找选手并确认检录")),
    (_T("ShortcutsDialog", "检录"), _T("ShortcutsDialog", "F6 / F7"), _T("ShortcutsDialog", "登记缺考 / 弃权")),
    (_T("ShortcutsDialog", "检录"), _T("ShortcutsDialog", "F8"), _T("ShortcutsDialog", "撤销上一次检录登记")),
    (_T("ShortcutsDialog", "评分录入"), _T("ShortcutsDialog", "数字后回车或 ↓"), _T("ShortcutsDialog", "保存并到下一位选手（最后一位后到下一评分项）")),
    (_T("ShortcutsDialog", "评分录入"), _T("ShortcutsDialog", "↑ / Tab / Shift+Tab / → / ←"), _T("ShortcutsDialog", "保存并向上 / 向右 / 向左移动")),
    (_T("ShortcutsDialog", "评分录入"), _T("ShortcutsDialog", "Enter、F2 或数字（在已有分数的格子上）"), _T("ShortcutsDialog", "打开更正（须填写理由），光标留在原格")),
    (_T("ShortcutsDialog", "评分录入"), _T("ShortcutsDialog", "Esc"), _T("ShortcutsDialog", "放弃正在输入的值")),
    (_T("ShortcutsDialog", "评分录入"), _T("ShortcutsDialog", "Alt+D"), _T("ShortcutsDialog", "扣分（金额、回车、理由、回车）")),
    (_T("ShortcutsDialog", "打印预览"), _T("ShortcutsDialog", "PgDn / PgUp（→ / ←）"), _T("ShortcutsDialog", "下一页 / 上一页")),
    (_T("ShortcutsDialog", "打印预览"), _T("ShortcutsDialog", "Home / End"), _T("ShortcutsDialog", "第一页 / 最后一页")),
    (_T("ShortcutsDialog", "打印预览"), _T("ShortcutsDialog", "Ctrl+P"), _T("ShortcutsDialog", "打印…")),
    (_T("ShortcutsDialog", "打印预览"), _T("ShortcutsDialog", "Esc"), _T("ShortcutsDialog", "关闭预览")),
)


def guide_resource() -> Path | None:
    """The shipped guide PDF, or None when this build has none (a source checkout before make_guide ran)."""
    # one name per step: a bundled build's resources is a MultiplexedPath, whose joinpath takes one name (3.11)
    ref = files("resources") / "guide" / GUIDE_NAME
    if not ref.is_file():
        return None
    with as_file(ref) as path:  # a real file for a normal install and for PyInstaller's folder build
        return Path(path)


def open_guide(parent: QWidget) -> QWidget | None:
    """使用指南 in the print preview (to read or print); a message when the guide is missing."""
    from ui.dialogs.pdf_preview import show_pdf

    path = guide_resource()
    if path is None:
        QMessageBox.information(parent, QCoreApplication.translate("HelpMenu", "使用指南"), QCoreApplication.translate("HelpMenu",
            "本安装中没有使用指南 PDF。请用 scripts/make_guide.py 生成，或查看 docs/guide/ 文件夹。"))
        return None
    return show_pdf(path, parent)


class ShortcutsDialog(QDialog):
    """快捷键一览: where, which keys, what they do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("快捷键一览"))
        intro = QLabel(self.tr("所有操作都可以只用键盘完成。常用按键："))
        self.table = QTableWidget(len(SHORTCUTS), 3)
        self.table.setHorizontalHeaderLabels([self.tr("页面"), self.tr("按键"), self.tr("作用")])
        for row, cells in enumerate(SHORTCUTS):
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(self.tr(text)))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(860, 620)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
