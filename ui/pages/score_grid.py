"""The scoring grid's keyboard: a typed score is never lost.

Every way of leaving a cell editor saves the value through the service or, when the rules refuse it, keeps
the editor open (red, with the reason) on that cell:

- Enter/↓ save and go down, ↑ up, Tab right, Shift+Tab left; → / ← when the text cursor is at the end /
  start of the typed text (otherwise they move inside it, to fix a typo);
- a click elsewhere (another cell, another widget, another page) saves first; a refused value brings the
  cursor back to its cell;
- Esc is the one way to drop what was typed, and the message line says so.

On a cell that already has a value (typing is not allowed there: scores are never overwritten), Enter, F2 or
a digit asks for the correction dialog instead, on that cell.  The page also calls ``flush()`` before it
reloads the grid, changes module or mode, or lets the window close.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from app.services.scoring import GridCell
from ui import style
from ui.models.scoring_models import Index, ScoreGridModel

# where the cursor goes after a value is saved
DOWN, UP, RIGHT, LEFT, STAY = (1, 0), (-1, 0), (0, 1), (0, -1), (0, 0)
Move = tuple[int, int]
KEY_MOVES: dict[Qt.Key, Move] = {
    Qt.Key.Key_Return: DOWN, Qt.Key.Key_Enter: DOWN, Qt.Key.Key_Down: DOWN, Qt.Key.Key_Up: UP,
    Qt.Key.Key_Tab: RIGHT, Qt.Key.Key_Backtab: LEFT,
}
PAGE_CONTEXT = 2  # rows kept in view above the cursor when Enter turns the page
# focus leaving for these reasons is not the user leaving the cell (another program, a menu): keep typing later
KEEP_EDITING = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)


class ScoreDelegate(QStyledItemDelegate):
    """A line editor per cell that saves through ``submit`` (the refusal reason, or None when saved)."""

    refused = Signal(str)  # the reason, for the page's message line
    saved = Signal(QModelIndex, tuple)  # the cell, and where to go next (a Move)
    discarded = Signal()  # Esc dropped a typed value

    def __init__(self, submit: Callable[[QModelIndex, str], str | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self._editing: dict[int, QPersistentModelIndex] = {}
        self.held: QLineEdit | None = None  # an editor whose value the rules refused: kept open on its cell

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setObjectName("scoreEditor")
        self._editing[id(editor)] = QPersistentModelIndex(index)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        pass  # the key that opened the editor is already in it; an empty cell has nothing to show

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        pass  # saving happens in commit(), through the service, never by the view

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        self._editing.pop(id(editor), None)
        if self.held is editor:
            self.held = None
        super().destroyEditor(editor, index)

    def index_of(self, editor: QWidget) -> QModelIndex:
        index = self._editing.get(id(editor))
        return QModelIndex(index) if index is not None and index.isValid() else QModelIndex()  # type: ignore[call-overload]  # PySide6 converts; its stubs lack it

    def open_editors(self) -> list[QLineEdit]:
        view = self.parent()
        found = view.findChildren(QLineEdit, "scoreEditor") if isinstance(view, QWidget) else []
        return [e for e in found if id(e) in self._editing]

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not isinstance(obj, QLineEdit):
            return super().eventFilter(obj, event)
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            move = self._move_for(obj, event)
            if move is not None:
                self.commit(obj, move)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.discard(obj)
                return True
        elif event.type() == QEvent.Type.FocusOut:
            assert isinstance(event, QFocusEvent)
            focus = QApplication.focusWidget()
            if event.reason() in KEEP_EDITING or (focus is not None and obj.isAncestorOf(focus)):
                return True
            self.commit(obj, STAY)
            return True  # never let the base class close the editor without saving
        return super().eventFilter(obj, event)

    @staticmethod
    def _move_for(editor: QLineEdit, event: QKeyEvent) -> Move | None:
        key = Qt.Key(event.key())
        if key in KEY_MOVES:
            return KEY_MOVES[key]
        if key == Qt.Key.Key_Right and editor.cursorPosition() == len(editor.text()):
            return RIGHT
        if key == Qt.Key.Key_Left and editor.cursorPosition() == 0:
            return LEFT
        return None

    def commit(self, editor: QLineEdit, move: Move) -> bool:
        """Save the editor's value and close it (True), or keep it open with the reason (False)."""
        index = self.index_of(editor)
        if not index.isValid():
            return True
        text = editor.text().strip()
        reason = self.submit(index, text) if text else None
        if reason is not None:
            self.held = editor
            editor.setStyleSheet(style.EDITOR_ERROR_STYLE)
            editor.setToolTip(reason)
            editor.selectAll()
            QToolTip.showText(editor.mapToGlobal(editor.rect().bottomLeft()), reason, editor)
            self.refused.emit(reason)
            return False
        self.held = None
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.saved.emit(index, move)
        return True

    def discard(self, editor: QLineEdit) -> None:
        had_text = bool(editor.text().strip())
        self.held = None
        editor.setStyleSheet("")
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
        if had_text:
            self.discarded.emit()


