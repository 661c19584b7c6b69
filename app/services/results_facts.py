"""Everything the head judge's results are made of, read from the venue file in one pass.

The results room needs the whole item at once (roster, attendance, stations, every score entry,
deductions, times, locks, decisions), so it reads the tables here into frozen dataclasses and lets
``app.rules.scoring`` derive the current values and totals.  Nothing here writes.

Scores are recorded by blind code; they join the people only once the mapping is open (``blind.holders``:
after decryption, or an unsealed legacy draw).  Before that the facts are *blind*: one row per blind code,
no name, no group (group membership would narrow a code down to a few people), no station.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.i18n import tr
from app.item_settings import SETTINGS_KEY, ItemSettings
from app.rules import scoring
from app.services import blind, checkin_state, decrypt, draw
from app.services.venue_identity import VenueIdentity, identity_fields
from app.vocab import ABSENT, COMPETED, DISQUALIFIED, REGISTERED, RESULT_STATUSES, WITHDREW
from db.models import (
    CompetitionGroup,
    Contestant,
    Criterion,
    Deduction,
    Disqualification,
    Module,
    ScoreEntry,
    Setting,
    TieDecision,
    TimeRecord,
    User,
    VenueInfo,
)

# Attendance as the results see it (app.vocab, the contract's words): only COMPETED is ranked.


@dataclass(frozen=True)
class CriterionFact:
    code: str
    module: str
    description: str
    kind: str  # M | J
    max_points: Decimal
    judges: int


@dataclass(frozen=True)
class ModuleFact:
    code: str
    name: str
    max_points: Decimal
    criteria: tuple[CriterionFact, ...]


@dataclass(frozen=True)
class JudgeFact:
    name: str
    judge_no: str | None


@dataclass(frozen=True)
class EntryFact:
    """One number somebody typed (score_entry row), for the score sheet and the snapshot."""

    id: int
    criterion: str
    judge: str | None
    value: Decimal
    kind: str  # entry | second | correction
    supersedes: int | None
    reason: str | None
    by: str
    role: str
    at: datetime


@dataclass(frozen=True)
class DeductionFact:
    id: int
    module: str | None
    amount: Decimal
    reason: str
    by: str
    at: datetime
    cancelled: bool


@dataclass(frozen=True)
class ModuleResult:
    code: str
    raw: Decimal
    deductions: Decimal
    score: Decimal
    disqualified: bool
    complete: bool


@dataclass(frozen=True)
class ContestantFacts:
    id: int
    reg_no: str  # 报名号
    name: str
    id_number: str
    gender: str
    birth_date: date
    unit: str
    category: str
    group: str  # "" when the item has no groups
    status: str  # competed | absent | withdrew | disqualified
    station: str | None  # 工位号
    blind_code: str | None  # 加密号
    modules: tuple[ModuleResult, ...]
    item_deductions: Decimal
    deductions: tuple[DeductionFact, ...]
    time_used_s: int | None
    total: Decimal | None  # None unless competed
    complete: bool
    missing: tuple[str, ...]
    entries: tuple[EntryFact, ...]
    # current value per (criterion, judge) — judge None for measurements — for the score sheet
    current: tuple[tuple[str, str | None, Decimal, bool], ...]  # (criterion, judge, value, corrected)


@dataclass(frozen=True)
class DecisionFact:
    id: int
    group: str
    contestants: tuple[str, ...]  # reg_no
    resolution: str  # all_higher | order
    order: tuple[str, ...]
    reason: str
    by: str
    at: datetime


@dataclass(frozen=True)
class VenueFacts(VenueIdentity):
    settings: ItemSettings
    groups: tuple[str, ...]  # in their order; ("",) when the item has no groups
    modules: tuple[ModuleFact, ...]
    judges: tuple[JudgeFact, ...]
    contestants: tuple[ContestantFacts, ...]
    decisions: tuple[DecisionFact, ...]  # in force (not revoked), oldest first
    locked: bool
    decrypted: bool
    blind: bool = False  # scores not yet joined to people: one row per blind code, one group ""


# ------------------------------------------------------------------------------- small queries


def load_settings(s: Session) -> ItemSettings:
    row = s.get(Setting, SETTINGS_KEY)
    return ItemSettings.from_json(row.value if row else {})


def active_decisions(s: Session) -> list[DecisionFact]:
    rows = list(s.scalars(select(TieDecision).order_by(TieDecision.id)))
    revoked = {r.revokes_id for r in rows if r.revokes_id is not None}
    return [
        DecisionFact(r.id, r.group_name or "", tuple(r.contestants or ()), r.resolution, tuple(r.order or ()),
                     r.reason, r.actor, r.at)
        for r in rows
        if r.revokes_id is None and r.id not in revoked
    ]


def _latest_times(s: Session) -> dict[int, int]:
    """用时 per blind code: the latest time record (a correction is a newer row)."""
    return {r.blind_code_id: r.seconds for r in s.scalars(select(TimeRecord).order_by(TimeRecord.id))}


def _status(attendance: checkin_state.Attendance | None, whole_dq: bool, room: str | None = None) -> str:
    """The desk's attendance, and what the scoring room recorded by blind code (``room``)."""
    if whole_dq:
        return DISQUALIFIED
    if attendance is None or attendance.status in (ABSENT, REGISTERED):
        # Not checked in by the time results are made = did not sit the competition.
        return ABSENT
    if attendance.status == WITHDREW or room == WITHDREW:
        return WITHDREW
    if room == ABSENT:
        return ABSENT
    return COMPETED


