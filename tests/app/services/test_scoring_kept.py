"""The scoring context kept between units of work (issue 17): as fresh as a load, whoever changed the file.

- after every kind of change of the day (scheme, settings, accounts, draw, attendance, deductions, times,
  disqualifications, locks) the kept context equals a fresh load, whole and for one code;
- nothing changed: the same kept context is used again (no reload);
- a lock written by another connection (another process: a plain sqlite3 connection, nothing of ours) stops
  the next typed score, though the context was kept before the lock;
- a typed score costs a bounded number of SQL statements (counted by SQLite itself), however big the item;
- the row a typed score shows and its audit record are what a read-back gives.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from app.errors import StateError
from app.item_settings import ItemSettings
from app.roles import Actor
from app.services import audit, audit_facts, scheme, scoring
from app.services import venue as venue_service
from app.services.scoring_state import Ctx, kept, load_ctx
from db.venue_file import VenueFile
from tests.app.services.scoring_world import SCHEME_ROWS, drawn, fill, write_scheme


def _fresh(venue: VenueFile, only: str | None = None) -> Ctx:
    """A load that keeps nothing: a session that is not a unit of work of the venue has nothing to keep."""
    with Session(venue.engine) as s:
        return load_ctx(s, only)


def _kept(venue: VenueFile, only: str | None = None) -> Ctx:
    with venue.unit_of_work() as s:
        return load_ctx(s, only)


def _same(venue: VenueFile, codes: list[str]) -> None:
    assert _kept(venue) == _fresh(venue)
    for code in (codes[0], codes[-1], f" {codes[1].lower()} ", "NO-SUCH"):
        assert _kept(venue, code) == _fresh(venue, code), code


def test_the_kept_context_follows_every_change_of_the_day(
    seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    venue, head = seeded, staff["head"]
    codes = drawn(venue, staff, tmp_path)
    _same(venue, codes)
    edited = [list(r) for r in SCHEME_ROWS]
    edited[1][3] = "评价项 A2（修订）"  # a description: edited in place, no new row
    scheme.import_scheme(venue, head, write_scheme(tmp_path / "edited.xlsx", edited), reason="修订描述")
    _same(venue, codes)
    assert _kept(venue).drafts["A2"].description == "评价项 A2（修订）"
    venue_service.update_settings(venue, head, replace(ItemSettings(), double_entry=True))
    _same(venue, codes)
    assert _kept(venue).settings.double_entry
    fill(venue, staff, codes[:3], tmp_path)
    scoring.add_deduction(venue, staff["J1"], codes[0], "2", "工位不整洁", module="A")
    _same(venue, codes)
    scoring.record_time(venue, staff["J1"], codes[0], 3000)
    scoring.record_status(venue, staff["J1"], codes[4], "withdrew", "离场")
    scoring.disqualify(venue, head, codes[5], "夹带资料")
    scoring.disqualify(venue, head, codes[6], "夹带资料", module="B")
    _same(venue, codes)
    assert _kept(venue).row(codes[5]).disqualified and _kept(venue, codes[4]).row(codes[4]).status == "withdrew"
    with venue.unit_of_work() as s:  # an account edited in place: a judge no longer on duty
        s.execute(text("UPDATE app_user SET active = 0 WHERE name = '裁判3'"))
    _same(venue, codes)
    assert "裁判3" not in {j.name for j in _kept(venue).judges.values()}


def test_nothing_changed_nothing_reloaded(seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path) -> None:
    codes = drawn(seeded, staff, tmp_path)
    with seeded.unit_of_work() as s:
        first = kept(s)
    scoring.enter_judgement(seeded, staff["J1"], codes[0], "A2", "2")  # a score is not part of the context
    with seeded.unit_of_work() as s:
        assert kept(s) is first
    scoring.record_time(seeded, staff["J1"], codes[0], 3000)
    with seeded.unit_of_work() as s:
        assert kept(s) is not first


def test_a_lock_from_another_connection_stops_the_next_typed_score(
    seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    codes = drawn(seeded, staff, tmp_path)
    scoring.enter_in_grid(seeded, staff["J1"], "A", codes[0], "A2", "2")  # the context is kept from here on
    other = sqlite3.connect(seeded.path)  # not our engine, not our process's objects: like another process
    other.execute("INSERT INTO lock_event (module_code, action, reason, actor, at) "
                  "VALUES ('A', 'lock', NULL, '钱莉', '2026-11-28T12:00:00.000000+08:00')")
    other.commit()
    other.close()
    with pytest.raises(StateError, match="已锁定"):
        scoring.enter_in_grid(seeded, staff["J1"], "A", codes[1], "A2", "2")
    scoring.enter_in_grid(seeded, staff["J1"], "B", codes[1], "B1", "2")  # module B is still open


@contextmanager
def _statements(venue: VenueFile) -> Iterator[list[str]]:
    """Every SQL statement SQLite runs on the venue's connections (ours through the ORM and through sqlite3)."""
    seen: list[str] = []
    venue.engine.dispose()  # new connections, each with the trace below

    def trace(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.set_trace_callback(lambda sql: None if sql.startswith("--") else seen.append(sql))

    event.listen(venue.engine, "connect", trace)
    try:
        yield seen
    finally:
        event.remove(venue.engine, "connect", trace)
        venue.engine.dispose()


def test_a_typed_score_costs_a_bounded_number_of_statements(
    seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    codes = drawn(seeded, staff, tmp_path)
    fill(seeded, staff, codes[:6], tmp_path)
    scoring.enter_in_grid(seeded, staff["J1"], "A", codes[6], "A2", "2")  # the context is loaded once
    with _statements(seeded) as seen:
        for code in codes[7:10]:
            seen.clear()
            saved, row = scoring.enter_in_grid(seeded, staff["J1"], "A", code, "A2", "3")
            assert saved.value == D(3) and row is not None
            # BEGIN IMMEDIATE, the stamp, the contestant's log, INSERT … RETURNING, the chain head, the audit
            # INSERT, COMMIT: nothing about the scheme, judges, locks, settings or the other contestants
            assert len(seen) <= 8, seen
            assert seen[0] == "BEGIN IMMEDIATE" and seen[-1] == "COMMIT"


def test_what_a_typed_score_returns_and_records_is_what_the_file_holds(
    seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    codes = drawn(seeded, staff, tmp_path)
    fill(seeded, staff, codes[:2], tmp_path)
    scoring.enter_in_grid(seeded, staff["J1"], "A", codes[2], "A2", "1")
    saved, row = scoring.enter_in_grid(seeded, staff["J2"], "A", codes[2], "A2", "3")
    assert saved.flagged  # 1 and 3: over the spread limit, said at once
    assert row == scoring.grid(seeded, staff["J2"], "A", only=codes[2]).rows[0]
    saved, row = scoring.enter_in_grid(seeded, staff["head"], "A", codes[2], "A1", "20")
    assert row == scoring.grid(seeded, staff["head"], "A", only=codes[2]).rows[0]
    assert saved.score == {c.blind_code: c for c in scoring.totals(seeded)}[codes[2]]
    with seeded.unit_of_work() as s:  # the records written without the ORM chain and hold the rows as stored
        assert audit.verify_chain(s).ok
        report = audit_facts.verify(s)
    assert report.ok and report.total_differences == 0, report


def test_a_typed_score_s_total_is_worked_out_when_asked_from_what_it_saved(
    seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    """The grid never asks for a typed score's total; asked later, after more scores, it is the total right after
    that save, and working it out reads nothing from the file."""
    codes = drawn(seeded, staff, tmp_path)
    fill(seeded, staff, codes[:2], tmp_path)
    scoring.enter_in_grid(seeded, staff["J1"], "A", codes[2], "A2", "1")  # the context is kept from here on
    saved, _row = scoring.enter_in_grid(seeded, staff["J2"], "A", codes[2], "A2", "3")
    then = {c.blind_code: c for c in scoring.totals(seeded)}[codes[2]]
    scoring.enter_in_grid(seeded, staff["J3"], "A", codes[2], "A2", "2")
    with _statements(seeded) as seen:
        assert saved.score == then and seen == []
    assert saved.score != {c.blind_code: c for c in scoring.totals(seeded)}[codes[2]]
