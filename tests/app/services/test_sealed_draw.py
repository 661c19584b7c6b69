"""The commit–reveal draw as an attacker would try it: blind codes cannot be derived from public data or the
desk's view, the file and its backups hold no blind code ↔ person/station link before decryption, judges
and the desk see only their half, and after decryption `draw verify` recomputes everything and names a
changed secret or commitment.  (Each of these fails on vs-draw-1, where the codes followed from the
witness values and the mapping sat in station_assignment.)"""

from __future__ import annotations

import base64
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.errors import IntegrityError, NotFound, PermissionDenied, StateError, ValidationError
from app.roles import Actor
from app.rules import draw as rules
from app.rules import sealed_draw
from app.services import audit, backup, checkin, decrypt, draw, results, roster, scheme, scoring, vault
from app.services.roster import ContestantView
from app.services.scoring_views import list_disqualifications
from db.models import Module
from db.venue_file import VenueFile, open_venue
from tests.app.services.scoring_world import fill, write_scheme
from tests.conftest import HEAD_PASSPHRASE, roster_rows, write_roster

ROOT = Path(__file__).resolve().parents[3]
WITNESS = ["3721", "0815"]


@dataclass(frozen=True)
class Truth:
    """What only the head judge knows before decryption: who holds which code, at which station."""

    codes: dict[str, str]  # 报名号 → blind code
    stations: dict[str, str]  # 报名号 → station
    seconds: set[str]  # every 二次加密号
    names: dict[str, str]  # 报名号 → name
    id_numbers: set[str]
    contestant_ids: dict[str, int]


def truth(v: VenueFile, head: Actor) -> Truth:
    rows = draw.open_envelope(v, head, vault.unlock(v, head, HEAD_PASSPHRASE))
    people = roster.list_contestants(v)
    with v.unit_of_work() as s:
        from db.models import Contestant

        ids = {c.reg_no: c.id_number for c in s.query(Contestant)}
    return Truth({r.reg_no: r.blind_code for r in rows}, {r.reg_no: r.station for r in rows},
                 {code for r in rows for _, code in r.second_codes}, {p.reg_no: p.name for p in people},
                 set(ids.values()), {p.reg_no: p.id for p in people})


def _drawn(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path, registered: int,
           present: int) -> list[ContestantView]:
    """``registered`` people on the roster and the demo scheme; the first ``present`` checked in and drawn (the
    rest have not arrived).  Gives the roster in order."""
    roster.import_roster(venue, head, write_roster(tmp_path / "r.xlsx", roster_rows(registered)))
    scheme.import_scheme(venue, head, write_scheme(tmp_path / "scheme.xlsx"))
    people = roster.list_contestants(venue)
    for p in people[:present]:
        checkin.check_in(venue, staff["checkin"], p.id)
    draw.run_main_draw(venue, head, WITNESS)
    return people


@pytest.fixture
def scored(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path) -> VenueFile:
    """12 registered; 10 checked in and drawn; one late arrival (released by the head judge); one withdrawal
    after the draw (recorded by blind code); 二次加密 of module A; a station change; every code scored,
    with a deduction, a time and a module disqualification; not yet locked."""
    people = _drawn(venue, head, staff, tmp_path, registered=12, present=10)
    draw.publish(venue, head)
    checkin.check_in(venue, staff["checkin"], people[10].id)  # late: a station now, the code sealed
    draw.open_envelope(venue, head, vault.unlock(venue, head, HEAD_PASSPHRASE))  # releases the late code
    draw.issue_second_codes(venue, head, "A")
    free = sorted(set(draw.all_stations(venue)) - {r.station for r in draw.station_plan(venue, head)})
    draw.change_station(venue, head, people[1].reg_no, free[0], "电源故障")
    checkin.mark_withdrew(venue, staff["checkin"], people[2].id, "身体不适")
    t = truth(venue, head)
    scoring.record_status(venue, head, t.codes[people[2].reg_no], "withdrew", "10:20 离场")
    codes = [code for _, code in draw.scoring_rows(venue)]
    fill(venue, staff, codes, tmp_path)
    scoring.add_deduction(venue, staff["J1"], codes[0], "2", "未戴手套")
    scoring.record_time(venue, staff["J1"], codes[1], 3000)
    scoring.disqualify(venue, head, codes[3], "夹带资料", module="B")
    return venue


