"""Validating one roster row (imported or typed in the form) into a contestant draft.

The same checks run for every path into the roster — file import, the add/edit form and late
entries — so a contestant in the database has always passed them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from itertools import repeat
from typing import Any

from app.errors import Problem, ValidationError
from app.frozen_init import quick_init
from app.i18n import tr
from app.rules import eligibility, fields, idcard, text_policy
from app.tabular import Column

ROSTER_COLUMNS: tuple[Column, ...] = (
    Column("name", "姓名", ("选手姓名", "名字"), required=True),
    Column("id_number", "身份证号", ("身份证号码", "证件号码", "身份证", "公民身份号码", "证件号"), required=True),
    Column("gender", "性别"),
    Column("phone", "手机", ("手机号", "手机号码", "联系电话", "电话")),
    Column("unit", "单位/学校", ("单位", "学校", "工作单位", "单位或学校", "所在单位", "单位（学校）")),
    Column("category", "人员类别", ("类别", "身份类别", "参赛人员类别"), required=True),
    Column("group", "组别", ("参赛组别", "组")),
    Column("female_category", "女职工退休年龄类别", ("退休年龄类别", "女职工类别", "退休类别")),
    Column("reg_no", "报名号", ("报名编号", "参赛号", "编号")),
)
HEADER_OF = {c.key: c.header for c in ROSTER_COLUMNS}
# The text policy per field: a person's name is the strictest; the others are parsed further below.
TEXT_RULES = {c.key: text_policy.SHORT for c in ROSTER_COLUMNS} | {
    "name": text_policy.PERSON_NAME, "unit": text_policy.UNIT}


_TEXT_KEYS = tuple(TEXT_RULES)
_SHORTEST = min(rule.max_len for rule in TEXT_RULES.values())
_NAME_AT = _TEXT_KEYS.index("name")  # the one field under a NAME rule (its characters get the extra look)
assert [k for k, rule in TEXT_RULES.items() if rule.kind == text_policy.NAME] == ["name"]


def _plain_row(raws: list[Any]) -> bool:
    """Whether ``check_text`` would keep every cell of the row as it is and refuse none: the whole row at once
    (text_policy.all_plain), the name's characters besides; False sends the row the long way, cell by cell."""
    try:
        plain = text_policy.all_plain(raws, _SHORTEST)  # (no typing.cast here: it costs a call per row)
    except TypeError:  # a cell that is not text (a form's None): the long way
        return False
    return plain and text_policy.plain_name(raws[_NAME_AT])


@dataclass(frozen=True)
class ContestantForm:
    """What a person typed or a file row held, as text."""

    name: str
    id_number: str
    category: str
    gender: str = ""
    phone: str = ""
    unit: str = ""
    group: str = ""
    female_category: str = ""
    reg_no: str = ""


@quick_init  # one per row of a roster import
@dataclass(frozen=True)
class ContestantDraft:
    """A validated contestant, ready to store."""

    name: str
    id_number: str
    gender: str
    birth_date: date
    phone: str
    unit: str
    category: str
    group: str | None
    female_category: int | None
    reg_no: str | None
    flags: tuple[eligibility.Flag, ...]


@dataclass(frozen=True)
class RowContext:
    competition_date: date
    today: date
    groups: tuple[str, ...]  # the venue's groups; empty = item has no groups


def check_form(form: ContestantForm, ctx: RowContext, *, file: str | None = None, row: int | None = None) -> ContestantDraft:
    """Validate; raise ValidationError listing every problem of this row (field, reason, value)."""
    return check_row({key: getattr(form, key) for key in TEXT_RULES}, ctx, file=file, row=row)


