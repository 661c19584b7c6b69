"""The one place the core reads the clock, so services stamp times the same way."""

from __future__ import annotations

from datetime import datetime


def now() -> datetime:
    """Local wall-clock time with its UTC offset (venue laptops run on Beijing time)."""
    return datetime.now().astimezone()
