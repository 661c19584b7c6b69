"""Lot drawing (抽签) records and the station / blind-code assignments they produce."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import AwareDateTime, JsonText


class Draw(Base):
    """Everything needed to re-run a draw: algorithm, witness values, inputs and the result."""

    __tablename__ = "draw"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # main | late | second_code
    algorithm: Mapped[str] = mapped_column(String(20))
    inputs: Mapped[Any] = mapped_column(JsonText)  # witness values, entrants, stations, …
    seed_hex: Mapped[str] = mapped_column(String(64))
    result: Mapped[Any] = mapped_column(JsonText)
    actor: Mapped[str] = mapped_column(String(50))
    at: Mapped[datetime] = mapped_column(AwareDateTime)


class StationAssignment(Base):
    """Append-only: a contestant's current station and blind code is their latest row."""

    __tablename__ = "station_assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    contestant_id: Mapped[int] = mapped_column(ForeignKey("contestant.id"), index=True)
    station: Mapped[str] = mapped_column(String(10))  # 工位号
    blind_code: Mapped[str] = mapped_column(String(10))  # 加密号
    draw_id: Mapped[int | None] = mapped_column(ForeignKey("draw.id"))
    reason: Mapped[str | None] = mapped_column(Text)  # for a head-judge change after publication
    actor: Mapped[str] = mapped_column(String(50))
    at: Mapped[datetime] = mapped_column(AwareDateTime)


class SecondCode(Base):
    """二次加密: a per-module code for work pieces, so judges of a module cannot link pieces."""

    __tablename__ = "second_code"

    id: Mapped[int] = mapped_column(primary_key=True)
    module_code: Mapped[str] = mapped_column(String(10))
    contestant_id: Mapped[int] = mapped_column(ForeignKey("contestant.id"), index=True)
    code: Mapped[str] = mapped_column(String(10))
    draw_id: Mapped[int] = mapped_column(ForeignKey("draw.id"))
