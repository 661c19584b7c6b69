"""The competition catalog: the notice's annex of 33 items, as shipped in resources/catalog.json.

The annex table merges cells: a blank host unit, contact or phone means "same as the row
above" (items 11–14, 26–29, 32–33 …).  The JSON keeps the annex as printed and the fill-down
happens here, so the resource stays checkable against the paper notice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files

from app.errors import NotFound
from app.i18n import tr


@dataclass(frozen=True)
class Competition:
    name: str
    short_name: str
    organiser: str
    committee_office: str
    committee_contacts: str
    notice: str
    period_start: date
    period_end: date


@dataclass(frozen=True)
class CatalogItem:
    no: int
    name: str
    host_unit: str
    contact: str
    phone: str

    @property
    def label(self) -> str:
        return f"{self.no:02d} {self.name}"


@dataclass(frozen=True)
class Catalog:
    competition: Competition
    items: tuple[CatalogItem, ...]

    def item(self, no: int) -> CatalogItem:
        for item in self.items:
            if item.no == no:
                return item
        raise NotFound(tr("竞赛项目编号 {no} 不在本届大赛的 33 个项目中").format(no=no))


def fill_down(rows: list[dict[str, object]], keys: tuple[str, ...]) -> list[dict[str, object]]:
    """Fill blank cells from the row above, as the annex's merged cells mean."""
    out: list[dict[str, object]] = []
    previous: dict[str, object] = {}
    for row in rows:
        filled = dict(row)
        for key in keys:
            if not str(filled.get(key) or "").strip():
                filled[key] = previous.get(key, "")
        out.append(filled)
        previous = filled
    return out


@cache
def load_catalog() -> Catalog:
    data = json.loads((files("resources") / "catalog.json").read_text(encoding="utf-8"))
    comp = data["competition"]
    competition = Competition(
        name=comp["name"],
        short_name=comp["short_name"],
        organiser=comp["organiser"],
        committee_office=comp["committee_office"],
        committee_contacts=comp["committee_contacts"],
        notice=comp["notice"],
        period_start=date.fromisoformat(comp["period_start"]),
        period_end=date.fromisoformat(comp["period_end"]),
    )
    rows = fill_down(data["items"], ("host_unit", "contact", "phone"))
    items = tuple(
        CatalogItem(int(str(r["no"])), str(r["name"]), str(r["host_unit"]), str(r["contact"]), str(r["phone"]))
        for r in rows
    )
    return Catalog(competition, items)
