"""Check-in desk: lookup by ID number or 报名号, statuses with undo-with-reason, counts, late entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import NotFound, PermissionDenied, StateError, ValidationError
from app.roles import Actor
from app.services import checkin, roster
from app.services.roster_rows import ContestantForm
from db.models import CheckinEvent
from db.venue_file import VenueFile
from tests.conftest import roster_rows, write_roster


@pytest.fixture
def two_groups(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path) -> VenueFile:
    rows = roster_rows(6, group="职工组") + roster_rows(4, group="学生组", seed=7)
    roster.import_roster(venue, head, write_roster(tmp_path / "r.xlsx", rows))
    return venue


def test_lookup_by_id_number_or_reg_no(two_groups: VenueFile, staff: dict[str, Actor]) -> None:
    desk = staff["checkin"]
    people = roster.list_contestants(two_groups)
    first = people[0]
    with two_groups.unit_of_work() as s:
        from db.models import Contestant

        id_number = s.get(Contestant, first.id).id_number
    by_id = checkin.lookup(two_groups, desk, " " + id_number.lower() + "\n")  # scanner noise, lower-case x
    by_reg = checkin.lookup(two_groups, desk, first.reg_no)
    assert by_id == by_reg
    assert by_id.name == first.name and by_id.unit == first.unit and by_id.group == first.group
    assert by_id.id_masked == first.id_masked and "*" in by_id.id_masked and id_number not in repr(by_id)
    assert by_id.status == checkin.REGISTERED and by_id.station is None


def test_unknown_number_is_refused_with_a_clear_message(two_groups: VenueFile, staff: dict[str, Actor]) -> None:
    with pytest.raises(NotFound) as err:
        checkin.lookup(two_groups, staff["checkin"], "500103199001011232")
    assert "名单中没有" in err.value.message and "裁判长" in err.value.message
    assert "199001011232" not in err.value.message  # a stranger's ID number is masked too
    with pytest.raises(ValidationError):
        checkin.lookup(two_groups, staff["checkin"], "   ")


def test_statuses_and_undo_need_a_reason(two_groups: VenueFile, staff: dict[str, Actor]) -> None:
    desk = staff["checkin"]
    a, b, c = roster.list_contestants(two_groups)[:3]
    card = checkin.check_in(two_groups, desk, a.id)
    assert card.status == checkin.CHECKED_IN and card.status_by == "周敏" and card.status_at is not None
    assert "已检录" in card.status_text and card.status_at.strftime("%H:%M") in card.status_text
    with pytest.raises(StateError, match="已是“已检录”"):
        checkin.check_in(two_groups, desk, a.id)  # a second scan does not check in twice
    assert checkin.mark_absent(two_groups, desk, b.id).status == checkin.ABSENT
    with pytest.raises(StateError):
        checkin.check_in(two_groups, desk, b.id)  # absent → must be undone first
    with pytest.raises(ValidationError, match="原因"):
        checkin.undo(two_groups, desk, b.id, "  ")
    back = checkin.undo(two_groups, desk, b.id, "误登记：选手已到场")
    assert back.status == checkin.REGISTERED
    assert checkin.check_in(two_groups, desk, b.id).status == checkin.CHECKED_IN
    assert checkin.mark_withdrew(two_groups, desk, c.id, "身体不适").status == checkin.WITHDREW
    with pytest.raises(StateError, match="无需撤销"):
        checkin.undo(two_groups, desk, roster.list_contestants(two_groups)[5].id, "x")  # never seen
    # every step is an appended event, none overwritten
    with two_groups.unit_of_work() as s:
        events = [(e.contestant_id, e.status, e.reason) for e in s.query(CheckinEvent).order_by(CheckinEvent.id)]
    assert events == [(a.id, "checked_in", None), (b.id, "absent", None), (b.id, "registered", "误登记：选手已到场"),
                      (b.id, "checked_in", None), (c.id, "withdrew", "身体不适")]


def test_judges_cannot_use_the_desk(two_groups: VenueFile, staff: dict[str, Actor]) -> None:
    someone = roster.list_contestants(two_groups)[0]
    with pytest.raises(PermissionDenied):
        checkin.lookup(two_groups, staff["J1"], someone.reg_no)
    with pytest.raises(PermissionDenied):
        checkin.check_in(two_groups, staff["J1"], someone.id)
    with pytest.raises(PermissionDenied):
        checkin.list_cards(two_groups, staff["J1"])


def test_counts_per_group(two_groups: VenueFile, staff: dict[str, Actor]) -> None:
    desk = staff["checkin"]
    people = roster.list_contestants(two_groups)
    workers = [p for p in people if p.group == "职工组"]
    students = [p for p in people if p.group == "学生组"]
    for p in workers[:4]:
        checkin.check_in(two_groups, desk, p.id)
    checkin.mark_absent(two_groups, desk, workers[4].id)
    checkin.check_in(two_groups, desk, students[0].id)
    checkin.mark_withdrew(two_groups, desk, students[1].id)
    rows = {r.group: r for r in checkin.counts(two_groups)}
    assert list(rows) == ["职工组", "学生组"]
    assert (rows["职工组"].registered, rows["职工组"].checked_in, rows["职工组"].absent, rows["职工组"].withdrew,
            rows["职工组"].waiting) == (6, 4, 1, 0, 1)
    assert (rows["学生组"].registered, rows["学生组"].checked_in, rows["学生组"].withdrew, rows["学生组"].waiting) == (4, 1, 1, 2)
    total = checkin.total(list(rows.values()))
    assert (total.registered, total.checked_in, total.absent, total.withdrew) == (10, 5, 1, 1)


def test_late_entry_is_a_head_judge_action_with_a_reason(two_groups: VenueFile, staff: dict[str, Actor]) -> None:
    checkin.check_in(two_groups, staff["checkin"], roster.list_contestants(two_groups)[0].id)
    form = ContestantForm(name="补报选手", id_number="500103199001011232", category="职工", gender="男", phone="",
                          unit="重庆建工集团", group="职工组", female_category="", reg_no="")
    with pytest.raises(PermissionDenied):
        roster.add_contestant(two_groups, staff["checkin"], form, late_reason="报名表遗漏")
    with pytest.raises(ValidationError):
        roster.add_contestant(two_groups, staff["head"], form)
    added = roster.add_contestant(two_groups, staff["head"], form, late_reason="报名表遗漏，组委会电话确认")
    card = checkin.lookup(two_groups, staff["checkin"], "500103199001011232")
    assert card.contestant_id == added.id and card.late_entry
    assert checkin.check_in(two_groups, staff["checkin"], added.id).status == checkin.CHECKED_IN


def test_reg_no_typed_without_its_leading_zeros(two_groups: VenueFile, staff: dict[str, Actor]) -> None:
    """Item 01's 报名号 start with 0: ``1002`` typed for ``01002`` is that person; an ambiguous number is refused."""
    from datetime import date

    from app.rules.idcard import make_id_number

    def add(reg_no: str, seq: int) -> int:
        form = ContestantForm(name=f"选手{seq}", id_number=make_id_number("500103", date(1990, 1, 1), seq),
                              category="职工", gender="男", unit="重庆建工集团", group="职工组", reg_no=reg_no)
        return roster.add_contestant(two_groups, staff["head"], form).id

    first = add("01002", 11)
    desk = staff["checkin"]
    assert checkin.lookup(two_groups, desk, "1002").contestant_id == first
    assert checkin.lookup(two_groups, desk, " 01002 ").contestant_id == first
    with pytest.raises(NotFound):
        checkin.lookup(two_groups, desk, "102")  # not a prefix or suffix match: the same number only

    second = add("001002", 13)
    with pytest.raises(ValidationError) as err:
        checkin.lookup(two_groups, desk, "1002")
    assert "01002" in err.value.message and "001002" in err.value.message and "完整" in err.value.message
    assert checkin.lookup(two_groups, desk, "001002").contestant_id == second  # typed in full: exact
