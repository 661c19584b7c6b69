"""pytest-qt: each role sees its own pages in the order of its work and lands on its first task; the status bar
says where the day stands; 锁定全项目 asks first and is not offered again (issue 13, item 10)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.roles import ROLE_STEPS, Actor, Role
from app.services import day
from db.venue_file import VenueFile
from tests.app.services.scoring_world import drawn, fill
from tests.ui.test_results_page import answer, when_modal
from tests.ui.test_scoring_page import give_passphrase
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.pages.registry import page_steps
from ui.pages.results import ResultsPage
from ui.pages.scoring import ScoringPage


def titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def landing(window: MainWindow) -> str:
    page = window.stack.currentWidget()
    return page.page_title()  # type: ignore[attr-defined,no-any-return]


def test_each_role_sees_its_own_pages_and_lands_on_its_first_task(
    qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor]
) -> None:
    expected = {
        "checkin": (["检录", "审计与备份"], "检录"),
        "J1": (["评分录入", "评分标准", "审计与备份"], "评分录入"),
        "admin": (["设置与账号", "选手名单", "评分标准", "审计与备份"], "设置与账号"),
        "head": (["选手名单", "检录", "抽签与加密", "评分标准", "评分录入", "成绩与奖项", "申诉与仲裁", "成绩包",
                  "审计与备份", "设置与账号"], "评分标准"),  # roster imported, no scheme yet: the head judge's next step
    }
    for who, (pages, first) in expected.items():
        window = MainWindow(seeded, staff[who])
        qtbot.addWidget(window)
        window.show()
        assert titles(window) == pages, who
        assert landing(window) == first, who
        assert window.nav.currentItem().text() == first
        hidden = [i for i, p in enumerate(window._built) if p is not None and p.page_title() not in pages]
        assert hidden == [], "pages of other roles are never built for this person"
        window.close()

    every = {step for step, _cls in page_steps()}  # a page added to the registry is given to some role
    assert every == set(ROLE_STEPS[Role.HEAD_JUDGE]) and all(set(s) <= every for s in ROLE_STEPS.values())

    window = MainWindow(seeded, staff["head"])  # 切换用户 at a shared laptop: the list follows the person
    qtbot.addWidget(window)
    window.show()
    window.ctx.set_actor(staff["checkin"])
    assert titles(window) == ["检录", "审计与备份"] and landing(window) == "检录"
    status = window.status
    assert "周敏" in status.who.text() and "检录员" in status.who.text()


def test_status_bar_says_where_the_day_stands(qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor]) -> None:
    window = MainWindow(seeded, staff["head"])
    qtbot.addWidget(window)
    window.show()
    status = window.status
    assert seeded.path.name in status.venue_label.text() and "母婴护理" in status.venue_label.text()
    assert status.lock_label.text() == "成绩未锁定"
    assert status.export_label.text() == "成绩未签字确认"
    assert "钱莉" in status.who.text() and "完好备份：" in status.backup_label.text()


def test_lock_whole_item_asks_first_and_is_not_offered_again(
    qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    codes = drawn(seeded, staff, tmp_path)
    fill(seeded, staff, codes, tmp_path)
    page = ScoringPage(UiContext(seeded, staff["head"]))
    qtbot.addWidget(page)
    page.show()
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "A2\n评价 每位裁判 0–3"  # not "评价 30"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "A1\n测量 0–30"
    assert page.lock_item_button.isEnabled()

    asked: list[str] = []
    say_no = answer(QMessageBox.StandardButton.No, asked)

    when_modal(say_no)
    page.lock_item_button.click()
    assert asked and "确定现在锁定全项目" in asked[0]
    assert not day.day_state(seeded).item_locked, "No: nothing locked"

    when_modal(answer(QMessageBox.StandardButton.Yes), give_passphrase, say_no)  # confirm, passphrase, then no lock sheet now
    page.lock_item_button.click()
    assert day.day_state(seeded).item_locked
    assert not page.lock_item_button.isEnabled() and page.lock_item_button.text() == "全项目已锁定"
    assert page.unlock_button.isEnabled()


def test_results_page_has_no_dangling_group_label(qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor]) -> None:
    page = ResultsPage(UiContext(seeded, staff["head"]))
    qtbot.addWidget(page)
    page.show()
    assert page.group_label.isVisibleTo(page) == page.group_box.isVisibleTo(page)
