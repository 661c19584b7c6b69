"""What the scoring room reads before it acts: scheme, the blind codes (加密号) it scores, judges,
locks, and the append-only entry log turned into ``app.rules.scoring`` values.

The scoring room knows codes, never people or stations: its rows are ``blind_code`` rows and everything
it records points at them (``blind_code_id``), so every message a judge sees names a code.  Attendance
comes from the scoring room's own records by code (``blind_status``); the desk's check-in log (by name)
joins in only once the mapping is open (after decryption, or an unsealed legacy draw).  Judges are keyed
by their account name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, StateError
from app.gc_pause import cyclic_gc_paused  # noqa: F401 - re-exported: the scoring views use it from here
from app.i18n import tr
from app.item_settings import ItemSettings
from app.rules import scoring
from app.rules.locks import locks_of
from app.services import blind, checkin_state, decrypt, scoring_stamp
from app.services.scheme import CriterionDraft, load_drafts, load_settings
from app.vocab import ABSENT, COMPETED, WITHDREW
from db.models import Criterion as CriterionRow
from db.models import (
    Deduction,
    Disqualification,
    LockEvent,
    Module,
    ScoreEntry,
    TimeRecord,
    User,
)
from db.write_lock import driver, unwritten

# Attendance as scoring needs it (app.vocab): absent contestants cannot be scored; withdrawn ones may have
# partial scores but are not waited for.


@dataclass(frozen=True)
class ScoringRow:
    """A blind code as the scoring room sees it: no name, no ID number, no station."""

    code_id: int  # blind_code.id (opaque)
    blind_code: str  # 加密号
    status: str = COMPETED  # competed | absent | withdrew
    disqualified: bool = False  # 取消资格 of the whole item

    @property
    def required(self) -> bool:
        """Whether the lock waits for this contestant's scores."""
        return self.status == COMPETED and not self.disqualified


@dataclass(frozen=True)
class JudgeInfo:
    id: int
    name: str
    judge_no: str | None

    @property
    def label(self) -> str:
        return f"{self.judge_no} {self.name}" if self.judge_no else self.name


@dataclass
class Ctx:
    """Everything one unit of work needs to check and derive scores."""

    settings: ItemSettings
    drafts: dict[str, CriterionDraft]  # by criterion code, scheme order
    crit_id: dict[str, int]
    crit_code: dict[int, str]
    module_names: dict[str, str]  # code → name, scheme order
    rows: dict[str, ScoringRow]  # by blind code
    by_id: dict[int, ScoringRow]  # by blind code id
    judges: dict[int, JudgeInfo]  # active judge accounts by user id
    users: dict[int, str]  # every account's name by id (entries of a deactivated judge stay readable)
    item_locked: bool
    locked_modules: set[str]
    decrypted: bool
    partial: bool = False  # rows hold only the code a use case is about (load_ctx(s, only=…))
    kept: Kept | None = None  # disqualifications, deductions and times of every code, when loaded with the context
    _judge_by_key: dict[str, JudgeInfo] = field(default_factory=dict)

    @property
    def criteria(self) -> list[scoring.Criterion]:
        return [d.rule() for d in self.drafts.values()]

    def criterion(self, code: str) -> CriterionDraft:
        d = self.drafts.get(code.strip()) or next(
            (v for k, v in self.drafts.items() if k.upper() == code.strip().upper()), None)
        if d is None:
            raise NotFound(tr("评分标准中没有评分项 {c}").format(c=code), criterion=code)
        return d

    def row(self, blind_code: str) -> ScoringRow:
        r = self.rows.get(blind_code.strip().upper())
        if r is None:
            raise NotFound(tr("没有加密号为 {b} 的选手（须先检录抽签）").format(b=blind_code), blind_code=blind_code)
        return r

    def judge(self, key: str) -> JudgeInfo:
        """A judge by account name or judge number (J1)."""
        if not self._judge_by_key:
            for j in self.judges.values():
                self._judge_by_key[j.name] = j
                if j.judge_no:
                    self._judge_by_key.setdefault(j.judge_no.upper(), j)
        found = self._judge_by_key.get(key.strip()) or self._judge_by_key.get(key.strip().upper())
        if found is None:
            raise NotFound(tr("没有名为或编号为“{j}”的裁判员账号").format(j=key), judge=key)
        return found

    def module_locked(self, module: str) -> bool:
        return self.item_locked or module in self.locked_modules

    def panel(self) -> list[JudgeInfo]:
        return sorted(self.judges.values(), key=lambda j: (j.judge_no or "~", j.name))

    def needs_started(self, criteria: Iterable[str]) -> bool:
        """Whether ``judges_by_criterion`` of these criteria depends on who has started scoring them."""
        n = len(self.judges)
        return any(self.drafts[c].kind == scoring.JUDGEMENT and self.drafts[c].judges != n
                   for c in criteria if c in self.drafts)

    def judges_by_criterion(
        self, entries: Iterable[scoring.Entry], started_by: Mapping[str, set[str]] | None = None
    ) -> dict[str, tuple[str, ...]]:
        """Which judges each judgement criterion waits for.

        There is no panel table: when the venue has exactly as many judges as a criterion needs,
        they all score it; otherwise the judges who have started scoring it are its panel — found in
        ``entries`` (all of the item's contestants), or given as ``started_by`` (``judges_started``) when
        the entries are one contestant's.
        """
        panel = [j.name for j in self.panel()]
        started: dict[str, set[str]] = defaultdict(set)
        if started_by is not None:
            for c, names in started_by.items():
                started[c] |= names
        else:
            for e in entries:
                if e.judge is not None:
                    started[e.criterion].add(e.judge)
        out: dict[str, tuple[str, ...]] = {}
        for d in self.drafts.values():
            if d.kind != scoring.JUDGEMENT:
                continue
            chosen = panel if len(panel) == d.judges else sorted(started[d.code], key=panel_order(panel))
            out[d.code] = tuple(chosen)
        return out


