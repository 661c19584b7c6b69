"""The built-in demo venue, made through the same services a venue uses on the day.

Item 01 LED 显示屏应用 with 40 synthetic contestants (so the "more than 30" 优胜奖 rule applies), and a
companion roster file with deliberate mistakes to show the import error report.

Building takes seconds (six PINs hashed, the vault's passphrase wrap, 38 check-ins, a draw, ~1,000 scores), so
``demo_files`` builds each stage once per VenueScore version into the data folder and hands out a fresh copy
on every start (the copies share the demo's venue identity: they are the same demo).
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from filelock import FileLock, Timeout

from app import __version__, sealing
from app.errors import VenueFileError
from app.fileio import copy_file, write_text
from app.i18n import tr
from app.package.committee_keys import CommitteeKeys
from app.package.keys import SigningKey
from app.paths import data_root
from app.roles import Actor, Role
from app.rules.demo_people import demo_people
from app.rules.idcard import make_id_number
from app.services import audit, committee, roster, users, vault
from app.services.venue import create_venue
from app.tabular import write_xlsx
from db import migrate
from db.venue_file import VenueFile, inspect_venue_file, lock_path

DEMO_DATE = date(2026, 11, 28)
DEMO_COUNT = 40
HEAD_JUDGE, HEAD_PIN = "郑雪娜", "2468"
DEMO_PLACE = "重庆电子科技职业大学 实训中心 A201"
# The head judge's passphrase (vault: signing key, sealed blind codes).  A demo, so it is printed in the README.
DEMO_PASSPHRASE = "巴渝工匠2026演示"
# The demo's organising committee: its packages are encrypted to this recipient.  Public on purpose (the
# identity opens the demo's packages with `age -d`); a real committee makes its own (central recipient init).
DEMO_COMMITTEE_IDENTITY = "AGE-SECRET-KEY-1SC22MLCSL2ZV85X5CEYFEPFSRSVMGELGMF4SS4ZT9NLW9UH9HHZSVJ25MW"
DEMO_COMMITTEE_SIGNING_SEED = bytes(range(32))  # the demo committee's Ed25519 key: no secret either
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


STAGES = ("roster", "drawn", "scored")
FILES = ("demo.venue", "demo-roster.xlsx", "demo-roster-with-errors.xlsx", "demo-恢复码.txt")


def default_folder() -> Path:
    return data_root() / "demo"


def _fingerprint(stage: str) -> str:
    """Changes whenever the demo could come out different: version, schema head, the demo's own code."""
    digest = hashlib.sha256(f"{__version__}|{migrate.head_revision()}|{stage}".encode())
    for module in (__file__, demo_people.__code__.co_filename):  # this file and app/rules/demo_people.py
        with contextlib.suppress(OSError):  # a bundled build without sources: the version alone decides
            digest.update(Path(module).read_bytes())
    return digest.hexdigest()[:16]


def _pristine(stage: str) -> Path:
    """The folder holding the built demo of ``stage`` (building it the first time)."""
    cache = data_root() / "demo-cache"
    folder = cache / f"{stage}-{_fingerprint(stage)}"
    if all((folder / name).is_file() for name in FILES):
        return folder
    cache.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{stage}-", dir=cache))
    try:
        build_demo(building, stage)
        conn = sqlite3.connect(building / "demo.venue")
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        conn.close()
        lock_path(building / "demo.venue").unlink(missing_ok=True)
        for stale in cache.glob(f"{stage}-*"):  # an older version's demo
            shutil.rmtree(stale, ignore_errors=True)
        with contextlib.suppress(OSError):  # another window built it at the same moment: use theirs
            building.rename(folder)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return folder


def demo_files(folder: Path | None = None, stage: str = "scored") -> DemoFiles:
    """A fresh demo venue in ``folder`` (default: the data folder's ``demo``), replacing an earlier one: a copy of
    the demo built once for this version (see ``_pristine``), so every start begins from the same state."""
    if stage not in STAGES:
        raise ValueError(f"unknown demo stage {stage!r}")
    source = _pristine(stage)
    folder = Path(folder) if folder is not None else default_folder()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "demo.venue"
    lock = FileLock(lock_path(target), timeout=0)
    try:
        lock.acquire()
    except Timeout as exc:
        raise VenueFileError(tr("演示赛场正在另一个 VenueScore 窗口中打开，请先关闭那个窗口。"), file=str(target)) from exc
    try:
        # The app's own demo folder may hold a damaged demo (a killed copy): that one is replaced too.
        _refuse_unless_demo(target, own_folder=folder.resolve() == default_folder().resolve())
        for p in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            p.unlink(missing_ok=True)
        for name in FILES:
            copy_file(source / name, folder / name)
    finally:
        lock.release()
    return DemoFiles(folder / FILES[0], folder / FILES[1], folder / FILES[2])


