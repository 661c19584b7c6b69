"""Hostile text through the services: refused where typed or imported (naming row, column and character),
written as plain text everywhere it goes out, and old files holding such text still export."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.errors import ValidationError
from app.roles import Actor, Role
from app.services import checkin, roster, scheme, users
from app.services.roster_rows import ContestantForm
from app.services.venue import create_venue
from db.venue_file import VenueFile
from tests.app.test_tabular import INJECTIONS, formula_cells
from tests.conftest import COMPETITION_DATE, ROSTER_HEADERS, roster_rows


def write_csv_roster(path: Path, rows: list[list[object]]) -> Path:
    """A CSV exactly as a hostile or careless sender makes it: raw text, no neutralising."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(ROSTER_HEADERS)
        writer.writerows(rows)
    return path


def test_control_characters_in_a_roster_are_refused_naming_row_column_and_character(
        venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    rows = roster_rows(3)
    rows[0][0] = "钱\x07\x1b[31m红"
    rows[2][4] = "重庆市\x0b轻工业学校"
    with pytest.raises(ValidationError) as info:
        roster.import_roster(venue, head, write_csv_roster(tmp_path / "r.csv", rows))
    found = {(p.row, p.column): p for p in info.value.problems}
    assert set(found) == {(2, "姓名"), (4, "单位/学校")}
    assert "U+0007" in found[(2, "姓名")].message and found[(2, "姓名")].value == "钱⟨U+0007⟩⟨U+001B⟩[31m红"
    assert "U+000B" in found[(4, "单位/学校")].message
    assert roster.list_contestants(venue) == []


def test_bidi_zero_width_and_combining_characters_in_names_are_refused(venue: VenueFile, head: Actor,
                                                                        tmp_path: Path) -> None:
    rows = roster_rows(4)
    rows[0][0] = "\u202e红钱"
    rows[1][0] = "王\u200b芳"
    rows[2][0] = "钱\u0301红"
    report = roster.import_roster(venue, head, write_csv_roster(tmp_path / "r.csv", rows), valid_only=True)
    assert report.added == 1 and report.rejected_rows == 3
    messages = {p.row: p.message for p in report.problems}
    assert "U+202E" in messages[2] and "U+200B" in messages[3] and "U+0301" in messages[4]
    assert report.rejected_file is not None and formula_cells(Path(report.rejected_file)) == []


def test_trailing_tabs_are_removed_and_names_are_nfc(venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    rows = roster_rows(1)
    rows[0][0] = "\tJose\u0301 \t"
    rows[0][4] = " 重庆市\t轻工业学校\t"
    roster.import_roster(venue, head, write_csv_roster(tmp_path / "r.csv", rows))
    (person,) = roster.list_contestants(venue)
    assert (person.name, person.unit) == ("José", "重庆市 轻工业学校")


def test_formula_text_is_imported_as_text_and_exported_as_text(venue: VenueFile, head: Actor,
                                                                tmp_path: Path) -> None:
    rows = roster_rows(len(INJECTIONS))
    for row, text in zip(rows, INJECTIONS, strict=True):
        row[0] = text.strip()
        row[4] = text.strip()
    roster.import_roster(venue, head, write_csv_roster(tmp_path / "r.csv", rows))
    out = roster.export_roster(venue, head, tmp_path / "out.xlsx")
    assert formula_cells(out) == []
    ws = load_workbook(out).active
    assert {ws.cell(row=i, column=2).value for i in range(2, len(INJECTIONS) + 2)} == {t.strip() for t in INJECTIONS}


def test_names_stored_by_an_older_version_still_export(seeded: VenueFile, head: Actor, venue_path: Path,
                                                       tmp_path: Path) -> None:
    """Before the text policy, control characters got in and made every spreadsheet export crash."""
    conn = sqlite3.connect(venue_path)
    conn.execute("UPDATE contestant SET name = ?, unit = ? WHERE id = 1", ("钱\x07\x1b[31m红", "重庆\x0b学校"))
    conn.commit()
    conn.close()
    out = roster.export_roster(seeded, head, tmp_path / "old.xlsx")
    ws = load_workbook(out).active
    assert "钱␇␛[31m红" in [c.value for c in ws["B"]]


def test_the_form_accounts_venue_scheme_and_reasons_use_the_policy(venue: VenueFile, head: Actor,
                                                                    staff: dict[str, Actor], tmp_path: Path) -> None:
    person = roster_rows(1)[0]
    form = ContestantForm(name="王\u202e芳", id_number=str(person[1]), category="职工", group="职工组")
    with pytest.raises(ValidationError) as info:
        roster.add_contestant(venue, head, form)
    assert info.value.problems[0].column == "姓名" and "U+202E" in info.value.problems[0].message
    with pytest.raises(ValidationError) as info:
        users.add_user(venue, head, "裁判\u200b4", Role.JUDGE, "2004", judge_no="J4")
    assert "U+200B" in str(info.value)
    with pytest.raises(ValidationError, match=r"U\+001B"):
        create_venue(tmp_path / "new.venue", item_no=31, competition_date=COMPETITION_DATE,
                     venue_place="实训楼\x1b[2J", head_judge="钱莉", head_judge_pin="2468")
    assert not (tmp_path / "new.venue").exists()
    view = roster.add_contestant(venue, head, ContestantForm(name=" 王芳 ", id_number=str(person[1]), category="职工",
                                                             group="职工组"))
    with pytest.raises(ValidationError, match=r"U\+0007"):
        checkin.mark_absent(venue, staff["checkin"], view.id, "未到\x07")
    with pytest.raises(ValidationError, match=r"U\+202E"):
        roster.edit_contestant(venue, head, view.id, form.__class__(**{**form.__dict__, "name": "王芳"}),
                               reason="改名\u202e")
    drafts = [scheme.CriterionDraft("A1", "A", "模块\x1b", "测量", "M", scheme.Decimal(100), 1)]
    with pytest.raises(ValidationError) as info:
        scheme.save_scheme(venue, head, drafts)
    assert any(p.column == "模块名称" and "U+001B" in p.message for p in info.value.problems)