def panel_order(panel: list[str]):  # type: ignore[no-untyped-def]
    return lambda name: (panel.index(name) if name in panel else len(panel), name)


# ------------------------------------------------------------------------------ loading


def scoring_rows(s: Session, only: str | None = None) -> list[ScoringRow]:
    """The current draw's blind codes with their attendance as the scoring room knows it.

    ``only`` (a blind code): that code's row alone (or none), read by index — what one typed score needs,
    at a cost that does not grow with the item (tests: the row equals that row of the whole list).
    """
    codes = blind.current_code_ids(s, only)
    ids = [cid for cid, _code in codes] if only is not None else None
    statuses = blind.latest_status_values(s, ids)
    holders = blind.holders(s) or {}
    if holders and ids is not None:
        holders = {cid: holders[cid] for cid in ids if cid in holders}
    desk = checkin_state.attendance_of(s, list(holders.values()) if ids is not None else None) if holders else {}
    dq = whole_item_disqualified(s)
    out = []
    for cid, code in codes:
        own = statuses.get(cid)
        status = own if own in (ABSENT, WITHDREW) else COMPETED
        seen = desk.get(holders[cid]) if cid in holders else None
        if seen is not None and seen.status in (ABSENT, WITHDREW):
            status = seen.status  # the desk's record, joined once the mapping is open
        out.append(ScoringRow(cid, code.strip().upper(), status, cid in dq))
    return sorted(out, key=lambda r: r.blind_code)


def lock_state(s: Session) -> tuple[bool, set[str]]:
    return locks_of(s.execute(select(LockEvent.module_code, LockEvent.action).order_by(LockEvent.id)))


@dataclass(frozen=True)
class LiveDeduction:
    """A standing deduction (not cancelled), as the totals need it."""

    id: int
    blind_code_id: int
    module_code: str | None
    amount: Decimal
    reason: str

    @classmethod
    def of(cls, row: Deduction) -> LiveDeduction:
        return cls(row.id, row.blind_code_id, row.module_code, row.amount, row.reason)


@dataclass(frozen=True)
class Kept:
    """What ``load_ctx`` keeps between units of work, with the stamp it was read under (app.services.scoring_stamp).

    Everything here changes a few times a day (the scheme, accounts, locks, settings, the draw, attendance by
    code, disqualifications, deductions, times); score entries are never kept.  ``rows`` holds every code's row
    while the name ↔ code mapping is closed (sealed, not decrypted: the scoring room's own records decide a
    row); once it is open, a row also depends on the desk's check-in log, and rows are read per use.
    """

    stamp: tuple[Any, ...]
    base: Ctx  # without rows
    rows: dict[str, ScoringRow] | None
    module_dq: dict[int, frozenset[str]]  # code id → modules disqualified (取消资格), live
    deductions: dict[int, tuple[LiveDeduction, ...]]  # code id → live deductions, oldest first
    times: dict[int, int]  # code id → latest time used (s)


_KEPT: WeakKeyDictionary[Any, Kept] = WeakKeyDictionary()  # by open VenueFile


def _base_ctx(s: Session) -> Ctx:
    drafts = {d.code: d for d in load_drafts(s)}
    crit = {c.code: c.id for c in s.scalars(select(CriterionRow))}
    modules = {m.code: m.name for m in s.scalars(select(Module).order_by(Module.sort, Module.id))}
    users = list(s.scalars(select(User)))
    item_locked, locked = lock_state(s)
    return Ctx(
        settings=load_settings(s), drafts=drafts, crit_id=crit, crit_code={v: k for k, v in crit.items()},
        module_names=modules, rows={}, by_id={},
        judges={u.id: JudgeInfo(u.id, u.name, u.judge_no) for u in users if u.role == "judge" and u.active},
        users={u.id: u.name for u in users}, item_locked=item_locked, locked_modules=locked,
        decrypted=decrypt.is_decrypted(s),
    )


