"""Shared fixtures: venues built through the services, on real SQLite files in temp dirs."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings as hypothesis_settings  # noqa: E402

# Timing belongs to bench/, not to tests: a loaded CI machine must not turn a slow example into a failure.
hypothesis_settings.register_profile("venuescore", deadline=None)
hypothesis_settings.load_profile("venuescore")

from app import sealing  # noqa: E402
from app.roles import Actor, Role  # noqa: E402
from app.rules.demo_people import demo_people  # noqa: E402
from app.services import roster, users, vault  # noqa: E402
from app.services.venue import create_venue  # noqa: E402
from app.tabular import write_xlsx  # noqa: E402
from db.venue_file import VenueFile  # noqa: E402

COMPETITION_DATE = date(2026, 11, 28)
HEAD_PIN = "2468"
HEAD_PASSPHRASE = "长江大桥-2026-渝"  # the head judge's vault passphrase in every test venue
ROSTER_HEADERS = ["姓名", "身份证号", "性别", "手机", "单位/学校", "人员类别", "组别", "女职工退休年龄类别"]


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Backups and settings of each test go to its own temp folder, never the user's."""
    monkeypatch.setenv("VENUESCORE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """New passphrase wraps use scrypt n=2**10 in tests (each wrap records its own cost, so reading is
    unchanged): a real wrap costs ~0.5 s and hundreds of test venues make one."""
    monkeypatch.setattr(sealing, "SCRYPT_N", 2**10)


@pytest.fixture
def venue_path(tmp_path: Path) -> Path:
    return tmp_path / "item31.venue"


@pytest.fixture
def venue(bare_venue: VenueFile) -> VenueFile:
    """An empty venue for item 31 母婴护理 with groups 职工组/学生组; head judge 钱莉 (PIN 2468), whose
    vault (signing key, seal) is set up with HEAD_PASSPHRASE."""
    vault.create(bare_venue, users.sign_in(bare_venue, "钱莉", HEAD_PIN), HEAD_PASSPHRASE, HEAD_PASSPHRASE)
    return bare_venue


@pytest.fixture
def bare_venue(venue_path: Path) -> Iterator[VenueFile]:
    """The same venue before the head judge has set a passphrase (no vault yet, like an upgraded file)."""
    v = create_venue(
        venue_path,
        item_no=31,
        competition_date=COMPETITION_DATE,
        venue_place="重庆市卫生高级技工学校 实训楼 3 楼",
        head_judge="钱莉",
        head_judge_pin=HEAD_PIN,
        groups=["职工组", "学生组"],
    )
    yield v
    v.close()


@pytest.fixture
def head(venue: VenueFile) -> Actor:
    return users.sign_in(venue, "钱莉", HEAD_PIN)


@pytest.fixture
def staff(venue: VenueFile, head: Actor) -> dict[str, Actor]:
    """One person per role: 检录员 周敏, 裁判员 J1–J3, 管理员 王强 (PINs 1111, 2001…, 9999)."""
    users.add_user(venue, head, "周敏", Role.CHECKIN, "1111")
    users.add_user(venue, head, "王强", Role.ADMIN, "9999")
    for i in range(1, 4):
        users.add_user(venue, head, f"裁判{i}", Role.JUDGE, f"200{i}", judge_no=f"J{i}")
    out = {"head": head, "checkin": users.sign_in(venue, "周敏", "1111"), "admin": users.sign_in(venue, "王强", "9999")}
    for i in range(1, 4):
        out[f"J{i}"] = users.sign_in(venue, f"裁判{i}", f"200{i}")
    return out


def roster_rows(count: int, group: str = "职工组", seed: int = 2026) -> list[list[object]]:
    return [
        [p.name, p.id_number, p.gender, p.phone, p.unit, p.category, group, p.female_category or ""]
        for p in demo_people(count, COMPETITION_DATE, seed=seed)
    ]


def write_roster(path: Path, rows: list[list[object]]) -> Path:
    return write_xlsx(path, ROSTER_HEADERS, rows)


@pytest.fixture
def seeded(venue: VenueFile, head: Actor, tmp_path: Path) -> VenueFile:
    """The venue with 12 contestants (all 职工组) imported."""
    roster.import_roster(venue, head, write_roster(tmp_path / "roster.xlsx", roster_rows(12)))
    return venue


def personal_data(path: Path) -> list[bytes]:
    """Every roster name, ID number and phone of a venue file as UTF-8 bytes, read with sqlite3 as a finder would
    (the file must hold a roster: the tests look for these bytes where they must not be)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT name, id_number, phone FROM contestant").fetchall()
    finally:
        conn.close()
    assert rows
    return [v.encode("utf-8") for row in rows for v in row if v]
