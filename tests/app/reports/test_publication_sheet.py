"""成绩公示: the sheet from a signed revision, as PDF and static HTML with the same content, masked IDs."""

from __future__ import annotations

import re
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.clock import now
from app.errors import PermissionDenied, StateError
from app.reports import publication_files
from app.roles import Actor
from app.services import publication, publication_sheet, results
from db.models import Contestant
from db.venue_file import VenueFile
from tests.app.package.export_world import distinct
from tests.app.services.results_world import WITHDREW, build
from tests.conftest import HEAD_PASSPHRASE


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.cells: list[str] = []
        self.tags: set[str] = set()
        self._in = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self._in = tag in ("td", "th")
        if self._in:
            self.cells.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in = False

    def handle_data(self, data: str) -> None:
        if self._in:
            self.cells[-1] += data


def _set_period(venue: VenueFile, head: Actor, columns: list[str] | None = None) -> None:
    start = now() - timedelta(hours=1)
    publication.set_publication(venue, head, start, start + timedelta(days=5), "赛场办公室（实训楼 1 楼）",
                                "赵老师 023-66668888", columns)


def test_sheet_needs_sign_off_and_period_and_the_head_judge(venue: VenueFile, head: Actor,
                                                             staff: dict[str, Actor], tmp_path: Path) -> None:
    build(venue, head, staff, tmp_path, distinct(4))
    with pytest.raises(StateError, match="公示期"):
        publication_sheet.for_venue(venue, head)
    _set_period(venue, head)
    with pytest.raises(StateError, match="签字确认"):
        publication_sheet.for_venue(venue, head)
    results.sign_off(venue, head, HEAD_PASSPHRASE)
    with pytest.raises(PermissionDenied):
        publication_sheet.for_venue(venue, staff["J1"])
    assert publication_sheet.for_venue(venue, head).sections


def test_pdf_and_html_show_the_same_masked_sheet(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                 tmp_path: Path) -> None:
    specs = distinct(7)
    specs[6] = WITHDREW  # type: ignore[call-overload]
    build(venue, head, staff, tmp_path, specs)
    results.sign_off(venue, head, HEAD_PASSPHRASE)
    _set_period(venue, head)
    sheet = publication_sheet.for_venue(venue, head)
    (section,) = [s for s in sheet.sections if s.rows]
    assert section.headers == ("名次", "姓名", "身份证号", "单位", "奖项", "合格")  # the default: no scores
    assert len(section.rows) == 6 and "弃权 1 人" in section.note and "第 1 版" in sheet.scope
    with venue.unit_of_work() as s:
        people = [(c.name, c.id_number, c.phone) for c in s.scalars(select(Contestant))]
    assert publication_files.write(sheet, tmp_path / "公示.pdf") == 6
    assert publication_files.write(sheet, tmp_path / "公示.html") == 6
    pdf_text = "".join(p.extract_text() for p in PdfReader(tmp_path / "公示.pdf").pages)
    html = (tmp_path / "公示.html").read_text(encoding="utf-8")
    parsed = _Cells()
    parsed.feed(html)
    for _name, id_number, phone in people:
        assert id_number not in pdf_text and id_number not in html  # never the full ID number
        assert phone not in html and phone not in pdf_text
    withdrawn = [name for name, _, _ in people if name not in {r[1] for r in section.rows}]
    assert len(withdrawn) == 1 and withdrawn[0] not in html  # who did not compete is only counted
    for row in section.rows:
        assert re.fullmatch(r"\d{6}\*{8}\d{3}[\dX]", row[2])
        assert all(cell in parsed.cells for cell in row)  # the HTML table holds exactly the sheet's cells
        assert row[1] in pdf_text and row[2] in pdf_text
    assert parsed.cells == list(section.headers) + [v for r in section.rows for v in r]
    assert not parsed.tags & {"script", "img", "link", "iframe", "form"}  # static, nothing fetched
    for text in ("赛场办公室（实训楼 1 楼）", "公示期", "申诉"):
        assert text in html and text in pdf_text


def test_columns_are_a_setting(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path) -> None:
    build(venue, head, staff, tmp_path, distinct(3))
    results.sign_off(venue, head, HEAD_PASSPHRASE)
    _set_period(venue, head, ["award", "name", "total", "rank"])
    (section,) = [s for s in publication_sheet.for_venue(venue, head).sections if s.rows]
    assert section.headers == ("名次", "姓名", "总分", "奖项")  # always in print order
    assert section.rows[0][2] == "99.00"
    with pytest.raises(Exception, match="未知的公示列"):
        _set_period(venue, head, ["phone"])
