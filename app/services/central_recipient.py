"""The committee's encryption key (age X25519): venues encrypt packages and USB backups to it.

Made once (``central recipient init``).  The recipient ``age1…`` is public; the identity
``AGE-SECRET-KEY-1…`` is kept in the central database wrapped under the committee's passphrase
(app.sealing.wrap: scrypt + ChaCha20-Poly1305, the same as the head judge's vault), so a copy of the
database opens no package without it.  ``public_keys`` joins it with the certificate signing key into the
committee public-key file the venues import; ``write_identity`` writes the identity as a plain age identity
file for the standard ``age -d -i`` tool (a secret: kept on the committee's machine only).
"""

from __future__ import annotations

import os
from pathlib import Path

from app import sealing
from app.errors import NotFound, ValidationError
from app.i18n import tr
from app.package.committee_keys import CommitteeKeys
from app.services import certificates, committee_secrets
from db.central.engine import CentralDb
from db.central.models import CentralSetting

SETTING_KEY = "committee_recipient"
PURPOSE = "committee/identity"


def recipient(db: CentralDb) -> str | None:
    with db.unit_of_work() as s:
        row = s.get(CentralSetting, SETTING_KEY)
        return str(row.value["recipient"]) if row else None


def init(db: CentralDb, by: str, passphrase: str, confirm: str) -> str:
    """Make the committee's encryption identity; returns the recipient (``age1…``)."""
    by = committee_secrets.keeper(by, passphrase, confirm)
    if (problem := sealing.passphrase_problem(passphrase, avoid=(by,))) is not None:
        raise ValidationError(problem, column=tr("口令"))
    identity, public = sealing.new_identity()
    committee_secrets.create(
        db, SETTING_KEY, {"recipient": public, "identity": sealing.wrap(identity.encode("ascii"), passphrase, PURPOSE)},
        tr("组委会加密密钥已存在，不能覆盖（已加密的成绩包和备份要靠它打开）"), by, "committee_recipient.init",
        {"recipient": public})
    return public


def unlock(db: CentralDb, passphrase: str) -> str:
    """The identity (in memory only).  ValidationError for a wrong passphrase."""
    blob = str(committee_secrets.stored(
        db, SETTING_KEY, tr("还没有组委会加密密钥。请先运行 venuescore central recipient init 生成。"))["identity"])
    return sealing.unwrap(blob, passphrase, PURPOSE).decode("ascii")


def public_keys(db: CentralDb) -> CommitteeKeys:
    """The committee public-key file's content: certificate signing key + encryption recipient."""
    signing = certificates.committee_public(db)
    if signing is None:
        raise NotFound(tr("还没有组委会签名密钥。请先运行 venuescore central signer init。"))
    public = recipient(db)
    if public is None:
        raise NotFound(tr("还没有组委会加密密钥。请先运行 venuescore central recipient init。"))
    return CommitteeKeys(signing, public)


def write_identity(db: CentralDb, passphrase: str, out: Path) -> Path:
    """The identity as an age identity file (``age -d -i FILE``), readable by the owner only."""
    identity = unlock(db, passphrase)
    out = Path(out)
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(f"# VenueScore committee identity: recipient {sealing.recipient_of(identity)}\n{identity}\n")
    return out
