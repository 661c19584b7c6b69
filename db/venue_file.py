"""Opening a venue file: one SQLite file per competition item.

Guarantees made here, once, for every caller (GUI, CLI, tests):
- durable pragmas on every connection (WAL, foreign keys, synchronous=FULL, busy timeout);
- one writer process at a time, by an OS file lock beside the file (released if the process dies);
- the schema is brought to the current Alembic head on open, after a backup of the old file;
- a file written by a newer VenueScore is refused untouched;
- an empty, cut-short, foreign or corrupt file is refused untouched (``inspect_venue_file``), before the
  first pragma or migration could write to it; a venue is only ever created by ``create=True`` on a path
  that does not exist.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, DataError, NotSupportedError, OperationalError, ProgrammingError
from sqlalchemy.exc import IntegrityError as SqlIntegrityError
from sqlalchemy.orm import Session

from app.errors import VenueFileError
from app.fileio import replacing
from app.i18n import tr
from db import migrate
from db.handle import ClosedOnExit
from db.venue_header import (  # noqa: F401 (lock_path, inspect_venue_file: callers import them from here)
    BUSY_TIMEOUT_MS,
    acquire_writer_lock,
    damaged_file,
    inspect_venue_file,
    lock_path,
)

# Statements that change the file: what VenueFile.hold_writes holds back (SQLAlchemy emits no other kind).
WRITE_STATEMENTS = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "VACUUM")


def storage_error(path: Path, exc: OperationalError) -> VenueFileError:
    """Turn SQLite's storage failures into a message a person can act on (the transaction was rolled back)."""
    text = str(exc.orig or exc).lower()
    if "full" in text:
        message = tr("磁盘空间已满，本次操作没有保存（已保存的数据完好）。请清理磁盘或换到有空间的位置后重试。")
    elif "locked" in text or "busy" in text:
        message = tr("赛场文件正忙（另一个操作尚未完成），本次操作没有保存，请稍后重试。")
    elif "readonly" in text or "read-only" in text:
        message = tr("赛场文件是只读的（U 盘写保护或权限不足），本次操作没有保存。")
    elif "i/o" in text:
        message = tr("读写赛场文件时出错（磁盘或 U 盘故障），本次操作没有保存。请先备份，再检查磁盘。")
    else:
        message = tr("数据库操作失败，本次操作没有保存：{err}").format(err=exc.orig or exc)
    return VenueFileError(message, file=str(path))


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # Overwritten secrets (an old passphrase wrap of the vault) are zeroed, not left in free pages.
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


