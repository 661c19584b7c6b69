"""pytest-qt: the scoring page's tab 扣分、用时与取消资格 — a deduction typed from the keyboard takes its
amount off the grid's module score and the total, cancelling it (with a reason) gives it back, time is
recorded in minutes and seconds, a disqualified module scores 0, and a judge cannot disqualify and is
refused in place after the lock."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from app.roles import Actor
from app.services import roster, scoring
from db.venue_file import VenueFile
from tests.app.services.scoring_world import drawn, fill
from tests.conftest import HEAD_PASSPHRASE
from ui.context import UiContext
from ui.pages.scoring import ScoringPage
from ui.pages.scoring_extras import ScoringExtras


def total(venue: VenueFile, code: str) -> D:
    return {t.blind_code: t for t in scoring.totals(venue)}[code].total


def grid_module_score(page: ScoringPage, module: str, row: int) -> str:
    """The head judge's module-score column of the entry grid."""
    page.module.setCurrentIndex(page.module.findData(module))
    return str(page.model.index(row, page.model.criteria_count()).data())


def overview_cell(extras: ScoringExtras, code: str, header: str) -> str:
    m = extras.overview
    row = next(i for i, r in enumerate(m.rows) if r.blind_code == code)
    col = next(i for i, c in enumerate(m.columns) if c.header == header)
    return str(m.index(row, col).data())


