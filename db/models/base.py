from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from db.types import AwareDateTime, JsonText

# Stable constraint names so Alembic migrations (batch mode on SQLite) can address them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# Column groups many tables share.  ``sort_order`` keeps each table's columns where the migrations put them (the
# key first, who-and-when last): a mixin's columns would otherwise follow the class's own.


class IdKey:
    """The integer surrogate key, the first column."""

    id: Mapped[int] = mapped_column(primary_key=True, sort_order=-1)


class KeyJson:
    """A small named fact: a text key and a JSON value (the whole table; venue settings, central settings)."""

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JsonText)


class ActorAt:
    """Who recorded the row and when, the last two columns of an append-only fact."""

    actor: Mapped[str] = mapped_column(String(50), sort_order=1)
    at: Mapped[datetime] = mapped_column(AwareDateTime, sort_order=1)
