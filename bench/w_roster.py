"""Roster import: a CSV and an xlsx of generated people into an empty venue, through ``roster.import_roster`` (the
CLI's call and the wizard's last step: read, check every row, back up, insert, audit).

Limits, same rows, same run: CSV — ``sqlite3.executemany`` of the parsed rows into a table with the same
indexes (WAL, synchronous=FULL), i.e. storing them and nothing else; xlsx — openpyxl reading the same file
in read-only mode (the reading the import cannot avoid).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench.harness import Row, interleaved, median, timed
from bench.worlds import ROSTER_HEADERS, new_item, roster_rows, write_csv

CSV_RATE = 50_000  # rows/s
CSV_RATIO = 12
XLSX_RATIO = 2


def _executemany(rows: list[list[str]], folder: Path, n: int) -> float:
    conn = sqlite3.connect(folder / f"raw-{n}.sqlite")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE c (id INTEGER PRIMARY KEY, reg_no TEXT UNIQUE, name TEXT, id_number TEXT UNIQUE, "
                 "gender TEXT, phone TEXT, unit TEXT, category TEXT, grp TEXT, fc TEXT)")
    data = [(f"01{i:05d}", *r) for i, r in enumerate(rows)]

    def store() -> None:
        with conn:
            conn.executemany("INSERT INTO c (reg_no, name, id_number, gender, phone, unit, category, grp, fc) "
                             "VALUES (?,?,?,?,?,?,?,?,?)", data)

    t, _ = timed(store)
    conn.close()
    return t


def _openpyxl_read(path: Path) -> float:
    from openpyxl import load_workbook

    def read() -> int:
        wb = load_workbook(path, read_only=True, data_only=True)
        n = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
        wb.close()
        return n

    return timed(read)[0]


def run(folder: Path, count: int, reps: int) -> list[Row]:
    from app.services import roster
    from app.tabular import write_xlsx

    rows = roster_rows(count)
    csv_path = write_csv(folder / "roster.csv", rows)
    xlsx_path = write_xlsx(folder / "roster.xlsx", ROSTER_HEADERS, rows)
    runs = iter(range(10_000))

    def project(path: Path) -> float:
        item = new_item(folder / f"r{next(runs)}", "roster", judges=0)
        try:
            t, report = timed(lambda: roster.import_roster(item.venue, item.head, path))
        finally:
            item.venue.close()
        assert report.added == count, report.summary()
        return t

    n = iter(range(10_000))
    csv_t, raw_t = interleaved(lambda: project(csv_path), lambda: _executemany(rows, folder, next(n)), reps)
    xlsx_t, read_t = interleaved(lambda: project(xlsx_path), lambda: _openpyxl_read(xlsx_path), reps)
    size = f"{count:,} rows"
    return [
        Row("roster import, CSV", size, count / median(csv_t), count / median(raw_t), "rows/s", CSV_RATIO, CSV_RATE,
            "min", "executemany"),
        Row("roster import, xlsx", size, count / median(xlsx_t), count / median(read_t), "rows/s", XLSX_RATIO,
            limit_name="openpyxl read-only read"),
    ]
