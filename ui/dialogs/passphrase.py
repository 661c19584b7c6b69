"""Asks the head judge for the vault passphrase (hidden input) and opens the vault with it.

The opened vault (``vault.Unlocked``) stays with the page that asked, only as long as that page shows
what it opened (e.g. the sealed envelope on the draw page); nothing is written to disk.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from app.errors import DomainError
from app.roles import Actor
from app.services import vault
from db.venue_file import VenueFile
from ui.errors import show_error


def ask_passphrase(parent: QWidget, title: str, text: str) -> str | None:
    """The typed passphrase, or None if cancelled.  A keyboard-only dialog: type, Enter."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(text)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(parent.tr("确定"))
    dialog.setCancelButtonText(parent.tr("取消"))
    dialog.resize(460, dialog.sizeHint().height())
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def open_vault(parent: QWidget, venue: VenueFile, actor: Actor, title: str, text: str) -> vault.Unlocked | None:
    """Ask, then unlock; a wrong passphrase is shown the usual way and gives None."""
    passphrase = ask_passphrase(parent, title, text)
    if passphrase is None:
        return None
    try:
        return vault.unlock(venue, actor, passphrase)
    except DomainError as exc:
        show_error(parent, exc)
        return None
