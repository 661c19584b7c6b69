"""Roster use cases: import a file, add or edit a contestant, list and export the roster."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from importlib.resources import as_file, files
from pathlib import Path
from typing import cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from app.clock import now
from app.errors import NotFound, Problem, StateError, ValidationError
from app.fileio import copy_file
from app.gc_pause import cyclic_gc_paused
from app.i18n import tr
from app.progress import Cancel, Progress, Steps
from app.roles import Actor, Role, require
from app.rules import eligibility, fields, idcard, text_policy
from app.services import audit, backup, checkin_state
from app.services.roster_rows import (
    HEADER_OF,
    ROSTER_COLUMNS,
    ContestantDraft,
    ContestantForm,
    RowContext,
    check_form,
    check_row,
)
from app.tabular import Sheet, read_sheet, write_xlsx
from db.bulk import insert_columns
from db.models import CompetitionGroup, Contestant, VenueInfo
from db.venue_file import VenueFile

MANUAL_SOURCE = "手工录入"


@dataclass(frozen=True)
class ContestantView:
    """A roster line as screens show it: the ID number masked, eligibility flags attached."""

    id: int
    reg_no: str
    name: str
    id_masked: str
    gender: str
    birth_date: date
    age: int
    phone_masked: str  # "138****5678": the full phone only in the edit form of 裁判长/管理员 (form_for)
    unit: str
    category: str
    group: str
    female_category: int | None
    flags: tuple[eligibility.Flag, ...]
    source: str

    @property
    def needs_decision(self) -> bool:
        return any(f.severity == eligibility.DECISION for f in self.flags)

    @property
    def flag_text(self) -> str:
        shown = [f.message for f in self.flags if f.severity != eligibility.INFO]
        return "；".join(shown) if shown else tr("符合")

    @property
    def region_text(self) -> str:
        return "；".join(f.message for f in self.flags if f.severity == eligibility.INFO)


@dataclass
class ImportReport:
    file: str
    rows_read: int = 0
    added: int = 0
    unchanged: int = 0  # already in the roster with the same data (re-import)
    problems: list[Problem] = field(default_factory=list)
    rejected_rows: int = 0
    rejected_file: str | None = None
    decisions_needed: int = 0

    def summary(self) -> str:
        text = tr("读取 {r} 行：新增 {a} 人，已存在未变 {u} 人").format(r=self.rows_read, a=self.added, u=self.unchanged)
        if self.rejected_rows:
            text += tr("，未导入 {n} 行").format(n=self.rejected_rows)
        if self.decisions_needed:
            text += tr("，{n} 人需确认女职工退休年龄类别").format(n=self.decisions_needed)
        return text


def _context(s: Session) -> RowContext:
    info = s.get(VenueInfo, 1)
    if info is None:
        raise StateError(tr("赛场文件尚未设置项目信息"))
    groups = tuple(s.scalars(select(CompetitionGroup.name).order_by(CompetitionGroup.sort)))
    return RowContext(info.competition_date, now().date(), groups)


def _same(c: Contestant, d: ContestantDraft, group_id: int | None) -> bool:
    return (c.name, c.phone, c.unit, c.category, c.group_id, c.female_category) == (
        d.name, d.phone, d.unit, d.category, group_id, d.female_category,
    )


def _next_reg_numbers(s: Session, count: int) -> list[str]:
    info = s.get(VenueInfo, 1)
    prefix = f"{info.item_no:02d}" if info else "00"
    existing = set(s.scalars(select(Contestant.reg_no)))
    out: list[str] = []
    n = int(s.scalar(select(func.count(Contestant.id))) or 0)
    while len(out) < count:
        n += 1
        candidate = f"{prefix}{n:03d}"
        if candidate not in existing:
            out.append(candidate)
    return out


def _group_ids(s: Session) -> dict[str, int]:
    return {g.name: g.id for g in s.scalars(select(CompetitionGroup))}


def _ticker(progress: Progress | None, cancel: Cancel | None, total: int) -> Callable[[int], None]:
    """Report every 200 rows and stop (rolling back) as soon as the user cancels."""
    steps = Steps(progress, cancel, tr("已取消导入，名单未作任何改动"))

    def tick(done: int) -> None:
        steps.check()
        if done % 200 == 0 or done == total:
            steps.report(done, total, tr("正在检查第 {n} / {t} 行…").format(n=done, t=total))

    return tick


def check_sheet(
    s: Session, sheet: Sheet, tick: Callable[[int], None] | None = None
) -> tuple[list[tuple[int, ContestantDraft]], list[Problem], int]:
    """Validate every row; returns (new drafts, problems, rows already present unchanged)."""
    ctx = _context(s)
    groups = _group_ids(s)
    existing = {c.id_number: c for c in s.scalars(select(Contestant))}
    existing_reg = {c.reg_no: c.id_number for c in existing.values()}
    seen_ids: dict[str, int] = {}
    seen_reg: dict[str, int] = {}
    drafts: list[tuple[int, ContestantDraft]] = []
    problems: list[Problem] = []
    unchanged = 0
    col = tr(HEADER_OF["id_number"])
    for done, row in enumerate(sheet.rows, start=1):
        if tick is not None:
            tick(done)
        try:
            draft = check_row(row.values, ctx, file=sheet.file, row=row.number)
        except ValidationError as exc:
            problems.extend(exc.problems)
            continue
        if draft.id_number in seen_ids:
            problems.append(Problem(
                tr("身份证号与第 {r} 行重复（同一人不能报名两次）").format(r=seen_ids[draft.id_number]),
                file=sheet.file, row=row.number, column=col, value=idcard.mask_id_number(draft.id_number),
            ))
            continue
        seen_ids[draft.id_number] = row.number
        if draft.reg_no is not None:
            owner = existing_reg.get(draft.reg_no)
            if draft.reg_no in seen_reg or (owner is not None and owner != draft.id_number):
                problems.append(Problem(tr("报名号已被其他选手使用"), file=sheet.file, row=row.number,
                                        column=tr(HEADER_OF["reg_no"]), value=draft.reg_no))
                continue
            seen_reg[draft.reg_no] = row.number
        present = existing.get(draft.id_number)
        if present is not None:
            if _same(present, draft, groups.get(draft.group or "")):
                unchanged += 1
            else:
                problems.append(Problem(
                    tr("该身份证号已在名单中（{name}，报名号 {reg}），但本行信息不同；如需修改请在名单中编辑该选手").format(
                        name=present.name, reg=present.reg_no),
                    file=sheet.file, row=row.number, column=col, value=idcard.mask_id_number(draft.id_number),
                ))
            continue
        drafts.append((row.number, draft))
    return drafts, problems, unchanged


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do, computed without writing anything (the wizard's report page)."""

    file: str
    rows_read: int
    new: int
    unchanged: int
    problems: tuple[Problem, ...]

    @property
    def bad_rows(self) -> int:
        return len({p.row for p in self.problems if p.row is not None})


