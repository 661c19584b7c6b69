"""空白评分表 for a module with 18 criteria (issue 13 item 7): landscape, split in parts that repeat the blind
codes and name their criteria; no header broken into one character per line (read back with pdftotext -bbox)."""

from __future__ import annotations

import re
import subprocess
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from app.reports import result_reports
from app.roles import Actor
from db.models import Criterion, Module
from db.venue_file import VenueFile
from tests.app.services.results_world import build


def add_long_module(venue: VenueFile, n: int = 18) -> None:
    with venue.unit_of_work() as s:
        m = Module(code="C", name="综合实操", sort=2)
        s.add(m)
        s.flush()
        s.add_all([Criterion(code=f"C{i}", module_id=m.id, description=f"第{i}项操作规范", kind="M",
                             max_points=Decimal("2.50"), judges=1, score_descriptions=[], sort=10 + i)
                   for i in range(1, n + 1)])


def pages_words(pdf: Path) -> list[list[str]]:
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return [re.findall(r"<word [^>]*>([^<]*)</word>", page) for page in html.split("<page ")[1:]]


def test_eighteen_criteria_split_into_landscape_parts(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                      tmp_path: Path) -> None:
    build(venue, head, staff, tmp_path, [("50", "30"), ("40", "30"), ("45", "20")], locked=False)
    add_long_module(venue)
    out = tmp_path / "blank.pdf"
    codes_count = result_reports.write_report(venue, staff["J1"], "blank-sheets", out)
    assert codes_count == 3
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert box.width > box.height  # landscape: a module with many criteria needs the width
    pages = pages_words(out)
    c_pages = [words for words in pages if "综合实操" in "".join(words)]
    assert len(c_pages) == 2  # 18 criteria: two parts of nine, not one page of slivers
    joined = [" ".join(words) for words in c_pages]
    assert "第 1/2 部分：C1–C9" in joined[0] and "第 2/2 部分：C10–C18" in joined[1]
    for words in c_pages:  # each part repeats the blind codes and names its criteria
        assert sum(1 for w in words if re.fullmatch(r"\d{3}", w)) >= 3
    all_words = [w for words in pages for w in words]
    for i in range(1, 19):
        assert f"C{i}" in all_words  # each code whole on its header line
    assert "测量" in all_words and "测" not in all_words and "量" not in all_words  # not one character a line
    assert "第18项操作规范" in "".join(all_words)
