"""Everything judges record.  All tables here are append-only (SQLite triggers refuse UPDATE/DELETE)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import AwareDateTime, DecimalText


class ScoreEntry(Base):
    """One number a person typed.  The current value of a cell is derived (app/rules/scoring.py)."""

    __tablename__ = "score_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id"), index=True)
    contestant_id: Mapped[int] = mapped_column(ForeignKey("contestant.id"), index=True)
    judge_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))  # whose judgement; None for M
    value: Mapped[Decimal] = mapped_column(DecimalText)
    kind: Mapped[str] = mapped_column(String(12))  # entry | second | correction
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("score_entry.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    entered_by: Mapped[str] = mapped_column(String(50))
    entered_role: Mapped[str] = mapped_column(String(20))
    entered_at: Mapped[datetime] = mapped_column(AwareDateTime)


class Deduction(Base):
    """扣分 for safety or conduct; a cancellation is a new row pointing at the one it cancels."""

    __tablename__ = "deduction"

    id: Mapped[int] = mapped_column(primary_key=True)
    contestant_id: Mapped[int] = mapped_column(ForeignKey("contestant.id"), index=True)
    module_code: Mapped[str | None] = mapped_column(String(10))  # None = whole item
    amount: Mapped[Decimal] = mapped_column(DecimalText)
    reason: Mapped[str] = mapped_column(Text)
    cancels_id: Mapped[int | None] = mapped_column(ForeignKey("deduction.id"))
    actor: Mapped[str] = mapped_column(String(50))
    at: Mapped[datetime] = mapped_column(AwareDateTime)


class Disqualification(Base):
    """取消资格 of a module or (module_code None) the whole item; revocation is a new row."""

    __tablename__ = "disqualification"

    id: Mapped[int] = mapped_column(primary_key=True)
    contestant_id: Mapped[int] = mapped_column(ForeignKey("contestant.id"), index=True)
    module_code: Mapped[str | None] = mapped_column(String(10))
    revokes_id: Mapped[int | None] = mapped_column(ForeignKey("disqualification.id"))
    reason: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(50))
    at: Mapped[datetime] = mapped_column(AwareDateTime)


class TimeRecord(Base):
    """用时 in seconds; a correction is a newer row with a reason."""

    __tablename__ = "time_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    contestant_id: Mapped[int] = mapped_column(ForeignKey("contestant.id"), index=True)
    seconds: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(50))
    at: Mapped[datetime] = mapped_column(AwareDateTime)


class LockEvent(Base):
    """Head judge locks (or, with a reason, unlocks) a module or (module_code None) the whole item."""

    __tablename__ = "lock_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    module_code: Mapped[str | None] = mapped_column(String(10))
    action: Mapped[str] = mapped_column(String(10))  # lock | unlock
    reason: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(50))
    at: Mapped[datetime] = mapped_column(AwareDateTime)
