"""The shared PDF layer every report uses: page frame, header/footer, styles and table helpers.

A report module builds a ``story`` (a list of reportlab flowables, made mostly with
:func:`data_table`, :func:`key_value_table` and :func:`signature_block`) and hands it to
:func:`build_pdf` together with a :class:`ReportHeader`.  Every page then carries the same
official header (competition, item, title, venue, date) and a footer with
"第 x 页 / 共 y 页" and the print time, so a loose page can always be put back in its place.

Output is reproducible: the same story, header and ``printed_at`` give a byte-identical file
(reportlab's invariant mode, with the PDF dates taken from ``printed_at``), which lets a package
or an audit hash a printed report.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as landscape_size
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from app.errors import DomainError
from app.fileio import replacing
from app.i18n import tr
from app.reports.fonts import register_fonts

__all__ = [
    "ReportHeader",
    "ReportStyles",
    "build_pdf",
    "styles",
    "data_table",
    "key_value_table",
    "key_value_grid",
    "signature_block",
    "mm",
    "Spacer",
    "PageBreak",
    "CondPageBreak",
    "Paragraph",
    "KeepTogether",
    "Flowable",
    "PDF_AUTHOR",
    "PageLayout",
    "draw_page_frame",
    "draw_page_number",
    "write_pdf",
]

PDF_AUTHOR = "VenueScore"

MARGIN = 15 * mm
PORTRAIT_FRAME_WIDTH = A4[0] - 2 * MARGIN
CELL_PADDING = 3.0  # left/right padding inside table cells, points
HEADER_GAP = 4 * mm  # between the header rule and the first line of content
FOOTER_HEIGHT = 9 * mm  # footer text + rule, above the bottom margin
HEADER_GREY = colors.HexColor("#D9D9D9")
ZEBRA_GREY = colors.HexColor("#F2F2F2")
RULE_GREY = colors.HexColor("#555555")
CONFIDENTIAL_RED = colors.HexColor("#C00000")

_ALIGNMENTS = {"LEFT": TA_LEFT, "CENTER": TA_CENTER, "CENTRE": TA_CENTER, "RIGHT": TA_RIGHT}


@dataclass(frozen=True)
class ReportHeader:
    """What the header of every page says."""

    competition: str  # e.g. "“巴渝工匠”杯 重庆市第二届专项职业能力技能大赛"
    item: str  # e.g. "01 LED 显示屏应用"
    venue: str
    date: str  # the competition day as it should be printed, e.g. "2025-11-29"
    title: str  # e.g. "检录签到表"
    subtitle: str = ""
    revision: str | None = None  # e.g. "第 2 版"; printed beside the title when set
    confidential: str | None = None  # e.g. "密封件 — 仅限裁判长"; printed in a red box on every page


@dataclass(frozen=True)
class ReportStyles:
    """Paragraph styles in the report font.  Fresh objects each call, so callers may tweak them."""

    normal: ParagraphStyle
    small: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    cell: ParagraphStyle  # table body cell
    cell_header: ParagraphStyle  # table header cell


def styles() -> ReportStyles:
    font = register_fonts()
    # wordWrap="CJK" lets a line break between any two Chinese characters (Chinese has no spaces).
    base = dict(fontName=font, wordWrap="CJK", textColor=colors.black)
    return ReportStyles(
        normal=ParagraphStyle("vs-normal", fontSize=10.5, leading=15, spaceAfter=3, **base),
        small=ParagraphStyle("vs-small", fontSize=8.5, leading=11, **base),
        heading=ParagraphStyle("vs-heading", fontSize=13, leading=18, spaceBefore=6, spaceAfter=4, **base),
        title=ParagraphStyle("vs-title", fontSize=16, leading=22, alignment=TA_CENTER, spaceAfter=6, **base),
        cell=ParagraphStyle("vs-cell", fontSize=9.5, leading=12, **base),
        cell_header=ParagraphStyle("vs-cell-header", fontSize=9.5, leading=12, alignment=TA_CENTER, **base),
    )


# ---------------------------------------------------------------------------------------- tables


def _markup(text: object) -> str:
    """Plain text → Paragraph markup: names may contain '&' or '<', and newlines must survive."""
    return escape("" if text is None else str(text)).replace("\n", "<br/>")


def plain(text: object, style: Any) -> Paragraph:
    """A Paragraph of plain text: every report line that can hold names, reasons or group names goes through
    here, so '<', '&' or a stray tag in them is printed, not parsed (reportlab would refuse the page)."""
    return Paragraph(_markup(text), style)


def _grid_style(header_rows: int) -> list[tuple[Any, ...]]:
    cmds: list[tuple[Any, ...]] = [
        # Cells are Paragraphs, but reportlab still sets the cell font for plain-string cells;
        # its default Helvetica would be named (not embedded) in the PDF.
        ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_GREY))
    return cmds


def _auto_widths(headers: Sequence[str], rows: Sequence[Sequence[str]], font_size: float) -> list[str]:
    """Share the full frame width between columns in proportion to their content.

    Returned as percentages, which reportlab resolves against the frame width when it lays the
    table out, so the same table fits portrait and landscape pages.  Long columns are capped so one
    remark column cannot squeeze the others, and short ones get a floor so headers stay readable.
    """
    font = register_fonts()
    sample = rows[:300]  # enough to see the shape of a column; keeps huge tables fast
    weights: list[float] = []
    for i, head in enumerate(headers):
        widest = stringWidth(str(head), font, font_size)
        for row in sample:
            widest = max(widest, stringWidth(str(row[i]), font, font_size))
        weights.append(min(max(widest, 28.0), 200.0) + 8.0)
    total = sum(weights)
    return [f"{100.0 * w / total:.4f}%" for w in weights]


MAX_CELL_HEIGHT = 12 * 12.0  # points: twelve lines; a table row cannot split, so no cell may outgrow a page


def _cell_paragraph(text: str, width: float | str, style: ParagraphStyle) -> Paragraph:
    """A wrapping cell; text too long for MAX_CELL_HEIGHT in its column is cut with "…".

    Only text stored before the length limits (or a hostile file) gets that long; without the cut, one such
    cell made the whole report — and with it the signed package — impossible to lay out.
    """
    para = Paragraph(_markup(text), style)
    room = _points(width) - 2 * CELL_PADDING
    if para.wrap(room, 1e6)[1] <= MAX_CELL_HEIGHT:
        return para
    low, high = 0, len(text)  # the longest prefix that still fits
    while low < high:
        mid = (low + high + 1) // 2
        if Paragraph(_markup(text[:mid] + "…"), style).wrap(room, 1e6)[1] <= MAX_CELL_HEIGHT:
            low = mid
        else:
            high = mid - 1
    return Paragraph(_markup(text[:low] + "…"), style)


def _points(width: float | str) -> float:
    """A column width in points; a percentage against the narrowest (portrait) frame."""
    return float(width.rstrip("%")) / 100.0 * PORTRAIT_FRAME_WIDTH if isinstance(width, str) else width


def _one_line_fitter(width: float | str, style: ParagraphStyle) -> Callable[[str], bool]:
    """Whether a cell text fits on one line of a column, judged against the narrowest page.

    A percentage width is resolved against the portrait frame, the narrowest a full-width table
    gets; anything doubtful is left to a Paragraph, which wraps.
    """
    room = _points(width) - 2 * CELL_PADDING - 1.0
    font, size = style.fontName, style.fontSize
    return lambda text: "\n" not in text and stringWidth(text, font, size) <= room


def data_table(
    headers: list[str],
    rows: list[list[str]],
    col_widths: list[float] | None = None,
    repeat_header: bool = True,
    zebra: bool = True,
    align: list[str] | None = None,
    min_row_height: float | None = None,
) -> Table:
    """A gridded table with a shaded header row that splits across pages, repeating the header.

    A cell too long for one line becomes a Paragraph, so long Chinese text wraps inside its
    column.  ``col_widths`` are in points (use ``mm``); without them the columns share the full
    frame width by content (the table is then meant to stand at full width, not in a narrower box).  ``align`` is
    one of "LEFT" / "CENTER" / "RIGHT" per column (default LEFT); headers are always centred.
    ``min_row_height`` (points) leaves room to write by hand, e.g. ``9 * mm`` for a sign-in sheet;
    rows whose text wraps still grow beyond it.
    """
    ncols = len(headers)
    for n, row in enumerate(rows, start=1):
        if len(row) != ncols:
            raise ValueError(f"data_table: row {n} has {len(row)} cells, expected {ncols}")
    if col_widths is not None and len(col_widths) != ncols:
        raise ValueError(f"data_table: {len(col_widths)} column widths for {ncols} columns")
    aligns = [a.upper() for a in (align or ["LEFT"] * ncols)]
    if len(aligns) != ncols or any(a not in _ALIGNMENTS for a in aligns):
        raise ValueError(f"data_table: bad align {align!r} for {ncols} columns")

    st = styles()
    col_styles = [
        ParagraphStyle(f"vs-cell-{a.lower()}", parent=st.cell, alignment=_ALIGNMENTS[a]) for a in aligns
    ]
    widths: Sequence[float | str] = (
        col_widths if col_widths is not None else _auto_widths(headers, rows, st.cell.fontSize)
    )
    fits = [_one_line_fitter(w, st.cell) for w in widths]
    data: list[list[Any]] = [[Paragraph(_markup(h), st.cell_header) for h in headers]]
    for row in rows:
        # A cell that surely fits on one line stays a plain string: reportlab draws those several
        # times faster than a Paragraph, and most cells (numbers, names, seats) are like that.
        data.append(
            [text if fits[i](text) else _cell_paragraph(text, widths[i], col_styles[i]) for i, text in enumerate(row)]
        )

    cmds = _grid_style(header_rows=1)
    cmds += [
        ("FONTSIZE", (0, 1), (-1, -1), st.cell.fontSize),
        ("LEADING", (0, 1), (-1, -1), st.cell.leading),
        *[("ALIGN", (i, 1), (i, -1), a.replace("CENTRE", "CENTER")) for i, a in enumerate(aligns)],
    ]
    if zebra and rows:
        cmds.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA_GREY]))
    if min_row_height is not None and rows:
        # Padding, not fixed rowHeights: a fixed height would let wrapped text spill out of the cell.
        pad = max((min_row_height - st.cell.leading) / 2, 2.5)
        cmds += [("TOPPADDING", (0, 1), (-1, -1), pad), ("BOTTOMPADDING", (0, 1), (-1, -1), pad)]
    return LongTable(
        data,
        colWidths=list(widths),
        repeatRows=1 if repeat_header else 0,
        style=TableStyle(cmds),
        hAlign="CENTER",
    )


def key_value_table(pairs: list[tuple[str, str]]) -> Table:
    """A two-column 项目/内容 block for settings (shaded key column, full frame width)."""
    st = styles()
    key_style = ParagraphStyle("vs-key", parent=st.cell)
    widest = max((stringWidth(k, key_style.fontName, key_style.fontSize) for k, _ in pairs), default=0)
    key_width = min(max(widest + 10, 25 * mm), 60 * mm)
    data = [[Paragraph(_markup(k), key_style), _cell_paragraph(v, PORTRAIT_FRAME_WIDTH - key_width, st.cell)]
            for k, v in pairs]
    cmds = _grid_style(header_rows=0)
    cmds.append(("BACKGROUND", (0, 0), (0, -1), HEADER_GREY))
    return Table(data, colWidths=[key_width, "*"], style=TableStyle(cmds), hAlign="LEFT")


def key_value_grid(pairs: list[tuple[str, str]], width: float, per_row: int = 2) -> Table:
    """Like ``key_value_table`` with ``per_row`` pairs side by side: half the height on a landscape page, so
    a settings block fits under a table instead of pushing the signatures onto a page of their own."""
    st = styles()
    key_style = ParagraphStyle("vs-key", parent=st.cell)
    widest = max((stringWidth(k, key_style.fontName, key_style.fontSize) for k, _ in pairs), default=0)
    key_width = min(max(widest + 10, 22 * mm), 45 * mm)
    value_width = width / per_row - key_width
    cells = [[Paragraph(_markup(k), key_style), _cell_paragraph(v, value_width, st.cell)] for k, v in pairs]
    cells += [["", ""]] * (-len(cells) % per_row)
    data = [sum(cells[i:i + per_row], []) for i in range(0, len(cells), per_row)]
    cmds = _grid_style(header_rows=0)
    for k in range(per_row):
        cmds.append(("BACKGROUND", (2 * k, 0), (2 * k, -1), HEADER_GREY))
    return Table(data, colWidths=[key_width, value_width] * per_row, style=TableStyle(cmds), hAlign="LEFT")


def signature_block(lines: list[str], per_row: int = 1) -> Flowable:
    """Signature rows, one per role: "裁判员：＿＿＿＿＿＿  日期：＿＿＿＿".

    ``lines`` are the role labels (e.g. ["裁判员", "裁判员", "裁判长"]); a trailing "：" is added
    when missing.  The blanks are drawn as rules with room for handwriting, and the block is
    never split across pages (a signature must sit on the page it signs).  ``per_row`` = 2 puts two
    signers side by side (a landscape sheet: half the height, so the block fits under the table).
    """
    st = styles()
    label_style = ParagraphStyle("vs-sign", parent=st.normal, spaceAfter=0)
    labels = [label if label.endswith(("：", ":")) else label + "：" for label in lines]
    date_label = tr("日期：")
    label_width = max((stringWidth(t, label_style.fontName, label_style.fontSize) for t in labels), default=0)
    date_width = stringWidth(date_label, label_style.fontName, label_style.fontSize)
    cells = [[Paragraph(_markup(t), label_style), "", Paragraph(_markup(date_label), label_style), ""] for t in labels]
    data = [sum(cells[i:i + per_row], []) for i in range(0, len(cells), per_row)]
    width = len(data[0]) if data else 4
    data = [row + [""] * (width - len(row)) for row in data]  # a last row with fewer signers: blank, no rules
    date_rule = 45 * mm if per_row == 1 else 30 * mm
    cmds: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), st.normal.fontName),  # see _grid_style
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for n in range(len(labels)):
        row, col = divmod(n, per_row)
        base = 4 * col
        cmds += [("LINEBELOW", (base + 1, row), (base + 1, row), 0.6, colors.black),
                 ("LINEBELOW", (base + 3, row), (base + 3, row), 0.6, colors.black),
                 ("LEFTPADDING", (base + 2, row), (base + 2, row), 14)]  # a gap between the name rule and 日期
        if col:
            cmds.append(("LEFTPADDING", (base, row), (base, row), 18))  # room between two signers
    table = Table(
        data,
        colWidths=[w for k in range(width // 4)  # + paddings + slack; the second signer's gap in front
                   for w in (label_width + 8 + (18 if k else 0), "*", date_width + 14 + 2 + 4, date_rule)],
        rowHeights=[11 * mm] * len(data),
        style=TableStyle(cmds),
        hAlign="LEFT",
    )
    return KeepTogether([Spacer(1, 6 * mm), table])


# ------------------------------------------------------------------------------- page decoration


def _fit(text: str, font: str, size: float, max_width: float, min_size: float = 6.5) -> tuple[str, float]:
    """Shrink ``size`` until ``text`` fits ``max_width``; past ``min_size``, cut it with "…"."""
    while size > min_size and stringWidth(text, font, size) > max_width:
        size -= 0.5
    if stringWidth(text, font, size) <= max_width:
        return text, size
    while text and stringWidth(text + "…", font, size) > max_width:
        text = text[:-1]
    return text + "…", size


@dataclass(frozen=True)
class PageLayout:
    """Where the header and footer go; computed once per document."""

    width: float
    height: float
    header: ReportHeader
    printed_at: str
    font: str

    # distances from the top edge of the page to each baseline
    @property
    def competition_y(self) -> float:
        return self.height - MARGIN - 3.5 * mm

    @property
    def title_y(self) -> float:
        return self.competition_y - 9 * mm

    @property
    def subtitle_y(self) -> float:
        return self.title_y - 6 * mm

    @property
    def info_y(self) -> float:
        return (self.subtitle_y if self.header.subtitle else self.title_y) - 7 * mm

    @property
    def rule_y(self) -> float:
        return self.info_y - 2.5 * mm

    @property
    def frame_top(self) -> float:
        return self.rule_y - HEADER_GAP

    @property
    def frame_bottom(self) -> float:
        return MARGIN + FOOTER_HEIGHT


def _draw_header(c: Canvas, lay: PageLayout) -> None:
    h, font = lay.header, lay.font
    left, right = MARGIN, lay.width - MARGIN
    usable = right - left
    centre = lay.width / 2

    c.setFillColor(colors.black)
    text, size = _fit(h.competition, font, 10.5, usable)
    c.setFont(font, size)
    c.drawCentredString(centre, lay.competition_y, text)

    # The title row also holds the revision (left) and the confidential mark (right), so the title
    # gets the middle 60 % of the width.
    text, size = _fit(h.title, font, 17, usable * 0.6)
    c.setFont(font, size)
    c.drawCentredString(centre, lay.title_y, text)
    if h.revision:
        text, size = _fit(tr("版本：{revision}").format(revision=h.revision), font, 9, usable * 0.2)
        c.setFont(font, size)
        c.drawString(left, lay.title_y, text)
    if h.confidential:
        _draw_confidential(c, lay, h.confidential, right, usable * 0.2)

    if h.subtitle:
        text, size = _fit(h.subtitle, font, 10, usable)
        c.setFont(font, size)
        c.drawCentredString(centre, lay.subtitle_y, text)

    _draw_info_line(c, lay, left, usable)

    c.setStrokeColor(colors.black)
    c.setLineWidth(1.2)
    c.line(left, lay.rule_y, right, lay.rule_y)
    c.setLineWidth(0.4)
    c.line(left, lay.rule_y - 0.8 * mm, right, lay.rule_y - 0.8 * mm)


def _draw_info_line(c: Canvas, lay: PageLayout, left: float, usable: float) -> None:
    """项目 | 赛场 | 日期 on one line; a long venue takes room from a short item, not the reverse."""
    h, font, size = lay.header, lay.font, 9.5
    item = tr("项目：{item}").format(item=h.item)
    venue = tr("赛场：{venue}").format(venue=h.venue)
    date, date_size = _fit(tr("日期：{date}").format(date=h.date), font, size, usable * 0.25)
    gap = 6 * mm
    date_w = stringWidth(date, font, date_size)
    rest = usable - date_w - 2 * gap
    item_w, venue_w = stringWidth(item, font, size), stringWidth(venue, font, size)
    if item_w + venue_w <= rest:
        # Both fit: the venue starts near the middle, moved left only if it would touch the date.
        venue_x = left + max(item_w + gap, min(usable * 0.46, usable - date_w - gap - venue_w))
    else:
        share = min(max(item_w / (item_w + venue_w), 0.35), 0.65)
        item_w, venue_w = rest * share, rest * (1 - share)
        venue_x = left + item_w + gap
    for text, x, width in ((item, left, item_w), (venue, venue_x, venue_w)):
        fitted, fitted_size = _fit(text, font, size, width)
        c.setFont(font, fitted_size)
        c.drawString(x, lay.info_y, fitted)
    c.setFont(font, date_size)
    c.drawRightString(left + usable, lay.info_y, date)


def _draw_confidential(c: Canvas, lay: PageLayout, mark: str, right: float, max_width: float) -> None:
    text, size = _fit(mark, lay.font, 11, max_width - 4 * mm)
    width = stringWidth(text, lay.font, size) + 4 * mm
    height = size + 2.5 * mm
    bottom = lay.title_y - 1.6 * mm
    c.setStrokeColor(CONFIDENTIAL_RED)
    c.setFillColor(CONFIDENTIAL_RED)
    c.setLineWidth(1.5)
    c.rect(right - width, bottom, width, height, stroke=1, fill=0)
    c.setFont(lay.font, size)
    c.drawCentredString(right - width / 2, bottom + 1.6 * mm, text)
    c.setFillColor(colors.black)
    c.setStrokeColor(colors.black)


FOOTER_TEXT_Y = MARGIN + 1 * mm


def _draw_footer(c: Canvas, lay: PageLayout, page: int, pages: int) -> None:
    _draw_footer_frame(c, lay)
    draw_page_number(c, lay, page, pages)


def _draw_footer_frame(c: Canvas, lay: PageLayout) -> None:
    """The footer without the page number: the same on every page."""
    left, right = MARGIN, lay.width - MARGIN
    rule_y = MARGIN + FOOTER_HEIGHT - 3 * mm
    c.setStrokeColor(RULE_GREY)
    c.setLineWidth(0.5)
    c.line(left, rule_y, right, rule_y)
    c.setFillColor(colors.black)
    c.setFont(lay.font, 9)
    c.drawString(left, FOOTER_TEXT_Y, tr("打印时间：{time}").format(time=lay.printed_at))
    c.setFont(lay.font, 8)
    c.setFillColor(RULE_GREY)
    c.drawRightString(right, FOOTER_TEXT_Y, PDF_AUTHOR)
    c.setFillColor(colors.black)


def draw_page_number(c: Canvas, lay: PageLayout, page: int, pages: int) -> None:
    c.setFillColor(colors.black)
    c.setFont(lay.font, 9)
    c.drawCentredString(lay.width / 2, FOOTER_TEXT_Y, tr("第 {page} 页 / 共 {pages} 页").format(page=page, pages=pages))


def draw_page_frame(c: Canvas, lay: PageLayout) -> None:
    """Header and footer without the page number, e.g. into a form drawn on every page of a long report."""
    c.saveState()
    _draw_header(c, lay)
    _draw_footer_frame(c, lay)
    c.restoreState()


def _decorate(lay: PageLayout, c: Canvas, page: int, pages: int) -> None:
    c.saveState()
    _draw_header(c, lay)
    _draw_footer(c, lay, page, pages)
    c.restoreState()


class NumberedCanvas(Canvas):
    """A canvas that holds pages back until the end, so each footer can say "共 y 页".

    ``showPage`` only remembers the page; ``save`` then replays every page, calls ``decorate``
    with (canvas, page number, page count) and really emits it.
    """

    def __init__(
        self,
        *args: Any,
        decorate: Callable[[Canvas, int, int], None],
        pdf_date: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._held_pages: list[dict[str, Any]] = []
        if pdf_date is not None:
            # Creation/modification dates = printed_at, so identical input gives an identical file.
            self.setDateFormatter(lambda *_ymdhms: pdf_date)

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, pages)
            super().showPage()
        super().save()


def pdf_date(moment: datetime) -> str:
    text = moment.strftime("D:%Y%m%d%H%M%S")
    offset = moment.utcoffset()
    if offset is not None:
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        text += f"{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"
    return text


# ------------------------------------------------------------------------------------- building


def build_pdf(
    path: Path,
    header: ReportHeader,
    story: list[Flowable],
    printed_at: datetime,
    landscape: bool = False,
) -> None:
    """Lay ``story`` out on A4 pages with the header and footer and write it to ``path``.

    The file is written next to ``path`` under a temporary name and moved into place only when
    complete, so a failure never leaves a half-written PDF (nor an older one half-overwritten).
    ``story`` itself is not consumed, but flowables are single-use: build a fresh story per PDF.
    Raises DomainError when the folder is not writable, the target is locked (open in a PDF
    viewer on Windows) or a row is too tall to fit on a page.
    """
    font = register_fonts()
    width, height = landscape_size(A4) if landscape else A4
    lay = PageLayout(width, height, header, printed_at.strftime("%Y-%m-%d %H:%M"), font)
    try:
        write_pdf(path, lambda fh: _layout(fh, lay, header, story, printed_at))
    except LayoutError as exc:
        raise DomainError(
            tr("无法排版报表“{title}”：有一行内容太长，一页放不下。请缩短该行内容后重试。").format(
                title=header.title
            )
        ) from exc


def write_pdf(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Call ``write`` with a file beside ``path`` and move it into place once complete (fsynced first).

    Raises DomainError when the folder is not writable or the target is locked (open in a PDF viewer on
    Windows); any other exception of ``write`` leaves no file and the previous one untouched."""
    path = Path(path)
    try:
        fd, tmp = _create_temp(path)
    except OSError as exc:
        raise DomainError(
            tr("无法在文件夹 {folder} 中写入 PDF：{reason}").format(
                folder=path.parent, reason=exc.strerror or exc
            )
        ) from exc
    try:
        # replacing fsyncs before the rename: the venue PC may lose power; the PDF must be whole once it is there
        with replacing(path, tmp), os.fdopen(fd, "wb") as fh:
            write(fh)
    except OSError as exc:
        raise DomainError(
            tr("无法写入 PDF 文件 {path}：{reason}。如果该文件正在被其他程序打开，请先关闭。").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc


def _create_temp(path: Path) -> tuple[int, Path]:
    """A new, exclusive file beside ``path``.

    Not ``tempfile.mkstemp``: that creates mode 0600, and the finished PDF should get the usual
    permissions (0666 minus the umask) like any file the user saves.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        tmp = path.with_name(f".{path.stem}-{secrets.token_hex(4)}.pdf.part")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue


def _layout(
    fh: Any, lay: PageLayout, header: ReportHeader, story: list[Flowable], printed_at: datetime
) -> None:
    doc = BaseDocTemplate(
        fh,
        pagesize=(lay.width, lay.height),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=lay.height - lay.frame_top,
        bottomMargin=lay.frame_bottom,
        title=f"{header.item} {header.title}".strip(),
        author=PDF_AUTHOR,
        creator=PDF_AUTHOR,
        subject=header.competition,
        invariant=1,  # no random file ID or wall-clock dates: reproducible bytes
        lang="zh-CN",
        initialFontName=lay.font,  # else every page names Helvetica, a font that is not embedded
    )
    frame = Frame(
        MARGIN,
        lay.frame_bottom,
        lay.width - 2 * MARGIN,
        lay.frame_top - lay.frame_bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    canvasmaker = partial(
        NumberedCanvas,
        decorate=partial(_decorate, lay),
        pdf_date=pdf_date(printed_at),
    )
    doc.build(list(story), canvasmaker=canvasmaker)  # list(): build() pops the flowables it places
