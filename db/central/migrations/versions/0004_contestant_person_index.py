"""contestant_result indexed by person (name, birth date, gender) for the cross-item checks

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

Importing a package looks up the other packages' lines of the same person (疑似多重身份: same name, birth
date and gender, another ID number); without an index that read every line of every package, so each
import was slower than the one before (issue 17).  Only an index: an existing database upgrades in place.
"""
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_contestant_result_person', 'contestant_result', ['name', 'birth_date', 'gender'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_contestant_result_person', table_name='contestant_result')
