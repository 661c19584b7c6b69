"""Draw service: once-only main draw, stations reproducible from the record, blind codes sealed (vs-draw-2),
tamper detection, late arrivals, station changes after publication, 二次加密, and the mapping kept from judges
and the desk.  The head judge opens the mapping with the vault (``opened``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import PermissionDenied, StateError, ValidationError
from app.roles import Actor
from app.rules import draw as rules
from app.rules import sealed_draw
from app.services import checkin, decrypt, draw, draw_seal, roster, vault
from app.services.roster_rows import ContestantForm
from db.models import LockEvent, Module, SecondCode
from db.venue_file import VenueFile, open_venue
from tests.app.services import tamper
from tests.conftest import HEAD_PASSPHRASE, roster_rows, write_roster

WITNESS = ["3721", "0815"]


def opened(v: VenueFile, head: Actor) -> vault.Unlocked:
    return vault.unlock(v, head, HEAD_PASSPHRASE)


def envelope(v: VenueFile, head: Actor) -> list[draw.MappingRow]:
    return draw.mapping(v, head, opened(v, head))


@pytest.fixture
def ready(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path) -> VenueFile:
    """10 contestants (6 职工组, 4 学生组); 8 checked in, 1 absent, 1 not yet here."""
    rows = roster_rows(6, group="职工组") + roster_rows(4, group="学生组", seed=7)
    roster.import_roster(venue, head, write_roster(tmp_path / "r.xlsx", rows))
    people = roster.list_contestants(venue)
    for p in people[:8]:
        checkin.check_in(venue, staff["checkin"], p.id)
    checkin.mark_absent(venue, staff["checkin"], people[8].id)
    return venue


def test_main_draw_gives_every_checked_in_contestant_one_station(ready: VenueFile, staff: dict[str, Actor]) -> None:
    info = draw.run_main_draw(ready, staff["head"], WITNESS)
    # one station per registered contestant (10), so the two not checked in leave two free for late arrivals
    assert info.entrants == 8 and info.stations == rules.default_stations(10) and not info.published
    assert info.algorithm == "vs-draw-2" and info.sealed and len(info.commitment or "") == 64
    rows = envelope(ready, staff["head"])
    checked = {c.contestant_id for c in checkin.list_cards(ready, staff["head"]) if c.status == checkin.CHECKED_IN}
    assert {r.contestant_id for r in rows} == checked
    assert len({r.station for r in rows}) == 8 and len({r.blind_code for r in rows}) == 8
    assert all(len(r.blind_code) == 3 for r in rows)
    # the desk now sees the station on the card, never the blind code
    card = checkin.lookup(ready, staff["checkin"], rows[0].reg_no)
    assert card.station == rows[0].station
    # no field of the card carries the blind code (compare whole values: a timestamp may contain the digits)
    assert rows[0].blind_code not in {str(v) for v in vars(card).values()} and not hasattr(card, "blind_code")


def test_draw_matches_the_pure_rules_and_is_verified(ready: VenueFile, staff: dict[str, Actor]) -> None:
    head = staff["head"]
    draw.run_main_draw(ready, head, WITNESS)
    record = draw.record_of(ready, staff["J1"])  # a sealed record holds no code: anyone may have it
    i = record["inputs"]
    inp = rules.DrawInput(i["item_code"], tuple(i["witness_values"]), tuple(i["entrants"]), tuple(i["stations"]),
                          i["code_length"])
    public = sealed_draw.public_stations(inp)  # the stations follow from the public input alone
    assert public.seed_hex == record["seed_hex"] and i["item_code"] == "31"
    assert [[a.entrant, a.station] for a in public.assignments] == [
        [a["entrant"], a["station"]] for a in record["result"]["stations"]]
    assert "blind_code" not in str(record["result"])
    # the blind codes follow from the sealed secret, which opens the published commitment
    with ready.unit_of_work() as s:
        book = draw_seal.open_all(s, opened(ready, head))
    (secret,) = book.secrets.values()
    assert len(secret) == 32 and sealed_draw.commitment(bytes.fromhex(record["seed_hex"]), "blind", secret) \
        == record["commitment"]
    full = sealed_draw.run_draw(inp, secret)
    assert {a.entrant: (a.station, a.blind_code) for a in full.assignments} == {
        r.reg_no: (r.station, r.blind_code) for r in envelope(ready, head)}
    report = draw.verify_draws(ready)
    assert report.ok and [c.kind for c in report.checks] == ["main"] and "密封" in report.checks[0].note


def test_a_changed_witness_value_changes_the_draw(ready: VenueFile, staff: dict[str, Actor], tmp_path: Path) -> None:
    draw.run_main_draw(ready, staff["head"], WITNESS)
    i = draw.record_of(ready, staff["head"])["inputs"]
    other = sealed_draw.public_stations(rules.DrawInput(i["item_code"], ("3721", "0816"), tuple(i["entrants"]),
                                                        tuple(i["stations"]), i["code_length"]))
    mine = {r.reg_no: r.station for r in draw.station_plan(ready, staff["head"])}
    changed = sum(1 for a in other.assignments if mine[a.entrant] != a.station)
    assert changed >= 5  # most stations differ (8 people on 10 stations)


def test_only_the_head_judge_draws_and_only_once(ready: VenueFile, staff: dict[str, Actor]) -> None:
    with pytest.raises(PermissionDenied):
        draw.run_main_draw(ready, staff["checkin"], WITNESS)
    with pytest.raises(ValidationError, match="见证值"):
        draw.run_main_draw(ready, staff["head"], ["3721"])
    first = draw.run_main_draw(ready, staff["head"], WITNESS)
    with pytest.raises(StateError, match="原因"):
        draw.run_main_draw(ready, staff["head"], ["1", "2"])
    again = draw.run_main_draw(ready, staff["head"], ["1111", "2222"], reason="见证人读错数字，现场重抽")
    assert again.draw_id != first.draw_id and again.redraw_reason == "见证人读错数字，现场重抽"
    assert again.seed_hex != first.seed_hex and again.commitment != first.commitment
    assert len(envelope(ready, staff["head"])) == 8  # only the current draw's assignments count
    assert len(draw.scoring_rows(ready)) == 8  # and only its codes are scored
    assert draw.verify_draws(ready).ok  # both draws are on record and both re-compute
    draw.publish(ready, staff["head"])
    with pytest.raises(StateError, match="不能重新抽签"):
        draw.run_main_draw(ready, staff["head"], ["5", "6"], reason="想再抽一次")


@contextmanager
def _drawn_then_edited(ready: VenueFile, head: Actor, venue_path: Path, sql: str, table: str) -> Iterator[VenueFile]:
    """The main draw, then ``sql`` run on the closed file behind the app's back (``tamper.edit``), reopened."""
    draw.run_main_draw(ready, head, WITNESS)
    ready.close()
    tamper.edit(venue_path, sql, tables=(table,))
    with open_venue(venue_path) as v:
        yield v


