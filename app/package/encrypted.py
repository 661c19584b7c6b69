"""Encrypted files that leave the laptop: the signed package (and USB backups) in the age format.

The signed zip is built in memory and encrypted (``app.sealing.seal``: age v1, X25519, via ``pyrage``) to
the committee's recipient and the venue's own (so the head judge can reopen it); only the encrypted file
is written.  The standard tool opens it: ``age -d -i committee-identity.txt -o package.zip FILE.zip.age``;
inside is the same signed zip as before (``minisign -Vm SHA256SUMS`` + ``sha256sum -c``).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app import sealing
from app.errors import IntegrityError
from app.fileio import replacing
from app.i18n import tr

AGE_MAGIC = b"age-encryption.org/v1\n"
SUFFIX = ".age"


def is_encrypted(head: bytes) -> bool:
    """Whether these first bytes of a file start an age file."""
    return head.startswith(AGE_MAGIC)


def file_is_encrypted(path: Path) -> bool:
    try:
        with Path(path).open("rb") as fh:
            return is_encrypted(fh.read(len(AGE_MAGIC)))
    except OSError:
        return False


def write_atomic(path: Path, data: bytes, mode: int = 0o644) -> None:
    """``data`` under a temporary name beside ``path``, flushed to the medium, then moved into place."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with replacing(path, Path(tmp_name)) as tmp:  # app.fileio: fsync, then rename into place
        with os.fdopen(fd, "wb") as raw:
            raw.write(data)
        os.chmod(tmp, mode)


def write_encrypted(path: Path, data: bytes, recipients: list[str]) -> None:
    write_atomic(path, sealing.seal(data, recipients))


def decrypt(blob: bytes, identity: str, what: str) -> bytes:
    """Open an age file; a clear message when it was not encrypted to this identity (or is damaged)."""
    try:
        return sealing.open_sealed(blob, identity)
    except IntegrityError as exc:
        raise IntegrityError(tr("{what}无法解密：它不是加密给本机密钥的（可能是发给另一个组委会或赛场的文件），"
                                "或文件已损坏。请向发送方核实。").format(what=what)) from exc
