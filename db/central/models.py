"""Central tables: registered venue keys, imported packages, their contestants, the committee's log."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from db.models.base import NAMING, IdKey, KeyJson
from db.types import AwareDateTime, DecimalText, JsonText


class CentralBase(DeclarativeBase):
    """Not the venue Base: a central database never gets venue tables, nor a venue file these."""

    metadata = MetaData(naming_convention=NAMING)


class VenueKey(IdKey, CentralBase):
    """A venue's public key, registered before the competition (compared with the printed fingerprint)."""

    __tablename__ = "venue_key"

    label: Mapped[str] = mapped_column(String(200))  # e.g. "31 母婴护理 赛场"
    # The item this key signs for.  Required since central schema 0002; NULL only in older databases, where
    # packages signed with such a key are refused until the key is bound to its item (keys restrict).
    item_no: Mapped[int | None] = mapped_column(Integer)
    groups: Mapped[str | None] = mapped_column(String(300))  # "职工组+学生组": only this group set; NULL = any
    key_id: Mapped[str] = mapped_column(String(16), unique=True)  # as minisign prints it
    public_line: Mapped[str] = mapped_column(String(80), unique=True)
    fingerprint: Mapped[str] = mapped_column(String(60))
    registered_by: Mapped[str] = mapped_column(String(50))
    registered_at: Mapped[datetime] = mapped_column(AwareDateTime)


class Package(IdKey, CentralBase):
    """One imported, verified package.  Refused packages are never stored (the database stays unchanged)."""

    __tablename__ = "package"
    __table_args__ = (UniqueConstraint("item_no", "groups", "revision", name="uq_package_item_groups_revision"),)

    file_name: Mapped[str] = mapped_column(String(300))
    zip_sha256: Mapped[str] = mapped_column(String(64))
    snapshot_sha256: Mapped[str] = mapped_column(String(64), index=True)  # results.json with exported_at = null
    item_no: Mapped[int] = mapped_column(Integer)
    item_name: Mapped[str] = mapped_column(String(100))
    groups: Mapped[str] = mapped_column(String(300))  # "职工组+学生组"; "" when the item has no groups
    revision: Mapped[int] = mapped_column(Integer)
    revision_reason: Mapped[str | None] = mapped_column(Text)
    signed_by: Mapped[str] = mapped_column(String(50))
    exported_at: Mapped[str] = mapped_column(String(40))
    key_id: Mapped[str] = mapped_column(String(16))
    trusted_comment: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))  # verified | warnings | errors | accepted | superseded | withdrawn
    findings: Mapped[Any] = mapped_column(JsonText)  # [{"severity", "code", "message", "id_number"?}]
    results: Mapped[Any] = mapped_column(JsonText)  # the whole results.json
    imported_by: Mapped[str] = mapped_column(String(50))
    imported_at: Mapped[datetime] = mapped_column(AwareDateTime)
    acknowledged_by: Mapped[str | None] = mapped_column(String(50))  # who acknowledged the warnings
    accepted_by: Mapped[str | None] = mapped_column(String(50))
    accepted_at: Mapped[datetime | None] = mapped_column(AwareDateTime)
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("package.id"))
    superseded_reason: Mapped[str | None] = mapped_column(Text)
    # The status before it was superseded or withdrawn, so that undoing either restores it exactly.
    status_before: Mapped[str | None] = mapped_column(String(20))
    withdrawn_by: Mapped[str | None] = mapped_column(String(50))
    withdrawn_at: Mapped[datetime | None] = mapped_column(AwareDateTime)
    withdrawn_reason: Mapped[str | None] = mapped_column(Text)
    # appeals.json of a layout-3 package (appeals, decisions, corrections, publication period); NULL before.
    appeals: Mapped[Any] = mapped_column(JsonText, nullable=True)


class ContestantResult(IdKey, CentralBase):
    """One contestant line of a package, for the cross-item checks (兼项) and the consolidated lists."""

    __tablename__ = "contestant_result"
    # The cross-item checks look up other packages' lines by ID number and by person (name, birth date, gender).
    __table_args__ = (Index("ix_contestant_result_id_number", "id_number"),
                      Index("ix_contestant_result_person", "name", "birth_date", "gender"))

    package_id: Mapped[int] = mapped_column(ForeignKey("package.id"), index=True)
    item_no: Mapped[int] = mapped_column(Integer)
    item_name: Mapped[str] = mapped_column(String(100))
    group_name: Mapped[str] = mapped_column(String(50))
    id_number: Mapped[str] = mapped_column(String(18))
    name: Mapped[str] = mapped_column(String(50))
    gender: Mapped[str] = mapped_column(String(2))
    birth_date: Mapped[str] = mapped_column(String(10))
    unit: Mapped[str] = mapped_column(String(200))
    reg_no: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    total: Mapped[Decimal | None] = mapped_column(DecimalText)
    rank: Mapped[int | None] = mapped_column(Integer)
    award: Mapped[str | None] = mapped_column(String(10))
    passed: Mapped[bool] = mapped_column(Boolean)


class CentralSetting(KeyJson, CentralBase):
    """Small facts of the central database, e.g. the committee's certificate key."""

    __tablename__ = "central_setting"


class CentralEvent(IdKey, CentralBase):
    """The committee's log: who registered, imported, accepted, acknowledged what, and when."""

    __tablename__ = "central_event"

    at: Mapped[datetime] = mapped_column(AwareDateTime)
    actor: Mapped[str] = mapped_column(String(50))
    action: Mapped[str] = mapped_column(String(60))
    data: Mapped[Any] = mapped_column(JsonText)


__all__ = ["CentralBase", "CentralEvent", "CentralSetting", "ContestantResult", "Package", "VenueKey"]
