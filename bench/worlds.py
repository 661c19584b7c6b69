"""Venues and packages the benchmarks measure, built through the services a venue uses on the day.

Building is setup, not timed.  Only two shortcuts, both named where they are taken: check-ins of the
4,500-person check-in item are written as the rows (and audit records) a scan writes, because filling
the desk through the (today quadratic) scan would take minutes; and the 33 committee packages are one
genuine venue package re-signed with other items and people (as a committee receives them).
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from app import sealing
from app.catalog import load_catalog
from app.clock import now
from app.package import export as pkg
from app.package.committee_keys import CommitteeKeys
from app.package.keys import SigningKey
from app.package.sha256sums import SIG_NAME, SUMS_NAME
from app.roles import Actor, Role
from app.rules.demo_people import demo_people
from app.services import (
    audit,
    checkin,
    committee,
    decrypt,
    draw,
    results,
    roster,
    scheme,
    scoring,
    users,
    vault,
)
from app.services.venue import create_venue
from db.models import CheckinEvent, Contestant
from db.venue_file import VenueFile

DAY = date(2026, 11, 28)
HEAD, HEAD_PIN = "钱莉", "2468"
DESK, DESK_PIN = "周敏", "1111"
PASSPHRASE = "长江大桥-2026-渝"  # the head judge's vault passphrase
ROSTER_HEADERS = ["姓名", "身份证号", "性别", "手机", "单位/学校", "人员类别", "组别", "女职工退休年龄类别"]


@dataclass
class Item:
    venue: VenueFile
    head: Actor
    desk: Actor
    judges: list[Actor]
    folder: Path

    @property
    def path(self) -> Path:
        return self.venue.path


def roster_rows(count: int, seed: int = 2026) -> list[list[str]]:
    return [[p.name, p.id_number, p.gender, p.phone, p.unit, p.category, "", str(p.female_category or "")]
            for p in demo_people(count, DAY, seed=seed)]


def write_csv(path: Path, rows: list[list[str]], headers: list[str] = ROSTER_HEADERS) -> Path:
    path.write_text("\n".join([",".join(headers)] + [",".join(r) for r in rows]) + "\n", encoding="utf-8-sig")
    return path


# The benchmark's committee: exported packages are encrypted to it (and opened with its identity).
COMMITTEE_IDENTITY, _COMMITTEE_RECIPIENT = sealing.new_identity()
COMMITTEE_KEYS = CommitteeKeys(SigningKey.generate().public, _COMMITTEE_RECIPIENT)


def new_item(folder: Path, name: str, judges: int, item_no: int = 1) -> Item:
    folder.mkdir(parents=True, exist_ok=True)
    v = create_venue(folder / f"{name}.venue", item_no=item_no, competition_date=DAY, venue_place="重庆市 实训楼",
                     head_judge=HEAD, head_judge_pin=HEAD_PIN)
    head = users.sign_in(v, HEAD, HEAD_PIN)
    vault.create(v, head, PASSPHRASE, PASSPHRASE)  # the head judge's vault: the draw seals its codes to it
    committee.install(v, head, COMMITTEE_KEYS, COMMITTEE_KEYS.fingerprint)  # packages are encrypted to it
    users.add_user(v, head, DESK, Role.CHECKIN, DESK_PIN)
    for j in range(1, judges + 1):
        users.add_user(v, head, f"裁判{j}", Role.JUDGE, f"200{j}", judge_no=f"J{j}")
    desk = users.sign_in(v, DESK, DESK_PIN)
    return Item(v, head, desk, [users.sign_in(v, f"裁判{j}", f"200{j}") for j in range(1, judges + 1)], folder)


def with_roster(item: Item, count: int, seed: int = 2026) -> Item:
    roster.import_roster(item.venue, item.head, write_csv(item.folder / f"roster-{seed}.csv", roster_rows(count, seed)))
    return item


def check_in_all(item: Item) -> None:
    """Through the desk's service, one person at a time."""
    for c in roster.list_contestants(item.venue):
        checkin.check_in(item.venue, item.desk, c.id)


def check_in_rows(item: Item, ids: list[int]) -> None:
    """The rows a scan writes (event + audit record), in one transaction: setup for the scan benchmark only."""
    with item.venue.unit_of_work() as s:
        people = {c.id: c for c in s.query(Contestant).filter(Contestant.id.in_(ids))}
        for cid in ids:
            c = people[cid]
            s.add(CheckinEvent(contestant_id=cid, status=checkin.CHECKED_IN, reason=None, actor=item.desk.name,
                               at=now()))
            audit.append(s, item.desk, f"checkin.{checkin.CHECKED_IN}", {"reg_no": c.reg_no, "name": c.name,
                                                                         "reason": None})


def drawn(item: Item) -> list[str]:
    draw.run_main_draw(item.venue, item.head, ["3721", "0815"])
    draw.publish(item.venue, item.head)
    return [r.blind_code for r in scoring.rows(item.venue) if r.required]


def led_scheme(item: Item) -> None:
    scheme.import_scheme(item.venue, item.head, scheme.save_template(item.folder / "led-scheme.xlsx", demo=True))