def build_demo(folder: Path, stage: str = "scored") -> DemoFiles:
    """Create ``folder``/demo.venue (replacing an earlier demo) and its roster files.

    ``stage``: "roster" (imported, nobody checked in), "drawn" (checked in, draw published) or "scored"
    (scheme, every score, one corrected spread, a tie at the 3rd/优胜奖 boundary, item locked: the head
    judge can go on to decrypt, rank, decide the tie and sign off).
    """
    if stage not in STAGES:
        raise ValueError(f"unknown demo stage {stage!r}")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "demo.venue"
    _refuse_unless_demo(path)
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    good, bad = write_demo_rosters(folder)
    venue = create_venue(
        path, item_no=1, competition_date=DEMO_DATE, venue_place=DEMO_PLACE,
        head_judge=HEAD_JUDGE, head_judge_pin=HEAD_PIN,
    )
    try:
        mark_as_demo(venue)
        made = vault.create(venue, users.sign_in(venue, HEAD_JUDGE, HEAD_PIN), DEMO_PASSPHRASE, DEMO_PASSPHRASE)
        # A demo's recovery code is no secret; a real venue prints it once on a sealed sheet.
        write_text(folder / "demo-恢复码.txt", made.recovery_code + "\n")
        install_demo_committee(venue)
        populate(venue, good)
        if stage in ("drawn", "scored"):
            checkin_and_draw(venue)
        if stage == "scored":
            scheme_and_scores(venue)
    finally:
        venue.close()
    return DemoFiles(path, good, bad)


def demo_committee_keys() -> CommitteeKeys:
    signing = SigningKey(Ed25519PrivateKey.from_private_bytes(DEMO_COMMITTEE_SIGNING_SEED), b"VSdemo00")
    return CommitteeKeys(signing.public, sealing.recipient_of(DEMO_COMMITTEE_IDENTITY))


def install_demo_committee(venue: VenueFile) -> None:
    """The demo venue encrypts its packages to the demo committee (as if its setup file had been confirmed)."""
    keys = demo_committee_keys()
    committee.install(venue, users.sign_in(venue, HEAD_JUDGE, HEAD_PIN), keys, keys.fingerprint)


def _refuse_unless_demo(path: Path, own_folder: bool = False) -> None:
    """Only a demo is ever replaced: a real venue file someone named demo.venue in a folder they chose is not."""
    if path.exists() and not own_folder and not is_demo_venue(path):
        raise VenueFileError(tr(
            "{path} 已存在，但不是完好的演示赛场文件，不会覆盖它（它可能是真实的赛场文件）。"
            "请换一个文件夹生成演示赛场；如确认是旧的演示文件，请先手动删除。").format(path=path), file=str(path))


def is_demo_venue(path: Path) -> bool:
    """A sound venue file made by ``build_demo`` (its head judge and place), read without writing to it."""
    try:
        inspect_venue_file(path)
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT head_judge, venue_place FROM venue_info WHERE id = 1").fetchone()
        finally:
            conn.close()
    except (VenueFileError, sqlite3.Error):
        return False
    return row == (HEAD_JUDGE, DEMO_PLACE)


def mark_as_demo(venue: VenueFile) -> None:
    """Say in the audit chain, right after ``venue.create``, that this file is the demo.  Its copies share one
    identity and start from the same state, so comparing one copy's history with another copy's backups
    means nothing: the integrity check skips that comparison for a file marked here (nowhere else can a
    file claim to be the demo without rewriting its chain from the start)."""
    with venue.unit_of_work() as s:
        # the action integrity.DEMO_ACTION looks for
        audit.append(s, Actor(HEAD_JUDGE, Role.HEAD_JUDGE), "demo.venue", {"note": "synthetic demo venue"})


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


# --- marking scheme and scores (issue 4): called once the draw is done ----------------------------------------------

DEMO_JUDGES = (("李建国", "2001"), ("陈静", "2002"), ("刘洋", "2003"))
DEMO_TIE = (5, 6)  # indices (in 报名号 order) of two contestants with identical scores: places 6 and 7
DEMO_SPREAD = 10  # index of the contestant whose A1.4 is re-discussed


