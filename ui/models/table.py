"""A small read-only table model over a list of frozen dataclasses: columns are (header, getter) pairs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class Column(Generic[T]):
    def __init__(
        self,
        header: str,
        value: Callable[[T], Any],
        colour: Callable[[T], str | None] | None = None,
        sort_key: Callable[[T], Any] | None = None,
    ) -> None:
        self.header = header
        self.value = value
        self.colour = colour
        self.sort_key = sort_key


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows come from a service call; the model never talks to the database itself."""

    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def replace_row(self, row: int, item: T) -> None:
        """One row changed (the rest as they were): repaint that row, no reset of the whole table."""
        self.rows[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def row_at(self, row: int) -> T:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        col = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = col.value(item)
            return "" if value is None else str(value)
        if role == self.SORT_ROLE:
            return col.sort_key(item) if col.sort_key else col.value(item)
        if role == Qt.ItemDataRole.BackgroundRole and col.colour is not None:
            colour = col.colour(item)
            return QBrush(QColor(colour)) if colour else None
        return None


def filter_proxy(model: RowsModel[Any], parent: Any = None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)  # search every column
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortRole(RowsModel.SORT_ROLE)
    return proxy


def table_view(
    model: Any, *, rows: bool = True, single: bool = False, sortable: bool = False,
    resize: QHeaderView.ResizeMode = QHeaderView.ResizeMode.ResizeToContents, stretch: int | None = None,
    stretch_last: bool = True, row_numbers: bool = True,
) -> QTableView:
    """A read-only table over ``model``, set up the one way the pages show service rows.

    ``rows``: a click selects the whole row; ``single``: one row at a time; ``stretch``: the column that
    takes the spare width (else the last one, unless ``stretch_last`` is off); ``row_numbers``: the
    vertical header."""
    view = QTableView()
    view.setModel(model)
    if sortable:
        view.setSortingEnabled(True)
    if rows:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setSectionResizeMode(resize)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    elif stretch_last:
        header.setStretchLastSection(True)
    if not row_numbers:
        view.verticalHeader().setVisible(False)
    return view

