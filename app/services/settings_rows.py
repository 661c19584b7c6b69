"""The venue's small key → JSON facts (``db.models.Setting``: item settings, publication, committee keys …):
one way to replace a value inside the caller's unit of work, so each service audits what it replaced."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from db.models import Setting


def put(s: Session, key: str, value: Any, missing: Any = None) -> Any:
    """Store ``value`` under ``key`` (a new row, or the row's new value) and give back the value it replaced,
    ``missing`` when there was none."""
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
        return missing
    old = row.value
    row.value = value
    return old
