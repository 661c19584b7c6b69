"""Keep every window on the screen it opens on (the venue laptop: 1366×768, or 1280×720 at 125 %).

A window or dialog may ask for more room than the screen has (a saved size, a long path in a label, a
large-text setting).  ``KeepOnScreen`` is installed once on the application and, whenever a top-level
window is shown, shrinks it to the screen's available area (the part the taskbar leaves) and moves it
inside, so its title bar and buttons can always be reached.  A window whose layout cannot shrink that far
is a bug of that window: tests/ui/test_fits_screen.py finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFrame, QLineEdit, QScrollArea, QWidget

# Before a window is first mapped the window manager has not told Qt its frame: reserve a typical one
# (Windows 10/11 at 100–125 %: ~8 px borders, ~31 px title bar) so the frame does not end off-screen.
GUESSED_FRAME = QSize(16, 40)


def available_area(widget: QWidget | None = None) -> QRect:
    """The screen area a window may use: the widget's screen (or the primary one) minus the taskbar."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_extra(window: QWidget) -> QSize:
    """How much the window manager's frame adds to the window (a guess until the window has been mapped)."""
    extra = window.frameGeometry().size() - window.geometry().size()
    if extra.width() <= 0 and extra.height() <= 0 and not window.testAttribute(Qt.WidgetAttribute.WA_WState_Created):
        return GUESSED_FRAME
    return extra


def fit_to_screen(window: QWidget) -> None:
    """Shrink ``window`` to the available area if it is larger, and move it so its frame lies inside."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    area = available_area(window)
    extra = frame_extra(window)
    room = QSize(area.width() - extra.width(), area.height() - extra.height())
    size = window.size().boundedTo(room).expandedTo(window.minimumSize())
    if size != window.size():
        window.resize(size)
    frame = QRect(window.frameGeometry().topLeft(), size + extra)
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, area.left()), max(y, area.top()))


def open_maximised(window: QWidget) -> None:
    """Show a main window maximised.  It is first given the whole available area, so that it also fills the
    screen where nothing maximises it (no window manager, as under Xvfb, or a remote desktop)."""
    area = available_area(window)
    extra = frame_extra(window)
    window.resize(QSize(area.width() - extra.width(), area.height() - extra.height()))
    window.move(area.topLeft())  # a top-level window's position is its frame's
    window.showMaximized()


def widen_for_text(edit: QLineEdit, *texts: str) -> None:
    """Make a line editor wide enough to show its text, its placeholder and ``texts`` whole (a dialog then
    sizes to its content), but never wider than 60 % of the screen: longer text scrolls in the editor."""
    fm = edit.fontMetrics()
    widest = max((fm.horizontalAdvance(t) for t in (edit.text(), edit.placeholderText(), *texts)), default=0)
    cap = int(available_area(edit).width() * 0.6)
    edit.setMinimumWidth(min(cap, max(edit.minimumSizeHint().width(), widest + 4 * fm.averageCharWidth())))


def title_width(window: QWidget) -> int:
    """Width a window needs so its title bar shows the whole title (with the application name Qt appends),
    the icon and the window buttons."""
    app = QGuiApplication.instance()
    name = app.applicationDisplayName() if isinstance(app, QGuiApplication) else ""
    title = f"{window.windowTitle()} — {name}" if name else window.windowTitle()
    return window.fontMetrics().horizontalAdvance(title) + 170


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area: a tab or panel that needs more room than a small screen has
    scrolls instead of making the whole window taller than the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


class KeepOnScreen(QObject):
    """Application-wide event filter: every top-level window, when shown, fits the screen."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow() \
                and obj.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog):
            fit_to_screen(obj)
        return False


def install(app: QApplication) -> None:
    """Install the filter once per application."""
    if app.findChild(KeepOnScreen, "keepOnScreen") is None:
        keeper = KeepOnScreen(app)
        keeper.setObjectName("keepOnScreen")
        app.installEventFilter(keeper)
