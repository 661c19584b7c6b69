"""Everything judges record.  All tables here are append-only (SQLite triggers refuse UPDATE/DELETE).

Rows are keyed by the blind code (``blind_code_id`` → ``blind_code``), never by the contestant: the
scoring room does not know who holds a code, and the file must not tell anyone before decryption.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import ActorAt, Base, IdKey
from db.types import AwareDateTime, DecimalText


class ScoreEntry(IdKey, Base):
    """One number a person typed.  The current value of a cell is derived (app/rules/scoring.py)."""

    __tablename__ = "score_entry"

    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id"), index=True)
    blind_code_id: Mapped[int] = mapped_column(ForeignKey("blind_code.id"), index=True)
    judge_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))  # whose judgement; None for M
    value: Mapped[Decimal] = mapped_column(DecimalText)
    kind: Mapped[str] = mapped_column(String(12))  # entry | second | correction
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("score_entry.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    entered_by: Mapped[str] = mapped_column(String(50))
    entered_role: Mapped[str] = mapped_column(String(20))
    entered_at: Mapped[datetime] = mapped_column(AwareDateTime)


class Deduction(IdKey, ActorAt, Base):
    """扣分 for safety or conduct; a cancellation is a new row pointing at the one it cancels."""

    __tablename__ = "deduction"

    blind_code_id: Mapped[int] = mapped_column(ForeignKey("blind_code.id"), index=True)
    module_code: Mapped[str | None] = mapped_column(String(10))  # None = whole item
    amount: Mapped[Decimal] = mapped_column(DecimalText)
    reason: Mapped[str] = mapped_column(Text)
    cancels_id: Mapped[int | None] = mapped_column(ForeignKey("deduction.id"))


class Disqualification(IdKey, ActorAt, Base):
    """取消资格 of a module or (module_code None) the whole item; revocation is a new row."""

    __tablename__ = "disqualification"

    blind_code_id: Mapped[int] = mapped_column(ForeignKey("blind_code.id"), index=True)
    module_code: Mapped[str | None] = mapped_column(String(10))
    revokes_id: Mapped[int | None] = mapped_column(ForeignKey("disqualification.id"))
    reason: Mapped[str] = mapped_column(Text)


class TimeRecord(IdKey, ActorAt, Base):
    """用时 in seconds; a correction is a newer row with a reason."""

    __tablename__ = "time_record"

    blind_code_id: Mapped[int] = mapped_column(ForeignKey("blind_code.id"), index=True)
    seconds: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(Text)


class LockEvent(IdKey, ActorAt, Base):
    """Head judge locks (or, with a reason, unlocks) a module or (module_code None) the whole item."""

    __tablename__ = "lock_event"

    module_code: Mapped[str | None] = mapped_column(String(10))
    action: Mapped[str] = mapped_column(String(10))  # lock | unlock
    reason: Mapped[str | None] = mapped_column(Text)


class BlindStatus(IdKey, ActorAt, Base):
    """Attendance as the scoring room records it, by blind code (弃权 / 缺考 seen at the station, or back to
    参赛 with a reason): the desk's check-in log names people, so it cannot be joined before decryption."""

    __tablename__ = "blind_status"

    blind_code_id: Mapped[int] = mapped_column(ForeignKey("blind_code.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))  # competed | absent | withdrew
    reason: Mapped[str] = mapped_column(Text)
