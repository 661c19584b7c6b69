"""Lot drawing (抽签) use cases: the main draw, publication, late arrivals, station changes, 二次加密,
verification, and who may see which half of the name ↔ blind code mapping.

Records (all append-only):
- ``draw`` rows of kind ``main`` (the full input and result of rules.draw.run_draw), ``late`` (one late
  arrival, rules.draw.assign_late), ``second_code`` (rules.draw.second_codes for one module) and
  ``publish`` (the head judge announced the main draw; stations are then fixed);
- ``station_assignment``: a contestant's current station and blind code is their latest row at or after
  the first row of the current main draw (a re-draw, allowed only before anything built on it, supersedes
  the earlier draw's rows); a head-judge change after publication is a row with ``draw_id`` NULL and a reason.

Who sees what before decryption: the check-in desk knows name ↔ station; judges know station ↔ blind code
(door list, scoring rows); only the head judge knows name ↔ blind code (sealed envelope).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import now
from app.errors import NotFound, PermissionDenied, StateError, ValidationError
from app.i18n import tr
from app.item_settings import ItemSettings
from app.roles import Actor, Role, require
from app.rules import draw as rules
from app.services import audit, checkin, decrypt
from app.services.venue import SETTINGS_KEY
from db.models import (
    CompetitionGroup,
    Contestant,
    Draw,
    Module,
    SecondCode,
    Setting,
    StationAssignment,
    VenueInfo,
)
from db.venue_file import VenueFile

MAIN, LATE, SECOND_CODE, PUBLISH = "main", "late", "second_code", "publish"
SECOND_CODE_LENGTH = 4
DOOR_ROLES = (Role.JUDGE, Role.HEAD_JUDGE)  # station ↔ blind code, never names


@dataclass(frozen=True)
class DrawInfo:
    """The current main draw as screens show it (no assignments)."""

    draw_id: int
    algorithm: str
    seed_hex: str
    witness_values: tuple[str, ...]
    entrants: int
    stations: tuple[str, ...]
    actor: str
    at: datetime
    published: bool
    published_at: datetime | None
    redraw_reason: str | None
    late_count: int
    second_code_modules: tuple[str, ...]


@dataclass(frozen=True)
class StationRow:
    """Name ↔ station (what the check-in desk and the station plan show): no blind code."""

    station: str
    contestant_id: int
    reg_no: str
    name: str
    unit: str
    group: str


@dataclass(frozen=True)
class MappingRow:
    """Name ↔ blind code: head judge only until decryption."""

    station: str
    blind_code: str  # 加密号
    contestant_id: int
    reg_no: str
    name: str
    unit: str
    group: str
    second_codes: tuple[tuple[str, str], ...]  # (module code, 二次加密号)


@dataclass(frozen=True)
class DoorRow:
    station: str
    blind_code: str


@dataclass(frozen=True)
class LateResult:
    reg_no: str
    name: str
    station: str
    blind_code: str | None  # only for the head judge


@dataclass(frozen=True)
class DrawCheck:
    draw_id: int
    kind: str
    at: datetime
    ok: bool
    problems: tuple[str, ...]


@dataclass(frozen=True)
class VerifyReport:
    checks: tuple[DrawCheck, ...]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def lines(self) -> list[str]:
        kinds = {MAIN: tr("主抽签"), LATE: tr("迟到补签"), SECOND_CODE: tr("二次加密"), PUBLISH: tr("公布")}
        out = []
        for c in self.checks:
            head = tr("#{id} {kind}（{at}）：{verdict}").format(
                id=c.draw_id, kind=kinds.get(c.kind, c.kind), at=c.at.strftime("%Y-%m-%d %H:%M"),
                verdict=tr("一致") if c.ok else tr("不一致"))
            out.append(head)
            out += ["  - " + p for p in c.problems]
        return out


# ------------------------------------------------------------------------------------ queries


def main_draw(s: Session) -> Draw | None:
    return s.scalars(select(Draw).where(Draw.kind == MAIN).order_by(Draw.id.desc()).limit(1)).first()


def _draws_after(s: Session, main: Draw, kind: str) -> list[Draw]:
    return list(s.scalars(select(Draw).where(Draw.kind == kind, Draw.id > main.id).order_by(Draw.id)))


def is_published(s: Session) -> bool:
    main = main_draw(s)
    return main is not None and bool(_draws_after(s, main, PUBLISH))


def current_assignments(s: Session) -> dict[int, StationAssignment]:
    """contestant id → their current assignment row (see module docstring)."""
    main = main_draw(s)
    if main is None:
        return {}
    first = s.scalars(select(StationAssignment.id).where(StationAssignment.draw_id == main.id)
                      .order_by(StationAssignment.id).limit(1)).first()
    if first is None:
        return {}
    out: dict[int, StationAssignment] = {}
    for row in s.scalars(select(StationAssignment).where(StationAssignment.id >= first).order_by(StationAssignment.id)):
        out[row.contestant_id] = row
    return out


def current_stations(s: Session) -> dict[int, str]:
    return {cid: row.station for cid, row in current_assignments(s).items()}


def _settings(s: Session) -> ItemSettings:
    row = s.get(Setting, SETTINGS_KEY)
    return ItemSettings.from_json(row.value if row else {})


def _item_code(s: Session) -> str:
    info = s.get(VenueInfo, 1)
    if info is None:
        raise StateError(tr("赛场文件尚未设置项目信息"))
    return f"{info.item_no:02d}"


def _require_main(s: Session) -> Draw:
    main = main_draw(s)
    if main is None:
        raise StateError(tr("尚未抽签。请裁判长先在“抽签与加密”中输入见证值并抽签。"))
    return main


def _people(s: Session) -> dict[int, tuple[Contestant, str]]:
    groups = {g.id: g.name for g in s.scalars(select(CompetitionGroup))}
    return {c.id: (c, groups.get(c.group_id or -1, "")) for c in s.scalars(select(Contestant))}


def _mapping_allowed(s: Session, actor: Actor) -> bool:
    return actor.role == Role.HEAD_JUDGE or decrypt.is_decrypted(s)


# ------------------------------------------------------------------------------------ the main draw


def run_main_draw(venue: VenueFile, actor: Actor, witness_values: list[str], reason: str | None = None) -> DrawInfo:
    """Draw stations and blind codes for everyone checked in, from the witnesses' values (见证值).

    Once only: a re-draw needs the head judge's reason and is refused after publication or once late
    arrivals, station changes or 二次加密 have been built on the draw.
    """
    require(actor, Role.HEAD_JUDGE, action=tr("抽签"))
    with venue.unit_of_work() as s:
        previous = main_draw(s)
        reason = (reason or "").strip() or None
        if previous is not None:
            if reason is None:
                raise StateError(tr("已于 {at} 抽签。如确需重新抽签，须由裁判长填写原因。").format(
                    at=previous.at.strftime("%H:%M")))
            if s.scalars(select(Draw.id).where(Draw.id > previous.id)).first() is not None:
                raise StateError(tr("抽签结果已公布或已有迟到补签、二次加密，不能重新抽签；个别工位调整请用“更换工位”。"))
            if s.scalars(select(StationAssignment.id).where(StationAssignment.draw_id.is_(None))).first() is not None:
                raise StateError(tr("已有工位调整记录，不能重新抽签"))
        people = _people(s)
        entrants = sorted(people[cid][0].reg_no for cid in checkin.checked_in_ids(s))
        if not entrants:
            raise StateError(tr("还没有已检录的选手，不能抽签。请先完成检录。"))
        settings = _settings(s)
        # Default: one station per registered contestant, so late arrivals find the stations left free.
        stations = rules.default_stations(settings.station_count or len(people))
        inp = rules.DrawInput(_item_code(s), tuple(w.strip() for w in witness_values), tuple(entrants), stations,
                              settings.blind_code_length)
        result = rules.run_draw(inp)
        row = Draw(kind=MAIN, algorithm=result.algorithm, seed_hex=result.seed_hex, actor=actor.name, at=now(),
                   inputs={"item_code": inp.item_code, "witness_values": list(inp.witness_values),
                           "entrants": list(inp.entrants), "stations": list(inp.stations),
                           "code_length": inp.code_length, "redraw_of": previous.id if previous else None,
                           "reason": reason},
                   result={"assignments": [{"entrant": a.entrant, "station": a.station, "blind_code": a.blind_code}
                                           for a in result.assignments]})
        s.add(row)
        s.flush()
        by_reg = {c.reg_no: c for c, _ in people.values()}
        assigned = [StationAssignment(contestant_id=by_reg[a.entrant].id, station=a.station, blind_code=a.blind_code,
                                      draw_id=row.id, reason=None, actor=actor.name, at=row.at)
                    for a in result.assignments]
        s.add_all(assigned)
        # The readable part of the record holds the seed, not the mapping; the facts hold the rows as stored.
        audit.append_fact(s, actor, "draw.main", row, *assigned, draw_id=row.id, seed=result.seed_hex,
                          entrants=len(entrants), stations=len(stations), witness_values=list(inp.witness_values),
                          redraw_of=previous.id if previous else None, reason=reason)
        s.flush()
        return _info(s, row)


def _info(s: Session, main: Draw) -> DrawInfo:
    published = _draws_after(s, main, PUBLISH)
    seconds = _draws_after(s, main, SECOND_CODE)
    return DrawInfo(
        draw_id=main.id, algorithm=main.algorithm, seed_hex=main.seed_hex,
        witness_values=tuple(main.inputs["witness_values"]), entrants=len(main.inputs["entrants"]),
        stations=tuple(main.inputs["stations"]), actor=main.actor, at=main.at, published=bool(published),
        published_at=published[0].at if published else None, redraw_reason=main.inputs.get("reason"),
        late_count=len(_draws_after(s, main, LATE)),
        second_code_modules=tuple(d.inputs["module_code"] for d in seconds),
    )


def draw_info(venue: VenueFile) -> DrawInfo | None:
    with venue.unit_of_work() as s:
        main = main_draw(s)
        return _info(s, main) if main else None


def publish(venue: VenueFile, actor: Actor) -> DrawInfo:
    """Announce the draw: from now on a station changes only by the head judge with a reason."""
    require(actor, Role.HEAD_JUDGE, action=tr("公布抽签结果"))
    with venue.unit_of_work() as s:
        main = _require_main(s)
        if _draws_after(s, main, PUBLISH):
            raise StateError(tr("抽签结果已经公布"))
        pub = Draw(kind=PUBLISH, algorithm="-", inputs={"main_draw_id": main.id}, seed_hex=main.seed_hex,
                   result={}, actor=actor.name, at=now())
        s.add(pub)
        audit.append_fact(s, actor, "draw.publish", pub, draw_id=main.id)
        s.flush()
        return _info(s, main)


# ------------------------------------------------------------------------------------ after the draw


def assign_late_in(s: Session, actor: Actor, c: Contestant) -> StationAssignment:
    """The next free station and a fresh blind code for a late arrival, by rules.draw.assign_late."""
    main = _require_main(s)
    current = current_assignments(s)
    if c.id in current:
        raise StateError(tr("{name}（{reg}）已有工位 {st}").format(name=c.name, reg=c.reg_no, st=current[c.id].station))
    n = len(_draws_after(s, main, LATE)) + 1
    taken_stations = sorted({r.station for r in current.values()}, key=rules.station_order_key)
    taken_codes = sorted({r.blind_code for r in s.scalars(select(StationAssignment))})
    stations = list(main.inputs["stations"])
    code_length = int(main.inputs["code_length"])
    a = rules.assign_late(c.reg_no, taken_stations, stations, taken_codes, bytes.fromhex(main.seed_hex), n, code_length)
    row = Draw(kind=LATE, algorithm=rules.ALGORITHM_VERSION, seed_hex=main.seed_hex, actor=actor.name, at=now(),
               inputs={"main_draw_id": main.id, "entrant": c.reg_no, "n": n, "taken_stations": taken_stations,
                       "all_stations": stations, "taken_codes": taken_codes, "code_length": code_length},
               result={"entrant": a.entrant, "station": a.station, "blind_code": a.blind_code})
    s.add(row)
    s.flush()
    sa = StationAssignment(contestant_id=c.id, station=a.station, blind_code=a.blind_code, draw_id=row.id,
                           reason=None, actor=actor.name, at=row.at)
    s.add(sa)
    audit.append_fact(s, actor, "draw.late", row, sa, draw_id=row.id, reg_no=c.reg_no, n=n, station=a.station)
    s.flush()
    return sa


def assign_late(venue: VenueFile, actor: Actor, reg_no: str) -> LateResult:
    """A checked-in contestant without a station (arrived after the draw) gets the next free one."""
    require(actor, Role.CHECKIN, Role.HEAD_JUDGE, action=tr("迟到补签"))
    with venue.unit_of_work() as s:
        c = _by_reg(s, reg_no)
        if c.id not in checkin.checked_in_ids(s):
            raise StateError(tr("{name}（{reg}）尚未检录，请先检录").format(name=c.name, reg=c.reg_no))
        sa = assign_late_in(s, actor, c)
        return LateResult(c.reg_no, c.name, sa.station, sa.blind_code if actor.role == Role.HEAD_JUDGE else None)


def _by_reg(s: Session, reg_no: str) -> Contestant:
    c = s.scalars(select(Contestant).where(Contestant.reg_no == reg_no.strip())).first()
    if c is None:
        raise NotFound(tr("名单中没有报名号 {reg}").format(reg=reg_no), column=tr("报名号"), value=reg_no)
    return c


def change_station(venue: VenueFile, actor: Actor, reg_no: str, station: str, reason: str) -> StationRow:
    """Move a contestant to another free station (e.g. a broken machine); the blind code stays."""
    require(actor, Role.HEAD_JUDGE, action=tr("更换工位"))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(tr("更换工位须填写原因"), column=tr("原因"))
    with venue.unit_of_work() as s:
        main = _require_main(s)
        c = _by_reg(s, reg_no)
        current = current_assignments(s)
        if c.id not in current:
            raise StateError(tr("{name}（{reg}）还没有工位").format(name=c.name, reg=c.reg_no))
        station = station.strip()
        if station not in main.inputs["stations"]:
            raise ValidationError(tr("没有工位 {st}（本项目工位：{all}）").format(
                st=station, all="、".join(main.inputs["stations"])), column=tr("工位号"), value=station)
        holder = next((cid for cid, r in current.items() if r.station == station), None)
        if holder is not None:
            raise StateError(tr("工位 {st} 已有选手").format(st=station))
        old = current[c.id]
        moved = StationAssignment(contestant_id=c.id, station=station, blind_code=old.blind_code, draw_id=None,
                                  reason=reason, actor=actor.name, at=now())
        s.add(moved)
        audit.append_fact(s, actor, "draw.change_station", moved, reg_no=c.reg_no, to=station, reason=reason,
                          **{"from": old.station})
        return StationRow(station, c.id, c.reg_no, c.name, c.unit, _people(s)[c.id][1])


def issue_second_codes(venue: VenueFile, actor: Actor, module_code: str) -> int:
    """二次加密 for the work pieces of one module; returns how many codes were issued."""
    require(actor, Role.HEAD_JUDGE, action=tr("二次加密"))
    with venue.unit_of_work() as s:
        main = _require_main(s)
        module_code = module_code.strip()
        if s.scalars(select(Module).where(Module.code == module_code)).first() is None:
            known = "、".join(s.scalars(select(Module.code).order_by(Module.sort))) or tr("（尚未导入评分标准）")
            raise NotFound(tr("没有模块 {m}（现有模块：{known}）").format(m=module_code, known=known),
                           column=tr("模块"), value=module_code)
        if any(d.inputs["module_code"] == module_code for d in _draws_after(s, main, SECOND_CODE)):
            raise StateError(tr("模块 {m} 已经二次加密").format(m=module_code))
        current = current_assignments(s)
        blind = tuple(sorted(r.blind_code for r in current.values()))
        codes = rules.second_codes(bytes.fromhex(main.seed_hex), module_code, blind, SECOND_CODE_LENGTH)
        row = Draw(kind=SECOND_CODE, algorithm=rules.ALGORITHM_VERSION, seed_hex=main.seed_hex, actor=actor.name,
                   at=now(), inputs={"main_draw_id": main.id, "module_code": module_code, "blind_codes": list(blind),
                                     "length": SECOND_CODE_LENGTH},
                   result={"codes": codes})
        s.add(row)
        s.flush()
        by_code = {r.blind_code: cid for cid, r in current.items()}
        issued = [SecondCode(module_code=module_code, contestant_id=by_code[blind_code], code=code, draw_id=row.id)
                  for blind_code, code in codes.items()]
        s.add_all(issued)
        audit.append_fact(s, actor, "draw.second_codes", row, *issued, draw_id=row.id, module=module_code,
                          count=len(codes))
        return len(codes)


# ------------------------------------------------------------------------------------ who sees what


def station_plan(venue: VenueFile, actor: Actor) -> list[StationRow]:
    """Name ↔ station, in station order: for the desk and the station plan on the wall."""
    require(actor, *checkin.VIEW_ROLES, action=tr("查看工位安排"))
    with venue.unit_of_work() as s:
        people = _people(s)
        rows = [StationRow(r.station, cid, people[cid][0].reg_no, people[cid][0].name, people[cid][0].unit,
                           people[cid][1]) for cid, r in current_assignments(s).items()]
        return sorted(rows, key=lambda r: rules.station_order_key(r.station))


def all_stations(venue: VenueFile) -> tuple[str, ...]:
    with venue.unit_of_work() as s:
        main = main_draw(s)
        return tuple(main.inputs["stations"]) if main else ()


def mapping(venue: VenueFile, actor: Actor) -> list[MappingRow]:
    """Name ↔ blind code (the sealed envelope): the head judge only, everyone once decrypted."""
    with venue.unit_of_work() as s:
        if not _mapping_allowed(s, actor):
            raise PermissionDenied(tr("{who}无权查看选手与加密号对照：裁判长锁定成绩并解密之前，仅裁判长可查看。").format(
                who=actor.label))
        people = _people(s)
        seconds: dict[int, list[tuple[str, str]]] = {}
        for sc in s.scalars(select(SecondCode).order_by(SecondCode.module_code)):
            seconds.setdefault(sc.contestant_id, []).append((sc.module_code, sc.code))
        rows = [
            MappingRow(r.station, r.blind_code, cid, people[cid][0].reg_no, people[cid][0].name,
                       people[cid][0].unit, people[cid][1], tuple(seconds.get(cid, ())))
            for cid, r in current_assignments(s).items()
        ]
        return sorted(rows, key=lambda r: rules.station_order_key(r.station))


def door_list(venue: VenueFile, actor: Actor) -> list[DoorRow]:
    """Station ↔ blind code only.  Not for the check-in desk before decryption: the desk knows the names
    at each station, so both lists together would give the mapping away."""
    with venue.unit_of_work() as s:
        if actor.role not in DOOR_ROLES and not decrypt.is_decrypted(s):
            require(actor, *DOOR_ROLES, action=tr("查看工位与加密号对照"))
        rows = [DoorRow(r.station, r.blind_code) for r in current_assignments(s).values()]
        return sorted(rows, key=lambda r: rules.station_order_key(r.station))


def scoring_rows(venue: VenueFile) -> list[tuple[int, str, str]]:
    """(contestant id, blind code, station) for the scoring room — deliberately without names.

    The caller (a scoring service) checks its own actor's role; keep the contestant id internal to
    the services and show only the blind code on judges' screens and sheets.
    """
    with venue.unit_of_work() as s:
        rows = [(cid, r.blind_code, r.station) for cid, r in current_assignments(s).items()]
        return sorted(rows, key=lambda r: r[1])


def blind_code_of(venue: VenueFile, contestant_id: int) -> str | None:
    with venue.unit_of_work() as s:
        row = current_assignments(s).get(contestant_id)
        return row.blind_code if row else None


def contestant_of_blind_code(venue: VenueFile, blind_code: str) -> int | None:
    """The contestant id behind a blind code typed on a scoring screen (None if no such code)."""
    with venue.unit_of_work() as s:
        return next((cid for cid, r in current_assignments(s).items() if r.blind_code == blind_code.strip()), None)


def second_code_rows(venue: VenueFile, module_code: str) -> list[tuple[int, str, str]]:
    """(contestant id, blind code, second code) of one module, for the scoring room; no names."""
    with venue.unit_of_work() as s:
        current = current_assignments(s)
        rows = [(sc.contestant_id, current[sc.contestant_id].blind_code if sc.contestant_id in current else "", sc.code)
                for sc in s.scalars(select(SecondCode).where(SecondCode.module_code == module_code))]
        return sorted(rows, key=lambda r: r[2])


# ------------------------------------------------------------------------------------ verification


def _check_main(s: Session, d: Draw) -> list[str]:
    inp = rules.DrawInput(d.inputs["item_code"], tuple(d.inputs["witness_values"]), tuple(d.inputs["entrants"]),
                          tuple(d.inputs["stations"]), int(d.inputs.get("code_length", 3)))
    recorded = rules.DrawResult(d.algorithm, d.seed_hex, tuple(
        rules.Assignment(a["entrant"], a["station"], a["blind_code"]) for a in d.result["assignments"]))
    problems = rules.verify_draw(inp, recorded)
    expected = {a["entrant"]: (a["station"], a["blind_code"]) for a in d.result["assignments"]}
    problems += _check_rows(s, d, expected)
    return problems


def _check_rows(s: Session, d: Draw, expected: dict[str, tuple[str, str]]) -> list[str]:
    """The station_assignment rows a draw wrote must say what the draw record says."""
    problems = []
    reg = {cid: no for cid, no in s.execute(select(Contestant.id, Contestant.reg_no))}
    written = {reg.get(r.contestant_id, "?"): (r.station, r.blind_code)
               for r in s.scalars(select(StationAssignment).where(StationAssignment.draw_id == d.id))}
    for entrant in sorted(set(expected) | set(written)):
        if written.get(entrant) != expected.get(entrant):
            problems.append(tr("报名号 {e} 的工位分配记录与抽签记录不符").format(e=entrant))
    return problems


def _check_late(s: Session, d: Draw) -> list[str]:
    main = s.get(Draw, d.inputs["main_draw_id"])
    if main is None or main.seed_hex != d.seed_hex:
        return [tr("迟到补签记录的种子与主抽签不符")]
    i = d.inputs
    try:
        a = rules.assign_late(i["entrant"], i["taken_stations"], i["all_stations"], i["taken_codes"],
                              bytes.fromhex(d.seed_hex), int(i["n"]), i.get("code_length"))
    except ValidationError as err:
        return [tr("无法重算：{err}").format(err=err)]
    problems = []
    if (d.result.get("entrant"), d.result.get("station"), d.result.get("blind_code")) != (a.entrant, a.station,
                                                                                         a.blind_code):
        problems.append(tr("报名号 {e} 的迟到补签结果与重算不符").format(e=i["entrant"]))
    return problems + _check_rows(s, d, {a.entrant: (a.station, a.blind_code)})


def _check_second(s: Session, d: Draw) -> list[str]:
    main = s.get(Draw, d.inputs["main_draw_id"])
    if main is None or main.seed_hex != d.seed_hex:
        return [tr("二次加密记录的种子与主抽签不符")]
    module = d.inputs["module_code"]
    try:
        codes = rules.second_codes(bytes.fromhex(d.seed_hex), module, tuple(d.inputs["blind_codes"]),
                                   int(d.inputs["length"]))
    except ValidationError as err:
        return [tr("无法重算：{err}").format(err=err)]
    problems = []
    if codes != d.result.get("codes"):
        problems.append(tr("模块 {m} 的二次加密号与重算不符").format(m=module))
    written = {sc.code for sc in s.scalars(select(SecondCode).where(SecondCode.draw_id == d.id))}
    if written != set(codes.values()):
        problems.append(tr("模块 {m} 的二次加密记录与抽签记录不符").format(m=module))
    return problems


def verify_draws(venue: VenueFile, actor: Actor | None = None) -> VerifyReport:
    """Re-compute every draw from its record.  Details that would reveal a blind code are shown only to
    those who may see the mapping; others learn which record fails and how many differences it has."""
    checks = []
    with venue.unit_of_work() as s:
        reveal = actor is not None and _mapping_allowed(s, actor)
        for d in s.scalars(select(Draw).order_by(Draw.id)):
            problems: list[str]
            try:
                if d.kind == MAIN:
                    problems = _check_main(s, d)
                elif d.kind == LATE:
                    problems = _check_late(s, d)
                elif d.kind == SECOND_CODE:
                    problems = _check_second(s, d)
                elif d.kind == PUBLISH:
                    ref = s.get(Draw, d.inputs.get("main_draw_id"))
                    problems = [] if ref is not None and ref.kind == MAIN else [tr("公布记录指向的主抽签不存在")]
                else:
                    problems = [tr("未知的抽签记录类型 {k}").format(k=d.kind)]
            except (KeyError, TypeError, ValueError) as err:
                problems = [tr("抽签记录不完整或格式错误：{err}").format(err=err)]
            if problems and not reveal:
                problems = [tr("与重算结果有 {n} 处不一致（详情仅裁判长可见）").format(n=len(problems))]
            checks.append(DrawCheck(d.id, d.kind, d.at, not problems, tuple(problems)))
    return VerifyReport(tuple(checks))


def record_of(venue: VenueFile, actor: Actor) -> dict[str, Any]:
    """The main draw's full record (inputs, seed, result) for an auditor: head judge only before decryption."""
    with venue.unit_of_work() as s:
        main = _require_main(s)
        if not _mapping_allowed(s, actor):
            raise PermissionDenied(tr("{who}无权导出抽签结果：解密之前仅裁判长可导出。").format(who=actor.label))
        return {"algorithm": main.algorithm, "seed_hex": main.seed_hex, "inputs": main.inputs, "result": main.result}


def record_print(venue: VenueFile, actor: Actor, sheet: str, file_name: str, rows: int) -> None:
    """A printed copy is a fact worth keeping: especially the sealed-envelope mapping."""
    with venue.unit_of_work() as s:
        audit.append(s, actor, "sheets.print", {"sheet": sheet, "file": file_name, "rows": rows})
