"""The one shape of our small form dialogs: a form, a red line for a refusal shown in place, OK/Cancel.

A subclass fills ``self.form_layout`` (a ``QFormLayout``) in its constructor, then calls ``_finish`` with the slot
that checks and saves; that slot calls ``self.accept()`` when done or puts the service's message in
``self.error`` and leaves the dialog open, so nothing typed is lost.  ``_explain`` puts a sentence above the form
(what the dialog signs or replaces); ``_ok_only_when`` keeps OK disabled until what is required is typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

from ui import style
from ui.screen_fit import title_width

Button = QDialogButtonBox.StandardButton


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None, wrap_error: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form_layout = QFormLayout()
        self.error = style.error_label(wrap=wrap_error)
        self._above: list[QWidget] = []

    def _rows(self, *rows: tuple[str, QWidget | QLayout]) -> None:
        """Add ``(label, field)`` rows to the form, top to bottom (an empty label: the field under the one above)."""
        for label, field in rows:
            self.form_layout.addRow(label, field)

    def _explain(self, text: str) -> QLabel:
        """A wrapped sentence above the form (a child of the dialog at once, so it is the dialog's first label)."""
        label = QLabel(text, self)
        label.setWordWrap(True)
        self._above.append(label)
        return label

    def _finish(
        self, on_accept: Callable[[], None], ok_text: str | None = None, cancel_text: str | None = None,
        ok: Button = Button.Ok,
    ) -> QDialogButtonBox:
        """Lay out form, error line and buttons; ``ok_text``/``cancel_text`` name the buttons (tr'd by the caller)."""
        buttons = QDialogButtonBox(ok | Button.Cancel)
        if ok_text is not None:
            buttons.button(ok).setText(ok_text)
        if cancel_text is not None:
            buttons.button(Button.Cancel).setText(cancel_text)
        buttons.accepted.connect(on_accept)
        buttons.rejected.connect(self.reject)
        self.buttons, self._ok = buttons, ok
        layout = QVBoxLayout(self)
        for widget in self._above:
            layout.addWidget(widget)
        layout.addLayout(self.form_layout)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(max(self.minimumWidth(), title_width(self)))  # the title shows whole, not "登录 — 赛…"
        return buttons

    def _ok_only_when(self, ready: Callable[[], bool], *changed: SignalInstance) -> None:
        """OK is enabled while ``ready()`` holds, checked again whenever one of ``changed`` fires (after ``_finish``)."""
        ok = self.buttons.button(self._ok)

        def update(*_: object) -> None:
            ok.setEnabled(ready())

        for signal in changed:
            signal.connect(update)
        update()
