"""Score entry use cases (评分录入): one function per thing a judge or the head judge does.

Every number is a new ``score_entry`` row (INSERT only): a first entry, a blind second entry of a
measurement, or a correction that supersedes the current row and carries a reason.  Current values,
criterion scores and totals are derived by ``app.rules.scoring``.  Judges see and type blind codes
only.  Read views (grid, status, totals, history) are in ``scoring_views``, the paper-sheet import
in ``scoring_import``; both are re-exported here so callers use one module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import now
from app.errors import NotFound, PermissionDenied, Problem, StateError, ValidationError
from app.i18n import tr
from app.roles import Actor, Role, require
from app.rules import scoring, text_policy
from app.services import appeal_links, audit, backup, blind, checkpoints, integrity, vault
from app.services.scoring_import import ScoreImportReport, import_scores
from app.services.scoring_kept_grid import grid
from app.services.scoring_state import (
    ABSENT,
    Ctx,
    JudgeInfo,
    ScoringRow,
    live_deduction_rows,
    live_disqualification_rows,
    load_ctx,
    load_entries,
    module_max,
    require_scheme,
)
from app.services.scoring_views import (
    ContestantScore,
    Grid,
    GridCell,
    GridColumn,
    GridRow,
    HistoryItem,
    ScoringStatus,
    contestant_scores,
    grid_of,
    history,
    lock_blockers,
    rows,
    status,
    totals,
)
from app.vocab import ROOM_STATUSES, STATUS_LABELS, status_label
from db.bulk import insert_row
from db.models import Base, BlindStatus, Deduction, Disqualification, LockEvent, ScoreEntry, TimeRecord
from db.venue_file import VenueFile
from db.write_lock import hold_write_lock

__all__ = [
    "STATUS_CHOICES", "STATUS_LABELS", "ContestantScore", "Grid", "GridCell", "GridColumn", "GridRow", "HistoryItem", "JudgeInfo", "Saved",
    "ScoreImportReport", "ScoringRow", "ScoringStatus", "add_deduction", "cancel_deduction", "correct",
    "disqualify", "enter", "enter_in_grid", "enter_judgement", "enter_measurement", "grid", "history", "import_scores", "lock",
    "record_status", "record_time", "revoke_disqualification", "rows", "second_entry", "status", "totals", "unlock",
]

MAX_SECONDS = 24 * 3600


@dataclass(frozen=True)
class Saved:
    """What one save did, and the contestant's total recomputed from the log right after it."""

    entry_id: int
    blind_code: str
    criterion: str
    judge: str | None
    value: Decimal
    kind: str  # entry | second | correction
    flagged: tuple[str, ...]  # open spread / mismatch messages on this cell after the save
    later_score: Callable[[], ContestantScore] = field(repr=False, compare=False)

    @cached_property
    def score(self) -> ContestantScore:
        """The contestant's total right after the save, worked out when first asked (the grid never asks: it
        shows the cell, ~0.5 ms of every typed score)."""
        return self.later_score()


# ------------------------------------------------------------------------------ helpers


def _reason(reason: str | None, what: str) -> str:
    text = text_policy.clean(reason, text_policy.REASON, tr("原因"))
    if not text:
        raise ValidationError(tr("{what}须填写原因").format(what=what), column=tr("原因"))
    return text


def _writable(ctx: Ctx, actor: Actor, module: str) -> None:
    if ctx.module_locked(module):
        raise StateError(tr("模块 {m} 已锁定：只能由裁判长以“更正”方式修改并填写原因").format(m=module), module=module)


def _scoreable(row: ScoringRow) -> None:
    if row.status == ABSENT:
        raise StateError(tr("选手 {b} 缺考，不能录入分数").format(b=row.blind_code), blind_code=row.blind_code)


_LOGS = "scoring.logs"  # session.info: code id → that contestant's entry log in this unit of work
_SCORE_ENTRY = Base.metadata.tables["score_entry"]


def _code_log(s: Session, ctx: Ctx, row: ScoringRow) -> list[scoring.Entry]:
    """This contestant's whole entry log, read once per unit of work and kept current by ``_insert``: the checks,
    the flags, the total and the grid row read it instead of the file again.  The unit of work holds the
    write lock from before this read (``hold_write_lock``), so nothing else can add to the log meanwhile."""
    hold_write_lock(s)
    logs: dict[int, list[scoring.Entry]] = s.info.setdefault(_LOGS, {})
    if row.code_id not in logs:
        logs[row.code_id] = load_entries(s, ctx, code_ids=[row.code_id])
    return logs[row.code_id]


