"""Check-in desk (检录) use cases: look a person up by ID number or 报名号, record attendance, undo, count.

Attendance is the ``checkin_event`` log (append-only): a contestant's status is their latest event.
An undo is a new event back to ``registered`` carrying the reason, so nothing is ever erased.
What the desk may see: name, unit, group, masked ID and the station (工位号) — never the blind code
(加密号); that stays with the head judge until decryption (see app/services/draw.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import now
from app.errors import NotFound, StateError, ValidationError
from app.i18n import tr
from app.roles import Actor, Role, require
from app.rules import eligibility, idcard, text_policy
from app.services import audit, draw, draw_records, roster
from app.services.checkin_state import DESK_ROLES, VIEW_ROLES, Attendance, attendance_of
from app.vocab import (  # REGISTERED: what an undo returns to
    ABSENT,
    CHECKED_IN,
    REGISTERED,
    WITHDREW,
    status_label,
)
from db.models import CheckinEvent, CompetitionGroup, Contestant
from db.venue_file import VenueFile


@dataclass(frozen=True)
class CheckinCard:
    """What the desk shows for one person in the queue."""

    contestant_id: int
    reg_no: str
    name: str
    gender: str
    unit: str
    group: str
    id_masked: str
    flags: tuple[eligibility.Flag, ...]
    flag_text: str
    status: str
    status_at: datetime | None
    status_by: str | None
    status_reason: str | None
    station: str | None  # 工位号, once drawn
    late_entry: bool  # added by the head judge after check-in had started
    drawn: bool = False  # the main draw has been made (so a missing station is not "not drawn yet")

    @property
    def status_text(self) -> str:
        text = status_label(self.status)
        if self.status != REGISTERED and self.status_at is not None:
            text += tr("（{time}，{who}）").format(time=self.status_at.strftime("%H:%M"), who=self.status_by or "")
        return text

    @property
    def station_text(self) -> str:
        """The station, or in words why there is none: absent/withdrawn people get no station at the draw."""
        if self.station:
            return self.station
        if self.status in (ABSENT, WITHDREW):
            return tr("无（{status}）").format(status=status_label(self.status))
        if not self.drawn:
            return tr("（尚未抽签）")
        return tr("（检录后分配）")

    @property
    def has_problem(self) -> bool:
        return any(f.severity in (eligibility.ERROR, eligibility.DECISION) for f in self.flags)


@dataclass(frozen=True)
class GroupCounts:
    group: str  # "" for an item without groups; "合计" row is built by the caller
    registered: int
    checked_in: int
    absent: int
    withdrew: int

    @property
    def waiting(self) -> int:
        return self.registered - self.checked_in - self.absent - self.withdrew


# ------------------------------------------------------------------------------------ queries


def normalise(text: str) -> str:
    """What a scanner or a hurried hand typed → the stored form (no spaces, upper-case X)."""
    return "".join(text.split()).upper()


def _find(s: Session, text: str) -> Contestant:
    key = normalise(text)
    if not key:
        raise ValidationError(tr("请扫描或输入身份证号或报名号"), column=tr("身份证号/报名号"))
    found = s.scalars(select(Contestant).where((Contestant.id_number == key) | (Contestant.reg_no == key))).first()
    if found is None and key.isdigit() and len(key) < 18:
        found = _by_number(s, key)
    if found is None:
        shown = idcard.mask_id_number(key) if len(key) == 18 else key
        raise NotFound(
            tr("名单中没有身份证号或报名号为 {text} 的选手，不能检录。请核对证件；"
               "如确属补报，须由裁判长在“选手名单”中添加并填写补报原因。").format(text=shown),
            value=shown,
        )
    return found


def _by_number(s: Session, key: str) -> Contestant | None:
    """A 报名号 typed without its leading zeros (``1002`` for ``01002``, item 01): the one all-digit 报名号 with
    the same number.  Two such (``01002`` and ``001002``, hand-entered) are refused by name, never guessed."""
    same = [(cid, reg) for cid, reg in s.execute(select(Contestant.id, Contestant.reg_no))
            if reg.isdigit() and int(reg) == int(key)]
    if len(same) > 1:
        raise ValidationError(tr("报名号 {key} 不唯一：名单中有 {regs}。请输入完整的报名号（含开头的 0）。").format(
            key=key, regs="、".join(sorted(reg for _cid, reg in same))), column=tr("报名号"), value=key)
    return s.get(Contestant, same[0][0]) if same else None


def _contestant(s: Session, contestant_id: int) -> Contestant:
    c = s.get(Contestant, contestant_id)
    if c is None:
        raise NotFound(tr("找不到该选手（编号 {id}）").format(id=contestant_id))
    return c


def _card(s: Session, c: Contestant, att: Attendance | None = None, stations: dict[int, str] | None = None,
          drawn: bool | None = None, view: roster.ContestantView | None = None) -> CheckinCard:
    """``c``'s card; what the caller already knows (attendance, stations, whether drawn, the roster view) is
    not read again (a scan must cost a handful of statements, not re-read the list)."""
    if view is None:
        view = roster.contestant_view(s, c)
    if att is None:
        att = attendance_of(s, [c.id]).get(c.id, Attendance(REGISTERED))
    if drawn is None:
        drawn = draw_records.main_draw_id(s) is not None
    if stations is None:  # one person: read by index, not every station of the item (none before the draw)
        station = draw_records.station_of(s, c.id) if drawn else None
        stations = {c.id: station} if station is not None else {}
    return CheckinCard(
        contestant_id=c.id, reg_no=c.reg_no, name=c.name, gender=c.gender, unit=c.unit, group=view.group,
        id_masked=view.id_masked, flags=view.flags, flag_text=view.flag_text, status=att.status,
        status_at=att.at, status_by=att.by, status_reason=att.reason, station=stations.get(c.id),
        late_entry=c.late_entry_reason is not None, drawn=drawn,
    )


def _recorded(ev: CheckinEvent) -> Attendance:
    """The attendance an event just written gives (what ``attendance_of`` reads back after the commit)."""
    return Attendance(ev.status, ev.at, ev.actor, ev.reason)


# ------------------------------------------------------------------------------------ actions


def lookup(venue: VenueFile, actor: Actor, text: str) -> CheckinCard:
    """The person behind a scanned or typed ID number / 报名号; refused clearly if not on the roster."""
    require(actor, *VIEW_ROLES, action=tr("查询检录信息"))
    with venue.unit_of_work() as s:
        return _card(s, _find(s, text))


def _record(s: Session, actor: Actor, c: Contestant, status: str, reason: str | None) -> Attendance:
    ev = CheckinEvent(contestant_id=c.id, status=status, reason=reason, actor=actor.name, at=now())
    s.add(ev)
    audit.append_fact(s, actor, f"checkin.{status}", ev, reg_no=c.reg_no, name=c.name, reason=reason)
    return _recorded(ev)


def _current(s: Session, c: Contestant) -> Attendance:
    return attendance_of(s, [c.id]).get(c.id, Attendance(REGISTERED))


def _refuse_unless_waiting(c: Contestant, att: Attendance) -> None:
    if att.status != REGISTERED:
        raise StateError(
            tr("{name}（{reg}）已是“{status}”（{time}，{who}）。如登记有误，请先撤销并填写原因。").format(
                name=c.name, reg=c.reg_no, status=status_label(att.status),
                time=att.at.strftime("%H:%M") if att.at else "", who=att.by or "")
        )


def check_in(venue: VenueFile, actor: Actor, contestant_id: int) -> CheckinCard:
    """已检录: identity checked at the desk.  After the draw, a late arrival gets the next free station."""
    require(actor, *DESK_ROLES, action=tr("检录"))
    with venue.unit_of_work() as s:
        c = _contestant(s, contestant_id)
        _refuse_unless_waiting(c, _current(s, c))
        att = _record(s, actor, c, CHECKED_IN, None)
        drawn = draw_records.main_draw_id(s) is not None
        if drawn and draw_records.station_of(s, c.id) is None:
            draw.assign_late_in(s, actor, c)
        return _card(s, c, att, drawn=drawn)


def mark_absent(venue: VenueFile, actor: Actor, contestant_id: int, note: str | None = None) -> CheckinCard:
    """缺考: did not come.  Listed on the results, never ranked."""
    require(actor, *DESK_ROLES, action=tr("登记缺考"))
    with venue.unit_of_work() as s:
        c = _contestant(s, contestant_id)
        _refuse_unless_waiting(c, _current(s, c))
        att = _record(s, actor, c, ABSENT, text_policy.clean_optional(note, text_policy.REASON, tr("备注")))
        return _card(s, c, att)


def mark_withdrew(venue: VenueFile, actor: Actor, contestant_id: int, note: str | None = None) -> CheckinCard:
    """弃权: came (or not) and gave up; possible also after check-in."""
    require(actor, *DESK_ROLES, action=tr("登记弃权"))
    with venue.unit_of_work() as s:
        c = _contestant(s, contestant_id)
        att = _current(s, c)
        if att.status not in (REGISTERED, CHECKED_IN):
            _refuse_unless_waiting(c, att)
        att = _record(s, actor, c, WITHDREW, text_policy.clean_optional(note, text_policy.REASON, tr("备注")))
        return _card(s, c, att)


def undo(venue: VenueFile, actor: Actor, contestant_id: int, reason: str) -> CheckinCard:
    """Back to 未检录, with a reason.  Once a checked-in contestant holds a station, only the head judge may."""
    require(actor, *DESK_ROLES, action=tr("撤销检录状态"))
    reason = text_policy.clean(reason, text_policy.REASON, tr("撤销原因"))
    if not reason:
        raise ValidationError(tr("撤销须填写原因"), column=tr("撤销原因"))
    with venue.unit_of_work() as s:
        c = _contestant(s, contestant_id)
        att = _current(s, c)
        if att.status == REGISTERED:
            raise StateError(tr("{name}（{reg}）尚未登记任何状态，无需撤销").format(name=c.name, reg=c.reg_no))
        if att.status == CHECKED_IN and draw_records.station_of(s, c.id) is not None and actor.role != Role.HEAD_JUDGE:
            raise StateError(tr("{name} 已抽得工位，撤销其检录须由裁判长办理").format(name=c.name))
        ev = CheckinEvent(contestant_id=c.id, status=REGISTERED, reason=reason, actor=actor.name, at=now())
        s.add(ev)
        audit.append_fact(s, actor, "checkin.undo", ev, reg_no=c.reg_no, name=c.name, reason=reason, **{"from": att.status})
        return _card(s, c, _recorded(ev))


def list_cards(venue: VenueFile, actor: Actor) -> list[CheckinCard]:
    """Everyone on the roster with their attendance and station, for the desk's table and printouts."""
    require(actor, *VIEW_ROLES, action=tr("查看检录名单"))
    with venue.unit_of_work() as s:
        att = attendance_of(s)
        stations = draw.current_stations(s)
        drawn = draw.main_draw(s) is not None
        return [
            _card(s, c, att.get(c.id, Attendance(REGISTERED)), stations, drawn, view)
            for c, view in roster.contestants_with_views(s)
        ]