def _scheme(s: Session) -> tuple[ModuleFact, ...]:
    modules = list(s.scalars(select(Module).order_by(Module.sort, Module.id)))
    criteria = list(s.scalars(select(Criterion).order_by(Criterion.sort, Criterion.id)))
    by_module: dict[int, list[CriterionFact]] = defaultdict(list)
    code_of = {m.id: m.code for m in modules}
    for c in criteria:
        by_module[c.module_id].append(
            CriterionFact(c.code, code_of.get(c.module_id, ""), c.description, c.kind, c.max_points, c.judges)
        )
    return tuple(
        ModuleFact(m.code, m.name, sum((c.max_points for c in by_module[m.id]), Decimal(0)), tuple(by_module[m.id]))
        for m in modules
    )


@dataclass(frozen=True)
class _Subject:
    """Whom the results list: a contestant (mapping open) or, while sealed, a bare blind code."""

    key: str  # 报名号, or the blind code while blind
    contestant: Contestant | None
    code_id: int | None


def load(s: Session) -> VenueFacts:
    """Read the whole item; totals derived by ``app.rules.scoring`` from the append-only rows."""
    info = s.get(VenueInfo, 1)
    if info is None:
        raise NotFound(tr("赛场文件缺少项目信息（文件可能未创建完成）。请重新创建或从备份恢复。"))
    settings = load_settings(s)
    places = settings.decimals
    group_rows = list(s.scalars(select(CompetitionGroup).order_by(CompetitionGroup.sort, CompetitionGroup.id)))
    group_name = {g.id: g.name for g in group_rows}
    modules = _scheme(s)
    rule_criteria = [
        scoring.Criterion(c.code, c.module, c.kind, c.max_points, c.judges if c.kind == "J" else 1)
        for m in modules for c in m.criteria
    ]
    users = {u.id: u for u in s.scalars(select(User))}
    judges = tuple(
        JudgeFact(u.name, u.judge_no)
        for u in sorted(users.values(), key=lambda u: (u.judge_no or "~", u.name))
        if u.role == "judge"
    )
    criterion_code = {c.id: c.code for c in s.scalars(select(Criterion))}
    codes = {bc.id: bc.code for bc in blind.current_codes(s)}
    holders = blind.holders(s)
    is_blind = holders is None
    if holders is None:
        subjects = [_Subject(code, None, cid) for cid, code in sorted(codes.items(), key=lambda kv: kv[1])]
    else:
        code_of = {cid: bid for bid, cid in holders.items()}
        subjects = [_Subject(c.reg_no, c, code_of.get(c.id))
                    for c in s.scalars(select(Contestant).order_by(Contestant.reg_no))]
    key_of = {x.code_id: x.key for x in subjects if x.code_id is not None}  # blind code id → subject key

    checkins = checkin_state.attendance_of(s)
    stations = draw.current_assignments(s)
    times = _latest_times(s)
    room = {bid: st.status for bid, st in blind.latest_statuses(s).items()}

    dq_rows = list(s.scalars(select(Disqualification).order_by(Disqualification.id)))
    dq_revoked = {r.revokes_id for r in dq_rows if r.revokes_id is not None}
    whole_dq: set[int] = set()
    module_dq: dict[str, set[str]] = defaultdict(set)
    for r in dq_rows:
        if r.revokes_id is not None or r.id in dq_revoked or r.blind_code_id not in key_of:
            continue
        if r.module_code is None:
            whole_dq.add(r.blind_code_id)
        else:
            module_dq[key_of[r.blind_code_id]].add(r.module_code)

    ded_rows = list(s.scalars(select(Deduction).order_by(Deduction.id)))
    cancelled = {r.cancels_id for r in ded_rows if r.cancels_id is not None}
    deductions: dict[int, list[DeductionFact]] = defaultdict(list)
    rule_deductions: list[scoring.Deduction] = []
    for d in ded_rows:
        if d.cancels_id is not None or d.blind_code_id not in key_of:
            continue  # the cancelling row itself; shown as "cancelled" on the row it cancels
        deductions[d.blind_code_id].append(
            DeductionFact(d.id, d.module_code, d.amount, d.reason, d.actor, d.at, d.id in cancelled)
        )
        if d.id not in cancelled:
            rule_deductions.append(scoring.Deduction(key_of[d.blind_code_id], d.module_code, d.amount, d.reason))

    # The score rows as plain tuples (the columns, through their types): tens of thousands of them, and an ORM
    # object each cost more than everything else the export checks do with them.
    e_ = ScoreEntry
    entry_rows = s.execute(select(e_.id, e_.blind_code_id, e_.judge_id, e_.criterion_id, e_.value, e_.kind,
                                  e_.supersedes_id, e_.reason, e_.entered_by, e_.entered_role, e_.entered_at)
                           .order_by(e_.id)).all()
    judge_name = {uid: u.name for uid, u in users.items()}
    entries: dict[int, list[EntryFact]] = defaultdict(list)
    rule_entries: list[scoring.Entry] = []
    for eid, bid, judge_id, criterion_id, value, kind, supersedes, reason, by, role, at in entry_rows:
        if bid not in key_of:
            continue
        judge = judge_name.get(judge_id) if judge_id is not None else None
        code = criterion_code.get(criterion_id, "?")
        entries[bid].append(EntryFact(eid, code, judge, value, kind, supersedes, reason, by, role, at))
        rule_entries.append(scoring.Entry(eid, code, key_of[bid], judge, value, supersedes, kind))

    current = scoring.current_values(rule_entries)
    totals = scoring.contestant_totals(
        rule_criteria, rule_entries, rule_deductions, module_dq, places, contestants=[x.key for x in subjects]
    )
    current_by: dict[str, list[tuple[str, str | None, Decimal, bool]]] = defaultdict(list)
    for (criterion, key, judge), entry in current.items():
        current_by[key].append((criterion, judge, entry.value, entry.kind == "correction"))

    out: list[ContestantFacts] = []
    for x in subjects:
        bid = x.code_id if x.code_id is not None else -1
        c = x.contestant
        if c is None:  # blind: attendance as the scoring room recorded it
            status = DISQUALIFIED if bid in whole_dq else room.get(bid, COMPETED)
            if status not in RESULT_STATUSES:
                status = COMPETED
        else:
            status = _status(checkins.get(c.id), bid in whole_dq, room.get(bid))
        t = totals[x.key]
        station = stations.get(c.id) if c is not None else None
        out.append(ContestantFacts(
            id=c.id if c is not None else bid, reg_no=x.key, name=c.name if c else "",
            id_number=c.id_number if c else "", gender=c.gender if c else "",
            birth_date=c.birth_date if c else date.min, unit=c.unit if c else "", category=c.category if c else "",
            group=group_name.get(c.group_id, "") if c is not None and c.group_id else "",
            status=status,
            station=station.station if station else None,
            blind_code=codes.get(bid),
            modules=tuple(ModuleResult(m.module, m.raw, m.deductions, m.score, m.disqualified, m.complete)
                          for m in t.modules),
            item_deductions=t.item_deductions,
            deductions=tuple(deductions[bid]),
            time_used_s=times.get(bid),
            total=t.total if status == COMPETED else None,
            complete=t.complete,
            missing=t.missing,
            entries=tuple(entries[bid]),
            current=tuple(sorted(current_by[x.key], key=lambda v: (v[0], v[1] or ""))),
        ))

    groups = ("",) if is_blind else tuple(g.name for g in group_rows)
    used = {c.group for c in out}
    if not groups or "" in used:
        groups = groups + ("",) if groups and "" not in groups else (groups or ("",))
    return VenueFacts(
        **identity_fields(info), settings=settings, groups=groups, modules=modules, judges=judges, contestants=tuple(out),
        decisions=() if is_blind else tuple(active_decisions(s)), locked=decrypt.is_locked(s),
        decrypted=decrypt.is_decrypted(s), blind=is_blind,
    )
