"""Contestants (选手) as registered, with their check-in events."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import ActorAt, Base, IdKey
from db.types import AwareDateTime


class Contestant(IdKey, Base):
    __tablename__ = "contestant"

    reg_no: Mapped[str] = mapped_column(String(20), unique=True)  # 报名号, printed on the ID badge barcode
    name: Mapped[str] = mapped_column(String(50))
    id_number: Mapped[str] = mapped_column(String(18), unique=True)  # 身份证号 (personal data: mask on screen)
    gender: Mapped[str] = mapped_column(String(2))  # 男 / 女, from the ID number
    birth_date: Mapped[date] = mapped_column(Date)  # from the ID number
    phone: Mapped[str] = mapped_column(String(20), default="")
    unit: Mapped[str] = mapped_column(String(200), default="")  # 单位/学校
    category: Mapped[str] = mapped_column(String(10))  # 人员类别: 职工/教师/学生/灵活就业
    group_id: Mapped[int | None] = mapped_column(ForeignKey("competition_group.id"))
    female_category: Mapped[int | None] = mapped_column(Integer)  # 50 / 55 for women's retirement rule
    source: Mapped[str] = mapped_column(String(200), default="")  # file it was imported from, or "手工录入"
    late_entry_reason: Mapped[str | None] = mapped_column(Text)  # head judge's reason for a late entry
    created_at: Mapped[datetime] = mapped_column(AwareDateTime)
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime)


class CheckinEvent(IdKey, ActorAt, Base):
    """Append-only: the current attendance status is the latest event of a contestant."""

    __tablename__ = "checkin_event"

    contestant_id: Mapped[int] = mapped_column(ForeignKey("contestant.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))  # checked_in | absent | withdrew | registered (undo)
    reason: Mapped[str | None] = mapped_column(Text)
