"""PDF speed: 200 pages' worth of 40-row roster tables through the shared layer, against bare reportlab.

Run: python bench/pdf_page.py [pages]
The baseline draws 40 rows of text per page straight onto a plain canvas with the same embedded
CJK font.  The report path puts the same rows in one ``data_table`` (a Paragraph per cell, header
row repeated, page header/footer, two-pass page count) and lets ``build_pdf`` paginate it, as a
real roster would be printed.  Its rows are a little taller (about 36 fit on a portrait page), so
it prints somewhat more pages for the same rows: the time ratio compares equal work (rows).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.reports.fonts import register_fonts
from app.reports.pdf_base import ReportHeader, build_pdf, data_table, mm

ROWS_PER_TABLE = 40
HEADERS = ["序号", "姓名", "单位", "工位号", "签名"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华建国志文博思远子涵雨欣浩然梓萱"
UNITS = ["重庆市渝北区职业教育中心", "重庆工程职业技术学院", "重庆市工业学校"]
HEADER = ReportHeader(
    competition="“巴渝工匠”杯 重庆市第二届专项职业能力技能大赛",
    item="01 LED 显示屏应用",
    venue="重庆市工业学校实训楼",
    date="2025-11-29",
    title="检录签到表",
)


def make_pages(count: int) -> list[list[list[str]]]:
    rnd = random.Random(1)
    pages = []
    for t in range(count):
        rows = []
        for r in range(ROWS_PER_TABLE):
            n = t * ROWS_PER_TABLE + r + 1
            name = rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN)
            rows.append([f"{n:04d}", name, rnd.choice(UNITS), f"A{n:04d}", ""])
        pages.append(rows)
    return pages


def report_path(pages: list[list[list[str]]], out: Path) -> float:
    start = time.perf_counter()
    rows = [row for page in pages for row in page]
    widths = [16 * mm, 25 * mm, 84 * mm, 20 * mm, 35 * mm]
    build_pdf(out, HEADER, [data_table(HEADERS, rows, col_widths=widths)], datetime(2025, 11, 29, 8, 0))
    return time.perf_counter() - start


def baseline(pages: list[list[list[str]]], out: Path) -> float:
    font = register_fonts()
    start = time.perf_counter()
    c = Canvas(str(out), pagesize=A4, initialFontName=font)
    x = [15 * mm, 31 * mm, 56 * mm, 140 * mm, 160 * mm]
    for rows in pages:
        c.setFont(font, 10.5)
        c.drawCentredString(A4[0] / 2, A4[1] - 20 * mm, HEADER.title)
        c.setFont(font, 9.5)
        y = A4[1] - 35 * mm
        for row in [HEADERS, *rows]:
            for xi, cell in zip(x, row, strict=True):
                c.drawString(xi, y, cell)
            y -= 6 * mm
        c.showPage()
    c.save()
    return time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    pages = make_pages(count)
    rows = count * ROWS_PER_TABLE
    register_fonts()  # font loading is a one-off; keep it out of both timings
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t_base = baseline(pages, folder / "bare.pdf")
        t_report = report_path(pages, folder / "report.pdf")
        n_base = len(PdfReader(folder / "bare.pdf").pages)
        n_report = len(PdfReader(folder / "report.pdf").pages)
        size = (folder / "report.pdf").stat().st_size
    print(
        f"bare canvas : {n_base:4d} pages in {t_base:6.2f} s  {n_base / t_base:8.1f} pages/s  {rows / t_base:9.0f} rows/s"
    )
    print(
        f"build_pdf   : {n_report:4d} pages in {t_report:6.2f} s  {n_report / t_report:8.1f} pages/s"
        f"  {rows / t_report:9.0f} rows/s  ({size / 1024:.0f} KiB)"
    )
    print(
        f"ratio       : build_pdf takes {t_report / t_base:.1f}× the bare canvas time for the same {rows} rows"
    )


if __name__ == "__main__":
    main()
