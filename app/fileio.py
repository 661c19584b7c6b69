"""Writing files so that a crash or a full disk never leaves a half-written file at the target path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import DomainError
from app.i18n import tr


@contextmanager
def atomic_write(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success fsync and rename it into place."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.partial")
    try:
        yield tmp
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DomainError(
            tr("无法写入 {path}：{err}。请检查磁盘空间和写权限后重试；原有文件未被改动。").format(path=path, err=exc.strerror or exc),
            file=str(path),
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
