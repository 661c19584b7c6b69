"""评分明细表, drawn as a fixed form (app.reports.score_sheets): what each page says, read back with pdftotext.

Every contestant who competed gets a sheet starting on a page of its own with their blind code, every criterion
and every score; a sheet too long for one page goes on under a line naming the contestant with the table header
repeated; overlong texts stay inside the page.
"""

from __future__ import annotations

import copy
import re
import subprocess
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.reports import score_sheets
from app.reports.pdf_base import MARGIN
from app.roles import Actor
from app.services import results
from app.vocab import COMPETED
from db.venue_file import VenueFile
from tests.app.services.results_world import WITHDREW, World, build, deduct
from tests.conftest import HEAD_PASSPHRASE

AT = datetime(2026, 11, 30, 9, 0)


def page_texts(path: Path) -> list[str]:
    """Each page's words, wrapped lines joined back (as in test_result_notes)."""
    pages = len(PdfReader(path).pages)
    out = []
    for n in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(path), "-"], check=True,
                              capture_output=True, text=True).stdout
        out.append(" ".join(text.split()))
    return out


def word_boxes(path: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                          check=True, capture_output=True, text=True).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in re.findall(pattern, html)]


@pytest.fixture
def item(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path) -> World:
    specs = [("57", "38", 1500), ("54", "36"), WITHDREW, ("48", "32"), ("30", "20")]
    w = build(venue, head, staff, tmp_path, specs)
    deduct(venue, w.reg(1), Decimal("2"), "工位未清理", "B")
    results.sign_off(venue, head, HEAD_PASSPHRASE)
    return w


def competed(p: results.PrintableResults) -> list[dict]:  # type: ignore[type-arg]
    return [c for c in p.snapshot["contestants"] if c["status"] == COMPETED]


def test_each_sheet_shows_its_contestant_blind_code_criteria_and_scores(item: World, venue: VenueFile, head: Actor,
                                                                        tmp_path: Path) -> None:
    p = results.printable(venue, head)
    out = tmp_path / "sheets.pdf"
    assert score_sheets.write(venue, p, out, AT) == 4
    pages = page_texts(out)
    assert len(pages) == 4  # one page each: the withdrawn contestant has no sheet
    criteria = [cr for m in p.snapshot["scheme"]["modules"] for cr in m["criteria"]]
    for c in competed(p):
        page = next(t for t in pages if f"报名号 {c['reg_no']}" in t)
        assert c["name"] in page and f"/ {c['blind_code']}" in page and c["total"] in page
        for cr in criteria:
            assert cr["code"] in page and cr["description"] in page and cr["max_points"] in page
        for m in c["modules"]:
            assert f"模块{m['code']}小计" in page and m["score"] in page
        assert "评分项" in page and "裁判1" in page and "裁判长：" in page and "日期：" in page
    assert "扣分：模块B 2.00 分，理由：工位未清理" in " ".join(pages) and "用时：25:00" in " ".join(pages)
    for n, page in enumerate(pages, 1):
        assert f"第{n}页/共4页" in page.replace(" ", "") and "评分明细表" in page and "第 1 版" in page


def _many_criteria(p: results.PrintableResults, count: int, description: str) -> results.PrintableResults:
    """The signed snapshot with a module of ``count`` more judgement criteria (texts only: layout input)."""
    snap = copy.deepcopy(p.snapshot)
    extra = [{"code": f"C{i}", "description": f"{description}{i}", "kind": "J", "max_points": "1.00", "judges": 3}
             for i in range(1, count + 1)]
    snap["scheme"]["modules"].append({"code": "C", "name": "加试", "max_points": f"{count}.00", "criteria": extra})
    return replace(p, snapshot=snap)


def test_a_long_sheet_goes_on_with_its_name_and_the_table_header(item: World, venue: VenueFile, head: Actor,
                                                                 tmp_path: Path) -> None:
    p = _many_criteria(results.printable(venue, head), 45, "操作规范、步骤完整、动作熟练、沟通到位，评分项")
    out = tmp_path / "long.pdf"
    assert score_sheets.write(venue, p, out, AT) == 4
    pages = page_texts(out)
    assert len(pages) == 8  # two pages per sheet
    people = competed(p)
    for i, c in enumerate(people):
        first, second = pages[2 * i], pages[2 * i + 1]
        assert f"报名号 {c['reg_no']}" in first and c["blind_code"] in first
        assert f"{c['name']}（报名号 {c['reg_no']}）评分明细（续）" in second  # whose sheet goes on
        assert "评分项" in second and "内容" in second and "得分" in second  # the header row again
        both = first + " " + second
        for n in range(1, 46):  # every criterion once, on one page or the other
            assert len(re.findall(rf"\bC{n}\b", both)) == 1, n
        assert "裁判长：" in second and "裁判长：" not in first  # signatures on the sheet's last page
    for n, page in enumerate(pages, 1):
        assert f"第{n}页/共8页" in page.replace(" ", "")


def test_overlong_texts_stay_inside_the_page(item: World, venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    """A 400-character criterion is wrapped then cut with "…"; a long judge name wraps in its header cell; a long
    note wraps; nothing passes the page margins but a hanging full-width mark (，。）… end a line, as in a
    reportlab paragraph: its ink is in the left half of its box)."""
    p = _many_criteria(results.printable(venue, head), 2, "超长评分项内容" * 60)
    snap = p.snapshot
    snap["judges"][0]["name"] = "欧阳娜娜娜娜娜娜娜娜娜娜娜娜"
    snap["contestants"][0]["note"] = "很长的说明，" * 40
    out = tmp_path / "overlong.pdf"
    score_sheets.write(venue, p, out, AT)
    text = " ".join(page_texts(out))
    assert "…" in text and "超长评分项内容" in text
    width = float(PdfReader(out).pages[0].mediabox.width)
    margin = MARGIN - 1
    for n in range(1, len(PdfReader(out).pages) + 1):
        for word, x0, _y0, x1, _y1 in word_boxes(out, n):
            assert margin <= x0 and x1 <= width - margin + 9.5, (n, word)


def test_same_input_same_bytes_and_fonts_embedded(item: World, venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    p = results.printable(venue, head)
    score_sheets.write(venue, p, tmp_path / "a.pdf", AT)
    score_sheets.write(venue, p, tmp_path / "b.pdf", AT)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    fonts = subprocess.run(["pdffonts", str(tmp_path / "a.pdf")], check=True, capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows)  # every font embedded (the CJK subset)