def test_tampered_draw_row_is_reported(ready: VenueFile, staff: dict[str, Actor], venue_path: Path) -> None:
    with _drawn_then_edited(ready, staff["head"], venue_path,
                            "UPDATE draw SET inputs = replace(inputs, '\"3721\"', '\"3722\"') WHERE kind = 'main'",
                            "draw") as v:
        report = draw.verify_draws(v)
        assert not report.ok and "不一致" in report.lines()[0]
        # a sealed draw's check involves no blind code, so anyone may read the details
        assert any("种子不一致" in p for p in report.checks[0].problems)


def test_tampered_station_assignment_is_reported(ready: VenueFile, staff: dict[str, Actor], venue_path: Path) -> None:
    with _drawn_then_edited(ready, staff["head"], venue_path,
                            "UPDATE station_assignment SET blind_code = '999' WHERE id = (SELECT min(id) FROM station_assignment)",
                            "station_assignment") as v:
        report = draw.verify_draws(v, staff["head"])
        assert not report.ok and any("工位分配记录与抽签记录不符" in p for p in report.checks[0].problems)


def test_late_arrival_without_a_free_station_is_refused(ready: VenueFile, staff: dict[str, Actor]) -> None:
    from app.item_settings import ItemSettings
    from app.services import venue as venue_service

    venue_service.update_settings(ready, staff["head"], ItemSettings(station_count=8))
    late = roster.list_contestants(ready)[9]
    draw.run_main_draw(ready, staff["head"], WITNESS)
    draw.publish(ready, staff["head"])
    # with stations 01..08 all taken there is no free station: the check-in is refused whole
    with pytest.raises(ValidationError, match="没有空闲工位"):
        checkin.check_in(ready, staff["checkin"], late.id)
    assert checkin.lookup(ready, staff["checkin"], late.reg_no).status == checkin.REGISTERED


