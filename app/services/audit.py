"""The audit trail: every state change appends a record chained to the previous one by SHA-256.

hash = SHA-256(prev_hash ‖ canonical JSON of {seq, at, actor, role, action, data}).  Editing or
deleting a row outside the app breaks the chain at that row, and ``verify_chain`` names it.

A change that adds *facts* (rows of the append-only tables: score entries, check-in events, draws,
locks, revisions, exports, checkpoints …) records them with :func:`append_fact`: the record's
``data["facts"]`` holds each row's table and every column exactly as stored in the file, so
``app.services.audit_facts.verify`` can compare the tables with the trail both ways.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from app.clock import now
from app.i18n import tr
from app.roles import Actor
from db.bulk import insert_row
from db.models import APPEND_ONLY_TABLES, AuditRecord, Base

GENESIS = "0" * 64
FACTS = "facts"  # key in an audit record's data: the fact rows it records
_FACTS_MARK = f'"{FACTS}":'.encode()  # a record without this text holds no facts
_IN_CHUNK = 500  # rows per "WHERE pk IN (…)" when reading facts back


def record_digest(prev_hash: str, seq: int, at: str, actor: str, role: str, action: str, data: Any) -> str:
    body = json.dumps(
        {"seq": seq, "at": at, "actor": actor, "role": role, "action": action, "data": data},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def _record(session: Session, actor: Actor, action: str, data: dict[str, Any]) -> dict[str, Any]:
    """The next record's columns: chained to the head of the trail, hashed."""
    venue = session.info.get("venue")
    if venue is not None:
        venue.before_write()  # e.g. the CLI refuses to change a file that fails its integrity check
    # The chain head as two columns: the last record's data may be a whole import's facts (megabytes of JSON).
    last_seq, prev = head(session)
    seq = last_seq + 1
    at = now()
    clean = json.loads(json.dumps(data, ensure_ascii=False, default=str))
    return {"seq": seq, "at": at, "actor": actor.name, "role": str(actor.role), "action": action, "data": clean,
            "prev_hash": prev,
            "hash": record_digest(prev, seq, at.isoformat(timespec="microseconds"), actor.name, str(actor.role),
                                  action, clean)}


def append(session: Session, actor: Actor, action: str, data: dict[str, Any]) -> AuditRecord:
    """Add one record in the caller's transaction, so the change and its record commit together."""
    record = AuditRecord(**_record(session, actor, action, data))
    session.add(record)
    session.flush()
    return record


# ------------------------------------------------------------------------------------------ facts


@dataclass(frozen=True)
class Ref:
    """A fact row named by table and primary key (for rows written with a bulk INSERT, not as objects)."""

    table: str
    pk: tuple[Any, ...]


FACT_TABLES = tuple(t for t in APPEND_ONLY_TABLES if t != "audit_record")


def pk_columns(table: str) -> tuple[str, ...]:
    return tuple(c.name for c in Base.metadata.tables[table].primary_key.columns)


def stored_value(value: Any) -> Any:
    """A value as SQLite returned it, made JSON-safe without losing what it was (bytes → {"$b64": …})."""
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _ref(row: Any) -> Ref:
    if isinstance(row, Ref):
        return row
    state = inspect(row)
    table = state.mapper.local_table.name
    if state.identity is None:
        raise ValueError(f"fact row of {table} has no primary key yet (not flushed)")
    return Ref(table, tuple(state.identity))


def raw_connection(session: Session) -> Any:
    """The session's own sqlite3 connection (same transaction): the whole-file checks read through it
    without SQLAlchemy's per-row wrapping, which would cost more than the checks themselves."""
    return session.connection().connection.driver_connection


