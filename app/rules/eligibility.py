"""Eligibility on the competition date (参赛资格), from an ID number and the roster entry.

Notice: aged 16 or more and below the legal retirement age on the competition date.
The 16th birthday counts as 16; on the retirement day itself the person has retired.
Men use M60; women F50/F55 as registered.  When a woman's category is not stated and
the two categories give different verdicts, we neither guess nor reject: a "decision"
flag asks the registration to say 50 or 55.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from app import i18n
from app.i18n import tr
from app.rules.idcard import COLUMN as ID_COLUMN
from app.rules.idcard import IdInfo
from app.rules.retirement import RULES, retirement_date

MIN_AGE = 16
# Nobody reaches the legal retirement age before the lowest original age (F50: 50, plus a delay ≥ 0).
EARLIEST_RETIREMENT_AGE = min(rule.original_age for rule in RULES.values())

# Field names as the roster shows them, so a flag can point at the right cell.
GENDER_FIELD = "性别"
BIRTH_FIELD = "出生日期"
FEMALE_CATEGORY_FIELD = "女职工退休年龄类别"

ERROR = "error"  # not eligible / data wrong: must be fixed
DECISION = "decision"  # a person must decide (e.g. F50 or F55)
INFO = "info"  # shown, never blocks


@dataclass(frozen=True)
class Flag:
    # "too_young" | "retired" | "category_unknown" | "gender_mismatch" | "birth_mismatch" | "region"
    code: str
    severity: str  # "error" | "decision" | "info"
    field: str
    message: str


def age_on(birth: date, on: date) -> int:
    """Completed years of age on ``on``.  Someone born 29 February turns a year older on 1 March
    in common years (their birthday has not yet come on 28 February)."""
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years


def _is_retired(info: IdInfo, category: str, on: date) -> bool:
    return on >= retirement_date(info.birth_date, category)


def _age_flags(info: IdInfo, on: date, female_category: int | None) -> list[Flag]:
    flags: list[Flag] = []
    age = age_on(info.birth_date, on)
    if age < MIN_AGE:
        message = tr("比赛日（{on}）未满 16 周岁（{age} 岁），不符合参赛条件")
        flags.append(Flag("too_young", ERROR, ID_COLUMN, message.format(on=on.isoformat(), age=age)))
        return flags  # a child is nowhere near retirement
    if age < EARLIEST_RETIREMENT_AGE:
        return flags  # retired under no category (saves the date arithmetic for most of a roster)
    if info.gender == "男":
        categories = ["M60"]
    elif female_category in (50, 55):
        categories = [f"F{female_category}"]
    else:
        categories = ["F50", "F55"]
    verdicts = {c: _is_retired(info, c, on) for c in categories}
    if all(verdicts.values()):
        # Retired under every applicable category: report the latest date (the most favourable).
        last = max(retirement_date(info.birth_date, c) for c in categories)
        message = tr("比赛日（{on}）已达法定退休年龄（{last} 退休），不符合参赛条件")
        flags.append(
            Flag("retired", ERROR, ID_COLUMN, message.format(on=on.isoformat(), last=last.isoformat()))
        )
    elif any(verdicts.values()):
        f50 = retirement_date(info.birth_date, "F50")
        message = tr(
            "女职工退休年龄类别未注明：按 50 岁（工人）已于 {f50} 退休，按 55 岁（干部）尚未退休，"
            "请在报名表注明 50 或 55"
        )
        message = message.format(f50=f50.isoformat())
        flags.append(Flag("category_unknown", DECISION, FEMALE_CATEGORY_FIELD, message))
    return flags


def _entered_flags(info: IdInfo, entered_gender: str | None, entered_birth: date | None) -> list[Flag]:
    """Gender and birth date come from the ID number; a different entry is an error."""
    flags: list[Flag] = []
    if entered_gender is not None and entered_gender != info.gender:
        message = tr("填写的性别“{entered}”与身份证号（{actual}）不符，请核对").format(
            entered=entered_gender, actual=info.gender
        )
        flags.append(Flag("gender_mismatch", ERROR, GENDER_FIELD, message))
    if entered_birth is not None and entered_birth != info.birth_date:
        message = tr("填写的出生日期 {entered} 与身份证号（{actual}）不符，请核对").format(
            entered=entered_birth.isoformat(), actual=info.birth_date.isoformat()
        )
        flags.append(Flag("birth_mismatch", ERROR, BIRTH_FIELD, message))
    return flags


def _region_flag(info: IdInfo) -> Flag:
    return _region_flag_of(info.region_name, info.region_code, info.kind, i18n.generation())


@lru_cache(maxsize=4096)  # one per region and language: a roster has a few hundred regions, not one per person
def _region_flag_of(region_name: str | None, region_code: str, kind: str, _language: int) -> Flag:
    if region_name:
        message = tr("户籍地区：{name}（仅供参考）").format(name=region_name)
    else:
        message = tr("地区代码 {code} 未收录（仅供参考，不影响资格）").format(code=region_code)
    if kind == "hk_macao_taiwan_permit":
        message += tr("；港澳台居民居住证号码")
    return Flag("region", INFO, ID_COLUMN, message)


def check_eligibility(
    info: IdInfo,
    competition_date: date,
    female_category: int | None,
    entered_gender: str | None,
    entered_birth: date | None,
) -> tuple[Flag, ...]:
    """All flags for one contestant: errors first, then decisions, then information.

    ``female_category`` is 50, 55 or None (not stated; ignored for men).  ``entered_gender``
    ("男"/"女", see fields.normalize_gender) and ``entered_birth`` are what the roster says,
    None when the roster has no such column.
    """
    if (entered_gender is None or entered_gender == info.gender) and entered_birth is None \
            and MIN_AGE <= age_on(info.birth_date, competition_date) < EARLIEST_RETIREMENT_AGE:
        # Most people (tests/app/rules/test_fast_paths.py): of age, far from retirement, nothing entered
        # wrongly — neither list below would hold a flag.
        return (_region_flag(info),)
    flags = _age_flags(info, competition_date, female_category)
    flags += _entered_flags(info, entered_gender, entered_birth)
    region = _region_flag(info)
    if not flags:  # most people: eligible, nothing entered wrongly
        return (region,)
    flags.append(region)
    return tuple(sorted(flags, key=lambda f: _ORDER[f.severity]))


_ORDER = {ERROR: 0, DECISION: 1, INFO: 2}
