"""The head judge's finalizing through the services: statuses, groups, quotas, tie decisions, revisions.

Worked examples of the issue (N = 6, 30, 31, 45, 100; ties at 1st/2nd, 3rd/优胜奖 and the last 优胜奖
place; a withdrawn contestant in the middle) on real venue files.  The pure ranking rules have their own
tests; these prove the wiring.
"""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from importlib.resources import files
from pathlib import Path

import pytest
from sqlalchemy import select

from app.clock import now
from app.errors import PermissionDenied, StateError, ValidationError
from app.roles import Actor
from app.services import audit, backup, results
from app.services import venue as venue_service
from app.services.audit import verify_chain
from app.services.results_snapshot import build_snapshot, content_sha256, sha256_of
from db.models import ExportRecord, ResultRevision
from db.venue_file import VenueFile
from tests.app.services.results_world import (
    ABSENT,
    WITHDREW,
    Spec,
    World,
    build,
    correct_a,
    deduct,
    tied_on_80,
)
from tests.conftest import HEAD_PASSPHRASE


def distinct(n: int, top: float = 99.0, step: float = 0.25) -> list[Spec]:
    """n contestants with different totals top, top-step, …: A = 60 %, B = 40 % of the total."""
    out: list[Spec] = []
    for i in range(n):
        t = Decimal(str(top)) - Decimal(str(step)) * i
        out.append((str(t * Decimal("0.6")), str(t * Decimal("0.4"))))
    return out


def world(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path, specs: list[Spec], **kw) -> World:  # type: ignore[no-untyped-def]
    return build(venue, head, staff, tmp_path, specs, **kw)


def rows_of(view: results.ResultsView, group: str = "职工组") -> list[results.ResultRow]:
    return list(next(g for g in view.groups if g.name == group).rows)


def awards(view: results.ResultsView, group: str = "职工组") -> dict[str, int]:
    out: dict[str, int] = {}
    for r in rows_of(view, group):
        if r.award:
            out[r.award] = out.get(r.award, 0) + 1
    return out


# ---------------------------------------------------------------------------- quotas by N


@pytest.mark.parametrize(
    ("n", "merit"),
    [(6, 0), (30, 0), (31, 9), (45, 13), (100, 30)],
)
def test_award_counts_for_n(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path,
                            n: int, merit: int) -> None:
    w = world(venue, head, staff, tmp_path, distinct(n))
    view = results.results(venue, head)
    g = next(g for g in view.groups if g.name == "职工组")
    assert (g.registered, g.competed, g.award_base_count) == (n, n, n)
    assert g.quota.merit == merit
    expected = {"一等奖": 1, "二等奖": 2, "三等奖": 3}
    if merit:
        expected["优胜奖"] = merit
    assert awards(view) == expected
    rows = rows_of(view)
    assert [r.rank for r in rows] == list(range(1, n + 1))
    assert rows[0].reg_no == w.reg(0) and rows[0].award == "一等奖"
    assert [r.award for r in rows[1:3]] == ["二等奖", "二等奖"]
    assert rows[6 + merit - 1].award == ("优胜奖" if merit else "三等奖")  # the last place of the quota
    if n > 6 + merit:
        assert rows[6 + merit].award is None  # the first place after the quota gets nothing
    assert all(r.passed for r in rows) and not view.open_ties


def test_base_registered_or_competed_is_a_setting(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                  tmp_path: Path) -> None:
    """31 registered, 1 absent: 30 competed → no 优胜奖; counted on the registered → floor(9.3) = 9."""
    world(venue, head, staff, tmp_path, [ABSENT, *distinct(30)])
    view = results.results(venue, head)
    g = view.groups[0]
    assert (g.registered, g.competed, g.award_base_count, g.quota.merit) == (31, 30, 30, 0)
    assert any("实际参赛人数" in v for _, v in view.settings)
    settings = venue_service.get_settings(venue)
    venue_service.update_settings(venue, head, replace(settings, award_base="registered"))
    view = results.results(venue, head)
    g = view.groups[0]
    assert (g.award_base_count, g.quota.merit) == (31, 9)
    assert awards(view)["优胜奖"] == 9
    assert any("报名人数" in v for _, v in view.settings)


