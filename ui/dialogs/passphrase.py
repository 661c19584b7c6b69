"""Opens the head judge's vault with the passphrase (asked with ui.dialogs.secret) for a page that shows
what is sealed (the draw page's envelope).  The opened vault stays with that page only while it shows it;
nothing is written to disk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.errors import DomainError
from app.roles import Actor
from app.services import vault
from db.venue_file import VenueFile
from ui.dialogs.secret import ask_passphrase
from ui.errors import show_error


def open_vault(parent: QWidget, venue: VenueFile, actor: Actor, title: str, text: str) -> vault.Unlocked | None:
    """Ask, then unlock; a wrong passphrase is shown the usual way and gives None."""
    passphrase = ask_passphrase(parent, title, text, QCoreApplication.translate("PassphraseDialog", "打开"))
    if passphrase is None:
        return None
    try:
        return vault.unlock(venue, actor, passphrase)
    except DomainError as exc:
        show_error(parent, exc)
        return None
