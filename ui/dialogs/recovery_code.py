"""Shows a new recovery code once, with a button to print the sealed sheet (恢复码密封页)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.clock import now
from app.errors import DomainError
from app.services import vault
from db.venue_file import VenueFile
from ui.dialogs.pdf_preview import show_pdf
from ui.errors import show_error


class RecoveryCodeDialog(QDialog):
    def __init__(self, venue: VenueFile, code: str, info: vault.VaultInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.venue, self.code, self.info = venue, code, info
        self.saved: Path | None = None
        self.previewer: Callable[[Path], object] = lambda path: show_pdf(path, self)
        self.setWindowTitle(self.tr("裁判长恢复码"))
        intro = QLabel(self.tr(
            "忘记裁判长口令或 PIN 时，凭下面的恢复码重新设置。它只显示这一次，软件不保存它的明文：\n"
            "请立即打印密封页（或抄写），装信封封存，不要与赛场文件放在同一 U 盘。"))
        intro.setWordWrap(True)
        shown = QLabel(code)
        font = QFont(shown.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setFamilies(["DejaVu Sans Mono", "Consolas", "monospace"])
        shown.setFont(font)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        key = QLabel(self.tr("赛场签名公钥指纹：{fp}").format(fp=info.fingerprint))
        key.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        save = QPushButton(self.tr("保存密封页 PDF…"))
        save.clicked.connect(self.save_sheet)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("我已妥善保存"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for w in (intro, shown, key, save, self.status, buttons):
            layout.addWidget(w)

    def save_sheet(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存恢复码密封页"), str(Path.home() / "恢复码密封页.pdf"),
                                              "PDF (*.pdf)")
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        from app.reports import recovery_sheet

        try:
            self.saved = recovery_sheet.write(self.venue, self.code, self.info, path, now())
        except DomainError as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("已保存：{p}。打印后请删除此文件。").format(p=path))
        self.previewer(path)  # print it now, from the app: the preview has 打印… and 打开文件夹
