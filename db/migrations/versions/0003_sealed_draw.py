"""sealed draw: commit–reveal (vs-draw-2) and a scoring side keyed by blind code

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03

- ``draw.commitment`` / ``draw.sealed``: a vs-draw-2 draw publishes a commitment to its secret and seals
  the secret and the codes to the head judge; ``draw_reveal`` records them at decryption.
- ``blind_code``: the scoring room's list of codes (no holder).  ``score_entry``, ``deduction``,
  ``disqualification`` and ``time_record`` point at it (``blind_code_id``) instead of the contestant, so the
  scoring side of the file names no person; ``blind_status`` is attendance as the scoring room sees it.
- ``station_assignment.blind_code`` becomes optional (vs-draw-2 never writes it).

Files from 0001/0002 hold a vs-draw-1 draw whose name ↔ code mapping is in the clear already: each current
code becomes a ``blind_code`` row (origin ``legacy``) and the recorded scores follow it.  Such a draw stays
unsealed (docs/security.md); its scores, locks and results are unchanged.
"""
import sqlalchemy as sa
from alembic import op

import db.types

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# The fact tables that change from contestant_id to blind_code_id, with their self-references.
_SCORE_TABLES = ("score_entry", "deduction", "disqualification", "time_record")
_NEW_APPEND_ONLY = ("blind_code", "blind_status", "draw_reveal")


def _drop_triggers(table: str) -> None:
    for verb in ("update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")


def _append_only(table: str) -> None:
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, 'append-only table {table}: {verb} refused'); END"
        )


def upgrade() -> None:
    # db.venue_file runs upgrades with foreign keys off (checked before commit): batch mode rebuilds
    # self-referencing tables (score_entry.supersedes_id …), which SQLite only allows that way.
    op.add_column('draw', sa.Column('commitment', sa.String(length=64), nullable=True))
    op.add_column('draw', sa.Column('sealed', sa.LargeBinary(), nullable=True))
    op.create_table(
        'blind_code',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('draw_id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=10), nullable=False),
        sa.Column('origin', sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(['draw_id'], ['draw.id'], name=op.f('fk_blind_code_draw_id_draw')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_blind_code')),
        sa.UniqueConstraint('draw_id', 'code', name=op.f('uq_blind_code_draw_id')),
    )
    op.create_index(op.f('ix_blind_code_draw_id'), 'blind_code', ['draw_id'], unique=False)
    op.create_table(
        'blind_status',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('blind_code_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('actor', sa.String(length=50), nullable=False),
        sa.Column('at', db.types.AwareDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['blind_code_id'], ['blind_code.id'], name=op.f('fk_blind_status_blind_code_id_blind_code')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_blind_status')),
    )
    op.create_index(op.f('ix_blind_status_blind_code_id'), 'blind_status', ['blind_code_id'], unique=False)
    op.create_table(
        'draw_reveal',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('draw_id', sa.Integer(), nullable=False),
        sa.Column('secret_hex', sa.String(length=64), nullable=False),
        sa.Column('result', db.types.JsonText(), nullable=False),
        sa.Column('actor', sa.String(length=50), nullable=False),
        sa.Column('at', db.types.AwareDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['draw_id'], ['draw.id'], name=op.f('fk_draw_reveal_draw_id_draw')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_draw_reveal')),
        sa.UniqueConstraint('draw_id', name=op.f('uq_draw_reveal_draw_id')),
    )

    _drop_triggers('station_assignment')
    with op.batch_alter_table('station_assignment') as batch:
        batch.alter_column('blind_code', existing_type=sa.String(length=10), nullable=True)
    _append_only('station_assignment')

    code_of = _legacy_codes()
    for table in _SCORE_TABLES:
        _rekey(table, code_of)
    for table in _NEW_APPEND_ONLY:
        _append_only(table)


def _legacy_codes() -> dict[int, int]:
    """contestant id → blind_code id for the vs-draw-1 draw in force (its codes are in the clear already)."""
    conn = op.get_bind()
    main = conn.execute(sa.text("SELECT id FROM draw WHERE kind = 'main' ORDER BY id DESC LIMIT 1")).scalar()
    holders: dict[int, str] = {}
    if main is not None:
        first = conn.execute(sa.text("SELECT min(id) FROM station_assignment WHERE draw_id = :m"), {"m": main}).scalar()
        if first is not None:
            for cid, code in conn.execute(sa.text(
                    "SELECT contestant_id, blind_code FROM station_assignment WHERE id >= :f ORDER BY id"), {"f": first}):
                holders[cid] = code
    scored: set[int] = set()
    for table in _SCORE_TABLES:
        scored |= {cid for (cid,) in conn.execute(sa.text(f"SELECT DISTINCT contestant_id FROM {table}"))}
    # A score recorded for someone without a current code (cannot happen through the app) keeps a code of its own.
    for cid in sorted(scored - set(holders)):
        holders[cid] = f"#{cid}"
    if not holders:
        return {}
    if main is None:
        main = conn.execute(sa.text(
            "INSERT INTO draw (kind, algorithm, inputs, seed_hex, result, actor, at) "
            "VALUES ('main', 'legacy', '{}', '', '{}', 'migration 0003', '1970-01-01T00:00:00+00:00')"
        )).lastrowid
    ids: dict[str, int] = {}
    for code in sorted(set(holders.values())):
        ids[code] = conn.execute(sa.text(
            "INSERT INTO blind_code (draw_id, code, origin) VALUES (:d, :c, 'legacy')"),
            {"d": main, "c": code}).lastrowid
    return {cid: ids[code] for cid, code in holders.items()}


def _rekey(table: str, code_of: dict[int, int]) -> None:
    """contestant_id → blind_code_id, keeping every row (and its id, so self-references still hold)."""
    _drop_triggers(table)
    with op.batch_alter_table(table) as batch:
        batch.add_column(sa.Column('blind_code_id', sa.Integer(), nullable=True))
    conn = op.get_bind()
    for cid, bid in code_of.items():
        conn.execute(sa.text(f"UPDATE {table} SET blind_code_id = :b WHERE contestant_id = :c"), {"b": bid, "c": cid})
    with op.batch_alter_table(table) as batch:
        batch.drop_index(f'ix_{table}_contestant_id')
        batch.drop_constraint(f'fk_{table}_contestant_id_contestant', type_='foreignkey')
        batch.drop_column('contestant_id')
        batch.alter_column('blind_code_id', existing_type=sa.Integer(), nullable=False)
        batch.create_foreign_key(f'fk_{table}_blind_code_id_blind_code', 'blind_code', ['blind_code_id'], ['id'])
        batch.create_index(f'ix_{table}_blind_code_id', ['blind_code_id'], unique=False)
    _append_only(table)


def downgrade() -> None:
    raise NotImplementedError("0003 cannot be undone: sealed draws have no clear mapping to put back")
