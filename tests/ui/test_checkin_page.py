"""pytest-qt: the check-in queue from the keyboard — scan + Enter, confirm with Enter/space, undo with a
reason, an unknown number refused on the page; and the draw page by role."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.roles import Actor
from app.services import checkin, draw, roster
from db.models import Contestant
from db.venue_file import VenueFile
from tests.conftest import HEAD_PASSPHRASE, roster_rows, write_roster
from ui.context import UiContext
from ui.dialogs.secret import PassphraseDialog
from ui.pages.checkin import CheckinPage


@pytest.fixture
def desk_venue(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path) -> VenueFile:
    rows = roster_rows(5, group="职工组") + roster_rows(3, group="学生组", seed=7)
    roster.import_roster(venue, head, write_roster(tmp_path / "r.xlsx", rows))
    return venue


def scan(qtbot: QtBot, page: CheckinPage, text: str) -> None:
    qtbot.keyClicks(page.scan, text)  # a USB scanner types the digits …
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)  # … and presses Enter


def test_scan_confirm_undo_and_refuse(qtbot: QtBot, desk_venue: VenueFile, staff: dict[str, Actor],
                                     tmp_path: Path) -> None:
    page = CheckinPage(UiContext(desk_venue, staff["checkin"]))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    people = roster.list_contestants(desk_venue)
    first, second = people[0], people[1]
    with desk_venue.unit_of_work() as s:
        id_number = s.get(Contestant, first.id).id_number

    # scan the ID card: the person is shown, nothing recorded yet
    scan(qtbot, page, id_number)
    assert page.card is not None and page.card.name == first.name
    assert page.card_view.name.text() == first.name and page.card_view.fields["id"].text() == first.id_masked
    assert page.scan.text() == "" and page.confirm_button.isEnabled()
    page.grab().save(str(tmp_path / "checkin-page-card.png"))
    assert checkin.lookup(desk_venue, staff["checkin"], first.reg_no).status == checkin.REGISTERED
    # Enter on the empty input confirms
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert checkin.lookup(desk_venue, staff["checkin"], first.reg_no).status == checkin.CHECKED_IN
    assert "已检录" in page.message.text() and "已检录" in page.card_view.fields["status"].text()
    assert page.counts.rows[0].checked_in == 1

    # the next person by 报名号, confirmed with the space bar
    scan(qtbot, page, second.reg_no)
    qtbot.keyClick(page.scan, Qt.Key.Key_Space)
    assert checkin.lookup(desk_venue, staff["checkin"], second.reg_no).status == checkin.CHECKED_IN
    assert page.scan.text() == ""

    # scanning someone already checked in does not check in twice
    scan(qtbot, page, first.reg_no)
    assert "已是" in page.message.text() and not page.confirm_button.isEnabled()
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert sum(1 for c in checkin.list_cards(desk_venue, staff["checkin"]) if c.status == checkin.CHECKED_IN) == 2

    # undo needs a reason; an empty one is refused on the page
    page.undo("  ")
    assert "原因" in page.message.text()
    page.undo("证件与本人不符，复核后重新检录")
    assert checkin.lookup(desk_venue, staff["checkin"], first.reg_no).status == checkin.REGISTERED
    assert "已撤销" in page.message.text()

    # F6 marks the shown person absent
    scan(qtbot, page, people[2].reg_no)
    qtbot.keyClick(page.scan, Qt.Key.Key_F6)
    assert checkin.lookup(desk_venue, staff["checkin"], people[2].reg_no).status == checkin.ABSENT

    # an unknown number is refused, clearly, without a dialog
    scan(qtbot, page, "500103199001011232")
    assert page.card is None and "名单中没有" in page.message.text()
    assert "199001011232" not in page.message.text()
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)  # nothing to confirm: nothing happens
    page.grab().save(str(tmp_path / "checkin-page.png"))

    # the list shows everyone, filterable
    assert page.model.rowCount() == 8
    page.search.setText(first.name)
    assert page.proxy.rowCount() >= 1


def test_card_shows_station_after_draw_and_judges_are_kept_out(qtbot: QtBot, desk_venue: VenueFile,
                                                              staff: dict[str, Actor]) -> None:
    people = roster.list_contestants(desk_venue)
    for p in people[:6]:
        checkin.check_in(desk_venue, staff["checkin"], p.id)
    draw.run_main_draw(desk_venue, staff["head"], ["3721", "0815"])
    page = CheckinPage(UiContext(desk_venue, staff["checkin"]))
    qtbot.addWidget(page)
    scan(qtbot, page, people[0].reg_no)
    plan = {r.reg_no: r.station for r in draw.station_plan(desk_venue, staff["checkin"])}
    assert page.card_view.fields["station"].text() == plan[people[0].reg_no]
    # a late arrival gets the next free station at confirmation
    scan(qtbot, page, people[6].reg_no)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert "工位号" in page.message.text() and page.card is not None and page.card.station
    assert not page.late_button.isVisible()

    judge_page = CheckinPage(UiContext(desk_venue, staff["J1"]))
    qtbot.addWidget(judge_page)
    assert judge_page.model.rowCount() == 0 and not judge_page.scan.isEnabled()
    assert "仅限" in judge_page.message.text()


def test_after_each_action_the_page_shows_what_a_full_reload_shows(
    qtbot: QtBot, desk_venue: VenueFile, staff: dict[str, Actor]
) -> None:
    """The page updates the one changed row and the counts after a scan (issue 17: a scan must not reload
    the whole roster); whatever the action, the table and the counts equal a fresh load of the page."""
    desk = staff["checkin"]
    people = roster.list_contestants(desk_venue)
    page = CheckinPage(UiContext(desk_venue, desk))
    qtbot.addWidget(page)
    page.show()

    def same_as_reloaded() -> None:
        fresh = CheckinPage(UiContext(desk_venue, desk))
        qtbot.addWidget(fresh)
        assert page.model.rows == fresh.model.rows == checkin.list_cards(desk_venue, desk)
        assert page.counts.rows == fresh.counts.rows
        assert page._group_counts == checkin.counts(desk_venue)

    for p in people[:3]:  # checked in
        scan(qtbot, page, p.reg_no)
        qtbot.keyClick(page.scan, Qt.Key.Key_Return)
        same_as_reloaded()
    scan(qtbot, page, people[6].reg_no)  # 学生组: absent
    qtbot.keyClick(page.scan, Qt.Key.Key_F6)
    same_as_reloaded()
    scan(qtbot, page, people[1].reg_no)  # withdrew after check-in
    page.mark_withdrew()
    same_as_reloaded()
    scan(qtbot, page, people[0].reg_no)
    page.undo("扫错了人")
    same_as_reloaded()
    draw.run_main_draw(desk_venue, staff["head"], ["3721", "0815"])
    page.refresh()
    scan(qtbot, page, people[7].reg_no)  # a late arrival: checked in and given the next free station
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert page.card is not None and page.card.station
    same_as_reloaded()
    column = [c.header for c in page.model.columns].index("工位号")  # wide enough for the station now shown
    row = next(i for i, c in enumerate(page.model.rows) if c.contestant_id == people[7].id)
    text = page.model.data(page.model.index(row, column))
    assert page.table.columnWidth(column) >= page.table.fontMetrics().horizontalAdvance(text)


def test_status_bar_after_scans_shows_what_a_fresh_bar_shows(
    qtbot: QtBot, desk_venue: VenueFile, staff: dict[str, Actor]
) -> None:
    """The bar skips re-reading the day's state after a check-in (``ROOMS_NOT_SHOWN``): nothing it shows
    depends on attendance, so after scans (and a late arrival's station after the draw) it equals a new bar."""
    from ui.status_bar import VenueStatusBar

    ctx = UiContext(desk_venue, staff["checkin"])
    bar = VenueStatusBar(ctx)
    page = CheckinPage(ctx)
    qtbot.addWidget(bar)
    qtbot.addWidget(page)
    page.show()
    people = roster.list_contestants(desk_venue)

    def same_as_fresh() -> None:
        fresh = VenueStatusBar(UiContext(desk_venue, staff["checkin"]))
        qtbot.addWidget(fresh)
        for name in ("lock_label", "export_label", "backup_label", "venue_label"):
            assert getattr(bar, name).text() == getattr(fresh, name).text(), name
            assert getattr(bar, name).styleSheet() == getattr(fresh, name).styleSheet(), name

    for p in people[:2]:
        scan(qtbot, page, p.reg_no)
        qtbot.keyClick(page.scan, Qt.Key.Key_Return)
        same_as_fresh()
    scan(qtbot, page, people[2].reg_no)
    qtbot.keyClick(page.scan, Qt.Key.Key_F6)
    same_as_fresh()
    draw.run_main_draw(desk_venue, staff["head"], ["3721", "0815"])
    ctx.bus.data_changed.emit("draw")  # as the draw page announces it
    scan(qtbot, page, people[7].reg_no)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    same_as_fresh()


def test_draw_page_by_role(qtbot: QtBot, desk_venue: VenueFile, staff: dict[str, Actor], tmp_path: Path) -> None:
    from pypdf import PdfReader

    from ui.dialogs.pdf_preview import PdfPreview
    from ui.pages.draw import DrawPage

    people = roster.list_contestants(desk_venue)
    for p in people[:6]:
        checkin.check_in(desk_venue, staff["checkin"], p.id)
    page = DrawPage(UiContext(desk_venue, staff["head"]))
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    assert "尚未抽签" in page.info.text() and page.model.rowCount() == 0
    page.witness[0].setFocus()
    qtbot.keyClicks(page.witness[0], "3721")
    qtbot.keyClicks(page.witness[1], "0815")
    page.run_draw(confirm=False)
    assert "3721、0815" in page.info.text() and "未公布" in page.info.text() and "加密号承诺值" in page.info.text()
    info = draw.draw_info(desk_venue)
    assert info is not None and info.commitment in page.info.text()
    # sealed: until the passphrase is typed, the head judge's table is the station plan (no blind codes)
    assert page.model.rowCount() == 6 and page.envelope_button.isVisibleTo(page)
    headers = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(page.model.columnCount())]
    assert "加密号" not in headers

    def type_passphrase(text: str) -> None:
        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, PassphraseDialog):
                dialog.passphrase.setText(text)
                dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
            else:
                QTimer.singleShot(20, poll)
        QTimer.singleShot(20, poll)

    type_passphrase(HEAD_PASSPHRASE)
    assert page.open_envelope()
    headers = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(page.model.columnCount())]
    assert headers[:4] == ["工位号", "加密号", "报名号", "姓名"] and page.model.rowCount() == 6
    assert page.close_button.isVisibleTo(page) and "密封件" in page.table_title.text()
    page.verify()
    assert "一致" in page.verify_result.text()
    page.publish(confirm=False)
    assert "已公布" in page.info.text() and not page.run_button.isEnabled() and not page.draw_box.isVisibleTo(page)
    assert "种子：" in page.info.text()
    assert "承诺—揭示抽签" in page.info.text() and "算法 vs-draw" not in page.info.text()  # words, not an id
    seed = page.info.text().split("种子：")[1].split("（")[0]
    assert all(len(g) == 4 for g in seed.split()[:-1]) and seed == seed.upper()  # read aloud in groups of four
    qtbot.wait(50)  # let the layout settle before the screenshot
    page.grab().save(str(tmp_path / "draw-page-head.png"))

    page.print_sheet("blind-codes")  # 打印…: written beside the venue file, then the in-app print preview
    qtbot.waitUntil(lambda: page.last_printed is not None, timeout=20_000)
    out = page.last_printed
    assert out is not None and out.parent == desk_venue.path.parent / "报表" and "加密号" in out.name
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert people[0].name in text
    preview = page.findChild(PdfPreview)
    assert preview is not None and preview.isVisible() and preview.path == out and preview.page_count >= 1
    preview.close()

    codes = {r.blind_code for r in draw.mapping(desk_venue, staff["head"], page.unlocked)}
    page.close_envelope()  # forgets the opened vault: back to the station plan
    assert page.unlocked is None and page.model.rowCount() == 6
    shown = {page.model.index(r, c).data() for r in range(page.model.rowCount()) for c in range(page.model.columnCount())}
    assert not codes & shown

    # a judge sees no mapping at all before decryption (blind codes only, on the scoring page) and prints nothing
    judge = DrawPage(UiContext(desk_venue, staff["J1"]))
    qtbot.addWidget(judge)
    assert not judge.draw_box.isVisibleTo(judge) and judge.model.rowCount() == 0
    assert "加密号" in judge.table_title.text() and judge.sheet.count() == 0
    # the desk sees names with stations, no blind codes
    desk = DrawPage(UiContext(desk_venue, staff["checkin"]))
    qtbot.addWidget(desk)
    shown = {desk.model.index(r, c).data() for r in range(desk.model.rowCount()) for c in range(desk.model.columnCount())}
    assert not codes & shown and people[0].name in shown
