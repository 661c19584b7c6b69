"""Breaking plain text into lines of a given width, for pages drawn straight on the canvas.

Certificates and the score sheets draw their text without reportlab's Paragraph (thousands of pages: the
layout engine cost ten times the drawing).  A TrueType string is as wide as its characters together, so each
character is measured once per font and size (and remembered), not the growing line again for every
character.  Chinese breaks between any two characters, like a Paragraph with ``wordWrap="CJK"``.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

# Chinese typesetting (禁则): these never start a line; they hang at the end of the previous one instead.
NO_LINE_START = frozenset("，。、；：？！）》」』”’…%·")
ELLIPSIS = "…"


@lru_cache(maxsize=16384)
def char_width(ch: str, font: str, size: float) -> float:
    return stringWidth(ch, font, size)


def text_width(text: str, font: str, size: float) -> float:
    return sum(char_width(ch, font, size) for ch in text)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width``; a newline in the text starts a new line.  A mark that may not
    start a line (NO_LINE_START) hangs at the end of the line instead, as in reportlab's CJK paragraphs (悬挂标点:
    a full-width mark's ink is in its left half, so it stays within a cell's padding)."""
    lines: list[str] = []
    for part in text.split("\n"):
        current, used = "", 0.0
        for ch in part:
            w = char_width(ch, font, size)
            if used + w > width and current and ch not in NO_LINE_START:
                lines.append(current)
                current, used = ch, w
            else:
                current += ch
                used += w
        lines.append(current)
    return lines if text else []


def cut(line: str, font: str, size: float, width: float) -> str:
    """``line`` ending in "…", shortened until it fits ``width``."""
    room = width - char_width(ELLIPSIS, font, size)
    while line and text_width(line, font, size) > room:
        line = line[:-1]
    return line + ELLIPSIS


def at_most(text: str, font: str, size: float, width: float, lines: int) -> list[str]:
    """``text`` wrapped to ``width`` in at most ``lines`` lines; a cut shows as "…" at the end of the last."""
    wrapped = wrap(text, font, size, width)
    if len(wrapped) <= lines:
        return wrapped
    return [*wrapped[:lines - 1], cut(wrapped[lines - 1], font, size, width)]