# ------------------------------------------------------------------------------------ deriving the codes


def test_blind_codes_cannot_be_derived_from_public_data_or_the_desk_view(
        scored: VenueFile, staff: dict[str, Actor], capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli.main import main

    head = staff["head"]
    t = truth(scored, head)
    info = draw.draw_info(scored)
    assert info is not None and info.algorithm == "vs-draw-2"
    db = str(scored.path)
    scored.close()
    # What the desk (and anyone) has: the PIN-free roster, the desk's `draw show`, the called-out witness values.
    assert main(["roster", "list", "--db", db]) == 0
    roster_out = capsys.readouterr().out
    assert main(["draw", "show", "--db", db, "--user", "周敏", "--pin", "1111"]) == 0
    desk_out = capsys.readouterr().out
    assert main(["scores", "totals", "--db", db]) == 0
    totals_out = capsys.readouterr().out
    v = open_venue(Path(db))
    try:
        record = draw.record_of(v, staff["checkin"])
        i = record["inputs"]
        entrants = [reg for reg in t.names if reg in roster_out and reg in i["entrants"]]
        assert sorted(entrants) == sorted(i["entrants"])
        desk_plan = {r.reg_no: r.station for r in draw.station_plan(v, staff["checkin"])}
        assert all(desk_plan[reg] in desk_out for reg in entrants)
        public = rules.DrawInput(i["item_code"], tuple(WITNESS), tuple(entrants), tuple(i["stations"]),
                                 i["code_length"])
        # the old algorithm (vs-draw-1) re-run on the public input: it used to give every code
        derived = {a.entrant: a.blind_code for a in rules.run_draw(public).assignments}
        hits = sum(1 for reg in entrants if derived[reg] == t.codes[reg])
        assert hits <= 2, f"{hits} of {len(entrants)} blind codes derived from public data"
        # the stations are still reproducible from the public input alone, exactly
        stations = {a.entrant: a.station for a in sealed_draw.public_stations(
            rules.DrawInput(i["item_code"], tuple(WITNESS), tuple(i["entrants"]), tuple(i["stations"]),
                            i["code_length"])).assignments}
        assert stations == {a["entrant"]: a["station"] for a in record["result"]["stations"]}
        # guessing the secret from what is published (seed, commitment) gives nothing either
        for guess in (bytes(32), bytes.fromhex(info.seed_hex), bytes.fromhex(info.commitment or "")):
            again = {a.entrant: a.blind_code for a in sealed_draw.run_draw(public, guess).assignments}
            assert sum(1 for reg in entrants if again[reg] == t.codes[reg]) <= 2
        # the desk's view carries no blind code at all; the scoring totals carry no name and no station
        for text in (desk_out, roster_out):
            assert not set(t.codes.values()) & set(text.split())
        assert not set(t.names.values()) & set(totals_out.split())
        assert "工位" not in totals_out
    finally:
        v.close()


# ------------------------------------------------------------------------------------ the file at rest


def _leaves(value: Any) -> Iterator[Any]:
    if isinstance(value, dict):
        for k, x in value.items():
            yield k
            yield from _leaves(x)
    elif isinstance(value, list):
        for x in value:
            yield from _leaves(x)
    elif isinstance(value, str) and value[:1] in "[{":
        try:
            yield from _leaves(json.loads(value))
        except ValueError:
            yield value
    else:
        yield value


def scan_for_links(path: Path, t: Truth) -> list[str]:
    """Every row of every table (the audit trail included), read with sqlite3 as an attacker would: a row
    that names a blind code together with a person or a station is a link — unless its codes are the whole
    current list in code order (the draw's public record), which pairs nobody."""
    codes = set(t.codes.values())
    persons = set(t.codes) | set(t.names.values()) | t.id_numbers
    stations = set(t.stations.values())
    con = sqlite3.connect(path)
    problems: list[str] = []
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        code_ids = {code_id: code for code_id, code in con.execute("SELECT id, code FROM blind_code")}
        holder_ids = set(t.contestant_ids.values())
        ordered = [c for (c,) in con.execute("SELECT code FROM blind_code WHERE origin = 'main' ORDER BY id")]
        assert ordered == sorted(ordered, key=lambda c: (len(c), c)), "main codes must be listed in code order"
        for table in tables:
            cur = con.execute(f'SELECT * FROM "{table}"')
            cols = [d[0] for d in cur.description]
            assert not ({"contestant_id", "blind_code_id"} <= set(cols)), f"{table} joins both sides"
            for row in cur:
                found_codes: list[str] = []
                found_people: set[str] = set()
                for col, value in zip(cols, row, strict=True):
                    if isinstance(value, bytes):
                        continue  # sealed blobs: ciphertext
                    if col == "blind_code_id" or (table == "blind_code" and col == "id"):
                        found_codes.append(code_ids.get(value, f"#{value}"))
                        continue
                    if col == "contestant_id" and value in holder_ids:
                        found_people.add(f"contestant#{value}")
                        continue
                    for leaf in _leaves(value):
                        if isinstance(leaf, str):
                            if leaf in codes:
                                found_codes.append(leaf)
                            if leaf in t.seconds and leaf not in WITNESS:
                                problems.append(f"{table}: 二次加密号 {leaf} in the clear: {row}")
                            if leaf in persons or leaf in stations:
                                found_people.add(leaf)
                if found_codes and found_people:
                    if found_codes == ordered:
                        continue  # the main draw's whole list in code order (its public record): no pairing
                    problems.append(f"{table}: {found_codes} with {sorted(found_people)[:4]}")
    finally:
        con.close()
    return problems


def test_file_and_backup_hold_no_link_before_decryption(scored: VenueFile, staff: dict[str, Actor]) -> None:
    t = truth(scored, staff["head"])
    assert len(t.codes) == 11 and len(t.seconds) == 11
    copy = backup.backup_now(scored, "manual").written[0].path
    path = scored.path
    scored.close()
    for file in (path, copy):  # every table, the audit trail included
        assert scan_for_links(file, t) == []


def test_the_scan_finds_a_planted_link(scored: VenueFile, staff: dict[str, Actor]) -> None:
    """The scan is not blind: a single clear pair (as vs-draw-1 stored them) is found."""
    t = truth(scored, staff["head"])
    reg, code = next(iter(t.codes.items()))
    path = scored.path
    scored.close()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO setting (key, value) VALUES ('x', ?)", (json.dumps({"reg": reg, "code": code}),))
    con.commit()
    con.close()
    assert scan_for_links(path, t)


# ------------------------------------------------------------------------------------ who sees what


def test_judges_and_desk_see_only_their_half(scored: VenueFile, staff: dict[str, Actor]) -> None:
    head = staff["head"]
    t = truth(scored, head)
    codes, names, stations = set(t.codes.values()), set(t.names.values()), set(t.stations.values())
    judge = staff["J1"]
    # judges: blind codes, never a name or a station
    judge_view = [scoring.rows(scored), scoring.totals(scored), scoring.status(scored),
                  scoring.grid(scored, judge, "A"), scoring.list_deductions(scored), list_disqualifications(scored),
                  draw.scoring_rows(scored)]
    text = repr(judge_view)
    assert codes <= set(r.blind_code for r in scoring.rows(scored))
    assert not any(n in text for n in names) and "station" not in text and len(stations) == 11
    assert all(len(r) == 2 for r in draw.scoring_rows(scored))
    for fn in (draw.door_list, draw.mapping):
        with pytest.raises(PermissionDenied):
            fn(scored, judge)
    # the desk: names and stations, never a blind code
    desk = staff["checkin"]
    desk_view = [checkin.list_cards(scored, desk), draw.station_plan(scored, desk), draw.draw_info(scored),
                 checkin.counts(scored), roster.list_contestants(scored)]
    shown = {str(x) for item in desk_view for x in (vars(item).values() if not isinstance(item, list)
                                                    else [v for row in item for v in vars(row).values()])}
    assert not codes & shown
    for fn in (draw.door_list, draw.mapping):
        with pytest.raises(PermissionDenied):
            fn(scored, desk)
    with pytest.raises(PermissionDenied):
        results.results(scored, desk)


def test_late_arrival_code_is_drawn_sealed_and_released_by_the_head_judge(
        venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path) -> None:
    people = _drawn(venue, head, staff, tmp_path, registered=6, present=4)
    before = {code for _, code in draw.scoring_rows(venue)}
    card = checkin.check_in(venue, staff["checkin"], people[4].id)  # the desk: a station, never the code
    card2 = checkin.check_in(venue, head, people[5].id)  # the head judge at the desk: no code shown either
    assert card.station and card2.station and card.station != card2.station
    with pytest.raises(StateError, match="已有工位"):
        draw.assign_late(venue, staff["checkin"], people[4].reg_no)
    info = draw.draw_info(venue)
    assert info is not None and info.pending_late == 2 and len(info.late_commitments) == 2
    assert {code for _, code in draw.scoring_rows(venue)} == before  # not yet in the scoring room
    with pytest.raises(StateError, match="迟到选手"):
        draw.issue_second_codes(venue, head, "A")
    fill(venue, staff, sorted(before), tmp_path)
    with pytest.raises(StateError, match="迟到选手"):
        scoring.lock(venue, head, passphrase=HEAD_PASSPHRASE)
    with pytest.raises(PermissionDenied):
        draw.release_late_codes(venue, staff["checkin"], vault.unlock(venue, head, HEAD_PASSPHRASE))
    rows = draw.open_envelope(venue, head, vault.unlock(venue, head, HEAD_PASSPHRASE))
    late_codes = {r.blind_code for r in rows if r.reg_no in (people[4].reg_no, people[5].reg_no)}
    assert len(late_codes) == 2 and not late_codes & before
    assert {code for _, code in draw.scoring_rows(venue)} == before | late_codes
    info = draw.draw_info(venue)
    assert info is not None and info.pending_late == 0
    assert draw.open_envelope(venue, head, vault.unlock(venue, head, HEAD_PASSPHRASE)) == rows  # nothing twice
    with venue.unit_of_work() as s:
        from db.models import AuditRecord

        (release,) = [r for r in s.query(AuditRecord) if r.action == "draw.release_codes"]
        listed = [f["row"]["code"] for f in release.data["facts"] if f["table"] == "blind_code"]
        assert listed == sorted(late_codes, key=lambda c: (len(c), c))
        assert not {people[4].reg_no, people[5].reg_no} & set(_leaves(release.data))
    assert draw.verify_draws(venue).ok


def test_withdrawal_after_the_draw_is_recorded_by_blind_code(
        venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path) -> None:
    roster.import_roster(venue, head, write_roster(tmp_path / "r.xlsx", roster_rows(4)))
    scheme.import_scheme(venue, head, write_scheme(tmp_path / "scheme.xlsx"))
    people = roster.list_contestants(venue)
    for p in people:
        checkin.check_in(venue, staff["checkin"], p.id)
    draw.run_main_draw(venue, head, WITNESS)
    t = truth(venue, head)
    gone = people[0].reg_no
    checkin.mark_withdrew(venue, staff["checkin"], people[0].id, "离场")  # the desk's record, by name
    others = [t.codes[p.reg_no] for p in people[1:]]
    fill(venue, staff, others, tmp_path)
    # the scoring room cannot see the desk's record: it still waits for the code's scores
    with pytest.raises(StateError, match="还不能锁定"):
        scoring.lock(venue, head, passphrase=HEAD_PASSPHRASE)
    with pytest.raises(PermissionDenied):
        scoring.record_status(venue, staff["checkin"], t.codes[gone], "withdrew", "离场")
    with pytest.raises(ValidationError, match="原因"):
        scoring.record_status(venue, staff["J1"], t.codes[gone], "withdrew", " ")
    row = scoring.record_status(venue, staff["J1"], t.codes[gone], "withdrew", "10:20 离场放弃")
    assert row.status == "withdrew" and not row.required
    scoring.lock(venue, head, passphrase=HEAD_PASSPHRASE)
    decrypt.decrypt(venue, head, passphrase=HEAD_PASSPHRASE)
    view = results.results(venue, head)
    by_reg = {r.reg_no: r for g in view.groups for r in g.rows}
    assert by_reg[gone].status == "withdrew" and by_reg[gone].rank is None
    assert all(by_reg[p.reg_no].rank is not None for p in people[1:])


# ------------------------------------------------------------------------------------ commit, reveal, verify


def test_after_decryption_verify_recomputes_everything_and_names_a_changed_secret_or_commitment(
        scored: VenueFile, staff: dict[str, Actor]) -> None:
    head = staff["head"]
    t = truth(scored, head)
    scoring.lock(scored, head, passphrase=HEAD_PASSPHRASE)
    decrypt.decrypt(scored, head, passphrase=HEAD_PASSPHRASE)
    report = draw.verify_draws(scored)
    assert report.ok and [c.kind for c in report.checks] == ["main", "publish", "late", "second_code"]
    assert not any(c.note for c in report.checks)  # everything checked, nothing left sealed
    # the revealed secrets re-create every code with nothing but the record
    with scored.unit_of_work() as s:
        from db.models import Draw, DrawReveal

        main = s.query(Draw).filter(Draw.kind == "main").one()
        reveal = s.query(DrawReveal).filter(DrawReveal.draw_id == main.id).one()
        i = main.inputs
        inp = rules.DrawInput(i["item_code"], tuple(i["witness_values"]), tuple(i["entrants"]),
                              tuple(i["stations"]), i["code_length"])
        again = sealed_draw.run_draw(inp, bytes.fromhex(reveal.secret_hex))
    assert all(t.codes[a.entrant] == a.blind_code for a in again.assignments)
    mapping = {r.reg_no: r.blind_code for r in draw.mapping(scored, staff["J1"])}  # public now
    assert mapping == t.codes
    path = scored.path
    scored.close()
    proc = subprocess.run([sys.executable, "-m", "app", "draw", "verify", "--db", str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "全部抽签记录与重算结果一致" in proc.stdout, proc.stdout + proc.stderr

    con = sqlite3.connect(path)  # a changed secret …
    con.execute("DROP TRIGGER draw_reveal_no_update")
    con.execute("UPDATE draw_reveal SET secret_hex = ? WHERE draw_id = ?", ("ab" * 32, main.id))
    con.commit()
    con.close()
    proc = subprocess.run([sys.executable, "-m", "app", "draw", "verify", "--db", str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "密钥与承诺值不符" in proc.stdout and f"#{main.id} 主抽签" in proc.stdout

    con = sqlite3.connect(path)  # … and a changed commitment (made to match the changed secret)
    forged = sealed_draw.commitment(bytes.fromhex(main.seed_hex), "blind", bytes.fromhex("ab" * 32))
    con.execute("DROP TRIGGER draw_no_update")
    con.execute("UPDATE draw SET commitment = ? WHERE id = ?", (forged, main.id))
    con.commit()
    con.close()
    with open_venue(path) as v:
        report = draw.verify_draws(v)
    lines = "\n".join(report.lines())
    assert not report.ok and "承诺值与审计记录不符" in lines and forged in lines
    assert "解密记录为" in lines  # and the codes the forged secret gives are not the revealed ones


def test_a_forged_sealed_blob_is_refused_at_decryption(scored: VenueFile, staff: dict[str, Actor]) -> None:
    """Anyone can seal to the head judge's public recipient; a blob with another secret does not open the
    recorded commitment, and decryption refuses instead of revealing a forged mapping."""
    head = staff["head"]
    scoring.lock(scored, head, passphrase=HEAD_PASSPHRASE)
    with scored.unit_of_work() as s:
        from db.models import Draw

        main = s.query(Draw).filter(Draw.kind == "main").one()
        other = bytes(range(32))
        codes = {a.entrant: a.blind_code for a in sealed_draw.run_draw(
            rules.DrawInput(main.inputs["item_code"], tuple(main.inputs["witness_values"]),
                            tuple(main.inputs["entrants"]), tuple(main.inputs["stations"]),
                            main.inputs["code_length"]), other).assignments}
        payload = {"format": "venuescore-sealed-draw", "version": 1, "algorithm": "vs-draw-2", "stage": "blind",
                   "seed": main.seed_hex, "commitment": main.commitment, "secret": other.hex(), "codes": codes}
        blob = vault.seal_to_head_judge(s, json.dumps(payload).encode())
    path = scored.path
    scored.close()
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER draw_no_update")
    con.execute("UPDATE draw SET sealed = ? WHERE id = ?", (blob, main.id))
    con.commit()
    con.close()
    with open_venue(path) as v:
        with pytest.raises(IntegrityError):  # the row no longer matches its audit record: refused before opening
            decrypt.decrypt(v, head, passphrase=HEAD_PASSPHRASE)
        assert decrypt.decryption(v) is None
        # and the seal itself does not open the recorded commitment (even with the trail rewritten to match)
        from app.services import draw_seal

        with v.unit_of_work() as s, pytest.raises(IntegrityError, match=f"第 {main.id} 号抽签记录.*密钥与承诺值不符"):
            draw_seal.open_all(s, vault.unlock(v, head, HEAD_PASSPHRASE))


def test_a_draw_needs_the_head_judges_vault(bare_venue: VenueFile, tmp_path: Path) -> None:
    from app.services import users
    from tests.conftest import HEAD_PIN

    head = users.sign_in(bare_venue, "钱莉", HEAD_PIN)
    roster.import_roster(bare_venue, head, write_roster(tmp_path / "r.xlsx", roster_rows(3)))
    for p in roster.list_contestants(bare_venue):
        checkin.check_in(bare_venue, head, p.id)
    with pytest.raises(NotFound, match="口令"):
        draw.run_main_draw(bare_venue, head, WITNESS)
    assert draw.draw_info(bare_venue) is None  # nothing half-written


def test_second_codes_are_sealed_and_revealed(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                              tmp_path: Path) -> None:
    roster.import_roster(venue, head, write_roster(tmp_path / "r.xlsx", roster_rows(5)))
    with venue.unit_of_work() as s:
        s.add(Module(code="A", name="实操", sort=0))
    for p in roster.list_contestants(venue):
        checkin.check_in(venue, staff["checkin"], p.id)
    draw.run_main_draw(venue, head, WITNESS)
    draw.issue_second_codes(venue, head, "A")
    t = truth(venue, head)
    with venue.unit_of_work() as s:
        from db.models import Draw, LockEvent

        row = s.query(Draw).filter(Draw.kind == "second_code").one()
        assert "codes" not in row.result and row.commitment and row.sealed
        lock = LockEvent(module_code=None, action="lock", reason=None, actor=head.name, at=row.at)
        s.add(lock)  # the item lock as the scoring room writes it (no scheme here), with its audit record
        audit.append_fact(s, head, "test.staged_lock", lock)
    decrypt.decrypt(venue, head, passphrase=HEAD_PASSPHRASE)
    after = {r.reg_no: dict(r.second_codes)["A"] for r in draw.mapping(venue, staff["J1"])}
    assert set(after.values()) == t.seconds
    assert draw.verify_draws(venue).ok


def test_the_sealed_blob_is_a_standard_age_file(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                tmp_path: Path) -> None:
    """The head judge's vault opens it (so would `age -d` with the identity); the audit trail carries it."""
    roster.import_roster(venue, head, write_roster(tmp_path / "r.xlsx", roster_rows(3)))
    for p in roster.list_contestants(venue):
        checkin.check_in(venue, staff["checkin"], p.id)
    draw.run_main_draw(venue, head, WITNESS)
    unlocked = vault.unlock(venue, head, HEAD_PASSPHRASE)
    with venue.unit_of_work() as s:
        from db.models import Draw

        main = s.query(Draw).filter(Draw.kind == "main").one()
        blob = main.sealed
    assert blob is not None and blob.startswith(b"age-encryption.org/v1")
    payload = json.loads(unlocked.open(blob))
    assert payload["commitment"] == main.commitment and len(payload["secret"]) == 64
    assert sealed_draw.commitment(bytes.fromhex(main.seed_hex), "blind", bytes.fromhex(payload["secret"])) \
        == main.commitment
    with venue.unit_of_work() as s:
        from db.models import AuditRecord

        (rec,) = [r for r in s.query(AuditRecord) if r.action == "draw.main"]
        (fact,) = [f["row"] for f in rec.data["facts"] if f["table"] == "draw"]
        assert base64.b64decode(fact["sealed"]["$b64"]) == blob and fact["commitment"] == main.commitment
        assert rec.data["commitment"] == main.commitment


def test_a_legacy_vs_draw_1_file_keeps_its_scores_locks_and_results(tmp_path: Path) -> None:
    """A file from schema 0001 (scored, locked, vs-draw-1, mapping in the clear, no vault) upgrades through 0003:
    its codes become the scoring room's list, scores follow them, the draw still verifies (nothing sealed),
    and the head judge decrypts it once the vault exists (decryption signs a checkpoint)."""
    import shutil

    from app.services import users

    fixture = ROOT / "tests" / "db" / "fixtures" / "venue-0001.venue"
    copy = tmp_path / fixture.name
    shutil.copyfile(fixture, copy)
    with open_venue(copy) as v:
        info = draw.draw_info(v)
        assert info is not None and info.is_legacy and not info.sealed and info.commitment is None
        assert draw.verify_draws(v).ok
        head = users.sign_in(v, "郑雪娜", "2468")
        status = scoring.status(v)
        assert status.item_locked and status.required == 38 and status.ready_to_lock
        before = {t.blind_code: t.total for t in scoring.totals(v)}
        view = results.results(v, head)
        assert not view.blind and view.locked and not view.names_visible  # legacy: groups known, names hidden
        # the upgrade seals nothing (the draw has happened); decrypting signs a checkpoint, so the head judge
        # sets the passphrase first, as for any file from before the vault
        vault.create(v, head, HEAD_PASSPHRASE, HEAD_PASSPHRASE)
        decrypt.decrypt(v, head, passphrase=HEAD_PASSPHRASE)
        view = results.results(v, head)
        assert view.names_visible and sum(1 for g in view.groups for r in g.rows if r.rank is not None) == 38
        after = {r.blind_code: r.total for g in view.groups for r in g.rows if r.blind_code}
        assert {k: x for k, x in after.items() if x is not None} == {k: x for k, x in before.items() if x is not None}
        assert len(draw.mapping(v, users.sign_in(v, "李建国", "2001"))) == 38  # public after decryption
        assert draw.verify_draws(v).ok