def read_facts(session: Session, refs: Iterable[Ref]) -> list[dict[str, Any]]:
    """Each row as stored: ``{"table": t, "row": {column: stored value}}``, in the order given.

    Read back with plain SQL after the flush, so the record holds what the file holds (decimal text,
    ISO times, canonical JSON text), not what the ORM object happened to carry.
    """
    wanted = list(refs)
    by_table: dict[str, list[Ref]] = {}
    for r in wanted:
        if r.table not in FACT_TABLES:
            raise ValueError(f"{r.table} is not an append-only fact table")
        by_table.setdefault(r.table, []).append(r)
    found: dict[tuple[str, tuple[Any, ...]], dict[str, Any]] = {}
    conn = session.connection()
    for table, refs_here in by_table.items():
        keys = pk_columns(table)
        if len(keys) != 1:
            raise ValueError(f"{table}: facts need a single-column primary key")
        for start in range(0, len(refs_here), _IN_CHUNK):
            chunk = [r.pk[0] for r in refs_here[start:start + _IN_CHUNK]]
            marks = ",".join("?" * len(chunk))
            cur = conn.exec_driver_sql(f'SELECT * FROM "{table}" WHERE "{keys[0]}" IN ({marks})', tuple(chunk))
            names = [d[0] for d in cur.cursor.description]
            for values in cur:
                row = {n: stored_value(v) for n, v in zip(names, values, strict=True)}
                found[(table, (row[keys[0]],))] = row
    out = []
    for r in wanted:
        got = found.get((r.table, tuple(r.pk)))
        if got is None:
            raise ValueError(f"fact row {r.table} {r.pk} not found after flush")
        out.append({"table": r.table, "row": got})
    return out


def append_fact(session: Session, actor: Actor, action: str, *rows: Any, **extra: Any) -> AuditRecord:
    """Audit a change that added fact rows: ``rows`` are ORM objects (or :class:`Ref`) of append-only
    tables; the record holds every column of each as stored, plus ``extra`` for people reading the trail.

    ``extra`` must not join anything the rows do not hold themselves that would link a blind code to a
    person (the trail is shown to every role); name criteria, modules or judges, not contestants.
    """
    if FACTS in extra:
        raise ValueError("'facts' is reserved")
    session.flush()
    facts = read_facts(session, [_ref(r) for r in rows])
    return append(session, actor, action, {**extra, FACTS: facts})


def append_stored_fact(session: Session, actor: Actor, action: str, table: str, stored: dict[str, Any],
                       **extra: Any) -> int:
    """``append_fact`` of one row inserted with ``db.bulk.insert_row`` (``stored``: the row as the file holds
    it, from the insert's own RETURNING), written without the ORM: a typed score's record.  Same record, same
    chain; returns its seq."""
    if FACTS in extra:
        raise ValueError("'facts' is reserved")
    if table not in FACT_TABLES:
        raise ValueError(f"{table} is not an append-only fact table")
    facts = [{"table": table, "row": {n: stored_value(v) for n, v in stored.items()}}]
    record = _record(session, actor, action, {**extra, FACTS: facts})
    insert_row(session, Base.metadata.tables["audit_record"], record)
    return int(record["seq"])


# ------------------------------------------------------------------------------------------ chain


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    records: int
    head: str
    first_broken_seq: int | None = None
    problem: str | None = None
    # Every record's stored data is exactly the canonical JSON its hash was made over (no record needed the
    # parse-and-dump fallback or a closure's redaction): app.services.audit_facts may then read the facts
    # from the stored text without parsing whole records (see audit_facts.stream_verify).
    exact: bool = True
    with_facts: tuple[int, ...] = ()  # when exact: the records whose data holds facts, in order
    long_facts: tuple[int, ...] = ()  # those of them longer than LONG_DATA bytes (imports)


_CHUNK = 1 << 16  # bytes of a record's data read at a time: a whole import's facts can be 25 MB of JSON
LONG_DATA = 1 << 16  # bytes: a record's data longer than this is streamed by the facts check, not read whole


def data_chunks(conn: Any, seq: int) -> Iterator[bytes]:
    """The stored UTF-8 bytes of a record's data, a chunk at a time (no copy of the whole text in memory)."""
    with conn.blobopen("audit_record", "data", seq, readonly=True) as blob:
        while chunk := blob.read(_CHUNK):
            yield chunk


def _streamed_digest(conn: Any, prev_hash: str, seq: int, at: str, actor: str, role: str, action: str
                     ) -> tuple[str | None, bool, int]:
    """``record_digest`` from the record's stored bytes, without reading them as text or parsing them; whether
    the data holds facts (the text ``"facts":``, the test ``audit_facts`` makes before parsing); its length.

    JsonText stores exactly the canonical JSON that ``record_digest`` puts in the body (sorted keys, no spaces,
    UTF-8), so the body can be assembled around it (keys in sorted order: action, actor, at, data, role, seq).
    The bytes are fed to SHA-256 in chunks straight from the file: a record of a whole import (25 MB) costs no
    more memory than one score, and hashlib releases the GIL on large chunks (the GUI checks in a thread).
    The digest is None when the stored value cannot be read as bytes (a value of another type)."""
    def q(v: str) -> str:
        return json.dumps(v, ensure_ascii=False)

    digest = hashlib.sha256(f'{prev_hash}{{"action":{q(action)},"actor":{q(actor)},"at":{q(at)},"data":'.encode())
    size, facts, tail = 0, False, b""
    try:
        for chunk in data_chunks(conn, seq):
            size += len(chunk)
            digest.update(chunk)
            # UTF-8: an ASCII marker never matches inside another character; the tail covers a chunk boundary
            facts = facts or _FACTS_MARK in tail + chunk[:len(_FACTS_MARK)] or _FACTS_MARK in chunk
            tail = chunk[-len(_FACTS_MARK):]
    except sqlite3.Error:
        return None, False, 0
    if not size:
        digest.update(b"null")  # an empty text was hashed as null (``data_text or "null"``)
    digest.update(f',"role":{q(role)},"seq":{seq}}}'.encode())
    return digest.hexdigest(), facts, size


