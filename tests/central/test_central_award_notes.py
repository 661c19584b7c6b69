"""The committee's award list says what the rules decided for a line, as the venue's own results do (说明)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest

from app.reports.central_reports import write_central_report
from app.services import central
from app.services import central_reports as reports
from db.central.engine import CentralDb, open_central
from tests.central.packages import Made, make, register

BY = "组委会 李明"
# Equal totals (93) for the first two, told apart by the tie-break rules; the rest distinct.
SPECS = [("55", "38", 1500), ("53", "40", 1200), ("58", "30"), ("50", "30"), ("40", "30"), ("30", "30")]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    return make(tmp_path_factory.mktemp("notes31"), 31, specs=SPECS)


@pytest.fixture
def db(tmp_path: Path, made: Made) -> CentralDb:
    database = open_central(tmp_path / "central.sqlite", create=True)
    register(database, made)
    result = central.import_package(database, BY, made.path)
    central.accept(database, BY, result.package.id)
    return database


def test_award_lines_carry_the_venues_note(db: CentralDb, made: Made) -> None:
    notes = {c["reg_no"]: c["note"] for c in made.results["contestants"] if c.get("note")}
    lines = reports.award_lines(db)
    assert any(a.note for a in lines), "the tie separated by module B is explained"
    by_name = {c["name"]: c["reg_no"] for c in made.results["contestants"]}
    for a in lines:
        assert a.note == notes.get(by_name[a.name], "")


def test_the_printed_list_and_the_sheet_show_the_notes(db: CentralDb, tmp_path: Path) -> None:
    noted = [a for a in reports.award_lines(db) if a.note]
    pdf = tmp_path / "awards.pdf"
    write_central_report(db, "awards", pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(text.split())
    assert "说明" in flat
    for a in noted:
        assert "".join(a.note.split()) in flat and a.cert_no in flat

    sheet = tmp_path / "awards.xlsx"
    write_central_report(db, "awards", sheet)
    ws = openpyxl.load_workbook(sheet).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    header = next(r for r in rows if "证书编号" in r)
    assert header[-1] == "说明"
    notes = {r[0]: r[-1] for r in rows[rows.index(header) + 1:] if r[0]}
    for a in noted:
        assert notes[a.cert_no] == a.note
