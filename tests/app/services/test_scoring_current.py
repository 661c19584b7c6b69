"""The grid's short way to a module's current values equals the long way, on any log a file could hold.

``scoring_current.read`` groups the score_entry rows by cell as plain tuples and takes a cell of one row as it
is; ``scoring_current.of_entries`` is the long way (``scoring.Entry`` objects through ``scoring.current_values``
and ``current_seconds``).  Both must give the same values, corrections, second entries, first entries of
those cells and the judges who have started each criterion — on hostile logs too: pointers anywhere (to
another cell, to a missing row, to itself), chains, odd kinds, codes of no current draw, unknown judges (one of
them named like an account).
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal as D
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from app.item_settings import ItemSettings
from app.roles import Actor
from app.services import scoring, scoring_current
from app.services.scoring_state import Ctx, ScoringRow, load_ctx, load_entries
from app.services.scoring_views import grid_of
from db.venue_file import VenueFile
from db.write_lock import driver
from tests.app.services.scoring_world import drawn
from tests.app.services.test_scoring_incremental import _messy

CRITERIA = {1: "A1", 2: "A2", 3: "B1"}  # id → code; criterion 9 is not in the scheme
CODES = {11: "K01", 12: "K02"}  # blind code id → code; 13 is a code of no current draw
USERS = {21: "裁判1", 22: "裁判2", 24: "#23"}  # 23 is no account (named #23, as is account 24)


def _ctx() -> Ctx:
    rows = {cid: ScoringRow(cid, code) for cid, code in CODES.items()}
    return Ctx(settings=ItemSettings(), drafts={}, crit_id={v: k for k, v in CRITERIA.items()}, crit_code=CRITERIA,
               module_names={}, rows={r.blind_code: r for r in rows.values()}, by_id=rows, judges={}, users=USERS,
               item_locked=False, locked_modules=set(), decrypted=False)


@st.composite
def logs(draw: st.DrawFn) -> list[tuple[int, int, int, int | None, str, int | None, str]]:
    ids = draw(st.lists(st.integers(1, 40), unique=True, max_size=30))
    return [(i, draw(st.sampled_from([1, 2, 3, 9])), draw(st.sampled_from([11, 12, 13])),
             draw(st.sampled_from([None, 21, 22, 23, 24])), draw(st.sampled_from(["0", "1", "2", "2.0", "1.50", "1.5"])),
             draw(st.none() | st.integers(1, 42)), draw(st.sampled_from(["entry", "correction", "second", "odd"])))
            for i in ids]


@settings(max_examples=300, deadline=None)
@given(log=logs(), wanted=st.sets(st.sampled_from(["A1", "A2", "B1", "Z9"])))
def test_read_equals_the_long_way(log: list[tuple], wanted: set[str]) -> None:  # type: ignore[type-arg]
    engine = create_engine("sqlite://")
    with Session(engine) as s:
        conn = driver(s)
        conn.execute("CREATE TABLE score_entry (id INTEGER PRIMARY KEY, criterion_id INT, blind_code_id INT, "
                     "judge_id INT, value TEXT, supersedes_id INT, kind TEXT)")
        conn.executemany("INSERT INTO score_entry VALUES (?,?,?,?,?,?,?)", log)
        ctx = _ctx()
        long_way = scoring_current.of_entries(load_entries(s, ctx, criteria=wanted, code_ids=list(CODES)))
        assert scoring_current.read(s, ctx, wanted) == long_way
        one = ScoringRow(11, "K01")
        alone = Ctx(**{**ctx.__dict__, "rows": {"K01": one}, "by_id": {11: one}, "partial": True})
        assert scoring_current.read(s, alone, wanted, [11]) == scoring_current.of_entries(
            load_entries(s, alone, criteria=wanted, code_ids=[11]))
    engine.dispose()


def test_a_value_keeps_its_text() -> None:
    """1.5 and 1.50 are equal decimals but print apart: the value read is the one stored."""
    engine = create_engine("sqlite://")
    with Session(engine) as s:
        conn = driver(s)
        conn.execute("CREATE TABLE score_entry (id INTEGER PRIMARY KEY, criterion_id INT, blind_code_id INT, "
                     "judge_id INT, value TEXT, supersedes_id INT, kind TEXT)")
        conn.executemany("INSERT INTO score_entry VALUES (?,?,?,?,?,?,?)", [
            (1, 1, 11, None, "1.50", None, "entry"), (2, 1, 12, None, "1.5", None, "entry")])
        found = scoring_current.read(s, _ctx(), ["A1"]).values
    assert str(found[("A1", "K01")][None]) == "1.50" and str(found[("A1", "K02")][None]) == "1.5"
    assert found[("A1", "K01")][None] == D("1.5")
    engine.dispose()


def test_the_grid_read_the_short_way_equals_the_grid_of_the_whole_log(
    seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    """Corrections, a spread, deductions, disqualifications, gaps, blind second entries (one disagreeing) and equal
    values typed differently: the cells made once for the same marks (read) equal cells made one by one (the log)."""
    codes = drawn(seeded, staff, tmp_path)
    _messy(seeded, staff, codes, tmp_path)
    scoring.second_entry(seeded, staff["J2"], codes[0], "A1", "20")
    scoring.second_entry(seeded, staff["J2"], codes[6], "A1", "19")
    with seeded.unit_of_work() as s:  # equal values stored as different texts (the service writes 12.50 for both)
        ids = [load_ctx(s).row(c).code_id for c in codes[10:12]]
    other = sqlite3.connect(seeded.path)
    other.executemany(
        "INSERT INTO score_entry (criterion_id, blind_code_id, judge_id, value, kind, entered_by, entered_role, "
        "entered_at) VALUES ((SELECT id FROM criterion WHERE code = 'A1'), ?, NULL, ?, 'entry', '钱莉', "
        "'head_judge', '2026-11-28T12:00:00+08:00')", [(ids[0], "12.50"), (ids[1], "12.5")])
    other.commit()
    other.close()
    for who in ("head", "J1", "J2"):
        for module in ("A", "B"):
            for second in (False, True):
                with seeded.unit_of_work() as s:
                    ctx = load_ctx(s)
                    short = grid_of(s, ctx, staff[who], module, second=second)
                    assert short == grid_of(s, ctx, staff[who], module, second=second, entries=load_entries(s, ctx))
                assert any(c.state == "mismatch" for r in short.rows for c in r.cells) == (module == "A")
    head_a = {r.blind_code: r.cells[0] for r in scoring.grid(seeded, staff["head"], "A").rows}
    assert (head_a[codes[10]].text, head_a[codes[11]].text) == ("12.50", "12.5")