class VenueFile(ClosedOnExit):
    """An open venue file: its engine and the writer lock, held until close().

    ``write_guard``, when set (the CLI sets the integrity check), runs once before the first change is
    written: every change appends an audit record, and ``app.services.audit.append`` calls
    :meth:`before_write`.  A guard that raises stops the change inside its transaction, so nothing is written.
    """

    def __init__(self, path: Path, engine: Engine, lock: FileLock) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self.write_guard: Callable[[VenueFile], object] | None = None
        self._guard_passed = False
        self.verified = False  # the whole integrity check passed in this process (set by its callers)
        self._writes_held: Callable[[], object] | None = None
        event.listen(engine, "before_cursor_execute", self._before_statement)

    def hold_writes(self, until: Callable[[], object]) -> None:
        """Hold back every statement that would change the file, from any thread and any service, until
        ``until()`` returns: it is called before such a statement runs and either returns (writing may go on;
        the hold is lifted) or raises, which refuses the statement inside its transaction (nothing is
        written) and keeps the hold.  The GUI holds writes while the opening check runs in the background
        (app.services.opening_check); reads go on."""
        self._writes_held = until

    def wait_for_hold(self) -> None:
        """Called before anything is written: returns at once unless writes are held (``hold_writes``)."""
        until = self._writes_held
        if until is not None:
            until()
            self._writes_held = None

    def _before_statement(self, _conn: object, _cursor: object, statement: str, *_args: object) -> None:
        # Every statement SQLAlchemy runs (ORM flushes, text(), exec_driver_sql); the writes that go to the
        # sqlite3 connection directly call wait_for_hold themselves (db.write_lock, db.bulk, audit records).
        if self._writes_held is not None and statement.lstrip()[:7].upper().startswith(WRITE_STATEMENTS):
            self.wait_for_hold()

    def before_write(self) -> None:
        self.wait_for_hold()
        if self.write_guard is not None and not self._guard_passed:
            self.write_guard(self)
            self._guard_passed = True

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: everything inside commits together or not at all."""
        try:
            with Session(self.engine, expire_on_commit=False, info={"venue": self}) as session, session.begin():
                yield session
        except OperationalError as exc:
            raise storage_error(self.path, exc) from exc
        except DatabaseError as exc:
            if isinstance(exc, SqlIntegrityError | NotSupportedError | ProgrammingError | DataError):
                raise  # a refused statement (append-only trigger, constraint) is not a damaged file
            raise damaged_file(self.path, "corrupt", tr("在读写时发现已损坏（{err}）").format(err=exc.orig or exc)) from exc

    def close(self) -> None:
        self.engine.dispose()
        if self._lock.is_locked:
            self._lock.release()


def open_venue(path: Path, *, create: bool = False) -> VenueFile:
    """Open (or with ``create`` make) a venue file, locked for this process and at the current schema."""
    path = Path(path)
    if create and path.exists():
        raise VenueFileError(tr("文件 {name} 已存在，不会覆盖。请换一个文件名。").format(name=path.name), file=str(path))
    if not create and not path.exists():
        raise VenueFileError(tr("找不到赛场文件 {path}。").format(path=path), file=str(path))
    lock = acquire_writer_lock(path)
    try:
        if not create:
            inspect_venue_file(path)  # under the lock: nobody else writes while we look
    except BaseException:
        lock.release()
        raise
    engine = make_engine(path)
    try:
        _bring_to_head(path, engine, fresh=create)
    except BaseException:
        engine.dispose()
        lock.release()
        raise
    return VenueFile(path, engine, lock)


def _bring_to_head(path: Path, engine: Engine, *, fresh: bool) -> None:
    head = migrate.head_revision()
    with engine.connect() as conn:
        try:
            current = migrate.current_revision(conn)
        except Exception as exc:  # sqlite3.DatabaseError wrapped by SQLAlchemy: damaged header or pages
            raise damaged_file(path, "corrupt", tr("已损坏，无法读取（{err}）").format(err=exc)) from exc
    if current == head:
        return
    if current is None and not fresh:  # inspect_venue_file saw the table; refuse rather than initialise
        raise damaged_file(path, "foreign", tr("没有数据结构版本记录，不是完整的赛场文件"))
    if current is not None and current not in migrate.known_revisions():
        raise VenueFileError(
            tr(
                "赛场文件 {name} 由更新版本的 VenueScore 创建（数据结构版本 {rev}）。"
                "为避免损坏，本版本不会打开它，请升级 VenueScore 后再打开。"
            ).format(name=path.name, rev=current),
            file=str(path),
        )
    if current is not None and not fresh:
        backup_before_upgrade(path, engine, current)
    with engine.connect() as conn:
        # SQLite's procedure for rebuilding tables (alembic batch mode): foreign keys off outside the
        # transaction (a rebuilt self-referencing table would otherwise trip them), checked before commit.
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()  # (no transaction is open at the SQLite level; this only ends SQLAlchemy's autobegin)
        try:
            with conn.begin():
                migrate.upgrade(conn)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise VenueFileError(tr("升级赛场文件 {name} 时发现无效引用（{rows}），未作任何改动。请从备份恢复。").format(
                        name=path.name, rows=broken[:3]), file=str(path))
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()


def backup_before_upgrade(path: Path, engine: Engine, current: str) -> Path:
    """Copy the file before changing its schema."""
    target = path.with_name(f"{path.stem}.before-upgrade-{current}{path.suffix}")
    copy_database(engine, target)
    return target


def copy_database(engine: Engine, target: Path) -> None:
    """A self-contained copy with SQLite's online backup API: temp file, fsync, rename — never half-written."""
    raw = engine.raw_connection()
    try:
        with replacing(target) as tmp:
            dst = sqlite3.connect(tmp)
            try:
                raw.driver_connection.backup(dst)  # type: ignore[union-attr]
                dst.execute("PRAGMA journal_mode=DELETE")  # no -wal beside the copy
            finally:
                dst.close()
    finally:
        raw.close()
