"""Sign-in dialog: pick a name, type the PIN.  Used at start and for “切换用户” at a shared laptop."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QWidget,
)

from app.errors import DomainError
from app.roles import Actor, role_label
from app.services import users
from db.venue_file import VenueFile
from ui.dialogs.form_dialog import FormDialog


class SignInDialog(FormDialog):
    def __init__(self, venue: VenueFile, parent: QWidget | None = None, preset: str | None = None) -> None:
        super().__init__(self.tr("登录"), parent, wrap_error=False)
        self.venue = venue
        self.actor: Actor | None = None
        self.name = QComboBox()
        for u in users.list_users(venue):
            if u.active:
                self.name.addItem(f"{u.name}（{role_label(u.role)}）", u.name)
        if preset:
            index = self.name.findData(preset)
            if index >= 0:
                self.name.setCurrentIndex(index)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("4–12 位数字"))
        self.form_layout.addRow(self.tr("账号"), self.name)
        self.form_layout.addRow(self.tr("PIN"), self.pin)
        self._finish(self.try_sign_in, self.tr("登录"), self.tr("取消"))
        self.pin.setFocus()

    def try_sign_in(self) -> None:
        try:
            self.actor = users.sign_in(self.venue, str(self.name.currentData()), self.pin.text())
        except DomainError as exc:
            self.error.setText(exc.message)
            self.pin.selectAll()
            return
        self.accept()
