"""One look (house style 15): every colour, text style, font size and spacing the screens use, named once.

Widget code says what a thing *means* (``style.ERROR``, ``style.PALE_YELLOW``) and never writes a literal
colour, so a change of look is one edit here.  Colours are CSS hex strings because both Qt style sheets and
``QColor`` read them; the table models turn a background name into a brush.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

# ---------------------------------------------------------------- text colours
ERROR = "#b00020"  # a message the user must act on (refusals, failed checks, open ties)
OK = "#146c2e"  # done / verified / saved
CAUTION = "#8a5300"  # imported with warnings: read before going on
MUTED = "#555"  # secondary facts (settings summaries)
DESK_OK = "#1e7e34"  # check-in desk and draw verification: accepted (brighter, read from a distance)
DESK_REFUSED = "#c00000"  # check-in desk and draw verification: refused

# ---------------------------------------------------------------- cell backgrounds
WHITE = "#ffffff"
PALE_YELLOW = "#fff3cd"  # waiting / needs attention / frozen
PALE_RED = "#f8d7da"  # out of tolerance, absent, disqualified
RED_MISMATCH = "#f5c6cb"  # double entry disagrees
PALE_BLUE = "#d1ecf1"  # a correction is the current value
PALE_GREEN = "#d4edda"  # complete / current / checked in
LIGHT_GREY = "#eeeeee"  # nothing to enter
LOCKED_GREY = "#d6d8db"  # a locked module
NOT_COMPETED_GREY = "#e2e3e5"  # a contestant who did not compete
TIE_ORANGE = "#ffd8a8"  # an open tie at an award boundary: needs the head judge
FAIL_GREY = "#f1f3f5"  # below the pass mark
# 二等奖 silver-blue, clearly apart from no award (white) and 不合格 (FAIL_GREY); the 奖项 column says it in words too
AWARD_COLOURS = {"一等奖": "#ffe08a", "二等奖": "#c5d5ea", "三等奖": "#f3d9c4", "优胜奖": "#d3f9d8"}
# the committee's package list (central window)
CENTRAL_GREEN = "#d9f2d9"
CENTRAL_YELLOW = "#fff2cc"
CENTRAL_RED = "#f4cccc"
CENTRAL_BLUE = "#cfe2f3"
CENTRAL_GREY = "#e6e6e6"


# ---------------------------------------------------------------- style sheets
def text_style(colour: str, bold: bool = False) -> str:
    """A label's style sheet for coloured (optionally bold) text."""
    return f"color: {colour};" + (" font-weight: bold;" if bold else "")


ERROR_STYLE = text_style(ERROR)
WARN_STYLE = text_style(ERROR, bold=True)  # a state that blocks the next step
OK_STYLE = text_style(OK)
CAUTION_STYLE = text_style(CAUTION)
MUTED_STYLE = text_style(MUTED)
BOLD_STYLE = "font-weight: bold;"
PADDED = "padding: 4px;"
EDITOR_ERROR_STYLE = f"background: {PALE_RED};"  # a grid cell editor holding a value the rules refuse


def restyle(widget: QWidget, sheet: str) -> None:
    """``widget.setStyleSheet(sheet)`` unless it already has it: Qt re-polishes the widget on every call, even
    with the same sheet (the check-in desk sets its message colour twice per scan)."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def title_style(px: int) -> str:
    """A window's heading: the start window 20, the about box 18, the main window's bar 16."""
    return f"font-size: {px}px; font-weight: bold;"


# ---------------------------------------------------------------- fonts and spacing
BASE_POINT_SIZE = 10  # the bundled CJK font's size when the system has none
TIGHT_SPACING = 2  # an input and its error line under it
STATUS_GAP = 6  # left and right of each fact in the main window's status bar


def enlarged(base: QFont, by: int, bold: bool = False) -> QFont:
    """``base`` made ``by`` points larger: the check-in desk's name, station and scan box, read at a glance."""
    font = QFont(base)
    font.setPointSize(font.pointSize() + by)
    if bold:
        font.setBold(True)
    return font


def error_label(wrap: bool = True, parent: QWidget | None = None) -> QLabel:
    """The red line under a form where a refusal is shown in place."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    if wrap:
        label.setWordWrap(True)
    return label