# ---------------------------------------------------------------------------- statuses


def test_withdrawn_and_absent_are_listed_not_ranked(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                    tmp_path: Path) -> None:
    specs = distinct(6)
    specs.insert(3, WITHDREW)  # in the middle of the field
    specs.append(ABSENT)
    w = world(venue, head, staff, tmp_path, specs)
    rows = rows_of(results.results(venue, head))
    ranked = [r for r in rows if r.rank is not None]
    assert [r.rank for r in ranked] == [1, 2, 3, 4, 5, 6]  # no gap where the withdrawn one was
    assert [r.reg_no for r in ranked] == [w.reg(i) for i in (0, 1, 2, 4, 5, 6)]
    unranked = {r.reg_no: r for r in rows if r.rank is None}
    assert unranked[w.reg(3)].status_label == "弃权" and unranked[w.reg(3)].rank_text == "弃权"
    assert unranked[w.reg(7)].status_label == "缺考"
    assert all(r.award is None and not r.passed and r.total is None for r in unranked.values())
    assert rows[-2:] == list(unranked.values())  # listed after the ranked


def test_pass_line_and_award_requires_pass(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                           tmp_path: Path) -> None:
    specs: list[Spec] = [("50", "30"), ("45", "30"), ("40", "25"), ("36", "23.5"), ("30", "20"), ("20", "15")]
    world(venue, head, staff, tmp_path, specs)  # totals 80, 75, 65, 59.5, 50, 35
    rows = rows_of(results.results(venue, head))
    assert [r.total for r in rows] == [Decimal(x) for x in ("80.00", "75.00", "65.00", "59.50", "50.00", "35.00")]
    assert [r.passed for r in rows] == [True, True, True, False, False, False]
    assert [r.award for r in rows] == ["一等奖", "二等奖", "二等奖", None, None, None]
    settings = venue_service.get_settings(venue)
    venue_service.update_settings(venue, head, replace(settings, award_requires_pass=False))
    rows = rows_of(results.results(venue, head))
    assert [r.award for r in rows] == ["一等奖", "二等奖", "二等奖", "三等奖", "三等奖", "三等奖"]


def test_groups_are_ranked_separately(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                      tmp_path: Path) -> None:
    build(venue, head, staff, tmp_path, distinct(4), group="职工组", locked=False)
    build(venue, head, staff, tmp_path, distinct(3, top=90), group="学生组", seed=7)
    view = results.results(venue, head)
    assert [g.name for g in view.groups] == ["职工组", "学生组"]
    for g in view.groups:
        assert [r.rank for r in g.rows] == list(range(1, len(g.rows) + 1))
        assert g.rows[0].award == "一等奖"
        assert {r.group for r in g.rows} == {g.name}


def test_deductions_and_time_reach_the_row(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                           tmp_path: Path) -> None:
    w = world(venue, head, staff, tmp_path, [("50", "30", 1500), ("50", "30", 1400)], locked=False)
    deduct(venue, w.reg(0), Decimal("2"), "未戴手套", module="A")
    from tests.app.services.results_world import decrypt, lock

    lock(venue, head)
    decrypt.decrypt(venue, head, passphrase=HEAD_PASSPHRASE)
    rows = rows_of(results.results(venue, head))
    assert [(r.reg_no, r.total) for r in rows] == [(w.reg(1), Decimal("80.00")), (w.reg(0), Decimal("78.00"))]
    assert rows[1].deductions == Decimal(2) and rows[1].score("A") == Decimal("48.00")
    assert rows[0].time_text == "23:20"


# ---------------------------------------------------------------------------- visibility


