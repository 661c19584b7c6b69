"""Marking scheme (评分标准): modules (模块) → criteria (评分项)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, IdKey
from db.types import DecimalText, JsonText


class Module(IdKey, Base):
    __tablename__ = "module"

    code: Mapped[str] = mapped_column(String(10), unique=True)  # "A"
    name: Mapped[str] = mapped_column(String(100))
    sort: Mapped[int] = mapped_column(Integer, default=0)


class Criterion(IdKey, Base):
    __tablename__ = "criterion"

    code: Mapped[str] = mapped_column(String(20), unique=True)  # "A1.3"
    module_id: Mapped[int] = mapped_column(ForeignKey("module.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(1))  # M 测量 | J 评价
    max_points: Mapped[Decimal] = mapped_column(DecimalText)
    judges: Mapped[int] = mapped_column(Integer, default=1)  # 3 or 5 for J, 1 for M
    score_descriptions: Mapped[Any] = mapped_column(JsonText, default=list)  # J: texts for 0..3
    sort: Mapped[int] = mapped_column(Integer, default=0)
