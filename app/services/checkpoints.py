"""Signed checkpoints: the audit chain's head, signed with the venue key when it matters most.

At every lock, decryption, sign-off (and new revision) and export, the head judge's passphrase opens the
vault and the venue key signs a short statement of where the audit chain stands:

    VenueScore checkpoint 1
    venue_uid: 3f…
    item: 31 母婴护理
    event: lock
    subject: module:A
    seq: 123
    head: 5b0f…(64 hex)
    at: 2026-11-28T10:41:07.123456+08:00

as a minisign signature (``minisign -Vm statement.txt -P <venue key>`` checks it by hand).  The row is a
fact (append-only table ``checkpoint``) and its audit record follows it.  A person with the file who
rewrites facts *and* audit records and re-hashes the chain cannot re-sign: the checkpoint's head no
longer appears in the chain, and ``verify`` names the checkpoint.  The short form (:func:`short`) is
printed on the sheets people sign, and the checkpoints travel in the result package (checkpoints.jsonl).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import now
from app.errors import IntegrityError
from app.i18n import tr
from app.package import minisign
from app.package.keys import PublicKey, SigningKey
from app.roles import Actor
from app.services import audit
from db.models import AuditRecord, Checkpoint, Vault, VenueInfo
from db.venue_file import VenueFile

STATEMENT_TITLE = "VenueScore checkpoint 1"
FIELDS = ("venue_uid", "item", "event", "subject", "seq", "head", "at")
LOCK, DECRYPT, SIGN_OFF, REVISION, EXPORT = "lock", "decrypt", "sign_off", "revision", "export"
CLOSE = "close"  # closing the venue: the erasure of personal data (app/services/closure_erase.py) is signed
EVENT_LABELS = {LOCK: "锁定成绩", DECRYPT: "解密", SIGN_OFF: "签字确认", REVISION: "签字确认新版本", EXPORT: "导出成绩包",
                CLOSE: "关闭赛场"}
# The audit action each event signs (its checkpoint has the same seq), for "every lock has a checkpoint".
SIGNED_ACTIONS = {"score.lock": LOCK, "decrypt": DECRYPT, "results.sign_off": SIGN_OFF,
                  "results.revision": REVISION, "venue.close": CLOSE}
BASELINE_ACTION = "audit.baseline"
KEY_ACTIONS = ("vault.create", "vault.replace_signing_key")


def event_label(event: str) -> str:
    label = EVENT_LABELS.get(event)
    return tr(label) if label else event


def short(seq: int, head: str) -> str:
    """What goes on paper: the record number and the first 16 hex digits of its hash, in groups of 4."""
    h = head[:16].upper()
    return f"#{seq} {h[0:4]} {h[4:8]} {h[8:12]} {h[12:16]}"


def statement_text(fields: dict[str, Any]) -> str:
    return STATEMENT_TITLE + "\n" + "".join(f"{k}: {fields[k]}\n" for k in FIELDS)


def parse_statement(text: str) -> dict[str, str]:
    lines = text.split("\n")
    if not lines or lines[0] != STATEMENT_TITLE or lines[-1] != "":
        raise ValueError("not a checkpoint statement")
    out: dict[str, str] = {}
    for line in lines[1:-1]:
        key, sep, value = line.partition(": ")
        if not sep or key in out or key not in FIELDS:
            raise ValueError(f"bad line {line!r}")
        out[key] = value
    if tuple(out) != FIELDS:
        raise ValueError("fields missing or out of order")
    return out


def _trusted_comment(fields: dict[str, Any]) -> str:
    return f"venuescore-checkpoint\tevent:{fields['event']}\tseq:{fields['seq']}\thead:{fields['head']}"


def item_label(info: VenueInfo) -> str:
    return f"{info.item_no:02d} {info.item_name}"


def sign(s: Session, actor: Actor, key: SigningKey, event: str, subject: str) -> Checkpoint:
    """Sign the chain's current head inside the caller's transaction; the checkpoint is then audited."""
    s.flush()
    seq, head = audit.head(s)
    info = s.get(VenueInfo, 1)
    if info is None or not info.venue_uid:
        raise IntegrityError(tr("赛场文件缺少赛场标识，无法签名检查点。请从备份恢复。"))
    at = now()
    fields = {"venue_uid": info.venue_uid, "item": item_label(info), "event": event, "subject": subject,
              "seq": seq, "head": head, "at": at.isoformat(timespec="microseconds")}
    text = statement_text(fields)
    row = Checkpoint(event=event, subject=subject, seq=seq, head=head, venue_uid=info.venue_uid, item=fields["item"],
                     key_id=key.public.key_id_hex, statement=text,
                     signature=key.sign_file(text.encode("utf-8"), _trusted_comment(fields)), actor=actor.name, at=at)
    s.add(row)
    audit.append_fact(s, actor, "checkpoint", row, event=event, subject=subject, seq=seq, head=short(seq, head))
    return row


# ------------------------------------------------------------------------------------------ reading


@dataclass(frozen=True)
class CheckpointView:
    id: int
    event: str
    subject: str
    seq: int
    head: str
    key_id: str
    actor: str
    at: datetime

    @property
    def short(self) -> str:
        return short(self.seq, self.head)

    @property
    def event_label(self) -> str:
        return event_label(self.event)


def view(c: Checkpoint) -> CheckpointView:
    return CheckpointView(c.id, c.event, c.subject, c.seq, c.head, c.key_id, c.actor, c.at)


def all_in(s: Session) -> list[CheckpointView]:
    return [view(c) for c in s.scalars(select(Checkpoint).order_by(Checkpoint.id))]


def latest_in(s: Session, event: str | None = None, subject: str | None = None) -> CheckpointView | None:
    q = select(Checkpoint).order_by(Checkpoint.id.desc()).limit(1)
    if event is not None:
        q = q.where(Checkpoint.event == event)
    if subject is not None:
        q = q.where(Checkpoint.subject == subject)
    row = s.scalars(q).first()
    return view(row) if row else None


def for_revision(s: Session, number: int) -> CheckpointView | None:
    """The checkpoint signed when revision ``number`` was signed off."""
    q = (select(Checkpoint).where(Checkpoint.event.in_((SIGN_OFF, REVISION)),
                                  Checkpoint.subject == f"revision:{number}").order_by(Checkpoint.id).limit(1))
    row = s.scalars(q).first()
    return view(row) if row else None


def records(s: Session) -> list[dict[str, Any]]:
    """Every checkpoint as the package carries it (checkpoints.jsonl), oldest first."""
    return [{"id": c.id, "event": c.event, "subject": c.subject, "seq": c.seq, "head": c.head,
             "venue_uid": c.venue_uid, "item": c.item, "key_id": c.key_id, "statement": c.statement,
             "signature": c.signature, "actor": c.actor, "at": c.at.isoformat(timespec="microseconds")}
            for c in s.scalars(select(Checkpoint).order_by(Checkpoint.id))]


# ------------------------------------------------------------------------------------------ checking


def check_one(record: dict[str, Any], keys: Mapping[str, PublicKey]) -> tuple[dict[str, str] | None, str | None]:
    """Signature and statement of one checkpoint record (a row or a checkpoints.jsonl line).

    Returns (statement fields, problem): the statement must parse, agree with the record's own columns,
    and carry a valid signature by one of ``keys`` (key id → key).
    """
    try:
        fields = parse_statement(str(record["statement"]))
    except (ValueError, KeyError) as exc:
        return None, tr("签名内容格式不正确（{err}）").format(err=exc)
    for name in FIELDS:
        if str(record.get(name)) != fields[name] and not (name == "at" and _same_time(record.get(name), fields[name])):
            return fields, tr("“{f}”与签名内容不符").format(f=name)
    key = keys.get(str(record.get("key_id")))
    if key is None:
        return fields, tr("签名密钥 {k} 不是本赛场的密钥").format(k=record.get("key_id"))
    try:
        minisign.verify(str(record["statement"]).encode("utf-8"), str(record["signature"]), key)
    except IntegrityError as exc:
        return fields, exc.message
    return fields, None


def _same_time(value: Any, text: str) -> bool:
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds") == text
    return False


def venue_keys_in(s: Session) -> dict[str, PublicKey]:
    """Every signing key this venue has had: the vault's, and each one the audit trail says it made."""
    lines: list[str] = []
    row = s.get(Vault, 1)
    if row is not None:
        lines.append(row.signing_public)
    for data in s.scalars(select(AuditRecord.data).where(AuditRecord.action.in_(KEY_ACTIONS))):
        if isinstance(data, dict) and isinstance(data.get("signing_public"), str):
            lines.append(data["signing_public"])
    out: dict[str, PublicKey] = {}
    for line in lines:
        try:
            key = PublicKey.parse(line)
        except Exception:  # noqa: BLE001 - a damaged line is simply not a key; the chain check names the record
            continue
        out[key.key_id_hex] = key
    return out


