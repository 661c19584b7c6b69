"""The GUI's opening check runs in the background (app.services.opening_check): until it has passed nothing
can be written to the file, by any service, audited or not (``VenueFile.hold_writes``); a file that fails it
is never written, with the same message as the check gives; reading goes on meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.errors import IntegrityError
from app.roles import Actor, Role
from app.services import integrity, opening_check, scoring, users
from db.venue_file import VenueFile, open_venue
from tests.app.services import tamper
from tests.app.services.scoring_world import drawn, fill

RECORDS = "SELECT count(*) FROM audit_record"


def user_row(path: Path, name: str) -> str | None:
    return tamper.one_value(path, f"SELECT coalesce(max(failed_attempts), 'none') FROM app_user WHERE name = '{name}'")


def refusing(asked: list[str]) -> Callable[[], None]:
    """A hold standing for a check still running: each write it is asked about is refused."""
    def still_checking() -> None:
        asked.append("refused")
        raise IntegrityError("还在核验")
    return still_checking


def test_every_write_is_held_until_the_hold_lets_it_through(seeded: VenueFile, head: Actor) -> None:
    path = seeded.path
    asked: list[str] = []
    seeded.hold_writes(refusing(asked))
    records = tamper.one_value(path, RECORDS)
    with pytest.raises(IntegrityError):
        users.add_user(seeded, head, "新裁判", Role.JUDGE, "1357", judge_no="J9")  # an audited change
    with pytest.raises(IntegrityError):
        users.sign_in(seeded, "钱莉", "0000")  # a wrong PIN: the failure counter is written without a record
    assert asked == ["refused", "refused"]
    assert tamper.one_value(path, RECORDS) == records
    assert user_row(path, "新裁判") == "none" and user_row(path, "钱莉") == 0
    assert [u.name for u in users.list_users(seeded)] == ["钱莉"]  # reading goes on
    assert users.sign_in(seeded, "钱莉", "2468").name == "钱莉"  # so does a right PIN (nothing to write)

    seeded.hold_writes(lambda: asked.append("passed"))
    users.add_user(seeded, head, "新裁判", Role.JUDGE, "1357", judge_no="J9")
    users.add_user(seeded, head, "新裁判二", Role.JUDGE, "1358", judge_no="J8")
    assert asked == ["refused", "refused", "passed"]  # lifted once it let a write through
    assert tamper.one_value(path, RECORDS) == records + 2


def test_a_sound_file_passes_in_the_background_and_writes_go_on(seeded: VenueFile, head: Actor) -> None:
    check = opening_check.start(seeded)
    assert opening_check.of(seeded) is check
    users.add_user(seeded, head, "新裁判", Role.JUDGE, "1357", judge_no="J9")  # waits for the verdict, then goes on
    assert check.done and check.passed and check.problem() is None and seeded.verified
    assert check.report is not None and check.report.ok and integrity.check(seeded).ok


def test_a_file_changed_outside_the_app_is_never_written(seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
                                                         ) -> None:
    fill(seeded, staff, drawn(seeded, staff, tmp_path), tmp_path)
    path = seeded.path
    seeded.close()
    entry = tamper.one_value(path, "SELECT max(id) FROM score_entry")
    tamper.edit(path, f"UPDATE score_entry SET value = '59' WHERE id = {entry}", tables=("score_entry",))
    records = tamper.one_value(path, RECORDS)
    with open_venue(path) as venue:
        check = opening_check.start(venue)
        head = users.sign_in(venue, "钱莉", "2468")  # signing in only reads: not held
        with pytest.raises(IntegrityError, match="score_entry") as refused:
            users.add_user(venue, head, "新裁判", Role.JUDGE, "1357", judge_no="J9")
        assert check.done and not check.passed  # the write waited for the verdict
        problem = check.problem()
        assert problem is not None and f"表 score_entry 第 {entry} 行" in problem
        assert problem in refused.value.message and problem == integrity.check(venue).describe()
        with pytest.raises(IntegrityError):  # and every later write too
            users.sign_in(venue, "钱莉", "0000")
    assert tamper.one_value(path, RECORDS) == records
    assert user_row(path, "新裁判") == "none" and user_row(path, "钱莉") == 0


def test_a_score_typed_in_the_grid_is_held_too(seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path) -> None:
    """The grid's typed score writes through the sqlite3 connection itself, not through SQLAlchemy."""
    codes = drawn(seeded, staff, tmp_path)
    path = seeded.path
    asked: list[str] = []
    seeded.hold_writes(refusing(asked))
    records, entries = tamper.one_value(path, RECORDS), tamper.one_value(path, "SELECT count(*) FROM score_entry")
    with pytest.raises(IntegrityError):
        scoring.enter_in_grid(seeded, staff["J1"], "A", codes[0], "A2", "3")
    assert asked == ["refused"]
    assert tamper.one_value(path, RECORDS) == records
    assert tamper.one_value(path, "SELECT count(*) FROM score_entry") == entries
    seeded.hold_writes(lambda: asked.append("passed"))
    saved, row = scoring.enter_in_grid(seeded, staff["J1"], "A", codes[0], "A2", "3")
    assert asked == ["refused", "passed"] and row is not None
    assert tamper.one_value(path, "SELECT count(*) FROM score_entry") == entries + 1
