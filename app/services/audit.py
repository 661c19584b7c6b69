"""The audit trail: every state change appends a record chained to the previous one by SHA-256.

hash = SHA-256(prev_hash ‖ canonical JSON of {seq, at, actor, role, action, data}).  Editing or
deleting a row outside the app breaks the chain at that row, and ``verify_chain`` names it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import now
from app.i18n import tr
from app.roles import Actor
from db.models import AuditRecord

GENESIS = "0" * 64


def _digest(prev_hash: str, seq: int, at: str, actor: str, role: str, action: str, data: Any) -> str:
    body = json.dumps(
        {"seq": seq, "at": at, "actor": actor, "role": role, "action": action, "data": data},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def append(session: Session, actor: Actor, action: str, data: dict[str, Any]) -> AuditRecord:
    """Add one record in the caller's transaction, so the change and its record commit together."""
    last = session.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(1)).first()
    seq = (last.seq + 1) if last else 1
    prev = last.hash if last else GENESIS
    at = now()
    clean = json.loads(json.dumps(data, ensure_ascii=False, default=str))
    record = AuditRecord(
        seq=seq,
        at=at,
        actor=actor.name,
        role=str(actor.role),
        action=action,
        data=clean,
        prev_hash=prev,
        hash=_digest(prev, seq, at.isoformat(timespec="microseconds"), actor.name, str(actor.role), action, clean),
    )
    session.add(record)
    session.flush()
    return record


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    records: int
    head: str
    first_broken_seq: int | None = None
    problem: str | None = None


def verify_chain(session: Session) -> ChainReport:
    prev = GENESIS
    expected_seq = 1
    count = 0
    for rec in session.scalars(select(AuditRecord).order_by(AuditRecord.seq)):
        count += 1
        if rec.seq != expected_seq:
            return ChainReport(False, count, prev, expected_seq, tr("缺少第 {seq} 条审计记录（已被删除）").format(seq=expected_seq))
        if rec.prev_hash != prev:
            return ChainReport(False, count, prev, rec.seq, tr("第 {seq} 条审计记录的前序哈希不符（之前的记录被删除或改动）").format(seq=rec.seq))
        digest = _digest(
            rec.prev_hash, rec.seq, rec.at.isoformat(timespec="microseconds"), rec.actor, rec.role, rec.action, rec.data
        )
        if digest != rec.hash:
            return ChainReport(False, count, prev, rec.seq, tr("第 {seq} 条审计记录的内容被改动").format(seq=rec.seq))
        prev = rec.hash
        expected_seq += 1
    return ChainReport(True, count, prev)
