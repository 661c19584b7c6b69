"""What the committee prints, as plain data: award list, conflicts, statistics, pass list.

Only *accepted* packages count for the award list, statistics and pass list.  Conflicts look at
every package that is not superseded (a package waiting in the inbox can already show a 兼项).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from app.i18n import tr
from app.rules import idcard
from app.services.central import ACCEPTED, LINE_PACKAGE, NOT_LIVE, status_label
from app.services.central_appeals import AppealCounts, counts_of
from app.services.results_standings import AWARDS
from db.central.engine import CentralDb
from db.central.models import ContestantResult, Package


def competition(db: CentralDb) -> tuple[str, str]:
    """(competition name, organiser) as the venues' packages state them."""
    with db.unit_of_work() as s:
        p = s.scalars(select(Package).limit(1)).first()
        if p is None:
            return tr("“巴渝工匠”杯 重庆市第二届专项职业能力技能大赛"), ""
        return p.results["competition"]["name"], p.results["competition"]["organiser"]

@dataclass(frozen=True)
class AwardLine:
    cert_no: str  # 证书编号: item number + running number within the item, e.g. "31-004"
    item_no: int
    item_name: str
    group: str
    award: str
    rank: int | None
    name: str
    gender: str
    unit: str
    id_number: str
    total: Decimal | None
    note: str = ""  # 说明: what the rules decided for this line (the venue's results.json); "" for most

    @property
    def item_label(self) -> str:
        return f"{self.item_no:02d} {self.item_name}"

    @property
    def id_masked(self) -> str:
        return idcard.mask_id_number(self.id_number)


@dataclass(frozen=True)
class ConflictLine:
    kind: str  # 兼项 | 同项目重复报名 | 姓名不一致 | 疑似多重身份
    id_numbers: tuple[str, ...]
    names: tuple[str, ...]
    entries: tuple[str, ...]  # "31 母婴护理 职工组（已接收）" per place the person appears

    @property
    def items_text(self) -> str:
        return "；".join(self.entries)


@dataclass(frozen=True)
class ItemStats:
    item_no: int
    item_name: str
    groups: str
    revision: int
    registered: int
    competed: int
    awards: tuple[int, int, int, int]  # 一等奖, 二等奖, 三等奖, 优胜奖
    passed: int
    appeals: AppealCounts = AppealCounts()  # 申诉: lodged, upheld, partly, dismissed, open, late

    @property
    def pass_rate(self) -> str:
        if not self.competed:
            return "—"
        return f"{Decimal(self.passed * 100) / Decimal(self.competed):.1f}%"


@dataclass(frozen=True)
class PassLine:
    item_no: int
    item_name: str
    group: str
    name: str
    gender: str
    id_number: str
    unit: str
    total: Decimal | None


def _group_order(p: Package) -> dict[str, int]:
    return {g["name"]: i for i, g in enumerate(p.results["groups"])}


def _accepted_rows(db: CentralDb) -> list[tuple[Package, list[ContestantResult]]]:
    with db.unit_of_work() as s:
        out = []
        for p in s.scalars(select(Package).where(Package.status == ACCEPTED).order_by(Package.item_no, Package.groups)):
            rows = list(s.scalars(select(ContestantResult).where(ContestantResult.package_id == p.id)
                                  .order_by(ContestantResult.id)))
            out.append((p, rows))
        return out


def certificate_lines(db: CentralDb, acknowledge_open_appeals: bool = False) -> list[AwardLine]:
    """The awards to print certificates for: an item with an open appeal waits, unless acknowledged."""
    from app.services.central_appeals import held_back_items

    held = set() if acknowledge_open_appeals else held_back_items(db)
    return [a for a in award_lines(db) if a.item_no not in held]


def accepted_snapshots(db: CentralDb) -> list[dict[str, Any]]:
    """results.json of every accepted package, by item (the consolidated 公示)."""
    return [p.results for p, _ in _accepted_rows(db)]


