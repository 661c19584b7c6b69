"""核对抽签记录: re-compute every draw record from what was recorded and say where it differs.

- ``vs-draw-2`` (sealed): before decryption, the seed and the stations (public input) and that each
  commitment is the one in the audit trail; after decryption also that each revealed secret opens its
  commitment and gives exactly the codes revealed and used by the scoring room.
- ``vs-draw-1`` (files from before schema 0003): the whole draw, codes included, as before; details that
  would show a blind code are for the head judge until decryption.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import tr
from app.roles import Actor, Role
from app.rules import draw as rules
from app.rules import sealed_draw
from app.services import draw_records, draw_seal
from app.services.draw_records import LATE, MAIN, PUBLISH, SECOND_CODE
from db.models import AuditRecord, BlindCode, Contestant, Draw, DrawReveal, SecondCode, StationAssignment
from db.venue_file import VenueFile

AUDIT_ACTION = {MAIN: "draw.main", LATE: "draw.late", SECOND_CODE: "draw.second_codes"}


@dataclass(frozen=True)
class DrawCheck:
    draw_id: int
    kind: str
    at: datetime
    ok: bool
    problems: tuple[str, ...]
    note: str = ""  # e.g. "codes sealed: checked at decryption"


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
            out.append(head + (f"（{c.note}）" if c.note else ""))
            out += ["  - " + p for p in c.problems]
        return out


class _Ctx:
    """What every check needs, read once."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.reg = dict(s.execute(select(Contestant.id, Contestant.reg_no)).all())
        self.reveals = {r.draw_id: r for r in s.scalars(select(DrawReveal))}
        self.decrypted = draw_records.is_decrypted(s)
        self.audit: dict[tuple[str, int], AuditRecord] = {}
        for rec in s.scalars(select(AuditRecord).where(AuditRecord.action.in_(list(AUDIT_ACTION.values())))
                             .order_by(AuditRecord.seq)):
            if isinstance(rec.data, dict) and "draw_id" in rec.data:
                self.audit.setdefault((rec.action, int(rec.data["draw_id"])), rec)


# ------------------------------------------------------------------------------------ vs-draw-1 (legacy)


def _rows_of(c: _Ctx, d: Draw) -> dict[str, tuple[str, str | None]]:
    return {c.reg.get(r.contestant_id, "?"): (r.station, r.blind_code)
            for r in c.s.scalars(select(StationAssignment).where(StationAssignment.draw_id == d.id))}


def _check_rows(c: _Ctx, d: Draw, expected: dict[str, tuple[str, str | None]]) -> list[str]:
    """The station_assignment rows a draw wrote must say what the draw record says."""
    written = _rows_of(c, d)
    return [tr("报名号 {e} 的工位分配记录与抽签记录不符").format(e=e)
            for e in sorted(set(expected) | set(written)) if written.get(e) != expected.get(e)]


def _legacy_main(c: _Ctx, d: Draw) -> list[str]:
    recorded = rules.DrawResult(d.algorithm, d.seed_hex, tuple(
        rules.Assignment(a["entrant"], a["station"], a["blind_code"]) for a in d.result["assignments"]))
    problems = rules.verify_draw(draw_seal.main_input(d), recorded)
    return problems + _check_rows(c, d, {a["entrant"]: (a["station"], a["blind_code"]) for a in d.result["assignments"]})


def _legacy_late(c: _Ctx, d: Draw) -> list[str]:
    main = c.s.get(Draw, d.inputs["main_draw_id"])
    if main is None or main.seed_hex != d.seed_hex:
        return [tr("迟到补签记录的种子与主抽签不符")]
    i = d.inputs
    try:
        a = rules.assign_late(i["entrant"], i["taken_stations"], i["all_stations"], i["taken_codes"],
                              bytes.fromhex(d.seed_hex), int(i["n"]), i.get("code_length"))
    except ValidationError as err:
        return [tr("无法重算：{err}").format(err=err)]
    problems = []
    if (d.result.get("entrant"), d.result.get("station"), d.result.get("blind_code")) != (
            a.entrant, a.station, a.blind_code):
        problems.append(tr("报名号 {e} 的迟到补签结果与重算不符").format(e=i["entrant"]))
    return problems + _check_rows(c, d, {a.entrant: (a.station, a.blind_code)})


