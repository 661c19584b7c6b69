"""Signed checkpoints: the audit chain's head, signed with the venue key at lock, decryption, sign-off,
export and restore (app/services/checkpoints.py).  Append-only like every fact."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import ActorAt, Base, IdKey


class Checkpoint(IdKey, ActorAt, Base):
    __tablename__ = "checkpoint"

    event: Mapped[str] = mapped_column(String(20))  # lock | decrypt | sign_off | revision | export
    subject: Mapped[str] = mapped_column(String(200))  # what: "module:A", "item", "revision:2", "file:…"
    seq: Mapped[int] = mapped_column(Integer)  # the audit record whose hash is signed
    head: Mapped[str] = mapped_column(String(64))  # that record's hash
    venue_uid: Mapped[str] = mapped_column(String(32))
    item: Mapped[str] = mapped_column(String(120))  # "31 母婴护理"
    key_id: Mapped[str] = mapped_column(String(16))  # minisign key id (hex) of the signing key
    statement: Mapped[str] = mapped_column(Text)  # the signed text (all fields above, one per line)
    signature: Mapped[str] = mapped_column(Text)  # minisign signature file over ``statement``
