"""Legal retirement age (法定退休年龄) under the State Council measures in force 2025-01-01.

Original age A0 and pace, per category:
    M60  men                              60, +1 month every 4 months, at most +36
    F55  women originally 55 (cadres 干部)  55, +1 month every 4 months, at most +36
    F50  women originally 50 (workers 工人) 50, +1 month every 2 months, at most +60
n = (birth_year + A0 - 2025) * 12 + birth_month; delay = 0 if n <= 0 else min(ceil(n/k), max);
retirement = birth date + A0 years + delay months.

Whether a woman is F50 or F55 cannot be read from her ID number; the registration says.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

_REFORM_YEAR = 2025


@dataclass(frozen=True)
class RetirementRule:
    original_age: int  # A0
    months_per_step: int  # k: one month of delay per k months of birth after the start
    max_delay: int  # months


RULES: dict[str, RetirementRule] = {
    "M60": RetirementRule(60, 4, 36),
    "F55": RetirementRule(55, 4, 36),
    "F50": RetirementRule(50, 2, 60),
}
CATEGORIES: tuple[str, ...] = tuple(RULES)


def delay_months(birth: date, category: str) -> int:
    """Months added to the original retirement age for someone born on ``birth``."""
    rule = _rule(category)
    n = (birth.year + rule.original_age - _REFORM_YEAR) * 12 + birth.month
    if n <= 0:
        return 0
    return min(-(-n // rule.months_per_step), rule.max_delay)  # ceil without floats


def retirement_date(birth: date, category: str) -> date:
    """The day the person reaches the legal retirement age (on this day they are retired).

    A0 years and the delay are added as one number of months, keeping the day of birth;
    a day that the target month lacks (born the 31st, or 29 February) becomes its last day.
    """
    rule = _rule(category)
    return add_months(birth, rule.original_age * 12 + delay_months(birth, category))


def add_months(start: date, months: int) -> date:
    """``start`` moved by ``months`` calendar months, clamping the day to the month's end."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def _rule(category: str) -> RetirementRule:
    try:
        return RULES[category]
    except KeyError:
        raise ValueError(f"retirement category must be one of {CATEGORIES}, got {category!r}") from None
