"""Closing the venue (issue 12): after the archive, names, ID numbers and phones leave the venue file and its local
backups (scanned with sqlite3 and as raw bytes) while the audit trail, checkpoints and results still verify."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.cli.main import main
from app.errors import StateError, ValidationError
from app.roles import Actor
from app.services import backup, closure, integrity, package, results
from db.venue_file import VenueFile, open_venue
from tests.app.package.export_world import export
from tests.conftest import HEAD_PASSPHRASE, personal_data


def dump(path: Path) -> bytes:
    """Every value of every table, as sqlite3 reads it, plus the raw bytes of the file."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        text = "\n".join(line for line in conn.iterdump())
    finally:
        conn.close()
    return text.encode("utf-8") + path.read_bytes()


def test_closing_leaves_no_personal_data_and_still_verifies(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                            tmp_path: Path) -> None:
    export(venue, head, staff, tmp_path)
    secrets = personal_data(venue.path)
    assert len(secrets) >= 12
    totals = [c["total"] for c in results.latest_revision(venue).snapshot["contestants"]]  # type: ignore[union-attr]
    with pytest.raises(ValidationError):
        closure.close_venue(venue, head, HEAD_PASSPHRASE, committee_accepted=False)
    with pytest.raises(StateError, match="赛场档案"):
        closure.close_venue(venue, head, HEAD_PASSPHRASE, committee_accepted=True)
    closure.write_archive(venue, head, tmp_path)
    closed = closure.close_venue(venue, head, HEAD_PASSPHRASE, committee_accepted=True)
    assert closed.records_redacted > 0 and closed.backups_deleted > 0
    report = integrity.check(venue, True)
    assert report.ok, report.describe()
    assert [c["total"] for c in results.latest_revision(venue).snapshot["contestants"]] == totals  # type: ignore[union-attr]
    assert not results.results(venue, head).changed_since_revision  # the live results still equal the signed ones
    assert "已关闭" in (package.status(venue, head).blocker or "")  # no package of erased names goes out
    path = venue.path
    venue.close()
    for f in [path, *[b.path for b in backup.list_backups(path)]]:
        content = dump(f)
        assert not [p for p in secrets if p in content], f
    assert len(backup.list_backups(path)) == 1  # the closed backup only
    assert main(["audit", "verify", "--db", str(path)]) == 0

    with open_venue(path) as v, pytest.raises(StateError, match="已关闭"):
        closure.close_venue(v, head, HEAD_PASSPHRASE, committee_accepted=True)
    # the redaction is signed: changing a redacted record further breaks the chain
    conn = sqlite3.connect(path)
    try:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        seq = conn.execute("SELECT min(seq) FROM audit_record WHERE data LIKE '%已清除%'").fetchone()[0]
        conn.execute("UPDATE audit_record SET data = replace(data, '已清除', '张三丰') WHERE seq = ?", (seq,))
        conn.commit()
    finally:
        conn.close()
    with open_venue(path) as v:
        assert not integrity.check(v, True).ok


def test_a_name_is_erased_where_json_text_escapes_it(tmp_path: Path) -> None:
    """A name with a quote (or any name, where JSON was written ASCII-only) inside a JSON column is found too."""
    import json

    from app.services.closure_erase import REDACTED, _Scrubber, replacements

    conn = sqlite3.connect(tmp_path / "people.sqlite")
    conn.execute("CREATE TABLE contestant (id INTEGER PRIMARY KEY, name TEXT, id_number TEXT, phone TEXT)")
    conn.execute("INSERT INTO contestant VALUES (1, ?, '50010119900307001X', '13800138000')", ('钱"小\\红',))
    scrub = _Scrubber(replacements(conn))
    row = {"name": '钱"小\\红', "id_number": "50010119900307001X", "phone": "13800138000", "unit": "重庆"}
    for text in (json.dumps(row, ensure_ascii=False), json.dumps(row), json.dumps([row, row])):
        cleaned = scrub.text(text)
        assert "钱" not in cleaned and "\\u94b1" not in cleaned and "001X" not in cleaned and "138001" not in cleaned
        assert REDACTED in json.dumps(json.loads(cleaned), ensure_ascii=False)  # still valid JSON
        assert "重庆" in cleaned or "\\u91cd" in cleaned  # what is not personal stays
    assert scrub.deep(row)["name"] == REDACTED
