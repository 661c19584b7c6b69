"""Backups, restore that checks first, and the audit chain catching edits made outside the app."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.errors import IntegrityError, StateError
from app.roles import Actor
from app.services import backup, integrity, roster
from db.venue_file import VenueFile, open_venue
from tests.conftest import HEAD_PIN


def _tamper(path: Path, sql: str) -> None:
    """What someone with the sqlite3 shell could do: drop the guard trigger and edit."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER IF EXISTS audit_record_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_record_no_delete")
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_audit_chain_verifies_and_names_the_first_edited_record(seeded: VenueFile, venue_path: Path) -> None:
    assert integrity.check(seeded).ok
    seeded.close()
    _tamper(venue_path, "UPDATE audit_record SET data = '{\"added\": 99}' WHERE seq = 2")
    with open_venue(venue_path) as v:
        report = integrity.check(v)
    assert not report.ok and report.chain.first_broken_seq == 2
    assert "第 2 条" in report.describe() and "从备份恢复" in report.describe()


def test_a_deleted_audit_record_is_found(seeded: VenueFile, venue_path: Path) -> None:
    seeded.close()
    _tamper(venue_path, "DELETE FROM audit_record WHERE seq = 1")
    with open_venue(venue_path) as v:
        report = integrity.check(v)
    assert not report.ok and report.chain.first_broken_seq == 1


def test_append_only_tables_refuse_update_and_delete(seeded: VenueFile, venue_path: Path) -> None:
    conn = sqlite3.connect(venue_path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_record SET actor = 'x'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_record")
    conn.close()


def test_backup_before_import_and_restore_round_trip(venue: VenueFile, head: Actor, tmp_path: Path, venue_path: Path) -> None:
    from tests.conftest import roster_rows, write_roster

    roster.import_roster(venue, head, write_roster(tmp_path / "a.xlsx", roster_rows(3)))
    first = backup.list_backups(venue_path)
    assert len(first) == 1 and first[0].reason == "before-roster-import"
    roster.import_roster(venue, head, write_roster(tmp_path / "b.xlsx", roster_rows(6)))  # 3 new
    assert len(roster.list_contestants(venue)) == 6
    snapshot = backup.list_backups(venue_path)[0]  # taken before the second import: 3 people
    assert backup.check_backup(snapshot.path).ok
    with pytest.raises(StateError, match="关闭"):
        backup.restore(snapshot.path, venue_path, "钱莉", HEAD_PIN)  # still open here
    venue.close()
    done = backup.restore(snapshot.path, venue_path, "钱莉", HEAD_PIN)
    kept = done.kept
    assert kept is not None and kept.exists()
    with open_venue(venue_path) as v:
        assert len(roster.list_contestants(v)) == 3
        assert integrity.check(v, full=True).ok
    with open_venue(kept) as old:  # the replaced file was kept whole
        assert len(roster.list_contestants(old)) == 6


def test_a_damaged_backup_is_refused_and_the_venue_is_untouched(seeded: VenueFile, venue_path: Path, tmp_path: Path) -> None:
    result = backup.backup_now(seeded, "manual")
    good = result.written[0].path
    seeded.close()
    broken = tmp_path / "broken.venue"
    data = bytearray(good.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\xff" * 4096
    broken.write_bytes(bytes(data))
    before = venue_path.read_bytes()
    with pytest.raises(IntegrityError, match="未通过检查"):
        backup.restore(broken, venue_path, "钱莉", HEAD_PIN)
    assert venue_path.read_bytes() == before
    # a backup whose audit chain was edited is refused too
    _tamper(good, "UPDATE audit_record SET actor = '某人' WHERE seq = 1")
    assert not backup.check_backup(good).ok


def test_second_folder_and_rotation(seeded: VenueFile, head: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    backup.set_second_folder(seeded, head, usb)
    monkeypatch.setattr(backup, "KEEP", 3)
    for _ in range(5):
        result = backup.backup_now(seeded, "manual")
        assert len(result.written) == 2 and not result.warnings
    uid = backup.venue_identity(seeded)
    assert len(list(backup.identity_folder(uid, usb).glob("*.venue.age"))) == 3  # encrypted on the stick
    assert not list(backup.identity_folder(uid, usb).glob("*.venue"))
    kept = sorted(p.name for p in backup.identity_folder(uid).glob("*.venue"))
    assert len(kept) == 4 and sum("before-roster-import" in n for n in kept) == 1  # 3 newest + the milestone
    shutil.rmtree(usb)  # the stick was pulled out
    result = backup.backup_now(seeded, "manual")
    assert len(result.written) == 1 and "U 盘" in result.warnings[0]
    assert backup.last_backup_time(seeded) is not None
