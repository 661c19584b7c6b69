"""Facts and audit agree, checkpoints and backups pin the history, and nothing is written to a forged file.

Each test plays the person with the venue file and the sqlite3 shell (issue 10): they change a score with
the trigger dropped, or change a score *and* its audit record and re-hash the whole chain.
"""

from __future__ import annotations

import io
import subprocess
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from app.cli.main import main
from app.errors import IntegrityError, NotFound, ValidationError
from app.roles import Actor, Role
from app.services import audit_facts, backup, checkpoints, integrity, package, scoring, venue_keys
from db.venue_file import VenueFile, open_venue
from tests.app.package.export_world import signed_venue
from tests.app.services import tamper
from tests.app.services.results_world import build
from tests.app.services.scoring_world import drawn, fill
from tests.conftest import HEAD_PASSPHRASE, HEAD_PIN


def cli(*args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        rc = main(list(args))
    return rc, out.getvalue() + err.getvalue()


def first_entry(path: Path) -> tuple[int, str]:
    row = tamper.one_value(path, "SELECT id || '|' || value FROM score_entry ORDER BY id LIMIT 1")
    entry_id, value = str(row).split("|")
    return int(entry_id), value


# ------------------------------------------------------------------------------ facts ↔ audit


def test_every_fact_of_a_scoring_day_is_in_its_audit_record(seeded: VenueFile, staff: dict[str, Actor],
                                                            tmp_path: Path) -> None:
    venue = seeded
    codes = drawn(venue, staff, tmp_path)
    fill(venue, staff, codes, tmp_path)  # a sheet import: every entry in full, not a count
    scoring.correct(venue, staff["J1"], codes[0], "A1", "21", "抄录错误")
    scoring.add_deduction(venue, staff["head"], codes[1], "1.5", "未戴手套", "A")
    scoring.record_time(venue, staff["J1"], codes[1], 5400)
    scoring.lock(venue, staff["head"], "A", passphrase=HEAD_PASSPHRASE)
    with venue.unit_of_work() as s:
        report = audit_facts.verify(s)
        imported = [r for r in s.connection().exec_driver_sql(
            "SELECT data FROM audit_record WHERE action = 'score.import'")]
    assert report.ok, report.describe()
    assert report.rows > len(codes) * 8  # entries, check-ins, draw rows, deduction, time, lock, checkpoint
    assert len(imported) == 1 and imported[0][0].count('"table":"score_entry"') == len(codes) * 8
    assert integrity.check(venue).ok


def test_a_score_changed_behind_a_dropped_trigger_is_named_and_export_refuses(
        venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path, venue_path: Path) -> None:
    signed_venue(venue, head, staff, tmp_path)
    venue.close()
    entry_id, value = first_entry(venue_path)
    tamper.edit(venue_path, f"UPDATE score_entry SET value = '59' WHERE id = {entry_id}", tables=("score_entry",))
    assert tamper.one_value(venue_path, "SELECT count(*) FROM sqlite_master WHERE name = 'score_entry_no_update'") == 1

    rc, text = cli("audit", "verify", "--db", str(venue_path))
    assert rc == 1
    assert f"表 score_entry 第 {entry_id} 行的“value”：文件中为 59，第 " in text and f"审计记录中为 {value}" in text
    assert "从备份恢复" in text

    out = tmp_path / "out"
    out.mkdir()
    with open_venue(venue_path) as v, pytest.raises(IntegrityError, match="score_entry"):
        package.export_package(v, head, HEAD_PASSPHRASE, out)
    assert list(out.iterdir()) == []  # no package went out


def test_a_row_added_or_deleted_outside_the_app_is_named(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                         tmp_path: Path, venue_path: Path) -> None:
    build(venue, head, staff, tmp_path, [("50", "30"), ("40", "20")], locked=False)
    venue.close()
    entry_id, _ = first_entry(venue_path)
    tamper.edit(venue_path, "INSERT INTO score_entry (criterion_id, blind_code_id, judge_id, value, kind, "
                "supersedes_id, reason, entered_by, entered_role, entered_at) SELECT criterion_id, blind_code_id, "
                "judge_id, '60', 'correction', id, '复核', entered_by, entered_role, entered_at FROM score_entry "
                f"WHERE id = {entry_id}")
    added = tamper.one_value(venue_path, "SELECT max(id) FROM score_entry")
    with open_venue(venue_path) as v:
        report = integrity.check(v)
    assert not report.ok and report.facts is not None
    assert f"表 score_entry 第 {added} 行没有对应的审计记录" in report.describe()
    tamper.edit(venue_path, f"DELETE FROM score_entry WHERE id = {added}", f"DELETE FROM score_entry WHERE id = {entry_id}",
                tables=("score_entry",))
    with open_venue(venue_path) as v:
        text = integrity.check(v).describe()
    assert f"表 score_entry 第 {entry_id} 行已不在文件中" in text


def test_the_cli_changes_nothing_in_a_file_that_fails_its_checks(venue: VenueFile, head: Actor,
                                                                 staff: dict[str, Actor], tmp_path: Path,
                                                                 venue_path: Path) -> None:
    build(venue, head, staff, tmp_path, [("50", "30"), ("40", "20")], locked=False)
    venue.close()
    rc, _ = cli("users", "add", "新裁判", "--role", "judge", "--new-pin", "3003", "--db", str(venue_path),
                "--user", "钱莉", "--pin", HEAD_PIN)
    assert rc == 0  # a sound file: the write goes through
    entry_id, _ = first_entry(venue_path)
    tamper.edit(venue_path, f"UPDATE score_entry SET value = '59' WHERE id = {entry_id}", tables=("score_entry",))
    records = tamper.one_value(venue_path, "SELECT count(*) FROM audit_record")
    rc, text = cli("users", "add", "又一位", "--role", "judge", "--new-pin", "3004", "--db", str(venue_path),
                   "--user", "钱莉", "--pin", HEAD_PIN)
    assert rc == 2 and "未通过完整性检查" in text and "backup restore" in text and "score_entry" in text
    assert tamper.one_value(venue_path, "SELECT count(*) FROM audit_record") == records
    assert tamper.one_value(venue_path, "SELECT count(*) FROM app_user WHERE name = '又一位'") == 0
    rc, text = cli("lock", "--db", str(venue_path), "--user", "钱莉", "--pin", HEAD_PIN, "--passphrase",
                   HEAD_PASSPHRASE)
    assert rc == 2 and "score_entry" in text
    assert tamper.one_value(venue_path, "SELECT count(*) FROM lock_event") == 0
    rc, text = cli("scores", "totals", "--db", str(venue_path))  # reading is still possible
    assert rc == 0


# ------------------------------------------------------------------------------ re-hashed history


def test_a_rewritten_and_rehashed_history_is_caught_by_the_checkpoint_and_the_backup(
        venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path, venue_path: Path) -> None:
    build(venue, head, staff, tmp_path, [("50", "30"), ("40", "20"), ("30", "20")], decrypted=False)
    locked_backup = next(b for b in backup.venue_backups(venue) if b.reason == "after-lock")
    with venue.unit_of_work() as s:
        cp = checkpoints.all_in(s)[-1]
    assert cp.event == checkpoints.LOCK
    venue.close()
    entry_id, _ = first_entry(venue_path)
    tamper.rewrite_fact(venue_path, "score_entry", entry_id, "value", "60")
    tamper.rehash(venue_path)

    with open_venue(venue_path) as v:
        report = integrity.check(v)
    assert report.chain.ok and report.facts is not None and report.facts.ok  # the forger was thorough…
    assert report.checkpoints is not None and not report.checkpoints.ok  # …but cannot re-sign
    assert f"第 {cp.id} 个签名检查点（锁定成绩" in report.describe() and cp.short in report.describe()
    assert report.backups is not None and not report.backups.ok  # and the backup after the lock contradicts it
    assert report.backups.backup == locked_backup.path and locked_backup.path.name in report.describe()
    rc, text = cli("audit", "verify", "--db", str(venue_path))
    assert rc == 1 and "签名检查点" in text and locked_backup.path.name in text


def test_backups_carry_the_chain_head_and_a_deleted_record_contradicts_them(
        venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path, venue_path: Path) -> None:
    build(venue, head, staff, tmp_path, [("50", "30"), ("40", "20")], locked=False)
    taken = backup.backup_now(venue, "manual").written[0]
    assert taken.head_seq is not None and taken.head_seq == checkpoints.current_head(venue)[0]
    assert integrity.check(venue).backups.checked >= 1  # type: ignore[union-attr]
    venue.close()
    # No checkpoint yet (nothing locked): cut the last record off and re-hash — only the backup knows
    last = tamper.one_value(venue_path, "SELECT max(seq) FROM audit_record")
    tamper.edit(venue_path, f"DELETE FROM audit_record WHERE seq = {last}", tables=("audit_record",))
    tamper.rehash(venue_path)
    with open_venue(venue_path) as v:
        report = integrity.check(v)
    assert report.chain.ok and report.backups is not None and not report.backups.ok
    assert taken.path.name in report.describe()


def test_signing_needs_the_passphrase_and_writes_nothing_without_it(venue: VenueFile, head: Actor,
                                                                    staff: dict[str, Actor], tmp_path: Path) -> None:
    build(venue, head, staff, tmp_path, [("50", "30"), ("40", "20")], locked=False)
    with pytest.raises(ValidationError, match="口令"):
        scoring.lock(venue, head, passphrase="not the passphrase 1")
    with venue.unit_of_work() as s:
        assert checkpoints.all_in(s) == []
    signed = scoring.lock(venue, head, passphrase=HEAD_PASSPHRASE)
    assert signed.event == "lock" and signed.subject == "item"
    assert signed.short.startswith(f"#{signed.seq} ") and len(signed.short.split()) == 5
    # An auditor checks a checkpoint with stock minisign and the venue's registered public key
    with venue.unit_of_work() as s:
        record = checkpoints.records(s)[-1]
    (tmp_path / "statement.txt").write_text(record["statement"], encoding="utf-8")
    (tmp_path / "statement.txt.minisig").write_text(record["signature"], encoding="utf-8")
    key = venue_keys.require_key(venue)
    done = subprocess.run(["minisign", "-Vm", str(tmp_path / "statement.txt"), "-P", key.public_line],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert f"seq: {signed.seq}\nhead: {signed.head}\n" in record["statement"]


def test_a_venue_without_a_vault_cannot_lock(bare_venue: VenueFile) -> None:
    from app.services import users

    head = users.sign_in(bare_venue, "钱莉", HEAD_PIN)
    with pytest.raises(NotFound, match="口令"):
        scoring.lock(bare_venue, head, passphrase=HEAD_PASSPHRASE)


def test_the_venue_identity_is_anchored_in_the_chain(venue: VenueFile, head: Actor, tmp_path: Path,
                                                     venue_path: Path) -> None:
    """Backups are found by the identity: changing it alone would hide the file from its backups."""
    backup.backup_now(venue, "manual")
    venue.close()
    tamper.edit(venue_path, "UPDATE venue_info SET venue_uid = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'")
    with open_venue(venue_path) as v:
        report = integrity.check(v)
    assert not report.ok and "赛场标识被改动" in report.describe()


def test_demo_copies_share_an_identity_without_contradicting_each_others_backups(tmp_path: Path) -> None:
    from app.services import demo, users

    first = demo.demo_files(tmp_path / "demo", stage="drawn")
    with open_venue(first.venue) as v:
        head = users.sign_in(v, demo.HEAD_JUDGE, demo.HEAD_PIN)
        users.add_user(v, head, "练习裁判", Role.JUDGE, "4321")  # someone tries the demo out …
        backup.backup_now(v, "periodic")
    again = demo.demo_files(tmp_path / "demo", stage="drawn")  # … and the next start hands out a fresh copy
    with open_venue(again.venue) as v:
        report = integrity.check(v)
    assert report.ok and "演示赛场" in report.describe()
