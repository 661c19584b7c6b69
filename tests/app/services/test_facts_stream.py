"""The opening check's one-pass comparison of facts and audit trail (app.services.facts_stream).

It must agree with ``audit_facts.verify`` on a sound file, never say "agree" on a file changed outside the app
(the check then names the difference the long way, as before), read a record's facts in pieces exactly as
``json.loads`` reads them, and hold one fact at a time rather than the whole record.
"""

from __future__ import annotations

import json
import sqlite3
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.roles import Actor
from app.services import audit, audit_facts, facts_stream, integrity, scoring
from db.venue_file import VenueFile, open_venue
from tests.app.services import tamper
from tests.app.services.scoring_world import drawn, fill


def canonical(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def pieces(data: bytes, size: int) -> Iterator[bytes]:
    return (data[i:i + size] for i in range(0, len(data), size))


def both_ways(path: Path) -> tuple[audit.ChainReport, audit_facts.FactReport | None, audit_facts.FactReport]:
    with open_venue(path) as v, v.unit_of_work() as s:
        chain = audit.verify_chain(s)
        return chain, facts_stream.verify_streaming(s, chain), audit_facts.verify(s)


@pytest.fixture
def scored(seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path, venue_path: Path) -> Path:
    venue = seeded
    codes = drawn(venue, staff, tmp_path)
    fill(venue, staff, codes, tmp_path)  # one record holds the whole sheet's entries
    scoring.correct(venue, staff["J1"], codes[0], "A1", "21", "抄录错误")
    scoring.add_deduction(venue, staff["head"], codes[1], "1.5", "未戴手套\n“引号” \\ 反斜杠", "A")
    venue.close()
    return venue_path


def test_a_sound_file_agrees_in_one_pass_with_the_full_comparison(scored: Path) -> None:
    chain, fast, full = both_ways(scored)
    assert chain.ok and chain.exact and chain.with_facts
    assert fast is not None and fast.ok and full.ok
    assert fast.rows == full.rows and fast.describe() == full.describe()


def entry(path: Path) -> int:
    return int(tamper.one_value(path, "SELECT max(id) FROM score_entry WHERE kind = 'entry'"))


def changed(path: Path) -> None:
    tamper.edit(path, f"UPDATE score_entry SET value = '59' WHERE id = {entry(path)}", tables=("score_entry",))


def added(path: Path) -> None:
    tamper.edit(path, "INSERT INTO score_entry (criterion_id, blind_code_id, judge_id, value, kind, entered_by, "
                "entered_role, entered_at) SELECT criterion_id, blind_code_id, judge_id, '60', kind, entered_by, "
                f"entered_role, entered_at FROM score_entry WHERE id = {entry(path)}")


def deleted(path: Path) -> None:
    tamper.edit(path, f"DELETE FROM score_entry WHERE id = {entry(path)}", tables=("score_entry",))


def rewrite_facts(path: Path, pick: str, change: Callable[[list[object]], None]) -> None:
    """Change the facts list of one record (the first by ``pick``) and re-hash the whole chain, as a forger
    would: the text stays canonical and the chain intact."""
    conn = sqlite3.connect(path)
    seq, data = conn.execute(f"SELECT seq, data FROM audit_record WHERE data LIKE '%\"facts\":%' "
                             f"ORDER BY {pick} LIMIT 1").fetchone()
    conn.close()
    doc = json.loads(data)
    change(doc["facts"])
    text = canonical(doc).decode().replace("'", "''")
    tamper.edit(path, f"UPDATE audit_record SET data = '{text}' WHERE seq = {seq}", tables=("audit_record",))
    tamper.rehash(path)


def recorded_twice(path: Path) -> None:
    """A fact copied into a second record."""
    rewrite_facts(path, "seq DESC", lambda facts: facts.append(facts[0]))


def test_facts_recorded_out_of_key_order_still_agree(scored: Path) -> None:
    """Rows are usually recorded in key order and read in one running query; others are looked up by key."""
    def reverse(facts: list[object]) -> None:
        assert len(facts) > 10
        facts.reverse()

    rewrite_facts(scored, "length(data) DESC", reverse)
    chain, fast, full = both_ways(scored)
    assert chain.ok and chain.exact
    assert fast is not None and fast.ok and full.ok and fast.rows == full.rows


@pytest.mark.parametrize("forge", [changed, added, deleted, recorded_twice])
def test_a_file_changed_outside_the_app_is_never_passed_by_the_one_pass_reading(
        scored: Path, forge: Callable[[Path], None]) -> None:
    forge(scored)
    chain, fast, full = both_ways(scored)
    assert chain.ok  # the trail itself is intact (or re-hashed): only the facts comparison can see it
    assert fast is None and not full.ok
    with open_venue(scored) as v:
        report = integrity.check(v)
    assert not report.ok and report.facts is not None
    assert report.facts.describe() == full.describe()  # named exactly as the full comparison names it


def test_a_trail_not_in_canonical_form_is_compared_the_long_way(scored: Path) -> None:
    conn = sqlite3.connect(scored)
    seq, data = conn.execute("SELECT seq, data FROM audit_record WHERE data LIKE '%\"facts\":%' "
                             "ORDER BY seq LIMIT 1").fetchone()
    conn.close()
    loose = json.dumps(json.loads(data), ensure_ascii=False).replace("'", "''")  # spaces: same content, same hash
    tamper.edit(scored, f"UPDATE audit_record SET data = '{loose}' WHERE seq = {seq}", tables=("audit_record",))
    chain, fast, full = both_ways(scored)
    assert chain.ok and not chain.exact and chain.with_facts == ()
    assert fast is None and full.ok
    changed(scored)
    with open_venue(scored) as v:
        assert not integrity.check(v).ok


RECORDS = [
    {"facts": [{"row": {"id": 1, "value": "9.5", "reason": "“引号”\\\"\n\t😀"}, "table": "score_entry"},
               {"row": {"id": 12345678901, "n": -0.25, "ok": True, "x": None, "l": [1, {"facts": []}]},
                "table": "t"}],
     "a": {"facts": [{"not": "these"}]}, "b": "\"facts\":[", "z": 1234567890},
    {"facts": []},
    {"count": 3},
    [1, 2, {"facts": [1]}],
    "text",
]


@pytest.mark.parametrize("record", RECORDS)
@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 64, 1 << 20])
def test_facts_are_read_in_pieces_exactly_as_json_loads_reads_them(record: object, size: int) -> None:
    data = canonical(record)
    expected = record.get("facts", []) if isinstance(record, dict) else []
    assert list(facts_stream.facts_in(pieces(data, size))) == expected


def test_a_key_twice_is_not_decided_in_one_pass() -> None:
    with pytest.raises(facts_stream.Undecided):
        list(facts_stream.facts_in([b'{"facts":[],"facts":[{"row":{},"table":"t"}]}']))


def test_one_fact_at_a_time_not_the_whole_record() -> None:
    """A record of 20,000 facts (an import) read in 64 KiB pieces: memory stays at a few pieces, where parsing
    the record whole (what audit_facts.verify does) holds every fact at once."""
    row = {"blind_code_id": 1, "criterion_id": 2, "entered_at": "2026-11-28T10:00:00.000000+08:00",
           "entered_by": "裁判长", "entered_role": "head_judge", "judge_id": None, "kind": "entry", "reason": None,
           "supersedes_id": None, "value": "8.5"}
    data = canonical({"facts": [{"row": {**row, "id": i}, "table": "score_entry"} for i in range(20_000)]})

    def peak(read: Callable[[], object]) -> int:
        tracemalloc.start()
        try:
            read()
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    streamed = peak(lambda: sum(1 for _ in facts_stream.facts_in(pieces(data, 1 << 16))))
    whole = peak(lambda: len(json.loads(data)["facts"]))
    assert streamed < 1_000_000 < 20 * streamed < whole
