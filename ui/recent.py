"""Recent venue files: a UI preference, so QSettings (competition data never goes here)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recent_files"
LIMIT = 8


def recent_files() -> list[Path]:
    value = QSettings().value(KEY, [])
    items = value if isinstance(value, list) else [value] if value else []
    return [Path(str(p)) for p in items if Path(str(p)).exists()]


def remember(path: Path) -> None:
    items = [str(path)] + [str(p) for p in recent_files() if p != path]
    QSettings().setValue(KEY, items[:LIMIT])
