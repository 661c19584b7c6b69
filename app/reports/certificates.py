"""荣誉证书: one landscape A4 page per award, with a signed verification code as a QR code.

The QR code (app.reports.qr) is placed as a one-bit image, one pixel per module (never smoothed: PDF images
are not interpolated unless asked), so it prints sharp at any size; the code text is printed under it as
well, so a certificate can be checked by typing it in when no scanner is at hand.  A run of thousands of
certificates must stay quick and small (docs/performance.md): fast codewords and one fixed mask, a ~500-byte
image instead of ~1,400 vector squares per page, and each character's width measured once.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.errors import StateError
from app.fileio import atomic_write
from app.i18n import tr
from app.reports import qr
from app.reports.fonts import register_fonts
from app.services import certificates
from app.services.central_reports import AwardLine, award_lines
from db.central.engine import CentralDb

RED = colors.HexColor("#B22222")
GOLD = colors.HexColor("#C9A227")


def draw_qr(c: Canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code of ``text`` with its lower-left corner at (x, y), ``size`` points wide."""
    from PIL import Image  # reportlab's own image support is Pillow

    matrix = qr.matrix(text)
    n = len(matrix)
    image = Image.new("1", (n, n))
    image.putdata([0 if dark else 1 for line in matrix for dark in line])
    c.drawImage(ImageReader(image), x, y, size, size)


# Chinese typesetting (禁则): these never start a line; they hang at the end of the previous one instead.
NO_LINE_START = set("，。、；：？！）》」』”’…%·")


@lru_cache(maxsize=8192)
def _char_width(ch: str, font: str, size: float) -> float:
    return stringWidth(ch, font, size)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width``.  A TrueType string is as wide as its characters together, so
    each character is measured once (and remembered), not the growing line again for every character."""
    lines, current, used = [], "", 0.0
    for ch in text:
        w = _char_width(ch, font, size)
        if used + w > width and ch not in NO_LINE_START:
            lines.append(current)
            current, used = ch, w
        else:
            current += ch
            used += w
    return [*lines, current] if current else lines


def _page(c: Canvas, font: str, a: AwardLine, code: str, competition: str, organiser: str, day: str) -> None:
    w, h = landscape(A4)
    c.setStrokeColor(RED)
    c.setLineWidth(4)
    c.rect(12 * mm, 12 * mm, w - 24 * mm, h - 24 * mm)
    c.setStrokeColor(GOLD)
    c.setLineWidth(1.2)
    c.rect(16 * mm, 16 * mm, w - 32 * mm, h - 32 * mm)
    c.setFillColor(RED)
    c.setFont(font, 44)
    c.drawCentredString(w / 2, h - 55 * mm, tr("荣 誉 证 书"))
    c.setFillColor(colors.black)
    c.setFont(font, 20)
    c.drawString(40 * mm, h - 80 * mm, tr("{name}：").format(name=a.name))
    group = tr("（{g}）").format(g=a.group) if a.group else ""
    body = tr("　　在{competition}“{item}”{group}竞赛中，荣获{award}。特发此证，以资鼓励。").format(
        competition=competition, item=a.item_name, group=group, award=a.award)
    y = h - 97 * mm
    for line in _wrap(body, font, 18, w - 80 * mm):
        c.drawString(40 * mm, y, line)
        y -= 12 * mm
    c.setFont(font, 16)
    c.drawRightString(w - 40 * mm, 52 * mm, organiser)
    c.drawRightString(w - 40 * mm, 42 * mm, day)
    c.setFont(font, 10)
    c.drawString(40 * mm, 30 * mm, tr("证书编号：{no}　　单位：{unit}").format(no=a.cert_no, unit=a.unit))
    qr_size = 34 * mm
    draw_qr(c, code, 24 * mm, 40 * mm, qr_size)
    c.setFont(font, 7.5)
    c.drawString(24 * mm, 36.5 * mm, tr("扫码或输入核验码核验：venuescore certificate verify"))
    c.setFont(font, 5.5)  # the code in the CJK font: names and items are Chinese
    for i, line in enumerate(_wrap(code, font, 5.5, w - 48 * mm)[:3]):
        c.drawString(24 * mm, (22 - 2.6 * i) * mm, line)


def write_certificates(db: CentralDb, path: Path, passphrase: str, printed_at: datetime) -> int:
    """One page per award of the accepted packages; returns the number of pages."""
    lines = award_lines(db)
    if not lines:
        raise StateError(tr("还没有已接收的获奖名单，无法打印荣誉证书"))
    key = certificates.unlock_committee_key(db, passphrase)
    from app.reports.central_reports import competition as competition_of

    competition, organiser = competition_of(db)
    organiser = organiser or tr("大赛组委会")
    day = tr("{y} 年 {m} 月 {d} 日").format(y=printed_at.year, m=printed_at.month, d=printed_at.day)
    font = register_fonts()
    with atomic_write(Path(path)) as tmp:
        c = Canvas(str(tmp), pagesize=landscape(A4))
        c.setTitle(tr("荣誉证书"))
        c.setAuthor("VenueScore")
        for a in lines:
            code = certificates.make_code(key, a.cert_no, a.item_label, a.group, a.name, a.award)
            _page(c, font, a, code, competition, organiser, day)
            c.showPage()
        c.save()
    return len(lines)
