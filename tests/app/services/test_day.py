"""Where the day stands (status bar, landing page): read from the file, and the head judge's next step."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.roles import ROLE_STEPS, Actor, Role
from app.services import day
from db.venue_file import VenueFile
from tests.app.services.scoring_world import drawn

START = day.DayState(contestants=0, has_scheme=False, drawn=False, item_locked=False, locked_modules=(),
                     decrypted=False, signed_revision=None, exported_revision=None)


def test_the_head_judge_starts_on_the_first_step_not_done() -> None:
    steps = [
        (START, "roster"),
        (replace(START, contestants=40), "scheme"),
        (replace(START, contestants=40, has_scheme=True), "draw"),
        (replace(START, contestants=40, has_scheme=True, drawn=True), "scoring"),
        (replace(START, contestants=40, has_scheme=True, drawn=True, locked_modules=("A",)), "scoring"),
        (replace(START, contestants=40, has_scheme=True, drawn=True, item_locked=True), "results"),
        (replace(START, contestants=40, has_scheme=True, drawn=True, item_locked=True, decrypted=True,
                 signed_revision=1), "package"),
        (replace(START, contestants=40, has_scheme=True, drawn=True, item_locked=True, decrypted=True,
                 signed_revision=1, exported_revision=1), "results"),
        (replace(START, contestants=40, has_scheme=True, drawn=True, item_locked=True, decrypted=True,
                 signed_revision=2, exported_revision=1), "package"),
    ]
    for state, step in steps:
        assert day.first_step(Role.HEAD_JUDGE, state) == step, state
        assert step in ROLE_STEPS[Role.HEAD_JUDGE]
    for role in (Role.CHECKIN, Role.JUDGE, Role.ADMIN):  # the others: their first page, whatever the state
        assert day.first_step(role, START) == ROLE_STEPS[role][0]
    assert ROLE_STEPS[Role.CHECKIN][0] == "checkin" and ROLE_STEPS[Role.JUDGE][0] == "scoring"


def test_state_words(seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path) -> None:
    state = day.day_state(seeded)
    assert (state.contestants, state.has_scheme, state.drawn) == (12, False, False)
    assert state.lock_text == "成绩未锁定" and state.export_text == "成绩未签字确认" and not state.export_pending
    drawn(seeded, staff, tmp_path)
    state = day.day_state(seeded)
    assert state.has_scheme and state.drawn and day.first_step(Role.HEAD_JUDGE, state) == "scoring"
    signed = replace(state, item_locked=True, decrypted=True, signed_revision=1)
    assert signed.export_text == "第 1 版尚未导出成绩包" and signed.export_pending
    assert replace(signed, exported_revision=1).export_text == "第 1 版成绩包已导出"
    assert replace(state, locked_modules=("A", "B")).lock_text == "已锁定模块 A、B"
