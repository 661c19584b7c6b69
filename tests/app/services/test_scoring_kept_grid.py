"""Module grids kept between loads (issue 17): never a stale value, whoever wrote.

- after any sequence of typed scores, corrections, blind second entries, deductions, disqualifications,
  attendance changes and refused entries, every kept grid (head judge, judges; entry and double-entry mode)
  equals a grid made fresh from the file;
- a score, a correction and a lock written by another connection (a plain sqlite3 one, as another process)
  show at the next load;
- nothing changed: the kept grid itself is returned; one contestant scored: only that row is made again;
- when a criterion's panel is chosen by who has started scoring it, a new judge on it shows on every row.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from app.errors import DomainError
from app.roles import Actor, Role
from app.services import scoring, users
from app.services.scoring_state import load_ctx
from app.services.scoring_views import Grid, grid_of
from db.venue_file import VenueFile
from tests.app.services.scoring_world import drawn, fill

VIEWS = [("head", "A", False), ("head", "B", False), ("J1", "A", False), ("J2", "B", False), ("head", "A", True)]


def _fresh(venue: VenueFile, actor: Actor, module: str, second: bool = False) -> Grid:
    """Made from the file with nothing kept (a session that is not a unit of work of the venue keeps nothing)."""
    with Session(venue.engine) as s:
        return grid_of(s, load_ctx(s), actor, module, second=second)


def _all_current(venue: VenueFile, staff: dict[str, Actor]) -> None:
    for who, module, second in VIEWS:
        assert scoring.grid(venue, staff[who], module, second=second) == _fresh(venue, staff[who], module, second), (
            who, module, second)


def _other_connection(venue: VenueFile, sql: str, params: tuple[object, ...]) -> None:
    other = sqlite3.connect(venue.path)  # not our engine, not our objects: like another process
    other.execute(sql, params)
    other.commit()
    other.close()


def _scored(venue: VenueFile, staff: dict[str, Actor], tmp_path: Path, n: int) -> list[str]:
    """Drawn, the first ``n`` contestants scored in full; the codes."""
    codes = drawn(venue, staff, tmp_path)
    fill(venue, staff, codes[:n], tmp_path)
    return codes


def _code_id(venue: VenueFile, code: str) -> int:
    with venue.unit_of_work() as s:
        return load_ctx(s).row(code).code_id


_ENTRY = ("INSERT INTO score_entry (criterion_id, blind_code_id, judge_id, value, kind, supersedes_id, reason, "
          "entered_by, entered_role, entered_at) VALUES ((SELECT id FROM criterion WHERE code = ?), ?, "
          "(SELECT id FROM app_user WHERE name = ?), ?, ?, ?, ?, '钱莉', 'head_judge', '2026-11-28T12:00:00+08:00')")

OPS = st.sampled_from(["typed", "measured", "corrected", "second", "deduction", "disqualified", "withdrew", "refused"])


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(st.tuples(OPS, st.integers(0, 7), st.sampled_from(["J1", "J2", "J3"]),
                              st.sampled_from(["0", "1", "2", "3"])), max_size=10))
def test_kept_grids_equal_fresh_ones_after_any_sequence(
    seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path, ops: list[tuple[str, int, str, str]]
) -> None:
    venue = seeded
    with venue.unit_of_work() as s:
        codes = sorted(load_ctx(s).rows) or drawn(venue, staff, tmp_path)
    _all_current(venue, staff)  # kept from here on: every step below must show
    for op, i, judge, value in ops:
        code = codes[i]
        try:
            if op == "typed":
                scoring.enter_in_grid(venue, staff[judge], "A", code, "A2", value)
            elif op == "measured":
                scoring.enter_measurement(venue, staff["head"], code, "A1", str(int(value) * 5))
            elif op == "corrected":
                scoring.correct(venue, staff["head"], code, "B1", value, "复议", judge=judge)
            elif op == "second":
                scoring.second_entry(venue, staff[judge], code, "A1", str(int(value) * 5))
            elif op == "deduction":
                scoring.add_deduction(venue, staff["J1"], code, value, "工位不整洁", module="A")
            elif op == "disqualified":
                scoring.disqualify(venue, staff["head"], code, "夹带资料", module="B")
            elif op == "withdrew":
                scoring.record_status(venue, staff["J1"], code, "withdrew", "离场")
            else:
                scoring.enter_judgement(venue, staff[judge], code, "A1", value)  # a measurement: refused
        except DomainError:
            pass
        _all_current(venue, staff)


def test_another_connection_s_score_correction_and_lock_show_at_the_next_load(
    seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    codes, head = _scored(seeded, staff, tmp_path, 3), staff["head"]
    before = scoring.grid(seeded, head, "A")
    cid = _code_id(seeded, codes[5])
    _other_connection(seeded, _ENTRY, ("A1", cid, None, "17", "entry", None, None))
    after = scoring.grid(seeded, head, "A")
    assert after.rows[5].cells[0].text == "17" and before.rows[5].cells[0].text == ""
    with seeded.unit_of_work() as s:
        first = s.connection().exec_driver_sql(
            "SELECT max(id) FROM score_entry WHERE blind_code_id = ?", (cid,)).scalar_one()
    _other_connection(seeded, _ENTRY, ("A1", cid, None, "18", "correction", first, "复核"))
    corrected = scoring.grid(seeded, head, "A").rows[5].cells[0]
    assert corrected.text == "18" and corrected.state == "corrected"
    assert not scoring.grid(seeded, head, "A").locked
    _other_connection(seeded, "INSERT INTO lock_event (module_code, action, reason, actor, at) "
                              "VALUES ('A', 'lock', NULL, '钱莉', '2026-11-28T12:00:00.000000+08:00')", ())
    locked = scoring.grid(seeded, head, "A")
    assert locked.locked and all(c.locked for r in locked.rows for c in r.cells)
    assert locked == _fresh(seeded, head, "A")


def test_nothing_changed_the_kept_grid_one_score_its_row(
    seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    codes, head = _scored(seeded, staff, tmp_path, 6), staff["head"]
    first = scoring.grid(seeded, head, "A")
    assert scoring.grid(seeded, head, "A") is first
    scoring.enter_in_grid(seeded, staff["J1"], "B", codes[8], "B1", "2")  # another module: A unchanged
    assert scoring.grid(seeded, head, "A") is first
    scoring.enter_in_grid(seeded, staff["J1"], "A", codes[8], "A2", "2")
    again = scoring.grid(seeded, head, "A")
    changed = [i for i, (a, b) in enumerate(zip(first.rows, again.rows, strict=True)) if a is not b]
    assert changed == [8] and again == _fresh(seeded, head, "A")


def test_a_panel_chosen_by_who_started_follows_a_new_judge(
    seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    """Four judges for criteria of three: the panel is who has started, and a new judge on it changes every row."""
    codes = drawn(seeded, staff, tmp_path)
    users.add_user(seeded, staff["head"], "裁判4", Role.JUDGE, "2004", judge_no="J4")
    j4 = users.sign_in(seeded, "裁判4", "2004")
    for judge in ("J1", "J2"):
        scoring.enter_in_grid(seeded, staff[judge], "A", codes[0], "A2", "2")
    head = staff["head"]
    assert scoring.grid(seeded, head, "A") == _fresh(seeded, head, "A")
    scoring.enter_in_grid(seeded, j4, "A", codes[1], "A2", "3")
    shown = scoring.grid(seeded, head, "A")
    assert shown == _fresh(seeded, head, "A")
    assert [j for j, _ in shown.rows[0].cells[1].by_judge] == ["裁判1", "裁判2", "裁判4"]
