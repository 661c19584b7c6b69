"""A venue file read at a glance (``venuescore info``): its identity, groups, settings and where the day stands,
through sqlite3 alone.

Importing SQLAlchemy's ORM costs more than the rest of such a command together; a command that only shows a
few rows need not pay it.  The file gets what ``open_venue`` gives every opening before it reads — the writer
lock (refused while a window has the file open), the header, the tables and SQLite's quick_check — and the
same rows are read as ``venue.summary``, ``venue.get_settings`` and ``day.day_state`` read (tests compare the
two).  A file this version would first have to upgrade, one from a newer VenueScore, or one without its
information row is not read here: ``glance`` returns None and the caller opens it the full way, which upgrades
it or says what is wrong.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

from app.item_settings import SETTINGS_KEY, ItemSettings
from app.services.day import DayState, state_of
from app.services.venue_identity import VenueIdentity
from db.revisions import file_revision, head_revision
from db.venue_header import acquire_writer_lock, inspect_venue_file

# The venue_info columns the identity is made of: they carry the fields' names (venue_identity.identity_fields).
_IDENTITY = tuple(f.name for f in fields(VenueIdentity))


@dataclass(frozen=True)
class Glance:
    identity: VenueIdentity
    groups: tuple[str, ...]
    settings: ItemSettings
    state: DayState


def glance(path: Path) -> Glance | None:
    """The file's glance, or None when it must be opened the full way (see the module's note)."""
    path = Path(path)
    if not path.is_file():
        return None  # open_venue words a missing file
    lock = acquire_writer_lock(path)
    try:
        return inspect_venue_file(path, then=_read)
    finally:
        lock.release()


def _read(conn: sqlite3.Connection) -> Glance | None:
    if file_revision(conn) != head_revision():
        return None
    row = conn.execute(f"SELECT {', '.join(_IDENTITY)} FROM venue_info WHERE id = 1").fetchone()
    if row is None:
        return None
    identity = dict(zip(_IDENTITY, row, strict=True))
    identity["competition_date"] = date.fromisoformat(identity["competition_date"])
    groups = tuple(name for (name,) in conn.execute("SELECT name FROM competition_group ORDER BY sort"))
    setting = conn.execute("SELECT value FROM setting WHERE key = ?", (SETTINGS_KEY,)).fetchone()
    settings = ItemSettings.from_json(json.loads(setting[0]) if setting else {})
    return Glance(VenueIdentity(**identity), groups, settings, state_of(conn))
