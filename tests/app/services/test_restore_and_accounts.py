"""Restore and accounts hold their authority: restore is a head judge's or administrator's act with PIN, for
the same venue only, and recorded; milestone backups survive a flood of backups; backups are per venue; a
管理员 cannot take over the 裁判长 account."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.errors import IntegrityError, PermissionDenied
from app.roles import Actor, Role
from app.services import audit_log, backup, integrity, roster, users, vault
from app.services.venue import create_venue
from db.venue_file import VenueFile, open_venue
from tests.app.services import tamper
from tests.app.services.test_history_integrity import cli
from tests.conftest import COMPETITION_DATE, HEAD_PASSPHRASE, HEAD_PIN, roster_rows, write_roster


def _fingerprint(path: Path) -> tuple[object, ...]:
    """The venue's content: audit head, people, and no replaced copy set aside.  (A wrong PIN still counts
    towards the account's lock-out, like any sign-in: that counter is not part of the content.)"""
    return (backup.read_head(path), tamper.one_value(path, "SELECT count(*) FROM contestant"),
            backup.read_identity(path), len(list(path.parent.glob("*.replaced-*"))))


def _two_states(venue: VenueFile, head: Actor, tmp_path: Path) -> backup.BackupInfo:
    roster.import_roster(venue, head, write_roster(tmp_path / "a.xlsx", roster_rows(3)))
    roster.import_roster(venue, head, write_roster(tmp_path / "b.xlsx", roster_rows(6)))  # backup before: 3 people
    return backup.venue_backups(venue)[0]


def test_restore_refuses_without_pin_as_checkin_or_from_another_venue(
        venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path, venue_path: Path) -> None:
    chosen = _two_states(venue, head, tmp_path)
    venue.close()
    before = _fingerprint(venue_path)
    with pytest.raises(PermissionDenied, match="PIN 不正确"):
        backup.restore(chosen.path, venue_path, "钱莉", "0000")
    with pytest.raises(PermissionDenied, match="无权"):
        backup.restore(chosen.path, venue_path, "周敏", "1111")  # 检录员
    with pytest.raises(PermissionDenied, match="无权"):
        backup.restore(chosen.path, venue_path, "裁判1", "2001")
    other = create_venue(tmp_path / "other" / "item31.venue", item_no=31, competition_date=COMPETITION_DATE,
                         venue_place="别处", head_judge="钱莉", head_judge_pin=HEAD_PIN)
    foreign = backup.backup_now(other, "manual").written[0].path
    other.close()
    with pytest.raises(PermissionDenied, match="不是本赛场的备份"):
        backup.restore(foreign, venue_path, "钱莉", HEAD_PIN)
    assert _fingerprint(venue_path) == before  # nothing changed, nothing set aside
    rc, text = cli("backup", "restore", str(chosen.path), "--db", str(venue_path), "--user", "周敏", "--pin", "1111")
    assert rc == 2 and "无权" in text
    assert _fingerprint(venue_path) == before


def test_restore_as_head_judge_or_admin_is_recorded_in_the_restored_file(
        venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path, venue_path: Path) -> None:
    chosen = _two_states(venue, head, tmp_path)
    venue.close()
    replaced_head = backup.read_head(venue_path)
    rc, text = cli("backup", "restore", str(chosen.path), "--db", str(venue_path), "--user", "钱莉", "--pin", HEAD_PIN)
    assert rc == 0, text
    with open_venue(venue_path) as v:
        assert len(roster.list_contestants(v)) == 3
        last = audit_log.recent(v, 1)[0]
        assert last.action == "backup.restore" and last.actor == "钱莉" and last.role == "head_judge"
        assert last.data["backup"] == chosen.path.name
        assert last.data["replaced"]["head"] == {"seq": replaced_head[0], "hash": replaced_head[1]}
        kept = venue_path.with_name(last.data["replaced"]["kept_as"])
        assert kept.exists()
        report = integrity.check(v)
        # the backups taken of the replaced history are named as set aside by the restore, not as forgeries
        assert report.ok, report.describe()
        backup.backup_now(v, "manual")  # a backup of the restored history (it holds the restore record)
    with open_venue(kept) as old:
        assert len(roster.list_contestants(old)) == 6
        # the set-aside copy is not taken for a forgery: a backup records the restore that replaced it
        assert integrity.check(old).ok
    # an administrator may restore too
    again = backup.list_backups(venue_path)[-1]
    done = backup.restore(again.path, venue_path, "王强", "9999")
    assert done.actor.role == Role.ADMIN and done.record_seq > 1


def test_a_damaged_file_is_restored_from_the_backups_its_manifests_name(
        venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path, venue_path: Path) -> None:
    chosen = _two_states(venue, head, tmp_path)
    venue.close()
    venue_path.write_bytes(b"\x00" * 4096)  # not readable: its identity comes from the backups' manifests
    for side in ("-wal", "-shm"):
        Path(f"{venue_path}{side}").unlink(missing_ok=True)
    found = backup.list_backups(venue_path)
    assert chosen.path in [b.path for b in found]
    with pytest.raises(PermissionDenied):
        backup.restore(chosen.path, venue_path, "周敏", "1111")  # checked against the backup's accounts
    done = backup.restore(chosen.path, venue_path, "钱莉", HEAD_PIN)
    assert done.kept is not None and done.kept.read_bytes() == b"\x00" * 4096
    with open_venue(venue_path) as v:
        assert integrity.check(v).ok


