"""Result reports: text extracted from the PDFs shows names, ranks, awards, 并列 and the revision; fonts embedded."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.errors import PermissionDenied, StateError
from app.reports import result_reports
from app.roles import Actor
from app.services import results
from db.venue_file import VenueFile
from tests.app.services.results_world import WITHDREW, World, build, correct_a
from tests.conftest import HEAD_PASSPHRASE


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def fonts_embedded(path: Path) -> bool:
    for page in PdfReader(path).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            desc = font.get("/FontDescriptor") or (font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
                                                    if "/DescendantFonts" in font else None)
            if desc is None:
                return False
            desc = desc.get_object()
            if not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                return False
    return True


@pytest.fixture
def item(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path) -> World:
    """Seven contestants; the 2nd and 3rd share a place inside 二等奖; the 4th withdrew."""
    specs = [("57", "38"), ("54", "36"), ("54", "36"), WITHDREW, ("48", "32"), ("45", "30"), ("42", "28"),
             ("30", "20")]
    w = build(venue, head, staff, tmp_path, specs)
    results.sign_off(venue, head, HEAD_PASSPHRASE)
    return w


def names(venue: VenueFile, head: Actor) -> dict[str, str]:
    view = results.results(venue, head)
    return {r.reg_no: r.name for g in view.groups for r in g.rows}


def test_summary_lists_names_ranks_awards_ties_and_revision(item: World, venue: VenueFile, head: Actor,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    assert result_reports.write_report(venue, head, "summary", out) == 8
    text = text_of(out)
    who = names(venue, head)
    for reg in item.reg_nos:
        assert who[reg] in text
    assert "成绩汇总表" in text and "第 1 版" in text and "并列" in text
    for award in ("一等奖", "二等奖", "三等奖"):
        assert award in text
    assert "弃权" in text and "不合格" in text and "合格线" in text and "优胜奖基数" in text
    assert "裁判长 钱莉" in text and "裁判员 裁判1" in text
    assert "第 1 页 / 共" in text
    assert fonts_embedded(out)
    assert PdfReader(out).pages[0].mediabox.width > PdfReader(out).pages[0].mediabox.height  # landscape


def test_award_and_pass_lists(item: World, venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    who = names(venue, head)
    awards = tmp_path / "awards.pdf"
    assert result_reports.write_report(venue, head, "awards", awards) == 6
    text = text_of(awards)
    assert "获奖名单" in text and who[item.reg(0)] in text and "一等奖" in text
    assert who[item.reg(7)] not in text  # 50 points: no pass, no award
    assert "实际参赛" in text  # the award base setting is printed
    passes = tmp_path / "passes.pdf"
    assert result_reports.write_report(venue, head, "passes", passes) == 6
    text = text_of(passes)
    assert who[item.reg(6)] in text and who[item.reg(7)] not in text and "********" in text
    assert fonts_embedded(awards) and fonts_embedded(passes)


def test_score_sheets_mark_corrections_and_revision_two(item: World, venue: VenueFile, head: Actor,
                                                        tmp_path: Path) -> None:
    correct_a(venue, head, item.reg(6), Decimal("50"), "复核：A1 测量值抄录错误")
    draft = tmp_path / "draft.pdf"
    result_reports.write_report(venue, head, "summary", draft)
    assert "第 1 版后有更正" in text_of(draft)
    results.correct_after_signoff(venue, head, HEAD_PASSPHRASE, "复核更正")
    sheets = tmp_path / "sheets.pdf"
    assert result_reports.write_report(venue, head, "score-sheets", sheets) == 7
    text = text_of(sheets)
    assert "评分明细表" in text and "第 2 版" in text
    assert "42.00 → 50.00" in text and "复核：A1 测量值抄录错误" in text
    assert "裁判1" in text and "新生儿沐浴操作" in text
    old = tmp_path / "r1.pdf"
    result_reports.write_report(venue, head, "summary", old, revision=1)
    assert "第 1 版" in text_of(old) and "第 2 版" not in text_of(old)


def test_blank_sheets_carry_blind_codes_only(item: World, venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                             tmp_path: Path) -> None:
    out = tmp_path / "blank.pdf"
    result_reports.write_report(venue, staff["J1"], "blank-sheets", out)
    text = text_of(out)
    view = results.results(venue, head)
    rows = [r for g in view.groups for r in g.rows]
    assert all(r.blind_code in text for r in rows if r.blind_code)
    assert not any(r.name in text for r in rows)
    assert "模块 A" in text and "模块 B" in text and "裁判 3" in text


def test_reports_need_the_head_judge_and_decryption(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                    tmp_path: Path) -> None:
    build(venue, head, staff, tmp_path, [("50", "30"), ("40", "30")], decrypted=False)
    with pytest.raises(StateError, match="解密"):
        result_reports.write_report(venue, head, "summary", tmp_path / "x.pdf")
    with pytest.raises(PermissionDenied):
        result_reports.write_report(venue, staff["J1"], "awards", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_xlsx_export(item: World, venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    out = result_reports.export_xlsx(venue, head, tmp_path / "results.xlsx")
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["组别", "名次", "报名号", "姓名"] and "总分" in header and "奖项" in header
    body = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert body[0][2] == item.reg(0) and body[0][header.index("奖项")] == "一等奖"
    assert body[1][1] == "2（并列）"
    assert body[0][header.index("总分")] == 95
    info = [[c.value for c in row] for row in wb.worksheets[1].iter_rows()]
    assert any(r[0] == "版本" and "第 1 版" in str(r[1]) for r in info)