def test_names_only_after_lock_and_decrypt(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                           tmp_path: Path) -> None:
    from tests.app.services.results_world import decrypt, lock

    world(venue, head, staff, tmp_path, distinct(3), locked=False)
    view = results.results(venue, head)
    assert not view.locked and not view.names_visible and "未锁定" in view.stage
    # before decryption the results know blind codes only: no group (it would narrow a code down to a few
    # people), so one provisional list without awards
    assert view.blind and [g.name for g in view.groups] == [""] and "不分组别" in view.stage
    blind_rows = rows_of(view, "")
    assert all(r.name == "" and r.unit == "" and r.station is None and r.blind_code and r.reg_no == r.blind_code
               and r.award is None for r in blind_rows)
    assert [r.rank for r in blind_rows] == [1, 2, 3]
    lock(venue, head)
    view = results.results(venue, head)
    assert view.locked and not view.decrypted and all(r.name == "" for r in rows_of(view, ""))
    with pytest.raises(StateError, match="尚未解密"):
        results.record_tie_decision(venue, head, "", [r.reg_no for r in rows_of(view, "")][:2], "all_higher", "x")
    decrypt.decrypt(venue, head, passphrase=HEAD_PASSPHRASE)
    view = results.results(venue, head)
    assert view.names_visible and all(r.name and r.unit for r in rows_of(view))
    for role in ("J1", "checkin", "admin"):
        with pytest.raises(PermissionDenied):
            results.results(venue, staff[role])


# ---------------------------------------------------------------------------- ties


def test_tie_at_first_second_is_shown_and_decided_with_a_reason(venue: VenueFile, head: Actor,
                                                                staff: dict[str, Actor], tmp_path: Path) -> None:
    specs = distinct(6, top=90)
    specs[0] = specs[1] = ("54", "36")  # both 90.00 with equal modules and no time: a true tie for 1st
    w = world(venue, head, staff, tmp_path, specs)
    view = results.results(venue, head)
    rows = rows_of(view)
    assert [r.rank for r in rows[:3]] == [1, 1, 3]
    assert rows[0].shared and rows[0].rank_text == "1（并列）"
    assert rows[0].award is None and rows[0].open_tie  # never resolved silently
    (tie,) = view.open_ties
    assert set(tie.contestants) == {w.reg(0), w.reg(1)} and tie.awards == ("一等奖", "二等奖")
    assert "并列" in tie.description and "一等奖/二等奖" in tie.description
    with pytest.raises(StateError, match="尚未裁定"):
        results.sign_off(venue, head, HEAD_PASSPHRASE)
    with pytest.raises(ValidationError):
        results.record_tie_decision(venue, head, "职工组", tie.contestants, "all_higher", "  ")
    with pytest.raises(PermissionDenied):
        results.record_tie_decision(venue, staff["J1"], "职工组", tie.contestants, "all_higher", "理由")
    d = results.record_tie_decision(venue, head, "职工组", tie.contestants, "all_higher",
                                    "总分与各模块分均相同，经裁判组合议并列一等奖")
    view = results.results(venue, head)
    rows = rows_of(view)
    assert [r.award for r in rows[:3]] == ["一等奖", "一等奖", "二等奖"] and rows[0].decided
    assert not view.open_ties and view.groups[0].ties[0].decision_id == d.id
    assert "并列一等奖" in (view.groups[0].ties[0].decision_text or "")
    with pytest.raises(StateError, match="已有裁定"):
        results.record_tie_decision(venue, head, "职工组", tie.contestants, "all_higher", "再来一次")
    # Withdrawing it re-opens the tie; the old row stays on record.
    results.revoke_tie_decision(venue, head, d.id, "理由写错")
    assert len(results.results(venue, head).open_ties) == 1
    with venue.unit_of_work() as s:
        assert verify_chain(s).ok


def test_tie_broken_by_module_order_then_time(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                              tmp_path: Path) -> None:
    w = tied_on_80(venue, head, staff, tmp_path)
    rows = rows_of(results.results(venue, head))
    # all three with 80: B decides first (40 beats 30), then less time (1100 s beats 1200 s)
    assert [r.reg_no for r in rows[:3]] == [w.reg(1), w.reg(2), w.reg(0)]
    assert [r.rank for r in rows] == [1, 2, 3, 4] and not any(r.shared for r in rows)


