"""Head judge's finalizing: decryption, tie decisions, signed result revisions, exports."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import ActorAt, Base, IdKey
from db.types import AwareDateTime, JsonText


class DecryptEvent(IdKey, ActorAt, Base):
    """解密: the head judge joined names and blind codes (who and when); a file is decrypted once it has one."""

    __tablename__ = "decrypt_event"


class TieDecision(IdKey, ActorAt, Base):
    """The head judge's recorded decision on a tie at an award boundary, printed on the reports."""

    __tablename__ = "tie_decision"

    group_name: Mapped[str] = mapped_column(String(50), default="")
    contestants: Mapped[Any] = mapped_column(JsonText)  # reg_no list
    resolution: Mapped[str] = mapped_column(String(20))  # all_higher | order
    order: Mapped[Any] = mapped_column(JsonText, default=list)
    reason: Mapped[str] = mapped_column(Text)
    revokes_id: Mapped[int | None] = mapped_column(Integer)  # a later row withdrawing an earlier decision


class ResultRevision(IdKey, Base):
    """A frozen, signed-off snapshot of the results: revision 1 at sign-off, 2… after corrections."""

    __tablename__ = "result_revision"

    number: Mapped[int] = mapped_column(Integer, unique=True)
    reason: Mapped[str | None] = mapped_column(Text)
    snapshot: Mapped[Any] = mapped_column(JsonText)
    snapshot_sha256: Mapped[str] = mapped_column(String(64))
    signed_by: Mapped[str] = mapped_column(String(50))
    at: Mapped[datetime] = mapped_column(AwareDateTime)


class ExportRecord(IdKey, ActorAt, Base):
    __tablename__ = "export_record"

    revision: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    snapshot_sha256: Mapped[str] = mapped_column(String(64))