def _load_kept(s: Session, stamp: tuple[Any, ...]) -> Kept:
    closed = blind.holders(s) in (None, {})  # sealed and not decrypted, or nothing drawn yet
    module_dq: dict[int, set[str]] = defaultdict(set)
    for cid, mod in _live_disqualifications(s):
        if mod is not None:
            module_dq[cid].add(mod)
    deductions: dict[int, list[LiveDeduction]] = defaultdict(list)
    for d in live_deduction_rows(s):
        deductions[d.blind_code_id].append(LiveDeduction.of(d))
    times = {cid: secs for cid, secs in s.execute(select(TimeRecord.blind_code_id, TimeRecord.seconds)
                                                  .order_by(TimeRecord.id))}  # the latest wins
    return Kept(stamp, _base_ctx(s), {r.blind_code: r for r in scoring_rows(s)} if closed else None,
                {cid: frozenset(m) for cid, m in module_dq.items()}, {cid: tuple(d) for cid, d in deductions.items()},
                times)


def kept(s: Session) -> Kept:
    """The kept context if its stamp is the file's, else a fresh one (kept for the next unit of work when read
    from committed state: before this transaction has written anything)."""
    stamp = scoring_stamp.read(s)
    venue = s.info.get("venue")
    found = _KEPT.get(venue) if venue is not None else None
    if found is not None and found.stamp == stamp:
        return found
    found = _load_kept(s, stamp)
    if venue is not None and unwritten(s):
        _KEPT[venue] = found
    return found


def load_ctx(s: Session, only: str | None = None) -> Ctx:
    """The scoring context; with ``only`` (a blind code) its ``rows`` hold that code alone — for a use
    case about one contestant (a typed score, its grid row), which must not read the whole item.

    Built from the kept context (``kept``), which costs one statement while nothing it holds has changed; the
    result equals a fresh load (tests/app/services/test_scoring_kept.py)."""
    k = kept(s)
    if k.rows is None:
        rows = {r.blind_code: r for r in scoring_rows(s, only)}
    elif only is None:
        rows = k.rows
    else:
        one = k.rows.get(only.strip().upper())
        rows = {one.blind_code: one} if one is not None else {}
    return replace(k.base, rows=rows, by_id={r.code_id: r for r in rows.values()}, partial=only is not None, kept=k)


def require_scheme(ctx: Ctx) -> None:
    if not ctx.drafts:
        raise StateError(tr("尚未导入评分标准，请先在“评分标准”页导入或编辑"))


# The value is read as its stored decimal text and parsed once per distinct text (see load_entries).
_ENTRY_SQL = "SELECT id, criterion_id, blind_code_id, judge_id, value, supersedes_id, kind FROM score_entry"


def load_entries(
    s: Session, ctx: Ctx, *, criteria: Iterable[str] | None = None, code_ids: Iterable[int] | None = None
) -> list[scoring.Entry]:
    """The entry log as rule values (blind code, judge name), optionally for some criteria/contestants.

    This runs over every entry of the item (~100,000 for a big one) on each full recompute, so the
    loop only does dictionary look-ups: names are resolved through local maps, and the few distinct
    score texts ("2", "1.50" …) become ``Decimal`` once each, exactly as ``DecimalText`` would.  The rows
    come straight from sqlite3 in the session's transaction (SQLAlchemy's row objects cost more than the loop).
    """
    where: list[str] = []
    params: list[int] = []
    if criteria is not None:
        ids = [ctx.crit_id[c] for c in criteria if c in ctx.crit_id]
        where.append(f"criterion_id IN ({','.join('?' * len(ids))})")
        params += ids
    if code_ids is not None:
        cids = list(code_ids)
        where.append(f"blind_code_id IN ({','.join('?' * len(cids))})")
        params += cids
    sql = _ENTRY_SQL + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
    codes: dict[int, str] = {cid: r.blind_code for cid, r in ctx.by_id.items()}
    crits: dict[int, str] = dict(ctx.crit_code)
    names: dict[int, str] = dict(ctx.users)
    values: dict[str, Decimal] = {}
    entry = scoring.Entry
    out = []
    for eid, crit_id, cid, judge_id, text, sup, kind in driver(s).execute(sql, params):
        code = codes.get(cid)
        if code is None:
            code = codes[cid] = f"#{cid}"
        crit = crits.get(crit_id)
        if crit is None:
            crit = crits[crit_id] = f"#{crit_id}"
        judge = None
        if judge_id is not None:
            judge = names.get(judge_id)
            if judge is None:
                judge = names[judge_id] = f"#{judge_id}"
        value = values.get(text)
        if value is None:
            value = values[text] = Decimal(text)
        out.append(entry(eid, crit, code, judge, value, sup, kind))
    return out


