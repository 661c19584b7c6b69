"""Legal retirement age: the six check cases of rules.md, edge days, properties."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rules.retirement import RULES, add_months, delay_months, retirement_date


@pytest.mark.parametrize(
    ("birth", "category", "delay", "retires"),
    [
        (date(1965, 1, 15), "M60", 1, date(2025, 2, 15)),
        (date(1965, 12, 15), "M60", 3, date(2026, 3, 15)),
        (date(1971, 4, 15), "F55", 4, date(2026, 8, 15)),
        (date(1995, 12, 15), "F50", 60, date(2050, 12, 15)),
        (date(1995, 12, 15), "M60", 36, date(2058, 12, 15)),
        (date(1964, 2, 15), "M60", 0, date(2024, 2, 15)),
    ],
)
def test_rules_md_check_cases(birth, category, delay, retires):
    assert delay_months(birth, category) == delay
    assert retirement_date(birth, category) == retires


def test_f50_pace_is_one_month_per_two():
    # n = (1975 + 50 - 2025) * 12 + 1 = 1 → 1 month; n = 3 → 2 months.
    assert delay_months(date(1975, 1, 1), "F50") == 1
    assert delay_months(date(1975, 3, 1), "F50") == 2
    assert retirement_date(date(1975, 3, 10), "F50") == date(2025, 5, 10)


@pytest.mark.parametrize(
    ("birth", "category", "retires"),
    [
        # before the reform: no delay
        (date(1964, 12, 31), "M60", date(2024, 12, 31)),
        (date(1969, 12, 1), "F55", date(2024, 12, 1)),
        (date(1974, 12, 1), "F50", date(2024, 12, 1)),
        # born on the 31st: 1965-12-31 man, 60 years + 3 months → March 2026, which has a 31st;
        # 1965-11-30 man: n = 11 → 3 months → February 2026 has 28 days (clamped to the month's end)
        (date(1965, 12, 31), "M60", date(2026, 3, 31)),
        (date(1965, 11, 30), "M60", date(2026, 2, 28)),
        # born 29 February: 1964 man, no delay, 2024 is a leap year; 1972 woman-55: n = 2*12 + 2 = 26 → 7 months
        # → September 2027; 1984 man: maximum delay 36 months → February 2047, a common year
        (date(1964, 2, 29), "M60", date(2024, 2, 29)),
        (date(1972, 2, 29), "F55", date(2027, 9, 29)),
        (date(1984, 2, 29), "M60", date(2047, 2, 28)),
    ],
    ids=["reform-M60", "reform-F55", "reform-F50", "31st", "30th-to-Feb", "29-Feb-leap", "29-Feb-F55", "29-Feb-max"],
)
def test_retirement_dates_at_the_edges(birth, category, retires):
    assert retirement_date(birth, category) == retires


def test_unknown_category():
    with pytest.raises(ValueError):
        retirement_date(date(1970, 1, 1), "F60")


def test_add_months_across_years():
    assert add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 5, 15), -5) == date(2023, 12, 15)


categories = st.sampled_from(sorted(RULES))
births = st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31))


@given(births, births, categories)
def test_monotone_in_birth_date(a, b, category):
    if a > b:
        a, b = b, a
    assert retirement_date(a, category) <= retirement_date(b, category)


@given(births, categories)
def test_delay_bounds(birth, category):
    rule = RULES[category]
    delay = delay_months(birth, category)
    assert 0 <= delay <= rule.max_delay
    if birth.year + rule.original_age <= 2024:
        assert delay == 0
    if birth.year + rule.original_age >= 2025 + (rule.max_delay * rule.months_per_step) // 12:
        assert delay == rule.max_delay


@given(births, categories)
def test_age_at_retirement_is_a0_plus_delay(birth, category):
    rule = RULES[category]
    retires = retirement_date(birth, category)
    months = (retires.year - birth.year) * 12 + retires.month - birth.month
    assert months == rule.original_age * 12 + delay_months(birth, category)
    assert retires.day <= birth.day  # the day is kept, or clamped down to the month's end


@given(births)
def test_f50_never_later_than_f55(birth):
    assert retirement_date(birth, "F50") <= retirement_date(birth, "F55")
