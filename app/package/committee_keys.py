"""The organising committee's public keys, as one small text file (组委会公钥文件) a venue imports.

Two public keys travel together, because a venue needs both:

- the committee's **signing key** (minisign ``RW…``, the key of ``central signer init``): it signs setup
  packages and certificate codes, and the venue checks them with it;
- the committee's **encryption recipient** (age ``age1…``, X25519, ``central recipient init``): result
  packages and backups that leave the laptop are encrypted to it, so only the committee's identity (kept
  wrapped under the committee's passphrase) opens them.

File format (UTF-8, one ``key: value`` per line, order fixed)::

    VenueScore committee public keys 1
    signing: RW…
    recipient: age1…
    fingerprint: 3F2A 91C0 7D44 E815

The fingerprint is the first 64 bits of SHA-256 over ``signing\\nrecipient`` in hex groups of four: the
head judge compares it with the one printed on the committee's letter before the venue trusts the file.
The line in the file only catches a copy mistake; the comparison with paper is what makes it trustworthy.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from app.errors import ValidationError
from app.i18n import tr
from app.package.keys import PublicKey

HEADER = "VenueScore committee public keys 1"
SUFFIX = ".committee.txt"


def _check_recipient(recipient: str) -> str:
    from pyrage import x25519

    try:
        x25519.Recipient.from_str(recipient)
    except Exception as exc:  # pyrage raises its own RecipientError
        raise ValidationError(tr("组委会公钥文件中的加密公钥格式不正确"), column="recipient") from exc
    return recipient


@dataclass(frozen=True)
class CommitteeKeys:
    signing: PublicKey
    recipient: str  # age1…

    def __post_init__(self) -> None:
        _check_recipient(self.recipient)

    @property
    def fingerprint(self) -> str:
        digest = hashlib.sha256(f"{self.signing.minisign_line()}\n{self.recipient}".encode("ascii")).hexdigest()
        return " ".join(digest[i:i + 4].upper() for i in range(0, 16, 4))

    def file_text(self) -> str:
        return (f"{HEADER}\nsigning: {self.signing.minisign_line()}\nrecipient: {self.recipient}\n"
                f"fingerprint: {self.fingerprint}\n")

    def to_json(self) -> dict[str, str]:
        return {"signing": self.signing.minisign_line(), "recipient": self.recipient, "fingerprint": self.fingerprint}

    @classmethod
    def from_json(cls, doc: dict[str, str]) -> CommitteeKeys:
        return cls(PublicKey.parse(doc["signing"]), doc["recipient"])

    @classmethod
    def parse(cls, text: str) -> CommitteeKeys:
        lines = [ln.strip() for ln in text.removeprefix("\ufeff").splitlines() if ln.strip()]
        if not lines or lines[0] != HEADER:
            raise ValidationError(tr("不是组委会公钥文件（第一行应为“{h}”）").format(h=HEADER))
        fields: dict[str, str] = {}
        for n, line in enumerate(lines[1:], start=2):
            key, sep, value = line.partition(":")
            if not sep or key.strip() not in ("signing", "recipient", "fingerprint") or key.strip() in fields:
                raise ValidationError(tr("组委会公钥文件第 {n} 行格式不正确").format(n=n), row=n)
            fields[key.strip()] = value.strip()
        if "signing" not in fields or "recipient" not in fields:
            raise ValidationError(tr("组委会公钥文件缺少签名公钥或加密公钥"))
        keys = cls(PublicKey.parse(fields["signing"]), fields["recipient"])
        if "fingerprint" in fields and normalise_fingerprint(fields["fingerprint"]) != normalise_fingerprint(
                keys.fingerprint):
            raise ValidationError(tr("组委会公钥文件已损坏：文件中的指纹与公钥不符"), column="fingerprint")
        return keys


def normalise_fingerprint(typed: str) -> str:
    """What a person typed or pasted, without spaces and in upper case."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())
