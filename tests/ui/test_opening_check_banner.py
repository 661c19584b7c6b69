"""pytest-qt: a venue opens while its integrity check runs in the background — the window says so until the
check has passed — and a file changed outside the app is closed and the newest sound backup offered, as when
the check ran before the window opened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.roles import Actor
from app.services import backup
from db.venue_file import VenueFile
from tests.app.services import tamper
from tests.app.services.scoring_world import drawn, fill
from tests.conftest import HEAD_PIN
from tests.ui.test_start_window_damaged import answer_modals
from ui.app import _open_main
from ui.main_window import MainWindow
from ui.start_window import StartWindow


def sign_in(name: str, pin: str) -> Callable[[QDialog], None]:
    def do(dialog: QDialog) -> None:
        dialog.name.setCurrentIndex(dialog.name.findData(name))  # type: ignore[attr-defined]
        dialog.pin.setText(pin)  # type: ignore[attr-defined]
        dialog.try_sign_in()  # type: ignore[attr-defined]
    return do


def test_the_banner_shows_while_the_file_is_checked_and_goes_when_it_passed(qtbot: QtBot, seeded: VenueFile) -> None:
    path = seeded.path
    seeded.close()
    window = StartWindow(open_main=_open_main)
    qtbot.addWidget(window)
    handlers = [sign_in("钱莉", HEAD_PIN)]
    answer_modals(handlers)
    window.open_path(path)
    main = window.main_window
    assert isinstance(main, MainWindow)
    qtbot.addWidget(main)
    assert main.check_banner.text().startswith("正在核验场地文件…")
    qtbot.waitUntil(main.check_banner.isHidden, timeout=30_000)
    assert main.opening_check is not None and main.opening_check.passed
    assert "核验通过" in main.statusBar().currentMessage()
    main.close()


def test_a_file_changed_outside_the_app_is_closed_and_a_backup_offered(qtbot: QtBot, seeded: VenueFile,
                                                                      staff: dict[str, Actor], tmp_path) -> None:  # type: ignore[no-untyped-def]
    fill(seeded, staff, drawn(seeded, staff, tmp_path), tmp_path)
    backup.backup_now(seeded, "manual")
    path = seeded.path
    seeded.close()
    entry = tamper.one_value(path, "SELECT max(id) FROM score_entry")
    tamper.edit(path, f"UPDATE score_entry SET value = '59' WHERE id = {entry}", tables=("score_entry",))
    records = tamper.one_value(path, "SELECT count(*) FROM audit_record")
    window = StartWindow(open_main=_open_main)
    qtbot.addWidget(window)
    handlers: list[Callable[[QDialog], None]] = [sign_in("钱莉", HEAD_PIN), lambda box: box.reject()]
    seen = answer_modals(handlers)
    window.open_path(path)
    qtbot.waitUntil(lambda: not handlers, timeout=30_000)
    assert f"表 score_entry 第 {entry} 行" in seen[-1] and "完好备份" in seen[-1]
    assert tamper.one_value(path, "SELECT count(*) FROM audit_record") == records  # nothing written
    if isinstance(window.main_window, MainWindow):  # the check finished after the window opened: it closed
        assert not window.main_window.isVisible()