def preview_import(
    venue: VenueFile, actor: Actor, path: Path, *, progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportPreview:
    require(actor, Role.HEAD_JUDGE, Role.ADMIN, action=tr("导入选手名单"))
    sheet = read_sheet(Path(path), ROSTER_COLUMNS)
    with venue.unit_of_work() as s:
        drafts, problems, unchanged = check_sheet(s, sheet, _ticker(progress, cancel, len(sheet.rows)))
    return ImportPreview(Path(path).name, len(sheet.rows), len(drafts), unchanged, tuple(problems))


def import_roster(
    venue: VenueFile, actor: Actor, path: Path, *, valid_only: bool = False, rejected_out: Path | None = None,
    progress: Progress | None = None, cancel: Cancel | None = None,
) -> ImportReport:
    """All-or-nothing by default: any bad row and nothing is written; ``valid_only`` imports the good rows
    and saves the rejected ones (with the reason) as an .xlsx for correction."""
    require(actor, Role.HEAD_JUDGE, Role.ADMIN, action=tr("导入选手名单"))
    path = Path(path)
    with cyclic_gc_paused():  # ~20 small acyclic objects a row: the collector would walk them ~100 times
        return _import(venue, actor, path, valid_only, rejected_out, progress, cancel)


def _import(
    venue: VenueFile, actor: Actor, path: Path, valid_only: bool, rejected_out: Path | None,
    progress: Progress | None, cancel: Cancel | None,
) -> ImportReport:
    sheet = read_sheet(path, ROSTER_COLUMNS)
    report = ImportReport(file=path.name, rows_read=len(sheet.rows))
    backup.backup_now(venue, "before-roster-import")
    with venue.unit_of_work() as s:
        tick = _ticker(progress, cancel, len(sheet.rows))
        drafts, problems, report.unchanged = check_sheet(s, sheet, tick)
        report.problems = problems
        bad_rows = sorted({p.row for p in problems if p.row is not None})
        report.rejected_rows = len(bad_rows)
        if problems and not valid_only:
            raise ValidationError(
                tr("{file} 有 {n} 行有误，未导入任何选手。请修改后重新导入，或选择“仅导入正确的行”。").format(
                    file=path.name, n=len(bad_rows) or len(problems)),
                problems,
            )
        if problems:
            target = rejected_out or path.with_name(f"{path.stem}-未导入行.xlsx")
            _write_rejected(target, sheet, problems)
            report.rejected_file = str(target)
        _insert_many(s, [d for _, d in drafts], source=text_policy.visible(path.name)[:200])
        tick(len(sheet.rows))  # last chance to cancel: nothing is committed until this block ends
        report.added = len(drafts)
        report.decisions_needed = sum(
            1 for _, d in drafts if any(f.severity == eligibility.DECISION for f in d.flags)
        )
        audit.append(s, actor, "roster.import", {
            "file": path.name, "added": report.added, "unchanged": report.unchanged,
            "rejected_rows": report.rejected_rows, "valid_only": valid_only,
        })
    return report


def _insert(s: Session, actor: Actor, drafts: list[ContestantDraft], source: str, late_reason: str | None = None) -> list[Contestant]:
    groups = _group_ids(s)
    auto = iter(_next_reg_numbers(s, sum(1 for d in drafts if d.reg_no is None)))
    at = now()
    rows = []
    for d in drafts:
        c = Contestant(
            reg_no=d.reg_no or next(auto), name=d.name, id_number=d.id_number, gender=d.gender,
            birth_date=d.birth_date, phone=d.phone, unit=d.unit, category=d.category,
            group_id=groups.get(d.group) if d.group else None, female_category=d.female_category,
            source=source, late_entry_reason=late_reason, created_at=at, updated_at=at,
        )
        s.add(c)
        rows.append(c)
    s.flush()
    return rows


def _insert_many(s: Session, drafts: list[ContestantDraft], source: str) -> None:
    """The import's rows in one multi-row INSERT, built column by column: an ORM object (or a dict) per row
    cost more than checking it."""
    groups = _group_ids(s)
    auto = iter(_next_reg_numbers(s, sum(1 for d in drafts if d.reg_no is None)))
    at = now()
    insert_columns(s, cast(Table, Contestant.__table__), {
        "reg_no": [d.reg_no or next(auto) for d in drafts],
        "name": [d.name for d in drafts],
        "id_number": [d.id_number for d in drafts],
        "gender": [d.gender for d in drafts],
        "birth_date": [d.birth_date for d in drafts],
        "phone": [d.phone for d in drafts],
        "unit": [d.unit for d in drafts],
        "category": [d.category for d in drafts],
        "group_id": [groups.get(d.group) if d.group else None for d in drafts],
        "female_category": [d.female_category for d in drafts],
    }, same={"source": source, "late_entry_reason": None, "created_at": at, "updated_at": at})


def _write_rejected(target: Path, sheet: Sheet, problems: list[Problem]) -> None:
    reasons: dict[int, list[str]] = {}
    for p in problems:
        if p.row is not None:
            reasons.setdefault(p.row, []).append(f"{p.column or ''}：{p.message}")
    keys = [c.key for c in ROSTER_COLUMNS]
    headers = [tr("原行号")] + [HEADER_OF[k] for k in keys] + [tr("错误原因")]
    rows = [
        [r.number] + [r.get(k) for k in keys] + ["；".join(reasons[r.number])]
        for r in sheet.rows if r.number in reasons
    ]
    write_xlsx(target, headers, rows, title=tr("未导入行"))


def add_contestant(venue: VenueFile, actor: Actor, form: ContestantForm, *, late_reason: str | None = None) -> ContestantView:
    """Add one contestant by hand, with the same checks as the import (a late entry needs a reason)."""
    require(actor, Role.HEAD_JUDGE, Role.ADMIN, action=tr("添加选手"))
    late_reason = text_policy.clean_optional(late_reason, text_policy.REASON, tr("补报原因"))
    with venue.unit_of_work() as s:
        if checkin_state.has_started(s) and actor.role != Role.HEAD_JUDGE:
            raise StateError(tr("检录开始后补报选手须由裁判长办理并填写原因"))
        if checkin_state.has_started(s) and not late_reason:
            raise ValidationError(tr("检录已开始：补报选手须填写原因"), column=tr("补报原因"))
        draft = check_form(form, _context(s))
        if s.scalars(select(Contestant).where(Contestant.id_number == draft.id_number)).first() is not None:
            raise ValidationError(tr("无法添加"), [Problem(tr("该身份证号已在名单中"), column=tr("身份证号"),
                                                             value=idcard.mask_id_number(draft.id_number))])
        if draft.reg_no and s.scalars(select(Contestant).where(Contestant.reg_no == draft.reg_no)).first():
            raise ValidationError(tr("无法添加"), [Problem(tr("报名号已被其他选手使用"), column=tr("报名号"), value=draft.reg_no)])
        (c,) = _insert(s, actor, [draft], MANUAL_SOURCE, late_reason=late_reason)
        audit.append(s, actor, "roster.add", {"reg_no": c.reg_no, "name": c.name, "late_reason": late_reason})
        return contestant_view(s, c)


def edit_contestant(venue: VenueFile, actor: Actor, contestant_id: int, form: ContestantForm, reason: str = "") -> ContestantView:
    require(actor, Role.HEAD_JUDGE, Role.ADMIN, action=tr("修改选手信息"))
    reason = text_policy.clean(reason, text_policy.REASON, tr("修改原因"))
    with venue.unit_of_work() as s:
        c = s.get(Contestant, contestant_id)
        if c is None:
            raise NotFound(tr("找不到该选手"))
        draft = check_form(form, _context(s))
        clash = s.scalars(select(Contestant).where(Contestant.id_number == draft.id_number, Contestant.id != c.id)).first()
        if clash is not None:
            raise ValidationError(tr("无法保存"), [Problem(tr("该身份证号属于另一名选手（{n}）").format(n=clash.name),
                                                            column=tr("身份证号"))])
        before = _snapshot(c)
        c.name, c.id_number, c.gender, c.birth_date = draft.name, draft.id_number, draft.gender, draft.birth_date
        c.phone, c.unit, c.category = draft.phone, draft.unit, draft.category
        c.group_id = _group_ids(s).get(draft.group) if draft.group else None
        c.female_category = draft.female_category
        c.updated_at = now()
        audit.append(s, actor, "roster.edit", {"reg_no": c.reg_no, "before": before, "after": _snapshot(c), "reason": reason})
        return contestant_view(s, c)


def _snapshot(c: Contestant) -> dict[str, object]:
    return {"name": c.name, "id_number": idcard.mask_id_number(c.id_number), "phone": fields.mask_phone(c.phone),
            "unit": c.unit,
            "category": c.category, "group_id": c.group_id, "female_category": c.female_category}


def _one_view_context(s: Session, c: Contestant) -> tuple[RowContext, dict[int, str]]:
    """What one person's view needs (a scan at the desk, a saved form): the competition date and that person's
    group name, read as two columns; the view uses neither the venue row nor the other groups."""
    day = s.scalar(select(VenueInfo.competition_date).where(VenueInfo.id == 1))
    if day is None:
        raise StateError(tr("赛场文件尚未设置项目信息"))
    name = s.scalar(select(CompetitionGroup.name).where(CompetitionGroup.id == c.group_id)) if c.group_id else None
    return RowContext(day, now().date(), ()), ({c.group_id: name} if c.group_id and name is not None else {})


def contestant_view(s: Session, c: Contestant, ctx: RowContext | None = None, groups: dict[int, str] | None = None) -> ContestantView:
    if ctx is None or groups is None:
        one_ctx, one_group = _one_view_context(s, c)
        ctx, groups = ctx or one_ctx, one_group if groups is None else groups
    info = idcard.IdInfo(c.id_number, c.birth_date, c.gender, c.id_number[:6], None, "resident")
    with contextlib.suppress(ValidationError):  # stored numbers were valid on entry; keep the fallback if not
        info = idcard.parse_id_number(c.id_number, ctx.today)
    flags = eligibility.check_eligibility(info, ctx.competition_date, c.female_category, None, None)
    return ContestantView(
        id=c.id, reg_no=c.reg_no, name=c.name, id_masked=idcard.mask_id_number(c.id_number), gender=c.gender,
        birth_date=c.birth_date, age=eligibility.age_on(c.birth_date, ctx.competition_date),
        phone_masked=fields.mask_phone(c.phone),
        unit=c.unit, category=c.category, group=groups.get(c.group_id or -1, ""), female_category=c.female_category,
        flags=flags, source=c.source,
    )


def checkin_started(venue: VenueFile) -> bool:
    """Whether check-in has begun: the add form then asks for a 补报 reason (the service requires one)."""
    with venue.unit_of_work() as s:
        return checkin_state.has_started(s)


def list_contestants(venue: VenueFile) -> list[ContestantView]:
    with venue.unit_of_work() as s:
        return [view for _c, view in contestants_with_views(s)]


def contestants_with_views(s: Session) -> list[tuple[Contestant, ContestantView]]:
    """Every contestant (by 报名号) with their view; the venue's date and groups are read once for all."""
    ctx = _context(s)
    groups = {g.id: g.name for g in s.scalars(select(CompetitionGroup))}
    return [(c, contestant_view(s, c, ctx, groups)) for c in s.scalars(select(Contestant).order_by(Contestant.reg_no))]


def form_for(venue: VenueFile, actor: Actor, contestant_id: int) -> ContestantForm:
    """The edit form pre-filled; the full ID number only for roles that may see it."""
    require(actor, Role.HEAD_JUDGE, Role.ADMIN, action=tr("查看选手完整信息"))
    with venue.unit_of_work() as s:
        c = s.get(Contestant, contestant_id)
        if c is None:
            raise NotFound(tr("找不到该选手"))
        group_row = s.get(CompetitionGroup, c.group_id) if c.group_id else None
        group = group_row.name if group_row else ""
        return ContestantForm(name=c.name, id_number=c.id_number, category=c.category, gender=c.gender,
                              phone=c.phone, unit=c.unit, group=group,
                              female_category=str(c.female_category or ""), reg_no=c.reg_no)


def export_roster(venue: VenueFile, actor: Actor, path: Path) -> Path:
    """The roster as .xlsx; full ID numbers only for the head judge and administrator."""
    full = actor.role in (Role.HEAD_JUDGE, Role.ADMIN)
    with venue.unit_of_work() as s:
        ctx = _context(s)
        groups = {g.id: g.name for g in s.scalars(select(CompetitionGroup))}
        rows = []
        for c in s.scalars(select(Contestant).order_by(Contestant.reg_no)):
            v = contestant_view(s, c, ctx, groups)
            rows.append([c.reg_no, c.name, c.id_number if full else v.id_masked, c.gender, v.phone_masked, c.unit,
                         c.category, v.group, c.female_category or "", v.flag_text])
        audit.append(s, actor, "roster.export", {"file": Path(path).name, "full_id_numbers": full, "rows": len(rows)})
    headers = ["报名号", "姓名", "身份证号", "性别", "手机", "单位/学校", "人员类别", "组别", "女职工退休年龄类别", "资格审核"]
    return write_xlsx(Path(path), [tr(h) for h in headers], rows, title=tr("选手名单"))


def save_template(target: Path) -> Path:
    """Copy the roster template from resources/ to where the user wants it."""
    with as_file(files("resources") / "templates" / "roster-template.xlsx") as src:
        return copy_file(src, target)
