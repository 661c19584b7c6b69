"""Who may write which score: a judge only their own judgement scores; after a lock only a head-judge correction."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from app.errors import PermissionDenied, StateError, ValidationError
from app.roles import Actor
from app.services import scoring
from app.tabular import write_xlsx
from db.venue_file import VenueFile
from tests.app.services.scoring_world import drawn, fill
from tests.conftest import HEAD_PASSPHRASE


@pytest.fixture
def world(seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path) -> tuple[VenueFile, dict[str, Actor], list[str]]:
    return seeded, staff, drawn(seeded, staff, tmp_path)


def test_a_judge_cannot_write_another_judges_scores(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    venue, staff, codes = world
    b = codes[0]
    scoring.enter_judgement(venue, staff["J2"], b, "A2", "2")
    # entering always writes the signed-in judge's own score: J1's entry does not touch J2's
    scoring.enter_judgement(venue, staff["J1"], b, "A2", "3")
    with pytest.raises(PermissionDenied, match="其他裁判"):
        scoring.correct(venue, staff["J1"], b, "A2", "1", "改别人的", judge="J2")
    with pytest.raises(PermissionDenied, match="只能查看自己的"):
        scoring.history(venue, staff["J1"], b, "A2", judge="裁判2")
    sheet = write_xlsx(tmp_path / "x.xlsx", ["加密号", "评分项编号", "裁判", "分数"], [[codes[1], "A2", "J2", "1"]])
    with pytest.raises(ValidationError):
        scoring.import_scores(venue, staff["J1"], sheet)
    hist = scoring.history(venue, staff["head"], b, "A2", judge="J2")
    assert [(h.value, h.entered_by) for h in hist] == [(D(2), "裁判2")]


@pytest.mark.parametrize("who", ["checkin", "admin"])
def test_other_roles_cannot_score(world, who: str) -> None:  # type: ignore[no-untyped-def]
    venue, staff, codes = world
    with pytest.raises(PermissionDenied):
        scoring.enter_measurement(venue, staff[who], codes[0], "A1", "20")
    with pytest.raises(PermissionDenied):
        scoring.enter_judgement(venue, staff[who], codes[0], "A2", "2")
    with pytest.raises(PermissionDenied):
        scoring.add_deduction(venue, staff[who], codes[0], "1", "x")
    with pytest.raises(PermissionDenied):
        scoring.lock(venue, staff[who], passphrase=HEAD_PASSPHRASE)


def test_head_judge_does_not_enter_judgement_scores(world) -> None:  # type: ignore[no-untyped-def]
    venue, staff, codes = world
    with pytest.raises(PermissionDenied):
        scoring.enter_judgement(venue, staff["head"], codes[0], "A2", "2")
    with pytest.raises(PermissionDenied):
        scoring.lock(venue, staff["J1"], passphrase=HEAD_PASSPHRASE)


def test_after_the_lock_only_a_head_judge_correction(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    venue, staff, codes = world
    head = staff["head"]
    fill(venue, staff, codes, tmp_path)
    scoring.lock(venue, head, passphrase=HEAD_PASSPHRASE)
    b = codes[0]
    with pytest.raises(StateError, match="已锁定"):
        scoring.enter_measurement(venue, staff["J1"], b, "A1", "20")
    with pytest.raises(PermissionDenied, match="锁定后只有裁判长"):
        scoring.correct(venue, staff["J1"], b, "A1", "21", "想改")
    with pytest.raises(PermissionDenied, match="锁定后只有裁判长"):
        scoring.correct(venue, staff["J1"], b, "A2", "3", "想改")
    with pytest.raises(PermissionDenied):
        scoring.add_deduction(venue, staff["J1"], b, "1", "迟交")
    with pytest.raises(PermissionDenied):
        scoring.record_time(venue, staff["J1"], b, 100)
    sheet = write_xlsx(tmp_path / "late.xlsx", ["加密号", "评分项编号", "裁判", "分数"], [[b, "A1", "", "21"]])
    with pytest.raises(ValidationError):
        scoring.import_scores(venue, head, sheet)
    with pytest.raises(ValidationError, match="原因"):
        scoring.correct(venue, head, b, "A1", "21", "")
    saved = scoring.correct(venue, head, b, "A1", "21", "复核发现漏计 1 分")
    assert saved.score.total == D("69.33")
    hist = scoring.history(venue, head, b, "A1")
    assert hist[-1].role == "head_judge" and hist[-1].reason == "复核发现漏计 1 分" and hist[-1].current
    g = scoring.grid(venue, staff["J1"], "A")
    assert g.locked and not any(c.editable for r in g.rows for c in r.cells)