def test_late_arrival_with_spare_stations(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path) -> None:
    from app.item_settings import ItemSettings
    from app.services import venue as venue_service

    venue_service.update_settings(venue, head, ItemSettings(station_count=10))
    roster.import_roster(venue, head, write_roster(tmp_path / "r.xlsx", roster_rows(8)))
    people = roster.list_contestants(venue)
    for p in people[:6]:
        checkin.check_in(venue, staff["checkin"], p.id)
    info = draw.run_main_draw(venue, head, WITNESS)
    assert info.stations == rules.default_stations(10)
    taken = {r.station for r in draw.station_plan(venue, head)}
    free = sorted(set(info.stations) - taken)
    card = checkin.check_in(venue, staff["checkin"], people[6].id)  # arrives after the draw
    assert card.station == free[0]
    checkin.check_in(venue, staff["checkin"], people[7].id)
    assert checkin.lookup(venue, staff["checkin"], people[7].reg_no).station == free[1]
    codes = [r.blind_code for r in envelope(venue, head)]
    assert len(codes) == len(set(codes)) == 8
    report = draw.verify_draws(venue, head)
    assert report.ok and [c.kind for c in report.checks] == ["main", "late", "late"]


def test_explicit_late_assignment_is_refused_when_not_needed(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                              tmp_path: Path) -> None:
    roster.import_roster(venue, head, write_roster(tmp_path / "r.xlsx", roster_rows(5)))
    people = roster.list_contestants(venue)
    for p in people[:4]:
        checkin.check_in(venue, staff["checkin"], p.id)
    draw.run_main_draw(venue, head, WITNESS)
    # once a checked-in contestant holds a station, only the head judge may undo the check-in
    with pytest.raises(StateError, match="裁判长"):
        checkin.undo(venue, staff["checkin"], people[0].id, "误检录")
    with pytest.raises(StateError, match="尚未检录"):
        draw.assign_late(venue, staff["checkin"], people[4].reg_no)
    with pytest.raises(StateError, match="已有工位"):
        draw.assign_late(venue, staff["checkin"], people[0].reg_no)
    # the fifth arrives late: the desk's check-in gives the one spare station; the desk never sees the code
    card = checkin.check_in(venue, staff["checkin"], people[4].id)
    assert card.station is not None
    row = next(r for r in envelope(venue, head) if r.contestant_id == people[4].id)
    assert row.station == card.station and row.blind_code not in {str(v) for v in vars(card).values()}


def test_station_change_after_publication_needs_head_judge_and_reason(venue: VenueFile, head: Actor,
                                                                     staff: dict[str, Actor], tmp_path: Path) -> None:
    from app.item_settings import ItemSettings
    from app.services import venue as venue_service

    venue_service.update_settings(venue, head, ItemSettings(station_count=6))
    roster.import_roster(venue, head, write_roster(tmp_path / "r.xlsx", roster_rows(4)))
    for p in roster.list_contestants(venue):
        checkin.check_in(venue, staff["checkin"], p.id)
    draw.run_main_draw(venue, head, WITNESS)
    draw.publish(venue, head)
    with pytest.raises(StateError, match="已经公布"):
        draw.publish(venue, head)
    before = envelope(venue, head)
    target = before[0]
    free = sorted(set(rules.default_stations(6)) - {r.station for r in before})[0]
    with pytest.raises(PermissionDenied):
        draw.change_station(venue, staff["checkin"], target.reg_no, free, "机位故障")
    with pytest.raises(ValidationError, match="原因"):
        draw.change_station(venue, head, target.reg_no, free, "")
    with pytest.raises(StateError, match="已有选手"):
        draw.change_station(venue, head, target.reg_no, before[1].station, "机位故障")
    moved = draw.change_station(venue, head, target.reg_no, free, "03 号机位电源故障")
    assert moved.station == free
    after = {r.reg_no: r for r in envelope(venue, head)}
    assert after[target.reg_no].station == free and after[target.reg_no].blind_code == target.blind_code
    assert draw.verify_draws(venue, head).ok


