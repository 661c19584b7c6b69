"""A full disk: writes fail with a clear message, nothing half-written, the file stays consistent.

Runs on a tiny tmpfs the test mounts itself, which needs root (CI runs as root); skipped otherwise.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import DomainError
from app.services import roster, users
from app.services.venue import create_venue
from tests.conftest import COMPETITION_DATE, roster_rows, write_roster


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    if getattr(os, "geteuid", lambda: -1)() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a tiny tmpfs (CI runs as root)")
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount tmpfs here: {result.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_disk_full_gives_a_clear_message_and_keeps_the_file_consistent(tiny_disk: Path, tmp_path: Path) -> None:
    path = tiny_disk / "full.venue"
    venue = create_venue(path, item_no=31, competition_date=COMPETITION_DATE, venue_place="x", head_judge="钱莉",
                         head_judge_pin="2468", groups=["职工组"])
    head = users.sign_in(venue, "钱莉", "2468")
    roster.import_roster(venue, head, write_roster(tmp_path / "first.xlsx", roster_rows(5)))
    # fill the rest of the disk with a blocker file
    blocker = tiny_disk / "blocker.bin"
    fd = os.open(blocker, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass  # ENOSPC: the disk is full now, which is the point
    finally:
        os.close(fd)
    big = write_roster(tmp_path / "big.xlsx", roster_rows(400, seed=7))
    with pytest.raises(DomainError) as info:
        roster.import_roster(venue, head, big)
    assert "磁盘" in info.value.message or "空间" in info.value.message
    assert len(roster.list_contestants(venue)) == 5  # all or nothing: none of the 400 arrived
    venue.close()
    blocker.unlink()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM contestant").fetchone()[0] == 5
    conn.close()