def _cell_entries(s: Session, ctx: Ctx, row: ScoringRow, code: str) -> list[scoring.Entry]:
    return [e for e in _code_log(s, ctx, row) if e.criterion == code]


def _insert(
    s: Session, ctx: Ctx, actor: Actor, row: ScoringRow, d_code: str, judge: JudgeInfo | None, value: Decimal,
    kind: str, supersedes: int | None = None, reason: str | None = None,
) -> scoring.Entry:
    """One new score_entry row and its audit record (the row as stored, from the insert's RETURNING), without
    the ORM; the entry joins the contestant's log of this unit of work."""
    log = _code_log(s, ctx, row)
    stored = insert_row(s, _SCORE_ENTRY, {
        "criterion_id": ctx.crit_id[d_code], "blind_code_id": row.code_id, "judge_id": judge.id if judge else None,
        "value": value, "kind": kind, "supersedes_id": supersedes, "reason": reason, "entered_by": actor.name,
        "entered_role": str(actor.role), "entered_at": now(),
    })
    # Criterion and judge are named for readers; the contestant is only what the row itself holds.
    audit.append_stored_fact(s, actor, f"score.{kind}", "score_entry", stored, entry=stored["id"], criterion=d_code,
                             judge=judge.name if judge else None, value=str(value), supersedes=supersedes,
                             reason=reason)
    e = scoring.Entry(stored["id"], d_code, row.blind_code, judge.name if judge else None, Decimal(stored["value"]),
                      supersedes, kind)
    log.append(e)
    return e


def _saved(s: Session, ctx: Ctx, row: ScoringRow, code: str, judge: str | None, e: scoring.Entry,
           value: Decimal) -> Saved:
    entries = _code_log(s, ctx, row)
    mine = [x for x in entries if x.criterion == code]
    flags = [v.message for v in scoring.spread_violations([ctx.drafts[code].rule()], scoring.current_values(mine))]
    flags += [m.message for m in scoring.double_entry_mismatches(mine)]
    return Saved(e.id, row.blind_code, code, judge, value, e.kind, tuple(flags), _score_after(s, ctx, row, entries))


def _score_after(s: Session, ctx: Ctx, row: ScoringRow, entries: list[scoring.Entry]) -> Callable[[], ContestantScore]:
    """The contestant's score from the log as it is now.  With the kept context everything it needs is in memory
    and fixed (this log as of now, the kept deductions, disqualifications and times; contestant_scores reads no
    file then), so it is worked out only if asked, with the same result; without one it is worked out now, in
    this unit of work."""
    if ctx.kept is None:
        score = contestant_scores(s, ctx, [row], entries)[row.code_id]
        return lambda: score
    log = list(entries)  # the unit of work's log grows no further once it is over; this copy never does
    return lambda: contestant_scores(s, ctx, [row], log)[row.code_id]


def _judge_for(ctx: Ctx, actor: Actor) -> JudgeInfo:
    if actor.user_id is None or actor.user_id not in ctx.judges:
        raise PermissionDenied(tr("{who}不是本项目在岗的裁判员，不能录入评价分").format(who=actor.label))
    return ctx.judges[actor.user_id]


# ------------------------------------------------------------------------------ entering


def enter_measurement(venue: VenueFile, actor: Actor, blind_code: str, criterion: str, raw: str) -> Saved:
    """The judging group's agreed value of a 测量 criterion, entered once."""
    require(actor, Role.JUDGE, Role.HEAD_JUDGE, action=tr("录入测量分"))
    with venue.unit_of_work() as s:
        hold_write_lock(s)  # the context, the checks and the insert see one state of the file
        return _enter_measurement(s, load_ctx(s, only=blind_code), actor, blind_code, criterion, raw)


