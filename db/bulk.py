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
    """Every row (a mapping naming every column the first row names) in one statement."""
    if rows:
        insert_columns(session, table, {name: [row[name] for row in rows] for name in rows[0]})


def insert_columns(session: Session, table: Table, columns: Mapping[str, Sequence[Any]]) -> None:
    """The rows given column by column (``{column: [value of row 1, row 2, …]}``, every list as long), in one
    statement: each column is converted with one C-level map, no dict or generator per row."""
    values = list(columns.values())
    if not values or not values[0]:
        return
    conn = session.connection()
    dialect = conn.dialect
    assert dialect.paramstyle == "qmark", "written for SQLite's sqlite3 driver (venue files)"
    names = list(columns)
    converted = []
    for name, column_values in zip(names, values, strict=True):
        f = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        converted.append(column_values if f is None else list(map(f, column_values)))
    quoted = ", ".join(dialect.identifier_preparer.quote(n) for n in names)
    sql = (f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({quoted}) "
           f"VALUES ({', '.join('?' * len(names))})")
    conn.exec_driver_sql(sql, list(zip(*converted, strict=True)))