@dataclass(frozen=True)
class CheckpointReport:
    ok: bool
    count: int
    problem: str | None = None
    checkpoint_id: int | None = None

    def describe(self) -> str:
        if self.ok:
            return tr("{n} 个签名检查点完好").format(n=self.count)
        return self.problem or ""


def verify(s: Session) -> CheckpointReport:
    """Every checkpoint: its signature by a venue key, this venue's identity, and its head still in the chain;
    and every lock, decryption and sign-off since the facts baseline has its checkpoint."""
    info = s.get(VenueInfo, 1)
    uid = info.venue_uid if info else None
    keys = venue_keys_in(s)
    rows = list(s.scalars(select(Checkpoint).order_by(Checkpoint.id)))
    hashes = dict(s.execute(select(AuditRecord.seq, AuditRecord.hash)
                            .where(AuditRecord.seq.in_({c.seq for c in rows}))).all())
    for c in rows:
        what = tr("第 {id} 个签名检查点（{event}，{at}，审计链 {short}）").format(
            id=c.id, event=event_label(c.event), at=c.at.strftime("%Y-%m-%d %H:%M"), short=short(c.seq, c.head))
        record = {"statement": c.statement, "signature": c.signature, "key_id": c.key_id, "venue_uid": c.venue_uid,
                  "item": c.item, "event": c.event, "subject": c.subject, "seq": c.seq, "head": c.head, "at": c.at}
        _fields, problem = check_one(record, keys)
        if problem is None and c.venue_uid != uid:
            problem = tr("属于另一个赛场文件（赛场标识不同）")
        if problem is None and hashes.get(c.seq) != c.head:
            problem = tr("审计链第 {seq} 条已不是签名时的内容：审计记录在签名后被改写").format(seq=c.seq)
        if problem is not None:
            return CheckpointReport(False, len(rows), tr("{what}：{p}").format(what=what, p=problem), c.id)
    missing = _missing(s, rows)
    if missing is not None:
        return CheckpointReport(False, len(rows), missing)
    return CheckpointReport(True, len(rows))


