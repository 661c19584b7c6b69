"""Long reports drawn straight on the canvas as a fixed form, with the look of app.reports.pdf_base.

Platypus lays out every table cell as an object, measures it, splits tables across pages and draws each cell
with its own state changes: ~10 ms a page, most of a package export (the 评分明细表 prints one page per
contestant).  Here the caller measures its columns once and hands over rows of already wrapped lines; this
module breaks them into pages itself and draws each page as one text object, one path of rules and one of
shading, over a form XObject holding the header and footer every page shares (docs/performance.md).  Cell
paddings, grid, shading, fonts, header and footer are those of pdf_base, so the pages look like its tables.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from app.reports.pdf_base import (
    CELL_PADDING,
    MARGIN,
    PDF_AUTHOR,
    PageLayout,
    draw_page_frame,
    draw_page_number,
    pdf_date,
)
from app.reports.text_wrap import at_most, cut, text_width

TOP_PAD, BOTTOM_PAD = 2.5, 3.0  # as pdf_base's table cells
GRID, BOX = 0.5, 1.0  # line widths: inner rules, the frame of a table
MAX_LINES = 12  # a cell is cut with "…" past twelve lines (pdf_base.MAX_CELL_HEIGHT): no row outgrows a page
MIN_SIZE = 6.5  # a one-line cell shrinks down to this size, then is cut


@dataclass(frozen=True)
class TextStyle:
    size: float
    leading: float
    space_after: float = 0.0


NORMAL = TextStyle(10.5, 15, 3)  # pdf_base.styles().normal
SMALL = TextStyle(8.5, 11)  # .small
CELL = TextStyle(9.5, 12)  # .cell


@dataclass(frozen=True)
class Cell:
    """The lines of one cell, already fitted to its column, with where each starts (made by ``Measure.cell``)."""

    lines: tuple[str, ...]
    offsets: tuple[float, ...]  # of each line from the cell's left edge (padding and alignment)
    span: int = 1  # columns this cell covers
    size: float = CELL.size  # a one-line cell shrunk to fit
    fill: Color | None = None


class Row:
    """A table row; a cell's fill wins over the row's (zebra, header shading)."""

    __slots__ = ("cells", "fill", "height")

    def __init__(self, cells: tuple[Cell, ...], fill: Color | None = None) -> None:
        self.cells, self.fill = cells, fill
        self.height = max(len(c.lines) for c in cells) * CELL.leading + TOP_PAD + BOTTOM_PAD


class Measure:
    """Fits texts into columns in the report font; the same text in the same room is fitted once."""

    def __init__(self, font: str) -> None:
        self.font = font
        self._done: dict[tuple[str, float, float, bool], tuple[tuple[str, ...], float]] = {}
        self._widths: dict[tuple[str, float], float] = {}
        self._cells: dict[tuple[str, float, str, bool, int, Color | None], Cell] = {}

    def width(self, text: str, size: float = CELL.size) -> float:
        key = (text, size)
        if key not in self._widths:
            self._widths[key] = max((text_width(line, self.font, size) for line in text.split("\n")), default=0.0)
        return self._widths[key]

    def lines(self, text: str, room: float, size: float = CELL.size) -> tuple[str, ...]:
        """``text`` wrapped into ``room`` points, at most MAX_LINES lines."""
        return self._fit(text, room, size, True)[0]

    def one_line(self, text: str, room: float, size: float = CELL.size) -> tuple[str, float]:
        """``text`` on one line: shrunk in half points down to MIN_SIZE, then cut with "…"."""
        lines, fitted = self._fit(text, room, size, False)
        return lines[0], fitted

    def _fit(self, text: str, room: float, size: float, wrap: bool) -> tuple[tuple[str, ...], float]:
        key = (text, room, size, wrap)
        if key not in self._done:
            if wrap:
                self._done[key] = tuple(at_most(text, self.font, size, room, MAX_LINES)) or ("",), size
            else:
                fitted = size
                while fitted > MIN_SIZE and text_width(text, self.font, fitted) > room:
                    fitted -= 0.5
                line = text if text_width(text, self.font, fitted) <= room else cut(text, self.font, fitted, room)
                self._done[key] = (line,), fitted
        return self._done[key]

    def cell(self, text: str, width: float, align: str = "L", *, wrap: bool = False, span: int = 1,
             fill: Color | None = None) -> Cell:
        """A cell of ``width`` points (paddings included), ``align`` L, C or R; the same cell is made once."""
        key = (text, width, align, wrap, span, fill)
        cell = self._cells.get(key)
        if cell is None:
            room = width - 2 * CELL_PADDING
            if wrap:
                lines, size = self.lines(text, room), CELL.size
            else:
                line, size = self.one_line(text, room)
                lines = (line,)
            offsets = tuple(CELL_PADDING + (0.0 if align == "L" else (room - self.width(line, size)) / (
                2 if align == "C" else 1)) for line in lines)
            cell = self._cells[key] = Cell(lines, offsets, span, size, fill)
        return cell


class TextEncoder:
    """Text as PDF string operators in the document's subsets of the TrueType font, each distinct text (a
    criterion, a score, a heading) encoded once per file.  It is what reportlab's text object does for every
    string (split it into font subsets, escape it); a character's code in its subset never changes once given
    within a document, so the same text always gives the same operators."""

    def __init__(self, c: Canvas, font: str) -> None:
        self.face = pdfmetrics.getFont(font)
        self.doc = c._doc  # the subsets belong to reportlab's document object (as in its own text objects)
        self.names: dict[int, str] = {}
        self.done: dict[str, tuple[tuple[int, str], ...]] = {}

    def runs(self, text: str) -> tuple[tuple[int, str], ...]:
        runs = self.done.get(text)
        if runs is None:
            runs = self.done[text] = tuple((subset, f"({escapePDF(chunk)}) Tj")
                                           for subset, chunk in self.face.splitString(text, self.doc))
        return runs

    def name(self, subset: int) -> str:
        if subset not in self.names:
            self.names[subset] = self.face.getSubsetInternalName(subset, self.doc)
        return self.names[subset]


class Ink:
    """What one page draws, collected so that it is written in three operations (shading, rules, text)."""

    def __init__(self) -> None:
        self.fills: dict[Color, list[tuple[float, float, float, float]]] = defaultdict(list)
        self.rules: dict[float, list[list[float]]] = defaultdict(list)
        self.boxes: dict[float, list[tuple[float, float, float, float]]] = defaultdict(list)
        self.text: list[tuple[float, float, float, str]] = []
        self._column: dict[tuple[float, float], list[float]] = {}  # the last vertical rule at (width, x)

    def rule(self, width: float, x1: float, y1: float, x2: float, y2: float) -> None:
        self.rules[width].append([x1, y1, x2, y2])

    def vertical(self, width: float, x: float, bottom: float, top: float) -> None:
        """A vertical rule; one that starts where the last one at ``x`` ended extends it (a column's rules in
        consecutive rows become one line)."""
        last = self._column.get((width, x))
        if last is not None and abs(last[1] - top) < 0.01:
            last[1] = bottom
            return
        segment = [x, bottom, x, top]
        self.rules[width].append(segment)
        self._column[(width, x)] = segment

    def draw(self, c: Canvas, text: TextEncoder) -> None:
        for colour, rects in self.fills.items():
            c.setFillColor(colour)
            c.drawPath(_rect_path(c, rects), stroke=0, fill=1)
        c.setStrokeColor(colors.black)
        for width, segments in self.rules.items():
            path = c.beginPath()
            for x1, y1, x2, y2 in segments:
                path.moveTo(x1, y1)
                path.lineTo(x2, y2)
            c.setLineWidth(width)
            c.drawPath(path, stroke=1, fill=0)
        for width, rects in self.boxes.items():
            c.setLineWidth(width)
            c.drawPath(_rect_path(c, rects), stroke=1, fill=0)
        c.setFillColor(colors.black)
        ops = ["BT"]
        current: tuple[int, float] | None = None
        for x, y, size, line in self.text:
            ops.append(f"1 0 0 1 {fp_str(x)} {fp_str(y)} Tm")
            for subset, shown in text.runs(line):
                if (subset, size) != current:
                    ops.append(f"{text.name(subset)} {fp_str(size)} Tf")
                    current = (subset, size)
                ops.append(shown)
        ops.append("ET")
        c.addLiteral("\n".join(ops))


def _rect_path(c: Canvas, rects: list[tuple[float, float, float, float]]) -> PDFPathObject:
    path = c.beginPath()
    for rect in rects:
        path.rect(*rect)
    return path


class Flow:
    """Places lines, tables and fixed blocks down the page frame; a block that does not fit starts a new page,
    which begins with ``continued`` (e.g. whose sheet goes on) when that is set."""

    def __init__(self, lay: PageLayout, font: str) -> None:
        self.lay, self.font = lay, font
        self.measure = Measure(font)
        self.left, self.width = MARGIN, lay.width - 2 * MARGIN
        self.top, self.bottom = lay.frame_top, lay.frame_bottom
        self.pages: list[Ink] = []
        self.continued: str | None = None
        self.y = self.top

    @property
    def ink(self) -> Ink:
        return self.pages[-1]

    def page(self) -> None:
        self.pages.append(Ink())
        self.y = self.top
        if self.continued:
            self.lines([self.continued], SMALL)
            self.y -= 2

    def fits(self, height: float) -> bool:
        return self.y - height >= self.bottom - 0.01

    def need(self, height: float) -> None:
        """A new page unless ``height`` fits below; a block taller than a whole page starts on a fresh one."""
        if not self.pages or (not self.fits(height) and self.y < self.top):
            self.page()

    def space(self, height: float) -> None:
        self.y = max(self.y - height, self.bottom)

    def text(self, x: float, baseline: float, size: float, line: str, align: str = "L", room: float = 0.0) -> None:
        if align != "L":
            w = self.measure.width(line, size)
            x += room - w if align == "R" else (room - w) / 2
        self.ink.text.append((x, baseline, size, line))

    def lines(self, lines: Sequence[str], style: TextStyle) -> None:
        """Lines of a paragraph (already wrapped to the frame width), breaking pages between lines."""
        for line in lines:
            self.need(style.leading)
            self.text(self.left, self.y - style.size, style.size, line)
            self.y -= style.leading
        self.space(style.space_after)

    def table(self, widths: Sequence[float], rows: Sequence[Row], header: Row | None = None) -> None:
        """A gridded table; where it breaks across pages each part is framed and begins with ``header``."""
        xs = [self.left]
        for w in widths:
            xs.append(xs[-1] + w)
        head = header.height if header else 0.0
        top = self.y

        def start() -> None:
            nonlocal top
            top = self.y
            if header:
                self._row(xs, header)

        for n, row in enumerate(rows):
            if n == 0 or not self.fits(row.height):
                if n:
                    self.ink.boxes[BOX].append((xs[0], self.y, xs[-1] - xs[0], top - self.y))
                self.need(head + row.height)
                start()
            self._row(xs, row)
        if rows:
            self.ink.boxes[BOX].append((xs[0], self.y, xs[-1] - xs[0], top - self.y))

    def _row(self, xs: list[float], row: Row) -> None:
        h = row.height
        bottom = self.y - h
        col = 0
        text = self.ink.text
        if row.fill is not None:  # one rectangle for the whole row (zebra, header), not one per cell
            self.ink.fills[row.fill].append((xs[0], bottom, xs[-1] - xs[0], h))
        for cell in row.cells:
            x, right = xs[col], xs[col + cell.span]
            if cell.fill is not None:
                self.ink.fills[cell.fill].append((x, bottom, right - x, h))
            if col:
                self.ink.vertical(GRID, x, bottom, self.y)
            # pdf_base's cells are centred vertically the way reportlab's Table places text (VALIGN MIDDLE)
            baseline = bottom + (BOTTOM_PAD + h - TOP_PAD + len(cell.lines) * CELL.leading) / 2 - cell.size
            for line, dx in zip(cell.lines, cell.offsets, strict=True):
                if line:
                    text.append((x + dx, baseline, cell.size, line))
                baseline -= CELL.leading
            col += cell.span
        self.ink.rule(GRID, xs[0], bottom, xs[-1], bottom)
        self.y = bottom


def render(fh: BinaryIO, lay: PageLayout, pages: Sequence[Ink], title: str, printed_at: datetime) -> None:
    """Write ``pages`` with the header and footer of ``lay`` (drawn once, as a form) and 第 x 页 / 共 y 页."""
    font = lay.font
    c = Canvas(fh, pagesize=(lay.width, lay.height), invariant=1, initialFontName=font, lang="zh-CN")
    date = pdf_date(printed_at)
    c.setDateFormatter(lambda *_ymdhms: date)  # invariant bytes: the same input gives the same file
    c.setTitle(title)
    c.setAuthor(PDF_AUTHOR)
    c.setCreator(PDF_AUTHOR)
    c.setSubject(lay.header.competition)
    c.beginForm("page-frame")
    draw_page_frame(c, lay)
    c.endForm()
    text = TextEncoder(c, font)
    for number, ink in enumerate(pages, start=1):
        c.doForm("page-frame")
        draw_page_number(c, lay, number, len(pages))
        ink.draw(c, text)
        c.showPage()
    c.save()