def test_tie_at_third_and_merit_boundary_order_decision(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                        tmp_path: Path) -> None:
    specs = distinct(31)
    specs[5] = specs[6] = ("58.5", "39")  # places 6 and 7 share 97.50: 三等奖 / 优胜奖
    w = world(venue, head, staff, tmp_path, specs)
    view = results.results(venue, head)
    (tie,) = view.open_ties
    assert tie.rank == 6 and tie.awards == ("三等奖", "优胜奖")
    order = (w.reg(6), w.reg(5))
    with pytest.raises(ValidationError):
        results.record_tie_decision(venue, head, "职工组", tie.contestants, "order", "加赛", order=(w.reg(6),))
    results.record_tie_decision(venue, head, "职工组", tie.contestants, "order",
                                "加试一项心肺复苏，按加试成绩排序", order=order)
    by_reg = {r.reg_no: r for r in rows_of(results.results(venue, head))}
    assert by_reg[w.reg(6)].award == "三等奖" and by_reg[w.reg(5)].award == "优胜奖"
    assert (by_reg[w.reg(6)].rank, by_reg[w.reg(5)].rank) == (6, 7)  # the ordering decision ends the tie
    assert not by_reg[w.reg(6)].shared and by_reg[w.reg(6)].decided
    assert awards(results.results(venue, head)) == {"一等奖": 1, "二等奖": 2, "三等奖": 3, "优胜奖": 9}


def test_tie_at_the_last_merit_place(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                     tmp_path: Path) -> None:
    specs = distinct(31)
    specs[14] = specs[15] = ("57.15", "38.1")  # places 15 and 16 share 95.25: the last 优胜奖 / none
    w = world(venue, head, staff, tmp_path, specs)
    (tie,) = results.results(venue, head).open_ties
    assert tie.rank == 15 and tie.awards == ("优胜奖", None)
    assert "无奖项" in tie.description
    results.record_tie_decision(venue, head, "职工组", tie.contestants, "all_higher",
                                "同分同模块分，均授优胜奖（未超过 30% 限额精神，报组委会备案）")
    by_reg = {r.reg_no: r for r in rows_of(results.results(venue, head))}
    assert by_reg[w.reg(14)].award == by_reg[w.reg(15)].award == "优胜奖"
    assert by_reg[w.reg(16)].award is None


def test_tie_inside_one_award_needs_no_decision(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                tmp_path: Path) -> None:
    specs = distinct(6)
    specs[1] = specs[2] = ("59.25", "39.5")  # places 2 and 3 share 98.75: both 二等奖 anyway
    world(venue, head, staff, tmp_path, specs)
    view = results.results(venue, head)
    rows = rows_of(view)
    assert [r.rank for r in rows[:4]] == [1, 2, 2, 4] and rows[1].shared and rows[2].shared
    assert [r.award for r in rows[1:3]] == ["二等奖", "二等奖"] and not view.open_ties


# ---------------------------------------------------------------------------- sign-off and revisions


