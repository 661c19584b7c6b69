"""pytest-qt: the head judge changes the item's settings and adds a judge; others cannot."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from app.roles import Actor, Role
from app.services import users
from app.services import venue as venue_service
from db.venue_file import VenueFile
from ui.context import UiContext
from ui.pages.settings import AddUserDialog, SettingsPage


def test_head_judge_edits_settings_and_adds_a_judge(qtbot: QtBot, venue: VenueFile, head: Actor) -> None:
    page = SettingsPage(UiContext(venue, head))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.pass_line.text() == "60" and page.save_button.isEnabled()
    page.pass_line.setText("65")
    page.tie_modules.setText("b，a")
    page.award_base.setCurrentIndex(page.award_base.findData("registered"))
    page.save_settings()
    saved = venue_service.get_settings(venue)
    assert saved.pass_line == Decimal("65") and saved.tie_break_modules == ("B", "A")
    assert saved.award_base == "registered" and page.settings_error.text() == "已保存"

    page.pass_line.setText("120")  # above the total: refused in place, nothing saved
    page.save_settings()
    assert "合格线" in page.settings_error.text()
    assert venue_service.get_settings(venue).pass_line == Decimal("65")

    dialog = AddUserDialog(page.ctx, page)
    qtbot.addWidget(dialog)
    dialog.name.setText("赵裁判")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.JUDGE.value))
    dialog.judge_no.setText("J4")
    dialog.pin.setText("12")
    dialog.save()
    assert "PIN" in dialog.error.text()
    dialog.pin.setText("4444")
    dialog.save()
    assert users.sign_in(venue, "赵裁判", "4444").role == Role.JUDGE
    page.refresh()
    assert page.people.rowCount() == 2


def test_a_judge_cannot_change_settings(qtbot: QtBot, venue: VenueFile, staff: dict[str, Actor]) -> None:
    page = SettingsPage(UiContext(venue, staff["J1"]))
    qtbot.addWidget(page)
    page.refresh()
    assert not page.save_button.isEnabled() and not page.add_button.isEnabled()


def test_an_admin_is_not_offered_the_head_judge_and_cannot_reset_their_pin(
        qtbot: QtBot, venue: VenueFile, staff: dict[str, Actor], monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from tests.conftest import HEAD_PIN

    page = SettingsPage(UiContext(venue, staff["admin"]))
    qtbot.addWidget(page)
    page.refresh()
    dialog = AddUserDialog(page.ctx, page)
    qtbot.addWidget(dialog)
    assert dialog.role.findData(Role.HEAD_JUDGE.value) == -1 and dialog.role.findData(Role.JUDGE.value) >= 0
    head_row = next(i for i, u in enumerate(page.people.rows) if u.role == Role.HEAD_JUDGE)
    page.table.selectRow(head_row)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("1357", True))
    page.reset_pin()
    assert warned and "裁判长" in warned[0]
    assert users.sign_in(venue, "钱莉", HEAD_PIN).role == Role.HEAD_JUDGE
