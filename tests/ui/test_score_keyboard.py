"""pytest-qt: a typed score is never lost, whatever way the judge leaves the cell (issue 13, items 1, 2 and 6).

The grid of module A is A1 (测量 0–30) and A2 (评价 0–3); every path below is driven by real key presses and
clicks, and what was saved is read back through the service.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app.roles import Actor
from app.services import scoring
from db.venue_file import VenueFile
from tests.app.services.scoring_world import drawn
from tests.ui.test_results_page import answer, when_modal
from ui.context import UiContext
from ui.dialogs.scoring_dialogs import CorrectionDialog, HistoryDialog
from ui.main_window import MainWindow
from ui.pages.scoring import ScoringPage


@pytest.fixture
def codes(seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path) -> list[str]:
    return drawn(seeded, staff, tmp_path)


def saved(venue: VenueFile, actor: Actor, code: str, criterion: str) -> list[str]:
    return [format(Decimal(str(h.value)).normalize(), "f") for h in scoring.history(venue, actor, code, criterion)]


def editor_of(page: ScoringPage) -> QLineEdit:
    editors = [e for e in page.table.findChildren(QLineEdit, "scoreEditor") if e.isVisible()]
    assert len(editors) == 1, "one cell is in edit"
    return editors[0]


def type_into(qtbot: QtBot, page: ScoringPage, row: int, col: int, text: str,
              modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QLineEdit:
    page.table.setCurrentIndex(page.model.index(row, col))
    page.table.setFocus()
    qtbot.keyClicks(page.table, text[0], modifier)
    editor = editor_of(page)
    if text[1:]:
        qtbot.keyClicks(editor, text[1:], modifier)
    return editor


def here(page: ScoringPage) -> tuple[int, int]:
    index = page.table.currentIndex()
    return index.row(), index.column()


def scoring_page(qtbot: QtBot, venue: VenueFile, actor: Actor) -> ScoringPage:
    page = ScoringPage(UiContext(venue, actor))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    page.module.setCurrentIndex(page.module.findData("A"))
    return page


def test_every_key_that_leaves_a_cell_saves_it(
    qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor], codes: list[str]
) -> None:
    j1 = staff["J1"]
    page = scoring_page(qtbot, seeded, j1)

    type_into(qtbot, page, 0, 1, "2")
    qtbot.keyClick(editor_of(page), Qt.Key.Key_Down)  # ↓: saved, one contestant down
    assert saved(seeded, j1, codes[0], "A2") == ["2"] and here(page) == (1, 1)

    type_into(qtbot, page, 1, 1, "1")
    qtbot.keyClick(editor_of(page), Qt.Key.Key_Up)  # ↑: saved, one up
    assert saved(seeded, j1, codes[1], "A2") == ["1"] and here(page) == (0, 1)

    type_into(qtbot, page, 2, 1, "3")
    qtbot.keyClick(editor_of(page), Qt.Key.Key_Backtab)  # Shift+Tab: saved, one criterion left
    assert saved(seeded, j1, codes[2], "A2") == ["3"] and here(page) == (2, 0)

    type_into(qtbot, page, 3, 0, "25")
    qtbot.keyClick(editor_of(page), Qt.Key.Key_Tab)  # Tab after typing: saved, right (as without typing)
    assert saved(seeded, j1, codes[3], "A1") == ["25"] and here(page) == (3, 1)
    page.table.setCurrentIndex(page.model.index(4, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert here(page) == (4, 1), "Tab without typing moves right too"

    editor = type_into(qtbot, page, 4, 0, "12")
    qtbot.keyClick(editor, Qt.Key.Key_Left)  # ← inside the typed text moves the text cursor …
    assert editor.isVisible() and here(page) == (4, 0)
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClick(editor, Qt.Key.Key_Right)  # … → at its end leaves the cell: saved, right
    assert saved(seeded, j1, codes[4], "A1") == ["12"] and here(page) == (4, 1)

    # the numeric keypad: digits and its Enter
    type_into(qtbot, page, 5, 1, "2", Qt.KeyboardModifier.KeypadModifier)
    qtbot.keyClick(editor_of(page), Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert saved(seeded, j1, codes[5], "A2") == ["2"] and here(page) == (6, 1)

    # a click on another cell saves first
    type_into(qtbot, page, 6, 1, "0")
    target = page.model.index(9, 0)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(target).center())
    assert saved(seeded, j1, codes[6], "A2") == ["0"] and here(page) == (9, 0)

    # Esc is the one way to drop a typed value, and the page says so
    editor = type_into(qtbot, page, 7, 1, "2")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert saved(seeded, j1, codes[7], "A2") == [] and "放弃" in page.message.text()


def test_a_refused_value_keeps_its_cell_in_edit_whatever_the_way_out(
    qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor], codes: list[str]
) -> None:
    j1 = staff["J1"]
    page = scoring_page(qtbot, seeded, j1)

    editor = type_into(qtbot, page, 0, 1, "4")  # a judgement score is 0–3
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    assert editor.isVisible() and editor.text() == "4" and here(page) == (0, 1)
    assert "未保存" in page.message.text() and "0–3" in page.message.text()

    target = page.model.index(5, 0)  # a click elsewhere in the grid: the cursor comes back to the cell
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(target).center())
    qtbot.waitUntil(lambda: here(page) == (0, 1))
    assert editor.isVisible() and editor.text() == "4"

    page.module.setCurrentIndex(page.module.findData("B"))  # another module: refused, the grid stays on A
    assert page.current_module() == "A" and editor.isVisible() and editor.text() == "4"
    page.tabs.setCurrentIndex(1)  # another tab: the same
    assert page.tabs.currentIndex() == 0 and editor.isVisible()

    editor.setText("3")  # corrected: the module change now saves it first
    page.module.setCurrentIndex(page.module.findData("B"))
    assert page.current_module() == "B" and saved(seeded, j1, codes[0], "A2") == ["3"]
    assert saved(seeded, j1, codes[0], "A2") == ["3"]


def test_page_change_and_closing_the_window_save_or_ask(
    qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor], codes: list[str]
) -> None:
    j1 = staff["J1"]
    window = MainWindow(seeded, j1)
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    scoring_row = titles.index("评分录入")
    other = next(i for i in range(len(titles)) if i != scoring_row)
    window.nav.setCurrentRow(scoring_row)
    page = window.page_for("scoring")
    assert isinstance(page, ScoringPage) and window.stack.currentWidget() is page
    page.module.setCurrentIndex(page.module.findData("A"))

    type_into(qtbot, page, 0, 1, "2")
    window.nav.setCurrentRow(other)  # Alt+N / a click in the page list: saved, then the other page
    assert saved(seeded, j1, codes[0], "A2") == ["2"] and window.stack.currentWidget() is not page

    window.nav.setCurrentRow(scoring_row)
    editor = type_into(qtbot, page, 1, 1, "7")
    window.nav.setCurrentRow(other)  # refused: the page stays, the cell stays in edit
    assert window.stack.currentWidget() is page and window.nav.currentRow() == scoring_row
    assert editor.isVisible() and editor.text() == "7"

    asked: list[str] = []
    when_modal(answer(QMessageBox.StandardButton.No, asked))  # keep the window open
    window.close()  # closing asks, and "No" keeps the window and the typed value
    assert asked and "未能保存" in asked[0]
    assert window.isVisible() and editor.text() == "7"
    editor.setText("1")
    window.close()  # a valid value is saved on the way out
    assert saved(seeded, j1, codes[1], "A2") == ["1"]


def test_f2_on_a_filled_cell_corrects_it_and_the_cursor_stays(
    qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor], codes: list[str]
) -> None:
    head = staff["head"]
    for c in codes:
        scoring.enter_measurement(seeded, head, c, "A1", "20")
    page = scoring_page(qtbot, seeded, head)
    cell = page.model.index(4, 0)
    page.table.setCurrentIndex(cell)
    page.table.setFocus()

    def correct(dialog: QDialog) -> None:
        assert isinstance(dialog, CorrectionDialog)
        assert dialog.blind_code == codes[4] and dialog.criterion == "A1"
        assert dialog.value.text() == "2", "the digit typed on the filled cell is the new value's start"
        dialog.value.setText("22")
        dialog.reason.setText("复核后统一意见")
        dialog.save()

    when_modal(correct)
    qtbot.keyClicks(page.table, "2")  # typing on a filled cell asks for a correction, on that cell
    assert saved(seeded, head, codes[4], "A1") == ["20", "22"]
    assert page.table.currentIndex() == cell, "after a correction the cursor stays on the corrected cell"

    opened: list[str] = []
    when_modal(lambda d: (opened.append(d.windowTitle()), d.reject()))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)  # F2 opens it too
    qtbot.waitUntil(lambda: bool(opened))
    assert page.table.currentIndex() == cell

    titles: list[str] = []

    def history(dialog: QDialog) -> None:
        assert isinstance(dialog, HistoryDialog)
        titles.append(dialog.windowTitle())
        assert [h.value for h in dialog.model.rows][-1] == scoring.history(seeded, head, codes[4], "A1")[-1].value
        dialog.reject()

    when_modal(history)
    page.history_current()  # 记录… shows the corrected cell's history
    assert titles and codes[4] in titles[0] and "A1" in titles[0]
    assert isinstance(page.table.currentIndex(), QModelIndex)
    QApplication.processEvents()


def test_enter_past_the_bottom_turns_the_page(
    qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor], codes: list[str]
) -> None:
    """Going down past the last visible contestant brings the next one near the top (two rows before it still
    in view), so the following Enters need no scrolling."""
    from ui.pages.score_grid import PAGE_CONTEXT

    page = scoring_page(qtbot, seeded, staff["J1"])
    page.resize(900, 330)  # a few contestants visible out of twelve
    qtbot.waitUntil(lambda: page.table.rowAt(page.table.viewport().height() - 1) not in (-1, 11))
    last = page.table.rowAt(page.table.viewport().height() - 1) - 1  # the last row shown whole
    type_into(qtbot, page, last, 1, "2")
    qtbot.keyClick(editor_of(page), Qt.Key.Key_Return)
    assert here(page) == (last + 1, 1) and saved(seeded, staff["J1"], codes[last], "A2") == ["2"]
    assert page.table.rowAt(0) == last + 1 - PAGE_CONTEXT  # the page turned: the cursor near the top
    assert page.table.viewport().rect().contains(page.table.visualRect(page.table.currentIndex()))
    type_into(qtbot, page, last + 1, 1, "3")
    qtbot.keyClick(editor_of(page), Qt.Key.Key_Return)
    assert page.table.rowAt(0) == last + 1 - PAGE_CONTEXT  # within the page: no scrolling
    assert here(page) == (last + 2, 1) and saved(seeded, staff["J1"], codes[last + 1], "A2") == ["3"]


def test_a_typed_score_replaces_its_row_and_leaves_the_status_bar_as_a_fresh_one(
    qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor], codes: list[str]
) -> None:
    """A typed score announces ``SCORE_TYPED``: the page replaces that one row (no grid reload), and the status
    bar skips re-reading the day (nothing it shows depends on a score) and still equals a new bar."""
    from ui.status_bar import VenueStatusBar

    page = scoring_page(qtbot, seeded, staff["J1"])
    bar = VenueStatusBar(page.ctx)
    qtbot.addWidget(bar)
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))

    def same_as_fresh() -> None:
        fresh = VenueStatusBar(UiContext(seeded, staff["J1"]))
        qtbot.addWidget(fresh)
        for name in ("lock_label", "export_label", "backup_label", "venue_label"):
            assert getattr(bar, name).text() == getattr(fresh, name).text(), name

    for row in (0, 1):
        type_into(qtbot, page, row, 1, "2")
        qtbot.keyClick(editor_of(page), Qt.Key.Key_Return)
        assert page.model.cell(page.model.index(row, 1)).text == "2"
        same_as_fresh()
    assert resets == []  # the row was replaced in place


def test_the_loaded_grid_is_left_out_of_full_collections(
    qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor], codes: list[str]
) -> None:
    """After a grid load its rows are frozen (app.gc_pause.keep_long_lived): no full collection walks them
    while the judge types.  A row typed afterwards is an ordinary object again, freed when replaced."""
    import gc

    page = scoring_page(qtbot, seeded, staff["J1"])
    loaded = page.model.rows[0]
    assert gc.get_freeze_count() > 0 and not any(o is loaded for o in gc.get_objects())
    type_into(qtbot, page, 0, 1, "2")
    qtbot.keyClick(editor_of(page), Qt.Key.Key_Return)
    assert page.model.rows[0] is not loaded and page.model.rows[0].cells[1].text == "2"


def test_a_typed_score_announces_only_the_cells_that_changed(
    qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor], codes: list[str]
) -> None:
    """The view repaints what ``dataChanged`` names: a typed score names its own cell, not the whole row (every
    visible cell of it repainted per score); the row held is the one a fresh grid reads."""
    page = scoring_page(qtbot, seeded, staff["J1"])
    changes: list[tuple[int, int, int, int]] = []
    page.model.dataChanged.connect(
        lambda a, b, *_: changes.append((a.row(), a.column(), b.row(), b.column())))
    type_into(qtbot, page, 0, 1, "2")
    qtbot.keyClick(editor_of(page), Qt.Key.Key_Return)
    assert changes == [(0, 1, 0, 1)]
    fresh = scoring.grid(seeded, staff["J1"], "A", only=page.model.blind_code(0)).rows[0]
    assert page.model.rows[0] == fresh


def test_a_replaced_row_names_every_cell_that_looks_different(qtbot: QtBot) -> None:
    """The head judge's module score column changes with any cell; a row equal to the one held names nothing."""
    from app.services.scoring_views import Grid, GridCell, GridColumn, GridRow
    from ui.models.scoring_models import ScoreGridModel

    col = GridColumn("A1", "", "M", Decimal(10), 1, ())
    empty, filled = GridCell("", None, "missing", False, True), GridCell("5", Decimal(5), "entered", False, False)
    row = GridRow("001", "参赛", (empty, empty, empty), None, False)
    model = ScoreGridModel()
    model.set_grid(Grid("A", "A", (col, col, col), (row,), None, False, False), show_score=True)
    changes: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changes.append((a.column(), b.column())))
    model.replace_row(row)
    assert changes == []
    model.replace_row(GridRow("001", "参赛", (empty, filled, empty), Decimal(5), False))
    assert changes == [(1, 3)]  # the cell and the module score (column 3)
    assert model.index(0, 1).data() == "5" and model.index(0, 3).data() == "5"
