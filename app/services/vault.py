"""The head judge's vault: the venue's signing key and the seal identity, kept in the venue file.

Why in the venue file and not on the laptop: if the laptop fails mid-day, the venue file and its
backup move to another laptop, and the sealed name ↔ blind-code mapping and the signing key must move
with them.  The secrets are wrapped (app.sealing.wrap) under the head judge's passphrase, and a second
time under a recovery code printed once when the vault is made; nothing else in the file opens them.

- ``seal_to_head_judge`` needs no passphrase: the check-in desk can seal a late arrival's blind code.
- ``unlock`` (head judge + passphrase) gives an ``Unlocked`` vault in memory: it opens sealed data and
  signs (checkpoints, packages).  It is never stored, printed or pickled.
- ``recover`` (the printed recovery code) sets a new passphrase and, if asked, a new head-judge PIN;
  the used code stops working and a new one is issued.  Every vault change is audited (public parts
  only).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime
from typing import NoReturn

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import sealing, security
from app.clock import now
from app.errors import IntegrityError, NotFound, PermissionDenied, StateError, ValidationError
from app.i18n import tr
from app.package.keys import PublicKey, SigningKey
from app.roles import Actor, Role, require
from app.services import audit, users
from db.models import User, Vault, VenueInfo
from db.venue_file import VenueFile

PASSPHRASE, RECOVERY = "vault/passphrase", "vault/recovery"
PAYLOAD_VERSION = 1


@dataclass(frozen=True)
class VaultInfo:
    """The public side of the vault, as screens and printed sheets show it."""

    seal_recipient: str  # age1…
    signing_public: str  # minisign line "RW…"
    fingerprint: str  # key id + SHA-256 prefix, to compare on paper
    created_at: datetime
    changed_at: datetime

    @property
    def public_key(self) -> PublicKey:
        return PublicKey.parse(self.signing_public)


@dataclass(frozen=True)
class NewVault:
    info: VaultInfo
    recovery_code: str  # shown and printed once; not stored anywhere in the clear


class Unlocked:
    """The opened vault, in memory only: opens sealed data, signs.  Never printed, logged or pickled."""

    __slots__ = ("_identity", "signing_key")

    def __init__(self, identity: str, signing_key: SigningKey) -> None:
        self._identity = identity
        self.signing_key = signing_key

    def open(self, blob: bytes) -> bytes:
        return sealing.open_sealed(blob, self._identity)

    def open_file(self, blob: bytes, what: str) -> bytes:
        """An encrypted package or backup this venue wrote (it is always one of the recipients)."""
        from app.package import encrypted

        return encrypted.decrypt(blob, self._identity, what)

    def __repr__(self) -> str:
        return f"Unlocked(key_id={self.signing_key.public.key_id_hex}, secrets=<hidden>)"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("an unlocked vault cannot be pickled")

    def _payload(self) -> bytes:
        key = self.signing_key
        seed = key._private.private_bytes_raw()  # noqa: SLF001 - the vault is the key's only keeper
        return json.dumps({
            "v": PAYLOAD_VERSION, "age_identity": self._identity,
            "ed25519_seed": base64.b64encode(seed).decode("ascii"),
            "key_id": base64.b64encode(key.key_id).decode("ascii"),
        }, sort_keys=True).encode("utf-8")


def _from_payload(raw: bytes, row: Vault) -> Unlocked:
    try:
        doc = json.loads(raw)
        identity = str(doc["age_identity"])
        key = SigningKey(Ed25519PrivateKey.from_private_bytes(base64.b64decode(doc["ed25519_seed"])),
                         base64.b64decode(doc["key_id"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise IntegrityError(tr("加密保存的密钥内容不完整。请从备份恢复赛场文件。")) from exc
    # The clear public parts must belong to the wrapped secrets: a swapped recipient would seal data
    # for someone else, a swapped public key would make signatures unverifiable.
    if sealing.recipient_of(identity) != row.seal_recipient or key.public.minisign_line() != row.signing_public:
        raise IntegrityError(tr("赛场文件中的公钥与加密保存的密钥不符（文件可能被改动）。请从备份恢复。"))
    return Unlocked(identity, key)


def identity_from_wrap(wrap: dict[str, str], passphrase: str) -> str:
    """The seal identity from a copy of the vault's passphrase wrap (kept beside an encrypted USB backup, whose
    venue file is inside the encryption).  ValidationError for a wrong passphrase."""
    try:
        raw = sealing.unwrap(str(wrap["by_passphrase"]), passphrase, PASSPHRASE)
        identity = str(json.loads(raw)["age_identity"])
    except (KeyError, TypeError, ValueError) as exc:
        raise IntegrityError(tr("备份说明文件中的密钥信息不完整")) from exc
    if sealing.recipient_of(identity) != wrap.get("seal_recipient"):
        raise IntegrityError(tr("备份说明文件中的密钥信息与加密公钥不符（文件可能被改动）"))
    return identity


def _info(row: Vault) -> VaultInfo:
    public = PublicKey.parse(row.signing_public)
    return VaultInfo(row.seal_recipient, row.signing_public, public.fingerprint(), row.created_at, row.changed_at)


def _row(s: Session) -> Vault | None:
    return s.get(Vault, 1)


def _require_row(s: Session) -> Vault:
    row = _row(s)
    if row is None:
        raise NotFound(tr("尚未设置裁判长口令和赛场密钥。请裁判长先设置（“成绩包”页 → 设置口令和密钥，或 venuescore keys init）。"))
    return row


def _avoid(s: Session, actor: Actor) -> tuple[str, ...]:
    info = s.get(VenueInfo, 1)
    return (actor.name, info.item_name if info else "", info.head_judge if info else "")


def _check_new(s: Session, actor: Actor, passphrase: str, confirm: str) -> None:
    if passphrase != confirm:
        raise ValidationError(tr("两次输入的口令不一致"), column=tr("口令"))
    if (problem := sealing.passphrase_problem(passphrase, avoid=_avoid(s, actor))) is not None:
        raise ValidationError(problem, column=tr("口令"))


# ------------------------------------------------------------------------------------------ queries


def info(venue: VenueFile) -> VaultInfo | None:
    with venue.unit_of_work() as s:
        row = _row(s)
        return _info(row) if row else None


def seal_recipient(s: Session) -> str:
    return _require_row(s).seal_recipient


def seal_to_head_judge(s: Session, data: bytes) -> bytes:
    """Seal ``data`` so that only the head judge's vault opens it (no passphrase needed to seal)."""
    return sealing.seal(data, [seal_recipient(s)])