def verify_chain(session: Session) -> ChainReport:
    """Re-hash every record from the first; the first record that does not follow is named.

    Each record's data is hashed as stored, streamed from the file, so the check needs no more memory for
    a record of 100,000 facts than for one score; only a record whose text is not in today's canonical form
    is read whole and parsed (``_slow_match``)."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    exact = True
    with_facts: list[int] = []
    long: list[int] = []
    redacted = _redactions(session)
    conn = raw_connection(session)
    heads = conn.execute("SELECT seq, at, actor, role, action, prev_hash, hash FROM audit_record ORDER BY seq")
    for seq, at, actor, role, action, prev_hash, stored in heads:
        count += 1
        if seq != expected_seq:
            return ChainReport(False, count, prev, expected_seq, tr("缺少第 {seq} 条审计记录（已被删除）").format(seq=expected_seq))
        if prev_hash != prev:
            return ChainReport(False, count, prev, seq, tr("第 {seq} 条审计记录的前序哈希不符（之前的记录被删除或改动）").format(seq=seq))
        digest, facts, size = _streamed_digest(conn, prev_hash, seq, at, actor, role, action)
        if digest != stored:
            exact = False
            data_text = _data_text(conn, seq)
            if not _slow_match(prev_hash, seq, at, actor, role, action, data_text, stored) and not _redacted_as_signed(
                    redacted, seq, data_text):
                return ChainReport(False, count, prev, seq, tr("第 {seq} 条审计记录的内容被改动").format(seq=seq),
                                   exact=False)
        elif facts:
            with_facts.append(seq)
            if size > LONG_DATA:
                long.append(seq)
        prev = stored
        expected_seq += 1
    if not exact:
        return ChainReport(True, count, prev, exact=False)
    return ChainReport(True, count, prev, with_facts=tuple(with_facts), long_facts=tuple(long))


def _data_text(conn: Any, seq: int) -> str | None:
    row = conn.execute("SELECT data FROM audit_record WHERE seq = ?", (seq,)).fetchone()
    return None if row is None else row[0]


def _redactions(session: Session) -> dict[int, str]:
    """seq → SHA-256 of the content a closure's ``venue.close`` record lists (app/services/closure_erase.py).

    Only records *before* the close record count, and the close record must be signed by a checkpoint
    (checkpoints.verify requires it), so accepting these needs the head judge's passphrase."""
    out: dict[int, str] = {}
    for close_seq, body in raw_connection(session).execute(
            "SELECT seq, data FROM audit_record WHERE action = 'venue.close' ORDER BY seq"):
        try:
            listed = json.loads(body).get("redacted") or {}
            out.update({int(k): str(v) for k, v in listed.items() if int(k) < close_seq})
        except (ValueError, TypeError, AttributeError):
            continue
    return out


def _redacted_as_signed(redacted: dict[int, str], seq: int, data_text: str | None) -> bool:
    expected = redacted.get(seq)
    return expected is not None and data_text is not None and hashlib.sha256(
        data_text.encode("utf-8")).hexdigest() == expected


def _slow_match(prev: str, seq: int, at: str, actor: str, role: str, action: str, data_text: str | None,
                stored: str) -> bool:
    """The hash over the parsed record, for text not stored in today's canonical form (never weaker: the
    same digest the record was made with)."""
    try:
        data = None if data_text is None else json.loads(data_text)
    except ValueError:
        return False
    return record_digest(prev, seq, at, actor, role, action, data) == stored


def head(session: Session) -> tuple[int, str]:
    """(seq, hash) of the newest record; (0, GENESIS) for an empty trail."""
    row = raw_connection(session).execute("SELECT seq, hash FROM audit_record ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)
