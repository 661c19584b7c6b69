"""Inserting many rows of one table in one statement, for imports of thousands of rows.

SQLAlchemy's own executemany spends more time per row preparing parameters than SQLite spends storing
them; here each value still goes through its column type's converter (dates and timestamps become the
same text as on any other insert), then the whole batch is one DBAPI ``executemany`` in the caller's
transaction.  Column defaults are not applied: give every column a value.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    assert dialect.paramstyle == "qmark", "written for SQLite's sqlite3 driver (venue files)"
    columns = [table.c[name] for name in rows[0]]
    convert = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    names = [c.name for c in columns]
    quoted = ", ".join(dialect.identifier_preparer.quote(n) for n in names)
    sql = (f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({quoted}) "
           f"VALUES ({', '.join('?' * len(names))})")
    values = [
        tuple(v if f is None else f(v) for f, v in zip(convert, (row[n] for n in names), strict=True))
        for row in rows
    ]
    conn.exec_driver_sql(sql, values)