def check_row(values: Mapping[str, object], ctx: RowContext, *, file: str | None = None,
              row: int | None = None) -> ContestantDraft:
    """``check_form`` of a file row's values by column key (a missing key is an empty cell), without making a
    ContestantForm per row: the import checks tens of thousands of rows with exactly these rules."""
    problems: list[Problem] = []

    def bad(key: str, message: str, value: str) -> None:
        # Messages name the row and a masked value, never a full ID number or phone (they reach screens,
        # logs and photos); the rejected-rows file keeps the full row for correcting it.
        shown = idcard.mask_id_number(value) if key == "id_number" else fields.mask_phone(value) if key == "phone" else value
        problems.append(Problem(message, file=file, row=row, column=tr(HEADER_OF[key]), value=shown))

    # Control, direction and invisible characters first: a value that hides characters is refused as
    # such (naming the character), not as a malformed ID number or phone.
    raws: list[Any] = list(map(values.get, _TEXT_KEYS, repeat("")))  # a missing column is an empty cell
    if _plain_row(raws):  # the usual row: every cell already as check_text would leave it
        cleaned: dict[str, str] = dict(zip(_TEXT_KEYS, raws, strict=True))
    else:
        cleaned = {}
        for key, raw in zip(_TEXT_KEYS, raws, strict=True):
            rule = TEXT_RULES[key]
            text = text_policy.plain_text(raw, rule) if type(raw) is str else None
            if text is None:
                checked = text_policy.check_text(raw, rule)
                if checked.problem is not None:
                    bad(key, checked.problem, text_policy.visible(raw))
                text = checked.text
            cleaned[key] = text
    if problems:
        raise ValidationError(tr("该选手信息有误"), problems)

    name = cleaned["name"]
    if not name:
        bad("name", tr("姓名不能为空"), cleaned["name"])

    info: idcard.IdInfo | None = None
    try:
        info = idcard.parse_id_number(cleaned["id_number"], ctx.today)
    except ValidationError as exc:
        for p in exc.problems or [Problem(exc.message)]:
            bad("id_number", p.message, cleaned["id_number"])

    entered_gender = None
    if cleaned["gender"].strip():
        entered_gender = fields.normalize_gender(cleaned["gender"])
        if entered_gender is None:
            bad("gender", tr("性别应填“男”或“女”"), cleaned["gender"])

    phone = ""
    if cleaned["phone"].strip():
        phone = fields.normalize_phone(cleaned["phone"])
        reason = fields.phone_problem(phone)
        if reason is not None:
            bad("phone", reason, cleaned["phone"])

    category = fields.normalize_category(cleaned["category"])
    if category is None:
        bad("category", tr("人员类别应为：{c}").format(c="、".join(fields.CATEGORIES)), cleaned["category"])

    group = cleaned["group"].strip() or None
    if ctx.groups:
        if group is None:
            bad("group", tr("请填写组别：{g}").format(g="、".join(ctx.groups)), cleaned["group"])
        elif group not in ctx.groups:
            bad("group", tr("未知组别，本项目的组别为：{g}").format(g="、".join(ctx.groups)), cleaned["group"])
    elif group is not None:
        bad("group", tr("本项目未设组别，请留空该列（或先在项目设置中添加组别）"), cleaned["group"])

    female_category = None
    if not cleaned["female_category"]:
        pass  # blank: "not stated" (what check_ and normalize_female_category say of "", without asking them)
    elif (reason := fields.check_female_category(cleaned["female_category"])) is not None:
        bad("female_category", reason, cleaned["female_category"])
    else:
        female_category = fields.normalize_female_category(cleaned["female_category"])

    reg_no = cleaned["reg_no"].strip() or None
    if reg_no is not None and (len(reg_no) > 20 or not reg_no.replace("-", "").isalnum()):
        bad("reg_no", tr("报名号只能包含字母、数字和“-”，最长 20 位"), cleaned["reg_no"])

    flags: tuple[eligibility.Flag, ...] = ()
    if info is not None:
        flags = eligibility.check_eligibility(info, ctx.competition_date, female_category, entered_gender, None)
        for flag in flags:
            if flag.severity == eligibility.ERROR:
                key = {"性别": "gender"}.get(flag.field, "id_number")
                bad(key, flag.message, cleaned["gender"] if key == "gender" else cleaned["id_number"])
        if info.gender == "男":
            female_category = None

    if problems or info is None or category is None:
        raise ValidationError(tr("该选手信息有误"), problems)
    return ContestantDraft(
        name=name,
        id_number=info.number,
        gender=info.gender,
        birth_date=info.birth_date,
        phone=phone,
        unit=cleaned["unit"],
        category=category,
        group=group,
        female_category=female_category,
        reg_no=reg_no,
        flags=flags,
    )