def _enter_measurement(s: Session, ctx: Ctx, actor: Actor, blind_code: str, criterion: str, raw: str) -> Saved:
    require_scheme(ctx)
    d, row = ctx.criterion(criterion), ctx.row(blind_code)
    if d.kind != scoring.MEASUREMENT:
        raise ValidationError(tr("{c} 是评价项：请由每位裁判以自己的账号录入 0–3 分").format(c=d.code), criterion=d.code)
    _scoreable(row)
    _writable(ctx, actor, d.module)
    value = scoring.validate_value(d.rule(), raw)
    current = scoring.current_values(_cell_entries(s, ctx, row, d.code)).get((d.code, row.blind_code, None))
    if current is not None:
        raise StateError(tr("{c}、选手 {b} 已录入测量分 {v}：如需修改请用“更正”并填写原因").format(
            c=d.code, b=row.blind_code, v=current.value), criterion=d.code, blind_code=row.blind_code)
    e = _insert(s, ctx, actor, row, d.code, None, value, "entry")
    return _saved(s, ctx, row, d.code, None, e, value)


def enter_judgement(venue: VenueFile, actor: Actor, blind_code: str, criterion: str, raw: str) -> Saved:
    """A judge's own 0–3 score on a 评价 criterion; only the judge signed in, for themself."""
    require(actor, Role.JUDGE, action=tr("录入评价分"))
    with venue.unit_of_work() as s:
        hold_write_lock(s)  # the context, the checks and the insert see one state of the file
        return _enter_judgement(s, load_ctx(s, only=blind_code), actor, blind_code, criterion, raw)


def _enter_judgement(s: Session, ctx: Ctx, actor: Actor, blind_code: str, criterion: str, raw: str) -> Saved:
    require_scheme(ctx)
    judge = _judge_for(ctx, actor)
    d, row = ctx.criterion(criterion), ctx.row(blind_code)
    if d.kind != scoring.JUDGEMENT:
        raise ValidationError(tr("{c} 是测量项：请录入裁判组商定的分值").format(c=d.code), criterion=d.code)
    _scoreable(row)
    _writable(ctx, actor, d.module)
    value = scoring.validate_value(d.rule(), raw)
    current = scoring.current_values(_cell_entries(s, ctx, row, d.code))
    mine = current.get((d.code, row.blind_code, judge.name))
    if mine is not None:
        raise StateError(tr("您已给 {c}、选手 {b} 评 {v} 分：如需修改请用“更正”并填写原因").format(
            c=d.code, b=row.blind_code, v=mine.value), criterion=d.code, blind_code=row.blind_code)
    others = {k[2] for k in current if k[2] is not None}
    if len(others) >= d.judges:
        raise StateError(tr("{c}、选手 {b} 已有 {n} 位裁判评分（{names}），该项只需 {n} 位").format(
            c=d.code, b=row.blind_code, n=d.judges, names="、".join(sorted(others))), criterion=d.code)
    e = _insert(s, ctx, actor, row, d.code, judge, value, "entry")
    return _saved(s, ctx, row, d.code, judge.name, e, value)


def enter(venue: VenueFile, actor: Actor, blind_code: str, criterion: str, raw: str) -> Saved:
    """One cell typed in the grid: a measurement or the signed-in judge's judgement, by the criterion's type."""
    with venue.unit_of_work() as s:
        hold_write_lock(s)  # the context, the checks and the insert see one state of the file
        return _enter(s, load_ctx(s, only=blind_code), actor, blind_code, criterion, raw)


def _enter(s: Session, ctx: Ctx, actor: Actor, blind_code: str, criterion: str, raw: str) -> Saved:
    if ctx.criterion(criterion).kind == scoring.JUDGEMENT:
        require(actor, Role.JUDGE, action=tr("录入评价分"))
        return _enter_judgement(s, ctx, actor, blind_code, criterion, raw)
    require(actor, Role.JUDGE, Role.HEAD_JUDGE, action=tr("录入测量分"))
    return _enter_measurement(s, ctx, actor, blind_code, criterion, raw)


def second_entry(venue: VenueFile, actor: Actor, blind_code: str, criterion: str, raw: str) -> Saved:
    """Blind double entry of a measurement by a second person; a mismatch stays listed until resolved."""
    require(actor, Role.JUDGE, Role.HEAD_JUDGE, action=tr("复核录入测量分"))
    with venue.unit_of_work() as s:
        hold_write_lock(s)  # the context, the checks and the insert see one state of the file
        return _second_entry(s, load_ctx(s, only=blind_code), actor, blind_code, criterion, raw)


