"""the head judge's vault and the venue identity

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02

- ``vault``: the head judge's seal recipient and signing key (secrets wrapped by passphrase and by the
  recovery code).  Files from 0001 get none; the head judge sets a passphrase before the next draw,
  lock or export (``venuescore keys init``).
- ``venue_info.venue_uid``: a random identity, so backups and restores are matched per venue, not by
  file name.  Existing files get a fresh one here.
"""
import uuid

import sqlalchemy as sa
from alembic import op

import db.types

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'vault',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('seal_recipient', sa.String(length=100), nullable=False),
        sa.Column('signing_public', sa.String(length=100), nullable=False),
        sa.Column('by_passphrase', sa.Text(), nullable=False),
        sa.Column('by_recovery', sa.Text(), nullable=False),
        sa.Column('created_at', db.types.AwareDateTime(), nullable=False),
        sa.Column('changed_at', db.types.AwareDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_vault')),
    )
    with op.batch_alter_table('venue_info') as batch:
        batch.add_column(sa.Column('venue_uid', sa.String(length=32), nullable=True))
        batch.create_unique_constraint(op.f('uq_venue_info_venue_uid'), ['venue_uid'])
    op.execute(sa.text("UPDATE venue_info SET venue_uid = :uid WHERE venue_uid IS NULL")
               .bindparams(uid=uuid.uuid4().hex))


def downgrade() -> None:
    with op.batch_alter_table('venue_info') as batch:
        batch.drop_constraint(op.f('uq_venue_info_venue_uid'), type_='unique')
        batch.drop_column('venue_uid')
    op.drop_table('vault')
