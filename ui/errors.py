"""One way to show errors: a domain error's message and its list of places; anything else as a bug."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import DomainError, PermissionDenied


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorDialog", text)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    if isinstance(exc, PermissionDenied):
        box.setWindowTitle(title or _tr("无权操作"))
    else:
        box.setWindowTitle(title or _tr("操作未完成"))
    if isinstance(exc, DomainError):
        box.setText(exc.message)
        if exc.problems:
            box.setDetailedText("\n".join(str(p) for p in exc.problems))
            box.setInformativeText(_tr("共 {n} 处问题，点“显示详细信息”查看。").format(n=len(exc.problems)))
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(_tr("程序内部错误，数据未被改动。请把详细信息拍照发给技术支持。"))
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()
