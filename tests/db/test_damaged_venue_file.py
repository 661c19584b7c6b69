"""A damaged venue file is refused untouched and never re-initialised; the newest sound backup is found."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from app.errors import DamagedVenueFile, VenueFileError
from app.services import backup
from db.venue_file import VenueFile, open_venue


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def empty(good: bytes, path: Path) -> None:
    path.write_bytes(b"")


def truncated(good: bytes, path: Path) -> None:
    path.write_bytes(good[: len(good) // 2])


def header_only(good: bytes, path: Path) -> None:
    path.write_bytes(good[:60])


def foreign_sqlite(good: bytes, path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()


def foreign_text(good: bytes, path: Path) -> None:
    path.write_text("这是一份说明文档，被改成了 .venue 扩展名。", encoding="utf-8")


def corrupt(good: bytes, path: Path) -> None:
    data = bytearray(good)
    data[2 * 4096 : 3 * 4096] = b"\xff" * 4096  # a whole b-tree page overwritten
    path.write_bytes(bytes(data))


DAMAGE: dict[str, tuple[Callable[[bytes, Path], None], str, str]] = {
    "empty": (empty, "empty", "0 字节"),
    "truncated": (truncated, "truncated", "不完整"),
    "header_only": (header_only, "truncated", "不完整"),
    "foreign_sqlite": (foreign_sqlite, "foreign", "不是 VenueScore 赛场文件"),
    "foreign_text": (foreign_text, "foreign", "不是 SQLite"),
    "corrupt": (corrupt, "corrupt", "已损坏"),
}


@pytest.fixture
def good_bytes(seeded: VenueFile, venue_path: Path) -> bytes:
    seeded.close()
    with sqlite3.connect(venue_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return venue_path.read_bytes()


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_a_damaged_file_is_refused_and_left_exactly_as_it_was(good_bytes: bytes, tmp_path: Path, kind: str) -> None:
    make, problem, words = DAMAGE[kind]
    path = tmp_path / "damaged" / "item31.venue"
    path.parent.mkdir()
    make(good_bytes, path)
    before = _sha(path)
    with pytest.raises(DamagedVenueFile) as info:
        open_venue(path)
    assert info.value.problem == problem and words in info.value.message
    assert "不会自动修复或重新建立" in info.value.message and path.name in info.value.message
    assert _sha(path) == before  # not a byte written: no schema, no WAL switch
    assert not Path(f"{path}-wal").exists()
    with pytest.raises(VenueFileError, match="已存在"):  # and "new" never takes over an existing file
        open_venue(path, create=True)
    assert _sha(path) == before


def test_newest_sound_backup_skips_broken_ones(seeded: VenueFile, venue_path: Path) -> None:
    first = backup.backup_now(seeded, "manual").written[0]
    second = backup.backup_now(seeded, "after-lock").written[0]
    newest = backup.backup_now(seeded, "periodic").written[0]
    corrupt(newest.path.read_bytes(), newest.path)
    found = backup.newest_sound_backup(venue_path)
    assert found is not None and found.path == second.path and found.path != first.path
    assert backup.newest_sound_backup(venue_path.with_name("other.venue")) is None
