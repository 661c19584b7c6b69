"""Taking a unit of work's write lock before it reads, so what it checks cannot change before it commits.

Python's sqlite3 driver begins a transaction only at the first INSERT/UPDATE/DELETE: the reads before it
each see the file as it is at that moment, and another connection (or process) may commit in between.
``hold_write_lock`` begins the transaction as a writer first (``BEGIN IMMEDIATE``): from then on no one else
can commit until this unit of work has, so a check made on what it reads (a lock, a kept context's stamp,
the cell's current value) still holds when its insert commits.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_CLEAN_AT = "write_lock.changes"  # session.info: the connection's change count when the lock was taken


def driver(session: Session) -> sqlite3.Connection:
    """The session's own sqlite3 connection, in its transaction."""
    conn = session.connection().connection.driver_connection
    assert isinstance(conn, sqlite3.Connection), "venue files are SQLite through the sqlite3 driver"
    return conn


def before_direct_write(session: Session) -> None:
    """Call before writing through ``driver(session)``: SQLAlchemy does not see those statements, so writes
    held by the venue (``VenueFile.hold_writes``: the opening check has not passed yet) are waited for here."""
    venue = session.info.get("venue")
    if venue is not None:
        venue.wait_for_hold()


def hold_write_lock(session: Session) -> None:
    """Begin the session's transaction as the file's writer now (waits out another writer up to the busy
    timeout, like any insert).  Committed or rolled back with the session, as before."""
    before_direct_write(session)
    conn = driver(session)
    if not conn.in_transaction:
        conn.execute("BEGIN IMMEDIATE")
        session.info[_CLEAN_AT] = conn.total_changes


def unwritten(session: Session) -> bool:
    """Whether the session's transaction has changed nothing yet: what it reads is committed state (a cache
    may keep it; rows it has added itself could still be rolled back)."""
    conn = driver(session)
    return not conn.in_transaction or session.info.get(_CLEAN_AT) == conn.total_changes
