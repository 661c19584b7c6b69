"""Lot drawing (抽签) records and the station / blind-code assignments they produce."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import ActorAt, Base, IdKey
from db.types import AwareDateTime, JsonText


class Draw(IdKey, ActorAt, Base):
    """Everything needed to re-run a draw: algorithm, witness values, inputs and the public result.

    A ``vs-draw-2`` row also holds the ``commitment`` to its stage's secret (clear, printed, audited) and
    ``sealed``: an age file, openable only by the head judge's vault, with the secret and the blind codes
    (or second codes) it gives.  A ``vs-draw-1`` row (files from before 0003) has its codes in ``result``.
    """

    __tablename__ = "draw"

    kind: Mapped[str] = mapped_column(String(20))  # main | late | second_code | publish
    algorithm: Mapped[str] = mapped_column(String(20))
    inputs: Mapped[Any] = mapped_column(JsonText)  # witness values, entrants, stations, …
    seed_hex: Mapped[str] = mapped_column(String(64))
    result: Mapped[Any] = mapped_column(JsonText)
    actor: Mapped[str] = mapped_column(String(50))
    at: Mapped[datetime] = mapped_column(AwareDateTime)
    commitment: Mapped[str | None] = mapped_column(String(64))  # SHA-256 commitment to the stage's secret
    sealed: Mapped[bytes | None] = mapped_column(LargeBinary)  # age file: secret + codes, for the head judge


class DrawReveal(IdKey, ActorAt, Base):
    """Written at decryption: a sealed draw's secret and what it gave, in the clear from then on."""

    __tablename__ = "draw_reveal"

    draw_id: Mapped[int] = mapped_column(ForeignKey("draw.id"), unique=True)
    secret_hex: Mapped[str] = mapped_column(String(64))
    result: Mapped[Any] = mapped_column(JsonText)  # main: entrant → blind code; late: the code; second: codes


class BlindCode(IdKey, Base):
    """The scoring room's list of blind codes: a code and the main draw it belongs to — never who holds it.

    Rows of a main draw are written in code order (not in roster or station order, which would pair them
    with names); a late arrival's code is added when the head judge releases it.  Everything the judges
    record points here (``blind_code_id``), so nothing on the scoring side names a person or a station.
    """

    __tablename__ = "blind_code"
    __table_args__ = (UniqueConstraint("draw_id", "code"),)

    draw_id: Mapped[int] = mapped_column(ForeignKey("draw.id"), index=True)  # the main draw
    code: Mapped[str] = mapped_column(String(10))  # 加密号
    origin: Mapped[str] = mapped_column(String(10))  # main | late | legacy (a vs-draw-1 code, migrated)


class StationAssignment(IdKey, ActorAt, Base):
    """Append-only: a contestant's current station is their latest row (name ↔ station is public)."""

    __tablename__ = "station_assignment"

    contestant_id: Mapped[int] = mapped_column(ForeignKey("contestant.id"), index=True)
    station: Mapped[str] = mapped_column(String(10))  # 工位号
    # 加密号: only in vs-draw-1 rows (unsealed legacy draws); a vs-draw-2 code lives sealed in its draw row.
    blind_code: Mapped[str | None] = mapped_column(String(10))
    draw_id: Mapped[int | None] = mapped_column(ForeignKey("draw.id"))
    reason: Mapped[str | None] = mapped_column(Text)  # for a head-judge change after publication


class SecondCode(IdKey, Base):
    """二次加密 of a vs-draw-1 draw (in the clear).  vs-draw-2 keeps second codes sealed in the draw row."""

    __tablename__ = "second_code"

    module_code: Mapped[str] = mapped_column(String(10))
    contestant_id: Mapped[int] = mapped_column(ForeignKey("contestant.id"), index=True)
    code: Mapped[str] = mapped_column(String(10))
    draw_id: Mapped[int] = mapped_column(ForeignKey("draw.id"))