# ------------------------------------------------------------------------------------------ changes


def create(venue: VenueFile, actor: Actor, passphrase: str, confirm: str,
           *, adopt: SigningKey | None = None) -> NewVault:
    """Make the vault once: a new seal identity, a new signing key (or ``adopt`` an existing one, so a
    key the committee registered stays valid), wrapped under the passphrase and a new recovery code."""
    require(actor, Role.HEAD_JUDGE, action=tr("设置裁判长口令和赛场密钥"))
    with venue.unit_of_work() as s:
        if _row(s) is not None:
            raise StateError(tr("本赛场已设置裁判长口令和密钥。修改口令请用“修改口令”，忘记口令请用恢复码。"))
        _check_new(s, actor, passphrase, confirm)
        identity, recipient = sealing.new_identity()
        unlocked = Unlocked(identity, adopt or SigningKey.generate())
        code = sealing.new_recovery_code()
        at = now()
        row = Vault(id=1, seal_recipient=recipient, signing_public=unlocked.signing_key.public.minisign_line(),
                    by_passphrase=sealing.wrap(unlocked._payload(), passphrase, PASSPHRASE),
                    by_recovery=sealing.wrap(unlocked._payload(), code, RECOVERY), created_at=at, changed_at=at)
        s.add(row)
        audit.append(s, actor, "vault.create", {
            "seal_recipient": recipient, "signing_public": row.signing_public,
            "fingerprint": unlocked.signing_key.public.fingerprint(), "adopted_key": adopt is not None})
        s.flush()
        return NewVault(_info(row), code)


def unlock(venue: VenueFile, actor: Actor, passphrase: str) -> Unlocked:
    """The head judge opens the vault with the passphrase (ValidationError if it is wrong)."""
    require(actor, Role.HEAD_JUDGE, action=tr("打开裁判长密钥"))
    with venue.unit_of_work() as s:
        row = _require_row(s)
        return _from_payload(sealing.unwrap(row.by_passphrase, passphrase, PASSPHRASE), row)


def change_passphrase(venue: VenueFile, actor: Actor, old: str, new: str, confirm: str) -> VaultInfo:
    require(actor, Role.HEAD_JUDGE, action=tr("修改裁判长口令"))
    with venue.unit_of_work() as s:
        row = _require_row(s)
        unlocked = _from_payload(sealing.unwrap(row.by_passphrase, old, PASSPHRASE), row)
        _check_new(s, actor, new, confirm)
        row.by_passphrase = sealing.wrap(unlocked._payload(), new, PASSPHRASE)
        row.changed_at = now()
        audit.append(s, actor, "vault.passphrase", {"fingerprint": unlocked.signing_key.public.fingerprint()})
        return _info(row)


