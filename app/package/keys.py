"""The venue's Ed25519 signing key: public key in minisign format, private key encrypted at rest.

Public key (what the committee registers before the competition)::

    untrusted comment: minisign public key <KEY ID, 16 hex digits>
    base64( b"Ed" + key_id(8) + ed25519_public_key(32) )

The key id is 8 random bytes, not derived from the key; minisign prints it as the little-endian
64-bit number in uppercase hex, i.e. the stored bytes reversed.  Since an id alone could be
copied onto another key, ``fingerprint()`` also shows the start of SHA-256 of the key itself.

Private key file (our own format, JSON, see docs/keys-and-signatures.md): the 32-byte Ed25519
seed encrypted with ChaCha20-Poly1305 under a key from scrypt(passphrase, n=2**15, r=8, p=1).
The key id and public key are authenticated as associated data, and a separate scrypt-derived
check value tells "wrong passphrase" apart from "damaged file".
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import unicodedata
from dataclasses import dataclass
from typing import Any, NoReturn

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.errors import IntegrityError, ValidationError
from app.i18n import tr
from app.package import minisign

KEY_ALG = b"Ed"
KEY_FILE_FORMAT = "venuescore-ed25519-secret-key"
KEY_FILE_VERSION = 1
MIN_PASSPHRASE_CHARS = 8
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1  # ~32 MiB, ~0.1 s: slow for guessing, fine for a laptop
_MAX_SCRYPT_MEMORY = 256 * 1024 * 1024  # refuse files that would make us allocate more


def _b64e(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes  # 8 bytes, in file order
    raw: bytes  # 32-byte Ed25519 public key

    def __post_init__(self) -> None:
        if len(self.key_id) != 8 or len(self.raw) != 32:
            raise ValidationError(tr("公钥格式不正确：长度不对"))

    @property
    def key_id_hex(self) -> str:
        """The key id as 16 hex digits, little-endian like minisign (e.g. ``622903D2280E5A38``)."""
        return self.key_id[::-1].hex().upper()

    @property
    def key_id_minisign(self) -> str:
        """The key id exactly as minisign prints it: ``%PRIX64``, so without leading zeros."""
        return f"{int.from_bytes(self.key_id, 'little'):X}"

    def minisign_line(self) -> str:
        """The base64 line, usable as ``minisign -P <line>``."""
        return _b64e(KEY_ALG + self.key_id + self.raw)

    def file_text(self, comment: str | None = None) -> str:
        """A ``.pub`` file; the default comment is minisign's own."""
        comment = comment if comment is not None else f"minisign public key {self.key_id_minisign}"
        if "\n" in comment or "\r" in comment:
            raise ValidationError(tr("公钥注释只能有一行"))
        return f"untrusted comment: {comment}\n{self.minisign_line()}\n"

    def fingerprint(self) -> str:
        """Short form to read aloud or compare on paper: key id in groups of 4 + SHA-256 prefix."""
        kid = self.key_id_hex
        grouped = " ".join(kid[i : i + 4] for i in range(0, 16, 4))
        digest = hashlib.sha256(self.raw).hexdigest()[:8].upper()
        return f"{grouped} (SHA-256 {digest})"

    @classmethod
    def parse(cls, text: str) -> PublicKey:
        """Read a pasted base64 line or a whole minisign ``.pub`` file."""
        lines = [ln.strip().strip("'\"") for ln in text.removeprefix("\ufeff").splitlines()]
        lines = [ln for ln in lines if ln]
        if lines and lines[0].startswith("untrusted comment:"):
            lines = lines[1:]
        if len(lines) != 1:
            raise ValidationError(tr("公钥格式不正确：应为一行以“RW”开头的 Base64 文本，或整个 .pub 文件"))
        try:
            raw = base64.b64decode(lines[0], validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValidationError(tr("公钥格式不正确：不是有效的 Base64 文本")) from exc
        if len(raw) != 42 or raw[:2] != KEY_ALG:
            raise ValidationError(tr("公钥格式不正确：不是 minisign Ed25519 公钥"))
        return cls(key_id=raw[2:10], raw=raw[10:])


class SigningKey:
    """A decrypted private key, in memory only.  Never printed, logged or pickled."""

    __slots__ = ("_private", "key_id", "public")

    def __init__(self, private: Ed25519PrivateKey, key_id: bytes) -> None:
        if len(key_id) != 8:
            raise ValueError("key id must be 8 bytes")
        self._private = private
        self.key_id = key_id
        raw_pub = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self.public = PublicKey(key_id=key_id, raw=raw_pub)

    @classmethod
    def generate(cls) -> SigningKey:
        """A fresh key with a random key id, as ``minisign -G`` makes one."""
        return cls(Ed25519PrivateKey.generate(), os.urandom(8))

    def ed25519_sign(self, message: bytes) -> bytes:
        """Plain Ed25519 over ``message`` (the building block of minisign.sign)."""
        return self._private.sign(message)

    def sign_file(
        self,
        data: bytes,
        trusted_comment: str,
        untrusted_comment: str = minisign.DEFAULT_UNTRUSTED_COMMENT,
    ) -> str:
        """The minisign signature file text for ``data``."""
        return minisign.sign(data, self, trusted_comment, untrusted_comment)

    def __repr__(self) -> str:
        return f"SigningKey(key_id={self.public.key_id_hex}, private=<hidden>)"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        # Pickling would put the secret into queues, caches or crash dumps.
        raise TypeError("SigningKey cannot be pickled")


def _passphrase_bytes(passphrase: str) -> bytes:
    # NFC so the same passphrase typed with different input methods gives the same bytes.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_CHARS or not passphrase.strip():
        raise ValidationError(tr("口令至少需要 {n} 个字符").format(n=MIN_PASSPHRASE_CHARS))


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """(encryption key, check value) from the passphrase."""
    out = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(_passphrase_bytes(passphrase))
    return out[:32], out[32:]


def _aad(key_id: bytes, public_raw: bytes) -> bytes:
    return KEY_FILE_FORMAT.encode("ascii") + bytes([KEY_FILE_VERSION]) + key_id + public_raw


def encrypt_private_key(private: Ed25519PrivateKey, key_id: bytes, passphrase: str) -> bytes:
    """The encrypted private key file (UTF-8 JSON bytes)."""
    _check_new_passphrase(passphrase)
    signer = SigningKey(private, key_id)
    seed = private.private_bytes_raw()
    salt, nonce = os.urandom(32), os.urandom(12)
    enc_key, check_value = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    ciphertext = ChaCha20Poly1305(enc_key).encrypt(nonce, seed, _aad(key_id, signer.public.raw))
    document = {
        "format": KEY_FILE_FORMAT,
        "version": KEY_FILE_VERSION,
        "key_id": signer.public.key_id_hex,
        "public_key": signer.public.minisign_line(),
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64e(salt)},
        "check": _b64e(check_value),
        "cipher": "chacha20-poly1305",
        "nonce": _b64e(nonce),
        "ciphertext": _b64e(ciphertext),
    }
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")


