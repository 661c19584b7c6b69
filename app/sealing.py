"""Sealing: secrets only the head judge can open, and wrapping a secret under a passphrase.

Two building blocks, both from maintained libraries (no cryptography written here):

- **Seal to a recipient** (age format, X25519, via ``pyrage``): anyone holding the venue's public
  *recipient* (``age1…``, stored in the clear) can seal data, e.g. the check-in desk sealing a late
  arrival's blind code; only the holder of the *identity* (``AGE-SECRET-KEY-1…``) can open it.  A sealed
  blob is a standard age file: ``age -d -i identity.txt`` opens it too.
- **Wrap under a passphrase** (scrypt + ChaCha20-Poly1305 from ``cryptography``): the identity and the
  venue's signing key are kept wrapped under the head judge's passphrase, and a second time under a
  recovery code printed once.  Not age's own passphrase mode: its scrypt cost is calibrated on the fly
  (8 s on a busy venue laptop) and cannot be chosen.

A 4-digit PIN falls to offline guessing in minutes once the file is copied; a passphrase must therefore
have real strength (``passphrase_problem``) and the KDF is deliberately expensive (~128 MiB).
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import os
import secrets
import unicodedata
from typing import Any, NoReturn

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.errors import IntegrityError, ValidationError
from app.i18n import tr

WRAP_FORMAT = "venuescore-wrapped-secret"
WRAP_VERSION = 1
# scrypt cost of new wraps: n=2**17, r=8 → 128 MiB and about half a second on a venue laptop.  The
# test suite lowers SCRYPT_N (each wrap records its own parameters, so reading is unaffected).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
_MAX_SCRYPT_MEMORY = 256 * 1024 * 1024  # a forged blob must not make us allocate more

MIN_PASSPHRASE_CHARS = 10
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
RECOVERY_GROUPS, RECOVERY_GROUP_LEN = 6, 5  # 30 symbols × 5 bits = 150 bits


# ------------------------------------------------------------------------------------------ age seal


def new_identity() -> tuple[str, str]:
    """A fresh X25519 key pair as age text: (identity ``AGE-SECRET-KEY-1…``, recipient ``age1…``)."""
    from pyrage import x25519

    identity = x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def seal(data: bytes, recipients: list[str]) -> bytes:
    """An age file of ``data`` that any one of ``recipients`` can open."""
    import pyrage
    from pyrage import x25519

    try:
        parsed = [x25519.Recipient.from_str(r) for r in recipients]
    except Exception as exc:  # pyrage raises its own RecipientError (not a ValueError)
        raise ValidationError(tr("加密接收方格式不正确：{err}").format(err=exc)) from exc
    return bytes(pyrage.encrypt(data, parsed))


def open_sealed(blob: bytes, identity: str) -> bytes:
    """Open an age file with the identity; IntegrityError if it is damaged or not for this identity."""
    import pyrage
    from pyrage import x25519

    try:
        return bytes(pyrage.decrypt(blob, [x25519.Identity.from_str(identity)]))
    except Exception as exc:  # pyrage.DecryptError / IdentityError
        raise IntegrityError(tr("密封数据无法打开：数据已损坏，或不是用本赛场密钥密封的（{err}）").format(err=exc)) from exc


def recipient_of(identity: str) -> str:
    from pyrage import x25519

    return str(x25519.Identity.from_str(identity).to_public())


# ------------------------------------------------------------------------------------------ passphrases


def _classes(text: str) -> int:
    kinds = set()
    for ch in text:
        if ch.isascii() and ch.isdigit():
            kinds.add("digit")
        elif ch.isascii() and ch.islower():
            kinds.add("lower")
        elif ch.isascii() and ch.isupper():
            kinds.add("upper")
        elif unicodedata.category(ch).startswith("L"):
            kinds.add("letter")  # 汉字 and other scripts
        elif not ch.isspace():
            kinds.add("symbol")
    return len(kinds)


def passphrase_problem(passphrase: str, *, avoid: tuple[str, ...] = ()) -> str | None:
    """Why a new passphrase is too weak, or None.

    At least 10 characters of at least two kinds (digits, lower case, upper case, 汉字/other letters,
    symbols), or 16 characters of any kind; never digits only, one repeated character, or one of
    ``avoid`` (the venue's name, the head judge's name, a PIN).
    """
    p = unicodedata.normalize("NFC", passphrase)
    stripped = p.strip()
    if len(stripped) < MIN_PASSPHRASE_CHARS:
        return tr("口令太短：至少 {n} 个字符（现为 {k} 个）。建议用一句好记的话，如“江南职校2026年LED赛”。").format(
            n=MIN_PASSPHRASE_CHARS, k=len(stripped))
    if stripped.isdigit():
        return tr("口令不能只有数字（数字口令可被离线猜出），请加入文字或字母。")
    if len(set(stripped)) <= 2:
        return tr("口令不能由同一两个字符重复组成。")
    if _classes(stripped) < 2 and len(stripped) < 16:
        return tr("口令须包含至少两类字符（数字、字母、汉字、符号），或至少 16 个字符。")
    lowered = stripped.casefold()
    for bad in avoid:
        if bad and bad.strip() and bad.strip().casefold() == lowered:
            return tr("口令不能与姓名、项目名或 PIN 相同。")
    return None


def _norm(secret: str) -> bytes:
    # NFC so the same passphrase typed with different input methods gives the same bytes.
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def _b64e(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _derive(secret: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """(encryption key, check value): the check value tells a wrong secret from a damaged blob."""
    out = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(_norm(secret))
    return out[:32], out[32:]


def wrap(payload: bytes, secret: str, purpose: str) -> str:
    """``payload`` encrypted under a key derived from ``secret``; ``purpose`` is bound in as AAD so a
    blob wrapped for one use cannot be passed off as another."""
    salt, nonce = os.urandom(32), os.urandom(12)
    n, r, p = SCRYPT_N, SCRYPT_R, SCRYPT_P
    key, check = _derive(secret, salt, n, r, p)
    aad = f"{WRAP_FORMAT}/{WRAP_VERSION}/{purpose}".encode()
    doc = {
        "format": WRAP_FORMAT, "version": WRAP_VERSION, "purpose": purpose,
        "kdf": {"name": "scrypt", "n": n, "r": r, "p": p, "salt": _b64e(salt)},
        "check": _b64e(check), "cipher": "chacha20-poly1305", "nonce": _b64e(nonce),
        "ciphertext": _b64e(ChaCha20Poly1305(key).encrypt(nonce, payload, aad)),
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":"))


def _damaged(detail: str) -> NoReturn:
    raise IntegrityError(tr("加密保存的密钥已损坏（{detail}）。请从备份恢复赛场文件。").format(detail=detail))


def _b64_field(doc: dict[str, Any], name: str) -> bytes:
    value = doc.get(name)
    if not isinstance(value, str):
        _damaged(name)
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        _damaged(name)


def unwrap(blob: str, secret: str, purpose: str) -> bytes:
    """The payload of a ``wrap`` blob.  ValidationError for a wrong secret; IntegrityError if damaged."""
    try:
        doc = json.loads(blob)
    except (TypeError, ValueError):
        _damaged(tr("不是 JSON"))
    if not isinstance(doc, dict) or doc.get("format") != WRAP_FORMAT or doc.get("version") != WRAP_VERSION:
        _damaged("format")
    if doc.get("purpose") != purpose or doc.get("cipher") != "chacha20-poly1305":
        _damaged("purpose")
    kdf = doc.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        _damaged("kdf")
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    if not (type(n) is int and type(r) is int and type(p) is int):
        _damaged("kdf")
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    if not (2**10 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 4) or 128 * n * r > _MAX_SCRYPT_MEMORY:
        _damaged("kdf")
    salt, nonce, check = _b64_field(kdf, "salt"), _b64_field(doc, "nonce"), _b64_field(doc, "check")
    if not 16 <= len(salt) <= 64 or len(nonce) != 12 or len(check) != 32:
        _damaged("salt/nonce")
    key, expected = _derive(secret, salt, n, r, p)
    if not hmac.compare_digest(check, expected):
        raise ValidationError(tr("口令不正确"))
    try:
        return ChaCha20Poly1305(key).decrypt(nonce, _b64_field(doc, "ciphertext"),
                                             f"{WRAP_FORMAT}/{WRAP_VERSION}/{purpose}".encode())
    except InvalidTag:
        _damaged(tr("密文校验失败"))


# ------------------------------------------------------------------------------------------ recovery code


def new_recovery_code() -> str:
    """150 random bits as 6 groups of 5 Crockford base32 symbols: ``K7Q2M-9XH4D-…``."""
    symbols = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN))
    return "-".join(symbols[i:i + RECOVERY_GROUP_LEN] for i in range(0, len(symbols), RECOVERY_GROUP_LEN))


def normalise_recovery_code(typed: str) -> str:
    """What a person typed, in canonical form: upper case, O→0, I/L→1, grouped; spaces and dashes ignored."""
    raw = "".join(ch for ch in typed.upper() if not ch.isspace() and ch != "-")
    raw = raw.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(raw) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN or any(ch not in RECOVERY_ALPHABET for ch in raw):
        raise ValidationError(tr("恢复码格式不正确：应为 6 组、每组 5 个字母或数字（如 K7Q2M-9XH4D-…）"),
                              column=tr("恢复码"))
    return "-".join(raw[i:i + RECOVERY_GROUP_LEN] for i in range(0, len(raw), RECOVERY_GROUP_LEN))
