"""The scoring room at the size of a big item (500 contestants × 40 criteria × 5 judges), through the real page.

- a typed score: judge J1 types a digit into an empty cell of the 评分录入 grid and presses Enter (the page
  saves through ``scoring.enter``, refreshes the row and moves on), then the window repaints.  Limit: one raw
  ``INSERT`` + ``COMMIT`` into a SQLite file in WAL mode with synchronous=FULL (what durability costs).
- grid load: the head judge switches the module combo box (the grid of that module is loaded and painted), at
  2–3 item sizes.  Limit: selecting the same module's score rows into a dict with sqlite3.
- opening the large item: a fresh process from launch through the start window, the file, the sign-in, to the
  painted 评分录入 page; time and peak memory.  Limit: a process showing a bare QMainWindow.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from bench.harness import Row, child_env, interleaved, median, p99, python, run_markers, run_process
from bench.worlds import Item, scoring_item

TYPED_MEDIAN_MS, TYPED_P99_MS, TYPED_RATIO = 10.0, 30.0, 25
GRID_RATIO, GRID_MS_AT_500 = 10, 150.0
OPEN_S, OPEN_MIB = 1.5, 150.0


def _app():  # type: ignore[no-untyped-def]
    from ui.app import make_application

    return make_application([])


def _window(item: Item, actor):  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    app = _app()
    w = MainWindow(item.venue, actor)
    w.resize(1366, 768)
    w.show()
    app.processEvents()
    for row in range(w.nav.count()):
        if w.nav.item(row).text() == "评分录入":
            w.nav.setCurrentRow(row)
    app.processEvents()
    page = w.stack.currentWidget()
    assert type(page).__name__ == "ScoringPage"
    return app, w, page


def _grid(page):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    table = page.findChild(QTableView, "scoreGrid")
    model = table.model()
    rows = {str(model.headerData(r, Qt.Orientation.Vertical)).split("（")[0]: r for r in range(model.rowCount())}
    cols = {str(model.headerData(c, Qt.Orientation.Horizontal)).split("\n")[0]: c for c in range(model.columnCount())}
    return table, model, rows, cols


def _raw_inserts(folder: Path, n: int) -> list[float]:
    conn = sqlite3.connect(folder / "raw-insert.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS e (id INTEGER PRIMARY KEY, criterion_id INT, contestant_id INT, "
                 "judge_id INT, value TEXT, kind TEXT, entered_by TEXT, entered_at TEXT)")
    conn.execute("CREATE INDEX IF NOT EXISTS e_c ON e (contestant_id)")
    conn.execute("CREATE INDEX IF NOT EXISTS e_k ON e (criterion_id)")
    out = []
    for i in range(n):
        t0 = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO e (criterion_id, contestant_id, judge_id, value, kind, entered_by, entered_at) "
                     "VALUES (?,?,?,?,?,?,?)", (i % 40, i, 1, "2", "entry", "裁判1", "2026-11-28T10:00:00"))
        conn.execute("COMMIT")
        out.append(time.perf_counter() - t0)
    conn.close()
    return out


def typed(item: Item, cells: list[tuple[str, str]], folder: Path, count: int) -> list[Row]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    app, window, page = _window(item, item.judges[0])
    module = cells[0][1][0]
    page.module.setCurrentIndex(page.module.findData(module))
    app.processEvents()
    table, model, rows, cols = _grid(page)
    latencies = []
    for code, crit in cells:
        index = model.index(rows[code], cols[crit])
        table.setCurrentIndex(index)
        app.processEvents()
        t0 = time.perf_counter()
        QTest.keyClicks(table, "2")
        editor = next(e for e in table.findChildren(QLineEdit, "scoreEditor") if e.isVisible())
        QTest.keyClick(editor, Qt.Key.Key_Return)
        app.processEvents()
        latencies.append(time.perf_counter() - t0)
        assert model.index(rows[code], cols[crit]).data() == "2", "the typed score did not show"
    window.close()
    app.processEvents()
    raw = _raw_inserts(folder, max(len(cells), 50))
    size = f"{count} × 40 × 5, {len(cells)} typed"
    ms = 1000
    return [
        Row("typed score (GUI), median", size, median(latencies) * ms, median(raw) * ms, "ms", TYPED_RATIO,
            TYPED_MEDIAN_MS, limit_name="raw INSERT+COMMIT"),
        Row("typed score (GUI), p99", size, p99(latencies) * ms, p99(raw) * ms, "ms", None, TYPED_P99_MS,
            limit_name="raw INSERT+COMMIT p99"),
    ]


def _plain_select(path: Path, module: str) -> float:
    conn = sqlite3.connect(path)
    t0 = time.perf_counter()
    out = {}
    for cid, crit, judge, value, kind, sup in conn.execute(
            "SELECT e.blind_code_id, e.criterion_id, e.judge_id, e.value, e.kind, e.supersedes_id FROM score_entry e "
            "JOIN criterion c ON c.id = e.criterion_id JOIN module m ON m.id = c.module_id WHERE m.code = ?",
            (module,)):
        out.setdefault((cid, crit, judge), []).append((value, kind, sup))
    t = time.perf_counter() - t0
    conn.close()
    return t


def grid_load(item: Item, count: int, reps: int) -> Row:
    app, window, page = _window(item, item.head)
    modules = [page.module.itemData(i) for i in range(page.module.count())]
    state = {"i": 0}

    def switch() -> float:
        state["i"] += 1
        target = page.module.findData(modules[state["i"] % len(modules)])
        t0 = time.perf_counter()
        page.module.setCurrentIndex(target)
        app.processEvents()
        return time.perf_counter() - t0

    loads, plain = interleaved(switch, lambda: _plain_select(item.path, modules[state["i"] % len(modules)]),
                               max(reps, len(modules)))
    window.close()
    app.processEvents()
    target_ms = GRID_MS_AT_500 if count >= 500 else None
    return Row("grid load (module switch, head judge)", f"{count} contestants", median(loads) * 1000,
               median(plain) * 1000, "ms", GRID_RATIO, target_ms, limit_name="select same rows into dict")


def open_large(item: Item, folder: Path, count: int, reps: int) -> list[Row]:
    """The page painted (time), and the process's peak memory once the file's integrity check, which goes on
    in the background after the paint with writes held, has finished (so the check's memory counts)."""
    env = child_env(folder)
    path = str(item.path)
    item.venue.close()  # the child process takes the writer lock

    def opened() -> tuple[float, float, float]:
        (painted, _), (verified, line) = run_markers(
            [python(), "bench/probe.py", "scoring", path, "裁判1", "2001"], env, "PAINTED", "VERIFIED")
        assert line.split()[1] == "True", f"the large item failed its integrity check: {line}"
        return painted, verified, int(line.split()[-1]) / 1024

    def bare() -> tuple[float, float]:
        t, line = run_process([python(), "bench/probe.py", "bare"], env, marker="PAINTED")
        return t, int(line.split()[-1]) / 1024

    opened()  # warm-up (byte-code caches)
    runs, bares = [], []
    for _ in range(reps):
        runs.append(opened())
        bares.append(bare())
    size = f"{count} × 40 × 5, judge"
    bare_s, bare_mib = median([b[0] for b in bares]), median([b[1] for b in bares])
    return [
        Row("large item: open → scoring page painted", size, median([r[0] for r in runs]), bare_s, "s", None,
            OPEN_S, limit_name="bare QMainWindow"),
        Row("large item: … file verified (writes allowed)", size, median([r[1] for r in runs]), bare_s, "s", None,
            None, limit_name="bare QMainWindow"),
        Row("large item: peak memory", size, median([r[2] for r in runs]), bare_mib, "MiB",
            None, OPEN_MIB, limit_name="bare QMainWindow"),
    ]


def run(folder: Path, sizes: tuple[int, ...], typed_cells: int, reps: int) -> list[Row]:
    rows: list[Row] = []
    *small, large = sizes
    for n in small:
        item, _ = scoring_item(folder / f"grid-{n}", n)
        rows.append(grid_load(item, n, reps))
        item.venue.close()
    item, cells = scoring_item(folder / f"grid-{large}", large, holes=typed_cells)
    rows.append(grid_load(item, large, reps))
    rows[:0] = typed(item, cells, folder, large)
    rows += open_large(item, folder, large, max(2, reps // 2))
    return rows
