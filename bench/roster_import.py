"""Roster import speed: 10,000 generated rows as CSV and as xlsx, against plain sqlite3 executemany.

Run: python bench/roster_import.py [rows]
Prints rows/s for each path and the ratio to the baseline measured in the same run.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from app.rules.demo_people import demo_people
from app.services import roster, users
from app.services.venue import create_venue
from app.tabular import write_xlsx

HEADERS = ["姓名", "身份证号", "性别", "手机", "单位/学校", "人员类别", "组别", "女职工退休年龄类别"]
DAY = date(2026, 11, 28)


def baseline(rows: list[list[object]], folder: Path) -> float:
    conn = sqlite3.connect(folder / "raw.sqlite")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE c (name TEXT, id_number TEXT UNIQUE, gender TEXT, phone TEXT, unit TEXT, "
                 "category TEXT, grp TEXT, fc TEXT)")
    start = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO c VALUES (?,?,?,?,?,?,?,?)", rows)
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def timed_import(path: Path, folder: Path, name: str) -> float:
    venue = create_venue(folder / f"{name}.venue", item_no=1, competition_date=DAY, venue_place="bench",
                         head_judge="裁判长", head_judge_pin="2468")
    actor = users.sign_in(venue, "裁判长", "2468")
    start = time.perf_counter()
    report = roster.import_roster(venue, actor, path)
    elapsed = time.perf_counter() - start
    venue.close()
    assert report.added == len(report_rows), report.summary()
    return elapsed


def main(count: int) -> None:
    global report_rows
    people = demo_people(count, DAY)
    report_rows = [[p.name, p.id_number, p.gender, p.phone, p.unit, p.category, "", p.female_category or ""]
                   for p in people]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path = folder / "roster.csv"
        csv_path.write_text("\n".join([",".join(HEADERS)] + [",".join(map(str, r)) for r in report_rows]),
                            encoding="utf-8-sig")
        xlsx_path = write_xlsx(folder / "roster.xlsx", HEADERS, report_rows)
        base = baseline(report_rows, folder)
        t_csv = timed_import(csv_path, folder, "csv")
        t_xlsx = timed_import(xlsx_path, folder, "xlsx")
    print(f"rows: {count}")
    print(f"baseline sqlite3 executemany: {count / base:,.0f} rows/s ({base * 1000:.0f} ms)")
    for name, t in (("csv", t_csv), ("xlsx", t_xlsx)):
        print(f"import {name:4s}: {count / t:,.0f} rows/s ({t:.2f} s), {t / base:.0f}x the baseline "
              "(validation, eligibility, ORM, audit)")


report_rows: list[list[object]] = []

if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
