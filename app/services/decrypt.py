"""解密: the moment names and blind codes are joined.  Only after the head judge has locked the item.

``is_locked``: the latest ``lock_event`` with module_code NULL says "lock".  ``is_decrypted``: a
``decrypt_event`` exists (what has been revealed cannot be hidden again, so an unlock later does not
undo it).  The scoring and results rooms call these; draw.py uses them to guard the mapping.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.clock import now
from app.errors import StateError
from app.i18n import tr
from app.roles import Actor, Role, require
from app.services import audit, checkpoints, integrity, vault
from db.models import DecryptEvent, LockEvent
from db.venue_file import VenueFile


@dataclass(frozen=True)
class Decryption:
    actor: str
    at: datetime


def is_locked(s: Session) -> bool:
    """Whether the whole item's scores are locked (module_code NULL, latest action "lock")."""
    last = s.scalars(select(LockEvent).where(LockEvent.module_code.is_(None))
                     .order_by(LockEvent.id.desc()).limit(1)).first()
    return last is not None and last.action == "lock"


def is_decrypted(s: Session) -> bool:
    return bool(s.scalar(select(func.count(DecryptEvent.id))))


def decryption(venue: VenueFile) -> Decryption | None:
    with venue.unit_of_work() as s:
        ev = s.scalars(select(DecryptEvent).order_by(DecryptEvent.id).limit(1)).first()
        return Decryption(ev.actor, ev.at) if ev else None


def decrypt(venue: VenueFile, actor: Actor, *, passphrase: str) -> Decryption:
    """The head judge joins names to blind codes, once the item's scores are locked (a signed checkpoint)."""
    require(actor, Role.HEAD_JUDGE, action=tr("解密"))
    key = vault.unlock(venue, actor, passphrase).signing_key
    integrity.require_sound(venue)
    with venue.unit_of_work() as s:
        if is_decrypted(s):
            raise StateError(tr("已经解密，无需再次解密"))
        if not is_locked(s):
            raise StateError(tr("成绩尚未锁定：请裁判长先锁定全部成绩，再解密。"))
        ev = DecryptEvent(actor=actor.name, at=now())
        s.add(ev)
        audit.append_fact(s, actor, "decrypt", ev)
        checkpoints.sign(s, actor, key, checkpoints.DECRYPT, "item")
        return Decryption(ev.actor, ev.at)
