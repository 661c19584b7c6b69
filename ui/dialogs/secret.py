"""Asking for a secret: the head judge's passphrase (signing) and a name + PIN (restore)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


class PassphraseDialog(QDialog):
    """The head judge's passphrase, with a sentence saying what it signs."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None, ok_text: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        info = QLabel(explanation)
        info.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("裁判长口令（不是 PIN）"))
        form = QFormLayout()
        form.addRow(self.tr("裁判长口令"), self.passphrase)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        if ok_text:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.textChanged.connect(
            lambda t: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(t)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def value(self) -> str:
        return self.passphrase.text()


def ask_passphrase(parent: QWidget, title: str, explanation: str, ok_text: str | None = None) -> str | None:
    dialog = PassphraseDialog(title, explanation, parent, ok_text)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class CredentialsDialog(QDialog):
    """Name and PIN of a 裁判长 or 管理员 (restoring a backup)."""

    def __init__(self, title: str, explanation: str, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        info = QLabel(explanation)
        info.setWordWrap(True)
        self.name = QLineEdit(name)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("PIN"), self.pin)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.name, self.pin):
            field.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()
        (self.pin if name else self.name).setFocus()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.name.text().strip()) and bool(self.pin.text()))
