"""Resident ID numbers: worked cases from rules.md and hypothesis properties."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.rules.idcard import (
    IdInfo,
    check_character,
    make_id_number,
    mask_id_number,
    normalize_id_number,
    parse_id_number,
)

TODAY = date(2026, 5, 1)


def problem_of(raw: str, today: date = TODAY):
    with pytest.raises(ValidationError) as caught:
        parse_id_number(raw, today)
    assert len(caught.value.problems) == 1
    problem = caught.value.problems[0]
    assert problem.column == "身份证号"
    assert problem.value == mask_id_number(raw)  # messages never carry the full number (issue 12)
    if len(raw.strip()) >= 8:
        assert raw.strip() not in str(problem)
    return problem


# ---------------------------------------------------------------- worked cases


def test_standard_example_woman_with_x_check_character():
    info = parse_id_number("11010519491231002X", TODAY)
    assert info == IdInfo(
        number="11010519491231002X",
        birth_date=date(1949, 12, 31),
        gender="女",
        region_code="110105",
        region_name="北京市",
        kind="resident",
    )


def test_check_character_of_standard_example():
    assert check_character("11010519491231002") == "X"


def test_sichuan_era_chongqing_code_is_valid_and_named():
    number = make_id_number("510202", date(1975, 6, 18), 123)
    info = parse_id_number(number, TODAY)
    assert info.birth_date == date(1975, 6, 18)
    assert info.gender == "男"
    assert info.region_name == "重庆市渝中区（旧四川编码）"
    assert info.kind == "resident"


def test_unknown_address_code_is_never_rejected():
    info = parse_id_number(make_id_number("999999", date(1990, 1, 1), 2), TODAY)
    assert info.region_name is None
    info = parse_id_number(make_id_number("500199", date(1990, 1, 1), 2), TODAY)
    assert info.region_name == "重庆市"


@pytest.mark.parametrize(
    ("prefix", "name"), [("810000", "香港特别行政区"), ("820000", "澳门特别行政区"), ("830000", "台湾地区")]
)
def test_hk_macao_taiwan_permit_numbers_are_valid(prefix, name):
    info = parse_id_number(make_id_number(prefix, date(1990, 3, 4), 11), TODAY)
    assert info.kind == "hk_macao_taiwan_permit"
    assert info.region_name == name
    assert info.gender == "男"


def test_chongqing_district_name():
    info = parse_id_number(make_id_number("500103", date(2000, 2, 29), 0), TODAY)
    assert info.region_name == "重庆市渝中区"
    assert info.birth_date == date(2000, 2, 29)
    assert info.gender == "女"


def test_wrong_check_character_says_which_it_should_be():
    problem = problem_of("110105194912310021")
    assert "校验位应为 X" in problem.message
    assert "现为 1" in problem.message


def test_impossible_birth_date():
    first17 = "50010320260230001"  # 30 February 2026
    problem = problem_of(first17 + check_character(first17))
    assert problem.message.startswith("出生日期 20260230 不是有效日期")


def test_month_13_is_not_a_date():
    first17 = "50010319951332001"
    problem = problem_of(first17 + check_character(first17))
    assert "出生日期 19951332 不是有效日期" in problem.message


def test_future_birth_date():
    number = make_id_number("500103", TODAY + timedelta(days=1), 1)
    assert "晚于今天" in problem_of(number).message


def test_birth_today_is_allowed():
    assert parse_id_number(make_id_number("500103", TODAY, 1), TODAY).birth_date == TODAY


def test_birth_before_1900():
    number = make_id_number("500103", date(1899, 12, 31), 1)
    assert "早于 1900 年" in problem_of(number).message


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("5001031990010112", "身份证号应为 18 位，现为 16 位，请核对证件"),
        ("50010319900101123", "身份证号应为 18 位，现为 17 位，请核对证件"),
        ("5001031990010112345", "身份证号应为 18 位，现为 19 位，请核对证件"),
        ("", "身份证号为空，请填写 18 位身份证号"),
        ("   ", "身份证号为空，请填写 18 位身份证号"),
    ],
)
def test_length_messages(raw, expected):
    assert problem_of(raw).message == expected


def test_fifteen_digit_old_number_gets_a_hint():
    assert "15 位旧号码" in problem_of("500103900101123").message


def test_letter_inside_the_number():
    problem = problem_of("5001031990O1011234")  # letter O instead of zero
    assert problem.message == "第 11 位应为数字，现为“O”，请核对证件"


def test_bad_last_character():
    assert "最后一位应为数字或 X" in problem_of("50010319900101123Y").message


def test_tolerant_input_spaces_full_width_lower_x():
    raw = " １１０１０５ 1949 1231 002x\u3000"
    assert normalize_id_number(raw) == "11010519491231002X"
    assert parse_id_number(raw, TODAY).number == "11010519491231002X"


def test_only_a_trailing_x_is_uppercased():
    assert normalize_id_number("x123x") == "x123X"


def test_mask_18():
    assert mask_id_number("500103199001011234") == "500103********1234"
    assert mask_id_number("11010519491231002x") == "110105********002X"


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("50010319900101123", "500************23"),
        ("500103199001011234567", "500****************67"),
        ("12345678", "12****78"),
        ("1234", "1**4"),
        ("123", "***"),
        ("", ""),
    ],
)
def test_mask_other_lengths(raw, masked):
    assert mask_id_number(raw) == masked


def test_make_id_number_rejects_bad_arguments():
    with pytest.raises(ValueError):
        make_id_number("5001", date(1990, 1, 1), 1)
    with pytest.raises(ValueError):
        make_id_number("500103", date(1990, 1, 1), 1000)


# ---------------------------------------------------------------- properties

regions = st.sampled_from(["500103", "500112", "510202", "110105", "810000", "830000", "999999"])
births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
sequences = st.integers(min_value=0, max_value=999)


@given(regions, births, sequences)
def test_generated_number_round_trips(region, birth, sequence):
    info = parse_id_number(make_id_number(region, birth, sequence), TODAY)
    assert info.birth_date == birth
    assert info.gender == ("男" if sequence % 2 else "女")
    assert info.region_code == region


@given(regions, births, sequences, st.integers(min_value=0, max_value=17), st.integers(1, 10))
def test_any_single_character_change_is_caught(region, birth, sequence, position, shift):
    number = make_id_number(region, birth, sequence)
    alphabet = "0123456789X" if position == 17 else "0123456789"
    old = alphabet.index(number[position])
    new = alphabet[(old + shift) % len(alphabet)]
    if new == number[position]:
        return  # shift of a full cycle on the 10-digit alphabet
    changed = number[:position] + new + number[position + 1 :]
    with pytest.raises(ValidationError):
        parse_id_number(changed, TODAY)


@given(regions, births, sequences)
def test_mask_never_reveals_the_middle_eight(region, birth, sequence):
    number = make_id_number(region, birth, sequence)
    masked = mask_id_number(number)
    assert len(masked) == 18
    assert masked[6:14] == "********"
    assert masked[:6] == number[:6] and masked[14:] == number[14:]


@given(st.text(alphabet="0123456789X ", max_size=30))
def test_mask_hides_at_least_half_of_anything(raw):
    masked = mask_id_number(raw)
    text = normalize_id_number(raw)
    assert len(masked) == len(text)
    assert masked.count("*") >= len(text) / 2 or len(text) == 18


@given(st.text(max_size=25))
def test_parse_either_succeeds_or_raises_validation_error(raw):
    try:
        info = parse_id_number(raw, TODAY)
    except ValidationError as error:
        assert len(error.problems) == 1
    else:
        assert len(info.number) == 18
