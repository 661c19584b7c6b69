"""Read views of the scoring room: the entry grid, a cell's history, completeness and totals.

Nothing here writes.  Everything is derived from the append-only log by ``app.rules.scoring``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import PermissionDenied
from app.i18n import tr
from app.roles import Actor, Role
from app.rules import scoring
from app.services import scoring_current
from app.services.scoring_state import (
    Ctx,
    ScoringRow,
    cyclic_gc_paused,
    deductions_of,
    judges_started,
    live_disqualification_rows,
    load_ctx,
    load_entries,
    module_disqualifications,
    rule_deductions,
    times_of,
)
from app.vocab import ABSENT, status_label
from db.models import ScoreEntry
from db.venue_file import VenueFile

# Cell states, most urgent first; the grid colours by them.
FLAGGED, MISMATCH, MISSING, CORRECTED, ENTERED, NOT_REQUIRED = (
    "flagged", "mismatch", "missing", "corrected", "entered", "not_required")


@dataclass(frozen=True)
class GridColumn:
    code: str
    description: str
    kind: str  # M | J
    max_points: Decimal
    judges: int
    descriptions: tuple[str, ...]  # J: meaning of 0..3


@dataclass(frozen=True)
class GridCell:
    text: str  # what the cell shows
    value: Decimal | None  # the value this person edits (own J score, M value, own second entry)
    state: str  # flagged | mismatch | missing | corrected | entered | not_required
    locked: bool
    editable: bool  # may type a first value here now (otherwise: correction dialog, or nothing)
    note: str = ""  # tooltip: the spread/mismatch message, the correction reason…
    by_judge: tuple[tuple[str, str], ...] = ()  # the head judge's J cell: (judge, value or "–") in the text's order


@dataclass(frozen=True)
class GridRow:
    blind_code: str  # 加密号
    status: str  # 参赛 / 缺考 / 弃权 (label)
    cells: tuple[GridCell, ...]
    module_score: Decimal | None  # None for a judge (panel results are not shown while scoring)
    complete: bool


@dataclass(frozen=True)
class Grid:
    module: str
    module_name: str
    columns: tuple[GridColumn, ...]
    rows: tuple[GridRow, ...]
    judge: str | None  # whose judgement scores the J cells hold (the signed-in judge)
    locked: bool
    second: bool  # blind double-entry mode: measurement columns only, first values hidden


@dataclass(frozen=True)
class HistoryItem:
    id: int
    kind: str  # entry | second | correction
    kind_label: str
    value: Decimal
    judge: str | None
    entered_by: str
    role: str
    at: datetime
    reason: str | None
    supersedes: int | None
    current: bool


@dataclass(frozen=True)
class ContestantScore:
    """Per blind code: no name, no station; totals derived from the log."""

    code_id: int
    blind_code: str
    status: str  # competed | absent | withdrew
    disqualified: bool  # whole item
    modules: tuple[scoring.ModuleScore, ...]
    item_deductions: Decimal
    total: Decimal
    complete: bool
    missing: tuple[str, ...]
    time_used_s: int | None


@dataclass(frozen=True)
class Completion:  # 完成情况 of one judge or criterion (not app.progress, the long-work contract)
    key: str  # judge label or criterion code
    done: int
    expected: int

    @property
    def missing(self) -> int:
        return max(0, self.expected - self.done)


@dataclass(frozen=True)
class ModuleState:
    code: str
    name: str
    locked: bool
    missing: int
    spreads: int
    mismatches: int


@dataclass(frozen=True)
class ScoringStatus:
    contestants: int  # drawn
    required: int  # whose scores the lock waits for
    judges: tuple[Completion, ...]  # judgement cells per judge; measurements under "测量"
    criteria: tuple[Completion, ...]
    modules: tuple[ModuleState, ...]
    missing: tuple[str, ...]
    spreads: tuple[str, ...]
    mismatches: tuple[str, ...]
    item_locked: bool
    double_entry: bool

    @property
    def ready_to_lock(self) -> bool:
        return not (self.missing or self.spreads or self.mismatches)


KIND_LABELS = {"entry": "录入", "second": "复核录入", "correction": "更正"}


# ------------------------------------------------------------------------------ rows and grid


def rows(venue: VenueFile) -> list[ScoringRow]:
    with venue.unit_of_work() as s:
        return sorted(load_ctx(s).rows.values(), key=lambda r: r.blind_code)


def grid_of(
    s: Session, ctx: Ctx, actor: Actor, module: str, *, second: bool = False,
    entries: list[scoring.Entry] | None = None,
) -> Grid:
    """``grid`` of the contestants in ``ctx`` (all of them, or the one a ``load_ctx(s, only=…)`` holds).

    ``entries``: the log of those contestants, when the caller holds it already (at least the module's
    entries, in id order; a typed score passes its contestant's log with the entry it has just added)."""
    code = module.strip().upper()
    module_codes = [d.code for d in ctx.drafts.values() if d.module == code]
    if entries is None:
        # the rows straight from sqlite3, grouped by cell (app.services.scoring_current): ~25,000 at 500
        ids = [r.code_id for r in ctx.rows.values()] if ctx.partial else None
        cur = scoring_current.read(s, ctx, module_codes, ids)
    else:
        wanted = set(module_codes)
        cur = scoring_current.of_entries(e for e in entries if e.criterion in wanted)
    return grid_from(s, ctx, actor, code, cur, second=second)


def grid_from(s: Session, ctx: Ctx, actor: Actor, code: str, cur: scoring_current.Current, *,
              second: bool = False) -> Grid:
    """The grid of module ``code`` for the contestants of ``ctx``, from their cells' current state."""
    drafts = [d for d in ctx.drafts.values() if d.module == code]
    if second:
        drafts = [d for d in drafts if d.kind == scoring.MEASUREMENT]
    me = ctx.judges.get(actor.user_id or -1) if actor.role == Role.JUDGE else None
    people = list(ctx.rows.values())
    module_codes = {d.code for d in ctx.drafts.values() if d.module == code}
    # Each derivation runs once over the module's cells and is shared.
    spreads = {(v.criterion, v.contestant): v.message
               for v in scoring.spread_violations_in([d.rule() for d in drafts], cur.values)}
    mismatches = {(m.criterion, m.contestant): m.message
                  for m in scoring.double_entry_mismatches((), cur.firsts, cur.seconds)}
    dq = module_disqualifications(s, ctx)
    locked = ctx.module_locked(code)
    started = judges_started(s, ctx, module_codes) if ctx.partial and ctx.needs_started(module_codes) else None
    panel = ctx.judges_by_criterion((), cur.started if started is None else started)
    show_scores = actor.role == Role.HEAD_JUDGE
    scores = module_scores_of(s, ctx, code, people, cur.values, dq) if show_scores else {}
    look = _Cells(cur, spreads, mismatches, me.name if me else None, actor, locked, second)
    out_rows = []
    for r in sorted(people, key=lambda r: r.blind_code):
        not_required = not r.required or code in dq.get(r.blind_code, set())
        cells = tuple(look.cell(d.code, d.kind, d.judges, r, not_required, panel.get(d.code, ())) for d in drafts)
        out_rows.append(GridRow(r.blind_code, status_label(r.status), cells,
                                scores.get(r.code_id) if show_scores else None,
                                all(c.state not in (MISSING, FLAGGED, MISMATCH) for c in cells)))
    return Grid(code, ctx.module_names.get(code, ""), tuple(
        GridColumn(d.code, d.description, d.kind, d.max_points, d.judges, d.descriptions) for d in drafts),
        tuple(out_rows), me.name if me else None, locked, second)


def module_scores_of(
    s: Session, ctx: Ctx, module: str, people: Iterable[ScoringRow], cells: scoring.Cells,
    dq: dict[str, set[str]],
) -> dict[int, Decimal]:
    """One module's score per contestant, from the module's own criteria, deductions and disqualifications.

    A module's score depends on nothing outside the module (item deductions come off the total), so the
    grid derives only this module instead of every module of every contestant; ``contestant_scores`` gives
    the same module score (tests/app/services/test_scoring_incremental.py).
    """
    people = list(people)
    criteria = [d.rule() for d in ctx.drafts.values() if d.module == module]
    deductions = [d for d in rule_deductions(ctx, deductions_of(s, ctx, [r.code_id for r in people]))
                  if d.module == module]
    codes = {r.blind_code for r in people}
    disq = {b: {module} for b in codes if module in dq.get(b, set())}
    mine = {k: v for k, v in cells.items() if k[1] in codes}
    with cyclic_gc_paused():
        totals = scoring.contestant_totals(criteria, (), deductions, disq, ctx.settings.decimals, contestants=codes,
                                           cells=mine)
    out = {}
    for r in people:
        ms = next((m for m in totals[r.blind_code].modules if m.module == module), None)
        if ms is not None:
            out[r.code_id] = ms.score
    return out


def _fmt(v: Decimal) -> str:
    return format(v.normalize(), "f") if v == v.to_integral_value() else format(v, "f")


class _Formatter(dict):  # type: ignore[type-arg]
    """``_fmt`` remembered per distinct decimal (its sign, digits and exponent, which its ``str`` spells out
    exactly: 1.5 and 1.50 print apart); a grid shows ~50,000 values made of a handful of distinct ones."""

    def __call__(self, v: Decimal) -> str:
        key = str(v)
        text = self.get(key)
        if text is None:
            text = self[key] = _fmt(v)
        return text


class _Cells:
    """Makes the grid's cells.  A grid of 500 × 10 shows a handful of distinct cells (the same marks, the same
    state), so equal cells are made once and shared (``_pool``): less work and far fewer objects to keep.

    A cell with no note of its own (no spread, no mismatch), no correction and no second entry is a function of
    its criterion, the contestant's attendance and whether the module is required of them, and its marks: such
    a cell is made once per distinct set of those (``_same``), the marks told by their objects when each text
    read is one object (``Current.one_object_per_text``: 1.5 and 1.50 are equal but print apart)."""

    def __init__(self, cur: scoring_current.Current, spreads: dict, mismatches: dict,  # type: ignore[type-arg]
                 me: str | None, actor: Actor, locked: bool, second: bool) -> None:
        self.cur, self.spreads, self.mismatches, self.me, self.locked, self.second = (
            cur, spreads, mismatches, me, locked, second)
        self.may_type = actor.role in (Role.JUDGE, Role.HEAD_JUDGE)
        self.fmt = _Formatter()
        self._pool: dict[tuple[GridCell, str], GridCell] = {}
        self._panel: dict[tuple[tuple[str, ...], tuple[tuple[str, str], ...]], tuple[str, str, tuple]] = {}  # type: ignore[type-arg]
        self._same: dict[tuple, GridCell] | None = {} if cur.one_object_per_text else None  # type: ignore[type-arg]
        self._own = {*spreads, *mismatches, *((k[0], k[1]) for k in cur.corrected),
                     *((k[0], k[1]) for k in cur.seconds)}

    def cell(self, code: str, kind: str, judges: int, r: ScoringRow, not_required: bool,
             panel: tuple[str, ...]) -> GridCell:
        at = (code, r.blind_code)
        if self._same is None or at in self._own:
            return self._made(code, kind, judges, r, not_required, panel)
        by = self.cur.values.get(at)
        key = (code, r.status == ABSENT, not_required, tuple(by) if by else (), tuple(map(id, by.values())) if by else ())
        found = self._same.get(key)
        if found is None:
            found = self._same[key] = self._made(code, kind, judges, r, not_required, panel)
        return found

    def _made(self, code: str, kind: str, judges: int, r: ScoringRow, not_required: bool,
              panel: tuple[str, ...]) -> GridCell:
        made = self._make(code, kind, judges, r, not_required, panel)
        # the value's text joins the key: 2 and 2.0 are equal decimals, and the cell keeps what was typed
        return self._pool.setdefault((made, str(made.value)), made)

    def _make(self, code: str, kind: str, judges: int, r: ScoringRow, not_required: bool,
              panel: tuple[str, ...]) -> GridCell:
        b, cur, fmt, locked = r.blind_code, self.cur, self.fmt, self.locked
        note = self.spreads.get((code, b)) or self.mismatches.get((code, b)) or ""
        flagged = FLAGGED if (code, b) in self.spreads else MISMATCH if (code, b) in self.mismatches else None
        may_write = not locked and r.status != ABSENT
        by = cur.values.get((code, b))
        if kind == scoring.MEASUREMENT:
            if self.second:
                mine = cur.seconds.get((code, b, None))
                value = mine.value if mine else None
                state = flagged or (MISSING if value is None and not not_required else ENTERED if value is not None
                                    else NOT_REQUIRED)
                return GridCell(fmt(value) if value is not None else "", value, state, locked,
                                may_write and mine is None and self.may_type, note)
            value = by.get(None) if by else None
            state = flagged or (NOT_REQUIRED if not_required else MISSING) if value is None else flagged or (
                CORRECTED if (code, b, None) in cur.corrected else ENTERED)
            return GridCell(fmt(value) if value is not None else "", value, state, locked,
                            may_write and value is None and self.may_type, note)
        named = {j: v for j, v in by.items() if j is not None} if by else {}
        if self.me is not None:  # a judge: their own score only
            value = named.get(self.me)
            state = (NOT_REQUIRED if not_required else MISSING) if value is None else flagged or (
                CORRECTED if (code, b, self.me) in cur.corrected else ENTERED)
            return GridCell(fmt(value) if value is not None else "", value, state, locked,
                            may_write and value is None, note)
        text, marks, by_judge = self._marks(panel, named)
        complete = len(named) >= judges
        corrected = any((code, b, j) in cur.corrected for j in named)
        state = flagged or (NOT_REQUIRED if not_required and not complete else MISSING if not complete else
                            CORRECTED if corrected else ENTERED)
        return GridCell(text, None, state, locked, False, note or marks, by_judge)

    def _marks(self, panel: tuple[str, ...], named: dict[str, Decimal]) -> tuple[str, str, tuple]:  # type: ignore[type-arg]
        """The head judge's J cell: its text, the judges' marks for the tooltip, and (judge, mark) in order."""
        key = (panel, tuple((j, str(v)) for j, v in named.items()))  # by text: 1.5 and 1.50 print apart
        found = self._panel.get(key)
        if found is None:
            order = list(panel) + sorted(set(named) - set(panel))
            values = [self.fmt(named[j]) if j in named else "–" for j in order]  # each value formatted once
            text = " · ".join(values) if named else ""
            marks = "，".join(f"{j}={v}" for j, v in zip(order, values, strict=True) if j in named) if named else ""
            found = self._panel[key] = (text, marks, tuple(zip(order, values, strict=True)))
        return found


# ------------------------------------------------------------------------------ history


def history(
    venue: VenueFile, actor: Actor, blind_code: str, criterion: str, judge: str | None = None
) -> list[HistoryItem]:
    """Every row ever typed for a cell (oldest first): who, when, why, and which one is current.

    A judge sees measurements and their own judgement scores; the head judge sees everything
    (for a judgement criterion without ``judge``: the whole panel).
    """
    with venue.unit_of_work() as s:
        ctx = load_ctx(s)
        d, row = ctx.criterion(criterion), ctx.row(blind_code)
        who: str | None = None
        if d.kind == scoring.JUDGEMENT:
            if actor.role == Role.JUDGE:
                me = ctx.judges.get(actor.user_id or -1)
                if me is None or (judge is not None and ctx.judge(judge).name != me.name):
                    raise PermissionDenied(tr("裁判员只能查看自己的评价分记录"))
                who = me.name
            elif judge is not None:
                who = ctx.judge(judge).name
        entries = [e for e in load_entries(s, ctx, criteria=[d.code], code_ids=[row.code_id])
                   if d.kind == scoring.MEASUREMENT or who is None or e.judge == who]
        live = {e.id for e in scoring.current_values(entries).values()}
        live |= {e.id for e in scoring.current_seconds(entries).values()}
        detail = {r.id: r for r in s.scalars(select(ScoreEntry).where(ScoreEntry.id.in_([e.id for e in entries])))}
        return [
            HistoryItem(e.id, e.kind, tr(KIND_LABELS.get(e.kind, e.kind)), e.value, e.judge, detail[e.id].entered_by,
                        detail[e.id].entered_role, detail[e.id].entered_at, detail[e.id].reason, e.supersedes,
                        e.id in live)
            for e in entries
        ]


# ------------------------------------------------------------------------------ totals


def contestant_scores(
    s: Session, ctx: Ctx, people: Iterable[ScoringRow], entries: list[scoring.Entry] | None = None
) -> dict[int, ContestantScore]:
    with cyclic_gc_paused():  # a full recompute makes ~100,000 small objects (bench/scoring.py)
        return _contestant_scores(s, ctx, people, entries)


def _contestant_scores(
    s: Session, ctx: Ctx, people: Iterable[ScoringRow], entries: list[scoring.Entry] | None
) -> dict[int, ContestantScore]:
    people = list(people)
    ids = [r.code_id for r in people]
    if entries is None:
        entries = load_entries(s, ctx, code_ids=ids)
    codes = {r.blind_code for r in people}
    entries = [e for e in entries if e.contestant in codes]
    deductions = rule_deductions(ctx, deductions_of(s, ctx, ids))
    dq = module_disqualifications(s, ctx)
    totals = scoring.contestant_totals(ctx.criteria, entries, deductions, {b: dq[b] for b in codes if b in dq},
                                       ctx.settings.decimals, contestants=codes)
    times = times_of(s, ctx, ids)
    out = {}
    for r in people:
        t = totals[r.blind_code]
        out[r.code_id] = ContestantScore(r.code_id, r.blind_code, r.status, r.disqualified, t.modules,
                                         t.item_deductions, t.total, t.complete, t.missing, times.get(r.code_id))
    return out


def totals(venue: VenueFile) -> list[ContestantScore]:
    """Every drawn contestant's module scores and total, by blind code (the results room adds names)."""
    with venue.unit_of_work() as s:
        ctx = load_ctx(s)
        scores = contestant_scores(s, ctx, ctx.rows.values())
        return sorted(scores.values(), key=lambda c: c.blind_code)


# ------------------------------------------------------------------------------ completeness


def _open_items(s: Session, ctx: Ctx, module: str | None) -> tuple[list[scoring.MissingCell], list[str], list[str]]:
    drafts = [d for d in ctx.drafts.values() if module is None or d.module == module]
    criteria = [d.rule() for d in drafts]
    entries = load_entries(s, ctx, criteria=[d.code for d in drafts])
    dq = module_disqualifications(s, ctx)
    required = [r.blind_code for r in ctx.rows.values() if r.required]
    missing = [m for m in scoring.completeness(criteria, entries, required, ctx.judges_by_criterion(entries))
               if ctx.drafts[m.criterion].module not in dq.get(m.contestant, set())]
    current = scoring.current_values(entries)
    spreads = [v.message for v in scoring.spread_violations(criteria, current)]
    mismatches = [m.message for m in scoring.double_entry_mismatches(entries)]
    if ctx.settings.double_entry:
        seconds = scoring.current_seconds(entries)
        required_set = set(required)
        for key in sorted(current, key=lambda k: (k[0], k[1])):
            c, b, j = key
            if j is None and b in required_set and key not in seconds:
                mismatches.append(tr("评分项 {c}、选手 {b}：测量分尚未复核录入").format(c=c, b=b))
    mismatches += [c.message for c in scoring.conflicts(entries)]
    return missing, spreads, mismatches


def lock_blockers(s: Session, ctx: Ctx, module: str | None) -> list[str]:
    missing, spreads, mismatches = _open_items(s, ctx, module)
    return [m.message for m in missing] + spreads + mismatches


def status(venue: VenueFile) -> ScoringStatus:
    """Completeness per judge and per criterion, open spreads and mismatches, lock state per module."""
    with venue.unit_of_work() as s:
        ctx = load_ctx(s)
        missing, spreads, mismatches = _open_items(s, ctx, None)
        required = [r for r in ctx.rows.values() if r.required]
        entries = load_entries(s, ctx)
        panel = ctx.judges_by_criterion(entries)
        dq = module_disqualifications(s, ctx)
        expected_j: dict[str, int] = defaultdict(int)
        expected_c: dict[str, int] = defaultdict(int)
        for d in ctx.drafts.values():
            n = sum(1 for r in required if d.module not in dq.get(r.blind_code, set()))
            expected_c[d.code] = n * (d.judges if d.kind == scoring.JUDGEMENT else 1)
            if d.kind == scoring.JUDGEMENT:
                for j in panel.get(d.code, ()):
                    expected_j[j] += n
            else:
                expected_j[tr("测量（裁判组）")] += n
        missing_c: dict[str, int] = defaultdict(int)
        missing_j: dict[str, int] = defaultdict(int)
        for m in missing:
            missing_c[m.criterion] += 1
            missing_j[m.judge if m.judge is not None else tr("测量（裁判组）")] += 1
        label = {j.name: j.label for j in ctx.judges.values()}
        judges = tuple(Completion(label.get(k, k), n - missing_j[k], n) for k, n in expected_j.items())
        criteria = tuple(Completion(c, n - missing_c[c], n) for c, n in expected_c.items())
        modules = []
        for code, name in ctx.module_names.items():
            mm, ms, mx = _open_items(s, ctx, code)
            modules.append(ModuleState(code, name, ctx.module_locked(code), len(mm), len(ms), len(mx)))
        return ScoringStatus(len(ctx.rows), len(required), judges, criteria, tuple(modules),
                             tuple(m.message for m in missing), tuple(spreads), tuple(mismatches), ctx.item_locked,
                             ctx.settings.double_entry)


# ------------------------------------------------------------------------------ disqualifications


@dataclass(frozen=True)
class DisqualificationView:
    """A standing 取消资格 (not revoked), by blind code; its id is what ``revoke_disqualification`` takes."""

    id: int
    blind_code: str
    module: str | None  # None: the whole item
    reason: str
    by: str


def list_disqualifications(venue: VenueFile) -> list[DisqualificationView]:
    """Standing disqualifications, oldest first (the GUI lists them so the head judge can revoke one)."""
    with venue.unit_of_work() as s:
        ctx = load_ctx(s)
        return [DisqualificationView(r.id, ctx.by_id[r.blind_code_id].blind_code, r.module_code, r.reason, r.actor)
                for r in live_disqualification_rows(s) if r.blind_code_id in ctx.by_id]