def replace_signing_key(venue: VenueFile, actor: Actor, passphrase: str) -> NewVault:
    """A new signing key (the old one was lost or exposed); the seal identity stays, so nothing sealed
    becomes unreadable.  The committee must register the new public key.  A new recovery code is issued
    with it: the old code's wrap still holds the old key, and recovering must not bring it back."""
    require(actor, Role.HEAD_JUDGE, action=tr("更换赛场签名密钥"))
    with venue.unit_of_work() as s:
        row = _require_row(s)
        old = _from_payload(sealing.unwrap(row.by_passphrase, passphrase, PASSPHRASE), row)
        fresh = Unlocked(old._identity, SigningKey.generate())  # noqa: SLF001
        code = sealing.new_recovery_code()
        row.signing_public = fresh.signing_key.public.minisign_line()
        row.by_passphrase = sealing.wrap(fresh._payload(), passphrase, PASSPHRASE)
        row.by_recovery = sealing.wrap(fresh._payload(), code, RECOVERY)
        row.changed_at = now()
        audit.append(s, actor, "vault.replace_signing_key", {
            "old_fingerprint": old.signing_key.public.fingerprint(),
            "signing_public": row.signing_public, "fingerprint": fresh.signing_key.public.fingerprint()})
        return NewVault(_info(row), code)


@dataclass(frozen=True)
class Recovery:
    info: VaultInfo
    recovery_code: str  # the new code; the one just used no longer works
    pin_reset: bool


def recover(venue: VenueFile, head_judge: str, code: str, new_passphrase: str, confirm: str,
            new_pin: str | None = None) -> Recovery:
    """Forgotten passphrase or PIN: the printed recovery code sets a new passphrase (and PIN), once.

    No sign-in is needed (that is the point), so the code itself is the authority; it is checked
    against the vault, the head judge is named, and everything is audited.
    """
    code = sealing.normalise_recovery_code(code)
    if new_pin is not None and (msg := users.check_pin_format(new_pin)) is not None:
        raise ValidationError(msg, column="PIN")
    with venue.unit_of_work() as s:
        row = _require_row(s)
        user = s.scalars(select(User).where(User.name == head_judge.strip())).first()
        if user is None or user.role != Role.HEAD_JUDGE or not user.active:
            raise PermissionDenied(tr("“{name}”不是本赛场的裁判长账号。").format(name=head_judge))
        actor = Actor(user.name, Role.HEAD_JUDGE, user.id)
        try:
            unlocked = _from_payload(sealing.unwrap(row.by_recovery, code, RECOVERY), row)
        except ValidationError as exc:
            raise PermissionDenied(tr("恢复码不正确（或已用过：每个恢复码只能用一次）。")) from exc
        _check_new(s, actor, new_passphrase, confirm)
        fresh_code = sealing.new_recovery_code()
        row.by_passphrase = sealing.wrap(unlocked._payload(), new_passphrase, PASSPHRASE)
        row.by_recovery = sealing.wrap(unlocked._payload(), fresh_code, RECOVERY)
        row.changed_at = now()
        if new_pin is not None:
            user.pin_hash = security.hash_pin(new_pin)
            user.failed_attempts = 0
            user.locked_until = None
        audit.append(s, actor, "vault.recover", {"user": user.name, "pin_reset": new_pin is not None,
                                                 "fingerprint": unlocked.signing_key.public.fingerprint()})
        return Recovery(_info(row), fresh_code, new_pin is not None)


def new_recovery_code(venue: VenueFile, actor: Actor, passphrase: str) -> str:
    """Issue a new recovery code (the old sheet was lost); the old code stops working."""
    require(actor, Role.HEAD_JUDGE, action=tr("重新生成恢复码"))
    with venue.unit_of_work() as s:
        row = _require_row(s)
        unlocked = _from_payload(sealing.unwrap(row.by_passphrase, passphrase, PASSPHRASE), row)
        code = sealing.new_recovery_code()
        row.by_recovery = sealing.wrap(unlocked._payload(), code, RECOVERY)
        row.changed_at = now()
        audit.append(s, actor, "vault.recovery_code", {"fingerprint": unlocked.signing_key.public.fingerprint()})
        return code
