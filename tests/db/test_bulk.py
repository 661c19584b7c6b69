"""db.bulk.insert_rows stores each value exactly as an ORM insert of the same row would."""

from __future__ import annotations

import sqlite3
from datetime import date

from app.clock import now
from db.bulk import insert_columns, insert_rows
from db.models import Contestant
from db.venue_file import VenueFile


def test_bulk_rows_are_stored_like_orm_rows(venue: VenueFile) -> None:
    at = now()
    common = {"name": "王伟", "gender": "男", "birth_date": date(1990, 2, 3), "phone": "13800001111", "unit": "重庆",
              "category": "职工", "group_id": None, "female_category": None, "source": "x.csv",
              "late_entry_reason": None, "created_at": at, "updated_at": at}
    with venue.unit_of_work() as s:
        s.add(Contestant(reg_no="31001", id_number="500103199002030011", **common))
        s.flush()
        insert_rows(s, Contestant.__table__, [{"reg_no": "31002", "id_number": "500103199002030038", **common},
                                              {"reg_no": "31003", "id_number": "50010319900203005X", **common}])
    raw = sqlite3.connect(venue.path)
    rows = raw.execute("SELECT * FROM contestant ORDER BY reg_no").fetchall()
    names = [d[0] for d in raw.execute("SELECT * FROM contestant").description]
    raw.close()
    by_orm, *by_bulk = [dict(zip(names, r, strict=True)) for r in rows]
    for row in by_bulk:
        for key in ("birth_date", "created_at", "updated_at", "group_id", "female_category", "late_entry_reason"):
            assert row[key] == by_orm[key], key
    with venue.unit_of_work() as s:
        back = s.get(Contestant, 2)
        assert back is not None and back.created_at == at and back.birth_date == date(1990, 2, 3)


def test_no_rows_is_no_statement(venue: VenueFile) -> None:
    with venue.unit_of_work() as s:
        insert_rows(s, Contestant.__table__, [])


def test_columns_and_one_value_for_all_rows_are_stored_like_rows(venue: VenueFile) -> None:
    at = now()
    rows = [{"reg_no": f"3100{i}", "name": "王伟", "id_number": f"50010319900203{i:04d}", "gender": "男",
             "birth_date": date(1990, 2, 3 + i), "phone": "", "unit": "重庆", "category": "职工", "group_id": None,
             "female_category": None, "source": "x.csv", "late_entry_reason": None, "created_at": at,
             "updated_at": at} for i in range(3)]
    with venue.unit_of_work() as s:
        insert_rows(s, Contestant.__table__, rows[:1])
        varying = [k for k in rows[0] if k not in ("source", "late_entry_reason", "created_at", "updated_at")]
        insert_columns(s, Contestant.__table__, {k: [r[k] for r in rows[1:]] for k in varying},
                       same={"source": "x.csv", "late_entry_reason": None, "created_at": at, "updated_at": at})
    raw = sqlite3.connect(venue.path)
    stored = raw.execute("SELECT reg_no, birth_date, source, late_entry_reason, created_at, updated_at FROM contestant "
                         "ORDER BY reg_no").fetchall()
    raw.close()
    assert [r[0] for r in stored] == ["31000", "31001", "31002"]
    assert {r[2:] for r in stored} == {stored[0][2:]} and [r[1] for r in stored] == ["1990-02-03", "1990-02-04", "1990-02-05"]
