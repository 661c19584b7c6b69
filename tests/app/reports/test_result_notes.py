"""Every results PDF says what the rules decided (issue 13, item 11), read back with pdftotext.

Seven contestants: the 1st and 2nd share 90 (a tie at 一等奖/二等奖), two 80s are separated by time,
and the 6th (50) is below the pass line with a 三等奖 slot left (the award is withheld).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.reports import result_reports
from app.roles import Actor
from app.services import results
from db.venue_file import VenueFile
from tests.app.services.results_world import World, build
from tests.conftest import HEAD_PASSPHRASE


def pdftotext(path: Path) -> str:
    """The text as a reader sees it: pdftotext keeps a note's line together (pypdf breaks long CJK lines)."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True)
    return " ".join(out.stdout.split())  # wrapped lines joined back: compare words, not layout


@pytest.fixture
def item(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path) -> World:
    specs = [("54", "36"), ("54", "36"), ("50", "30", 1200), ("50", "30", 1100), ("45", "30"), ("30", "20"),
             ("28", "20")]
    return build(venue, head, staff, tmp_path, specs)


def names(venue: VenueFile, head: Actor) -> dict[str, str]:
    return {r.reg_no: r.name for g in results.results(venue, head).groups for r in g.rows}


def test_draft_summary_marks_the_open_tie_and_says_why(item: World, venue: VenueFile, head: Actor,
                                                        tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    result_reports.write_report(venue, head, "summary", out)
    text = pdftotext(out)
    who = names(venue, head)
    assert "待裁定" in text and "说明" in text
    assert f"与{who[item.reg(1)]}并列第 1 名，跨越一等奖/二等奖界线，待裁判长决定" in text
    assert f"总分与{who[item.reg(3)]}相同，按用时分出先后" in text
    assert "未达合格线（60 分），不授奖" in text


def test_signed_reports_carry_the_all_higher_line_note(item: World, venue: VenueFile, head: Actor,
                                                       tmp_path: Path) -> None:
    results.record_tie_decision(venue, head, "职工组", (item.reg(0), item.reg(1)), "all_higher", "合议并列")
    results.sign_off(venue, head, HEAD_PASSPHRASE)
    who = names(venue, head)
    converted = "原属二等奖 1 个的名额改授一等奖"
    for name in ("summary", "awards", "score-sheets"):
        out = tmp_path / f"{name}.pdf"
        result_reports.write_report(venue, head, name, out)
        text = pdftotext(out)
        assert converted in text and "理由：合议并列" in text, name
        assert "待裁定" not in text, name
    awards = pdftotext(tmp_path / "awards.pdf")
    assert f"{who[item.reg(5)]}：未达合格线（60 分），不授奖" in awards  # why 三等奖 stays short
    out = tmp_path / "passes.pdf"
    result_reports.write_report(venue, head, "passes", out)
    assert "未达合格线（60 分），不授奖" in pdftotext(out)


def test_summary_has_no_page_for_an_empty_group(item: World, venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    """Issue 13 item 7: a group without contestants is a line, not an almost empty page; settings take half
    the height (two pairs a row), so seven contestants print on two pages, not three."""
    out = tmp_path / "summary.pdf"
    result_reports.write_report(venue, head, "summary", out)
    pages = [" ".join((page.extract_text() or "").split()) for page in PdfReader(out).pages]
    assert len(pages) == 2
    assert "以下组别无选手：学生组" in pages[0] and "本组无选手" not in " ".join(pages)
    assert "本表采用的设置" in pages[-1] and "裁判长" in pages[-1] and "合格线" in pages[-1]