def choose(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def select_row(view, row: int) -> None:  # type: ignore[no-untyped-def]
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def test_deduction_time_and_disqualification_on_the_scoring_page(
    qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    codes = drawn(seeded, staff, tmp_path)
    fill(seeded, staff, codes, tmp_path)  # everyone 20 + 20 (A) + 13.33 + 15 (B) = 68.33
    ctx = UiContext(seeded, staff["head"])
    page = ScoringPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    assert grid_module_score(page, "A", 0) == "40.00"
    page.tabs.setCurrentIndex(2)
    extras = page.extras
    assert page.tabs.tabText(2) == "扣分、用时与取消资格"
    assert [extras.contestant.itemText(i) for i in range(extras.contestant.count())] == codes
    names = {c.name for c in roster.list_contestants(seeded)}
    shown = [str(extras.overview.index(r, c).data()) for r in range(extras.overview.rowCount())
             for c in range(extras.overview.columnCount())]
    assert not names & set(shown) and extras.summary.text().count("·") >= 1  # blind codes only, never names
    assert overview_cell(extras, codes[0], "总分") == "68.33"

    # 扣分 from the keyboard: amount, Enter, reason, Enter; a missing reason is refused in place first
    choose(extras.contestant, codes[0])
    choose(extras.deduct_module, "A")
    qtbot.keyClicks(extras.amount, "2")
    qtbot.keyClick(extras.amount, Qt.Key.Key_Return)
    assert extras.deduct_reason.hasFocus()  # Enter moved on to the reason
    qtbot.keyClick(extras.deduct_reason, Qt.Key.Key_Return)
    assert "未扣分" in extras.message.text() and "原因" in extras.message.text()
    assert scoring.list_deductions(seeded) == []
    extras.deduct_reason.setText("未戴护目镜")  # Chinese comes from the IME, not key events
    qtbot.keyClick(extras.deduct_reason, Qt.Key.Key_Return)
    assert "已扣分" in extras.message.text()
    assert total(seeded, codes[0]) == D("66.33")
    assert overview_cell(extras, codes[0], "扣分") == "2" and overview_cell(extras, codes[0], "总分") == "66.33"
    assert "扣分 2" in extras.summary.text() and "总分 66.33" in extras.summary.text()
    assert extras.deductions.rowCount() == 1 and extras.deductions.index(0, 4).data() == "未戴护目镜"
    assert grid_module_score(page, "A", 0) == "38.00"  # the grid reloaded after the change
    page.grab().save(str(tmp_path / "extras-deduction.png"))

    # cancel it: a reason is required, then the points come back
    select_row(extras.deductions_view, 0)
    extras.cancel_button.click()
    assert "未撤销" in extras.message.text() and extras.deductions.rowCount() == 1
    extras.cancel_reason.setText("监控回放：已戴护目镜")
    extras.cancel_button.click()
    assert extras.deductions.rowCount() == 0 and total(seeded, codes[0]) == D("68.33")
    assert grid_module_score(page, "A", 0) == "40.00"

    # 用时 in minutes and seconds; a second record needs a reason
    choose(extras.contestant, codes[2])
    extras.minutes.setValue(85)
    extras.seconds.setValue(30)
    qtbot.keyClick(extras.time_reason, Qt.Key.Key_Return)
    by = {t.blind_code: t for t in scoring.totals(seeded)}
    assert by[codes[2]].time_used_s == 85 * 60 + 30
    assert overview_cell(extras, codes[2], "用时") == "85 分 30 秒" and "已记录 85 分 30 秒" in extras.time_now.text()
    extras.minutes.setValue(84)
    extras.time_button.click()
    assert "未记录" in extras.message.text() and "原因" in extras.message.text()
    extras.time_reason.setText("计时员更正")
    extras.time_button.click()
    assert {t.blind_code: t for t in scoring.totals(seeded)}[codes[2]].time_used_s == 84 * 60 + 30

    # 取消资格 of module B: it scores 0 in the grid and the total
    choose(extras.contestant, codes[1])
    choose(extras.dq_module, "B")
    extras.dq_reason.setText("夹带资料")
    qtbot.keyClick(extras.dq_reason, Qt.Key.Key_Return)
    assert total(seeded, codes[1]) == D("40.00")
    assert overview_cell(extras, codes[1], "取消资格") == "模块 B"
    assert grid_module_score(page, "B", 1) == "0.00"
    assert extras.disqualifications.rowCount() == 1
    page.grab().save(str(tmp_path / "extras-head.png"))

    # a judge: may deduct and time, cannot disqualify; sees no totals
    ctx.set_actor(staff["J1"])
    assert page.tabs.currentIndex() == 2
    assert extras.deduct_button.isEnabled() and extras.time_button.isEnabled()
    assert not extras.dq_box.isEnabled() and not extras.revoke_button.isEnabled()
    assert overview_cell(extras, codes[0], "总分") == "—" and "总分" not in extras.summary.text()
    page.grab().save(str(tmp_path / "extras-judge.png"))

    # revoke with a reason (head judge): module B counts again
    ctx.set_actor(staff["head"])
    select_row(extras.dq_view, 0)
    extras.revoke_reason.setText("复查：资料为允许携带的手册")
    extras.revoke_button.click()
    assert extras.disqualifications.rowCount() == 0 and total(seeded, codes[1]) == D("68.33")

    # after the lock a judge's deduction is refused by the service and shown in place; nothing is written
    scoring.lock(seeded, staff["head"], passphrase=HEAD_PASSPHRASE)
    ctx.set_actor(staff["J1"])
    choose(extras.contestant, codes[3])
    extras.amount.setText("1")
    extras.deduct_reason.setText("迟交")
    extras.deduct_button.click()
    assert "未扣分" in extras.message.text() and "锁定" in extras.message.text()
    assert scoring.list_deductions(seeded) == []


def test_checkin_desk_sees_the_tab_but_can_change_nothing(
    qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    drawn(seeded, staff, tmp_path)
    extras = ScoringExtras(UiContext(seeded, staff["checkin"]))
    qtbot.addWidget(extras)
    extras.refresh()
    assert extras.overview.rowCount() == 12
    assert not any(w.isEnabled() for w in (extras.deduct_button, extras.cancel_button, extras.time_button,
                                           extras.dq_box))
    assert "只有裁判员和裁判长" in extras.message.text()