def test_second_codes_per_module(ready: VenueFile, staff: dict[str, Actor]) -> None:
    head = staff["head"]
    with ready.unit_of_work() as s:
        s.add(Module(code="A", name="电路装调", sort=0))
        s.add(Module(code="B", name="程序编写", sort=1))
    draw.run_main_draw(ready, head, WITNESS)
    assert draw.issue_second_codes(ready, head, "A") == 8
    with pytest.raises(StateError, match="已经二次加密"):
        draw.issue_second_codes(ready, head, "A")
    with pytest.raises(PermissionDenied):
        draw.issue_second_codes(ready, staff["J1"], "B")
    with pytest.raises(Exception, match="没有模块 Z"):
        draw.issue_second_codes(ready, head, "Z")
    rows = envelope(ready, head)
    blind = {r.blind_code for r in rows}
    seconds = [dict(r.second_codes)["A"] for r in rows]
    assert len(set(seconds)) == 8 and not blind & set(seconds) and all(len(c) == 4 for c in seconds)
    with ready.unit_of_work() as s:
        assert s.query(SecondCode).count() == 0  # sealed in the draw row, never in the clear table
    info = draw.draw_info(ready)
    assert info is not None and [m for m, _ in info.second_commitments] == ["A"]
    report = draw.verify_draws(ready)
    assert report.ok and [c.kind for c in report.checks] == ["main", "second_code"]


def test_mapping_is_not_reachable_before_decryption(ready: VenueFile, staff: dict[str, Actor]) -> None:
    head = staff["head"]
    draw.run_main_draw(ready, head, WITNESS)
    for role in ("J1", "checkin", "admin"):
        with pytest.raises(PermissionDenied):
            draw.mapping(ready, staff[role])
        with pytest.raises(PermissionDenied):  # judges see blind codes only, not stations, before decryption
            draw.door_list(ready, staff[role])
    # even the head judge needs the passphrase: the mapping is sealed in the file
    with pytest.raises(PermissionDenied, match="密封"):
        draw.mapping(ready, head)
    door = draw.door_list(ready, head, opened(ready, head))
    assert len(door) == 8 and not hasattr(door[0], "name")
    with pytest.raises(PermissionDenied):
        draw.station_plan(ready, staff["J1"])
    assert all(len(r) == 2 and isinstance(r[0], int) for r in draw.scoring_rows(ready))
    # decryption: head judge only, only once the item is locked, and with the passphrase
    with pytest.raises(PermissionDenied):
        decrypt.decrypt(ready, staff["J1"], passphrase=HEAD_PASSPHRASE)
    with pytest.raises(StateError, match="尚未锁定"):
        decrypt.decrypt(ready, head, passphrase=HEAD_PASSPHRASE)
    from app.clock import now
    from app.services import audit

    with ready.unit_of_work() as s:  # the lock rows as the scoring room writes them (with their audit record)
        module_lock = LockEvent(module_code="A", action="lock", reason=None, actor=head.name, at=now())
        s.add(module_lock)
        s.flush()
        assert not decrypt.is_locked(s)  # a module lock is not the item lock
        item_lock = LockEvent(module_code=None, action="lock", reason=None, actor=head.name, at=now())
        s.add(item_lock)
        audit.append_fact(s, head, "test.staged_locks", module_lock, item_lock)
    with pytest.raises(ValidationError, match="口令不正确"):
        decrypt.decrypt(ready, head, passphrase="不是这个口令-2026")
    decrypt.decrypt(ready, head, passphrase=HEAD_PASSPHRASE)
    with ready.unit_of_work() as s:
        assert decrypt.is_locked(s) and decrypt.is_decrypted(s)
    assert len(draw.mapping(ready, staff["J1"])) == 8  # now public
    assert len(draw.door_list(ready, staff["checkin"])) == 8
    with pytest.raises(StateError, match="已经解密"):
        decrypt.decrypt(ready, head, passphrase=HEAD_PASSPHRASE)


