"""The demo venue is built once per version and handed out as a fresh copy on every start."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import VenueFileError
from app.roles import Role
from app.services import audit_log, demo, roster, scoring, users
from db.venue_file import open_venue


def test_built_once_then_copied_fresh(tmp_path: Path) -> None:
    first = demo.demo_files(tmp_path / "a", "drawn")
    cached = next((tmp_path / "data" / "demo-cache").glob("drawn-*"))
    built = (cached / "demo.venue").stat()
    assert not list(cached.glob("*-wal")) and not list(cached.glob("*.lock"))

    with open_venue(first.venue) as v:  # play with the demo …
        head = users.sign_in(v, demo.HEAD_JUDGE, demo.HEAD_PIN)
        users.add_user(v, head, "新裁判", Role.JUDGE, "4321", judge_no="J4")
        assert len(roster.list_contestants(v)) == demo.DEMO_COUNT
        head_seq = audit_log.recent(v, 1)[0].seq

    again = demo.demo_files(tmp_path / "a", "drawn")  # … and the next start begins afresh, from the same build
    assert (cached / "demo.venue").stat().st_mtime_ns == built.st_mtime_ns
    with open_venue(again.venue) as v:
        assert "新裁判" not in [u.name for u in users.list_users(v)]
        assert audit_log.recent(v, 1)[0].seq == head_seq - 1
        assert len([r for r in scoring.rows(v) if r.required]) == 38
    assert again.roster.is_file() and again.roster_with_errors.is_file()


def test_an_open_demo_is_not_replaced(tmp_path: Path) -> None:
    files = demo.demo_files(tmp_path, "roster")
    with open_venue(files.venue) as v:
        with pytest.raises(VenueFileError, match="另一个"):
            demo.demo_files(tmp_path, "roster")
        assert len(roster.list_contestants(v)) == demo.DEMO_COUNT


def test_unknown_stage_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        demo.demo_files(tmp_path, "nonsense")
