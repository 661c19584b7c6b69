"""Minimum necessary (issue 12): phones and ID numbers masked on screens, in lists and in messages; the
rejected-rows file keeps the full rows (it is for fixing the data); the edit form of 裁判长/管理员 is the one
place with the full phone."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.errors import PermissionDenied, ValidationError
from app.roles import Actor
from app.rules.fields import mask_phone
from app.services import roster
from db.models import AuditRecord
from db.venue_file import VenueFile
from tests.conftest import roster_rows, write_roster

EIGHTEEN = re.compile(r"\d{17}[\dX]")


def test_mask_phone_keeps_little() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("023-88152323") == "023*****2323"
    assert mask_phone("12345") == "1***5" and mask_phone("") == ""
    assert "12345678" not in mask_phone("1381234567890")


def test_messages_name_the_row_and_a_masked_value(venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    rows = roster_rows(4)
    good_id = str(rows[0][1])
    rows[1][1] = good_id[:-1] + ("0" if good_id[-1] != "0" else "1")  # wrong check character
    rows[2][3] = "1381234567"  # a phone one digit short
    rows[3][1] = good_id  # the same person twice
    path = write_roster(tmp_path / "roster.xlsx", rows)
    with pytest.raises(ValidationError) as caught:
        roster.import_roster(venue, head, path)
    text = str(caught.value)
    assert "第 3 行" in text and "第 4 行" in text and "第 5 行" in text
    assert not EIGHTEEN.search(text) and "1381234567" not in text, text
    assert good_id[:6] + "********" + good_id[-4:] in text

    report = roster.import_roster(venue, head, path, valid_only=True, rejected_out=tmp_path / "rejected.xlsx")
    assert report.rejected_rows == 3 and report.rejected_file
    values = [str(c.value) for row in load_workbook(report.rejected_file).active.iter_rows() for c in row]
    assert str(rows[1][1]) in values and "1381234567" in values  # full: it is the file for fixing the data


def test_phones_are_masked_everywhere_but_the_edit_form(venue: VenueFile, head: Actor,
                                                        staff: dict[str, Actor], tmp_path: Path) -> None:
    rows = roster_rows(3)
    roster.import_roster(venue, head, write_roster(tmp_path / "roster.xlsx", rows))
    phones = {str(r[3]) for r in rows}
    views = roster.list_contestants(venue)
    assert {v.phone_masked for v in views} == {mask_phone(p) for p in phones}
    assert not phones & {v.phone_masked for v in views}
    for who in (head, staff["checkin"]):  # the roster export masks phones for every role
        out = roster.export_roster(venue, who, tmp_path / f"export-{who.name}.xlsx")
        cells = {str(c.value) for row in load_workbook(out).active.iter_rows() for c in row}
        assert not phones & cells
    assert roster.form_for(venue, head, views[0].id).phone in phones  # the one place, for 裁判长/管理员
    with pytest.raises(PermissionDenied):
        roster.form_for(venue, staff["checkin"], views[0].id)

    form = roster.form_for(venue, head, views[0].id)
    roster.edit_contestant(venue, head, views[0].id, replace(form, phone="13900001111"), "电话有误")
    with venue.unit_of_work() as s:  # the audit trail (which travels in the package) names the change masked
        data = [r.data for r in s.scalars(select(AuditRecord).where(AuditRecord.action == "roster.edit"))]
    assert data and "13900001111" not in str(data) and form.phone not in str(data) and "139****1111" in str(data)