def test_no_draw_without_checked_in_contestants(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                tmp_path: Path) -> None:
    roster.import_roster(venue, head, write_roster(tmp_path / "r.xlsx", roster_rows(3)))
    with pytest.raises(StateError, match="已检录"):
        draw.run_main_draw(venue, head, WITNESS)
    with pytest.raises(StateError, match="尚未抽签"):
        draw.publish(venue, head)
    assert draw.draw_info(venue) is None


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(witness=st.lists(st.text("0123456789", min_size=1, max_size=6), min_size=2, max_size=3),
       present=st.sets(st.integers(0, 9), min_size=1))
def test_property_any_check_in_pattern_gives_a_verifiable_complete_draw(
    witness: list[str], present: set[int], tmp_path_factory: pytest.TempPathFactory
) -> None:
    from datetime import date

    from app.services import users
    from app.services.venue import create_venue

    folder = tmp_path_factory.mktemp("prop")
    v = create_venue(folder / "p.venue", item_no=5, competition_date=date(2026, 11, 28), venue_place="x",
                     head_judge="裁判长甲", head_judge_pin="2468")
    try:
        head = users.sign_in(v, "裁判长甲", "2468")
        vault.create(v, head, HEAD_PASSPHRASE, HEAD_PASSPHRASE)
        roster.import_roster(v, head, write_roster(folder / "r.xlsx", roster_rows(10, group="")))
        people = roster.list_contestants(v)
        for i in sorted(present):
            checkin.check_in(v, head, people[i].id)
        draw.run_main_draw(v, head, witness)
        rows = envelope(v, head)
        assert sorted(r.contestant_id for r in rows) == sorted(people[i].id for i in present)
        assert len({r.station for r in rows}) == len(rows) == len({r.blind_code for r in rows})
        assert draw.verify_draws(v).ok
    finally:
        v.close()


def test_late_entry_form_still_works_after_the_draw(ready: VenueFile, staff: dict[str, Actor]) -> None:
    draw.run_main_draw(ready, staff["head"], WITNESS)
    form = ContestantForm(name="补报选手", id_number="500103199001011232", category="职工", gender="男", phone="",
                          unit="重庆建工集团", group="职工组", female_category="", reg_no="")
    added = roster.add_contestant(ready, staff["head"], form, late_reason="组委会确认补报")
    card = checkin.check_in(ready, staff["checkin"], added.id)  # 10 stations, 8 taken at the draw
    assert card.late_entry and card.station in set(rules.default_stations(10)) - {
        r.station for r in envelope(ready, staff["head"]) if r.contestant_id != added.id}


def test_demo_check_in_and_draw(tmp_path: Path) -> None:
    from app.services import demo, users

    files = demo.build_demo(tmp_path, "roster")
    v = open_venue(files.venue)
    try:
        demo.checkin_and_draw(v)
        total = checkin.total(checkin.counts(v))
        assert (total.registered, total.checked_in, total.absent, total.withdrew) == (40, 38, 1, 1)
        info = draw.draw_info(v)
        assert info is not None and info.published and info.witness_values == ("3721", "0815")
        head = users.sign_in(v, "郑雪娜", "2468")
        assert len(draw.mapping(v, head, vault.unlock(v, head, demo.DEMO_PASSPHRASE))) == 38
        assert draw.verify_draws(v).ok
    finally:
        v.close()
