"""Bulk entry of paper marking sheets (.xlsx / .csv), validated like typed entries, all-or-nothing.

Two layouts are accepted, recognised by their headers:
- long: 加密号 | 评分项编号 | 裁判 | 分数 — one value per row;
- wide (as a paper sheet looks): 加密号 | 裁判 | A1.1 | A1.2 | … — one contestant per row, one
  column per criterion code.
The 裁判 column holds the judge's number (J1) or account name; it is required for judgement
criteria and ignored for measurements.  Re-importing the same sheet adds nothing: a value equal to
the cell's current value counts as unchanged; a different value is refused (use a correction).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

from app.clock import now
from app.errors import DomainError, Problem, ValidationError
from app.i18n import tr
from app.progress import Cancel, Progress, Steps
from app.roles import Actor, Role, require
from app.rules import scoring
from app.services import audit, backup
from app.services.scoring_state import Ctx, load_ctx, load_entries, require_scheme
from app.tabular import Column, Sheet, read_sheet
from app.vocab import ABSENT
from db.models import ScoreEntry
from db.venue_file import VenueFile

CHUNK = 2000

BLIND = Column("blind_code", "加密号", ("选手加密号", "blind code"), required=True)
CRITERION = Column("criterion", "评分项编号", ("评分项", "criterion"))
JUDGE = Column("judge", "裁判", ("裁判编号", "裁判员", "judge"))
VALUE = Column("value", "分数", ("得分", "分值", "score"))


@dataclass
class ScoreImportReport:
    file: str
    values_read: int = 0
    added: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        return tr("读取 {r} 个分数：新增 {a} 个，与现值相同 {u} 个").format(
            r=self.values_read, a=self.added, u=self.unchanged)


@dataclass(frozen=True)
class _Value:
    row: int
    column: str
    blind_code: str
    criterion: str
    judge: str
    raw: str


def _values(sheet: Sheet, ctx: Ctx) -> list[_Value]:
    out: list[_Value] = []
    long = "criterion" in sheet.headers
    for r in sheet.rows:
        if long:
            out.append(_Value(r.number, sheet.headers.get("value", tr("分数")), r.get("blind_code"),
                              r.get("criterion"), r.get("judge"), r.get("value")))
            continue
        for code in ctx.drafts:
            key = f"c:{code}"
            if key in sheet.headers and r.get(key).strip():
                out.append(_Value(r.number, sheet.headers[key], r.get("blind_code"), code, r.get("judge"),
                                  r.get(key)))
    return out


def import_scores(
    venue: VenueFile, actor: Actor, path: Path, *, progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ScoreImportReport:
    """Check every value first; any problem and nothing is written.  ``cancel`` rolls back."""
    require(actor, Role.JUDGE, Role.HEAD_JUDGE, action=tr("导入评分表"))
    path = Path(path)
    report = ScoreImportReport(path.name)
    backup.backup_now(venue, "before-score-import")

    steps = Steps(progress, cancel, tr("已取消导入，未写入任何分数"))

    def tick(done: int, total: int, text: str) -> None:
        steps.report(done, total, text)
        steps.check()

    with venue.unit_of_work() as s:
        ctx = load_ctx(s)
        require_scheme(ctx)
        columns = [BLIND, CRITERION, JUDGE, VALUE] + [Column(f"c:{c}", c) for c in ctx.drafts]
        sheet = read_sheet(path, columns)
        if "criterion" in sheet.headers and "value" not in sheet.headers:
            raise ValidationError(tr("{f} 有“评分项编号”列但缺少“分数”列").format(f=path.name), file=path.name)
        if "criterion" not in sheet.headers and not any(k.startswith("c:") for k in sheet.headers):
            raise ValidationError(tr("{f} 中既没有“评分项编号”列，也没有以评分项编号（如 {c}）为列名的列").format(
                f=path.name, c=next(iter(ctx.drafts))), file=path.name)
        values = _values(sheet, ctx)
        report.values_read = len(values)
        tick(0, len(values), tr("正在检查……"))
        current = scoring.current_values(load_entries(s, ctx))
        judges_on: dict[tuple[str, str], set[str]] = {}
        for (c, b, j) in current:
            if j is not None:
                judges_on.setdefault((c, b), set()).add(j)
        me = ctx.judges.get(actor.user_id or -1) if actor.role == Role.JUDGE else None
        pending: dict[tuple[str, str, str | None], tuple[_Value, Decimal]] = {}
        rows_out: list[dict[str, object]] = []
        at = now()
        for i, v in enumerate(values):
            if i % CHUNK == 0 and i:
                tick(i, len(values), tr("正在检查第 {i}/{n} 个分数……").format(i=i, n=len(values)))

            def bad(message: str, v: _Value = v) -> None:
                report.problems.append(Problem(message, file=path.name, row=v.row, column=v.column, value=v.raw))

            try:
                d, row = ctx.criterion(v.criterion), ctx.row(v.blind_code)
                value = scoring.validate_value(d.rule(), v.raw)
                judge = None
                if d.kind == scoring.JUDGEMENT:
                    if not v.judge.strip():
                        if me is None:
                            raise ValidationError(tr("评价项须在“裁判”列写明裁判编号或姓名"))
                        judge = me
                    else:
                        judge = ctx.judge(v.judge)
                    if me is not None and judge.id != me.id:
                        raise ValidationError(tr("裁判员只能导入自己的评价分（本行为 {j}）").format(j=judge.label))
            except DomainError as exc:
                bad(exc.message)
                continue
            if row.status == ABSENT:
                bad(tr("选手 {b} 缺考，不能录入分数").format(b=row.blind_code))
                continue
            if ctx.module_locked(d.module):
                bad(tr("模块 {m} 已锁定").format(m=d.module))
                continue
            key = (d.code, row.blind_code, judge.name if judge else None)
            seen = pending.get(key)
            if seen is not None:
                if seen[1] != value:
                    bad(tr("与第 {r} 行的同一单元格分数不同（{a} 与 {b}）").format(r=seen[0].row, a=seen[1], b=value))
                continue
            pending[key] = (v, value)
            existing = current.get(key)
            if existing is not None:
                if existing.value == value:
                    report.unchanged += 1
                else:
                    bad(tr("{c}、选手 {b} 已有分数 {x}：如需修改请用“更正”并填写原因").format(
                        c=d.code, b=row.blind_code, x=existing.value))
                continue
            if judge is not None:
                panel = judges_on.setdefault((d.code, row.blind_code), set())
                if judge.name not in panel and len(panel) >= d.judges:
                    bad(tr("{c}、选手 {b} 已有 {n} 位裁判评分，该项只需 {n} 位").format(c=d.code, b=row.blind_code, n=d.judges))
                    continue
                panel.add(judge.name)
            rows_out.append({
                "criterion_id": ctx.crit_id[d.code], "blind_code_id": row.code_id,
                "judge_id": judge.id if judge else None, "value": value, "kind": "entry", "supersedes_id": None,
                "reason": None, "entered_by": actor.name, "entered_role": str(actor.role), "entered_at": at,
            })
        if report.problems:
            raise ValidationError(tr("{f} 有 {n} 处问题，未导入任何分数。请修改后重新导入。").format(
                f=path.name, n=len(report.problems)), report.problems)
        ids: list[int] = []
        for start in range(0, len(rows_out), CHUNK):
            tick(start, len(rows_out), tr("正在写入 {i}/{n}……").format(i=start, n=len(rows_out)))
            ids += s.scalars(insert(ScoreEntry).returning(ScoreEntry.id), rows_out[start:start + CHUNK]).all()
        tick(len(rows_out), len(rows_out), tr("正在保存……"))
        report.added = len(rows_out)
        # Every entry in full, not a count: each imported value is compared with its row by `audit verify`.
        audit.append_fact(s, actor, "score.import", *(audit.Ref("score_entry", (i,)) for i in ids), file=path.name,
                          values=report.values_read, added=report.added, unchanged=report.unchanged)
    return report
