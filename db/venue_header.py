"""A venue file as bytes and tables, read without SQLAlchemy: the writer lock beside the file and the checks
that refuse an empty, cut-short, foreign or corrupt file before anything writes to it.

Kept apart from ``db.venue_file`` (engine, sessions, migrations) so a reading command can look at a file
without importing the ORM (``app.services.venue_glance``); ``open_venue`` runs the same checks.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from filelock import FileLock, Timeout

from app.errors import DamagedVenueFile, VenueFileError
from app.i18n import tr

BUSY_TIMEOUT_MS = 5000
T = TypeVar("T")


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")



def acquire_writer_lock(path: Path) -> FileLock:
    lock = FileLock(lock_path(path), timeout=0)
    try:
        lock.acquire()
    except Timeout as exc:
        raise VenueFileError(
            tr("赛场文件 {name} 正被另一个 VenueScore 窗口或程序打开。请先关闭那个窗口，再打开本文件。").format(
                name=path.name
            ),
            file=str(path),
        ) from exc
    except OSError as exc:
        raise VenueFileError(
            tr("无法锁定赛场文件 {name}：{err}。请确认文件夹可写（U 盘未写保护）。").format(name=path.name, err=exc),
            file=str(path),
        ) from exc
    return lock


SQLITE_MAGIC = b"SQLite format 3\x00"
VENUE_TABLES = ("alembic_version", "audit_record", "venue_info", "contestant")


def damaged_file(path: Path, problem: str, detail: str) -> DamagedVenueFile:
    return DamagedVenueFile(
        tr("赛场文件 {name} {detail}。软件没有改动它，也不会自动修复或重新建立。").format(name=path.name, detail=detail),
        path, problem,
    )


def _check_header(path: Path) -> None:
    """Empty, foreign and cut-short files, from the 100-byte SQLite header alone."""
    size = path.stat().st_size
    if size == 0:
        raise damaged_file(path, "empty", tr("是空文件（0 字节），可能在复制或保存时中断"))
    with path.open("rb") as fh:
        header = fh.read(100)
    if not header.startswith(SQLITE_MAGIC):
        raise damaged_file(path, "foreign", tr("不是 VenueScore 赛场文件（不是 SQLite 数据库）。请选择扩展名为 .venue 的赛场文件"))
    if len(header) < 100:
        raise damaged_file(path, "truncated", tr("不完整（只有 {n} 字节），可能在复制时中断").format(n=size))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise damaged_file(path, "corrupt", tr("已损坏（文件头的页大小 {p} 无效）").format(p=page_size))
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is valid only when "version-valid-for" equals the change counter.
    if header[24:28] == header[92:96] and pages * page_size > size:
        raise damaged_file(path, "truncated", tr("不完整：应有 {want} 字节，只有 {have} 字节，可能在复制时中断").format(
            want=pages * page_size, have=size))
    if size % page_size:
        raise damaged_file(path, "truncated", tr("不完整：大小 {have} 字节不是页大小 {p} 的整数倍，可能在复制时中断").format(
            have=size, p=page_size))


def inspect_venue_file(path: Path, then: Callable[[sqlite3.Connection], T] | None = None) -> T | None:
    """Refuse a file that is not a sound venue file before anything writes to it (WAL pragma, Alembic).

    Read-only: the header, the tables a venue file has, and SQLite's quick_check (every page readable,
    b-trees well formed).  Raises DamagedVenueFile naming what is wrong.  ``then``, when given, reads on from
    the same read-only connection once the checks have passed; its result is returned.
    """
    _check_header(path)
    sidecars = [Path(f"{path}{side}") for side in ("-wal", "-shm")]
    created = [p for p in sidecars if not p.exists()]
    try:
        return _inspect_tables(path, then)
    finally:
        # Reading a WAL-mode file read-only may create an empty -wal and its index: leave the folder as found
        # (a -wal that holds data was written by someone else and is never ours to delete).
        for side in created:
            if side.name.endswith("-shm") or (side.exists() and side.stat().st_size == 0):
                side.unlink(missing_ok=True)


def _inspect_tables(path: Path, then: Callable[[sqlite3.Connection], T] | None) -> T | None:
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise damaged_file(path, "corrupt", tr("无法读取（{err}）").format(err=exc)) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = [t for t in VENUE_TABLES if t not in names]
        if missing:
            raise damaged_file(path, "foreign", tr("不是 VenueScore 赛场文件（是其他软件的数据库，缺少 {t} 等表）").format(
                t=missing[0]))
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        if rows != ["ok"]:
            raise damaged_file(path, "corrupt", tr("已损坏（数据库检查：{r}）").format(r="；".join(rows)))
        return then(conn) if then is not None else None
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise VenueFileError(tr("赛场文件 {name} 正被其他程序使用，请关闭后再打开。").format(name=path.name),
                                 file=str(path)) from exc
        raise damaged_file(path, "corrupt", tr("已损坏，无法读取（{err}）").format(err=exc)) from exc
    except sqlite3.DatabaseError as exc:  # "file is not a database", "database disk image is malformed"
        raise damaged_file(path, "corrupt", tr("已损坏，无法读取（{err}）").format(err=exc)) from exc
    finally:
        conn.close()
