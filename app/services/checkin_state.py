"""Small shared queries about the check-in day, used by several services."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import CheckinEvent


def has_started(s: Session) -> bool:
    """Check-in has started once anyone has an attendance event; the roster is then closed to imports."""
    return bool(s.scalar(select(func.count(CheckinEvent.id))))
