"""A check-in scan at the desk, through the real 检录 page: the ID number is in the scan field (a scanner types
it in a blink), Enter shows the person, Enter confirms; timed until the page has repainted.  Measured at 2–3
fill levels of a large roster: a scan should cost the same whether 0 or 4,500 people are already in.

Limit: one raw ``INSERT`` + ``COMMIT`` (WAL, synchronous=FULL) — the one row a check-in has to store.
"""

from __future__ import annotations

import time
from pathlib import Path

from bench.harness import Row, median
from bench.w_scoring import _raw_inserts
from bench.worlds import new_item, with_roster

SCAN_MS = 20.0


def run(folder: Path, count: int, levels: tuple[int, ...], scans: int) -> list[Row]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.services import roster
    from bench.worlds import check_in_rows
    from ui.app import make_application
    from ui.main_window import MainWindow

    item = with_roster(new_item(folder / "checkin", "checkin", judges=0), count)
    people = roster.list_contestants(item.venue)
    numbers = {c.id: c.reg_no for c in people}
    app = make_application([])
    window = MainWindow(item.venue, item.desk)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    for row in range(window.nav.count()):
        if window.nav.item(row).text() == "检录":
            window.nav.setCurrentRow(row)
    page = window.stack.currentWidget()
    assert type(page).__name__ == "CheckinPage"
    done = 0
    rows = []
    waiting = [c.id for c in people]
    for level in levels:
        if level > done:
            check_in_rows(item, waiting[done:level])
            done = level
            page.refresh()
            app.processEvents()
        times = []
        for cid in waiting[done:done + scans]:
            page.scan.setText(numbers[cid])
            t0 = time.perf_counter()
            QTest.keyClick(page.scan, Qt.Key.Key_Return)  # shows the card
            QTest.keyClick(page.scan, Qt.Key.Key_Return)  # confirms
            app.processEvents()
            times.append(time.perf_counter() - t0)
        done += scans
        assert "已检录" in page.message.text(), page.message.text()
        raw = _raw_inserts(folder, 30)
        rows.append(Row("check-in scan (GUI)", f"{level:,} of {count:,} in", median(times) * 1000,
                        median(raw) * 1000, "ms", None, SCAN_MS, limit_name="raw INSERT+COMMIT"))
    window.close()
    app.processEvents()
    item.venue.close()
    return rows
