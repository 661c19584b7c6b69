"""Lot drawing (抽签) use cases: the main draw, publication, late arrivals, station changes, 二次加密, and
who may see which half of the name ↔ blind code mapping.

Records (all append-only):
- ``draw`` rows of kind ``main`` (the public input, the seed and the stations; for ``vs-draw-2`` the
  commitment to the blind-code secret and the sealed codes), ``late`` (one late arrival: station in the
  clear, code sealed), ``second_code`` (二次加密 of one module, sealed) and ``publish``;
- ``station_assignment``: name ↔ station (public); a contestant's current station is their latest row at or
  after the first row of the current main draw; a head-judge change after publication has ``draw_id`` NULL;
- ``blind_code``: the scoring room's list of codes, in code order, without holders (app/services/blind.py).

Who sees what before decryption: the check-in desk knows name ↔ station; judges know blind codes (and
second codes), never stations or names; only the head judge, with the vault's passphrase, opens name ↔
blind code (sealed envelope) and station ↔ blind code (door list).  The software keeps both halves apart
and the file holds the mapping only sealed (app/services/draw_seal.py, docs/security.md).
Files from before schema 0003 hold ``vs-draw-1`` draws: their mapping is in the clear and stays so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.clock import now
from app.errors import NotFound, PermissionDenied, StateError, ValidationError
from app.i18n import tr
from app.roles import Actor, Role, require
from app.rules import draw as rules
from app.rules import sealed_draw
from app.services import audit, blind, checkin_state, draw_records, draw_seal, vault
from app.services.draw_records import (
    LATE,
    MAIN,
    PUBLISH,
    SECOND_CODE,
    current_assignments,
    current_stations,
    draws_after,
    main_draw,
)
from app.services.draw_verify import DrawCheck, VerifyReport, verify_draws
from db.models import (
    BlindCode,
    CompetitionGroup,
    Contestant,
    Deduction,
    Disqualification,
    Draw,
    Module,
    ScoreEntry,
    SecondCode,
    StationAssignment,
    TimeRecord,
)
from db.venue_file import VenueFile

__all__ = [
    "LATE", "MAIN", "PUBLISH", "SECOND_CODE", "DrawCheck", "DrawInfo", "VerifyReport", "current_assignments",
    "current_stations", "main_draw", "verify_draws",
]

SECOND_CODE_LENGTH = 4
Unlocked = vault.Unlocked


@dataclass(frozen=True)
class DrawInfo:
    """The current main draw as screens and the published sheet show it (no blind codes)."""

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
    commitment: str | None = None  # vs-draw-2: commitment to the blind-code secret (printed, audited)
    late_commitments: tuple[tuple[int, str, str, str], ...] = ()  # (n, 报名号, station, commitment)
    second_commitments: tuple[tuple[str, str], ...] = ()  # (module, commitment)
    sealed: bool = False  # the mapping exists only sealed (vs-draw-2, not yet decrypted)
    decrypted: bool = False  # the mapping is public
    pending_late: int = 0  # late arrivals' codes not yet released to the scoring room

    @property
    def algorithm_text(self) -> str:
        """The algorithm in words, with its version id for anyone checking against docs/draw-algorithm.md."""
        if self.algorithm == rules.ALGORITHM_VERSION:
            words = tr("可复现抽签：工位和加密号都由种子算出")
        else:
            words = tr("承诺—揭示抽签：工位公开，加密号密封到解密时揭示")
        return tr("{words}（算法版本 {v}）").format(words=words, v=self.algorithm)

    @property
    def seed_text(self) -> str:
        """The seed as people read it aloud and compare it: groups of four, upper case."""
        hex_ = self.seed_hex.upper()
        return " ".join(hex_[i:i + 4] for i in range(0, len(hex_), 4))

    @property
    def is_legacy(self) -> bool:
        return self.algorithm == rules.ALGORITHM_VERSION

    def record(self) -> list[tuple[str, str]]:
        """The public draw record as shown and printed (label, value): anyone can re-compute the stations
        from it, and hold the decryption to the commitments (docs/draw-algorithm.md)."""
        rows = [
            (tr("抽签算法"), self.algorithm),
            (tr("见证值"), "、".join(self.witness_values)),
            (tr("种子"), self.seed_hex),
            (tr("抽签人"), self.actor),
            (tr("抽签时间"), self.at.strftime("%Y-%m-%d %H:%M:%S")),
        ]
        if self.commitment:
            rows.append((tr("加密号承诺值"), self.commitment))
        rows += [(tr("迟到补签 {n}（{reg}，工位 {st}）承诺值").format(n=n, reg=reg, st=st), c)
                 for n, reg, st, c in self.late_commitments]
        rows += [(tr("模块 {m} 二次加密承诺值").format(m=m), c) for m, c in self.second_commitments]
        if self.is_legacy:
            rows.append((tr("说明"), tr("旧版抽签（vs-draw-1）：加密号可由公开数据重算，未密封")))
        return rows


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
    """Name ↔ blind code (the sealed envelope): head judge with the passphrase, everyone after decryption."""

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
    blind_code: str | None  # only for an unsealed legacy draw and the head judge; a sealed code is never shown


# ------------------------------------------------------------------------------------ queries


def is_published(s: Session) -> bool:
    main = main_draw(s)
    return main is not None and bool(draws_after(s, main, PUBLISH))


def _people(s: Session) -> dict[int, tuple[Contestant, str]]:
    groups = {g.id: g.name for g in s.scalars(select(CompetitionGroup))}
    return {c.id: (c, groups.get(c.group_id or -1, "")) for c in s.scalars(select(Contestant))}


def _mapping_open(s: Session) -> bool:
    """Whether the mapping is public now: after decryption (an unsealed legacy draw too)."""
    return draw_records.is_decrypted(s)


def is_sealed_now(venue: VenueFile) -> bool:
    """Whether opening the mapping needs the head judge's passphrase (a vs-draw-2 draw, not yet decrypted)."""
    with venue.unit_of_work() as s:
        main = main_draw(s)
        return main is not None and draw_records.is_sealed(main) and not draw_records.is_decrypted(s)


