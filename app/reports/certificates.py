"""荣誉证书: one landscape A4 page per award, with a signed verification code as a QR code.

The QR code (app.reports.qr) is placed as a one-bit image, one pixel per module (never smoothed: PDF images
are not interpolated unless asked), so it prints sharp at any size.  Beside it a person reads the certificate
number and a short verification code (``certificates.short_code``), which the committee checks without a
scanner; the raw code and no command line are printed.  Every line is wrapped at the size it is drawn with and
kept inside the frame; the organiser and date sit under a marked seal area (盖章处).  A run of thousands of
certificates must stay quick and small (docs/performance.md): fast codewords and one fixed mask, a ~500-byte
image instead of ~1,400 vector squares per page, and each character's width measured once.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.errors import StateError
from app.fileio import atomic_write
from app.i18n import tr
from app.reports import qr
from app.reports.fixed_form import Ink, TextEncoder
from app.reports.fonts import register_fonts
from app.reports.text_wrap import at_most, wrap
from app.services import certificates
from app.services.central_appeals import held_back
from app.services.central_reports import AwardLine, award_lines, certificate_lines
from app.services.central_reports import competition as competition_of
from db.central.engine import CentralDb

RED = colors.HexColor("#B22222")
GOLD = colors.HexColor("#C9A227")


def draw_qr(c: Canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code of ``text`` with its lower-left corner at (x, y), ``size`` points wide: an inline one-bit
    image in the page's content (a few hundred bytes, compressed with the page), not an image object per page."""
    side, data = qr.image(text)
    c.addLiteral(f"q {fp_str(size)} 0 0 {fp_str(size)} {fp_str(x)} {fp_str(y)} cm\n"
                 f"BI /W {side} /H {side} /BPC 1 /CS /G /F /AHx ID\n{data}>\nEI Q")


FRAME = 10 * mm  # the red outer frame; the gold inner one 4 mm inside it
MARGIN = 34 * mm  # text keeps this far from the paper's edge: well inside both frames
SEAL_RADIUS = 21 * mm  # a round official seal is 42 mm across
QR_SIZE = 30 * mm
FORM = "certificate"  # the form XObject of what every certificate shares


def _frame(c: Canvas, w: float, h: float) -> None:
    c.setStrokeColor(RED)
    c.setLineWidth(4)
    c.rect(FRAME, FRAME, w - 2 * FRAME, h - 2 * FRAME)
    c.setStrokeColor(GOLD)
    c.setLineWidth(1.2)
    inner = FRAME + 4 * mm
    c.rect(inner, inner, w - 2 * inner, h - 2 * inner)
    arm = 14 * mm  # gold corner brackets: a plain certificate, not a form
    c.setLineWidth(2.5)
    for x, y, dx, dy in ((inner + 3 * mm, inner + 3 * mm, 1, 1), (w - inner - 3 * mm, inner + 3 * mm, -1, 1),
                         (inner + 3 * mm, h - inner - 3 * mm, 1, -1), (w - inner - 3 * mm, h - inner - 3 * mm, -1, -1)):
        c.line(x, y, x + dx * arm, y)
        c.line(x, y, x, y + dy * arm)


def _seal(c: Canvas, font: str, organiser: str, day: str, w: float) -> None:
    """Organiser and date bottom right, under a dashed circle marked 盖章处 where the seal is stamped."""
    right = w - MARGIN - 6 * mm
    c.setFont(font, 16)
    centre_x = right - max(stringWidth(organiser, font, 16), stringWidth(day, font, 16)) / 2
    centre_x = min(centre_x, w - MARGIN - SEAL_RADIUS)  # the circle stays inside the margin too
    c.setStrokeColor(colors.HexColor("#D9A0A0"))
    c.setLineWidth(0.8)
    c.setDash(3, 3)
    c.circle(centre_x, 47 * mm, SEAL_RADIUS)
    c.setDash()
    c.setFillColor(colors.HexColor("#B0B0B0"))
    c.setFont(font, 9)
    c.drawCentredString(centre_x, 47 * mm + SEAL_RADIUS - 7 * mm, tr("盖章处"))
    c.setFillColor(colors.black)
    c.setFont(font, 16)
    c.drawRightString(right, 50 * mm, organiser)
    c.drawRightString(right, 40 * mm, day)