def _second_entry(s: Session, ctx: Ctx, actor: Actor, blind_code: str, criterion: str, raw: str) -> Saved:
    require_scheme(ctx)
    d, row = ctx.criterion(criterion), ctx.row(blind_code)
    if d.kind != scoring.MEASUREMENT:
        raise ValidationError(tr("只有测量项需要复核录入（{c} 是评价项）").format(c=d.code), criterion=d.code)
    _writable(ctx, actor, d.module)
    value = scoring.validate_value(d.rule(), raw)
    entries = _cell_entries(s, ctx, row, d.code)
    key = (d.code, row.blind_code, None)
    first = scoring.current_values(entries).get(key)
    if first is None:
        raise StateError(tr("{c}、选手 {b} 还没有第一次录入，不能复核").format(c=d.code, b=row.blind_code))
    author = s.get(ScoreEntry, first.id)
    if author is not None and author.entered_by == actor.name:
        raise PermissionDenied(tr("复核须由另一人录入：{c}、选手 {b} 的现值是您录入的").format(c=d.code, b=row.blind_code))
    previous = scoring.current_seconds(entries).get(key)
    e = _insert(s, ctx, actor, row, d.code, None, value, "second", previous.id if previous else None)
    return _saved(s, ctx, row, d.code, None, e, value)


def enter_in_grid(
    venue: VenueFile, actor: Actor, module: str, blind_code: str, criterion: str, raw: str, *, second: bool = False
) -> tuple[Saved, GridRow | None]:
    """What the grid does on Enter: save one typed cell (``enter``, or ``second_entry`` in blind double-entry
    mode) and read back that contestant's row of the module's grid, in one unit of work about that one code.

    The row is read after the insert in the same transaction and returned only once it has committed
    (fsynced), so the grid never shows a score the file does not hold; it equals
    ``grid(…, only=blind_code).rows[0]`` read afterwards (tests/app/services/test_scoring_incremental.py).
    """
    with venue.unit_of_work() as s:
        hold_write_lock(s)  # the kept context's stamp, the checks and the insert see one state of the file
        ctx = load_ctx(s, only=blind_code)
        if second:
            require(actor, Role.JUDGE, Role.HEAD_JUDGE, action=tr("复核录入测量分"))
            saved = _second_entry(s, ctx, actor, blind_code, criterion, raw)
        else:
            saved = _enter(s, ctx, actor, blind_code, criterion, raw)
        log = _code_log(s, ctx, ctx.row(blind_code))  # with the entry just added: not read back
        rows = grid_of(s, ctx, actor, module, second=second, entries=log).rows
    return saved, rows[0] if rows else None


def correct(
    venue: VenueFile, actor: Actor, blind_code: str, criterion: str, raw: str, reason: str,
    judge: str | None = None, appeal: int | None = None,
) -> Saved:
    """A new row superseding the cell's current value, with a reason.

    Before the lock a judge corrects measurements and their own judgement scores; the head judge
    may correct any cell.  After the lock only the head judge, and the history shows it.
    ``appeal``: the correction is made because the arbitration panel upheld that appeal (申诉); the
    reason says so and the link is recorded in the same transaction (app.services.appeal_links).
    """
    require(actor, Role.JUDGE, Role.HEAD_JUDGE, action=tr("更正分数"))
    text = _reason(reason, tr("更正分数"))
    if appeal is not None:
        text = appeal_links.correction_reason(appeal, text)
    with venue.unit_of_work() as s:
        hold_write_lock(s)  # the context, the checks and the insert see one state of the file
        if appeal is not None:
            appeal_links.require_changing(s, actor, appeal)
        ctx = load_ctx(s, only=blind_code)
        require_scheme(ctx)
        d, row = ctx.criterion(criterion), ctx.row(blind_code)
        locked = ctx.module_locked(d.module)
        if locked and actor.role != Role.HEAD_JUDGE:
            raise PermissionDenied(tr("模块 {m} 已锁定：锁定后只有裁判长可以更正").format(m=d.module))
        who: JudgeInfo | None = None
        if d.kind == scoring.JUDGEMENT:
            if actor.role == Role.JUDGE:
                who = _judge_for(ctx, actor)
                if judge is not None and ctx.judge(judge).id != who.id:
                    raise PermissionDenied(tr("裁判员不能修改其他裁判的评价分（{j}）").format(j=judge))
            elif judge is None:
                raise ValidationError(tr("请指明更正哪位裁判的评价分"), column=tr("裁判"))
            else:
                who = ctx.judge(judge)
        value = scoring.validate_value(d.rule(), raw)
        key = (d.code, row.blind_code, who.name if who else None)
        current = scoring.current_values(_cell_entries(s, ctx, row, d.code)).get(key)
        if current is None:
            raise StateError(tr("{c}、选手 {b} 还没有分数，无需更正：请直接录入").format(c=d.code, b=row.blind_code))
        if current.value == value:
            raise ValidationError(tr("更正后的分数与现值 {v} 相同").format(v=current.value), criterion=d.code)
        e = _insert(s, ctx, actor, row, d.code, who, value, "correction", current.id, text)
        if locked:
            audit.append(s, actor, "score.correction_after_lock", {"entry": e.id, "module": d.module, "reason": text})
        if appeal is not None:
            appeal_links.link(s, actor, appeal, appeal_links.SCORE_ENTRY, e.id)
        return _saved(s, ctx, row, d.code, who.name if who else None, e, value)


