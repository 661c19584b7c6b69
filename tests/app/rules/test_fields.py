"""Tolerant roster fields: phone, category, gender, female category, headers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rules.fields import (
    CATEGORIES,
    check_female_category,
    check_phone,
    normalize_category,
    normalize_female_category,
    normalize_gender,
    normalize_header,
    normalize_phone,
)

# ---------------------------------------------------------------- phone


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("13800001234", "13800001234"),
        ("138 0000 1234", "13800001234"),
        ("138-0000-1234", "13800001234"),
        ("+86 138 0000 1234", "13800001234"),
        ("+86-13800001234", "13800001234"),
        ("008613800001234", "13800001234"),
        ("8613800001234", "13800001234"),
        ("１３８００００１２３４", "13800001234"),
        (13800001234, "13800001234"),
        (13800001234.0, "13800001234"),  # a number cell read from a spreadsheet
        ("023-88152323", "023-88152323"),
        ("02388152323", "023-88152323"),
        ("(023) 6868 1234", "023-68681234"),
        ("010-12345678", "010-12345678"),
        ("0755-1234567", "0755-1234567"),
        ("0755 12345678", "0755-12345678"),
    ],
)
def test_valid_phones(raw, normal):
    assert normalize_phone(raw) == normal
    assert check_phone(raw) is None


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "联系电话为空，请填写手机号"),
        (None, "联系电话为空，请填写手机号"),
        ("1380000123", "手机号应为 11 位，现为 10 位，请核对"),
        ("138000012345", "手机号应为 11 位，现为 12 位，请核对"),
        ("12800001234", "手机号第 2 位应为 3–9，请核对"),
        ("88152323", "固定电话请加区号，如 023-88152323"),
        ("02388", "固定电话位数不对，应为区号加 7–8 位号码，如 023-88152323"),
        ("138oooo1234", "联系电话只能包含数字，请核对"),
        ("99999999999", "联系电话应为 11 位手机号或带区号的固定电话，请核对"),
    ],
)
def test_invalid_phones(raw, reason):
    assert check_phone(raw) == reason


@given(st.sampled_from("3456789"), st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_every_mainland_mobile_is_accepted(second, rest):
    number = "1" + second + rest
    spaced = f"+86 {number[:3]} {number[3:7]}-{number[7:]}"
    assert normalize_phone(spaced) == number
    assert check_phone(spaced) is None


@given(st.text(max_size=20))
def test_check_phone_never_crashes_and_normalizing_is_idempotent(raw):
    once = normalize_phone(raw)
    assert normalize_phone(once) == once
    assert check_phone(raw) is None or isinstance(check_phone(raw), str)


# ---------------------------------------------------------------- category


@pytest.mark.parametrize(
    ("raw", "category"),
    [
        ("职工", "职工"),
        ("企业职工", "职工"),
        (" 事业单位职工 ", "职工"),
        ("院校教师", "教师"),
        ("职业院校教师", "教师"),
        ("在校学生", "学生"),
        ("学　生", "学生"),
        ("灵活就业人员", "灵活就业"),
        ("灵活就业", "灵活就业"),
        ("中职在校学生", "学生"),
        ("", None),
        (None, None),
        ("退休人员", None),
        ("职工/学生", None),  # ambiguous: two categories named
    ],
)
def test_normalize_category(raw, category):
    assert normalize_category(raw) == category


def test_canonical_categories_map_to_themselves():
    assert [normalize_category(c) for c in CATEGORIES] == list(CATEGORIES)


# ---------------------------------------------------------------- gender


@pytest.mark.parametrize(
    ("raw", "gender"),
    [
        ("男", "男"),
        (" 女 ", "女"),
        ("男性", "男"),
        ("M", "男"),
        ("f", "女"),
        ("Male", "男"),
        ("FEMALE", "女"),
        ("Ｍ", "男"),
        ("", None),
        (None, None),
        ("x", None),
        ("未知", None),
    ],
)
def test_normalize_gender(raw, gender):
    assert normalize_gender(raw) == gender


# ---------------------------------------------------------------- female category


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        (50, 50),
        (55, 55),
        (50.0, 50),
        ("50", 50),
        ("55", 55),
        ("50岁", 50),
        ("55周岁", 55),
        ("５５", 55),
        ("工人", 50),
        ("干部", 55),
        ("女干部", 55),
        ("", None),
        (None, None),
        ("60", None),
        ("不详", None),
    ],
)
def test_normalize_female_category(raw, value):
    assert normalize_female_category(raw) == value


def test_check_female_category_tells_blank_from_unreadable():
    assert check_female_category("") is None
    assert check_female_category(None) is None
    assert check_female_category("55岁") is None
    assert check_female_category("60") == "女职工退休年龄类别应填 50（工人）或 55（干部），不清楚可留空"


# ---------------------------------------------------------------- headers


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("姓名", "姓名"),
        ("姓名（必填）", "姓名"),
        ("* 姓名", "姓名"),
        ("＊姓名", "姓名"),
        ("姓 名", "姓名"),
        ("姓\u3000名", "姓名"),
        ("身份证号(18位)", "身份证号"),
        ("联系电话【手机】", "联系电话"),
        ("性别：", "性别"),
        ("ID No.", "idno."),
        ("Ｐｈｏｎｅ", "phone"),
        (None, ""),
    ],
)
def test_normalize_header(raw, key):
    assert normalize_header(raw) == key


@given(st.text(max_size=30))
def test_normalize_header_is_idempotent(raw):
    once = normalize_header(raw)
    assert normalize_header(once) == once


@given(st.text(max_size=10))
def test_female_category_never_crashes(raw):
    assert normalize_female_category(raw) in (None, 50, 55)
    assert check_female_category(raw) is None or "50" in check_female_category(raw)


def test_female_category_odd_numbers():
    assert normalize_female_category("sNaN") is None
    assert normalize_female_category("55.0") == 55
    assert normalize_female_category("5e1") is None
