"""venue keys bound to a group set; package withdrawals (reversible, with who, when and why)

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02

Only new nullable columns: no table is rebuilt, so an existing central database (SQLite or PostgreSQL)
upgrades in place and keeps every package.  Keys registered without an item stay NULL here; the import
refuses their packages until the key is bound (``venuescore central keys restrict``).
"""
import sqlalchemy as sa
from alembic import op

import db.types

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('venue_key', schema=None) as batch_op:
        batch_op.add_column(sa.Column('groups', sa.String(length=300), nullable=True))
    with op.batch_alter_table('package', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status_before', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('withdrawn_by', sa.String(length=50), nullable=True))
        batch_op.add_column(sa.Column('withdrawn_at', db.types.AwareDateTime(), nullable=True))
        batch_op.add_column(sa.Column('withdrawn_reason', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('package', schema=None) as batch_op:
        batch_op.drop_column('withdrawn_reason')
        batch_op.drop_column('withdrawn_at')
        batch_op.drop_column('withdrawn_by')
        batch_op.drop_column('status_before')
    with op.batch_alter_table('venue_key', schema=None) as batch_op:
        batch_op.drop_column('groups')
