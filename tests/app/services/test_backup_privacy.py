"""Backups and personal data (issue 12): owner-only on the laptop, encrypted on the USB stick, restored from the
stick with the head judge's passphrase, opened by the committee with the standard `age` tool."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest

from app.errors import StateError, ValidationError
from app.roles import Actor
from app.services import backup, users
from db.venue_file import VenueFile
from tests import committee
from tests.conftest import HEAD_PASSPHRASE, HEAD_PIN, personal_data, roster_rows, write_roster


def _usb(venue: VenueFile, head: Actor, tmp_path: Path) -> Path:
    stick = tmp_path / "usb"
    stick.mkdir()
    backup.set_second_folder(venue, head, stick)
    return stick


def test_laptop_backups_are_owner_only(seeded: VenueFile) -> None:
    (local,) = backup.backup_now(seeded, "manual").written
    assert stat.S_IMODE(local.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(local.path.with_name(local.path.name + ".json").stat().st_mode) == 0o600
    assert stat.S_IMODE(local.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(backup.backup_root().stat().st_mode) == 0o700


def test_the_stick_holds_only_encrypted_backups(seeded: VenueFile, head: Actor, tmp_path: Path) -> None:
    committee.install(seeded, head)
    stick = _usb(seeded, head, tmp_path)
    result = backup.backup_now(seeded, "manual")
    local, usb = result.written
    assert usb.encrypted and usb.path.name.endswith(".venue.age") and not result.warnings
    on_stick = [p for p in stick.rglob("*") if p.is_file()]
    assert {p.suffix for p in on_stick} == {".age", ".json"}
    secrets = personal_data(local.path)
    for f in on_stick:  # the backup and its manifest: no name, ID number or phone in their bytes or names
        raw = f.read_bytes()
        assert not [p for p in secrets if p in raw or p in f.name.encode()], f
    manifest = next(f for f in on_stick if f.suffix == ".json")
    assert manifest.read_bytes().count(b"by_passphrase") == 1  # the manifest carries the vault's passphrase wrap, nothing clear
    assert not backup.check_backup(usb.path).ok  # cannot be checked without the passphrase
    assert backup.venue_backups(seeded)[0].encrypted or backup.venue_backups(seeded)[1].encrypted

    if shutil.which("age") is None:
        pytest.skip("age not installed (Debian: apt install age)")
    identity = tmp_path / "committee-identity.txt"
    identity.write_text(committee.IDENTITY + "\n", encoding="ascii")
    opened = tmp_path / "opened.venue"
    done = subprocess.run(["age", "-d", "-i", str(identity), "-o", str(opened), str(usb.path)], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert set(personal_data(opened)) == set(secrets)  # the committee reads the whole file


def test_no_clear_copy_goes_to_the_stick_without_a_vault(bare_venue: VenueFile, tmp_path: Path) -> None:
    head = users.sign_in(bare_venue, "钱莉", HEAD_PIN)
    stick = _usb(bare_venue, head, tmp_path)
    result = backup.backup_now(bare_venue, "manual")
    assert len(result.written) == 1 and "须加密" in result.warnings[0]
    assert not [p for p in stick.rglob("*") if p.is_file()]


def test_restore_from_the_stick_asks_for_the_passphrase(seeded: VenueFile, head: Actor, tmp_path: Path) -> None:
    _usb(seeded, head, tmp_path)
    usb = next(b for b in backup.backup_now(seeded, "manual").written if b.encrypted)
    path = seeded.path
    from app.services import roster

    roster.import_roster(seeded, head, write_roster(tmp_path / "more.xlsx", roster_rows(2, seed=7)))
    seeded.close()
    with pytest.raises(StateError, match="裁判长口令"):
        backup.restore(usb.path, path, "钱莉", HEAD_PIN)
    with pytest.raises(ValidationError, match="口令不正确"):
        backup.restore(usb.path, path, "钱莉", HEAD_PIN, "不是这个口令-2026")
    done = backup.restore(usb.path, path, "钱莉", HEAD_PIN, HEAD_PASSPHRASE)
    assert done.kept is not None and backup.check_backup(path).ok
    conn = sqlite3.connect(path)
    try:
        (count,) = conn.execute("SELECT count(*) FROM contestant").fetchone()
        (record,) = conn.execute("SELECT data FROM audit_record WHERE action = 'backup.restore'").fetchone()
    finally:
        conn.close()
    assert count == 12 and usb.path.name in record  # the state of the stick's backup; the record names it
    assert not list(tmp_path.rglob("*.venue.age.partial")) and not list(Path(path).parent.glob(".*restoring"))


def test_archive_for_the_committee_only(seeded: VenueFile, head: Actor, tmp_path: Path) -> None:
    from app import sealing
    from app.services import closure, vault

    committee.install(seeded, head)
    out = tmp_path / "stick"
    out.mkdir()
    archive = closure.write_archive(seeded, head, out)
    assert archive.name.startswith("31-母婴护理-赛场档案-") and archive.name.endswith(".venue.age")
    raw = archive.read_bytes()
    assert not [p for p in personal_data(seeded.path) if p in raw]
    opened = tmp_path / "archive.venue"
    opened.write_bytes(sealing.open_sealed(raw, committee.IDENTITY))
    assert set(personal_data(opened)) == set(personal_data(seeded.path))
    with pytest.raises(Exception, match="无法解密|密封数据无法打开"):  # the venue itself cannot reopen it
        vault.unlock(seeded, head, HEAD_PASSPHRASE).open_file(raw, "档案")