def award_lines(db: CentralDb) -> list[AwardLine]:
    """The consolidated award list: item, group, award (一等奖 first), rank."""
    out: list[AwardLine] = []
    for p, rows in _accepted_rows(db):
        order = _group_order(p)
        notes = {c["reg_no"]: c.get("note") or "" for c in p.results["contestants"]}
        winners = sorted((r for r in rows if r.award),
                         key=lambda r: (order.get(r.group_name, 99), AWARDS.index(r.award or ""), r.rank or 0, r.reg_no))
        for n, r in enumerate(winners, start=1):
            out.append(AwardLine(f"{p.item_no:02d}-{n:03d}", p.item_no, p.item_name, r.group_name, r.award or "",
                                 r.rank, r.name, r.gender, r.unit, r.id_number, r.total, notes.get(r.reg_no, "")))
    return out


def pass_lines(db: CentralDb) -> list[PassLine]:
    """Who gets the 专项职业能力证书: every contestant marked 合格 in an accepted package."""
    out: list[PassLine] = []
    for p, rows in _accepted_rows(db):
        order = _group_order(p)
        for r in sorted((r for r in rows if r.passed), key=lambda r: (order.get(r.group_name, 99), r.reg_no)):
            out.append(PassLine(p.item_no, p.item_name, r.group_name, r.name, r.gender, r.id_number, r.unit, r.total))
    return out


def statistics(db: CentralDb) -> list[ItemStats]:
    out: list[ItemStats] = []
    for p, rows in _accepted_rows(db):
        groups = p.results["groups"]
        counts = tuple(sum(1 for r in rows if r.award == a) for a in AWARDS)
        out.append(ItemStats(p.item_no, p.item_name, p.groups, p.revision, sum(g["registered"] for g in groups),
                             sum(g["competed"] for g in groups), counts,  # type: ignore[arg-type]
                             sum(1 for r in rows if r.passed), counts_of(p.appeals)))
    return out


def conflicts(db: CentralDb) -> list[ConflictLine]:
    """兼项 and identity conflicts across every live package, each naming all the items involved."""
    with db.unit_of_work() as s:
        # Each line's package without its results JSON (3 MB, parsed for every line: 33 packages, 20+ GB)
        rows = s.execute(select(ContestantResult, Package).join(Package, Package.id == ContestantResult.package_id)
                         .where(Package.status.not_in(NOT_LIVE)).order_by(Package.item_no, ContestantResult.id)
                         .options(LINE_PACKAGE)).all()
        lines = [(r, f"{p.item_no:02d} {p.item_name} {r.group_name}".rstrip() + tr("（{s}）").format(
            s=status_label(p.status)), p.id) for r, p in rows]
    by_id: dict[str, list[tuple[ContestantResult, str, int]]] = defaultdict(list)
    by_person: dict[tuple[str, str, str], list[tuple[ContestantResult, str, int]]] = defaultdict(list)
    for line in lines:
        by_id[line[0].id_number].append(line)
        by_person[(line[0].name, line[0].birth_date, line[0].gender)].append(line)
    out: list[ConflictLine] = []
    for number, found in sorted(by_id.items()):
        if len(found) < 2:
            continue
        items = {r.item_no for r, _, _ in found}
        names = tuple(dict.fromkeys(r.name for r, _, _ in found))
        kind = tr("兼项") if len(items) > 1 else tr("同项目重复报名")
        out.append(ConflictLine(kind, (number,), names, tuple(e for _, e, _ in found)))
        if len(names) > 1:
            out.append(ConflictLine(tr("姓名不一致"), (number,), names, tuple(e for _, e, _ in found)))
    for (name, _birth, _gender), found in sorted(by_person.items()):
        numbers = tuple(dict.fromkeys(r.id_number for r, _, _ in found))
        if len(numbers) > 1:
            out.append(ConflictLine(tr("疑似多重身份"), numbers, (name,), tuple(e for _, e, _ in found)))
    return out
