"""Inserting rows of one table without the ORM: many rows in one statement (imports of thousands of rows), or
one row read back as stored by the same statement (a typed score).

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

from db.write_lock import before_direct_write, driver


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Every row (a mapping naming every column the first row names) in one statement."""
    if rows:
        insert_columns(session, table, {name: [row[name] for row in rows] for name in rows[0]})


def _prepared(session: Session, table: Table, names: list[str]) -> tuple[str, list[Any]]:
    """The INSERT of these columns and each column's converter (None: stored as given)."""
    dialect = session.connection().dialect
    assert dialect.paramstyle == "qmark", "written for SQLite's sqlite3 driver (venue files)"
    convert = [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names]
    quoted = ", ".join(dialect.identifier_preparer.quote(n) for n in names)
    sql = (f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({quoted}) "
           f"VALUES ({', '.join('?' * len(names))})")
    return sql, convert


def insert_columns(session: Session, table: Table, columns: Mapping[str, Sequence[Any]],
                   same: Mapping[str, Any] | None = None) -> None:
    """The rows given column by column (``{column: [value of row 1, row 2, …]}``, every list as long), in one
    statement: each column is converted with one C-level map, no dict or generator per row.  ``same``: columns
    with one value for every row (converted once)."""
    values = list(columns.values())
    if not values or not values[0]:
        return
    constant = dict(same or {})
    names = [*columns, *constant]
    sql, convert = _prepared(session, table, names)
    converted = [column_values if f is None else list(map(f, column_values))
                 for f, column_values in zip(convert[:len(values)], values, strict=True)]
    for f, value in zip(convert[len(values):], constant.values(), strict=True):
        converted.append([value if f is None else f(value)] * len(values[0]))
    session.connection().exec_driver_sql(sql, list(zip(*converted, strict=True)))


def insert_row(session: Session, table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    """Insert one row; every column as the file now holds it ({column: stored value}, the table's column order),
    from ``RETURNING *`` of the same statement — what a read-back after the insert would give."""
    names = list(row)
    sql, convert = _prepared(session, table, names)
    params = tuple(v if f is None else f(v) for f, v in zip(convert, (row[n] for n in names), strict=True))
    before_direct_write(session)
    cur = driver(session).execute(sql + " RETURNING *", params)
    stored = cur.fetchone()
    columns = [d[0] for d in cur.description]
    cur.close()
    return dict(zip(columns, stored, strict=True))
