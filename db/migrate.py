"""Schema upgrades with Alembic, run when a venue file is opened.

Opening a file that is already at the head (every open but the first after an upgrade) needs only two
facts: the head revision and the file's revision.  Both are read without Alembic — the head from the
``revision``/``down_revision`` lines of the migration scripts, the file's from its ``alembic_version`` table —
because importing Alembic (and Mako, which it loads) costs a large part of a cold start on a venue laptop.
Alembic itself runs only to upgrade.  tests/db/test_migrate.py checks the two readings against Alembic's.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from alembic.config import Config

_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)


def alembic_config(connection: Connection | None = None, package: str = "db") -> Config:
    """Alembic's configuration for the migrations of ``package`` (db: venue files; db.central: the central
    database), on ``connection`` when given."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(files(package) / "migrations"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@cache
def _graph() -> dict[str, tuple[str, ...]]:
    """revision → the revisions it follows, from the scripts in db/migrations/versions."""
    graph: dict[str, tuple[str, ...]] = {}
    for script in (files("db") / "migrations" / "versions").iterdir():
        if not script.name.endswith(".py") or script.name.startswith("__"):
            continue
        found: dict[str, str] = {m.group(1): m.group(2) for m in _ASSIGNMENT.finditer(script.read_text(encoding="utf-8"))}
        if "revision" not in found:
            continue
        down = ast.literal_eval(found.get("down_revision", "None"))
        graph[ast.literal_eval(found["revision"])] = (down,) if isinstance(down, str) else tuple(down or ())
    return graph


def head_revision() -> str:
    graph = _graph()
    followed = {d for downs in graph.values() for d in downs}
    heads = [r for r in graph if r not in followed]
    if len(heads) != 1:  # a branch someone forgot to merge: let Alembic say what is wrong
        from alembic.script import ScriptDirectory

        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        assert head is not None
        return head
    return heads[0]


def known_revisions() -> set[str]:
    return set(_graph())


def current_revision(connection: Connection) -> str | None:
    """The file's revision (None for a new, empty file); a damaged file raises from SQLite."""
    has_table = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")).first()
    if has_table is None:
        return None
    versions = [row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))]
    if len(versions) > 1:
        raise ValueError(f"the file records several schema revisions: {', '.join(versions)}")
    return versions[0] if versions else None


def upgrade(connection: Connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), "head")