def big_scheme(item: Item, criteria: int = 40, judges: int = 5) -> None:
    """4 modules × 10 criteria; criteria 10 and 20 of each half are measurements, the rest judgement."""
    rows = []
    for i in range(criteria):
        module = "ABCD"[i * 4 // criteria]
        kind = "M" if i % 20 == 19 else "J"
        rows.append([module, f"模块{module}", f"{module}{i % (criteria // 4) + 1}", f"评分项 {i + 1}", kind, 2.5,
                     judges if kind == "J" else "", "", "", "", ""])
    from app.tabular import write_xlsx

    scheme.import_scheme(item.venue, item.head, write_xlsx(item.folder / "big-scheme.xlsx", scheme.HEADERS, rows))


def _half(x: Decimal) -> Decimal:
    return (x * 2).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 2


def score_all(item: Item, codes: list[str], holes: set[tuple[str, str, str]] = frozenset()) -> int:  # type: ignore[assignment]
    """Every cell through the paper-sheet import, as one head-judge import.  Contestant i (in code order) gets a
    skill falling with i; one measurement carries a cent-sized step so that no two totals are equal (a tie at an
    award boundary would need a decision before sign-off).  ``holes`` (code, criterion, judge no) stay empty."""
    drafts = scheme.get_scheme(item.venue).criteria
    judge_nos = [f"J{j}" for j in range(1, len(item.judges) + 1)]
    first_m = next(d.code for d in drafts if d.kind == "M")
    n = len(codes)
    lines = ["加密号,评分项编号,裁判,分数"]
    for i, code in enumerate(codes):
        skill = Decimal(1) - Decimal(i) / Decimal(n)
        level = min(3, int(skill * 4))
        for d in drafts:
            if d.kind == "M":
                value = (d.max_points * skill).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) if d.code == first_m \
                    else _half(d.max_points * skill)
                lines.append(f"{code},{d.code},,{value}")
                continue
            for jn in judge_nos[: d.judges]:
                if (code, d.code, jn) not in holes:
                    lines.append(f"{code},{d.code},{jn},{level}")
    sheet = item.folder / "scores.csv"
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = scoring.import_scores(item.venue, item.head, sheet)
    return report.added


def signed_off(item: Item) -> None:
    scoring.lock(item.venue, item.head, passphrase=PASSPHRASE)
    decrypt.decrypt(item.venue, item.head, passphrase=PASSPHRASE)
    results.sign_off(item.venue, item.head, PASSPHRASE)


def result_item(folder: Path, count: int) -> Item:
    """An item of ``count`` contestants on the LED scheme (13 criteria, 3 judges), signed off: ready to export."""
    item = with_roster(new_item(folder, f"item-{count}", judges=3), count)
    check_in_all(item)
    codes = drawn(item)
    led_scheme(item)
    score_all(item, codes)
    signed_off(item)
    return item


def scoring_item(folder: Path, count: int, criteria: int = 40, judges: int = 5, holes: int = 0
                 ) -> tuple[Item, list[tuple[str, str]]]:
    """``count`` contestants × ``criteria`` × ``judges``, every cell scored except ``holes`` cells of one
    judgement criterion that judge J1 types in the benchmark; returns the item and those (code, criterion)."""
    item = with_roster(new_item(folder, f"scoring-{count}", judges=judges), count)
    check_in_all(item)
    codes = drawn(item)
    big_scheme(item, criteria, judges)
    target = next(d.code for d in scheme.get_scheme(item.venue).criteria
                  if d.kind == "J" and d.code.startswith("C"))
    step = max(1, len(codes) // holes) if holes else 0
    typed = [(c, target) for c in codes[::step][:holes]] if holes else []
    score_all(item, codes, {(c, crit, "J1") for c, crit in typed})
    return item, typed


# ------------------------------------------------------------------------------------ committee packages


def _people_for(data: dict, seed: int) -> None:  # type: ignore[type-arg]
    people = demo_people(len(data["contestants"]), date.fromisoformat(data["venue"]["date"]), seed=seed)
    for c, p in zip(data["contestants"], people, strict=True):
        birth = f"{p.id_number[6:10]}-{p.id_number[10:12]}-{p.id_number[12:14]}"
        c.update(name=p.name, id_number=p.id_number, gender=p.gender, birth_date=birth, unit=p.unit)


def derived_packages(genuine: Path, key: SigningKey, count: int, out: Path) -> tuple[list[Path], dict[int, SigningKey]]:
    """``count`` packages like ``genuine`` for items 1…count, each with its own people, re-signed with a key of
    its own item (a venue key signs only its own item's packages); returns the paths and the keys by item.

    The genuine package's signed checkpoints name its own item and venue key, so the derived ones leave
    checkpoints.jsonl out (a package of the older layout: imported with a warning, as tests/central does);
    ``key`` is kept for the genuine package's item."""
    out.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(genuine) as z:
        files = {n: z.read(n) for n in z.namelist() if n not in (SUMS_NAME, SIG_NAME, "checkpoints.jsonl")}
    base = json.loads(files[pkg.RESULTS_NAME])
    catalog = load_catalog()
    paths = []
    keys: dict[int, SigningKey] = {}
    for i in range(count):
        item = catalog.items[i % len(catalog.items)]
        data = json.loads(json.dumps(base))
        data["item"].update(no=item.no, name=item.name)
        _people_for(data, seed=1000 + i)
        at = datetime.fromisoformat(data["exported_at"])
        body = dict(files)
        body[pkg.RESULTS_NAME] = (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
        own = keys.setdefault(item.no, key if item.no == base["item"]["no"] else SigningKey.generate())
        signed = pkg.sign_files(body, own, pkg.trusted_comment(item.no, item.name, data["revision"]["number"], at))
        path = out / pkg.package_file_name(item.no, item.name, [g["name"] for g in data["groups"]],
                                           data["revision"]["number"])
        pkg.write_package(path, signed, at)
        paths.append(path)
    return paths, keys