def _legacy_second(c: _Ctx, d: Draw) -> list[str]:
    main = c.s.get(Draw, d.inputs["main_draw_id"])
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
    written = {sc.code for sc in c.s.scalars(select(SecondCode).where(SecondCode.draw_id == d.id))}
    if written != set(codes.values()):
        problems.append(tr("模块 {m} 的二次加密记录与抽签记录不符").format(m=module))
    return problems


# ------------------------------------------------------------------------------------ vs-draw-2 (sealed)


def _commitment_problems(c: _Ctx, d: Draw) -> list[str]:
    """The commitment must be in the record and be the one the audit trail (and the printed sheet) shows."""
    if not d.commitment:
        return [tr("记录缺少承诺值")]
    rec = c.audit.get((AUDIT_ACTION[d.kind], d.id))
    if rec is None:
        return [tr("审计记录中没有本次抽签（承诺值无从核对）")]
    logged = rec.data.get("commitment")
    if logged != d.commitment:
        return [tr("承诺值与审计记录不符：抽签记录为 {rec}，第 {seq} 条审计记录为 {log}").format(
            rec=d.commitment, seq=rec.seq, log=logged)]
    return []


def _revealed_secret(c: _Ctx, d: Draw, problems: list[str]) -> bytes | None:
    """The revealed secret if it opens the commitment; otherwise a problem is added and None returned."""
    r = c.reveals.get(d.id)
    if r is None:
        if c.decrypted:
            problems.append(tr("已解密，但解密记录中没有本次抽签的密钥"))
        return None
    problem = sealed_draw.commitment_problem(bytes.fromhex(d.seed_hex), draw_seal.stage_of(d), r.secret_hex,
                                             d.commitment or "")
    if problem is not None:
        problems.append(problem)
        return None
    return bytes.fromhex(r.secret_hex)


def _listed(c: _Ctx, main_id: int, origin: str) -> set[str]:
    return set(c.s.scalars(select(BlindCode.code).where(BlindCode.draw_id == main_id, BlindCode.origin == origin)))


def _sealed_main(c: _Ctx, d: Draw) -> list[str]:
    inp = draw_seal.main_input(d)
    try:
        public = sealed_draw.public_stations(inp)
    except ValidationError as err:
        return [tr("无法重算：{err}").format(err=err)]
    recorded = rules.DrawResult(d.algorithm, d.seed_hex, tuple(
        rules.Assignment(a["entrant"], a["station"], "") for a in d.result["stations"]))
    problems = rules.differences(public, recorded, codes=False)
    problems += _check_rows(c, d, {a["entrant"]: (a["station"], None) for a in d.result["stations"]})
    problems += _commitment_problems(c, d)
    secret = _revealed_secret(c, d, problems)
    if secret is not None:
        codes = draw_seal.main_codes(d, secret)
        revealed = c.reveals[d.id].result.get("codes", {})
        for entrant in sorted(set(codes) | set(revealed)):
            if codes.get(entrant) != revealed.get(entrant):
                problems.append(tr("报名号 {e} 的加密号：解密记录为 {rec}，用密钥重算为 {cur}").format(
                    e=entrant, rec=revealed.get(entrant), cur=codes.get(entrant)))
        listed = _listed(c, d.id, "main")
        if listed != set(codes.values()):
            problems.append(tr("评分用的加密号清单与本次抽签的加密号不符（多出 {x}，缺少 {y}）").format(
                x="、".join(sorted(listed - set(codes.values()))) or "—",
                y="、".join(sorted(set(codes.values()) - listed)) or "—"))
    return problems


