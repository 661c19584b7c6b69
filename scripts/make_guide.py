"""Make the illustrated guide: screenshots of the demo venue at 1366×768 (offscreen), then the printable PDF.

    python scripts/make_guide.py            # docs/guide/img/*.png and resources/guide/使用指南.pdf
    python scripts/make_guide.py --quick --out /tmp/g --pdf /tmp/g/guide.pdf   # two shots (the test)

The chapters are docs/guide/*.md (Chinese, one per role); each ``![说明](img/NAME.png)`` line is a picture
this script makes, so the pictures follow the app whenever a screen changes: run it again and commit.
The PDF is what 帮助 → 使用指南 opens (ui/help_dialogs.py) and what a venue prints.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "guide"
CHAPTERS = ("README.md", "01-检录员.md", "02-裁判员.md", "03-裁判长.md", "04-组委会.md")
SCREEN = (1366, 768)
QUICK = ("checkin-desk", "head-results")  # what --quick makes: one page per kind (desk, head judge)


# ------------------------------------------------------------------------------------ screenshots


def _settle(app: object) -> None:
    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]


def _window_shot(venue: object, name: str, pin: str, step: str | None, out: Path,
                 before: Callable[[object], None] | None = None) -> Path:
    """Sign ``name`` in, open the venue window at 1366×768 on ``step`` (None: the role's landing page), grab it."""
    from PySide6.QtWidgets import QApplication

    from app.services import users
    from ui.main_window import MainWindow

    window = MainWindow(venue, users.sign_in(venue, name, pin))  # type: ignore[arg-type]
    window.show()
    window.resize(*SCREEN)  # after show: as maximising on the laptop would (the offscreen screen is smaller)
    if step is not None:
        window.show_step(step)
    if before is not None:
        before(window)
    _settle(QApplication.instance())
    window.grab().save(str(out))
    window.close()
    window.deleteLater()
    return out


def _select_open_tie(window: object) -> None:
    """On 成绩与奖项, the first line of the open tie selected: its 说明 shows in full under the table."""
    page = window.page_for("results")  # type: ignore[attr-defined]
    rows = page.model.rows
    row = next((i for i, r in enumerate(rows) if r.open_tie), 0)
    page.table.setCurrentIndex(page.model.index(row, 0))


def make_shots(out: Path, quick: bool = False) -> list[Path]:
    """The screenshots of the demo venue (built fresh in a temporary folder) into ``out``."""
    from PySide6.QtWidgets import QApplication

    from app.reports import result_reports
    from app.services import decrypt, demo, users
    from db.venue_file import open_venue
    from ui.app import make_application

    app = QApplication.instance() or make_application([])
    out.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        files = demo.demo_files(Path(tmp) / "demo", stage="scored")
        venue = open_venue(files.venue)
        try:
            def want(name: str) -> bool:
                return not quick or name in QUICK

            desk_name, desk_pin = demo.DEMO_DESK, demo.DEMO_DESK_PIN
            judge_name, judge_pin = demo.DEMO_JUDGES[0]
            head, head_pin = demo.HEAD_JUDGE, demo.HEAD_PIN
            if want("checkin-desk"):
                made.append(_window_shot(venue, desk_name, desk_pin, None, out / "checkin-desk.png"))
            if want("judge-grid"):
                made.append(_window_shot(venue, judge_name, judge_pin, None, out / "judge-grid.png"))
            if want("head-draw"):
                made.append(_window_shot(venue, head, head_pin, "draw", out / "head-draw.png"))
            if want("head-scoring"):
                made.append(_window_shot(venue, head, head_pin, "scoring", out / "head-scoring.png"))
            head_actor = users.sign_in(venue, head, head_pin)
            decrypt.decrypt(venue, head_actor, passphrase=demo.DEMO_PASSPHRASE)  # names, groups, the tie
            if want("head-results"):
                made.append(_window_shot(venue, head, head_pin, "results", out / "head-results.png",
                                         before=_select_open_tie))
            if want("head-preview"):
                made.append(_preview_shot(venue, head_actor, Path(tmp), out / "head-preview.png", result_reports))
            if want("head-package"):
                made.append(_window_shot(venue, head, head_pin, "package", out / "head-package.png"))
            if want("head-appeals"):
                _demo_appeals(venue, head_actor)
                made.append(_window_shot(venue, head, head_pin, "appeals", out / "head-appeals.png"))
            if want("help-shortcuts"):
                made.append(_dialog_shot(out / "help-shortcuts.png"))
        finally:
            venue.close()
        if want("committee"):
            made.append(_committee_shot(Path(tmp), out / "committee.png"))
    _settle(app)
    return made


def _demo_appeals(venue: object, head: object) -> None:
    """Two appeals for the 申诉与仲裁 picture: one by blind code dismissed by the panel, one waiting."""
    from datetime import timedelta

    from app.clock import now
    from app.services import appeals, draw, publication

    codes = [code for _bid, code in draw.scoring_rows(venue)]  # type: ignore[arg-type]
    start = now() - timedelta(hours=3)
    publication.set_publication(venue, head, start, start + timedelta(days=3), "实训楼 1 楼 赛务办公室",  # type: ignore[arg-type]
                                "赛务组 023-66668888")
    first = appeals.record(venue, head, appeals.BLIND_CODE, codes[0], "认为模块 B 评价分偏低，申请复核",  # type: ignore[arg-type]
                           lodged_at=now() - timedelta(hours=2))
    appeals.decide(venue, head, first.id, appeals.DISMISSED, "调阅评分记录，三名裁判评分一致，符合评分标准",  # type: ignore[arg-type]
                   ["张仲裁", "李仲裁", "王仲裁"])
    appeals.record(venue, head, appeals.TEAM_LEADER, "周领队", "对安全扣分有异议", lodger_unit="重庆市某职业学校")  # type: ignore[arg-type]


def _preview_shot(venue: object, head: object, tmp: Path, out: Path, result_reports: object) -> Path:
    from PySide6.QtWidgets import QApplication

    from ui.dialogs.pdf_preview import PdfPreview

    pdf = tmp / "成绩汇总表.pdf"
    result_reports.write_report(venue, head, "summary", pdf)  # type: ignore[attr-defined]
    preview = PdfPreview(pdf)
    preview.show()
    preview.resize(1000, 700)
    preview.show_page()
    _settle(QApplication.instance())
    preview.grab().save(str(out))
    preview.reject()
    return out


def _dialog_shot(out: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    from ui.help_dialogs import ShortcutsDialog

    dialog = ShortcutsDialog()
    dialog.show()
    _settle(QApplication.instance())
    dialog.grab().save(str(out))
    dialog.reject()
    return out


def _committee_shot(tmp: Path, out: Path) -> Path:
    """The committee's window as on the day: two items imported, one accepted, the other's 兼项 findings shown."""
    from PySide6.QtWidgets import QApplication

    from app.services import central
    from db.central.engine import open_central

    # Real venues, signed off and exported: the central tests' builder.
    from tests.central.packages import make, register
    from ui.central_window import CentralWindow

    operator = "组委会 李明"
    (tmp / "p31").mkdir()
    (tmp / "p05").mkdir()
    item31, item05 = make(tmp / "p31", 31), make(tmp / "p05", 5, n=4, top=95.0)
    db = open_central(tmp / "central.sqlite", create=True)
    register(db, item31)
    register(db, item05, "05 赛场")
    central.import_many(db, operator, [item31.path, item05.path])
    views = {view.item_no: view for view in central.packages(db)}
    central.accept(db, operator, views[31].id)
    window = CentralWindow(db)
    window.operator.setText(operator)
    window.show()
    window.resize(*SCREEN)
    window.refresh()
    proxy = window.package_view.model()
    for row in range(proxy.rowCount()):
        if window.packages.row_at(proxy.mapToSource(proxy.index(row, 0)).row()).item_no == 5:
            window.package_view.selectRow(row)  # its findings (兼项) fill the lower half
    _settle(QApplication.instance())
    window.grab().save(str(out))
    window.close()
    return out


# ------------------------------------------------------------------------------------ the PDF

IMAGE = re.compile(r"^!\[(?P<caption>[^\]]*)\]\((?P<path>[^)]+)\)\s*$")


def _inline(text: str) -> str:
    """Markdown emphasis and code marks dropped; the rest escaped for reportlab's paragraph markup."""
    from xml.sax.saxutils import escape

    return escape(re.sub(r"\*\*|`", "", text))


def chapter_flowables(md: str, images: Path) -> list[object]:
    """A small Markdown subset as reportlab flowables: #/##/### headings, paragraphs, - and 1. lists, images."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer

    from app.reports.pdf_base import styles

    st = styles()
    out: list[object] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append(Paragraph(_inline(" ".join(paragraph)), st.normal))
            paragraph.clear()

    for raw in md.splitlines():
        line = raw.rstrip()
        image = IMAGE.match(line)
        if not line:
            flush()
        elif line.startswith("#"):
            flush()
            level = len(line) - len(line.lstrip("#"))
            style = st.title if level == 1 else st.heading
            style = ParagraphStyle(f"guide-h{level}", parent=style, keepWithNext=1)  # never alone at a page foot
            out.append(Paragraph(_inline(line.lstrip("#").strip()), style))
        elif image:
            flush()
            path = (images / image.group("path")).resolve()
            if path.is_file():
                picture = Image(str(path), width=170 * mm, height=170 * mm * SCREEN[1] / SCREEN[0],
                                kind="proportional")
                out.append(KeepTogether([picture, Paragraph(_inline(image.group("caption")), st.small),
                                         Spacer(1, 3 * mm)]))
        elif re.match(r"^\s*([-*]|\d+\.)\s+", line):
            flush()
            bullet = re.match(r"^\s*([-*]|\d+\.)\s+", line)
            assert bullet is not None
            mark = "•" if bullet.group(1) in "-*" else bullet.group(1)
            out.append(Paragraph(f"{_inline(mark)} {_inline(line[bullet.end():])}", st.normal))
        else:
            paragraph.append(line.strip())
    flush()
    return out


def build_pdf(guide: Path, pdf: Path) -> int:
    """The chapters (README first) into one A4 PDF with page numbers; returns the number of pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    from app.fileio import atomic_write
    from app.reports.fonts import register_fonts

    font = register_fonts()
    story: list[object] = []
    for i, name in enumerate(CHAPTERS):
        path = guide / name
        if not path.is_file():
            continue
        if i:
            story.append(PageBreak())
        story += chapter_flowables(path.read_text(encoding="utf-8"), guide)
    pages = [0]

    def footer(canvas: object, doc: object) -> None:
        pages[0] = doc.page  # type: ignore[attr-defined]
        canvas.setFont(font, 8)  # type: ignore[attr-defined]
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"赛场计分 VenueScore 使用指南　第 {doc.page} 页")  # type: ignore[attr-defined]

    pdf.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(pdf) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                                bottomMargin=18 * mm, title="赛场计分 VenueScore 使用指南", author="VenueScore")
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return pages[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="截图（演示赛场，1366×768）并生成使用指南 PDF")
    parser.add_argument("--out", type=Path, default=GUIDE / "img", help="截图文件夹")
    parser.add_argument("--pdf", type=Path, default=ROOT / "resources" / "guide" / "使用指南.pdf")
    parser.add_argument("--quick", action="store_true", help="只做两张截图（测试用），PDF 仍完整生成")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    shots = make_shots(args.out, quick=args.quick)
    images = args.out.parent if args.out.name == "img" else args.out
    # The chapters name pictures as img/NAME.png: in --quick the missing ones are left out of the PDF.
    guide = GUIDE if not args.quick else _quick_guide(args.out)
    pages = build_pdf(guide, args.pdf)
    print(f"{len(shots)} screenshots in {args.out}; {args.pdf}: {pages} pages ({images})")
    return 0


def _quick_guide(shots: Path) -> Path:
    """The chapters beside the quick shots (img/ is where the chapters look for pictures)."""
    import shutil

    folder = shots.parent / "guide-quick"
    (folder / "img").mkdir(parents=True, exist_ok=True)
    for name in CHAPTERS:
        if (GUIDE / name).is_file():
            shutil.copyfile(GUIDE / name, folder / name)
    for png in shots.glob("*.png"):
        shutil.copyfile(png, folder / "img" / png.name)
    return folder


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
