"""pytest-qt: after a page switch the keyboard is where the next action is, a barcode scan works whatever has the
keyboard on the check-in page, and the desk's card and list read right after the draw (issue 13, items 2 and 4)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.roles import Actor
from app.services import checkin, draw, roster, scoring
from db.venue_file import VenueFile
from tests.app.services.scoring_world import write_scheme
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.pages.checkin import CheckinPage
from ui.pages.scoring import ScoringPage


def open_window(qtbot: QtBot, venue: VenueFile, actor: Actor) -> MainWindow:
    window = MainWindow(venue, actor)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def click_page(qtbot: QtBot, window: MainWindow, title: str) -> int:
    row = next(i for i in range(window.nav.count()) if window.nav.item(i).text() == title)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.nav.visualItemRect(window.nav.item(row)).center())
    assert window.stack.currentIndex() == row
    return row


def test_focus_goes_to_the_next_action_after_a_page_switch(
    qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    from app.services import scheme

    scheme.import_scheme(seeded, staff["head"], write_scheme(tmp_path / "scheme.xlsx"))
    people = roster.list_contestants(seeded)
    for c in people:
        checkin.check_in(seeded, staff["checkin"], c.id)
    draw.run_main_draw(seeded, staff["head"], ["1234", "5678"])
    codes = [code for _, code in draw.scoring_rows(seeded)]
    for c in codes[:3]:  # the first three A1 values are in: the next task is the fourth contestant's A1
        scoring.enter_measurement(seeded, staff["J1"], c, "A1", "20")

    window = open_window(qtbot, seeded, staff["head"])
    row = click_page(qtbot, window, "检录")  # a click in the page list …
    page = window.page(row)
    assert isinstance(page, CheckinPage)
    assert QApplication.focusWidget() is page.scan, "… leaves the keyboard in the scan box, not the list"

    window.nav.setFocus()
    row = next(i for i in range(window.nav.count()) if window.nav.item(i).text() == "评分录入")
    window.nav.setCurrentRow(row)  # what Alt+N does
    grid = window.page(row)
    assert isinstance(grid, ScoringPage)
    assert QApplication.focusWidget() is grid.table
    index = grid.table.currentIndex()
    assert (grid.model.blind_code(index.row()), grid.model.criterion(index.column())) == (codes[3], "A1")


def test_a_scan_works_whatever_has_the_keyboard_on_the_desk(
    qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor]
) -> None:
    people = roster.list_contestants(seeded)
    page = CheckinPage(UiContext(seeded, staff["checkin"]))
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)

    page.table.setFocus()
    page.table.selectRow(5)
    qtbot.keyClicks(page.table, people[2].reg_no)  # a scanner: fast keystrokes …
    assert QApplication.focusWidget() is page.scan, "the keystrokes moved the keyboard to the scan box"
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)  # … and its Enter
    assert page.card is not None and page.card.contestant_id == people[2].id

    page.search.setFocus()
    qtbot.keyClicks(page.search, people[4].reg_no)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.card is not None and page.card.contestant_id == people[4].id and page.search.text() == ""


def test_desk_after_the_draw_absent_card_and_station_column(
    qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    people = roster.list_contestants(seeded)
    desk = staff["checkin"]
    checkin.mark_absent(seeded, desk, people[0].id)
    for c in people[1:]:
        checkin.check_in(seeded, desk, c.id)
    assert checkin.lookup(seeded, desk, people[1].reg_no).station_text == "（尚未抽签）"  # before the draw
    draw.run_main_draw(seeded, staff["head"], ["1234", "5678"])

    page = CheckinPage(UiContext(seeded, desk))
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.lookup(people[0].reg_no)
    station = page.card_view.fields["station"].text()
    assert "尚未抽签" not in station and "缺考" in station, "an absent person's card after the draw"

    headers = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(page.model.columnCount())]
    assert headers.index("工位号") < headers.index("状态") == len(headers) - 1, "状态 last: it cannot push 工位号 away"
    station_col = headers.index("工位号")
    shown = page.table.viewport().rect()
    assert shown.contains(page.table.visualRect(page.proxy.index(1, station_col)))
