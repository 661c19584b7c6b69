"""db.migrate reads the head and a file's revision without Alembic; both readings must agree with Alembic's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from db import migrate
from db.venue_file import VenueFile, make_engine, open_venue

ROOT = Path(__file__).resolve().parents[2]


def test_head_and_known_revisions_match_alembic() -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {r.revision for r in scripts.walk_revisions()}


def test_current_revision_matches_alembic(venue: VenueFile, tmp_path: Path) -> None:
    with venue.engine.connect() as conn:
        assert migrate.current_revision(conn) == MigrationContext.configure(conn).get_current_revision()
        assert migrate.current_revision(conn) == migrate.head_revision()
    empty = make_engine(tmp_path / "empty.sqlite")
    with empty.connect() as conn:
        assert migrate.current_revision(conn) is None
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
        assert migrate.current_revision(conn) is None
    empty.dispose()


def test_opening_a_current_file_does_not_load_alembic(venue: VenueFile, tmp_path: Path) -> None:
    path = venue.path
    venue.close()
    code = ("import sys; from db.venue_file import open_venue; v = open_venue(__import__('pathlib').Path(sys.argv[1])); "
            "v.close(); print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))")
    out = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    with open_venue(path) as again, again.engine.connect() as conn:  # and the file is still at the head
        assert migrate.current_revision(conn) == migrate.head_revision()
