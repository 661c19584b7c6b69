"""Synthetic demo contestants: deterministic, distinct, valid and all eligible."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from app.rules.demo_people import DemoPerson, demo_people
from app.rules.eligibility import age_on, check_eligibility
from app.rules.fields import CATEGORIES, check_phone
from app.rules.idcard import parse_id_number

DAY = date(2026, 6, 15)


def test_same_seed_same_people_other_seed_other_people():
    assert demo_people(50, DAY) == demo_people(50, DAY)
    assert demo_people(50, DAY, seed=1) != demo_people(50, DAY)
    assert demo_people(0, DAY) == []


def test_prefix_is_stable_when_asking_for_more():
    # Benchmarks ask for 30, then 300: the first 30 stay the same people.
    assert demo_people(300, DAY)[:30] == demo_people(30, DAY)


def test_every_person_is_valid_and_eligible():
    people = demo_people(1000, DAY)
    assert len({p.id_number for p in people}) == len(people)
    for p in people:
        info = parse_id_number(p.id_number, DAY)
        assert info.gender == p.gender
        assert info.region_code.startswith("50")
        assert 17 <= age_on(info.birth_date, DAY) <= 58
        assert check_phone(p.phone) is None
        assert p.category in CATEGORIES
        assert p.unit.startswith("重庆") or "自由职业" in p.unit or "个体" in p.unit
        assert 2 <= len(p.name) <= 4
        if p.gender == "男":
            assert p.female_category is None
        flags = check_eligibility(info, DAY, p.female_category, p.gender, info.birth_date)
        assert [f.code for f in flags if f.severity != "info"] == [], p


def test_a_realistic_mix():
    people = demo_people(500, DAY)
    genders = {p.gender for p in people}
    assert genders == {"男", "女"}
    assert {p.category for p in people} == set(CATEGORIES)
    assert {p.female_category for p in people if p.gender == "女"} == {None, 50, 55}
    ages = [age_on(parse_id_number(p.id_number, DAY).birth_date, DAY) for p in people]
    assert min(ages) <= 20 and max(ages) >= 50


@settings(max_examples=25, deadline=None)
@given(
    st.dates(min_value=date(2025, 1, 1), max_value=date(2040, 12, 31)),
    st.integers(min_value=0, max_value=2**32),
)
def test_eligible_on_any_date_with_any_seed(day, seed):
    for p in demo_people(40, day, seed=seed):
        assert isinstance(p, DemoPerson)
        info = parse_id_number(p.id_number, day)
        flags = check_eligibility(info, day, p.female_category, None, None)
        assert [f.code for f in flags if f.severity != "info"] == []
