"""The venue laptop's signing key: make it once, show its public key, unlock it to sign a package.

The private key file is encrypted with the head judge's passphrase (app.package.keys) and lives in
the per-user data folder (platformdirs; ``VENUESCORE_DATA_DIR`` overrides it, as for backups), never
beside the venue file: a venue file is copied onto sticks and into packages, the key must not be.
The public key (``venue.pub``, minisign format) sits next to it and is printed on the sign-off sheet
so the organising committee can compare it with the key it registered.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.errors import NotFound, StateError, ValidationError
from app.i18n import tr
from app.package.keys import PublicKey, SigningKey, change_passphrase, generate_keypair, load_private_key
from app.roles import Actor, Role, require
from app.services import audit
from db.venue_file import VenueFile

SECRET_NAME = "venue.key"
PUBLIC_NAME = "venue.pub"


def key_folder() -> Path:
    from platformdirs import user_data_path

    base = Path(os.environ.get("VENUESCORE_DATA_DIR") or user_data_path("VenueScore", appauthor=False))
    return base / "keys"


@dataclass(frozen=True)
class KeyInfo:
    """The venue's public key as people see it: the line to register and a fingerprint to compare."""

    key_id: str  # 16 hex digits, as minisign prints it
    public_line: str  # "RW…" — what `minisign -P` and the committee's registry take
    fingerprint: str  # "6229 03D2 280E 5A38 (SHA-256 1A2B3C4D)"
    public_file: Path
    secret_file: Path

    @property
    def pub_text(self) -> str:
        return PublicKey.parse(self.public_line).file_text()


def _info(public: PublicKey, folder: Path) -> KeyInfo:
    return KeyInfo(public.key_id_hex, public.minisign_line(), public.fingerprint(),
                   folder / PUBLIC_NAME, folder / SECRET_NAME)


def key_info() -> KeyInfo | None:
    """This laptop's venue key, or None when none has been made yet."""
    folder = key_folder()
    pub = folder / PUBLIC_NAME
    if not pub.is_file() or not (folder / SECRET_NAME).is_file():
        return None
    return _info(PublicKey.parse(pub.read_text(encoding="utf-8")), folder)


def public_key_lines() -> list[tuple[str, str]] | None:
    """(label, text) pairs for the sign-off sheet; None when the laptop has no key yet."""
    info = key_info()
    if info is None:
        return None
    return [(tr("赛场公钥"), info.public_line), (tr("公钥指纹"), info.fingerprint)]


def _write_private(path: Path, data: bytes) -> None:
    """Owner-only permissions from the first byte (no window where others could read it)."""
    tmp = path.with_name(path.name + ".partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def create_key(
    actor: Actor, passphrase: str, confirm: str, *, replace: bool = False, venue: VenueFile | None = None
) -> KeyInfo:
    """Make the venue key pair.  Refuses to overwrite an existing key unless ``replace`` (then the
    committee must register the new public key).  With ``venue``, the key change (never the key) goes
    into that venue's audit trail."""
    require(actor, Role.HEAD_JUDGE, Role.ADMIN, action=tr("生成赛场签名密钥"))
    if passphrase != confirm:
        raise ValidationError(tr("两次输入的口令不一致"), column=tr("口令"))
    folder = key_folder()
    if key_info() is not None and not replace:
        raise StateError(tr("本机已有赛场签名密钥（{fp}）。如确需更换，请选择“更换密钥”，并把新公钥重新报组委会登记。").format(
            fp=key_info().fingerprint))  # type: ignore[union-attr]
    secret, public = generate_keypair(passphrase)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write_private(folder / SECRET_NAME, secret)
        (folder / PUBLIC_NAME).write_text(public.file_text(), encoding="utf-8")
    except OSError as exc:
        raise StateError(tr("无法保存密钥到 {folder}：{err}").format(folder=folder, err=exc.strerror or exc)) from exc
    info = _info(public, folder)
    if venue is not None:
        with venue.unit_of_work() as s:
            audit.append(s, actor, "key.replace" if replace else "key.create",
                         {"fingerprint": info.fingerprint, "public_key": info.public_line})
    return info


def unlock(passphrase: str) -> SigningKey:
    """The decrypted signing key (in memory only).  ValidationError for a wrong passphrase."""
    info = key_info()
    if info is None:
        raise NotFound(tr("本机还没有赛场签名密钥。请先生成密钥（venuescore keys init），并把公钥报组委会登记。"))
    return load_private_key(info.secret_file.read_bytes(), passphrase)


def change_key_passphrase(actor: Actor, old: str, new: str, confirm: str) -> None:
    require(actor, Role.HEAD_JUDGE, Role.ADMIN, action=tr("修改密钥口令"))
    if new != confirm:
        raise ValidationError(tr("两次输入的新口令不一致"), column=tr("新口令"))
    info = key_info()
    if info is None:
        raise NotFound(tr("本机还没有赛场签名密钥"))
    _write_private(info.secret_file, change_passphrase(info.secret_file.read_bytes(), old, new))