def judges_started(s: Session, ctx: Ctx, criteria: Iterable[str]) -> dict[str, set[str]]:
    """criterion → the judges with any entry on it for a code of the current draw: what
    ``judges_by_criterion`` reads from a whole module's entries, asked by index for a one-code context."""
    ids = [ctx.crit_id[c] for c in criteria if c in ctx.crit_id]
    main = blind.current_code_ids(s)
    codes = [cid for cid, _code in main]
    q = (select(ScoreEntry.criterion_id, ScoreEntry.judge_id).distinct()
         .where(ScoreEntry.criterion_id.in_(ids), ScoreEntry.judge_id.is_not(None),
                ScoreEntry.blind_code_id.in_(codes)))
    out: dict[str, set[str]] = defaultdict(set)
    for crit_id, judge_id in s.execute(q):
        assert judge_id is not None  # the query keeps judged entries only
        out[ctx.crit_code.get(crit_id, f"#{crit_id}")].add(ctx.users.get(judge_id, f"#{judge_id}"))
    return out


def whole_item_disqualified(s: Session) -> set[int]:
    return {cid for cid, mod in _live_disqualifications(s) if mod is None}


def _live_disqualifications(s: Session) -> list[tuple[int, str | None]]:
    rows = list(s.scalars(select(Disqualification).order_by(Disqualification.id)))
    revoked = {r.revokes_id for r in rows if r.revokes_id is not None}
    return [(r.blind_code_id, r.module_code) for r in rows if r.revokes_id is None and r.id not in revoked]


def live_disqualification_rows(s: Session) -> list[Disqualification]:
    rows = list(s.scalars(select(Disqualification).order_by(Disqualification.id)))
    revoked = {r.revokes_id for r in rows if r.revokes_id is not None}
    return [r for r in rows if r.revokes_id is None and r.id not in revoked]


def module_disqualifications(s: Session, ctx: Ctx) -> dict[str, set[str]]:
    """blind code → disqualified module codes."""
    out: dict[str, set[str]] = defaultdict(set)
    if ctx.kept is not None:
        for cid, mods in ctx.kept.module_dq.items():
            if cid in ctx.by_id:
                out[ctx.by_id[cid].blind_code] |= mods
        return out
    for cid, mod in _live_disqualifications(s):
        if mod is not None and cid in ctx.by_id:
            out[ctx.by_id[cid].blind_code].add(mod)
    return out


def live_deduction_rows(s: Session, code_ids: Iterable[int] | None = None) -> list[Deduction]:
    q = select(Deduction).order_by(Deduction.id)
    if code_ids is not None:
        q = q.where(Deduction.blind_code_id.in_(list(code_ids)))
    rows = list(s.scalars(q))
    cancelled = {r.cancels_id for r in rows if r.cancels_id is not None}
    return [r for r in rows if r.cancels_id is None and r.id not in cancelled]


def deductions_of(s: Session, ctx: Ctx, code_ids: list[int]) -> list[LiveDeduction]:
    """``live_deduction_rows`` of these codes, from the kept context when there is one."""
    if ctx.kept is None:
        return [LiveDeduction.of(d) for d in live_deduction_rows(s, code_ids)]
    found = ctx.kept.deductions
    return sorted((d for cid in set(code_ids) for d in found.get(cid, ())), key=lambda d: d.id)


def times_of(s: Session, ctx: Ctx, code_ids: list[int]) -> dict[int, int]:
    """code id → the latest time used recorded, for these codes."""
    if ctx.kept is not None:
        return {cid: ctx.kept.times[cid] for cid in code_ids if cid in ctx.kept.times}
    q = (select(TimeRecord.blind_code_id, TimeRecord.seconds).where(TimeRecord.blind_code_id.in_(code_ids))
         .order_by(TimeRecord.id))
    return {cid: secs for cid, secs in s.execute(q)}  # ordered by id: the latest wins


def rule_deductions(ctx: Ctx, rows: Iterable[LiveDeduction]) -> list[scoring.Deduction]:
    return [
        scoring.Deduction(ctx.by_id[r.blind_code_id].blind_code, r.module_code, r.amount, r.reason)
        for r in rows if r.blind_code_id in ctx.by_id
    ]


def module_max(ctx: Ctx, module: str | None) -> Decimal:
    return sum((d.max_points for d in ctx.drafts.values() if module is None or d.module == module), Decimal(0))