def _skill(i: int) -> float:
    """How well contestant i works: a clear order, with the tie pair sharing one level."""
    i = DEMO_TIE[0] if i == DEMO_TIE[1] else i
    return 0.96 - 0.03 * i if i <= DEMO_TIE[0] else 0.76 - 0.012 * (i - DEMO_TIE[1] - 1)


def _demo_values(drafts: list, count: int) -> tuple[dict, dict]:  # type: ignore[type-arg]
    """Measurement values (cell → text) and judgement scores (judge index → cell → text)."""
    from decimal import ROUND_HALF_UP, Decimal  # noqa: PLC0415

    m: dict[tuple[int, str], str] = {}
    j: dict[int, dict[tuple[int, str], str]] = {0: {}, 1: {}, 2: {}}
    for i in range(count):
        s = _skill(i)
        for k, d in enumerate(drafts):
            lean = ((k * 7) % 5 - 2) * 0.02  # some criteria are harder than others, for everyone
            if d.kind == "M":
                value = (Decimal(str(max(0.0, min(1.0, s + lean)))) * d.max_points * 2).quantize(
                    Decimal(1), rounding=ROUND_HALF_UP) / 2
                m[(i, d.code)] = str(value)
                continue
            for judge in range(3):
                offset = ((k + judge * 2) % 3 - 1) * 0.3  # judges differ a little, never by more than 1
                score = max(0, min(3, int(Decimal(str(3 * s + lean + offset)).quantize(Decimal(1), ROUND_HALF_UP))))
                j[judge][(i, d.code)] = str(score)
    return m, j


def scheme_and_scores(venue: VenueFile) -> None:
    """The afternoon: the LED scheme imported, every drawn contestant scored by 李建国/陈静/刘洋 (judgement)
    and the head judge (measurements), times recorded, one spread above 1 corrected with a reason, a tie
    on total at the 3rd prize / 优胜奖 boundary (same time used, so the head judge must decide), item locked."""
    import tempfile  # noqa: PLC0415

    from app.services import scheme, scoring  # noqa: PLC0415

    head = users.sign_in(venue, HEAD_JUDGE, HEAD_PIN)
    judges = [users.sign_in(venue, name, pin) for name, pin in DEMO_JUDGES]
    # The codes are drawn with a fresh secret, so the demo (as its head judge, with the demo passphrase) opens
    # the envelope and scores people in 报名号 order: the same people rank and tie in every build.
    from app.services import draw  # noqa: PLC0415

    required = {r.blind_code for r in scoring.rows(venue) if r.required}
    envelope = draw.mapping(venue, head, vault.unlock(venue, head, DEMO_PASSPHRASE))
    codes = [r.blind_code for r in sorted(envelope, key=lambda r: r.reg_no) if r.blind_code in required]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        scheme.import_scheme(venue, head, scheme.save_template(folder / "demo-scheme-led.xlsx", demo=True))
        drafts = list(scheme.get_scheme(venue).criteria)
        m_values, j_values = _demo_values(drafts, len(codes))
        j_values[0][(DEMO_SPREAD, "A1.4")] = "0"  # 李建国 missed the labels: 0 against 2 and 2
        m_codes = [d.code for d in drafts if d.kind == "M"]
        j_codes = [d.code for d in drafts if d.kind == "J"]
        sheet = write_xlsx(folder / "measurements.xlsx", ["加密号", "裁判", *m_codes],
                           [[c, "", *(m_values[(i, k)] for k in m_codes)] for i, c in enumerate(codes)])
        scoring.import_scores(venue, head, sheet)
        for n, judge in enumerate(judges):
            sheet = write_xlsx(folder / f"judge-{n + 1}.xlsx", ["加密号", "裁判", *j_codes],
                               [[c, "", *(j_values[n][(i, k)] for k in j_codes)] for i, c in enumerate(codes)])
            scoring.import_scores(venue, judge, sheet)
    scoring.correct(venue, judges[0], codes[DEMO_SPREAD], "A1.4", "2", "复议：线号标识齐全，原评分看错工位")
    for i, code in enumerate(codes):
        minutes = 150 if i in DEMO_TIE else 120 + (i * 37) % 55
        scoring.record_time(venue, head, code, minutes * 60 + (0 if i in DEMO_TIE else (i * 13) % 60))
    scoring.lock(venue, head, passphrase=DEMO_PASSPHRASE)