class _Page:
    """What changes from one certificate to the next, drawn over the form of what does not (the frame, the
    title, the seal area with organiser and date, the QR caption): one text object and one inline image."""

    def __init__(self, c: Canvas, font: str, competition: str, w: float, h: float) -> None:
        self.c, self.font, self.competition, self.w, self.h = c, font, competition, w, h
        self.text = TextEncoder(c, font)
        self._wrapped: dict[tuple[str, float, float, int], list[str]] = {}  # a body or unit recurs on many pages

    def _lines(self, text: str, size: float, width: float, most: int = 0) -> list[str]:
        key = (text, size, width, most)
        if key not in self._wrapped:
            self._wrapped[key] = (at_most(text, self.font, size, width, most) if most
                                  else wrap(text, self.font, size, width))
        return self._wrapped[key]

    def draw(self, a: AwardLine, code: str) -> None:
        ink, w, h = Ink(), self.w, self.h
        ink.text.append((MARGIN, h - 78 * mm, 20, tr("{name}：").format(name=a.name)))
        group = tr("（{g}）").format(g=a.group) if a.group else ""
        body = tr("　　在{competition}“{item}”{group}竞赛中，荣获{award}。特发此证，以资鼓励。").format(
            competition=self.competition, item=a.item_name, group=group, award=a.award)
        y = h - 95 * mm
        for line in self._lines(body, 18, w - 2 * MARGIN):  # wrapped at the size it is drawn with
            ink.text.append((MARGIN, y, 18, line))
            y -= 11 * mm
        # beside the QR (bottom left) what a person reads or types: number, short code, unit
        x = MARGIN + QR_SIZE + 5 * mm
        ink.text.append((x, 47 * mm, 11, tr("证书编号：{no}").format(no=a.cert_no)))
        ink.text.append((x, 40 * mm, 11, tr("核验码：{code}").format(code=certificates.short_code(code))))
        y = 33 * mm
        for line in self._lines(tr("单位：{unit}").format(unit=a.unit), 9, w / 2 - x, 2):  # the seal has the right half
            ink.text.append((x, y, 9, line))
            y -= 4.5 * mm
        self.c.doForm(FORM)
        ink.draw(self.c, self.text)
        draw_qr(self.c, code, MARGIN, 24 * mm, QR_SIZE)  # the full signed code


def _fixed(c: Canvas, font: str, organiser: str, day: str, w: float, h: float) -> None:
    """What every certificate of a run shares: drawn once, as a form."""
    _frame(c, w, h)
    c.setFillColor(RED)
    c.setFont(font, 42)
    c.drawCentredString(w / 2, h - 52 * mm, tr("荣 誉 证 书"))
    _seal(c, font, organiser, day, w)
    c.setFont(font, 9)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(MARGIN + QR_SIZE + 5 * mm, 24 * mm, tr("扫描二维码或凭证书编号与核验码向大赛组委会核验"))
    c.setFillColor(colors.black)


def write_certificates(db: CentralDb, path: Path, passphrase: str, printed_at: datetime,
                       acknowledge_open_appeals: bool = False) -> int:
    """One page per award of the accepted packages; returns the number of pages.

    An item whose package has an appeal still open is left out (its award may yet change), unless the
    committee acknowledges the open appeals; ``central_appeals.held_back`` names the items left out."""
    lines = certificate_lines(db, acknowledge_open_appeals)
    if not lines:
        if award_lines(db):
            raise StateError(tr("所有已接收项目都有待仲裁的申诉，暂不能打印荣誉证书：{items}").format(
                items="；".join(held_back(db))))
        raise StateError(tr("还没有已接收的获奖名单，无法打印荣誉证书"))
    key = certificates.unlock_committee_key(db, passphrase)

    competition, organiser = competition_of(db)
    organiser = organiser or tr("大赛组委会")
    day = tr("{y} 年 {m} 月 {d} 日").format(y=printed_at.year, m=printed_at.month, d=printed_at.day)
    font = register_fonts()
    w, h = landscape(A4)
    with atomic_write(Path(path)) as tmp:
        c = Canvas(str(tmp), pagesize=(w, h), initialFontName=font)
        c.setTitle(tr("荣誉证书"))
        c.setAuthor("VenueScore")
        c.beginForm(FORM)
        _fixed(c, font, organiser, day, w, h)
        c.endForm()
        page = _Page(c, font, competition, w, h)
        for a in lines:
            page.draw(a, certificates.make_code(key, a.cert_no, a.item_label, a.group, a.name, a.award))
            c.showPage()
        c.save()
    return len(lines)