def generate_keypair(passphrase: str) -> tuple[bytes, PublicKey]:
    """A new venue key: (encrypted private key file, public key)."""
    _check_new_passphrase(passphrase)
    key = SigningKey.generate()
    return encrypt_private_key(key._private, key.key_id, passphrase), key.public


def _damaged(detail: str) -> NoReturn:
    raise IntegrityError(tr("私钥文件已损坏或不是本软件的私钥文件（{detail}）").format(detail=detail))


def _field_b64(doc: dict[str, Any], name: str, length: int | None = None) -> bytes:
    value = doc.get(name)
    if not isinstance(value, str):
        _damaged(name)
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        _damaged(name)
    if length is not None and len(raw) != length:
        _damaged(name)
    return raw


def _read_document(blob: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(blob.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        _damaged(tr("不是 JSON"))
    if not isinstance(doc, dict) or doc.get("format") != KEY_FILE_FORMAT:
        _damaged("format")
    if doc.get("version") != KEY_FILE_VERSION:
        _damaged(tr("版本 {v} 不受支持").format(v=doc.get("version")))
    if doc.get("cipher") != "chacha20-poly1305":
        _damaged("cipher")
    return doc


def _kdf_params(doc: dict[str, Any]) -> tuple[bytes, int, int, int]:
    kdf = doc.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        _damaged("kdf")
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    if not all(type(v) is int for v in (n, r, p)):
        _damaged("kdf")
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    # Bounds keep a forged file from making us allocate gigabytes or loop for minutes.
    if not (2**10 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 4):
        _damaged("kdf")
    if 128 * n * r > _MAX_SCRYPT_MEMORY:
        _damaged("kdf")
    salt = _field_b64(kdf, "salt")
    if not 16 <= len(salt) <= 64:
        _damaged("salt")
    return salt, n, r, p


def load_private_key(blob: bytes, passphrase: str) -> SigningKey:
    """Decrypt a private key file.

    ValidationError("口令不正确") for a wrong passphrase; IntegrityError for a damaged file.
    """
    doc = _read_document(blob)
    try:
        public = PublicKey.parse(str(doc.get("public_key", "")))
    except ValidationError:
        _damaged("public_key")
    salt, n, r, p = _kdf_params(doc)
    nonce = _field_b64(doc, "nonce", 12)
    check_value = _field_b64(doc, "check", 32)
    ciphertext = _field_b64(doc, "ciphertext", 32 + 16)
    enc_key, expected_check = _derive(passphrase, salt, n, r, p)
    if not hmac.compare_digest(check_value, expected_check):
        raise ValidationError(tr("口令不正确"))
    try:
        seed = ChaCha20Poly1305(enc_key).decrypt(nonce, ciphertext, _aad(public.key_id, public.raw))
    except InvalidTag:
        _damaged(tr("密文校验失败"))
    key = SigningKey(Ed25519PrivateKey.from_private_bytes(seed), public.key_id)
    if key.public != public or doc.get("key_id") != public.key_id_hex:
        _damaged(tr("公钥与私钥不匹配"))
    return key


def change_passphrase(blob: bytes, old: str, new: str) -> bytes:
    """Re-encrypt a private key file under a new passphrase (same key, same key id)."""
    key = load_private_key(blob, old)
    return encrypt_private_key(key._private, key.key_id, new)
