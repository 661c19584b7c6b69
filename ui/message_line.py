"""A page's message line whose text changes without laying out the whole window again.

A QLabel in a layout asks every layout above it to recompute on each ``setText`` (Qt's ``updateGeometry``
climbs until a widget of fixed size): on the scoring page that is the tab widget with all three tabs, the page
and the main window, ~3 ms of every typed score spent to find that nothing moves.  Here the label sits in a
widget without a layout, which takes that request and stops it; the line asks its own layout for another height
only when the text needs more or fewer lines at the current width.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class MessageLine(QWidget):
    """``text()``/``setText()`` like a word-wrapped QLabel (``label`` is the label itself)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._fit()

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:  # noqa: N802 (QLabel's name)
        self.label.setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())
        self._fit()

    def _fit(self) -> None:
        """The height the text needs at this width (at least one line); a new height only when it differs."""
        needed = max(self.label.heightForWidth(max(self.width(), 1)), self.label.fontMetrics().height())
        if needed != self.minimumHeight() or needed != self.maximumHeight():
            self.setFixedHeight(needed)
