"""The CLI with hostile input: damaged venue files get a message and the restore command (never a traceback,
never a write), names never drive the terminal, CSV output never carries a live formula."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shlex
import sqlite3
from pathlib import Path

import pytest

from app.cli.main import main
from app.roles import Actor
from app.services import backup
from db.venue_file import VenueFile
from tests.app.services.results_world import build
from tests.conftest import HEAD_PIN
from tests.db.test_damaged_venue_file import corrupt, empty, foreign_sqlite, truncated


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _checkpointed(venue: VenueFile) -> bytes:
    venue.close()
    with sqlite3.connect(venue.path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return venue.path.read_bytes()


@pytest.mark.parametrize("damage", [empty, truncated, foreign_sqlite, corrupt], ids=lambda f: f.__name__)
def test_a_damaged_venue_gets_a_message_and_the_restore_command(seeded: VenueFile, venue_path: Path,
                                                                capsys: pytest.CaptureFixture[str],
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                damage: object) -> None:
    sound = backup.backup_now(seeded, "manual").written[0]
    good = _checkpointed(seeded)
    venue_path.unlink()
    damage(good, venue_path)  # type: ignore[operator]
    before = _sha(venue_path)
    for args in (["info"], ["roster", "list"], ["audit", "verify", "--full"], ["backup", "now"]):
        code, out, err = run(capsys, *args, "--db", str(venue_path))
        assert code == 2 and "Traceback" not in err, (args, err)
        assert "不会自动修复或重新建立" in err and str(sound.path) in err and "venuescore backup restore" in err
    assert _sha(venue_path) == before
    code, out, err = run(capsys, "backup", "list", "--db", str(venue_path))  # the backups are what is needed now
    assert code == 0 and str(sound.path) in out
    code, out, err = run(capsys, "info", "--db", str(venue_path))
    command = next(line.strip() for line in err.splitlines() if line.strip().startswith("venuescore backup restore"))
    monkeypatch.setenv("VENUESCORE_USER", "钱莉")  # restoring is the head judge's act, with PIN
    monkeypatch.setenv("VENUESCORE_PIN", HEAD_PIN)
    code, out, err = run(capsys, *shlex.split(command)[1:])  # the printed command, as the user would run it
    assert code == 0, err
    code, out, err = run(capsys, "audit", "verify", "--full", "--db", str(venue_path))
    assert code == 0 and "完好" in out


def test_a_damaged_venue_without_backup_says_so(venue: VenueFile, venue_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    good = _checkpointed(venue)
    truncated(good, venue_path)
    code, _, err = run(capsys, "info", "--db", str(venue_path))
    assert code == 2 and "没有找到该赛场文件的完好备份" in err


def test_new_never_takes_over_an_existing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "v.venue"
    target.write_bytes(b"")
    code, _, err = run(capsys, "new", str(target), "--item", "15", "--date", "2026-11-28", "--place", "x",
                       "--head-judge", "贺云", "--pin", "1357")
    assert code == 2 and "已存在" in err and target.read_bytes() == b""


@pytest.fixture
def decrypted(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path,
              monkeypatch: pytest.MonkeyPatch) -> Path:
    w = build(venue, head, staff, tmp_path, [("54", "36"), ("50", "30"), ("40", "30")])
    venue.close()
    conn = sqlite3.connect(venue.path)  # names as an older version could store them
    conn.execute("UPDATE contestant SET name = ? WHERE reg_no = ?", ("钱\x07\x1b[2J\x1b[31m红\u202e", w.reg(0)))
    conn.execute("UPDATE contestant SET name = ?, unit = ? WHERE reg_no = ?", ("=1+1", "@SUM(1,1)", w.reg(1)))
    conn.commit()
    conn.close()
    monkeypatch.setenv("VENUESCORE_USER", "钱莉")
    monkeypatch.setenv("VENUESCORE_PIN", HEAD_PIN)
    return venue.path


def test_names_are_escaped_on_the_console(decrypted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["roster", "list"], ["results"], ["results", "--format", "json"]):
        code, out, err = run(capsys, *args, "--db", str(decrypted))
        assert code == 0, err
        assert not any(ch in out for ch in "\x07\x1b\u202e"), args
        assert "\\u001b" in out and "\\u202e" in out
    code, out, _ = run(capsys, "results", "--format", "json", "--db", str(decrypted))
    names = {c["name"] for c in json.loads(out)["contestants"]}  # the escaped JSON still reads back exactly
    assert "钱\x07\x1b[2J\x1b[31m红\u202e" in names


def test_csv_output_never_carries_a_live_formula(decrypted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "results", "--format", "csv", "--db", str(decrypted))
    assert code == 0
    cells = [c for row in csv.reader(io.StringIO(out)) for c in row]
    assert "'=1+1" in cells and "=1+1" not in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "@") or (c.startswith("-") and not c[1:2].isdigit())]
