"""Small shared queries about the check-in day, used by several services.

The check-in desk (``checkin``) and the draw (``draw``) both read attendance; it lives here, below both, so
neither has to import the other to ask who is checked in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.roles import Role
from app.vocab import CHECKED_IN
from db.models import CheckinEvent

DESK_ROLES = (Role.CHECKIN, Role.HEAD_JUDGE)  # may record attendance
VIEW_ROLES = (Role.CHECKIN, Role.HEAD_JUDGE, Role.ADMIN)  # may see names with stations


@dataclass(frozen=True)
class Attendance:
    """A contestant's latest attendance event (status ``registered`` with no event = not yet seen)."""

    status: str
    at: datetime | None = None
    by: str | None = None
    reason: str | None = None


def has_started(s: Session) -> bool:
    """Check-in has started once anyone has an attendance event; the roster is then closed to imports."""
    return bool(s.scalar(select(func.count(CheckinEvent.id))))


def attendance_of(s: Session, contestant_ids: list[int] | None = None) -> dict[int, Attendance]:
    """Latest event per contestant (ids without events are absent from the dict); ``contestant_ids``: only
    theirs, read by index (a scan must not read every check-in so far)."""
    q = select(CheckinEvent).order_by(CheckinEvent.id)
    if contestant_ids is not None:
        q = q.where(CheckinEvent.contestant_id.in_(contestant_ids))
    out: dict[int, Attendance] = {}
    for ev in s.scalars(q):
        out[ev.contestant_id] = Attendance(ev.status, ev.at, ev.actor, ev.reason)
    return out


def checked_in_ids(s: Session) -> set[int]:
    return {cid for cid, a in attendance_of(s).items() if a.status == CHECKED_IN}