def _missing(s: Session, rows: list[Checkpoint]) -> str | None:
    baseline = s.scalar(select(AuditRecord.seq).where(AuditRecord.action == BASELINE_ACTION)
                        .order_by(AuditRecord.seq.desc()).limit(1)) or 0
    signed = {(c.seq, c.event) for c in rows}
    exports = sorted(c.seq for c in rows if c.event == EXPORT)
    previous_export = 0
    q = (select(AuditRecord.seq, AuditRecord.action).where(AuditRecord.seq > baseline)
         .where(AuditRecord.action.in_((*SIGNED_ACTIONS, "package.export"))).order_by(AuditRecord.seq))
    for seq, action in s.execute(q):
        if action == "package.export":
            # ``<=``: a re-export straight after an export signs a head that *is* the previous export's record
            # (nothing happened in between); the previous export's own checkpoint always lies before it.
            if not any(previous_export <= e < seq for e in exports):
                return tr("第 {seq} 条审计记录（导出成绩包）之前没有导出检查点：签名检查点被删除").format(seq=seq)
            previous_export = seq
        elif (seq, SIGNED_ACTIONS[action]) not in signed:
            return tr("第 {seq} 条审计记录（{what}）没有对应的签名检查点：检查点被删除").format(
                seq=seq, what=event_label(SIGNED_ACTIONS[action]))
    return None



# ------------------------------------------------------------------------------------------ for screens


def revision_checkpoint(venue: VenueFile, number: int) -> CheckpointView | None:
    with venue.unit_of_work() as s:
        return for_revision(s, number)


def list_checkpoints(venue: VenueFile) -> list[CheckpointView]:
    with venue.unit_of_work() as s:
        return all_in(s)


def current_head(venue: VenueFile) -> tuple[int, str]:
    with venue.unit_of_work() as s:
        return audit.head(s)
