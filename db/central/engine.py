"""Opening the central database: a SQLite file by default, or any SQLAlchemy URL (PostgreSQL).

``open_central("汇总.sqlite")`` or ``open_central("postgresql+psycopg://user@host/db")``.  The schema is
brought to the head of the central migrations on open; a database from a newer version is refused.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from app.errors import VenueFileError
from app.i18n import tr
from db.handle import ClosedOnExit
from db.migrate import alembic_config


def is_url(target: str | Path) -> bool:
    return "://" in str(target)


def _alembic_config(connection: Connection | None = None) -> Config:
    return alembic_config(connection, package="db.central")


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


class CentralDb(ClosedOnExit):
    """An open central database; one transaction per ``unit_of_work``."""

    def __init__(self, label: str, engine: Engine) -> None:
        self.label = label  # file path or URL without the password, for messages
        self.engine = engine

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except OperationalError as exc:
            raise VenueFileError(tr("汇总数据库操作失败，本次操作没有保存：{err}").format(err=_first_line(exc))) from exc
        except DBAPIError as exc:  # a value out of range, a constraint: the database refused; it was rolled back
            raise VenueFileError(tr("汇总数据库拒绝了这次写入（{kind}：{err}），本次操作没有保存，数据库保持原样。").format(
                kind=type(exc).__name__, err=_first_line(exc))) from exc

    def close(self) -> None:
        self.engine.dispose()


def _first_line(exc: DBAPIError) -> str:
    """The driver's message without SQLAlchemy's SQL text and parameters (they may hold personal data)."""
    return str(exc.orig or exc).strip().splitlines()[0][:300]


def _engine(target: str | Path, create: bool) -> tuple[str, Engine]:
    if is_url(target):
        try:
            url = make_url(str(target))
        except ArgumentError as exc:
            raise VenueFileError(tr("数据库地址格式不正确：{t}").format(t=target)) from exc
        engine = create_engine(url, future=True, pool_pre_ping=True)
        if url.get_backend_name() == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        return url.render_as_string(hide_password=True), engine
    path = Path(target)
    if not create and not path.exists():
        raise VenueFileError(tr("找不到汇总数据库 {p}。请先运行 venuescore central init --db {p} 创建。").format(p=path))
    if path.exists() and path.stat().st_size and path.read_bytes()[:16] != b"SQLite format 3\x00":
        raise VenueFileError(tr("{p} 不是 SQLite 数据库").format(p=path))
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _sqlite_pragmas)
    return str(path), engine


def open_central(target: str | Path, *, create: bool = False) -> CentralDb:
    """Open (``create``: make if missing) the central database and migrate it to the current head."""
    label, engine = _engine(target, create)
    try:
        with engine.begin() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            known = {r.revision for r in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}
            if current is not None and current not in known:
                raise VenueFileError(tr("汇总数据库 {db} 由更新版本的 VenueScore 创建，请升级软件后再打开。").format(db=label))
            if current != head_revision():
                command.upgrade(_alembic_config(conn), "head")
    except VenueFileError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise VenueFileError(tr("无法打开汇总数据库 {db}：{err}").format(db=label, err=getattr(exc, "orig", None) or exc)) from exc
    return CentralDb(label, engine)
