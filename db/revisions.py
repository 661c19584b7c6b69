"""The schema revisions of venue files, read without Alembic or SQLAlchemy (see ``db.migrate``): the head from
the ``revision``/``down_revision`` lines of the migration scripts, a file's from its ``alembic_version`` table."""

from __future__ import annotations

import ast
import re
import sqlite3
from functools import cache
from importlib.resources import files

_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)


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
        from alembic.config import Config
        from alembic.script import ScriptDirectory

        cfg = Config()
        cfg.set_main_option("script_location", str(files("db") / "migrations"))
        head = ScriptDirectory.from_config(cfg).get_current_head()
        assert head is not None
        return head
    return heads[0]


def known_revisions() -> set[str]:
    return set(_graph())


def file_revision(conn: sqlite3.Connection) -> str | None:
    """A venue file's revision (None for a new, empty file); a damaged file raises from SQLite."""
    has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone()
    if has_table is None:
        return None
    versions = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
    if len(versions) > 1:
        raise ValueError(f"the file records several schema revisions: {', '.join(versions)}")
    return versions[0] if versions else None
