"""Qt model for the scoring page: the entry grid (blind codes × criteria).

The model holds a ``scoring.Grid`` from the service and never talks to the database; typing and saving
a cell is ui/pages/score_grid.py's (its delegate calls the page's ``submit``, which calls the service).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.services.scoring import Grid, GridCell, GridRow
from ui import style

Index = QModelIndex | QPersistentModelIndex

STATE_COLOURS = {
    "missing": style.PALE_YELLOW,  # waiting for a value: pale yellow
    "flagged": style.PALE_RED,  # spread above 1: red
    "mismatch": style.RED_MISMATCH,  # double entry disagrees: red
    "corrected": style.PALE_BLUE,  # current value is a correction: blue
    "entered": None,
    "not_required": style.LIGHT_GREY,
}
LOCKED_COLOUR = style.LOCKED_GREY  # locked module: grey (a flagged cell stays red)
STATE_LABELS = {
    "missing": "未录入", "flagged": "分差超限，须复议更正", "mismatch": "复核不一致", "corrected": "已更正",
    "entered": "已录入", "not_required": "无需评分",
}


# Roles and flags as plain ints, worked out once: a repaint asks ~250 cells for ~7 roles and their flags, and
# each Qt enum looked up or combined in Python costs more than the answer itself.
_DISPLAY, _EDIT, _ALIGN, _BACKGROUND, _TOOLTIP = (int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole))
_CELL = int(Qt.ItemDataRole.UserRole) + 1
_ROLES = frozenset((_DISPLAY, _EDIT, _ALIGN, _BACKGROUND, _TOOLTIP, _CELL))
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_SHOWN = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_TYPED = _SHOWN | Qt.ItemFlag.ItemIsEditable
_BRUSHES: dict[str, QBrush] = {}


def _brush(colour: str) -> QBrush:
    """One brush per colour (a repaint asks ~200 cells for their background)."""
    found = _BRUSHES.get(colour)
    if found is None:
        found = _BRUSHES[colour] = QBrush(QColor(colour))
    return found


class ScoreGridModel(QAbstractTableModel):
    """Rows = blind codes (vertical header), columns = criteria (+ module score for the head judge)."""

    CELL_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid: Grid | None = None
        self.rows: list[GridRow] = []
        self.show_score = False
        self._columns = 0  # criteria_count(), asked by every data() call

    def set_grid(self, grid: Grid, show_score: bool) -> None:
        self.beginResetModel()
        self.grid = grid
        self.rows = list(grid.rows)
        self.show_score = show_score
        self._columns = len(grid.columns)
        self.endResetModel()

    def replace_row(self, row: GridRow) -> None:
        """Put a contestant's new row in place; only the cells that look different are announced.

        A typed score changes one cell (for the head judge also the module score): announcing the whole row
        made the view repaint every visible cell of it, ~40 of them, for each typed score."""
        for i, r in enumerate(self.rows):
            if r.blind_code == row.blind_code:
                self.rows[i] = row
                changed = [c for c, (old, new) in enumerate(zip(r.cells, row.cells, strict=False)) if old != new]
                if len(r.cells) != len(row.cells):
                    changed += [0, max(len(r.cells), len(row.cells)) - 1]
                if self.show_score and r.module_score != row.module_score:
                    changed.append(self.criteria_count())
                if changed:
                    self.dataChanged.emit(self.index(i, min(changed)), self.index(i, max(changed)))
                if r.status != row.status:
                    self.headerDataChanged.emit(Qt.Orientation.Vertical, i, i)
                return

    def criteria_count(self) -> int:
        return self._columns

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.criteria_count() + (1 if self.show_score else 0)

    def cell(self, index: Index) -> GridCell | None:
        if not index.isValid() or index.column() >= self.criteria_count():
            return None
        return self.rows[index.row()].cells[index.column()]

    def blind_code(self, row: int) -> str:
        return self.rows[row].blind_code

    def criterion(self, column: int) -> str:
        assert self.grid is not None
        return self.grid.columns[column].code

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            r = self.rows[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return r.blind_code if r.status == self.tr("参赛") else f"{r.blind_code}（{r.status}）"
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("加密号 {b}（{s}）").format(b=r.blind_code, s=r.status)
            return None
        if section >= self.criteria_count():
            return self.tr("模块得分") if role == Qt.ItemDataRole.DisplayRole else None
        c = self.grid.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            # what a person types here: each judge 0–3 (not the criterion's weight), or the measurement 0–max
            if c.kind == "J":
                return self.tr("{code}\n评价 每位裁判 0–3").format(code=c.code)
            return self.tr("{code}\n测量 0–{m}").format(code=c.code, m=c.max_points)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{c.code} {c.description}"
            if c.kind == "J":
                text += "\n" + self.tr("每位裁判 0–3 分（{n} 位裁判）").format(n=c.judges)
                text += "".join(f"\n{i} 分：{d}" for i, d in enumerate(c.descriptions) if d)
            else:
                text += "\n" + self.tr("裁判组商定的测量分，0–{m}").format(m=c.max_points)
            return text
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A repaint asks every visible cell for seven roles; four of them (font, colour, check, icon) have no
        # answer here, so they leave before any look-up.
        if role not in _ROLES:
            return None
        row, column = index.row(), index.column()  # -1 for an invalid index
        if row < 0 or column < 0:
            return None
        if column >= self._columns:  # module score column
            score = self.rows[row].module_score
            if role == _DISPLAY:
                return "" if score is None else str(score)
            if role == _ALIGN:
                return _CENTRE
            return None
        cell = self.rows[row].cells[column]
        if role == _DISPLAY:
            return cell.text
        if role == _EDIT:
            return ""
        if role == _ALIGN:
            return _CENTRE
        if role == _BACKGROUND:
            colour = STATE_COLOURS.get(cell.state)
            if cell.locked and cell.state not in ("flagged", "mismatch"):
                colour = LOCKED_COLOUR
            return _brush(colour) if colour else None
        if role == _TOOLTIP:
            parts = [self.tr(STATE_LABELS.get(cell.state, cell.state))]
            if cell.locked:
                parts.append(self.tr("已锁定"))
            if cell.note:
                parts.append(cell.note)
            return "\n".join(parts)
        if role == _CELL:
            return cell
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        row, column = index.row(), index.column()
        if row >= 0 and 0 <= column < self._columns and self.rows[row].cells[column].editable:
            return _TYPED
        return _SHOWN
