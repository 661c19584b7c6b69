"""pytest-qt: a judge enters a module from the keyboard, an invalid value is refused in place, a spread is
flagged and blocks the head judge's lock, and a correction with a reason unblocks it."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app.roles import Actor
from app.services import scoring
from db.venue_file import VenueFile
from tests.app.services.scoring_world import drawn
from tests.conftest import HEAD_PASSPHRASE
from tests.ui.test_results_page import answer, when_modal
from ui.context import UiContext
from ui.dialogs.scoring_dialogs import CorrectionDialog, HistoryDialog
from ui.dialogs.secret import PassphraseDialog
from ui.pages.scoring import ScoringPage


def give_passphrase(dialog: QDialog) -> None:
    assert isinstance(dialog, PassphraseDialog)
    dialog.passphrase.setText(HEAD_PASSPHRASE)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def type_cell(qtbot: QtBot, page: ScoringPage, text: str) -> QLineEdit:
    """Type into the current cell as a judge would: the first key opens the editor, Enter saves."""
    qtbot.keyClicks(page.table, text[0])
    editors = [e for e in page.table.findChildren(QLineEdit, "scoreEditor") if e.isVisible()]
    assert len(editors) == 1, "typing on a cell opens its editor"
    editor = editors[0]
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    return editor


def test_keyboard_entry_refusal_spread_lock_and_correction(
    qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    codes = drawn(seeded, staff, tmp_path)
    ctx = UiContext(seeded, staff["J1"])
    page = ScoringPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    page.module.setCurrentIndex(page.module.findData("A"))
    assert page.model.rowCount() == 12 and page.model.criterion(1) == "A2"
    assert page.model.headerData(0, Qt.Orientation.Vertical) == codes[0]  # blind codes only

    # the judge scores A2 for every contestant from the keyboard: digit, Enter, digit, Enter …
    page.table.setCurrentIndex(page.model.index(0, 1))
    editor = type_cell(qtbot, page, "4")  # invalid: refused in place, the editor stays open
    assert editor.isVisible() and editor.text() == "4"
    assert "0–3 的整数" in page.message.text() and "未保存" in page.message.text()
    assert scoring.history(seeded, staff["J1"], codes[0], "A2") == []
    editor.clear()
    qtbot.keyClicks(editor, "1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert page.table.currentIndex().row() == 1  # Enter moved on to the next contestant
    for _ in codes[1:]:
        type_cell(qtbot, page, "2")
    assert [page.model.index(r, 1).data() for r in range(12)] == ["1"] + ["2"] * 11
    assert page.table.currentIndex().column() == 1 or page.table.currentIndex().row() == 0

    # the other two judges and the measurements are entered through the services
    for c in codes:
        for j in ("J2", "J3"):
            scoring.enter_judgement(seeded, staff[j], c, "A2", "3" if c == codes[0] and j == "J2" else "2")
        scoring.enter_measurement(seeded, staff["head"], c, "A1", "20")
    page.refresh()
    flagged = page.model.index(0, 1)
    assert flagged.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f8d7da"
    assert "超过 1 分" in flagged.data(Qt.ItemDataRole.ToolTipRole)
    page.grab().save(str(tmp_path / "judge.png"))

    # the head judge's lock is refused and the spread is listed in the completeness view
    ctx.set_actor(staff["head"])
    page.module.setCurrentIndex(page.module.findData("A"))
    assert page.model.columnCount() == 3  # + module score
    assert page.model.index(0, 1).data() == "1 · 3 · 2"
    when_modal(give_passphrase)  # the lock is signed: it asks for the head judge's passphrase
    page.lock("A")
    assert page.tabs.currentIndex() == 1 and "还不能锁定" in page.message.text()
    items = [page.open_items.item(i).text() for i in range(page.open_items.count())]
    assert any(codes[0] in t and "相差 2" in t for t in items)
    page.grab().save(str(tmp_path / "head-status.png"))

    # the judge corrects their score with a reason; then the lock goes through
    ctx.set_actor(staff["J1"])
    page.tabs.setCurrentIndex(0)
    page.module.setCurrentIndex(page.module.findData("A"))
    page.table.setCurrentIndex(page.model.index(0, 1))
    dialog = CorrectionDialog(ctx, codes[0], "A2", "J", "1", parent=page)
    qtbot.addWidget(dialog)
    dialog.value.setText("2")
    dialog.save()
    assert "请填写更正原因" in dialog.error.text() and dialog.saved is None
    dialog.reason.setText("复议：布线有两处未扎")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.flagged == ()
    page.load_grid()
    assert page.model.index(0, 1).data() == "2"
    assert page.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#d1ecf1"  # corrected

    history = HistoryDialog(scoring.history(seeded, staff["J1"], codes[0], "A2"), "A2", page)
    qtbot.addWidget(history)
    assert history.model.rowCount() == 2 and history.model.index(1, 6).data() == "复议：布线有两处未扎"

    ctx.set_actor(staff["head"])
    printed: list[Path] = []
    page.previewer = printed.append
    asked: list[str] = []

    then_print = answer(QMessageBox.StandardButton.Yes, asked)  # after the lock: print the lock confirmation sheet? yes
    when_modal(give_passphrase, then_print)
    page.lock("A")
    assert "已锁定：模块 A" in page.message.text() and "签名检查点：审计链 #" in page.message.text()
    assert asked and "成绩锁定确认单" in asked[0]
    assert len(printed) == 1 and printed[0].is_file() and printed[0].suffix == ".pdf"
    (tmp_path / "lock-sheet.pdf").write_bytes(printed[0].read_bytes())
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#d6d8db"
    assert {r.blind_code: r for r in scoring.totals(seeded)}[codes[0]].modules[0].score == D("43.33")  # 20 + 7/9 × 30
    page.grab().save(str(tmp_path / "head-locked.png"))


def test_scheme_page_shows_the_demo_scheme_and_the_freeze(
    qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    from app.services import scheme
    from ui.pages.scheme import SchemePage

    codes = drawn(seeded, staff, tmp_path)
    scheme.import_scheme(seeded, staff["head"], scheme.save_template(tmp_path / "led.xlsx", demo=True))
    page = SchemePage(UiContext(seeded, staff["head"]))
    qtbot.addWidget(page)
    page.resize(1000, 520)
    page.show()
    assert page.model.rowCount() == 13 and "3 个模块、13 个评分项，合计 100 分" in page.summary.text()
    scoring.enter_measurement(seeded, staff["head"], codes[0], "A1.1", "6")
    page.refresh()
    assert "已冻结" in page.summary.text() and page.edit_button.isEnabled()
    page.grab().save(str(tmp_path / "scheme-page.png"))
    admin = SchemePage(UiContext(seeded, staff["admin"]))
    qtbot.addWidget(admin)
    assert not admin.edit_button.isEnabled()  # after the freeze only the head judge
