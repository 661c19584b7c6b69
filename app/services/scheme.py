"""Marking scheme (评分标准) use cases: import/export the .xlsx, edit in the app, freeze once scored.

The scheme is modules (模块) → criteria (评分项).  It can be changed freely until the first score is
entered; after that a change needs the head judge and a reason, is audited, and never re-scores
silently: entries of a changed criterion stay as typed, and ``preview_change`` lists what the change
affects before it is made.  Changes that would orphan or invalidate entries are refused.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import Problem, StateError, ValidationError
from app.fileio import copy_file
from app.i18n import tr
from app.item_settings import SETTINGS_KEY, ItemSettings
from app.roles import Actor, Role, require
from app.rules import scoring, text_policy
from app.services import audit, backup
from app.tabular import Column, Row, Sheet, read_sheet, write_xlsx
from db.models import Criterion, Deduction, Disqualification, LockEvent, Module, ScoreEntry, Setting
from db.venue_file import VenueFile

KIND_WORDS = {  # what people write in the 类型 column → M/J
    "m": scoring.MEASUREMENT, "测量": scoring.MEASUREMENT, "客观": scoring.MEASUREMENT,
    "measurement": scoring.MEASUREMENT,
    "j": scoring.JUDGEMENT, "评价": scoring.JUDGEMENT, "主观": scoring.JUDGEMENT, "judgement": scoring.JUDGEMENT,
    "judgment": scoring.JUDGEMENT,
}
KIND_LABELS = {scoring.MEASUREMENT: "测量", scoring.JUDGEMENT: "评价"}

SCHEME_COLUMNS = (
    Column("module", "模块", ("模块编号", "module"), required=True),
    Column("module_name", "模块名称", ("module name",)),
    Column("code", "评分项编号", ("评分项", "编号", "criterion", "aspect id"), required=True),
    Column("description", "评分项描述", ("描述", "评分内容", "description"), required=True),
    Column("kind", "类型", ("类型(M/J)", "type"), required=True),
    Column("max_points", "分值", ("配分", "满分", "max", "max mark"), required=True),
    Column("judges", "裁判人数", ("评价裁判人数", "judges")),
    Column("d0", "0分描述", ("0分",)),
    Column("d1", "1分描述", ("1分",)),
    Column("d2", "2分描述", ("2分",)),
    Column("d3", "3分描述", ("3分",)),
)
HEADERS = [c.header for c in SCHEME_COLUMNS]


@dataclass(frozen=True)
class CriterionDraft:
    """One criterion as the file or the edit form gives it (also the read view)."""

    code: str  # 评分项编号 "A1.3"
    module: str  # 模块 "A"
    module_name: str
    description: str
    kind: str  # M | J
    max_points: Decimal
    judges: int = 3  # J: 3 or 5; M: 1
    descriptions: tuple[str, ...] = ()  # J: what 0, 1, 2, 3 mean

    @property
    def kind_label(self) -> str:
        return tr(KIND_LABELS.get(self.kind, self.kind))

    def rule(self) -> scoring.Criterion:
        return scoring.Criterion(self.code, self.module, self.kind, self.max_points,
                                 self.judges if self.kind == scoring.JUDGEMENT else 1)


@dataclass(frozen=True)
class ModuleView:
    code: str
    name: str
    max_points: Decimal
    criteria: tuple[CriterionDraft, ...]


@dataclass(frozen=True)
class SchemeView:
    modules: tuple[ModuleView, ...]
    total_points: Decimal  # the item's 总分 setting
    frozen: bool  # a score has been entered: changes need the head judge and a reason
    entries: int

    @property
    def criteria(self) -> tuple[CriterionDraft, ...]:
        return tuple(c for m in self.modules for c in m.criteria)

    @property
    def scheme_total(self) -> Decimal:
        return sum((m.max_points for m in self.modules), Decimal(0))


@dataclass(frozen=True)
class CriterionChange:
    code: str
    what: str  # added | removed | changed
    fields: tuple[str, ...]  # changed field labels
    entries: int  # score entries on this criterion (kept as typed)
    message: str


@dataclass(frozen=True)
class SchemeChange:
    """What replacing the scheme would do; ``blocking`` problems refuse it."""

    changes: tuple[CriterionChange, ...]
    module_names: tuple[tuple[str, str, str], ...]  # (code, old, new)
    blocking: tuple[Problem, ...]
    frozen: bool

    @property
    def empty(self) -> bool:
        return not self.changes and not self.module_names

    @property
    def affected_entries(self) -> int:
        return sum(c.entries for c in self.changes)

    def summary(self) -> list[str]:
        lines = [c.message for c in self.changes]
        lines += [tr("模块 {m} 名称：“{a}” → “{b}”").format(m=m, a=a, b=b) for m, a, b in self.module_names]
        return lines or [tr("评分标准没有变化")]


# ------------------------------------------------------------------------------ reading the scheme


def load_drafts(s: Session) -> list[CriterionDraft]:
    modules = {m.id: m for m in s.scalars(select(Module))}
    rows = s.scalars(select(Criterion).order_by(Criterion.sort, Criterion.id))
    out = []
    for c in rows:
        m = modules[c.module_id]
        out.append(CriterionDraft(c.code, m.code, m.name, c.description, c.kind, c.max_points,
                                  c.judges if c.kind == scoring.JUDGEMENT else 1, tuple(c.score_descriptions or ())))
    mod_sort = {m.code: m.sort for m in modules.values()}
    return sorted(out, key=lambda d: mod_sort.get(d.module, 0))  # stable: criterion order within modules


def load_criteria(s: Session) -> list[scoring.Criterion]:
    """The scheme as the pure scoring rules want it, in scheme order."""
    return [d.rule() for d in load_drafts(s)]


def load_settings(s: Session) -> ItemSettings:
    row = s.get(Setting, SETTINGS_KEY)
    return ItemSettings.from_json(row.value if row else {})


def entry_count(s: Session) -> int:
    return int(s.scalar(select(func.count(ScoreEntry.id))) or 0)


def is_frozen(s: Session) -> bool:
    """Frozen from the first score entered on."""
    return s.scalars(select(ScoreEntry.id).limit(1)).first() is not None


def _view(s: Session) -> SchemeView:
    drafts = load_drafts(s)
    names = {m.code: m.name for m in s.scalars(select(Module))}
    by_module: dict[str, list[CriterionDraft]] = defaultdict(list)
    for d in drafts:
        by_module[d.module].append(d)
    modules = tuple(
        ModuleView(code, names.get(code, ""), sum((c.max_points for c in crit), Decimal(0)), tuple(crit))
        for code, crit in by_module.items()
    )
    n = entry_count(s)
    return SchemeView(modules, load_settings(s).total_points, n > 0, n)


def get_scheme(venue: VenueFile) -> SchemeView:
    with venue.unit_of_work() as s:
        return _view(s)


# ------------------------------------------------------------------------------ validation


def _parse_kind(text: str) -> str | None:
    return KIND_WORDS.get(text.strip().lower())


def _parse_points(text: str) -> Decimal | None:
    try:
        value = Decimal(scoring.normalise_number(text))
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def drafts_from_sheet(sheet: Sheet) -> tuple[list[CriterionDraft], list[Problem]]:
    """Each row parsed on its own; problems name the file, row and column."""
    drafts: list[CriterionDraft] = []
    problems: list[Problem] = []
    for row in sheet.rows:
        def bad(message: str, key: str, row: Row = row) -> None:
            problems.append(Problem(message, file=sheet.file, row=row.number,
                                    column=sheet.headers.get(key, key), value=row.get(key)))

        kind = _parse_kind(row.get("kind"))
        if kind is None:
            bad(tr("类型须为 M（测量）或 J（评价）"), "kind")
        points = _parse_points(row.get("max_points"))
        if points is None:
            bad(tr("分值不是有效数字"), "max_points")
        judges_text = row.get("judges").strip()
        judges = 3 if kind == scoring.JUDGEMENT else 1
        if judges_text:
            if judges_text.isdigit():
                judges = int(judges_text)
            else:
                bad(tr("裁判人数须为整数"), "judges")
        if kind is None or points is None:
            continue
        descriptions = tuple(row.get(k) for k in ("d0", "d1", "d2", "d3"))
        drafts.append(CriterionDraft(
            code=row.get("code").strip(), module=row.get("module").strip(), module_name=row.get("module_name").strip(),
            description=row.get("description").strip(), kind=kind, max_points=points,
            judges=judges if kind == scoring.JUDGEMENT else 1,
            descriptions=descriptions if kind == scoring.JUDGEMENT and any(descriptions) else (),
        ))
    return drafts, problems


_TEXT_FIELDS = (("code", "评分项编号", text_policy.SHORT), ("module", "模块", text_policy.SHORT),
                ("module_name", "模块名称", text_policy.LABEL_RULE), ("description", "评分项描述", text_policy.DESCRIPTION))


def policed(d: CriterionDraft) -> tuple[CriterionDraft, list[tuple[str, str, str]]]:
    """The draft with its texts cleaned by the text policy, and (column, problem, shown value) per refusal."""
    issues: list[tuple[str, str, str]] = []
    values: dict[str, Any] = {}  # text attributes only (replace() is typed by field)
    for attr, column, rule in _TEXT_FIELDS:
        checked = text_policy.check_text(getattr(d, attr), rule)
        if checked.problem is not None:
            issues.append((column, checked.problem, text_policy.visible(getattr(d, attr))))
        values[attr] = checked.text
    descriptions: list[str] = []
    for score, text in enumerate(d.descriptions):
        checked = text_policy.check_text(text, text_policy.DESCRIPTION)
        if checked.problem is not None:
            issues.append((f"{score}分描述", checked.problem, text_policy.visible(text)))
        descriptions.append(checked.text)
    return replace(d, descriptions=tuple(descriptions), **values), issues


def check_drafts(
    drafts: list[CriterionDraft], total: Decimal, decimals: int = 2, *, file: str | None = None,
    rows: list[int] | None = None, judges_declared: list[str] | None = None,
) -> list[Problem]:
    """Scheme-level checks shared by the import and the edit form.

    ``rows`` gives each draft's spreadsheet row (for messages); ``judges_declared`` is the raw
    裁判人数 text per draft so an M row with a judge count is not mistaken for 1.
    """
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    names: dict[str, str] = {}
    quantum = Decimal(1).scaleb(-decimals)
    for i, raw in enumerate(drafts):
        def bad(message: str, column: str, value: object = None, i: int = i) -> None:
            problems.append(Problem(message, file=file, row=rows[i] if rows else None, column=tr(column),
                                    value=None if value is None else str(value)))

        d, issues = policed(raw)
        for column, message, shown in issues:
            bad(message, column, shown)

        if not d.code:
            bad(tr("评分项编号不能为空"), "评分项编号")
        elif d.code.upper() in seen:
            other = seen[d.code.upper()]
            bad(tr("评分项编号重复（与第 {r} 行相同）").format(r=rows[other]) if rows else tr("评分项编号重复"),
                "评分项编号", d.code)
        else:
            seen[d.code.upper()] = i
        if not d.module:
            bad(tr("模块不能为空"), "模块")
        elif d.module_name and names.setdefault(d.module, d.module_name) != d.module_name:
            bad(tr("同一模块的名称不一致（之前为“{n}”）").format(n=names[d.module]), "模块名称", d.module_name)
        if not d.description:
            bad(tr("评分项描述不能为空"), "评分项描述")
        if d.kind not in (scoring.MEASUREMENT, scoring.JUDGEMENT):
            bad(tr("类型须为 M（测量）或 J（评价）"), "类型", d.kind)
        if d.max_points <= 0:
            bad(tr("分值须大于 0"), "分值", d.max_points)
        elif d.max_points != d.max_points.quantize(quantum):
            bad(tr("分值最多保留 {n} 位小数").format(n=decimals), "分值", d.max_points)
        if d.kind == scoring.JUDGEMENT and d.judges not in (3, 5):
            bad(tr("评价项的裁判人数须为 3 或 5"), "裁判人数", d.judges)
        if d.kind == scoring.MEASUREMENT and judges_declared and judges_declared[i] not in ("", "1"):
            bad(tr("测量项由裁判组商定一个分值，裁判人数请留空或填 1"), "裁判人数", judges_declared[i])
    if not drafts:
        problems.append(Problem(tr("评分标准中没有评分项"), file=file))
        return problems
    module_totals: dict[str, Decimal] = defaultdict(Decimal)
    for d in drafts:
        if d.max_points > 0:
            module_totals[d.module] += d.max_points
    scheme_total = sum(module_totals.values(), Decimal(0))
    if scheme_total != total:
        parts = "，".join(tr("{m} {p}").format(m=m or "?", p=p) for m, p in module_totals.items())
        problems.append(Problem(
            tr("各模块分值合计 {s}（{parts}），与项目总分 {t} 不符").format(s=scheme_total, parts=parts, t=total),
            file=file, column=tr("分值")))
    return problems


def read_scheme_file(path: Path, settings: ItemSettings) -> list[CriterionDraft]:
    """Parse and check a scheme .xlsx/.csv; raise ``ValidationError`` naming every bad row."""
    sheet = read_sheet(Path(path), SCHEME_COLUMNS)
    drafts, problems = drafts_from_sheet(sheet)
    parsed_rows = [r for r in sheet.rows
                   if _parse_kind(r.get("kind")) is not None and _parse_points(r.get("max_points")) is not None]
    problems += check_drafts(
        drafts, settings.total_points, settings.decimals, file=sheet.file, rows=[r.number for r in parsed_rows],
        judges_declared=[r.get("judges").strip() for r in parsed_rows],
    )
    if problems:
        raise ValidationError(
            tr("{file} 有 {n} 处问题，评分标准未导入。请修改后重新导入。").format(file=sheet.file, n=len(problems)),
            problems)
    # A module named on one row only still names the module for all its criteria.
    names = {d.module: d.module_name for d in drafts if d.module_name}
    return [replace(d, module_name=names.get(d.module, d.module_name)) for d in drafts]


# ------------------------------------------------------------------------------ changing the scheme

_FIELD_LABELS = {
    "module": "模块", "description": "描述", "kind": "类型", "max_points": "分值", "judges": "裁判人数",
    "descriptions": "评分说明",
}


def _diff(s: Session, new: list[CriterionDraft]) -> SchemeChange:
    old = {d.code: d for d in load_drafts(s)}
    crit_ids = {c.code: c.id for c in s.scalars(select(Criterion))}
    counts: dict[int, int] = {
        cid: n for cid, n in s.execute(
            select(ScoreEntry.criterion_id, func.count(ScoreEntry.id)).group_by(ScoreEntry.criterion_id))
    }
    frozen = bool(counts)
    n_of = lambda code: int(counts.get(crit_ids.get(code, -1), 0))  # noqa: E731
    changes: list[CriterionChange] = []
    blocking: list[Problem] = []
    new_codes = {d.code for d in new}
    for d in new:
        before = old.get(d.code)
        if before is None:
            changes.append(CriterionChange(d.code, "added", (), 0, tr("新增评分项 {c}（{k}，{p} 分）").format(
                c=d.code, k=d.kind_label, p=d.max_points)))
            continue
        changed = tuple(f for f in _FIELD_LABELS if getattr(before, f) != getattr(d, f))
        if not changed:
            continue
        n = n_of(d.code)
        labels = tuple(tr(_FIELD_LABELS[f]) for f in changed)
        text = tr("评分项 {c}：修改{f}").format(c=d.code, f="、".join(labels))
        if "max_points" in changed:
            text += tr("（分值 {a} → {b}）").format(a=before.max_points, b=d.max_points)
        if n:
            text += tr("；已有 {n} 条评分记录，原样保留，按新标准重新汇总").format(n=n)
            for f in ("kind", "judges", "module"):
                if f in changed:
                    blocking.append(Problem(
                        tr("评分项 {c} 已有 {n} 条评分记录，不能再修改{f}；如确需调整，请新增评分项").format(
                            c=d.code, n=n, f=tr(_FIELD_LABELS[f])), column=tr(_FIELD_LABELS[f]), value=d.code))
            if "max_points" in changed and d.kind == scoring.MEASUREMENT:
                over = s.scalars(select(ScoreEntry.value).where(ScoreEntry.criterion_id == crit_ids[d.code])).all()
                too_big = [v for v in over if v > d.max_points]
                if too_big:
                    blocking.append(Problem(
                        tr("评分项 {c} 有 {n} 条测量分高于新分值 {m}（最高 {v}），请先更正这些分数").format(
                            c=d.code, n=len(too_big), m=d.max_points, v=max(too_big)), column=tr("分值"), value=d.code))
        changes.append(CriterionChange(d.code, "changed", labels, n, text))
    for code in old:
        if code in new_codes:
            continue
        n = n_of(code)
        changes.append(CriterionChange(code, "removed", (), n, tr("删除评分项 {c}").format(c=code)))
        if n:
            blocking.append(Problem(tr("评分项 {c} 已有 {n} 条评分记录，不能删除").format(c=code, n=n), value=code))
    old_names = {m.code: m.name for m in s.scalars(select(Module))}
    new_names = {d.module: d.module_name for d in new}
    renamed = tuple((m, old_names[m], n) for m, n in new_names.items() if m in old_names and old_names[m] != n)
    gone = set(old_names) - set(new_names)
    if gone:
        used = set(s.scalars(select(Deduction.module_code).where(Deduction.module_code.in_(gone))))
        used |= set(s.scalars(select(Disqualification.module_code).where(Disqualification.module_code.in_(gone))))
        used |= set(s.scalars(select(LockEvent.module_code).where(LockEvent.module_code.in_(gone))))
        for m in sorted(u for u in used if u is not None):
            blocking.append(Problem(tr("模块 {m} 已有扣分、取消资格或锁定记录，不能删除").format(m=m), value=m))
    return SchemeChange(tuple(changes), renamed, tuple(blocking), frozen)


def preview_change(venue: VenueFile, drafts: list[CriterionDraft]) -> SchemeChange:
    """What saving ``drafts`` would change and which entries it concerns; nothing is written."""
    drafts = [policed(d)[0] for d in drafts]
    with venue.unit_of_work() as s:
        return _diff(s, drafts)


def _apply(s: Session, drafts: list[CriterionDraft]) -> None:
    modules = {m.code: m for m in s.scalars(select(Module))}
    order = list(dict.fromkeys(d.module for d in drafts))
    for i, code in enumerate(order):
        name = next((d.module_name for d in drafts if d.module == code and d.module_name), code)
        m = modules.get(code)
        if m is None:
            m = Module(code=code, name=name, sort=i)
            s.add(m)
            modules[code] = m
        else:
            m.name, m.sort = name, i
    s.flush()
    existing = {c.code: c for c in s.scalars(select(Criterion))}
    keep = {d.code for d in drafts}
    for code, c in existing.items():
        if code not in keep:
            s.delete(c)
    s.flush()
    for i, d in enumerate(drafts):
        found = existing.get(d.code)
        c = found if found is not None else Criterion(code=d.code)
        if found is None:
            s.add(c)
        c.module_id = modules[d.module].id
        c.description, c.kind, c.max_points = d.description, d.kind, d.max_points
        c.judges = d.judges if d.kind == scoring.JUDGEMENT else 1
        c.score_descriptions = list(d.descriptions)
        c.sort = i
    s.flush()
    for code, m in modules.items():
        if code not in order:
            s.delete(m)


def save_scheme(
    venue: VenueFile, actor: Actor, drafts: list[CriterionDraft], reason: str = "", *, source: str | None = None
) -> SchemeChange:
    """Replace the scheme (the edit form and the import both end here), with the same checks.

    Before the first score: head judge or administrator.  After: head judge only, with a reason;
    existing entries stay untouched and are re-summed under the new scheme.
    """
    require(actor, Role.HEAD_JUDGE, Role.ADMIN, action=tr("修改评分标准"))
    reason = text_policy.clean(reason, text_policy.REASON, tr("原因"))
    with venue.unit_of_work() as s:
        settings = load_settings(s)
        problems = check_drafts(drafts, settings.total_points, settings.decimals, file=source)
        if problems:
            raise ValidationError(tr("评分标准有 {n} 处问题，未保存").format(n=len(problems)), problems)
        drafts = [policed(d)[0] for d in drafts]
        change = _diff(s, drafts)
        if change.frozen:
            require(actor, Role.HEAD_JUDGE, action=tr("在评分开始后修改评分标准"))
            if not reason:
                raise ValidationError(tr("评分已开始：修改评分标准须填写原因"), column=tr("原因"))
        if change.blocking:
            raise StateError(tr("评分标准的这些修改会影响已录入的分数，未保存"), list(change.blocking))
        if change.empty:
            return change
        _apply(s, drafts)
        audit.append(s, actor, "scheme.change" if change.frozen else "scheme.save", {
            "source": source, "reason": reason or None, "frozen": change.frozen,
            "criteria": len(drafts), "changes": change.summary(), "affected_entries": change.affected_entries,
            "scheme": [_draft_json(d) for d in drafts],
        })
        return change


def _draft_json(d: CriterionDraft) -> dict[str, object]:
    return {"code": d.code, "module": d.module, "kind": d.kind, "max": str(d.max_points), "judges": d.judges,
            "description": d.description}


def import_scheme(venue: VenueFile, actor: Actor, path: Path, reason: str = "") -> SchemeChange:
    require(actor, Role.HEAD_JUDGE, Role.ADMIN, action=tr("导入评分标准"))
    drafts = read_scheme_file(Path(path), _settings(venue))
    backup.backup_now(venue, "before-scheme-import")
    return save_scheme(venue, actor, drafts, reason, source=Path(path).name)


def _settings(venue: VenueFile) -> ItemSettings:
    with venue.unit_of_work() as s:
        return load_settings(s)


def scheme_rows(drafts: list[CriterionDraft] | tuple[CriterionDraft, ...]) -> list[list[object]]:
    rows: list[list[object]] = []
    for d in drafts:
        desc = list(d.descriptions) + [""] * (4 - len(d.descriptions))
        rows.append([d.module, d.module_name, d.code, d.description, d.kind, float(d.max_points)
                     if d.max_points != d.max_points.to_integral_value() else int(d.max_points),
                     d.judges if d.kind == scoring.JUDGEMENT else "", *desc[:4]])
    return rows


def export_scheme(venue: VenueFile, actor: Actor, path: Path) -> Path:
    """The scheme in the import format, so it can be edited in Excel/WPS and imported again."""
    with venue.unit_of_work() as s:
        drafts = load_drafts(s)
        audit.append(s, actor, "scheme.export", {"file": Path(path).name, "criteria": len(drafts)})
    return write_xlsx(Path(path), [tr(h) for h in HEADERS], scheme_rows(drafts), title=tr("评分标准"))


def save_template(target: Path, *, demo: bool = False) -> Path:
    """Copy the blank template (or the LED demo scheme) from resources/."""
    name = "demo-scheme-led.xlsx" if demo else "scheme-template.xlsx"
    with as_file(files("resources") / "templates" / name) as src:
        return copy_file(src, target)
