"""After every save: a message with the file's path and 打开文件夹, so a file never lands somewhere unseen.

The box does not block (``open()``, not ``exec()``): the page stays usable and a long day of exports
does not stack modal loops.  PDFs get the print preview instead (ui.dialogs.pdf_preview), which shows the
same path and button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.dialogs.pdf_preview import open_folder


def show_saved(parent: QWidget, path: Path, what: str) -> QMessageBox:
    """「{what}已保存」 with the full path (selectable) and 打开文件夹 / 确定."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("SavedDialog", "已保存"),
                      QCoreApplication.translate("SavedDialog", "{what}已保存到：\n{path}").format(what=what, path=Path(path)),
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    folder = box.addButton(QCoreApplication.translate("SavedDialog", "打开文件夹"), QMessageBox.ButtonRole.ActionRole)
    folder.clicked.connect(lambda: open_folder(Path(path)))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def report_path(venue_path: Path, title: str, suffix: str = ".pdf") -> Path:
    """Where a printed sheet is written without asking: 报表/ beside the venue file, named and time-stamped."""
    from datetime import datetime

    folder = Path(venue_path).parent / "报表"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{Path(venue_path).stem}-{title}-{datetime.now():%Y%m%d-%H%M%S}{suffix}"
