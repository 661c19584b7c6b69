"""The application icon (resources/icons, drawn by scripts/make_icon.py)."""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file, files

from PySide6.QtGui import QIcon, QPixmap


@cache
def app_icon() -> QIcon:
    ref = files("resources") / "icons" / "venuescore.png"
    with as_file(ref) as path:
        return QIcon(QPixmap(str(path)))
