"""The publication sheet (成绩公示表): what is posted on the wall and, later, online.

Built from signed results.json snapshots only, with the columns chosen in the publication settings
(default: rank, name, masked ID number, unit, award, pass — no scores).  The PDF
(app.reports.publication_pdf) and the static HTML page (app.reports.publication_html) render exactly this
data, so both show the same thing and nothing more: no full ID number, phone, birth date, blind code,
station, score of a module or judge, and no contestant who did not compete (they are only counted).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.errors import StateError
from app.i18n import tr
from app.roles import Actor, Role, require
from app.rules.idcard import mask_id_number
from app.services import publication, results
from app.vocab import status_label
from db.venue_file import VenueFile

Snapshot = dict[str, Any]


@dataclass(frozen=True)
class SheetSection:
    title: str  # "31 母婴护理 · 职工组"
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str  # counts: competed, awards, passes, who is not listed


@dataclass(frozen=True)
class PublicationSheet:
    competition: str
    organiser: str
    scope: str  # "31 母婴护理（第 2 版）" or "全部项目（23 个项目）"
    place: str  # 比赛地点 ("" in the consolidated sheet)
    date: str  # competition day
    period: str
    appeal_place: str
    appeal_contact: str
    sections: tuple[SheetSection, ...]

    @property
    def title(self) -> str:
        return tr("成绩公示")

    def notice(self) -> list[str]:
        """The lines under the table: period, where and how to appeal, what the ID mask means."""
        lines = [tr("公示期：{p}").format(p=self.period)]
        where = self.appeal_place + (tr("（{c}）").format(c=self.appeal_contact) if self.appeal_contact else "")
        lines.append(tr("公示期内对成绩有异议的，可由选手本人或领队以书面形式向仲裁组提出申诉，写明理由并附相关材料。"
                        "受理地点：{w}。逾期提出的申诉将记录为逾期申诉。").format(w=where))
        lines.append(tr("身份证号按 GB/T 35273 去标识化显示：隐去出生日期等中间 8 位。"))
        return lines


def _rank_text(c: dict[str, Any], shared: set[int]) -> str:
    return tr("{r}（并列）").format(r=c["rank"]) if c["rank"] in shared else str(c["rank"])


def _cell(key: str, c: dict[str, Any], shared: set[int]) -> str:
    if key == "rank":
        return _rank_text(c, shared)
    if key == "name":
        return str(c["name"])
    if key == "id_masked":
        return mask_id_number(c["id_number"])
    if key == "unit":
        return str(c["unit"])
    if key == "total":
        return str(c["total"] or "")
    if key == "award":
        return str(c["award"] or "—")
    return tr("合格") if c["passed"] else tr("不合格")


def sections_of(snap: Snapshot, columns: Sequence[str]) -> list[SheetSection]:
    """One section per group of one signed snapshot."""
    cols = [c for c in publication.COLUMNS if c in columns]
    headers = tuple(tr(publication.COLUMNS[c]) for c in cols)
    item = f"{snap['item']['no']:02d} {snap['item']['name']}"
    out = []
    for g in snap["groups"]:
        people = [c for c in snap["contestants"] if c["group"] == g["name"]]
        ranked = sorted((c for c in people if c["rank"] is not None), key=lambda c: (c["rank"], c["reg_no"]))
        ranks = [c["rank"] for c in ranked]
        shared = {r for r in ranks if ranks.count(r) > 1}
        rows = tuple(tuple(_cell(k, c, shared) for k in cols) for c in ranked)
        unlisted: dict[str, int] = {}
        for c in people:
            if c["rank"] is None:
                unlisted[c["status"]] = unlisted.get(c["status"], 0) + 1
        note = tr("排名 {n} 人，获奖 {a} 人，合格 {p} 人").format(
            n=len(ranked), a=sum(1 for c in ranked if c["award"]), p=sum(1 for c in ranked if c["passed"]))
        if unlisted:
            note += tr("；另有 {x} 未列入").format(x="、".join(
                f"{status_label(k)} {v} 人" for k, v in sorted(unlisted.items())))
        title = f"{item} · {g['name']}" if g["name"] else item
        out.append(SheetSection(title, headers, rows, note))
    return out


def sheet_of(snaps: Sequence[Snapshot], settings: publication.PublicationSettings, scope: str,
             place: str = "", date: str = "") -> PublicationSheet:
    if not snaps:
        raise StateError(tr("没有可公示的成绩"))
    first = snaps[0]
    sections = [s for snap in snaps for s in sections_of(snap, settings.columns)]
    return PublicationSheet(first["competition"]["name"], first["competition"]["organiser"], scope, place, date,
                            settings.period_text(), settings.appeal_place, settings.appeal_contact, tuple(sections))


def for_venue(venue: VenueFile, actor: Actor, revision: int | None = None) -> PublicationSheet:
    """The item's publication sheet: a signed revision (default the latest), with the period set."""
    require(actor, Role.HEAD_JUDGE, action=tr("打印成绩公示"))
    settings = publication.get(venue)
    if not settings.period_set or not settings.appeal_place:
        raise StateError(tr("请先设置公示期和申诉受理地点（成绩页“成绩公示”，或 venuescore publication set）。"))
    if revision is None:
        latest = results.latest_revision(venue)
        if latest is None:
            raise StateError(tr("成绩尚未签字确认：公示的必须是裁判长签字确认的成绩。"))
        revision = latest.number
    p = results.printable(venue, actor, revision)
    snap = p.snapshot
    scope = tr("{no:02d} {name}（{rev}）").format(no=snap["item"]["no"], name=snap["item"]["name"], rev=p.revision_label)
    return sheet_of([snap], settings, scope, snap["venue"]["place"], snap["venue"]["date"])

