"""Proof that score facts are only ever INSERTed: no UPDATE or DELETE reaches them in a whole scoring session,
and the database itself refuses one typed by hand."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import DatabaseError

from app.item_settings import ItemSettings
from app.roles import Actor
from app.services import scoring
from app.services import venue as venue_service
from db.venue_file import VenueFile
from tests.app.services.scoring_world import drawn, fill
from tests.conftest import HEAD_PASSPHRASE

FACT_TABLES = ("score_entry", "deduction", "disqualification", "time_record", "lock_event")
WRITE = re.compile(r"^\s*(UPDATE|DELETE\s+FROM|REPLACE|INSERT\s+OR\s+REPLACE)\s+\"?(\w+)", re.IGNORECASE)


def test_a_whole_scoring_session_only_inserts(seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path) -> None:
    codes = drawn(seeded, staff, tmp_path)
    head = staff["head"]
    venue_service.update_settings(seeded, head, ItemSettings(double_entry=True))
    statements: list[str] = []

    def spy(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(seeded.engine, "before_cursor_execute", spy)
    try:
        b = codes[0]
        scoring.enter_measurement(seeded, staff["J1"], b, "A1", "20")
        scoring.second_entry(seeded, staff["J2"], b, "A1", "21")
        scoring.second_entry(seeded, staff["J3"], b, "A1", "20")  # supersedes the earlier second entry
        scoring.correct(seeded, staff["J1"], b, "A1", "22", "复核")
        for j, v in (("J1", "1"), ("J2", "3"), ("J3", "2")):
            scoring.enter_judgement(seeded, staff[j], b, "A2", v)
        scoring.correct(seeded, staff["J2"], b, "A2", "2", "复议")
        d = scoring.add_deduction(seeded, staff["J1"], b, "2", "未戴手套")
        scoring.cancel_deduction(seeded, head, d.id, "误记")
        dq = scoring.disqualify(seeded, head, codes[1], "作弊", module="B")
        scoring.revoke_disqualification(seeded, head, dq, "查实无误")
        scoring.record_time(seeded, staff["J1"], b, 3600)
        scoring.record_time(seeded, staff["J1"], b, 3500, "计时更正")
        fill(seeded, staff, codes[1:], tmp_path)
        for c in codes[1:]:
            for code in ("A1", "B2"):
                scoring.second_entry(seeded, staff["J3"], c, code, "20" if code == "A1" else "15")
        scoring.second_entry(seeded, staff["J3"], b, "A1", "22")
        for j in ("J1", "J2", "J3"):
            scoring.enter_judgement(seeded, staff[j], b, "B1", "2")
        scoring.enter_measurement(seeded, head, b, "B2", "15")
        scoring.second_entry(seeded, staff["J3"], b, "B2", "15")
        scoring.lock(seeded, head, passphrase=HEAD_PASSPHRASE)
        scoring.correct(seeded, head, b, "B2", "16", "裁判长更正：漏计一处")
        scoring.unlock(seeded, head, "补录")
        scoring.lock(seeded, head, "A", passphrase=HEAD_PASSPHRASE)
        scoring.grid(seeded, head, "A")
        scoring.status(seeded)
        scoring.totals(seeded)
    finally:
        event.remove(seeded.engine, "before_cursor_execute", spy)

    inserts = [s for s in statements if s.lstrip().upper().startswith("INSERT INTO SCORE_ENTRY")]
    assert inserts, "the session wrote score entries"
    touched = [(m.group(1).upper(), m.group(2).lower()) for s in statements if (m := WRITE.match(s))]
    assert not [t for t in touched if t[1] in FACT_TABLES + ("audit_record",)], touched


@pytest.mark.parametrize("sql", [
    "UPDATE score_entry SET value = '3' WHERE id = 1",
    "DELETE FROM score_entry WHERE id = 1",
    "UPDATE time_record SET seconds = 60",
    "DELETE FROM deduction",
])
def test_the_database_refuses_a_manual_change(
    seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path, sql: str
) -> None:
    codes = drawn(seeded, staff, tmp_path)
    scoring.enter_measurement(seeded, staff["head"], codes[0], "A1", "20")
    scoring.add_deduction(seeded, staff["head"], codes[0], "1", "x")
    scoring.record_time(seeded, staff["head"], codes[0], 3600)
    with pytest.raises(DatabaseError, match="append-only"), seeded.engine.begin() as conn:
        conn.execute(text(sql))
    hist = scoring.history(seeded, staff["head"], codes[0], "A1")
    assert [h.value for h in hist] == [20]
