"""荣誉证书 verification codes: item, name and award signed with the organising committee's key.

The code printed (as a QR code) on each certificate is one line of text::

    VSC1|<committee key id>|<certificate no>|<item>|<group>|<name>|<award>|<base64url Ed25519 signature>

The signature covers everything before the last ``|`` (UTF-8), so changing any field, or making a
code with another key, fails ``verify_code``.  Anyone holding the committee's public key can check
a certificate offline: ``venuescore certificate verify CODE --db CENTRAL`` (or ``--key``).

A person reads the **short code** printed beside the QR (``short_code``: 12 letters and digits from the
hash of the full code, e.g. ``K7Q2-M9XD-4TPA``) and the certificate number.  The committee checks that pair
with ``verify_short`` (its passphrase re-signs the listed award — Ed25519 signatures are deterministic —
and compares); no raw code or command line is printed on the certificate.

The committee key is made once (``central signer init``); its private half is kept in the central
database encrypted with a passphrase (app.package.keys format), its public half beside it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.errors import IntegrityError
from app.i18n import tr
from app.package.keys import PublicKey, SigningKey, generate_keypair, load_private_key
from app.services import committee_secrets
from db.central.engine import CentralDb
from db.central.models import CentralSetting

PREFIX = "VSC1"
SETTING_KEY = "committee_key"


@dataclass(frozen=True)
class Claim:
    """What a certificate code states (after the signature checked out)."""

    key_id: str
    cert_no: str
    item: str
    group: str
    name: str
    award: str


def _clean(field: str) -> str:
    # "|" separates fields; a full-width bar reads the same on paper.
    return field.replace("|", "｜").replace("\n", " ").strip()


def make_code(key: SigningKey, cert_no: str, item: str, group: str, name: str, award: str) -> str:
    body = "|".join([PREFIX, key.public.key_id_hex] + [_clean(f) for f in (cert_no, item, group, name, award)])
    sig = key.ed25519_sign(body.encode("utf-8"))
    return body + "|" + base64.urlsafe_b64encode(sig).decode("ascii").rstrip("=")


def parse_code(code: str) -> tuple[Claim, bytes, bytes]:
    parts = code.strip().split("|")
    if len(parts) != 8 or parts[0] != PREFIX:
        raise IntegrityError(tr("不是本赛事荣誉证书的核验码（格式不符）"))
    try:
        sig = base64.urlsafe_b64decode(parts[7] + "=" * (-len(parts[7]) % 4))
    except (binascii.Error, ValueError) as exc:
        raise IntegrityError(tr("核验码的签名部分已损坏")) from exc
    if len(sig) != 64:
        raise IntegrityError(tr("核验码的签名部分已损坏"))
    body = "|".join(parts[:7]).encode("utf-8")
    return Claim(parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]), body, sig


def verify_code(code: str, public: PublicKey) -> Claim:
    """The claim of a genuine code; IntegrityError for a forged, altered or foreign one."""
    claim, body, sig = parse_code(code)
    if claim.key_id != public.key_id_hex:
        raise IntegrityError(tr("核验码不是用组委会登记的证书密钥签发的（密钥号 {kid}）").format(kid=claim.key_id))
    try:
        Ed25519PublicKey.from_public_bytes(public.raw).verify(sig, body)
    except InvalidSignature as exc:
        raise IntegrityError(tr("核验失败：证书内容被改动或核验码是伪造的")) from exc
    return claim


CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # base32 without I, L, O, U: nothing to misread on paper


def short_code(code: str) -> str:
    """12 characters (60 bits) of SHA-256 of the full code, in three groups of four: typed by a person."""
    n = int.from_bytes(hashlib.sha256(code.encode("utf-8")).digest()[:8], "big") >> 4
    chars = "".join(CROCKFORD[(n >> (5 * i)) & 31] for i in reversed(range(12)))
    return "-".join(chars[i:i + 4] for i in (0, 4, 8))


def normalise_short(text: str) -> str:
    """As typed: case, spaces and dashes ignored; O→0 and I/L→1 as Crockford's base32 reads them."""
    raw = "".join(ch for ch in text.upper() if ch.isalnum()).translate(str.maketrans("OIL", "011"))
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def verify_short(key: SigningKey, lines: list[Any], cert_no: str, typed: str) -> Claim:
    """The award of certificate ``cert_no`` if ``typed`` is its short code; IntegrityError otherwise.

    ``lines`` are the accepted award lines (app.services.central_reports.award_lines): the certificate must
    still be in the list, and the code made now from it with the committee key must give the same short code."""
    line = next((a for a in lines if a.cert_no == cert_no.strip()), None)
    if line is None:
        raise IntegrityError(tr("证书编号 {no} 不在当前已接收的获奖名单中，请核查").format(no=cert_no))
    code = make_code(key, line.cert_no, line.item_label, line.group, line.name, line.award)
    if short_code(code) != normalise_short(typed):
        raise IntegrityError(tr("核验码与证书编号 {no} 不符：证书内容被改动、核验码抄错或是伪造的").format(no=cert_no))
    return parse_code(code)[0]


# ------------------------------------------------------------------------------- committee key


def committee_public(db: CentralDb) -> PublicKey | None:
    with db.unit_of_work() as s:
        row = s.get(CentralSetting, SETTING_KEY)
        return PublicKey.parse(row.value["public"]) if row else None


def init_committee_key(db: CentralDb, by: str, passphrase: str, confirm: str) -> PublicKey:
    by = committee_secrets.keeper(by, passphrase, confirm)
    secret, public = generate_keypair(passphrase)
    committee_secrets.create(db, SETTING_KEY, {"public": public.minisign_line(), "secret": secret.decode("utf-8")},
                             tr("组委会证书密钥已存在，不能覆盖（已打印的证书要靠它核验）"), by, "committee_key.init",
                             {"key_id": public.key_id_hex, "fingerprint": public.fingerprint()})
    return public


def unlock_committee_key(db: CentralDb, passphrase: str) -> SigningKey:
    stored = committee_secrets.stored(db, SETTING_KEY, tr("还没有组委会证书密钥。请先运行 venuescore central signer init 生成。"))
    return load_private_key(stored["secret"].encode("utf-8"), passphrase)