# ------------------------------------------------------------------------------ deductions, DQ, time


@dataclass(frozen=True)
class DeductionView:
    id: int
    blind_code: str
    module: str | None
    amount: Decimal
    reason: str
    by: str


def _module_or_item(ctx: Ctx, module: str | None) -> str | None:
    if module is None or not module.strip():
        return None
    code = module.strip().upper()
    if code not in ctx.module_names:
        raise NotFound(tr("评分标准中没有模块 {m}").format(m=module), module=module)
    return code


def _locked_for(ctx: Ctx, actor: Actor, module: str | None, what: str) -> None:
    locked = ctx.item_locked or (module is not None and module in ctx.locked_modules)
    if locked and actor.role != Role.HEAD_JUDGE:
        raise PermissionDenied(tr("成绩已锁定：锁定后只有裁判长可以{what}").format(what=what))


def add_deduction(
    venue: VenueFile, actor: Actor, blind_code: str, amount: str | Decimal, reason: str, module: str | None = None,
) -> DeductionView:
    """扣分 for a safety or conduct violation, from a module or (module None) the item total."""
    require(actor, Role.JUDGE, Role.HEAD_JUDGE, action=tr("扣分"))
    text = _reason(reason, tr("扣分"))
    with venue.unit_of_work() as s:
        ctx = load_ctx(s)
        require_scheme(ctx)
        row, mod = ctx.row(blind_code), _module_or_item(ctx, module)
        _scoreable(row)
        _locked_for(ctx, actor, mod, tr("扣分"))
        try:
            value = Decimal(scoring.normalise_number(str(amount)))
        except ArithmeticError as err:
            raise ValidationError(tr("扣分“{a}”不是有效数字").format(a=amount), column=tr("扣分")) from err
        limit = module_max(ctx, mod)
        if not (0 < value <= limit) or value != value.quantize(Decimal("0.01")):
            raise ValidationError(tr("扣分须大于 0、不超过 {m} 分，最多两位小数").format(m=limit), column=tr("扣分"),
                                  value=str(amount))
        d = Deduction(blind_code_id=row.code_id, module_code=mod, amount=value, reason=text, cancels_id=None,
                      actor=actor.name, at=now())
        s.add(d)
        audit.append_fact(s, actor, "score.deduction", d, id=d.id, module=mod, amount=str(value), reason=text)
        return DeductionView(d.id, row.blind_code, mod, value, text, actor.name)


def cancel_deduction(venue: VenueFile, actor: Actor, deduction_id: int, reason: str) -> None:
    require(actor, Role.JUDGE, Role.HEAD_JUDGE, action=tr("撤销扣分"))
    text = _reason(reason, tr("撤销扣分"))
    with venue.unit_of_work() as s:
        ctx = load_ctx(s)
        target = s.get(Deduction, deduction_id)
        if target is None or target.cancels_id is not None:
            raise NotFound(tr("没有编号为 {id} 的扣分记录").format(id=deduction_id))
        if target.id not in {r.id for r in live_deduction_rows(s, [target.blind_code_id])}:
            raise StateError(tr("扣分记录 {id} 已撤销").format(id=deduction_id))
        _locked_for(ctx, actor, target.module_code, tr("撤销扣分"))
        cancel = Deduction(blind_code_id=target.blind_code_id, module_code=target.module_code, amount=target.amount,
                           reason=text, cancels_id=target.id, actor=actor.name, at=now())
        s.add(cancel)
        audit.append_fact(s, actor, "score.deduction_cancel", cancel, id=deduction_id, reason=text)


