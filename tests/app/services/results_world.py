"""Builds a scored item for the results tests: roster → check-in → draw → scores → lock.

Roster, check-in, draw and decryption go through their services.  The marking scheme, score entries,
times are written as the rows the scoring room writes, with the audit records it writes for them (fast for
100 contestants), keyed by blind code as the scoring room keys them; the test finds each person's code in
the head judge's sealed envelope (opened with the passphrase, which also releases late arrivals' codes).
The lock and the corrections after it go through the scoring service.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.clock import now
from app.roles import Actor, Role
from app.services import audit, checkin, decrypt, draw, roster, scoring, users, vault
from app.services import venue as venue_service
from db.models import Criterion, Deduction, Module, ScoreEntry, TimeRecord, User
from db.venue_file import VenueFile
from tests.conftest import HEAD_PASSPHRASE, HEAD_PIN, roster_rows, write_roster

# A: one measurement (max 60); B: one judgement (max 30, 3 judges, whole steps of 10 points) and one
# measurement (max 10).  Scores are given as (A, B) points; B = judgement + measurement.
ABSENT, WITHDREW = "absent", "withdrew"
Spec = tuple[str | int | float, ...] | str  # (A, B) or (A, B, seconds) or ABSENT / WITHDREW


@dataclass(frozen=True)
class World:
    venue: VenueFile
    head: Actor
    reg_nos: tuple[str, ...]  # in the order of the specs

    def reg(self, i: int) -> str:
        return self.reg_nos[i]


def add_scheme(venue: VenueFile) -> None:
    with venue.unit_of_work() as s:
        if s.scalars(select(Module)).first() is not None:
            return
        a = Module(code="A", name="母婴生活护理", sort=0)
        b = Module(code="B", name="母婴保健与急救", sort=1)
        s.add_all([a, b])
        s.flush()
        s.add_all([
            Criterion(code="A1", module_id=a.id, description="新生儿沐浴操作", kind="M", max_points=Decimal(60),
                      judges=1, score_descriptions=[], sort=0),
            Criterion(code="B1", module_id=b.id, description="产妇乳房护理评价", kind="J", max_points=Decimal(30),
                      judges=3, score_descriptions=["差", "中", "良", "优"], sort=1),
            Criterion(code="B2", module_id=b.id, description="心肺复苏测量", kind="M", max_points=Decimal(10),
                      judges=1, score_descriptions=[], sort=2),
        ])


def code_ids(venue: VenueFile) -> dict[str, int]:
    """报名号 → blind code id, from the head judge's envelope (before decryption) or the open mapping."""
    head = users.sign_in(venue, "钱莉", HEAD_PIN)
    rows = draw.open_envelope(venue, head, vault.unlock(venue, head, HEAD_PASSPHRASE))
    ids = {code: bid for bid, code in draw.scoring_rows(venue)}
    return {r.reg_no: ids[r.blind_code] for r in rows}


