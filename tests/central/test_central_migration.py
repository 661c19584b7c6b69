"""Central schemas 0002 to 0004 upgrade a 0001 database in place (SQLite and PostgreSQL) and matches the models."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from app.services import central
from db.central.engine import _alembic_config, head_revision, open_central
from db.central.models import CentralBase


def test_0001_database_upgrades_and_keeps_its_keys(central_target: str) -> None:
    url = central_target if "://" in central_target else f"sqlite:///{central_target}"
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
        conn.execute(text("INSERT INTO venue_key (label, item_no, key_id, public_line, fingerprint, registered_by, "
                          "registered_at) VALUES ('旧公钥', NULL, 'ABCDEF0123456789', 'RWold', 'fp', '李明', "
                          "'2026-11-20T08:00:00+08:00')"))
    engine.dispose()
    with open_central(central_target) as db:
        (key,) = central.list_keys(db)
        assert (key.label, key.item_no, key.groups) == ("旧公钥", None, None)
        with db.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head_revision() == "0004"
            assert compare_metadata(MigrationContext.configure(conn), CentralBase.metadata) == []
