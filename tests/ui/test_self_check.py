"""自检: the GUI opens the demo venue signed in, paints it, saves a screenshot and quits with 0."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ui import self_check


def test_self_check_paints_the_demo_window(qapp: QApplication, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    assert self_check.run(qapp, shot) == 0
    image = QImage(str(shot))
    assert not image.isNull() and image.width() > 400
    assert (tmp_path / "data" / "demo" / "demo.venue").exists()  # the demo honours VENUESCORE_DATA_DIR
    assert self_check.environment_problems(qapp) == []
