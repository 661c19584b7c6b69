"""appeals (申诉) to the arbitration panel, its decisions, and the corrections traced to them

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

Three new append-only fact tables (issue 15), with the same UPDATE/DELETE triggers as every fact table:
``appeal`` (who lodged it, when, grounds, attachment hashes, late or not), ``appeal_decision`` (the panel's
decision, reasoning and members) and ``appeal_correction`` (a score correction or signed revision made
because of an upheld appeal).  New tables only: existing rows and their audit records are unchanged, so no
baseline record is needed.
"""
import sqlalchemy as sa
from alembic import op

import db.types

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

_TABLES = ("appeal", "appeal_decision", "appeal_correction")


def upgrade() -> None:
    op.create_table(
        'appeal',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('lodger_kind', sa.String(length=20), nullable=False),
        sa.Column('lodger', sa.String(length=100), nullable=False),
        sa.Column('lodger_unit', sa.String(length=200), nullable=False),
        sa.Column('concerns', sa.String(length=100), nullable=False),
        sa.Column('group_name', sa.String(length=50), nullable=False),
        sa.Column('lodged_at', db.types.AwareDateTime(), nullable=False),
        sa.Column('grounds', sa.Text(), nullable=False),
        sa.Column('attachments', db.types.JsonText(), nullable=False),
        sa.Column('period_end', db.types.AwareDateTime(), nullable=True),
        sa.Column('late', sa.Boolean(), nullable=False),
        sa.Column('recorded_by', sa.String(length=50), nullable=False),
        sa.Column('recorded_at', db.types.AwareDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_appeal')),
    )
    op.create_table(
        'appeal_decision',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('appeal_id', sa.Integer(), nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=False),
        sa.Column('reasoning', sa.Text(), nullable=False),
        sa.Column('panel', db.types.JsonText(), nullable=False),
        sa.Column('decided_at', db.types.AwareDateTime(), nullable=False),
        sa.Column('recorded_by', sa.String(length=50), nullable=False),
        sa.Column('recorded_at', db.types.AwareDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['appeal_id'], ['appeal.id'], name=op.f('fk_appeal_decision_appeal_id_appeal')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_appeal_decision')),
        sa.UniqueConstraint('appeal_id', name=op.f('uq_appeal_decision_appeal_id')),
    )
    op.create_table(
        'appeal_correction',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('appeal_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('target', sa.Integer(), nullable=False),
        sa.Column('actor', sa.String(length=50), nullable=False),
        sa.Column('at', db.types.AwareDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['appeal_id'], ['appeal.id'], name=op.f('fk_appeal_correction_appeal_id_appeal')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_appeal_correction')),
    )
    op.create_index(op.f('ix_appeal_correction_appeal_id'), 'appeal_correction', ['appeal_id'], unique=False)
    for table in _TABLES:
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, 'append-only table {table}: {verb} refused'); END")


def downgrade() -> None:
    for table in _TABLES:
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
    op.drop_index(op.f('ix_appeal_correction_appeal_id'), table_name='appeal_correction')
    op.drop_table('appeal_correction')
    op.drop_table('appeal_decision')
    op.drop_table('appeal')
