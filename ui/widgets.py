"""The small widgets every page and dialog builds the same way: a button wired to its slot, a row of buttons, a
wrapped note, a titled box.  A page's ``_build_*`` steps call these instead of repeating the Qt calls, so a
constructor reads as what it shows (see docs/architecture.md, "One word, one place")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

STRETCH = None  # in a row: the free space between the left and the right group of buttons
# A widget or layout, ``(widget, stretch factor)`` for one that takes a share of the free space, or STRETCH.
Item = QWidget | QLayout | tuple[QWidget | QLayout, int] | None


def button(text: str, slot: Callable[[], object] | None = None, *, tip: str = "", name: str = "") -> QPushButton:
    """A push button that calls ``slot()`` when clicked (without Qt's ``checked`` flag, so a slot with optional
    parameters gets its defaults); ``tip`` is its tooltip, ``name`` its object name (tests find it by that)."""
    b = QPushButton(text)
    if slot is not None:
        b.clicked.connect(lambda: slot())
    if tip:
        b.setToolTip(tip)
    if name:
        b.setObjectName(name)
    return b


def _fill(layout: QBoxLayout, items: tuple[Item, ...]) -> QBoxLayout:
    for item in items:
        if item is None:
            layout.addStretch(1)
            continue
        widget, stretch = item if isinstance(item, tuple) else (item, 0)
        if isinstance(widget, QLayout):
            layout.addLayout(widget, stretch)
        else:
            layout.addWidget(widget, stretch)
    return layout


def row(*items: Item, end: bool = True) -> QHBoxLayout:
    """Widgets side by side, left to right; ``STRETCH`` (None) puts the free space there, and ``end`` adds it
    after the last one (buttons stay on the left; a row whose item takes a share of the space says ``end=False``)."""
    layout = QHBoxLayout()
    _fill(layout, items + ((STRETCH,) if end else ()))
    return layout


def column(*items: Item, parent: QWidget | None = None) -> QVBoxLayout:
    """Widgets and layouts top to bottom (the layout of ``parent`` when given)."""
    layout = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    _fill(layout, items)
    return layout


def note(text: str = "", *, selectable: bool = False, style: str = "") -> QLabel:
    """A label whose text wraps; ``selectable`` lets the mouse copy it (fingerprints, paths)."""
    label = QLabel(text)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


def box(title: str, *items: Item) -> QGroupBox:
    """A titled group holding ``items`` top to bottom."""
    group = QGroupBox(title)
    column(*items, parent=group)
    return group


def search_field(placeholder: str, proxy: QSortFilterProxyModel) -> QLineEdit:
    """The line above a table that filters it as the user types (``proxy`` from ``ui.models.table.filter_proxy``)."""
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    field.textChanged.connect(proxy.setFilterFixedString)
    return field
