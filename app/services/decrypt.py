"""解密: the moment names and blind codes are joined.  Only after the head judge has locked the item.

``is_locked``: the latest ``lock_event`` with module_code NULL says "lock".  ``is_decrypted``: a
``decrypt_event`` exists (what has been revealed cannot be hidden again, so an unlock later does not
undo it).  The scoring and results rooms call these; draw.py uses them to guard the mapping.

Decrypting a sealed (``vs-draw-2``) draw opens the head judge's vault with the passphrase, checks every
sealed stage against its commitment and writes the secrets and the codes they give in the clear
(``draw_reveal``, and the audit trail): from then on anyone can re-check the draw (``draw verify``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import now
from app.errors import StateError
from app.i18n import tr
from app.roles import Actor, Role, require
from app.services import audit, blind, checkpoints, draw_records, draw_seal, integrity, vault
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
    return draw_records.is_decrypted(s)


def decryption(venue: VenueFile) -> Decryption | None:
    with venue.unit_of_work() as s:
        ev = s.scalars(select(DecryptEvent).order_by(DecryptEvent.id).limit(1)).first()
        return Decryption(ev.actor, ev.at) if ev else None


def decrypt(venue: VenueFile, actor: Actor, *, passphrase: str) -> Decryption:
    """The head judge joins names to blind codes, once the item's scores are locked (a signed checkpoint).

    The passphrase opens the vault: its seal identity opens the sealed draws, whose secrets and codes are
    checked against their commitments and then revealed (``draw_reveal``); its signing key signs the chain
    head.  A sealed stage that does not open its commitment refuses the decryption (the file was changed).
    """
    require(actor, Role.HEAD_JUDGE, action=tr("解密"))
    unlocked = vault.unlock(venue, actor, passphrase)
    integrity.require_sound(venue)
    with venue.unit_of_work() as s:
        if is_decrypted(s):
            raise StateError(tr("已经解密，无需再次解密"))
        if not is_locked(s):
            raise StateError(tr("成绩尚未锁定：请裁判长先锁定全部成绩，再解密。"))
        if (pending := blind.pending_late(s)):
            raise StateError(tr("还有 {n} 位迟到选手的加密号未发给评分组，不能解密。").format(n=pending))
        reveals = draw_seal.reveal_all(s, actor, unlocked)
        ev = DecryptEvent(actor=actor.name, at=now())
        s.add(ev)
        audit.append_fact(s, actor, "decrypt", ev, *reveals)
        checkpoints.sign(s, actor, unlocked.signing_key, checkpoints.DECRYPT, "item")
        return Decryption(ev.actor, ev.at)
