"""What the rules decided is shown in words (issue 13, item 11): on the result rows and in results.json.

The separation step for equal totals (模块 B / 用时), the award withheld below the pass line, an open tie's
pending marker, and the line note of an all-higher decision that converts the next award's slot.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.package.verify import schema_problems
from app.roles import Actor
from app.services import results
from app.services.results_snapshot import WORDING_KEYS, build_snapshot, content_sha256
from db.models import ResultRevision
from db.venue_file import VenueFile
from tests.app.services.results_world import Spec, build, tied_on_80
from tests.conftest import HEAD_PASSPHRASE


def rows_of(venue: VenueFile, head: Actor) -> dict[str, results.ResultRow]:
    return {r.reg_no: r for g in results.results(venue, head).groups for r in g.rows}


def people(snapshot: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {c["reg_no"]: c for c in snapshot["contestants"]}


def test_separation_step_is_named_on_the_line(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                              tmp_path: Path) -> None:
    w = tied_on_80(venue, head, staff, tmp_path)
    rows = rows_of(venue, head)
    names = {reg: r.name for reg, r in rows.items()}
    # 80 each: B puts w1 first; w2 and w0 have equal B, time separates them
    assert rows[w.reg(1)].note.startswith("总分与")
    assert "按模块 B 分出先后" in rows[w.reg(1)].note
    assert rows[w.reg(2)].note == f"总分与{names[w.reg(1)]}、{names[w.reg(0)]}相同，按用时分出先后"
    assert "按用时分出先后" in rows[w.reg(0)].note
    assert rows[w.reg(3)].note == "未达合格线（60 分），不授奖"  # 50: no equal total, only the withheld award
    snap = people(build_snapshot(venue))
    assert snap[w.reg(1)]["tie_broken_by"] == "模块 B" and snap[w.reg(0)]["tie_broken_by"] == "用时"
    assert snap[w.reg(3)]["tie_broken_by"] is None and snap[w.reg(3)]["note"] == rows[w.reg(3)].note
    assert snap[w.reg(2)]["note"] == rows[w.reg(2)].note


def test_withheld_award_below_the_pass_line_says_why(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                     tmp_path: Path) -> None:
    specs: list[Spec] = [("50", "30"), ("45", "30"), ("40", "25"), ("36", "23.5"), ("30", "20"), ("20", "15")]
    w = build(venue, head, staff, tmp_path, specs)  # totals 80, 75, 65, 59.5, 50, 35: three 三等奖 slots unused
    rows = rows_of(venue, head)
    for i in (3, 4, 5):
        assert rows[w.reg(i)].award is None
        assert "未达合格线（60 分），不授奖" in rows[w.reg(i)].note
    assert rows[w.reg(0)].note == ""
    snap = people(build_snapshot(venue))
    assert "不授奖" in snap[w.reg(3)]["note"] and snap[w.reg(3)]["award_pending"] is False


def test_open_tie_is_pending_and_all_higher_names_the_converted_slot(
        venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path) -> None:
    specs: list[Spec] = [("54", "36"), ("54", "36"), ("50", "30"), ("45", "30"), ("40", "30"), ("40", "25")]
    w = build(venue, head, staff, tmp_path, specs)  # the first two share 1st: 一等奖/二等奖 with one 一等奖
    rows = rows_of(venue, head)
    first, second = rows[w.reg(0)], rows[w.reg(1)]
    assert first.award is None and first.open_tie and first.award_text == "待裁定"
    assert f"与{second.name}并列第 1 名" in first.note and "待裁判长决定" in first.note
    pending = people(build_snapshot(venue))[w.reg(0)]
    assert pending["award"] is None and pending["award_pending"] is True  # not a bare null
    assert "跨越一等奖/二等奖界线" in pending["note"]

    results.record_tie_decision(venue, head, "职工组", (w.reg(0), w.reg(1)), "all_higher", "加试成绩相同，合议并列")
    rows = rows_of(venue, head)
    for i in (0, 1):
        assert rows[w.reg(i)].award == "一等奖"
        assert "原属二等奖 1 个的名额改授一等奖" in rows[w.reg(i)].note
        assert "理由：加试成绩相同，合议并列" in rows[w.reg(i)].note
    results.sign_off(venue, head, HEAD_PASSPHRASE)
    signed = results.latest_revision(venue)
    assert signed is not None and not schema_problems(signed.snapshot)
    line = people(signed.snapshot)[w.reg(1)]
    assert line["award_pending"] is False and "改授一等奖" in line["note"]


def test_wording_is_not_a_change_of_results(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                            tmp_path: Path) -> None:
    """A revision signed before the words existed (or with older wording) still equals the current results."""
    specs: list[Spec] = [("50", "30", 1200), ("50", "30", 1100), ("30", "20")]
    build(venue, head, staff, tmp_path, specs)
    results.sign_off(venue, head, HEAD_PASSPHRASE)
    with venue.unit_of_work() as s:
        row = s.scalars(select(ResultRevision)).one()
        old = dict(row.snapshot)
        old["contestants"] = [{k: v for k, v in c.items() if k not in WORDING_KEYS} for c in old["contestants"]]
        assert any(c["note"] for c in row.snapshot["contestants"])  # there were words to drop
        assert content_sha256(old) == content_sha256(row.snapshot)
        assert not schema_problems(old)  # the keys are optional: older packages stay valid
    assert not results.results(venue, head).changed_since_revision
    assert Decimal(people(build_snapshot(venue))[build_snapshot(venue)["contestants"][0]["reg_no"]]["total"]) > 0