def test_sign_off_revisions_and_export_marker(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                              tmp_path: Path) -> None:
    w = world(venue, head, staff, tmp_path, distinct(6))
    assert results.latest_revision(venue) is None and not results.changed_since_last_export(venue)
    with pytest.raises(ValidationError, match="口令"):
        results.sign_off(venue, head, "not-the-passphrase-1")  # signing needs the head judge's passphrase
    assert results.latest_revision(venue) is None
    with pytest.raises(PermissionDenied):
        results.sign_off(venue, staff["J1"], HEAD_PASSPHRASE)
    rev1 = results.sign_off(venue, head, HEAD_PASSPHRASE)
    assert rev1.number == 1 and rev1.reason is None and rev1.signed_by == "钱莉"
    assert rev1.snapshot["revision"]["number"] == 1 and rev1.snapshot["revision"]["previous_sha256"] is None
    assert rev1.snapshot_sha256 == sha256_of(rev1.snapshot)
    assert any(b.reason == "after-signoff" for b in backup.list_backups(venue.path))
    view = results.results(venue, head)
    assert view.revision is not None and view.revision.number == 1 and not view.changed_since_revision
    assert results.signed_state(venue, head) == (view.revision, False)  # the export's check says the same
    assert view.changed_since_export  # signed but never exported
    with pytest.raises(StateError, match="第 1 版"):
        results.sign_off(venue, head, HEAD_PASSPHRASE)
    with pytest.raises(StateError, match="相同"):
        results.correct_after_signoff(venue, head, HEAD_PASSPHRASE, "复核")

    # The package room exports revision 1.
    with venue.unit_of_work() as s:  # the row (and its audit record) as the package service writes them
        exported = ExportRecord(revision=1, file_name="31-results-r1.zip", sha256="0" * 64,
                                snapshot_sha256=rev1.snapshot_sha256, actor="钱莉", at=now())
        s.add(exported)
        audit.append_fact(s, head, "test.export_recorded", exported)
    assert not results.changed_since_last_export(venue)

    # 复核: the 3rd place's A1 is corrected up; the ranking changes.
    correct_a(venue, head, w.reg(2), Decimal("60"), "复核：A1 测量值录入错误")
    view = results.results(venue, head)
    assert view.changed_since_revision and view.changed_since_export and "尚未生成新版本" in view.stage
    assert results.signed_state(venue, head) == (view.revision, True)
    assert rows_of(view)[0].reg_no == w.reg(2)
    with pytest.raises(ValidationError):
        results.correct_after_signoff(venue, head, HEAD_PASSPHRASE, " ")
    rev2 = results.correct_after_signoff(venue, head, HEAD_PASSPHRASE, "复核更正选手 A1 测量分")
    assert rev2.number == 2 and rev2.reason == "复核更正选手 A1 测量分"
    assert results.signed_state(venue, head) == (results.latest_revision(venue), False)
    assert rev2.snapshot["revision"]["previous_sha256"] == rev1.snapshot_sha256
    assert [r.number for r in results.revisions(venue)] == [1, 2]
    old = results.revision(venue, 1).snapshot
    assert next(c for c in old["contestants"] if c["rank"] == 1)["reg_no"] == w.reg(0)  # revision 1 unchanged
    assert next(c for c in rev2.snapshot["contestants"] if c["rank"] == 1)["reg_no"] == w.reg(2)
    assert results.changed_since_last_export(venue)  # revision 2 not exported yet
    with venue.unit_of_work() as s:
        rows = list(s.scalars(select(ResultRevision)))
        assert len(rows) == 2 and verify_chain(s).ok


def test_sign_off_needs_lock_and_decrypt(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                         tmp_path: Path) -> None:
    world(venue, head, staff, tmp_path, distinct(3), locked=False)
    with pytest.raises(StateError, match="锁定"):
        results.sign_off(venue, head, HEAD_PASSPHRASE)


# ---------------------------------------------------------------------------- snapshot


def test_snapshot_shape_and_points_as_text(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                           tmp_path: Path) -> None:
    specs = distinct(5)
    specs.insert(2, WITHDREW)
    w = world(venue, head, staff, tmp_path, specs)
    snap = build_snapshot(venue)
    assert snap["format_version"] == 1 and snap["exported_at"] is None and snap["revision"] is None
    assert snap["item"]["no"] == 31 and snap["head_judge"] == "钱莉"
    assert [m["code"] for m in snap["scheme"]["modules"]] == ["A", "B"]
    # 5 competed: only as many prizes as contestants, best first
    assert snap["groups"][0]["quota"] == {"first": 1, "second": 2, "third": 2, "merit": 0}
    first = next(c for c in snap["contestants"] if c["reg_no"] == w.reg(0))
    assert first["total"] == "99.00" and first["rank"] == 1 and first["award"] == "一等奖" and first["passed"]
    assert len(first["id_number"]) == 18 and first["blind_code"] and first["station"]
    assert all(isinstance(m["score"], str) for m in first["modules"])
    assert {e["kind"] for e in first["entries"]} == {"entry"} and len(first["entries"]) == 5
    gone = next(c for c in snap["contestants"] if c["reg_no"] == w.reg(2))
    assert gone["status"] == "withdrew" and gone["total"] is None and gone["rank"] is None
    assert len(snap["audit"]["head"]) == 64
    text = json.dumps(snap, ensure_ascii=False)
    assert "float" not in text and content_sha256(snap) == content_sha256(build_snapshot(venue))
    schema_file = files("resources").joinpath("schemas/results.schema.json")
    if schema_file.is_file():
        jsonschema = pytest.importorskip("jsonschema")
        rev = results.sign_off(venue, head, HEAD_PASSPHRASE)
        jsonschema.validate(rev.snapshot, json.loads(schema_file.read_text(encoding="utf-8")))
        jsonschema.validate(build_snapshot(venue), json.loads(schema_file.read_text(encoding="utf-8")))
