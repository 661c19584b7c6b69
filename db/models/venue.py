"""The venue file's identity: which item of which competition, where, when, who leads."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, IdKey, KeyJson
from db.types import AwareDateTime, JsonText


class VenueInfo(IdKey, Base):
    """Exactly one row (id = 1)."""

    __tablename__ = "venue_info"

    competition_name: Mapped[str] = mapped_column(String(200))
    organiser: Mapped[str] = mapped_column(String(200))
    item_no: Mapped[int] = mapped_column(Integer)
    item_name: Mapped[str] = mapped_column(String(100))
    host_unit: Mapped[str] = mapped_column(String(200))
    contact: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str] = mapped_column(String(50))
    competition_date: Mapped[date] = mapped_column(Date)
    venue_place: Mapped[str] = mapped_column(String(200))  # 比赛地点
    head_judge: Mapped[str] = mapped_column(String(50))  # 裁判长
    # Random identity of this venue, fixed at creation: backups are kept and restores accepted per
    # identity, never per file name (two files called demo.venue are different venues).
    venue_uid: Mapped[str | None] = mapped_column(String(32), unique=True)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime)
    created_with: Mapped[str] = mapped_column(String(40))  # software version


class CompetitionGroup(IdKey, Base):
    """组别, e.g. 职工组 / 学生组; an item without groups has none."""

    __tablename__ = "competition_group"

    name: Mapped[str] = mapped_column(String(50), unique=True)
    sort: Mapped[int] = mapped_column(Integer, default=0)


class Setting(KeyJson, Base):
    """Per-item configurable practice (pass line, tie-break order, award base …) as JSON values."""

    __tablename__ = "setting"


class User(IdKey, Base):
    """A person who signs in at the venue: check-in staff, judge, head judge, administrator."""

    __tablename__ = "app_user"

    name: Mapped[str] = mapped_column(String(50), unique=True)
    role: Mapped[str] = mapped_column(String(20))  # checkin | judge | head_judge | admin
    judge_no: Mapped[str | None] = mapped_column(String(10))  # 裁判编号 shown on score sheets
    pin_hash: Mapped[str] = mapped_column(String(300))  # scrypt$n$r$p$salt$hash
    active: Mapped[bool] = mapped_column(default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(AwareDateTime)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime)


class AuditRecord(Base):
    """Append-only, hash-chained log of every state change (see app/services/audit.py)."""

    __tablename__ = "audit_record"

    seq: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(AwareDateTime)
    actor: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(60), index=True)  # the checks look records up by action
    data: Mapped[Any] = mapped_column(JsonText)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Vault(IdKey, Base):
    """The head judge's keys (exactly one row, id = 1): public parts in the clear, secrets wrapped.

    ``seal_recipient`` (age X25519) lets anyone seal data for the head judge; ``signing_public`` (minisign
    line) verifies the venue's signatures.  The matching secrets are one JSON payload wrapped twice
    (app.sealing.wrap): under the head judge's passphrase and under the printed recovery code.  Not
    append-only: a changed passphrase must replace the old wrap (the change itself is audited).
    """

    __tablename__ = "vault"

    seal_recipient: Mapped[str] = mapped_column(String(100))
    signing_public: Mapped[str] = mapped_column(String(100))
    by_passphrase: Mapped[str] = mapped_column(Text)
    by_recovery: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime)
    changed_at: Mapped[datetime] = mapped_column(AwareDateTime)