def enter_scores(venue: VenueFile, reg_no: str, a: Decimal, b: Decimal, seconds: int | None = None,
                 cid: int | None = None) -> None:
    """A measured exactly; B split into the judgement (0–3 × 10, same from each judge) and B2."""
    step = min(int(b // 10), 3)
    rest = b - 10 * step
    if rest > 10:
        raise ValueError(f"B={b} cannot be built from the scheme")
    at = now()
    cid = cid if cid is not None else code_ids(venue)[reg_no]
    with venue.unit_of_work() as s:
        crit = {c.code: c.id for c in s.scalars(select(Criterion))}
        judges = list(s.scalars(select(User).where(User.role == Role.JUDGE).order_by(User.judge_no)))
        rows: list[object] = [
            ScoreEntry(criterion_id=crit["A1"], blind_code_id=cid, judge_id=None, value=a, kind="entry",
                       entered_by="裁判1", entered_role="judge", entered_at=at),
            ScoreEntry(criterion_id=crit["B2"], blind_code_id=cid, judge_id=None, value=rest, kind="entry",
                       entered_by="裁判1", entered_role="judge", entered_at=at),
        ]
        rows += [ScoreEntry(criterion_id=crit["B1"], blind_code_id=cid, judge_id=j.id, value=Decimal(step),
                            kind="entry", entered_by=j.name, entered_role="judge", entered_at=at) for j in judges[:3]]
        if seconds is not None:
            rows.append(TimeRecord(blind_code_id=cid, seconds=seconds, reason=None, actor="裁判1", at=at))
        s.add_all(rows)
        audit.append_fact(s, Actor("裁判1", Role.JUDGE), "score.import", *rows)


def correct_a(venue: VenueFile, head: Actor, reg_no: str, value: Decimal, reason: str) -> None:
    """A head-judge correction of A1 after the lock (e.g. after a 复核 request), through the scoring service."""
    code = {bid: c for bid, c in draw.scoring_rows(venue)}[code_ids(venue)[reg_no]]
    scoring.correct(venue, head, code, "A1", str(value), reason)


def deduct(venue: VenueFile, reg_no: str, amount: Decimal, reason: str, module: str | None = None) -> None:
    cid = code_ids(venue)[reg_no]
    with venue.unit_of_work() as s:
        row = Deduction(blind_code_id=cid, module_code=module, amount=amount, reason=reason, cancels_id=None,
                        actor="钱莉", at=now())
        s.add(row)
        audit.append_fact(s, Actor("钱莉", Role.HEAD_JUDGE), "score.deduction", row)


def lock(venue: VenueFile, head: Actor) -> None:
    scoring.lock(venue, head, passphrase=HEAD_PASSPHRASE)


def build(
    venue: VenueFile,
    head: Actor,
    staff: dict[str, Actor],
    tmp_path: Path,
    specs: list[Spec],
    group: str = "职工组",
    seed: int = 2026,
    locked: bool = True,
    decrypted: bool = True,
) -> World:
    """One contestant per spec in ``group``; returns their reg_nos in spec order."""
    before = {c.reg_no for c in roster.list_contestants(venue)}
    path = tmp_path / f"roster-{group}-{seed}.xlsx"
    roster.import_roster(venue, head, write_roster(path, roster_rows(len(specs), group=group, seed=seed)))
    new = sorted(c.reg_no for c in roster.list_contestants(venue) if c.reg_no not in before)
    ids = {c.reg_no: c.id for c in roster.list_contestants(venue)}
    desk = staff["checkin"]
    for reg_no, spec in zip(new, specs, strict=True):
        if spec == ABSENT:
            checkin.mark_absent(venue, desk, ids[reg_no])
        elif spec == WITHDREW:
            checkin.check_in(venue, desk, ids[reg_no])
            checkin.mark_withdrew(venue, desk, ids[reg_no], "身体不适")
        else:
            checkin.check_in(venue, desk, ids[reg_no])
    if draw.draw_info(venue) is None:
        settings = venue_service.get_settings(venue)  # room for a second group's late stations
        venue_service.update_settings(venue, head, replace(settings, station_count=max(len(new), 60)))
        draw.run_main_draw(venue, head, ["1234", "5678"])  # a second group arrives later: late stations
    add_scheme(venue)
    ids = code_ids(venue)
    for reg_no, spec in zip(new, specs, strict=True):
        if isinstance(spec, str):
            continue
        seconds = int(spec[2]) if len(spec) > 2 else None
        enter_scores(venue, reg_no, Decimal(str(spec[0])), Decimal(str(spec[1])), seconds, ids[reg_no])
    if locked:
        lock(venue, head)
        if decrypted:
            decrypt.decrypt(venue, head, passphrase=HEAD_PASSPHRASE)
    return World(venue, head, tuple(new))


def tied_on_80(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path) -> World:
    """Three totals of 80 and one of 50, equal totals separated by 模块 B and then 用时: B puts w1 first (40 beats
    30); w2 and w0 have equal B and time decides (1100 s beats 1200 s)."""
    w = build(venue, head, staff, tmp_path, [("50", "30", 1200), ("40", "40", 1300), ("50", "30", 1100), ("30", "20")])
    settings = venue_service.get_settings(venue)
    venue_service.update_settings(venue, head, replace(settings, tie_break_modules=("B",)))
    return w
