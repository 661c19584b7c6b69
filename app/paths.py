"""Where VenueScore keeps its per-user data (demo, backups, the venue key): one answer for every caller."""

from __future__ import annotations

import os
from pathlib import Path


def data_root() -> Path:
    """``VENUESCORE_DATA_DIR`` when set (tests, a second copy, a portable setup), else the platform's
    per-user data folder (``~/.local/share/VenueScore`` on Linux, ``%LOCALAPPDATA%\\VenueScore`` on Windows)."""
    from platformdirs import user_data_path

    return Path(os.environ.get("VENUESCORE_DATA_DIR") or user_data_path("VenueScore", appauthor=False))
