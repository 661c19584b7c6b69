"""pytest-qt: the audit page verifies the chain, lists the trail, backs up, and the status bar shows the time."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.roles import Actor, Role
from app.services import users
from db.venue_file import VenueFile, open_venue
from tests.ui.test_results_page import when_modal
from ui.context import UiContext
from ui.dialogs.secret import CredentialsDialog
from ui.main_window import MainWindow
from ui.pages.audit import AuditPage


def test_audit_page_verify_backup_and_status_bar(qtbot: QtBot, seeded: VenueFile, head: Actor) -> None:
    window = MainWindow(seeded, head)
    qtbot.addWidget(window)
    window.show()
    page = next(p for p in window.pages if isinstance(p, AuditPage))
    window.nav.setCurrentRow(window.pages.index(page))
    assert page.log.rowCount() >= 2  # venue.create, roster.import …
    assert page.log.index(0, 4).data() == "导入名单"
    page.verify()
    assert "完好" in page.status.text()
    before = page.backups.rowCount()
    page.backup_now()
    assert page.backups.rowCount() == before + 1
    assert "尚无" not in window.backup_label.text()
    # the periodic backup only writes when something changed since the last one
    count = page.backups.rowCount()
    window.periodic_backup()
    page.refresh()
    assert page.backups.rowCount() == count  # nothing changed since the window opened
    users.add_user(seeded, head, "新裁判", Role.JUDGE, "4321", judge_no="J9")
    window.periodic_backup()
    page.refresh()
    assert page.backups.rowCount() == count + 1
    assert page.backups.index(0, 1).data() == "定时"
    window.periodic_backup()
    page.refresh()
    assert page.backups.rowCount() == count + 1
    window.close()


def test_restore_is_offered_to_head_judge_and_admin_only_and_asks_for_the_pin(
        qtbot: QtBot, seeded: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import audit_log, backup, roster
    from tests.conftest import HEAD_PIN, roster_rows, write_roster

    roster.import_roster(seeded, head, write_roster(tmp_path / "more.xlsx", roster_rows(14)))  # backup before: 12
    path = seeded.path
    for who, enabled in (("checkin", False), ("J1", False), ("admin", True), ("head", True)):
        page = AuditPage(UiContext(seeded, staff[who]))
        qtbot.addWidget(page)
        page.refresh()
        assert page.restore_button.isEnabled() == enabled, who
    assert backup.venue_backups(seeded)[0].reason == "before-roster-import"
    window = MainWindow(seeded, head)
    qtbot.addWidget(window)
    window.show()
    page = next(p for p in window.pages if isinstance(p, AuditPage))
    window.nav.setCurrentRow(window.pages.index(page))
    page.backup_view.selectRow(0)

    def give_pin(dialog: QDialog) -> None:
        assert isinstance(dialog, CredentialsDialog) and dialog.name.text() == "钱莉"
        dialog.pin.setText(HEAD_PIN)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    opened: list[Path] = []
    import ui.start_window as start_window

    monkeypatch.setattr(start_window.StartWindow, "open_path", lambda self, p, preset_user=None: opened.append(p))
    when_modal(give_pin)
    page.restore_selected()
    assert opened == [path]
    with open_venue(path) as v:
        assert len(roster.list_contestants(v)) == 12
        assert audit_log.recent(v, 1)[0].action == "backup.restore"


def test_the_status_bar_shows_this_venues_backup_not_another_files_of_that_name(
        qtbot: QtBot, head: Actor, seeded: VenueFile, tmp_path: Path) -> None:
    from app.services import backup
    from app.services.venue import create_venue
    from tests.conftest import COMPETITION_DATE, HEAD_PIN

    backup.backup_now(seeded, "manual")
    twin = create_venue(tmp_path / "elsewhere" / seeded.path.name, item_no=31, competition_date=COMPETITION_DATE,
                        venue_place="别处", head_judge="钱莉", head_judge_pin=HEAD_PIN)
    window = MainWindow(twin, users.sign_in(twin, "钱莉", HEAD_PIN))
    qtbot.addWidget(window)
    assert "尚无" in window.backup_label.text()  # the other file of the same name has backups; this one not
    window.close()
