"""pytest-qt: the audit page verifies the chain, lists the trail, backs up, and the status bar shows the time."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.roles import Actor, Role
from app.services import users
from db.venue_file import VenueFile
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
