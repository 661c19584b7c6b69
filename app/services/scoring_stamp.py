"""The stamp of the scoring context kept between units of work: one SQL statement over everything it is made of.

A typed score used to rebuild the scheme, judges, locks, settings, codes and disqualifications from ~15 ORM
queries.  They change a few times a day, so ``scoring_state.load_ctx`` keeps what it built and asks this stamp
first: the content of the tables that can be edited in place (the scheme, the accounts' scoring columns, the
item settings), and the highest id of each append-only table the context reads (rows there are only ever
added — triggers refuse UPDATE and DELETE — so a new row is a new id).  The stamp is a function of all of
it, so a kept context whose stamp equals the file's is what a fresh load would give; any change, by this
session, another session or another process, gives another stamp (tests/app/services/test_scoring_kept.py).

Read by SQLite in one statement (no ORM objects): ~0.1 ms against ~15 ms for the load it saves.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.services.scheme import SETTINGS_KEY
from db.models import APPEND_ONLY_TABLES, Base
from db.write_lock import driver

# Edited in place: every column of every row (module, criterion) or the columns the context reads (accounts:
# not their PIN or sign-in counters, which change at every sign-in).
_CONTENT: dict[str, tuple[str, ...] | None] = {
    "module": None,
    "criterion": None,
    "app_user": ("id", "name", "role", "judge_no", "active"),
}
# Append-only: the highest id tells whether a row was added.
GROWING = ("draw", "blind_code", "blind_status", "lock_event", "decrypt_event", "disqualification", "deduction",
           "time_record")
assert set(GROWING) <= set(APPEND_ONLY_TABLES), "a growing table must be append-only (ids never reused)"


def _columns(table: str, wanted: tuple[str, ...] | None) -> str:
    names = wanted or tuple(c.name for c in Base.metadata.tables[table].columns)  # a new column joins the stamp
    return ", ".join(f'"{n}"' for n in names)


def _sql() -> str:
    parts = [f'(SELECT json_group_array(json_array({_columns(t, cols)})) FROM '
             f'(SELECT {_columns(t, cols)} FROM "{t}" ORDER BY rowid))' for t, cols in _CONTENT.items()]
    parts.append('(SELECT value FROM setting WHERE "key" = ?)')
    parts += [f'(SELECT max(id) FROM "{t}")' for t in GROWING]
    return "SELECT " + ", ".join(parts)


STAMP_SQL = _sql()


def read(s: Session) -> tuple[Any, ...]:
    """The stamp, read in the session's own transaction (its sqlite3 connection)."""
    row = driver(s).execute(STAMP_SQL, (SETTINGS_KEY,)).fetchone()
    return tuple(row)
