"""The built-in demo venue, made through the same services a venue uses on the day.

Item 01 LED 显示屏应用 with 40 synthetic contestants (so the "more than 30" 优胜奖 rule applies), and a
companion roster file with deliberate mistakes to show the import error report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.roles import Role
from app.rules.demo_people import demo_people
from app.rules.idcard import make_id_number
from app.services import roster, users
from app.services.venue import create_venue
from app.tabular import write_xlsx
from db.venue_file import VenueFile

DEMO_DATE = date(2026, 11, 28)
DEMO_COUNT = 40
HEAD_JUDGE, HEAD_PIN = "郑雪娜", "2468"
DEMO_STAFF = (  # name, role, PIN, judge number
    ("周敏", Role.CHECKIN, "1111", None),
    ("王强", Role.ADMIN, "9999", None),
    ("李建国", Role.JUDGE, "2001", "J1"),
    ("陈静", Role.JUDGE, "2002", "J2"),
    ("刘洋", Role.JUDGE, "2003", "J3"),
)
HEADERS = ["姓名", "身份证号", "性别", "手机", "单位/学校", "人员类别", "组别", "女职工退休年龄类别"]


@dataclass(frozen=True)
class DemoFiles:
    venue: Path
    roster: Path
    roster_with_errors: Path


def write_demo_rosters(folder: Path) -> tuple[Path, Path]:
    people = demo_people(DEMO_COUNT, DEMO_DATE)
    rows = [[p.name, p.id_number, p.gender, p.phone, p.unit, p.category, "", p.female_category or ""] for p in people]
    good = write_xlsx(folder / "demo-roster.xlsx", HEADERS, rows, title="选手名单")
    young = make_id_number("500103", date(2012, 5, 20), 11)  # valid number, but 14 on the day
    retired = make_id_number("500106", date(1960, 1, 15), 13)  # valid number, man past retirement age
    bad_rows = rows[:5] + [
        ["赵小明", young[:-1] + ("0" if young[-1] != "0" else "1"), "男", "13800001111", "重庆市轻工业学校", "学生", "", ""],
        ["钱多多", young, "男", "13800002222", "重庆市轻工业学校", "学生", "", ""],
        ["孙丽", rows[0][1], "男", "13800003333", "重庆电子科技职业大学", "教师", "", ""],  # same ID as row 2
        ["", make_id_number("510202", date(1975, 3, 4), 23), "男", "1380000", "重庆建工集团", "工人", "", ""],
        ["周大福", retired, "男", "13800004444", "重庆钢铁集团", "职工", "职工组", ""],  # also: item has no groups
    ]
    bad = write_xlsx(folder / "demo-roster-with-errors.xlsx", HEADERS, bad_rows, title="选手名单")
    return good, bad


def build_demo(folder: Path) -> DemoFiles:
    """Create ``folder``/demo.venue (replacing an earlier demo) and its roster files."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "demo.venue"
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    good, bad = write_demo_rosters(folder)
    venue = create_venue(
        path, item_no=1, competition_date=DEMO_DATE, venue_place="重庆电子科技职业大学 实训中心 A201",
        head_judge=HEAD_JUDGE, head_judge_pin=HEAD_PIN,
    )
    try:
        populate(venue, good)
    finally:
        venue.close()
    return DemoFiles(path, good, bad)


def populate(venue: VenueFile, roster_file: Path) -> None:
    head = users.sign_in(venue, HEAD_JUDGE, HEAD_PIN)
    for name, role, pin, judge_no in DEMO_STAFF:
        users.add_user(venue, head, name, role, pin, judge_no=judge_no)
    roster.import_roster(venue, head, roster_file)


# --- check-in day (issue 3): called by build_demo once the roster is in --------------------------------------------

DEMO_DESK, DEMO_DESK_PIN = "周敏", "1111"
DEMO_WITNESS = ("3721", "0815")


def checkin_and_draw(venue: VenueFile) -> None:
    """The morning of the demo day: 38 of 40 checked in (one absent, one withdrew), then the head judge's
    published draw from the witness values 3721 and 0815."""
    from app.services import checkin, draw  # noqa: PLC0415 - keep the roster-only demo light

    desk = users.sign_in(venue, DEMO_DESK, DEMO_DESK_PIN)
    people = roster.list_contestants(venue)
    for person in people[:-2]:
        checkin.check_in(venue, desk, person.id)
    checkin.mark_absent(venue, desk, people[-2].id)
    checkin.mark_withdrew(venue, desk, people[-1].id, "身体不适，自愿放弃")
    head = users.sign_in(venue, HEAD_JUDGE, HEAD_PIN)
    draw.run_main_draw(venue, head, list(DEMO_WITNESS))
    draw.publish(venue, head)
