"""申诉与仲裁 on a real venue file: record, decide, late, permissions, the correction traced to the appeal."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from app.clock import now
from app.errors import NotFound, PermissionDenied, StateError, ValidationError
from app.roles import Actor
from app.services import appeals, audit_facts, draw, publication, results, roster, scoring
from db.models import APPEND_ONLY_TABLES
from db.venue_file import VenueFile
from tests.app.package.export_world import distinct, signed_venue
from tests.app.services.results_world import code_ids
from tests.conftest import HEAD_PASSPHRASE

PANEL = ["张仲裁", "李仲裁", "王仲裁"]


def _open_period(venue: VenueFile, head: Actor, hours_left: float = 48) -> publication.PublicationSettings:
    end = now() + timedelta(hours=hours_left)
    return publication.set_publication(venue, head, end - timedelta(days=3), end, "赛场办公室（实训楼 1 楼）",
                                       "赵老师 023-66668888")


def _code_of(venue: VenueFile, reg_no: str) -> str:
    return dict(draw.scoring_rows(venue))[code_ids(venue)[reg_no]]


def _award(snapshot: dict, reg_no: str) -> str | None:  # type: ignore[type-arg]
    return next(c["award"] for c in snapshot["contestants"] if c["reg_no"] == reg_no)


def test_upheld_appeal_changes_results_only_through_a_correction_naming_it(
        venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path) -> None:
    w = signed_venue(venue, head, staff, tmp_path, 6)
    _open_period(venue, head)
    rev1 = results.latest_revision(venue)
    assert rev1 is not None and _award(rev1.snapshot, w.reg(3)) == "三等奖"
    name = next(c["name"] for c in rev1.snapshot["contestants"] if c["reg_no"] == w.reg(3))
    a = appeals.record(venue, head, appeals.CONTESTANT, name, "模块 A 测量值抄录有误，申请复核",
                       concerns=w.reg(3), group="职工组")
    assert a.id == 1 and not a.late and a.open and a.status_text == "待仲裁"
    code = _code_of(venue, w.reg(3))
    with pytest.raises(StateError, match="尚未经仲裁组决定"):  # no correction before the panel has decided
        scoring.correct(venue, head, code, "A1", "60", "复核", appeal=a.id)
    decided = appeals.decide(venue, head, a.id, appeals.UPHELD, "复核录像，A1 实测 60 分", PANEL)
    assert decided.decision is not None and decided.decision.panel == tuple(PANEL)
    assert decided.awaiting_correction and "待更正" in decided.status_text
    # Nothing changed by the decision itself: the current results are still revision 1.
    assert not results.results(venue, head).changed_since_revision
    scoring.correct(venue, head, code, "A1", "60", "A1 实测 60 分", appeal=a.id)
    rev2 = results.correct_after_signoff(venue, head, HEAD_PASSPHRASE, "申诉复核更正")
    assert rev2.number == 2 and _award(rev2.snapshot, w.reg(3)) == "一等奖"
    entry = next(e for c in rev2.snapshot["contestants"] if c["reg_no"] == w.reg(3) for e in c["entries"]
                 if e["kind"] == "correction")
    assert entry["reason"].startswith("依申诉第 1 号仲裁决定：")
    after = appeals.appeal(venue, head, a.id)
    assert [(c.kind, c.target) for c in after.corrections] == [("score_entry", entry["id"]), ("revision", 2)]
    assert not after.awaiting_correction and "第 2 版" in after.status_text
    with venue.unit_of_work() as s:
        assert audit_facts.verify(s).ok  # every appeal fact is in the trail, row for row


def test_dismissed_appeal_cannot_change_results(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                tmp_path: Path) -> None:
    w = signed_venue(venue, head, staff, tmp_path, 4)
    _open_period(venue, head)
    code = _code_of(venue, w.reg(1))
    a = appeals.record(venue, head, appeals.BLIND_CODE, code, "认为评价分偏低")
    appeals.decide(venue, head, a.id, appeals.DISMISSED, "三名裁判评分一致，评分符合标准", PANEL)
    with pytest.raises(StateError, match="驳回"):
        scoring.correct(venue, head, code, "A1", "60", "复核", appeal=a.id)
    with pytest.raises(StateError, match="已有仲裁决定"):
        appeals.decide(venue, head, a.id, appeals.UPHELD, "改判", PANEL)
    scoring.correct(venue, head, code, "A1", "59", "复核发现录入错误")  # an ordinary 复核 correction
    with pytest.raises(StateError, match="驳回"):
        results.correct_after_signoff(venue, head, HEAD_PASSPHRASE, "复核", appeals=[a.id])
    assert results.latest_revision(venue).number == 1  # type: ignore[union-attr]  # nothing half-written
    view = appeals.appeal(venue, head, a.id)
    assert view.status_text == "驳回" and view.corrections == ()


def test_late_appeal_is_recorded_as_late(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                         tmp_path: Path) -> None:
    w = signed_venue(venue, head, staff, tmp_path, 3)
    settings = _open_period(venue, head, hours_left=-1)  # the period ended an hour ago
    code = _code_of(venue, w.reg(0))
    late = appeals.record(venue, head, appeals.BLIND_CODE, code, "对名次有异议")
    assert late.late and late.period_end == settings.end
    in_time = appeals.record(venue, head, appeals.TEAM_LEADER, "周领队", "对扣分有异议", lodger_unit="重庆某职校",
                             lodged_at=settings.end - timedelta(minutes=1))
    assert not in_time.late and in_time.lodger_text == "领队 周领队（重庆某职校）"


def test_only_the_head_judge_records_and_decides_and_panel_is_required(
        venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path) -> None:
    w = signed_venue(venue, head, staff, tmp_path, 3)
    code = _code_of(venue, w.reg(0))
    for who in ("J1", "checkin", "admin"):
        with pytest.raises(PermissionDenied):
            appeals.record(venue, staff[who], appeals.BLIND_CODE, code, "异议")
    a = appeals.record(venue, head, appeals.BLIND_CODE, code, "异议")
    assert not a.late and a.period_end is None  # no period set yet: nothing can be late
    for who in ("J1", "checkin", "admin"):
        with pytest.raises(PermissionDenied):
            appeals.decide(venue, staff[who], a.id, appeals.UPHELD, "理由", PANEL)
        with pytest.raises(PermissionDenied):
            appeals.list_appeals(venue, staff[who])
    with pytest.raises(ValidationError, match="仲裁组成员"):
        appeals.decide(venue, head, a.id, appeals.UPHELD, "理由", [" ", ""])
    with pytest.raises(ValidationError, match="重复"):
        appeals.decide(venue, head, a.id, appeals.UPHELD, "理由", ["张三", "张三"])
    with pytest.raises(ValidationError, match="仲裁理由"):
        appeals.decide(venue, head, a.id, appeals.UPHELD, "  ", PANEL)
    with pytest.raises(ValidationError, match="仲裁结果"):
        appeals.decide(venue, head, a.id, "maybe", "理由", PANEL)
    with pytest.raises(NotFound):
        appeals.decide(venue, head, 99, appeals.UPHELD, "理由", PANEL)
    with pytest.raises(ValidationError, match="早于"):
        appeals.decide(venue, head, a.id, appeals.UPHELD, "理由", PANEL, decided_at=a.lodged_at - timedelta(hours=1))
    # A judge may not make a correction in the name of an appeal, even one upheld.
    appeals.decide(venue, head, a.id, appeals.PARTLY_UPHELD, "部分采纳", PANEL)
    with pytest.raises(PermissionDenied):
        scoring.correct(venue, staff["J1"], code, "A1", "59", "复核", appeal=a.id)


def test_bad_input_is_refused_with_the_field_named(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                   tmp_path: Path) -> None:
    signed_venue(venue, head, staff, tmp_path, 3)
    with pytest.raises(NotFound, match="没有加密号"):
        appeals.record(venue, head, appeals.BLIND_CODE, "Z999", "异议")
    with pytest.raises(NotFound, match="名单中没有"):
        appeals.record(venue, head, appeals.CONTESTANT, "不存在的人", "异议")
    with pytest.raises(ValidationError) as err:
        appeals.record(venue, head, appeals.TEAM_LEADER, "周领队", " ")
    assert {p.column for p in err.value.problems} == {"申诉人单位", "申诉理由"}
    with pytest.raises(ValidationError, match="将来"):
        appeals.record(venue, head, appeals.TEAM_LEADER, "周领队", "异议", lodger_unit="某校",
                       lodged_at=now() + timedelta(days=1))
    with pytest.raises(ValidationError):
        publication.set_publication(venue, head, datetime(2026, 12, 3, 9), datetime(2026, 12, 1, 9), "办公室")
    assert appeals.list_appeals(venue, head) == []


def test_contestant_by_name_only_after_decryption(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                  tmp_path: Path) -> None:
    from tests.app.services.results_world import build

    w = build(venue, head, staff, tmp_path, distinct(3), decrypted=False)
    name = roster.list_contestants(venue)[0].name
    with pytest.raises(StateError, match="尚未解密"):
        appeals.record(venue, head, appeals.CONTESTANT, name, "异议")
    a = appeals.record(venue, head, appeals.BLIND_CODE, _code_of(venue, w.reg(0)), "异议")
    assert a.lodger_kind == "blind_code"


def test_appeal_tables_are_append_only_facts(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                             tmp_path: Path) -> None:
    w = signed_venue(venue, head, staff, tmp_path, 3)
    attached = tmp_path / "照片.jpg"
    attached.write_bytes(b"\xff\xd8 photo")
    att = appeals.attachment(attached)
    a = appeals.record(venue, head, appeals.BLIND_CODE, _code_of(venue, w.reg(0)), "异议", attachments=[att])
    assert a.attachments == (att,) and len(att.sha256) == 64 and att.size == 8
    appeals.decide(venue, head, a.id, appeals.UPHELD, "支持", PANEL)
    assert {"appeal", "appeal_decision", "appeal_correction"} <= set(APPEND_ONLY_TABLES)
    for table in ("appeal", "appeal_decision"):
        with pytest.raises(Exception, match="append-only"), venue.unit_of_work() as s:
            s.execute(text(f"UPDATE {table} SET recorded_by = 'x'"))
        with pytest.raises(Exception, match="append-only"), venue.unit_of_work() as s:
            s.execute(text(f"DELETE FROM {table}"))
    with venue.unit_of_work() as s:
        assert audit_facts.verify(s).ok
        s.execute(text("DROP TRIGGER appeal_decision_no_update"))
        s.execute(text("UPDATE appeal_decision SET outcome = 'dismissed'"))
    with venue.unit_of_work() as s:
        report = audit_facts.verify(s)
        assert not report.ok and "appeal_decision" in report.describe() and "outcome" in report.describe()