def test_forty_backups_keep_the_milestones(venue: VenueFile, head: Actor, tmp_path: Path, venue_path: Path) -> None:
    roster.import_roster(venue, head, write_roster(tmp_path / "a.xlsx", roster_rows(3)))  # milestone: before import
    milestone = backup.venue_backups(venue)[0]
    assert milestone.milestone
    venue.close()
    for _ in range(40):  # no PIN needed to back up, and no flood pushes the milestone out
        rc, text = cli("backup", "now", "--db", str(venue_path))
        assert rc == 0, text
    with open_venue(venue_path) as v:
        kept = backup.venue_backups(v)
    assert milestone.path in [b.path for b in kept]
    ordinary = [b for b in kept if not b.milestone]
    assert len(ordinary) == backup.KEEP
    newest = sorted(b.at for b in kept)[-1]
    assert ordinary[0].at == newest  # the newest periodic ones are the ones kept


def test_backups_are_kept_per_venue_identity_not_per_file_name(tmp_path: Path) -> None:
    made = []
    for i in range(2):
        v = create_venue(tmp_path / f"day{i}" / "demo.venue", item_no=31, competition_date=COMPETITION_DATE,
                         venue_place="实训楼", head_judge="钱莉", head_judge_pin=HEAD_PIN)
        made.append(v)
    first = backup.backup_now(made[0], "manual").written[0]
    assert backup.last_backup_time(made[1]) is None  # the other demo.venue has no backup of its own
    assert [b.path for b in backup.venue_backups(made[0])] == [first.path]
    assert backup.venue_backups(made[1]) == []
    for v in made:
        v.close()


def test_the_after_export_backup_is_taken(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                          tmp_path: Path) -> None:
    from tests.app.package.export_world import export

    export(venue, head, staff, tmp_path)
    reasons = [b.reason for b in backup.venue_backups(venue)]
    assert "after-export" in reasons and "after-signoff" in reasons and "after-lock" in reasons


# ------------------------------------------------------------------------------ accounts


def test_an_admin_cannot_take_over_the_head_judge(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                  venue_path: Path) -> None:
    admin = staff["admin"]
    with pytest.raises(PermissionDenied, match="裁判长"):
        users.change_pin(venue, admin, "钱莉", "1357")
    with pytest.raises(PermissionDenied, match="裁判长"):
        users.add_user(venue, admin, "假裁判长", Role.HEAD_JUDGE, "1357")
    assert users.sign_in(venue, "钱莉", HEAD_PIN).role == Role.HEAD_JUDGE  # the PIN is unchanged
    with pytest.raises(PermissionDenied):
        vault.change_passphrase(venue, admin, HEAD_PASSPHRASE, "另一个口令-2027-xyz", "另一个口令-2027-xyz")
    users.change_pin(venue, admin, "周敏", "1212")  # staff below: allowed
    users.change_pin(venue, admin, "王强", "8888")  # own PIN: allowed
    users.change_pin(venue, head, "王强", "7777")  # the head judge over the admin: allowed
    assert not users.may_manage(admin, Role.HEAD_JUDGE) and users.may_manage(head, Role.ADMIN)
    venue.close()
    rc, text = cli("users", "pin", "钱莉", "--new-pin", "1357", "--db", str(venue_path), "--user", "王强",
                   "--pin", "7777")
    assert rc == 2 and "裁判长" in text
    with open_venue(venue_path) as v:
        assert users.sign_in(v, "钱莉", HEAD_PIN).role == Role.HEAD_JUDGE


def test_a_forgotten_head_judge_pin_is_recovered_once_with_the_code(bare_venue: VenueFile) -> None:
    head = users.sign_in(bare_venue, "钱莉", HEAD_PIN)
    made = vault.create(bare_venue, head, HEAD_PASSPHRASE, HEAD_PASSPHRASE)
    new = "新的口令-2027-渝中"
    vault.recover(bare_venue, "钱莉", made.recovery_code, new, new, new_pin="8642")
    assert users.sign_in(bare_venue, "钱莉", "8642").role == Role.HEAD_JUDGE
    with pytest.raises(PermissionDenied, match="恢复码"):
        vault.recover(bare_venue, "钱莉", made.recovery_code, new, new, new_pin="1111")
    assert [r.action for r in audit_log.recent(bare_venue, 5)].count("vault.recover") == 1


def test_the_cli_guard_is_not_fooled_by_a_fresh_process(venue: VenueFile, head: Actor, tmp_path: Path,
                                                        venue_path: Path) -> None:
    """The guard runs per process: each CLI call checks the file again (no cache an editor could keep)."""
    roster.import_roster(venue, head, write_roster(tmp_path / "a.xlsx", roster_rows(3)))
    venue.close()
    assert cli("users", "add", "新裁判", "--role", "judge", "--new-pin", "3003", "--db", str(venue_path),
               "--user", "钱莉", "--pin", HEAD_PIN)[0] == 0
    tamper.edit(venue_path, "INSERT INTO lock_event (module_code, action, reason, actor, at) "
                "VALUES (NULL, 'lock', NULL, '钱莉', '2026-11-28T10:00:00.000000+08:00')")
    rc, text = cli("users", "add", "又一位", "--role", "judge", "--new-pin", "3004", "--db", str(venue_path),
                   "--user", "钱莉", "--pin", HEAD_PIN)
    assert rc == 2 and "lock_event" in text
    assert os.path.exists(venue_path)
    with open_venue(venue_path) as v, pytest.raises(IntegrityError):
        integrity.require_sound(v)
