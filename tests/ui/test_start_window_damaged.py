"""pytest-qt: the start window refuses a damaged venue file with a clear message and offers the newest sound
backup through the restore flow — never a traceback, never a silent repair."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.services import backup, roster
from db.venue_file import VenueFile, open_venue
from tests.conftest import HEAD_PIN
from tests.db.test_damaged_venue_file import empty, truncated
from ui.dialogs.secret import CredentialsDialog
from ui.start_window import StartWindow


def answer_modals(handlers: list[Callable[[QDialog], None]]) -> list[str]:
    """Answer the next modal dialogs in turn, as a person would; returns the texts they showed."""
    seen: list[str] = []
    handled = list(QApplication.topLevelWidgets())  # held, not by id(): a dialog left over by an earlier test

    def poll() -> None:
        if not handlers:
            return
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QDialog) and widget.isVisible() and not any(widget is w for w in handled):
            handled.append(widget)
            text = widget.text() + "\n" + widget.informativeText() if isinstance(widget, QMessageBox) else ""
            seen.append(text)
            handlers.pop(0)(widget)
        QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return seen


def click(label: str) -> Callable[[QDialog], None]:
    def do(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        button = next(b for b in box.buttons() if b.text() == label or label in b.text())
        button.click()
    return do


def credentials(name: str, pin: str) -> Callable[[QDialog], None]:
    def do(dialog: QDialog) -> None:
        assert isinstance(dialog, CredentialsDialog) and "替换 item31.venue" in dialog.findChild(QLabel).text()
        dialog.name.setText(name)
        dialog.pin.setText(pin)
        dialog.accept()
    return do


def _damaged(seeded: VenueFile, damage: Callable[[bytes, Path], None]) -> tuple[Path, backup.BackupInfo]:
    sound = backup.backup_now(seeded, "manual").written[0]
    seeded.close()
    with sqlite3.connect(seeded.path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    good = seeded.path.read_bytes()
    seeded.path.unlink()
    damage(good, seeded.path)
    return seeded.path, sound


def test_damaged_file_message_offers_the_newest_sound_backup(qtbot: QtBot, seeded: VenueFile,
                                                             tmp_path: Path) -> None:
    path, sound = _damaged(seeded, truncated)
    window = StartWindow()
    qtbot.addWidget(window)
    box, found = window.damaged_dialog(path, "赛场文件 item31.venue 不完整")
    assert found is not None and found.path == sound.path
    assert "不完整" in box.text() and str(sound.path) in box.informativeText()
    assert [b.text() for b in box.buttons()] == ["用此备份恢复…", "暂不恢复"]
    box.resize(600, 300)
    box.grab().save(str(tmp_path / "damaged-dialog.png"))


def test_opening_a_truncated_file_restores_through_the_restore_flow(qtbot: QtBot, seeded: VenueFile) -> None:
    path, _ = _damaged(seeded, truncated)
    damaged_bytes = path.read_bytes()
    window = StartWindow()
    qtbot.addWidget(window)
    window.show()
    handlers: list[Callable[[QDialog], None]] = [
        click("用此备份恢复"),  # the damaged-file message with its offer
        credentials("钱莉", HEAD_PIN),  # restoring is the head judge's act, with PIN
        lambda dialog: dialog.reject(),  # the sign-in of the restored file: not signing in now
    ]
    seen = answer_modals(handlers)
    window.open_path(path)
    qtbot.waitUntil(lambda: not handlers, timeout=10_000)
    assert "不完整" in seen[0] and "完好备份" in seen[0]
    with open_venue(path) as v:  # restored, and the damaged file kept beside it
        assert len(roster.list_contestants(v)) == 12
    kept = list(path.parent.glob("item31.replaced-*.venue"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes
    assert "已恢复" in window.statusBar().currentMessage()


def test_declining_or_no_backup_leaves_the_file_alone(qtbot: QtBot, venue: VenueFile) -> None:
    venue.close()
    path = venue.path
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    empty(b"", path)
    window = StartWindow()
    qtbot.addWidget(window)
    handlers: list[Callable[[QDialog], None]] = [lambda box: box.reject()]
    seen = answer_modals(handlers)
    window.open_path(path)
    qtbot.waitUntil(lambda: not handlers, timeout=10_000)
    assert "0 字节" in seen[0] and "没有找到该赛场文件的完好备份" in seen[0]
    assert path.read_bytes() == b"" and window.main_window is None