def list_deductions(venue: VenueFile) -> list[DeductionView]:
    with venue.unit_of_work() as s:
        ctx = load_ctx(s)
        return [DeductionView(r.id, ctx.by_id[r.blind_code_id].blind_code, r.module_code, r.amount, r.reason, r.actor)
                for r in live_deduction_rows(s) if r.blind_code_id in ctx.by_id]


def disqualify(venue: VenueFile, actor: Actor, blind_code: str, reason: str, module: str | None = None) -> int:
    """取消资格 of one module (it scores 0) or of the whole item (listed, not ranked).  Head judge only."""
    require(actor, Role.HEAD_JUDGE, action=tr("取消资格"))
    text = _reason(reason, tr("取消资格"))
    with venue.unit_of_work() as s:
        ctx = load_ctx(s)
        row, mod = ctx.row(blind_code), _module_or_item(ctx, module)
        if any(r.blind_code_id == row.code_id and r.module_code == mod for r in live_disqualification_rows(s)):
            raise StateError(tr("选手 {b} 已被取消该资格").format(b=row.blind_code))
        dq = Disqualification(blind_code_id=row.code_id, module_code=mod, revokes_id=None, reason=text,
                              actor=actor.name, at=now())
        s.add(dq)
        audit.append_fact(s, actor, "score.disqualify", dq, id=dq.id, module=mod, reason=text)
        return dq.id


def revoke_disqualification(venue: VenueFile, actor: Actor, disqualification_id: int, reason: str) -> None:
    require(actor, Role.HEAD_JUDGE, action=tr("撤销取消资格"))
    text = _reason(reason, tr("撤销取消资格"))
    with venue.unit_of_work() as s:
        target = next((r for r in live_disqualification_rows(s) if r.id == disqualification_id), None)
        if target is None:
            raise NotFound(tr("没有有效的取消资格记录 {id}").format(id=disqualification_id))
        revoke = Disqualification(blind_code_id=target.blind_code_id, module_code=target.module_code,
                                  revokes_id=target.id, reason=text, actor=actor.name, at=now())
        s.add(revoke)
        audit.append_fact(s, actor, "score.disqualify_revoke", revoke, id=disqualification_id, reason=text)


def record_time(venue: VenueFile, actor: Actor, blind_code: str, seconds: int, reason: str | None = None) -> None:
    """用时 in seconds; a second record for the same contestant is a correction and needs a reason."""
    require(actor, Role.JUDGE, Role.HEAD_JUDGE, action=tr("记录用时"))
    with venue.unit_of_work() as s:
        ctx = load_ctx(s)
        row = ctx.row(blind_code)
        _scoreable(row)
        _locked_for(ctx, actor, None, tr("修改用时"))
        if not 0 <= int(seconds) <= MAX_SECONDS:
            raise ValidationError(tr("用时须在 0 到 24 小时之间"), column=tr("用时"), value=str(seconds))
        earlier = s.scalars(select(TimeRecord.id).where(TimeRecord.blind_code_id == row.code_id)).first()
        text = (_reason(reason, tr("修改已记录的用时")) if earlier is not None
                else text_policy.clean_optional(reason, text_policy.REASON, tr("原因")))
        rec = TimeRecord(blind_code_id=row.code_id, seconds=int(seconds), reason=text, actor=actor.name, at=now())
        s.add(rec)
        audit.append_fact(s, actor, "score.time", rec, blind_code=row.blind_code, seconds=int(seconds), reason=text)


STATUS_CHOICES = ROOM_STATUSES


