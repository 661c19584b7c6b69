"""After the results: appeals (申诉) to the arbitration panel (仲裁组), its decisions, and the corrections
that trace back to an appeal.  All three tables are append-only facts (triggers refuse UPDATE/DELETE).

Who lodged an appeal is stored exactly as the head judge gave it: a blind code (before decryption), a
contestant's name (after decryption) or a team leader (领队).  The service never resolves one into another,
so an appeal row recorded before decryption joins no code to a person.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import ActorAt, Base, IdKey
from db.types import AwareDateTime, JsonText


class Appeal(Base):
    """One appeal as lodged: who, when, about what, on which grounds, with which attachments (hashes)."""

    __tablename__ = "appeal"

    id: Mapped[int] = mapped_column(primary_key=True)  # 申诉第 N 号
    lodger_kind: Mapped[str] = mapped_column(String(20))  # blind_code | contestant | team_leader
    lodger: Mapped[str] = mapped_column(String(100))  # the code, the contestant's name, or the leader's name
    lodger_unit: Mapped[str] = mapped_column(String(200), default="")  # a team leader's unit
    concerns: Mapped[str] = mapped_column(String(100), default="")  # whose result (code/name/报名号); "" = the item
    group_name: Mapped[str] = mapped_column(String(50), default="")
    lodged_at: Mapped[datetime] = mapped_column(AwareDateTime)
    grounds: Mapped[str] = mapped_column(Text)
    attachments: Mapped[Any] = mapped_column(JsonText, default=list)  # [{name, sha256, size}]
    period_end: Mapped[datetime | None] = mapped_column(AwareDateTime)  # 公示 end in force when recorded
    late: Mapped[bool] = mapped_column(Boolean)  # lodged after the publication period ended
    recorded_by: Mapped[str] = mapped_column(String(50))
    recorded_at: Mapped[datetime] = mapped_column(AwareDateTime)


class AppealDecision(IdKey, Base):
    """The arbitration panel's decision on one appeal (exactly one per appeal)."""

    __tablename__ = "appeal_decision"

    appeal_id: Mapped[int] = mapped_column(ForeignKey("appeal.id"), unique=True)
    outcome: Mapped[str] = mapped_column(String(20))  # upheld | partly_upheld | dismissed
    reasoning: Mapped[str] = mapped_column(Text)
    panel: Mapped[Any] = mapped_column(JsonText)  # names of the panel members who decided
    decided_at: Mapped[datetime] = mapped_column(AwareDateTime)
    recorded_by: Mapped[str] = mapped_column(String(50))
    recorded_at: Mapped[datetime] = mapped_column(AwareDateTime)


class AppealCorrection(IdKey, ActorAt, Base):
    """A change of results made because of an upheld appeal: a score correction or a signed revision."""

    __tablename__ = "appeal_correction"

    appeal_id: Mapped[int] = mapped_column(ForeignKey("appeal.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # score_entry | revision
    target: Mapped[int] = mapped_column(Integer)  # score_entry.id or the revision number