def _sealed_late(c: _Ctx, d: Draw) -> list[str]:
    main = c.s.get(Draw, d.inputs["main_draw_id"])
    if main is None or main.seed_hex != d.seed_hex:
        return [tr("迟到补签记录的种子与主抽签不符")]
    i = d.inputs
    problems = []
    try:
        station = rules.late_station(i["entrant"], i["taken_stations"], i["all_stations"], int(i["n"]))
    except ValidationError as err:
        return [tr("无法重算：{err}").format(err=err)]
    if d.result.get("station") != station or d.result.get("entrant") != i["entrant"]:
        problems.append(tr("报名号 {e} 的迟到补签工位：记录为 {rec}，重算为 {cur}").format(
            e=i["entrant"], rec=d.result.get("station"), cur=station))
    problems += _check_rows(c, d, {i["entrant"]: (station, None)})
    problems += _commitment_problems(c, d)
    secret = _revealed_secret(c, d, problems)
    main_reveal = c.reveals.get(main.id)
    if secret is not None and main_reveal is not None:
        earlier = [x for x in c.s.scalars(select(Draw).where(Draw.kind == LATE, Draw.id < d.id))
                   if x.inputs.get("main_draw_id") == main.id and x.id in c.reveals]
        taken = set(main_reveal.result.get("codes", {}).values()) | {
            str(c.reveals[x.id].result.get("blind_code")) for x in earlier}
        code = sealed_draw.late_code(i["entrant"], i["all_stations"], taken, bytes.fromhex(d.seed_hex), int(i["n"]),
                                     secret, i.get("code_length"))
        revealed = c.reveals[d.id].result.get("blind_code")
        if revealed != code:
            problems.append(tr("报名号 {e} 的迟到加密号：解密记录为 {rec}，用密钥重算为 {cur}").format(
                e=i["entrant"], rec=revealed, cur=code))
        if code not in _listed(c, main.id, "late"):
            problems.append(tr("迟到加密号 {code} 不在评分用的加密号清单中").format(code=code))
    return problems


def _sealed_second(c: _Ctx, d: Draw) -> list[str]:
    main = c.s.get(Draw, d.inputs["main_draw_id"])
    if main is None or main.seed_hex != d.seed_hex:
        return [tr("二次加密记录的种子与主抽签不符")]
    problems = _commitment_problems(c, d)
    secret = _revealed_secret(c, d, problems)
    if secret is not None:
        module = d.inputs["module_code"]
        codes = draw_seal.second_codes_of(d, secret)
        if codes != c.reveals[d.id].result.get("codes"):
            problems.append(tr("模块 {m} 的二次加密号：解密记录与用密钥重算的不同").format(m=module))
    return problems


# ------------------------------------------------------------------------------------ all records


def _check(c: _Ctx, d: Draw) -> list[str]:
    sealed = draw_records.is_sealed(d)
    if d.kind == MAIN:
        return _sealed_main(c, d) if sealed else _legacy_main(c, d)
    if d.kind == LATE:
        return _sealed_late(c, d) if sealed else _legacy_late(c, d)
    if d.kind == SECOND_CODE:
        return _sealed_second(c, d) if sealed else _legacy_second(c, d)
    if d.kind == PUBLISH:
        ref = c.s.get(Draw, d.inputs.get("main_draw_id"))
        return [] if ref is not None and ref.kind == MAIN else [tr("公布记录指向的主抽签不存在")]
    return [tr("未知的抽签记录类型 {k}").format(k=d.kind)]


def verify_draws(venue: VenueFile, actor: Actor | None = None) -> VerifyReport:
    """Re-compute every draw from its record.  A legacy draw's details that would reveal a blind code are
    shown only to the head judge before decryption; a sealed draw's checks never involve a sealed code."""
    checks = []
    with venue.unit_of_work() as s:
        c = _Ctx(s)
        head = actor is not None and actor.role == Role.HEAD_JUDGE
        for d in s.scalars(select(Draw).order_by(Draw.id)):
            problems: list[str]
            try:
                problems = _check(c, d)
            except (KeyError, TypeError, ValueError) as err:
                problems = [tr("抽签记录不完整或格式错误：{err}").format(err=err)]
            sealed = draw_records.is_sealed(d)
            if problems and not sealed and not (head or c.decrypted):
                problems = [tr("与重算结果有 {n} 处不一致（详情仅裁判长可见）").format(n=len(problems))]
            note = ""
            if sealed and d.kind != PUBLISH and d.id not in c.reveals:
                note = tr("加密号已密封：工位与承诺值已核对，密钥在解密时揭示后再核对加密号")
            checks.append(DrawCheck(d.id, d.kind, d.at, not problems, tuple(problems), note))
        for r in c.reveals.values():
            revealed = s.get(Draw, r.draw_id)
            if revealed is None or not draw_records.is_sealed(revealed):
                checks.append(DrawCheck(r.draw_id, "reveal", r.at, False, (tr("解密记录指向的抽签记录不存在或未密封"),)))
    return VerifyReport(tuple(checks))
