"""The venue's signing key as the package room and the printed sheets see it.

The key itself lives in the head judge's vault inside the venue file (app.services.vault), wrapped under
the head judge's passphrase, so it moves with the venue file when a laptop fails.  Earlier versions
kept it in the laptop's data folder (``keys/venue.key``); ``laptop_key`` reads such a key so that
setting up the vault can adopt it and the key the committee registered stays valid.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.errors import NotFound
from app.i18n import tr
from app.package.keys import PublicKey, SigningKey, load_private_key
from app.roles import Actor
from app.services import vault
from db.venue_file import VenueFile

LEGACY_SECRET_NAME = "venue.key"


def legacy_key_folder() -> Path:
    from platformdirs import user_data_path

    base = Path(os.environ.get("VENUESCORE_DATA_DIR") or user_data_path("VenueScore", appauthor=False))
    return base / "keys"


@dataclass(frozen=True)
class KeyInfo:
    """The venue's public key as people see it: the line to register and a fingerprint to compare."""

    key_id: str  # 16 hex digits, as minisign prints it
    public_line: str  # "RW…" — what `minisign -P` and the committee's registry take
    fingerprint: str  # "6229 03D2 280E 5A38 (SHA-256 1A2B3C4D)"

    @property
    def pub_text(self) -> str:
        return PublicKey.parse(self.public_line).file_text()


def key_info(venue: VenueFile) -> KeyInfo | None:
    """This venue's signing key, or None while the head judge has not set up the vault."""
    found = vault.info(venue)
    if found is None:
        return None
    public = found.public_key
    return KeyInfo(public.key_id_hex, public.minisign_line(), public.fingerprint())


def public_key_lines(venue: VenueFile) -> list[tuple[str, str]] | None:
    """(label, text) pairs for the sign-off sheet; None when there is no key yet."""
    info = key_info(venue)
    if info is None:
        return None
    return [(tr("赛场公钥"), info.public_line), (tr("公钥指纹"), info.fingerprint)]


def unlock(venue: VenueFile, actor: Actor, passphrase: str) -> SigningKey:
    """The decrypted signing key (in memory only).  ValidationError for a wrong passphrase."""
    return vault.unlock(venue, actor, passphrase).signing_key


def laptop_key(passphrase: str) -> SigningKey | None:
    """An older version's key in this laptop's data folder, if there is one and ``passphrase`` opens it."""
    path = legacy_key_folder() / LEGACY_SECRET_NAME
    if not path.is_file():
        return None
    try:
        return load_private_key(path.read_bytes(), passphrase)
    except Exception:  # wrong passphrase or damaged: simply not adopted (a new key is made instead)
        return None


def set_up(venue: VenueFile, actor: Actor, passphrase: str, confirm: str) -> vault.NewVault:
    """The head judge sets the passphrase: the vault is made, adopting this laptop's old key if the
    same passphrase opens it."""
    return vault.create(venue, actor, passphrase, confirm, adopt=laptop_key(passphrase))


def require_key(venue: VenueFile) -> KeyInfo:
    info = key_info(venue)
    if info is None:
        raise NotFound(tr("本赛场还没有签名密钥。请裁判长先设置口令和密钥（venuescore keys init），并把公钥报组委会登记。"))
    return info
