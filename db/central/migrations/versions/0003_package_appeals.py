"""appeals travel in the package: package.appeals (appeals.json of a layout-3 package)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

One new nullable column: an existing central database upgrades in place; packages imported before keep
NULL (they carried no appeals.json).
"""
import sqlalchemy as sa
from alembic import op

import db.types

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('package', schema=None) as batch_op:
        batch_op.add_column(sa.Column('appeals', db.types.JsonText(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('package', schema=None) as batch_op:
        batch_op.drop_column('appeals')
