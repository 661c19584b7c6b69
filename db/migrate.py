"""Schema upgrades with Alembic, run when a venue file is opened.

Opening a file that is already at the head (every open but the first after an upgrade) needs only two
facts: the head revision and the file's revision.  Both are read without Alembic — the head from the
``revision``/``down_revision`` lines of the migration scripts, the file's from its ``alembic_version`` table —
because importing Alembic (and Mako, which it loads) costs a large part of a cold start on a venue laptop.
Alembic itself runs only to upgrade.  tests/db/test_migrate.py checks the two readings against Alembic's.
"""

from __future__ import annotations

import sqlite3
from importlib.resources import files
from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection

from db.revisions import file_revision, head_revision, known_revisions  # noqa: F401 (callers import them here)

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(connection: Connection | None = None, package: str = "db") -> Config:
    """Alembic's configuration for the migrations of ``package`` (db: venue files; db.central: the central
    database), on ``connection`` when given."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(files(package) / "migrations"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def current_revision(connection: Connection) -> str | None:
    """The file's revision (None for a new, empty file); a damaged file raises from SQLite."""
    conn = connection.connection.driver_connection
    assert isinstance(conn, sqlite3.Connection), "venue files are SQLite through the sqlite3 driver"
    return file_revision(conn)


def upgrade(connection: Connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), "head")
