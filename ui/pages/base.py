"""Base of the workflow pages (ui/pages/<step>.py): one page per step of the competition day."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.errors import DomainError
from ui.context import UiContext
from ui.errors import show_error


class Page(QWidget):
    """Subclasses set ``title`` (tr'd in __init__) and implement ``refresh()``."""

    room = ""  # the data room this page shows; refreshed when another page announces a change to it
    # True for a page whose constructor already loads its data: the main window then does not load it a second
    # time when it shows the page it has just built (the scoring grid of a big item is the slow case).
    loads_when_built = False

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.bus.data_changed.connect(self._on_changed)
        ctx.bus.actor_changed.connect(self.refresh)

    def page_title(self) -> str:
        raise NotImplementedError

    @classmethod
    def nav_title(cls) -> str:
        """The page's entry in the navigation list, read before the page is built (pages are built when first
        shown).  ``page_title`` only translates a fixed text, and Qt's ``tr`` works on the class as well."""
        return cls.page_title(cls)  # type: ignore[arg-type]

    def refresh(self) -> None:
        raise NotImplementedError

    def can_leave(self) -> bool:
        """False keeps the user on this page (the scoring grid holds a value the rules refuse: the cell stays in
        edit with the reason).  Asked before another page, another user or closing the window."""
        return True

    def focus_first_task(self) -> None:
        """Put the keyboard where the next action is, after the page is opened (Alt+N or a click in the page
        list).  Default: the page's first input in tab order; pages with one obvious input override this."""
        w = self.nextInFocusChain()
        while w is not None and w is not self:
            if self.isAncestorOf(w) and w.isVisible() and w.isEnabled() \
                    and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
                w.setFocus(Qt.FocusReason.TabFocusReason)
                return
            w = w.nextInFocusChain()

    def _on_changed(self, room: str) -> None:
        if room != self.room and self.isVisible():
            self.refresh()

    def call(self, fn: Callable[..., Any], *args: Any, changed: str | None = None, **kwargs: Any) -> Any:
        """Call a service; show a domain error the one consistent way and return None on failure."""
        try:
            result = fn(*args, **kwargs)
        except DomainError as exc:
            show_error(self, exc)
            return None
        if changed:
            self.ctx.bus.data_changed.emit(changed)
        return result
