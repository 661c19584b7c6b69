"""signed checkpoints, and a baseline record of the facts written before facts were audited in full

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03

- ``checkpoint`` (append-only, with the same triggers as every fact table): the audit chain's head signed
  with the venue key at lock, decryption, sign-off and export.
- an index on ``audit_record.action``: the checks look up locks, key changes and restores in large trails.
- ``audit.baseline``: from this revision on, every fact row is written into the audit record of the change
  that made it (app.services.audit.append_fact) and ``audit verify`` compares tables and trail both ways.
  Rows written before have no such record; one audit record, appended here, holds every one of them as
  stored, so the comparison covers them from the upgrade on, and the venue identity (``venue_uid``), which
  is thereby anchored in the chain.  (A file created at this revision gets none: its ``venue.create``
  record holds the identity.)

Everything is frozen in this file (table list, digest, JSON form): migrations never import live code.
"""
import base64
import hashlib
import json
from datetime import datetime

import sqlalchemy as sa
from alembic import op

import db.types

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_FACT_TABLES = (
    "checkin_event", "draw", "station_assignment", "second_code", "score_entry", "deduction", "disqualification",
    "time_record", "lock_event", "decrypt_event", "tie_decision", "result_revision", "export_record",
    # from 0003 (the sealed draw): a file from 0001/0002 gets its legacy codes' rows here
    "blind_code", "blind_status", "draw_reveal",
)
_GENESIS = "0" * 64


def upgrade() -> None:
    op.create_table(
        'checkpoint',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('event', sa.String(length=20), nullable=False),
        sa.Column('subject', sa.String(length=200), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('head', sa.String(length=64), nullable=False),
        sa.Column('venue_uid', sa.String(length=32), nullable=False),
        sa.Column('item', sa.String(length=120), nullable=False),
        sa.Column('key_id', sa.String(length=16), nullable=False),
        sa.Column('statement', sa.Text(), nullable=False),
        sa.Column('signature', sa.Text(), nullable=False),
        sa.Column('actor', sa.String(length=50), nullable=False),
        sa.Column('at', db.types.AwareDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_checkpoint')),
    )
    # The integrity checks find records by action (locks, key changes, restores) in large trails.
    op.create_index(op.f('ix_audit_record_action'), 'audit_record', ['action'], unique=False)
    for verb in ("UPDATE", "DELETE"):
        op.execute(f"CREATE TRIGGER checkpoint_no_{verb.lower()} BEFORE {verb} ON checkpoint "
                   f"BEGIN SELECT RAISE(ABORT, 'append-only table checkpoint: {verb} refused'); END")
    _baseline(op.get_bind())


def downgrade() -> None:
    for verb in ("update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS checkpoint_no_{verb}")
    op.drop_index(op.f('ix_audit_record_action'), table_name='audit_record')
    op.drop_table('checkpoint')


def _canonical(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _value(v: object) -> object:
    if isinstance(v, bytes | bytearray | memoryview):
        return {"$b64": base64.b64encode(bytes(v)).decode("ascii")}
    return v


def _baseline(conn: sa.Connection) -> None:
    raw = conn.exec_driver_sql
    recorded: set[tuple[str, object]] = set()
    for (data_text,) in raw("SELECT data FROM audit_record WHERE data LIKE '%\"facts\":%'"):
        for fact in json.loads(data_text).get("facts", []):
            recorded.add((fact["table"], fact["row"].get("id")))
    facts = []
    for table in _FACT_TABLES:
        cur = raw(f'SELECT * FROM "{table}" ORDER BY id')
        names = [d[0] for d in cur.cursor.description]
        for values in cur:
            row = {n: _value(v) for n, v in zip(names, values, strict=True)}
            if (table, row["id"]) not in recorded:
                facts.append({"table": table, "row": row})
    last = raw("SELECT seq, hash FROM audit_record ORDER BY seq DESC LIMIT 1").first()
    if last is None and not facts:
        return  # a file being created: venue.create records the identity
    uid_row = raw("SELECT venue_uid FROM venue_info WHERE id = 1").first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, _GENESIS)
    at = datetime.now().astimezone().isoformat(timespec="microseconds")
    actor, role, action = "VenueScore", "system", "audit.baseline"
    data = {"note": "facts written before schema 0004, recorded in full at the upgrade", "facts": facts,
            "venue_uid": uid_row[0] if uid_row else None}
    body = _canonical({"seq": seq, "at": at, "actor": actor, "role": role, "action": action, "data": data})
    digest = hashlib.sha256((prev + body).encode("utf-8")).hexdigest()
    raw("INSERT INTO audit_record (seq, at, actor, role, action, data, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)",
        (seq, at, actor, role, action, _canonical(data), prev, digest))
