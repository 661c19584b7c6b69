"""The venue file: pragmas, one writer process, newer files refused untouched, damaged files named."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from app.errors import VenueFileError
from db.venue_file import VenueFile, open_venue

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"


def test_pragmas_are_set_on_every_connection(venue: VenueFile) -> None:
    with venue.unit_of_work() as s:
        conn = s.connection()
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_a_second_process_is_refused_with_a_clear_message(venue: VenueFile, venue_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from app.errors import VenueFileError
        from db.venue_file import open_venue
        try:
            open_venue(Path({str(venue_path)!r}))
        except VenueFileError as exc:
            print(exc.message)
            sys.exit(3)
        sys.exit(0)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 3, result.stderr
    assert "正被另一个" in result.stdout
    venue.close()
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_lock_is_released_when_the_holder_is_killed(venue_path: Path, venue: VenueFile) -> None:
    venue.close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         f"from db.venue_file import open_venue; v = open_venue(__import__('pathlib').Path({str(venue_path)!r})); "
         "print('ready', flush=True); import time; time.sleep(60)"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(VenueFileError):
            open_venue(venue_path)
    finally:
        holder.kill()
        holder.wait()
    open_venue(venue_path).close()


def test_file_from_a_newer_version_is_refused_and_left_untouched(venue: VenueFile, venue_path: Path) -> None:
    venue.close()
    conn = sqlite3.connect(venue_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = hashlib.sha256(venue_path.read_bytes()).hexdigest()
    with pytest.raises(VenueFileError, match="更新版本"):
        open_venue(venue_path)
    assert hashlib.sha256(venue_path.read_bytes()).hexdigest() == before
    # the lock was released: a retry gives the same clear error, not "locked"
    with pytest.raises(VenueFileError, match="更新版本"):
        open_venue(venue_path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.venue"
    bogus.write_text("这不是数据库", encoding="utf-8")
    with pytest.raises(VenueFileError, match="不是 VenueScore 赛场文件"):
        open_venue(bogus)
    with pytest.raises(VenueFileError, match="找不到"):
        open_venue(tmp_path / "missing.venue")


def test_create_never_overwrites(venue_path: Path, venue: VenueFile) -> None:
    with pytest.raises(VenueFileError, match="已存在"):
        open_venue(venue_path, create=True)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("venue-*.venue")), ids=lambda p: p.name)
def test_every_released_schema_fixture_upgrades_cleanly(fixture: Path, tmp_path: Path) -> None:
    from app.services import roster
    from app.services import venue as venue_service
    from app.services.audit import verify_chain
    from db.migrate import head_revision

    copy = tmp_path / fixture.name
    shutil.copyfile(fixture, copy)
    with open_venue(copy) as v:
        with v.unit_of_work() as s:
            assert s.connection().execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
            assert verify_chain(s).ok
            assert s.connection().execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert venue_service.summary(v).item_no == 1
        assert len(roster.list_contestants(v)) == 40
        from app.services import scoring

        status = scoring.status(v)
        assert status.item_locked and status.required == 38  # scores, locks and the draw survived the upgrade