class ScoreTable(QTableView):
    """The grid view: refuses to close an editor that holds a refused value, and asks for a correction when a
    filled cell is entered from the keyboard."""

    correction_wanted = Signal(str)  # the key typed on a filled cell ("" for Enter/F2), to prefill the value
    hint = Signal(str)  # why nothing can be typed in this cell

    def __init__(self, delegate: ScoreDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score_delegate = delegate
        delegate.setParent(self)
        self.setItemDelegate(delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)

    def score_model(self) -> ScoreGridModel:
        model = self.model()
        assert isinstance(model, ScoreGridModel)
        return model

    # ------------------------------------------------------------ leaving an editor

    def commitData(self, editor: QWidget) -> None:  # noqa: N802 (Qt's name)
        """Called by the view when the cursor moves away from an open editor (click, arrow in the table)."""
        if isinstance(editor, QLineEdit) and self.score_delegate.index_of(editor).isValid():
            self.score_delegate.commit(editor, STAY)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        if editor is self.score_delegate.held:  # a refused value: back to its cell, still in edit
            QTimer.singleShot(0, lambda: self.return_to(editor))
            return
        super().closeEditor(editor, hint)

    def return_to(self, editor: QWidget) -> None:
        index = self.score_delegate.index_of(editor)
        if index.isValid() and editor is self.score_delegate.held:
            if self.currentIndex() != index:
                self.put_cursor(index)
            if self.isVisible():
                editor.setFocus()

    def flush(self) -> str | None:
        """Save what is typed in any open editor; the refusal reason if a value cannot be saved (the editor
        then stays open on its cell), None when nothing is left unsaved."""
        for editor in self.score_delegate.open_editors():
            if not self.score_delegate.commit(editor, STAY):
                self.return_to(editor)
                return editor.toolTip()
        return None

    # ------------------------------------------------------------ where the cursor is

    def go(self, index: QModelIndex, move: Move) -> None:
        """After a save: Enter/↓ down (after the last contestant, the next criterion's first), ↑ up, Tab right,
        Shift+Tab left; the cursor stays put at the grid's edge."""
        if move == STAY:
            return
        model = self.score_model()
        row, col = index.row() + move[0], index.column() + move[1]
        if move == DOWN and row >= model.rowCount():
            row, col = 0, col + 1
        if 0 <= row < model.rowCount() and 0 <= col < model.criteria_count():
            target = model.index(row, col)
            if move == DOWN and not self.viewport().rect().contains(self.visualRect(target)):
                # Going down past the bottom turns the page: the next contestant near the top, the two before it
                # still in view.  The following Enters then show the contestants below without scrolling — a
                # scroll repaints the whole grid, which one row at a time cost a full repaint per typed score.
                self.scrollTo(model.index(max(0, row - PAGE_CONTEXT), col), QAbstractItemView.ScrollHint.PositionAtTop)
            self.put_cursor(target)

    def put_cursor(self, index: QModelIndex) -> None:
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)

    def current_key(self) -> tuple[str, str] | None:
        """The current cell as (blind code, criterion): what survives a reload of the grid."""
        index, model = self.currentIndex(), self.score_model()
        if model.cell(index) is None:
            return None
        return model.blind_code(index.row()), model.criterion(index.column())

    def cell_for(self, key: tuple[str, str] | None) -> QModelIndex:
        model = self.score_model()
        if key is None or model.grid is None:
            return QModelIndex()
        rows = [r for r in range(model.rowCount()) if model.blind_code(r) == key[0]]
        cols = [c for c in range(model.criteria_count()) if model.criterion(c) == key[1]]
        return model.index(rows[0], cols[0]) if rows and cols else QModelIndex()

    def first_empty(self) -> QModelIndex:
        """The first cell waiting for this person's value, in entry order (down each criterion in turn)."""
        model = self.score_model()
        rows = model.rows  # the grid's own rows: no Qt index per cell (a grid of 500 × 10 on every load)
        for col in range(model.criteria_count()):
            for row, r in enumerate(rows):
                cell = r.cells[col]
                if cell.editable and not cell.text:
                    return model.index(row, col)
        return QModelIndex()

    # ------------------------------------------------------------ focus between the grid and its cell editor

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        """Qt repaints the whole viewport when the view loses or gets the focus (a selection may be drawn
        differently without it), and the whole frame with its scroll bar (a focus frame): twice per typed score,
        ~200 cells.  Between the grid and its own cell editor — one place for the person typing — only the
        current cell (the one selected, under the editor) can look different, so only it is repainted."""
        focus = QApplication.focusWidget()
        self._to_editor = focus is not None and self.viewport().isAncestorOf(focus)
        if not self._to_editor:
            super().focusOutEvent(event)
            return
        self.viewport().update(self.visualRect(self.currentIndex()))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        back = getattr(self, "_to_editor", False) and self.currentIndex().isValid()
        self._to_editor = False
        if not back:
            super().focusInEvent(event)
            return
        # what QAbstractItemView.focusInEvent does when there is a current cell, but the repaints
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled,
                          bool(self.currentIndex().flags() & Qt.ItemFlag.ItemIsEditable))
        self.viewport().update(self.visualRect(self.currentIndex()))

    # ------------------------------------------------------------ a filled cell from the keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        index = self.currentIndex()
        cell = self.score_model().cell(index)
        if cell is not None and not cell.editable and self.state() != QAbstractItemView.State.EditingState:
            key = event.key()
            typed = event.text().strip()
            opens = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) or (typed and typed in "0123456789.")
            if opens and cell.text:
                self.correction_wanted.emit(typed)
                return
            if opens:
                self.hint.emit(self._why_not_editable(cell))
                return
        super().keyPressEvent(event)

    def _why_not_editable(self, cell: GridCell) -> str:
        if cell.locked:
            return self.tr("本模块已锁定：只能由裁判长用“更正…”修改并填写原因。")
        if cell.state == "not_required":
            return self.tr("这位选手本模块无需评分（缺考、弃权或取消资格）。")
        return self.tr("这个单元格不能在这里录入：评价分由每位裁判本人录入；要改动请用“更正…”（F2）。")
