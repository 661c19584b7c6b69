"""The head judge's vault: passphrase strength, sealing, recovery code once, nothing secret in the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app import sealing
from app.errors import DomainError, IntegrityError, PermissionDenied, StateError, ValidationError
from app.package.keys import SigningKey, encrypt_private_key
from app.roles import Actor
from app.services import audit_log, integrity, users, vault, venue_keys
from db.models import Vault
from db.venue_file import VenueFile
from tests.conftest import HEAD_PASSPHRASE, HEAD_PIN


def _file_bytes(venue: VenueFile) -> bytes:
    with venue.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(FULL)")
    return venue.path.read_bytes()


@pytest.mark.parametrize("weak", ["12345678901234", "short1", "aaaaaaaaaaaa", "abababababab", "onlylowercase"])
def test_weak_passphrases_are_refused(weak: str) -> None:
    assert sealing.passphrase_problem(weak) is not None


@pytest.mark.parametrize("good", ["江南职校2026年LED赛", "Chongqing-2026!", "correct horse battery staple"])
def test_reasonable_passphrases_pass(good: str) -> None:
    assert sealing.passphrase_problem(good) is None
    assert sealing.passphrase_problem(good, avoid=(good.upper(),)) is not None  # not the venue's name


def test_create_checks_role_confirmation_and_strength(bare_venue: VenueFile) -> None:
    head = users.sign_in(bare_venue, "钱莉", HEAD_PIN)
    users.add_user(bare_venue, head, "王强", users.Role.ADMIN, "9999")
    admin = users.sign_in(bare_venue, "王强", "9999")
    with pytest.raises(PermissionDenied):
        vault.create(bare_venue, admin, HEAD_PASSPHRASE, HEAD_PASSPHRASE)
    with pytest.raises(ValidationError, match="不一致"):
        vault.create(bare_venue, head, HEAD_PASSPHRASE, HEAD_PASSPHRASE + "x")
    with pytest.raises(ValidationError, match="太短"):
        vault.create(bare_venue, head, "2468", "2468")
    assert vault.info(bare_venue) is None
    made = vault.create(bare_venue, head, HEAD_PASSPHRASE, HEAD_PASSPHRASE)
    assert vault.info(bare_venue) == made.info
    with pytest.raises(StateError, match="已设置"):
        vault.create(bare_venue, head, HEAD_PASSPHRASE, HEAD_PASSPHRASE)


def test_secrets_are_not_in_the_file(venue: VenueFile, head: Actor) -> None:
    unlocked = vault.unlock(venue, head, HEAD_PASSPHRASE)
    raw = _file_bytes(venue)
    assert b"AGE-SECRET-KEY" not in raw and HEAD_PASSPHRASE.encode() not in raw
    assert unlocked.signing_key._private.private_bytes_raw() not in raw  # noqa: SLF001
    assert "hidden" in repr(unlocked) and "AGE" not in repr(unlocked)


def test_wrong_passphrase_and_change(venue: VenueFile, head: Actor) -> None:
    with pytest.raises(ValidationError, match="口令不正确"):
        vault.unlock(venue, head, "not-the-passphrase-1")
    before = vault.unlock(venue, head, HEAD_PASSPHRASE).signing_key.public
    vault.change_passphrase(venue, head, HEAD_PASSPHRASE, "新的口令-2026秋", "新的口令-2026秋")
    with pytest.raises(ValidationError, match="口令不正确"):
        vault.unlock(venue, head, HEAD_PASSPHRASE)
    assert vault.unlock(venue, head, "新的口令-2026秋").signing_key.public == before
    assert HEAD_PASSPHRASE.encode() not in _file_bytes(venue)


def test_sealed_data_opens_only_with_the_vault(venue: VenueFile, head: Actor) -> None:
    with venue.unit_of_work() as s:
        blob = vault.seal_to_head_judge(s, "张三 ↔ 742".encode())
    assert "张三".encode() not in blob and blob.startswith(b"age-encryption.org/v1")
    assert vault.unlock(venue, head, HEAD_PASSPHRASE).open(blob).decode() == "张三 ↔ 742"
    other_identity, _ = sealing.new_identity()
    with pytest.raises(IntegrityError):
        sealing.open_sealed(blob, other_identity)


def test_recovery_code_works_once_resets_pin_and_is_audited(bare_venue: VenueFile) -> None:
    head = users.sign_in(bare_venue, "钱莉", HEAD_PIN)
    made = vault.create(bare_venue, head, HEAD_PASSPHRASE, HEAD_PASSPHRASE)
    typed = made.recovery_code.lower().replace("-", " ")  # people type it loosely
    done = vault.recover(bare_venue, "钱莉", typed, "换个口令-2026冬", "换个口令-2026冬", new_pin="8642")
    assert done.pin_reset and done.recovery_code != made.recovery_code
    users.sign_in(bare_venue, "钱莉", "8642")
    assert vault.unlock(bare_venue, head, "换个口令-2026冬").signing_key.public == made.info.public_key
    with pytest.raises(PermissionDenied, match="只能用一次"):
        vault.recover(bare_venue, "钱莉", made.recovery_code, "第三个口令-2026冬", "第三个口令-2026冬")
    vault.recover(bare_venue, "钱莉", done.recovery_code, "第三个口令-2026冬", "第三个口令-2026冬")
    actions = [line.action for line in audit_log.recent(bare_venue, 10)]
    assert actions.count("vault.recover") == 2
    assert integrity.check(bare_venue).ok


def test_recovery_needs_the_head_judge_and_a_well_formed_code(venue: VenueFile, head: Actor) -> None:
    users.add_user(venue, head, "周敏", users.Role.CHECKIN, "1111")
    code = vault.new_recovery_code(venue, head, HEAD_PASSPHRASE)
    with pytest.raises(PermissionDenied, match="不是本赛场的裁判长"):
        vault.recover(venue, "周敏", code, "新口令-abc-2026", "新口令-abc-2026", new_pin="1234")
    with pytest.raises(ValidationError, match="恢复码格式"):
        vault.recover(venue, "钱莉", "12345", "新口令-abc-2026", "新口令-abc-2026")
    users.sign_in(venue, "周敏", "1111")  # nothing changed
    vault.unlock(venue, head, HEAD_PASSPHRASE)


def test_a_swapped_public_part_is_detected(venue: VenueFile, head: Actor) -> None:
    _, other_recipient = sealing.new_identity()
    with venue.unit_of_work() as s:
        row = s.get(Vault, 1)
        assert row is not None
        row.seal_recipient = other_recipient  # someone with the file redirects future seals
    with pytest.raises(IntegrityError, match="不符"):
        vault.unlock(venue, head, HEAD_PASSPHRASE)


def test_laptop_key_of_an_older_version_is_adopted(bare_venue: VenueFile, tmp_path: Path) -> None:
    old = SigningKey.generate()
    folder = venue_keys.legacy_key_folder()
    folder.mkdir(parents=True)
    (folder / venue_keys.LEGACY_SECRET_NAME).write_bytes(
        encrypt_private_key(old._private, old.key_id, HEAD_PASSPHRASE))  # noqa: SLF001
    head = users.sign_in(bare_venue, "钱莉", HEAD_PIN)
    venue_keys.set_up(bare_venue, head, HEAD_PASSPHRASE, HEAD_PASSPHRASE)
    assert venue_keys.require_key(bare_venue).public_line == old.public.minisign_line()


def test_vault_is_readable_by_sqlite_without_secrets(venue: VenueFile) -> None:
    venue.close()
    conn = sqlite3.connect(venue.path)
    row = conn.execute("SELECT seal_recipient, signing_public, by_passphrase FROM vault").fetchone()
    conn.close()
    assert row[0].startswith("age1") and row[1].startswith("RW") and '"ciphertext"' in row[2]


def test_damaged_wrap_is_an_integrity_error(venue: VenueFile, head: Actor) -> None:
    with venue.unit_of_work() as s:
        row = s.get(Vault, 1)
        assert row is not None
        row.by_passphrase = row.by_passphrase.replace('"ciphertext":"', '"ciphertext":"AAAA')
    with pytest.raises(DomainError):
        vault.unlock(venue, head, HEAD_PASSPHRASE)