def record_status(venue: VenueFile, actor: Actor, blind_code: str, status: str, reason: str) -> ScoringRow:
    """Attendance by blind code, as the scoring room sees it (e.g. the contestant at this code gave up:
    弃权), or back to 参赛 with a reason.  The desk's check-in log names people and cannot be joined to
    codes before decryption, so a withdrawal after the draw is recorded here for the lock to stop waiting."""
    require(actor, Role.JUDGE, Role.HEAD_JUDGE, action=tr("登记弃权或缺考"))
    text = _reason(reason, tr("登记弃权或缺考"))
    if status not in STATUS_CHOICES:
        raise ValidationError(tr("状态须为参赛、缺考或弃权"), column=tr("状态"), value=status)
    with venue.unit_of_work() as s:
        ctx = load_ctx(s)
        row = ctx.row(blind_code)
        _locked_for(ctx, actor, None, tr("修改参赛状态"))
        if row.status == status:
            raise StateError(tr("加密号 {b} 已是“{s}”").format(b=row.blind_code, s=status_label(status)))
        rec = BlindStatus(blind_code_id=row.code_id, status=status, reason=text, actor=actor.name, at=now())
        s.add(rec)
        audit.append_fact(s, actor, "score.status", rec, blind_code=row.blind_code, status=status, reason=text)
        return load_ctx(s).row(row.blind_code)


# ------------------------------------------------------------------------------ locks


def lock(venue: VenueFile, actor: Actor, module: str | None = None, *, passphrase: str) -> checkpoints.CheckpointView:
    """Lock a module or the whole item; refused with the list of what is missing or still open.

    The head judge's passphrase opens the vault: the lock is signed as a checkpoint of the audit chain,
    whose short form goes on the printed lock confirmation.
    """
    require(actor, Role.HEAD_JUDGE, action=tr("锁定成绩"))
    key = vault.unlock(venue, actor, passphrase).signing_key  # a wrong passphrase stops here, nothing written
    integrity.require_sound(venue)  # never sign a head that was rewritten outside the app
    with venue.unit_of_work() as s:
        ctx = load_ctx(s)
        require_scheme(ctx)
        mod = _module_or_item(ctx, module)
        if (mod is None and ctx.item_locked) or (mod is not None and ctx.module_locked(mod)):
            raise StateError(tr("已经锁定"))
        if (pending := blind.pending_late(s)):
            raise StateError(tr("还有 {n} 位迟到选手的加密号未发给评分组，不能锁定：请裁判长在“抽签与加密”页输入口令打开对照表，"
                                "发放其加密号并录入其分数。").format(n=pending))
        blockers = lock_blockers(s, ctx, mod)
        if blockers:
            what = tr("模块 {m}").format(m=mod) if mod else tr("全项目")
            raise StateError(tr("{what}还不能锁定：有 {n} 处缺分、分差超限或复核不一致").format(what=what, n=len(blockers)),
                             [Problem(b) for b in blockers])
        ev = LockEvent(module_code=mod, action="lock", reason=None, actor=actor.name, at=now())
        s.add(ev)
        audit.append_fact(s, actor, "score.lock", ev, module=mod)
        view = checkpoints.view(checkpoints.sign(s, actor, key, checkpoints.LOCK, f"module:{mod}" if mod else "item"))
    backup.backup_now(venue, "after-lock")  # a locked state is a milestone worth a copy
    return view


def unlock(venue: VenueFile, actor: Actor, reason: str, module: str | None = None) -> None:
    """Reopen a locked module or (module None) the item and every locked module; not after decryption."""
    require(actor, Role.HEAD_JUDGE, action=tr("解除锁定"))
    text = _reason(reason, tr("解除锁定"))
    with venue.unit_of_work() as s:
        ctx = load_ctx(s)
        if ctx.decrypted:
            raise StateError(tr("已解密，不能再解除锁定；如需修改请用裁判长更正"))
        mod = _module_or_item(ctx, module)
        targets = ([None] if ctx.item_locked else []) + sorted(ctx.locked_modules) if mod is None else [mod]
        if mod is not None and mod not in ctx.locked_modules:
            raise StateError(tr("模块 {m} 没有单独锁定").format(m=mod) + (tr("（全项目已锁定，请解除全项目锁定）")
                                                                        if ctx.item_locked else ""))
        if not targets:
            raise StateError(tr("当前没有锁定"))
        events = [LockEvent(module_code=m, action="unlock", reason=text, actor=actor.name, at=now()) for m in targets]
        s.add_all(events)
        audit.append_fact(s, actor, "score.unlock", *events, modules=targets, reason=text)
