"""Asking for a secret: the head judge's passphrase (signing) and a name + PIN (restore)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from ui.dialogs.form_dialog import FormDialog


def password_field(placeholder: str = "") -> QLineEdit:
    """A line whose text is never shown (passphrases, PINs)."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    if placeholder:
        field.setPlaceholderText(placeholder)
    return field


class PassphraseDialog(FormDialog):
    """The head judge's passphrase, with a sentence saying what it signs."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None, ok_text: str | None = None) -> None:
        super().__init__(title, parent)
        self._explain(explanation)
        self.passphrase = password_field(self.tr("裁判长口令（不是 PIN）"))
        self.form_layout.addRow(self.tr("裁判长口令"), self.passphrase)
        self._finish(self.accept, ok_text or None)
        self._ok_only_when(lambda: bool(self.passphrase.text()), self.passphrase.textChanged)
        self.setMinimumWidth(max(self.minimumWidth(), 420))

    def value(self) -> str:
        return self.passphrase.text()


def ask_passphrase(parent: QWidget, title: str, explanation: str, ok_text: str | None = None) -> str | None:
    dialog = PassphraseDialog(title, explanation, parent, ok_text)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class CredentialsDialog(FormDialog):
    """Name and PIN of a 裁判长 or 管理员 (restoring a backup)."""

    def __init__(self, title: str, explanation: str, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._explain(explanation)
        self.name = QLineEdit(name)
        self.pin = password_field()
        self.form_layout.addRow(self.tr("姓名"), self.name)
        self.form_layout.addRow(self.tr("PIN"), self.pin)
        self._finish(self.accept)
        self._ok_only_when(lambda: bool(self.name.text().strip()) and bool(self.pin.text()),
                           self.name.textChanged, self.pin.textChanged)
        (self.pin if name else self.name).setFocus()