def counts(venue: VenueFile) -> list[GroupCounts]:
    """Registered / checked in / absent / withdrew per group, in the item's group order (no names)."""
    with venue.unit_of_work() as s:
        att = attendance_of(s)
        groups = list(s.scalars(select(CompetitionGroup).order_by(CompetitionGroup.sort)))
        names = {g.id: g.name for g in groups}
        tally: dict[str, list[int]] = {g.name: [0, 0, 0, 0] for g in groups}
        for cid, gid in s.execute(select(Contestant.id, Contestant.group_id)):
            row = tally.setdefault(names.get(gid or -1, ""), [0, 0, 0, 0])
            row[0] += 1
            status = att.get(cid, Attendance(REGISTERED)).status
            if status in (CHECKED_IN, ABSENT, WITHDREW):
                row[(CHECKED_IN, ABSENT, WITHDREW).index(status) + 1] += 1
        return [GroupCounts(name, *row) for name, row in tally.items()]


def counts_after(rows: list[GroupCounts], group: str, before: str, after: str) -> list[GroupCounts]:
    """``rows`` (from ``counts``) once one person of ``group`` went from status ``before`` to ``after``.

    The desk's page updates its progress table with this after each scan instead of counting the whole
    roster again; it gives what ``counts`` gives read afterwards (tests/ui/test_checkin_page.py).
    """
    fields: dict[str, str] = {CHECKED_IN: "checked_in", ABSENT: "absent", WITHDREW: "withdrew"}  # GroupCounts fields
    out = []
    for r in rows:
        if r.group == group:
            values = {f: getattr(r, f) for f in fields.values()}
            if before in fields:
                values[fields[before]] -= 1
            if after in fields:
                values[fields[after]] += 1
            r = GroupCounts(r.group, r.registered, **values)
        out.append(r)
    return out


def total(rows: list[GroupCounts]) -> GroupCounts:
    return GroupCounts(tr("合计"), sum(r.registered for r in rows), sum(r.checked_in for r in rows),
                       sum(r.absent for r in rows), sum(r.withdrew for r in rows))