# ------------------------------------------------------------------------------------ the main draw


def _scored(s: Session, main: Draw) -> bool:
    codes = select(BlindCode.id).where(BlindCode.draw_id == main.id)
    return any(s.scalars(select(t.id).where(t.blind_code_id.in_(codes)).limit(1)).first() is not None
               for t in (ScoreEntry, Deduction, Disqualification, TimeRecord))


def run_main_draw(venue: VenueFile, actor: Actor, witness_values: list[str], reason: str | None = None) -> DrawInfo:
    """Draw stations and blind codes for everyone checked in, from the witnesses' values (见证值).

    ``vs-draw-2``: the stations follow from the public input alone (as before); the blind codes also mix in a
    fresh secret, of which only the commitment is recorded in the clear; the secret and the codes are sealed
    to the head judge's vault (which must exist).  Once only: a re-draw needs the head judge's reason and is
    refused after publication or once anything (late arrivals, station changes, 二次加密, scores) was built on it.
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
            if _scored(s, previous):
                raise StateError(tr("已按本次抽签的加密号录入分数，不能重新抽签"))
        people = _people(s)
        entrants = sorted(people[cid][0].reg_no for cid in checkin_state.checked_in_ids(s))
        if not entrants:
            raise StateError(tr("还没有已检录的选手，不能抽签。请先完成检录。"))
        settings = draw_records.settings(s)
        # Default: one station per registered contestant, so late arrivals find the stations left free.
        stations = rules.default_stations(settings.station_count or len(people))
        inp = rules.DrawInput(draw_records.item_code(s), tuple(w.strip() for w in witness_values), tuple(entrants),
                              stations, settings.blind_code_length)
        secret = draw_seal.fresh_secret()
        result = sealed_draw.run_draw(inp, secret)  # validates the input first
        codes = {a.entrant: a.blind_code for a in result.assignments}
        commitment, sealed = draw_seal.seal(s, result.seed_hex, sealed_draw.BLIND, secret, codes=codes)
        del secret, codes  # nothing below writes them
        row = Draw(kind=MAIN, algorithm=result.algorithm, seed_hex=result.seed_hex, actor=actor.name, at=now(),
                   inputs={"item_code": inp.item_code, "witness_values": list(inp.witness_values),
                           "entrants": list(inp.entrants), "stations": list(inp.stations),
                           "code_length": inp.code_length, "redraw_of": previous.id if previous else None,
                           "reason": reason},
                   result={"stations": [{"entrant": a.entrant, "station": a.station} for a in result.assignments]},
                   commitment=commitment, sealed=sealed)
        s.add(row)
        s.flush()
        by_reg = {c.reg_no: c for c, _ in people.values()}
        placed = []
        for a in result.assignments:  # sorted 报名号 order (public: name ↔ station)
            sa = StationAssignment(contestant_id=by_reg[a.entrant].id, station=a.station, blind_code=None,
                                   draw_id=row.id, reason=None, actor=actor.name, at=row.at)
            s.add(sa)
            placed.append(sa)
        # The scoring room's list: in code order, never in roster or station order (that would pair them).
        listed = [BlindCode(draw_id=row.id, code=a.blind_code, origin=blind.MAIN)
                  for a in sorted(result.assignments, key=lambda a: (len(a.blind_code), a.blind_code))]
        s.add_all(listed)
        # The record holds the rows as stored: the draw (public input, stations, commitment, sealed blob),
        # name ↔ station, and the list of codes in code order — which pairs nobody with a code.
        audit.append_fact(s, actor, "draw.main", row, *placed, *listed, draw_id=row.id, seed=result.seed_hex,
                          entrants=len(entrants), stations=len(stations), witness_values=list(inp.witness_values),
                          commitment=commitment, redraw_of=previous.id if previous else None, reason=reason)
        return _info(s, row)


def _info(s: Session, main: Draw) -> DrawInfo:
    published = draws_after(s, main, PUBLISH)
    seconds = draws_after(s, main, SECOND_CODE)
    lates = draws_after(s, main, LATE)
    return DrawInfo(
        draw_id=main.id, algorithm=main.algorithm, seed_hex=main.seed_hex,
        witness_values=tuple(main.inputs.get("witness_values", ())), entrants=len(main.inputs.get("entrants", ())),
        stations=tuple(main.inputs.get("stations", ())), actor=main.actor, at=main.at, published=bool(published),
        published_at=published[0].at if published else None, redraw_reason=main.inputs.get("reason"),
        late_count=len(lates), second_code_modules=tuple(d.inputs["module_code"] for d in seconds),
        commitment=main.commitment,
        late_commitments=tuple((int(d.inputs["n"]), str(d.inputs["entrant"]), str(d.result.get("station", "")),
                                d.commitment) for d in lates if d.commitment),
        second_commitments=tuple((str(d.inputs["module_code"]), d.commitment) for d in seconds if d.commitment),
        sealed=draw_records.is_sealed(main) and not draw_records.is_decrypted(s),
        decrypted=draw_records.is_decrypted(s),
        pending_late=blind.pending_late(s),
    )


def draw_info(venue: VenueFile) -> DrawInfo | None:
    with venue.unit_of_work() as s:
        main = main_draw(s)
        return _info(s, main) if main else None


def publish(venue: VenueFile, actor: Actor) -> DrawInfo:
    """Announce the draw: from now on a station changes only by the head judge with a reason."""
    require(actor, Role.HEAD_JUDGE, action=tr("公布抽签结果"))
    with venue.unit_of_work() as s:
        main = draw_records.require_main(s)
        if draws_after(s, main, PUBLISH):
            raise StateError(tr("抽签结果已经公布"))
        row = Draw(kind=PUBLISH, algorithm="-", inputs={"main_draw_id": main.id}, seed_hex=main.seed_hex,
                   result={}, actor=actor.name, at=now())
        s.add(row)
        s.flush()
        audit.append_fact(s, actor, "draw.publish", row, draw_id=main.id)
        return _info(s, main)


# ------------------------------------------------------------------------------------ after the draw


def assign_late_in(s: Session, actor: Actor, c: Contestant) -> StationAssignment:
    """The next free station (public rule) and a blind code for a late arrival.

    Sealed draw: a fresh secret is drawn and sealed with its commitment; the code itself is computed when
    the head judge opens the draw (it must avoid earlier late arrivals' codes, which the desk cannot open),
    so nobody at the desk ever sees it.  Legacy (vs-draw-1) draw: as before, in the clear.
    """
    main = draw_records.require_main(s)
    current = current_assignments(s)
    if c.id in current:
        raise StateError(tr("{name}（{reg}）已有工位 {st}").format(name=c.name, reg=c.reg_no, st=current[c.id].station))
    n = len(draws_after(s, main, LATE)) + 1
    taken_stations = sorted({r.station for r in current.values()}, key=rules.station_order_key)
    stations = list(main.inputs["stations"])
    code_length = int(main.inputs["code_length"])
    if not draw_records.is_sealed(main):
        return _assign_late_legacy(s, actor, c, main, n, taken_stations, stations, code_length)
    station = rules.late_station(c.reg_no, taken_stations, stations, n)
    secret = draw_seal.fresh_secret()
    commitment, sealed = draw_seal.seal(s, main.seed_hex, sealed_draw.late_stage(n), secret, entrant=c.reg_no)
    del secret
    row = Draw(kind=LATE, algorithm=sealed_draw.ALGORITHM_VERSION, seed_hex=main.seed_hex, actor=actor.name,
               at=now(), inputs={"main_draw_id": main.id, "entrant": c.reg_no, "n": n, "taken_stations": taken_stations,
                                 "all_stations": stations, "code_length": code_length},
               result={"entrant": c.reg_no, "station": station}, commitment=commitment, sealed=sealed)
    s.add(row)
    s.flush()
    sa = StationAssignment(contestant_id=c.id, station=station, blind_code=None, draw_id=row.id, reason=None,
                           actor=actor.name, at=row.at)
    s.add(sa)
    s.flush()
    audit.append_fact(s, actor, "draw.late", row, sa, draw_id=row.id, reg_no=c.reg_no, n=n, station=station,
                      commitment=commitment)
    return sa


def _assign_late_legacy(s: Session, actor: Actor, c: Contestant, main: Draw, n: int, taken_stations: list[str],
                        stations: list[str], code_length: int) -> StationAssignment:
    taken_codes = sorted({r.blind_code for r in s.scalars(select(StationAssignment)) if r.blind_code})
    a = rules.assign_late(c.reg_no, taken_stations, stations, taken_codes, bytes.fromhex(main.seed_hex), n, code_length)
    row = Draw(kind=LATE, algorithm=rules.ALGORITHM_VERSION, seed_hex=main.seed_hex, actor=actor.name, at=now(),
               inputs={"main_draw_id": main.id, "entrant": c.reg_no, "n": n, "taken_stations": taken_stations,
                       "all_stations": stations, "taken_codes": taken_codes, "code_length": code_length},
               result={"entrant": a.entrant, "station": a.station, "blind_code": a.blind_code})
    s.add(row)
    s.flush()
    sa = StationAssignment(contestant_id=c.id, station=a.station, blind_code=a.blind_code, draw_id=row.id,
                           reason=None, actor=actor.name, at=row.at)
    bc = BlindCode(draw_id=main.id, code=a.blind_code, origin=blind.LEGACY)
    s.add_all([sa, bc])
    s.flush()
    audit.append_fact(s, actor, "draw.late", row, sa, bc, draw_id=row.id, reg_no=c.reg_no, n=n, station=a.station)
    return sa


def assign_late(venue: VenueFile, actor: Actor, reg_no: str) -> LateResult:
    """A checked-in contestant without a station (arrived after the draw) gets the next free one."""
    require(actor, Role.CHECKIN, Role.HEAD_JUDGE, action=tr("迟到补签"))
    with venue.unit_of_work() as s:
        c = _by_reg(s, reg_no)
        if c.id not in checkin_state.checked_in_ids(s):
            raise StateError(tr("{name}（{reg}）尚未检录，请先检录").format(name=c.name, reg=c.reg_no))
        sa = assign_late_in(s, actor, c)
        shown = sa.blind_code if actor.role == Role.HEAD_JUDGE else None
        return LateResult(c.reg_no, c.name, sa.station, shown)


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
        main = draw_records.require_main(s)
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
        sa = StationAssignment(contestant_id=c.id, station=station, blind_code=old.blind_code, draw_id=None,
                               reason=reason, actor=actor.name, at=now())
        s.add(sa)
        s.flush()
        audit.append_fact(s, actor, "draw.change_station", sa, reg_no=c.reg_no, to=station, reason=reason,
                          **{"from": old.station})
        return StationRow(station, c.id, c.reg_no, c.name, c.unit, _people(s)[c.id][1])


def issue_second_codes(venue: VenueFile, actor: Actor, module_code: str) -> int:
    """二次加密 for the work pieces of one module; returns how many codes were issued.

    Sealed like the blind codes: a fresh secret, its commitment in the clear, the codes sealed.  No passphrase
    is needed (the scoring room's list of blind codes is public), but every late arrival's code must have
    been released first, or their work piece would get no second code.
    """
    require(actor, Role.HEAD_JUDGE, action=tr("二次加密"))
    with venue.unit_of_work() as s:
        main = draw_records.require_main(s)
        module_code = module_code.strip()
        if s.scalars(select(Module).where(Module.code == module_code)).first() is None:
            known = "、".join(s.scalars(select(Module.code).order_by(Module.sort))) or tr("（尚未导入评分标准）")
            raise NotFound(tr("没有模块 {m}（现有模块：{known}）").format(m=module_code, known=known),
                           column=tr("模块"), value=module_code)
        if any(d.inputs["module_code"] == module_code for d in draws_after(s, main, SECOND_CODE)):
            raise StateError(tr("模块 {m} 已经二次加密").format(m=module_code))
        if not draw_records.is_sealed(main):
            return _second_codes_legacy(s, actor, main, module_code)
        if (pending := blind.pending_late(s)):
            raise StateError(tr("还有 {n} 位迟到选手的加密号未发给评分组：请裁判长先在“抽签与加密”页输入口令打开对照表。")
                             .format(n=pending))
        codes_list = tuple(sorted(bc.code for bc in blind.current_codes(s)))
        secret = draw_seal.fresh_secret()
        codes = sealed_draw.second_codes(bytes.fromhex(main.seed_hex), module_code, codes_list, secret,
                                         SECOND_CODE_LENGTH)
        commitment, sealed = draw_seal.seal(s, main.seed_hex, sealed_draw.second_stage(module_code), secret,
                                            codes=codes)
        count = len(codes)
        del secret, codes
        row = Draw(kind=SECOND_CODE, algorithm=sealed_draw.ALGORITHM_VERSION, seed_hex=main.seed_hex,
                   actor=actor.name, at=now(), inputs={"main_draw_id": main.id, "module_code": module_code,
                                                       "blind_codes": list(codes_list), "length": SECOND_CODE_LENGTH},
                   result={"count": count}, commitment=commitment, sealed=sealed)
        s.add(row)
        s.flush()
        audit.append_fact(s, actor, "draw.second_codes", row, draw_id=row.id, module=module_code, count=count,
                          commitment=commitment)
        return count


def _second_codes_legacy(s: Session, actor: Actor, main: Draw, module_code: str) -> int:
    current = current_assignments(s)
    blind_codes = tuple(sorted(r.blind_code for r in current.values() if r.blind_code))
    codes = rules.second_codes(bytes.fromhex(main.seed_hex), module_code, blind_codes, SECOND_CODE_LENGTH)
    row = Draw(kind=SECOND_CODE, algorithm=rules.ALGORITHM_VERSION, seed_hex=main.seed_hex, actor=actor.name,
               at=now(), inputs={"main_draw_id": main.id, "module_code": module_code, "blind_codes": list(blind_codes),
                                 "length": SECOND_CODE_LENGTH},
               result={"codes": codes})
    s.add(row)
    s.flush()
    by_code = {r.blind_code: cid for cid, r in current.items()}
    added = [SecondCode(module_code=module_code, contestant_id=by_code[blind_code], code=code, draw_id=row.id)
             for blind_code, code in codes.items()]
    s.add_all(added)
    audit.append_fact(s, actor, "draw.second_codes", row, *added, draw_id=row.id, module=module_code,
                      count=len(codes))
    return len(codes)


# ------------------------------------------------------------------------------------ who sees what


def station_plan(venue: VenueFile, actor: Actor) -> list[StationRow]:
    """Name ↔ station, in station order: for the desk and the station plan on the wall."""
    require(actor, *checkin_state.VIEW_ROLES, action=tr("查看工位安排"))
    with venue.unit_of_work() as s:
        people = _people(s)
        rows = [StationRow(r.station, cid, people[cid][0].reg_no, people[cid][0].name, people[cid][0].unit,
                           people[cid][1]) for cid, r in current_assignments(s).items()]
        return sorted(rows, key=lambda r: rules.station_order_key(r.station))


def all_stations(venue: VenueFile) -> tuple[str, ...]:
    with venue.unit_of_work() as s:
        main = main_draw(s)
        return tuple(main.inputs["stations"]) if main else ()


def _codebook_for(s: Session, actor: Actor, unlocked: Unlocked | None, what: str) -> draw_seal.CodeBook:
    """The mapping, if this caller may have it: everyone after decryption; before it the head judge only, and
    for a sealed draw only with the vault opened by the passphrase."""
    if not _mapping_open(s) and actor.role != Role.HEAD_JUDGE:
        raise PermissionDenied(tr("{who}无权查看{what}：裁判长锁定成绩并解密之前，仅裁判长可查看。").format(
            who=actor.label, what=what))
    book = draw_seal.codebook(s, unlocked if actor.role == Role.HEAD_JUDGE else None)
    if book is None:
        raise PermissionDenied(tr("{what}是密封的：请裁判长输入口令打开。").format(what=what))
    return book


def mapping(venue: VenueFile, actor: Actor, unlocked: Unlocked | None = None) -> list[MappingRow]:
    """Name ↔ blind code (the sealed envelope), in station order.  Nothing is written (see ``open_envelope``)."""
    with venue.unit_of_work() as s:
        book = _codebook_for(s, actor, unlocked, tr("选手与加密号对照"))
        people = _people(s)
        rows = []
        for cid, a in current_assignments(s).items():
            c, group = people[cid]
            code = book.codes.get(c.reg_no, "")
            rows.append(MappingRow(a.station, code, cid, c.reg_no, c.name, c.unit, group,
                                   tuple(sorted(book.seconds.get(code, {}).items()))))
        return sorted(rows, key=lambda r: rules.station_order_key(r.station))


def open_envelope(venue: VenueFile, actor: Actor, unlocked: Unlocked) -> list[MappingRow]:
    """The head judge opens the sealed envelope with the vault: late arrivals' codes still waiting are
    released to the scoring room at this moment (together, in code order), then the mapping is returned."""
    require(actor, Role.HEAD_JUDGE, action=tr("打开加密号对照表"))
    release_late_codes(venue, actor, unlocked)
    return mapping(venue, actor, unlocked)


def release_late_codes(venue: VenueFile, actor: Actor, unlocked: Unlocked) -> list[str]:
    """Give the scoring room the codes of late arrivals (opened with the vault); returns the new codes."""
    require(actor, Role.HEAD_JUDGE, action=tr("发放迟到选手加密号"))
    with venue.unit_of_work() as s:
        return draw_seal.release_late_codes(s, actor, unlocked)


def door_list(venue: VenueFile, actor: Actor, unlocked: Unlocked | None = None) -> list[DoorRow]:
    """Station ↔ blind code, printed by the head judge and posted at the stations.  Before decryption the
    software shows it to nobody else: the desk knows the names at each station, judges must not know stations."""
    with venue.unit_of_work() as s:
        book = _codebook_for(s, actor, unlocked, tr("工位与加密号对照"))
        reg = dict(s.execute(select(Contestant.id, Contestant.reg_no)).all())
        rows = [DoorRow(a.station, book.codes.get(reg[cid], "")) for cid, a in current_assignments(s).items()]
        return sorted(rows, key=lambda r: rules.station_order_key(r.station))


def scoring_rows(venue: VenueFile) -> list[tuple[int, str]]:
    """(blind code id, blind code) of the codes the scoring room works with — no names, no stations."""
    with venue.unit_of_work() as s:
        return sorted(((bc.id, bc.code) for bc in blind.current_codes(s)), key=lambda r: r[1])


def blind_code_of(venue: VenueFile, contestant_id: int) -> str | None:
    """A contestant's blind code once the mapping is open (decrypted or legacy); None while sealed."""
    with venue.unit_of_work() as s:
        holders = blind.holders(s)
        if not holders:
            return None
        codes = {bc.id: bc.code for bc in blind.current_codes(s)}
        return next((codes[b] for b, cid in holders.items() if cid == contestant_id), None)


def record_of(venue: VenueFile, actor: Actor) -> dict[str, Any]:
    """The main draw's record for an auditor.  A sealed draw's record holds no code (public); a legacy record
    does, so it is the head judge's until decryption."""
    with venue.unit_of_work() as s:
        main = draw_records.require_main(s)
        if not draw_records.is_sealed(main) and not _mapping_open(s) and actor.role != Role.HEAD_JUDGE:
            raise PermissionDenied(tr("{who}无权导出抽签结果：解密之前仅裁判长可导出。").format(who=actor.label))
        return {"algorithm": main.algorithm, "seed_hex": main.seed_hex, "inputs": main.inputs, "result": main.result,
                "commitment": main.commitment}


def record_print(venue: VenueFile, actor: Actor, sheet: str, file_name: str, rows: int) -> None:
    """A printed copy is a fact worth keeping: especially the sealed-envelope mapping."""
    with venue.unit_of_work() as s:
        audit.append(s, actor, "sheets.print", {"sheet": sheet, "file": file_name, "rows": rows})


def count_codes(venue: VenueFile) -> int:
    with venue.unit_of_work() as s:
        main = main_draw(s)
        if main is None:
            return 0
        return int(s.scalar(select(func.count(BlindCode.id)).where(BlindCode.draw_id == main.id)) or 0)
