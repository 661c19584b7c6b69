"""minisign-compatible signatures (https://jedisct1.github.io/minisign/), using ``cryptography`` only.

A signature file is four lines::

    untrusted comment: <text, not protected>
    base64( b"ED" + key_id(8) + Ed25519(BLAKE2b-512(file)) (64) )
    trusted comment: <text, protected by the global signature>
    base64( Ed25519(signature(64) + trusted_comment_utf8) (64) )

We always write the prehashed ``ED`` variant (minisign 0.11's default; ``minisign -H`` demands it)
and accept the legacy ``Ed`` variant (signature over the raw file) when verifying, as minisign does.
Checked against the real ``minisign`` 0.11 in ``tests/app/package/test_package_minisign.py``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from typing import Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.errors import IntegrityError, ValidationError
from app.i18n import tr


class Signer(Protocol):
    """What signing needs of a key (``app.package.keys.SigningKey`` is one); a protocol, so this module does
    not import keys.py, which builds on it."""

    @property
    def key_id(self) -> bytes: ...

    def ed25519_sign(self, message: bytes) -> bytes: ...


class Verifier(Protocol):
    """What verifying needs of a public key (``app.package.keys.PublicKey`` is one)."""

    @property
    def key_id(self) -> bytes: ...

    @property
    def raw(self) -> bytes: ...


UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
ALG_PREHASHED = b"ED"  # signature over BLAKE2b-512 of the file
ALG_LEGACY = b"Ed"  # signature over the file itself
DEFAULT_UNTRUSTED_COMMENT = "signature from VenueScore venue key"
# minisign's own limits (COMMENTMAXBYTES / TRUSTEDCOMMENTMAXBYTES in minisign.h)
MAX_UNTRUSTED_BYTES = 1024 - len(UNTRUSTED_PREFIX)
MAX_TRUSTED_BYTES = 8192 - len(TRUSTED_PREFIX)


@dataclass(frozen=True)
class Signature:
    """A parsed signature file.  Nothing in it is trusted until ``verify`` has checked it."""

    algorithm: bytes  # ALG_PREHASHED or ALG_LEGACY
    key_id: bytes  # 8 bytes, as stored (minisign prints them reversed, in hex)
    signature: bytes  # 64 bytes
    untrusted_comment: str
    trusted_comment: str
    global_signature: bytes  # 64 bytes, over signature + trusted comment


def blake2b_512(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=64).digest()


def _check_comment(text: str, limit: int, what: str) -> None:
    if "\n" in text or "\r" in text:
        raise ValidationError(tr("{what}只能有一行").format(what=what))
    if len(text.encode("utf-8")) > limit:
        raise ValidationError(tr("{what}太长（最多 {n} 字节）").format(what=what, n=limit))


def sign(
    data: bytes,
    key: Signer,
    trusted_comment: str,
    untrusted_comment: str = DEFAULT_UNTRUSTED_COMMENT,
) -> str:
    """The text of a minisign signature file (prehashed ``ED`` variant) for ``data``."""
    _check_comment(trusted_comment, MAX_TRUSTED_BYTES, tr("可信注释"))
    _check_comment(untrusted_comment, MAX_UNTRUSTED_BYTES, tr("不可信注释"))
    signature = key.ed25519_sign(blake2b_512(data))
    global_signature = key.ed25519_sign(signature + trusted_comment.encode("utf-8"))
    sig_line = base64.b64encode(ALG_PREHASHED + key.key_id + signature).decode("ascii")
    return (
        f"{UNTRUSTED_PREFIX}{untrusted_comment}\n{sig_line}\n"
        f"{TRUSTED_PREFIX}{trusted_comment}\n"
        f"{base64.b64encode(global_signature).decode('ascii')}\n"
    )


def _malformed(reason: str) -> IntegrityError:
    return IntegrityError(tr("签名文件格式不正确：{reason}").format(reason=reason))


def _b64(line: str, length: int, what: str) -> bytes:
    try:
        raw = base64.b64decode(line.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise _malformed(tr("{what}不是有效的 Base64").format(what=what)) from exc
    if len(raw) != length:
        raise _malformed(tr("{what}长度不对").format(what=what))
    return raw


def parse_signature(sig_text: str) -> Signature:
    """Split a signature file into its parts; IntegrityError if it is not one."""
    text = sig_text.removeprefix("\ufeff")
    # Like minisign, tolerate Windows line ends; everything else about the layout is fixed.
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    while lines and lines[-1] == "":
        lines.pop()
    if len(lines) != 4:
        raise _malformed(tr("应为 4 行，实际 {n} 行").format(n=len(lines)))
    untrusted, sig_line, trusted, global_line = lines
    if not untrusted.startswith(UNTRUSTED_PREFIX):
        raise _malformed(tr("第 1 行应以“untrusted comment: ”开头"))
    if not trusted.startswith(TRUSTED_PREFIX):
        raise _malformed(tr("第 3 行应以“trusted comment: ”开头"))
    raw = _b64(sig_line, 74, tr("第 2 行（签名）"))
    algorithm = raw[:2]
    if algorithm not in (ALG_PREHASHED, ALG_LEGACY):
        raise _malformed(tr("不支持的签名算法"))
    return Signature(
        algorithm=algorithm,
        key_id=raw[2:10],
        signature=raw[10:],
        untrusted_comment=untrusted[len(UNTRUSTED_PREFIX) :],
        trusted_comment=trusted[len(TRUSTED_PREFIX) :],
        global_signature=_b64(global_line, 64, tr("第 4 行（全局签名）")),
    )


def verify(data: bytes, sig_text: str, public: Verifier) -> str:
    """Check ``sig_text`` over ``data`` with ``public``; return the trusted comment.

    Raises IntegrityError with the reason a person can act on: a different key, a changed file
    or signature, a changed trusted comment, or a file that is not a signature at all.
    """
    sig = parse_signature(sig_text)
    if sig.key_id != public.key_id:
        raise IntegrityError(tr("签名所用密钥与登记的公钥不符"))
    verifier = Ed25519PublicKey.from_public_bytes(public.raw)
    message = blake2b_512(data) if sig.algorithm == ALG_PREHASHED else data
    try:
        verifier.verify(sig.signature, message)
    except InvalidSignature as exc:
        raise IntegrityError(tr("签名无效：文件已被修改或签名被替换")) from exc
    # minisign signs the comment's bytes as they stand in the file; it is UTF-8 for us.
    try:
        verifier.verify(sig.global_signature, sig.signature + sig.trusted_comment.encode("utf-8"))
    except InvalidSignature as exc:
        raise IntegrityError(tr("可信注释被修改")) from exc
    return sig.trusted_comment
