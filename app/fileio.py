"""Writing files so that a crash or a full disk never leaves a half-written file at the target path.

The one writer of the app (house style 14, like qutebrowser's ``savefile_open``): every file VenueScore
puts on disk — reports, spreadsheets, packages, database copies, manifests, keys — is written to a
temporary file beside its target, fsynced and renamed over it.  ``replacing`` is the mechanism and passes
errors through unchanged (for callers with their own message or none); ``atomic_write`` adds the message
a person reads; ``write_bytes``/``write_text``/``copy_file`` are the one-line uses.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import DomainError
from app.i18n import tr


def temp_beside(path: Path) -> Path:
    """The temporary name ``replacing`` uses: hidden, beside the target, so the rename stays on one disk."""
    return path.with_name(f".{path.name}.partial")


def fsync_file(path: Path) -> None:
    with Path(path).open("rb+") as fh:
        os.fsync(fh.fileno())


@contextmanager
def replacing(path: Path, tmp: Path | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` (or ``tmp``, created by the caller); when the block ends
    normally, fsync it and rename it over ``path``; on any error remove it and re-raise unchanged."""
    path = Path(path)
    tmp = temp_beside(path) if tmp is None else Path(tmp)
    try:
        yield tmp
        fsync_file(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_write(path: Path) -> Iterator[Path]:
    """``replacing`` whose disk errors become a DomainError naming the file and what to do."""
    path = Path(path)
    try:
        with replacing(path) as tmp:
            yield tmp
    except OSError as exc:
        raise DomainError(
            tr("无法写入 {path}：{err}。请检查磁盘空间和写权限后重试；原有文件未被改动。").format(path=path, err=exc.strerror or exc),
            file=str(path),
        ) from exc


def write_bytes(path: Path, data: bytes) -> Path:
    with atomic_write(path) as tmp:
        tmp.write_bytes(data)
    return Path(path)


def write_text(path: Path, text: str) -> Path:
    with atomic_write(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(path)


def copy_file(source: Path, path: Path) -> Path:
    """A copy of ``source`` at ``path`` (contents only, like ``shutil.copyfile``)."""
    with atomic_write(path) as tmp:
        shutil.copyfile(source, tmp)
    return Path(path)
