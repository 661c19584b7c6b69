"""`venuescore info` reads a venue file through sqlite3 alone (app.services.venue_glance): the same facts as the
ORM services, after the same checks as opening, and the full way for any file it should not read itself."""

from __future__ import annotations

import sqlite3
from dataclasses import fields
from pathlib import Path

import pytest

from app.errors import DamagedVenueFile, VenueFileError
from app.roles import Actor
from app.services import day, package, venue_glance
from app.services import venue as venue_service
from app.services.venue_glance import Glance
from app.services.venue_identity import VenueIdentity
from db.venue_file import VenueFile, open_venue
from tests.app.package.export_world import signed_venue
from tests.conftest import HEAD_PASSPHRASE


def full_way(path: Path) -> Glance:
    """What `info` read before: the ORM services on an opened venue."""
    with open_venue(path) as v:
        s = venue_service.summary(v)
        identity = VenueIdentity(**{f.name: getattr(s, f.name) for f in fields(VenueIdentity)})
        return Glance(identity, s.groups, venue_service.get_settings(v), day.day_state(v))


def test_a_new_venue_reads_the_same_at_a_glance(venue: VenueFile) -> None:
    venue.close()
    seen = venue_glance.glance(venue.path)
    assert seen == full_way(venue.path)
    assert seen is not None and seen.groups == ("职工组", "学生组") and seen.state.contestants == 0


def test_a_signed_and_exported_venue_reads_the_same(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                    tmp_path: Path) -> None:
    signed_venue(venue, head, staff, tmp_path)
    (tmp_path / "usb").mkdir()
    package.export_package(venue, head, HEAD_PASSPHRASE, tmp_path / "usb")
    venue.close()
    seen = venue_glance.glance(venue.path)
    assert seen == full_way(venue.path)
    assert seen is not None and seen.state.item_locked and seen.state.exported_revision == 1


def test_a_file_open_in_a_window_is_refused_as_opening_refuses_it(venue: VenueFile) -> None:
    with pytest.raises(VenueFileError, match="正被另一个 VenueScore 窗口") as glancing:
        venue_glance.glance(venue.path)
    with pytest.raises(VenueFileError) as opening:
        open_venue(venue.path)
    assert glancing.value.message == opening.value.message


def test_a_damaged_file_is_refused_as_opening_refuses_it(venue: VenueFile, tmp_path: Path) -> None:
    venue.close()
    cut = tmp_path / "cut.venue"
    cut.write_bytes(venue.path.read_bytes()[:5000])
    with pytest.raises(DamagedVenueFile) as glancing:
        venue_glance.glance(cut)
    with pytest.raises(DamagedVenueFile) as opening:
        open_venue(cut)
    assert glancing.value.message == opening.value.message and glancing.value.problem == "truncated"


def test_a_file_at_another_schema_is_left_to_the_full_way(venue: VenueFile, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli.main import main

    venue.close()
    with sqlite3.connect(venue.path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_a_newer_venuescore'")
    conn.close()
    assert venue_glance.glance(venue.path) is None
    assert venue_glance.glance(venue.path.with_name("missing.venue")) is None
    assert main(["info", "--db", str(venue.path)]) != 0
    assert "更新版本的 VenueScore" in capsys.readouterr().err
