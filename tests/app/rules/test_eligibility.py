"""Eligibility on the competition date: worked cases and properties."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rules.eligibility import Flag, age_on, check_eligibility
from app.rules.idcard import IdInfo, make_id_number, parse_id_number
from app.rules.retirement import retirement_date

DAY = date(2026, 6, 15)  # competition date in these tests


def person(birth: date, male: bool, region: str = "500103") -> IdInfo:
    return parse_id_number(make_id_number(region, birth, 11 if male else 12), DAY)


def codes(flags: tuple[Flag, ...]) -> list[str]:
    return [f.code for f in flags]


def blocking(flags: tuple[Flag, ...]) -> list[str]:
    return [f.code for f in flags if f.severity != "info"]


# ---------------------------------------------------------------- age_on


def test_age_on_birthday_and_day_before():
    assert age_on(date(2010, 6, 15), date(2026, 6, 15)) == 16
    assert age_on(date(2010, 6, 15), date(2026, 6, 14)) == 15


def test_age_on_29_february():
    assert age_on(date(2008, 2, 29), date(2024, 2, 29)) == 16
    assert age_on(date(2008, 2, 29), date(2025, 2, 28)) == 16
    assert age_on(date(2008, 2, 29), date(2024, 2, 28)) == 15
    assert age_on(date(2008, 2, 29), date(2023, 2, 28)) == 14
    assert age_on(date(2008, 2, 29), date(2023, 3, 1)) == 15


# ---------------------------------------------------------------- minimum age


def test_sixteenth_birthday_counts():
    assert blocking(check_eligibility(person(date(2010, 6, 15), True), DAY, None, None, None)) == []


def test_day_before_sixteenth_birthday_is_too_young():
    flags = check_eligibility(person(date(2010, 6, 16), False), DAY, None, None, None)
    assert blocking(flags) == ["too_young"]
    flag = flags[0]
    assert flag.severity == "error" and flag.field == "身份证号"
    assert "未满 16 周岁（15 岁）" in flag.message


# ---------------------------------------------------------------- retirement


def test_man_retires_on_his_retirement_day():
    info = person(date(1966, 3, 15), True)  # M60: n = 15 → 4 months → 2026-07-15
    assert retirement_date(info.birth_date, "M60") == date(2026, 7, 15)
    assert blocking(check_eligibility(info, date(2026, 7, 14), None, None, None)) == []
    flags = check_eligibility(info, date(2026, 7, 15), None, None, None)
    assert blocking(flags) == ["retired"]
    assert "2026-07-15 退休" in flags[0].message


def test_female_category_is_ignored_for_men():
    info = person(date(1966, 3, 15), True)
    assert blocking(check_eligibility(info, DAY, 50, None, None)) == []


def test_woman_whose_category_decides():
    info = person(date(1975, 1, 10), False)  # F50 → 2025-02-10, F55 → 2031-05-10
    assert blocking(check_eligibility(info, DAY, 55, None, None)) == []
    assert blocking(check_eligibility(info, DAY, 50, None, None)) == ["retired"]
    flags = check_eligibility(info, DAY, None, None, None)
    assert blocking(flags) == ["category_unknown"]
    assert flags[0].severity == "decision"
    assert flags[0].field == "女职工退休年龄类别"
    assert "50 或 55" in flags[0].message


def test_woman_retired_in_both_categories_needs_no_decision():
    info = person(date(1968, 1, 10), False)  # F55 → 2023-01-10
    flags = check_eligibility(info, DAY, None, None, None)
    assert blocking(flags) == ["retired"]
    assert "2023-01-10" in flags[0].message  # the later (F55) date is named


def test_young_woman_needs_no_category():
    info = person(date(1990, 1, 10), False)
    assert blocking(check_eligibility(info, DAY, None, None, None)) == []


# ---------------------------------------------------------------- entered data


def test_entered_gender_and_birth_must_match_the_number():
    info = person(date(1990, 1, 10), False)
    flags = check_eligibility(info, DAY, None, "男", date(1990, 10, 1))
    assert blocking(flags) == ["gender_mismatch", "birth_mismatch"]
    assert flags[0].field == "性别" and "“男”" in flags[0].message and "（女）" in flags[0].message
    assert flags[1].field == "出生日期" and "1990-10-01" in flags[1].message
    assert blocking(check_eligibility(info, DAY, None, "女", date(1990, 1, 10))) == []


# ---------------------------------------------------------------- region


@pytest.mark.parametrize(
    ("region", "text"),
    [
        ("500103", "户籍地区：重庆市渝中区（仅供参考）"),
        ("510202", "户籍地区：重庆市渝中区（旧四川编码）（仅供参考）"),
        ("999999", "地区代码 999999 未收录（仅供参考，不影响资格）"),
        ("810000", "户籍地区：香港特别行政区（仅供参考）；港澳台居民居住证号码"),
    ],
)
def test_region_is_information_only(region, text):
    flags = check_eligibility(person(date(1990, 1, 10), True, region), DAY, None, None, None)
    assert flags == (Flag("region", "info", "身份证号", text),)


def test_errors_come_before_information():
    flags = check_eligibility(person(date(2012, 1, 1), True), DAY, None, "女", None)
    assert [f.severity for f in flags] == ["error", "error", "info"]


# ---------------------------------------------------------------- properties

births = st.dates(min_value=date(1950, 1, 1), max_value=date(2020, 12, 31))
days = st.dates(min_value=date(2025, 1, 1), max_value=date(2035, 12, 31))
female_categories = st.sampled_from([None, 50, 55])


@given(births, st.booleans(), days, female_categories)
def test_verdict_matches_the_definition(birth, male, day, female_category):
    info = parse_id_number(make_id_number("500106", birth, 1 if male else 2), date(2036, 1, 1))
    flags = check_eligibility(info, day, female_category, None, None)
    found = set(blocking(flags))
    young = age_on(birth, day) < 16
    assert ("too_young" in found) == young
    if young:
        assert found == {"too_young"}
        return
    if male:
        relevant = ["M60"]
    elif female_category:
        relevant = [f"F{female_category}"]
    else:
        relevant = ["F50", "F55"]
    retired = [day >= retirement_date(birth, c) for c in relevant]
    assert ("retired" in found) == all(retired)
    assert ("category_unknown" in found) == (any(retired) and not all(retired))
    assert codes(flags)[-1] == "region"


@given(births, days)
def test_stating_a_category_never_leaves_a_decision(birth, day):
    info = parse_id_number(make_id_number("500106", birth, 2), date(2036, 1, 1))
    for category in (50, 55):
        assert "category_unknown" not in codes(check_eligibility(info, day, category, None, None))
