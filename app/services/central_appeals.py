"""The committee's side of appeals (申诉): checked against the trail at import, listed per item, counted,
and holding back certificates while an appeal is open.

- **Trail**: every appeal, decision and correction in appeals.json must be the same fact row in the
  package's signed audit.jsonl, and every such fact of the trail must be in appeals.json.
- **Findings** (warnings, acknowledged at acceptance): an appeal still undecided after the publication
  period ended (``appeal_open``); an upheld appeal whose correction no signed revision carries yet
  (``appeal_uncorrected``).
- **Certificates**: only for items whose current package has no open appeal, unless the committee
  acknowledges the open appeals by name (``held_back``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import defer

from app.clock import now
from app.i18n import tr
from app.package.export import APPEALS_NAME, AUDIT_NAME
from app.package.verify import PackageRefused
from app.services.appeals_package import TABLES, AppealEntry, entries, period_end
from app.services.central_audit import AuditLines
from app.services.central_checks import WARNING, Finding
from app.services.central_status import ACCEPTED, NOT_LIVE
from db.central.engine import CentralDb
from db.central.models import Package

_WHICH = {"appeal": "appeal", "appeal_decision": "decision", "appeal_correction": "corrections"}


def _trail_facts(raw: bytes | AuditLines) -> dict[str, dict[Any, dict[str, Any]]]:
    out: dict[str, dict[Any, dict[str, Any]]] = {t: {} for t in TABLES}
    lines = raw if isinstance(raw, AuditLines) else None  # already parsed by the import: no second parse
    texts = lines.texts if lines is not None else raw.decode("utf-8").splitlines()  # type: ignore[union-attr]
    for i, line in enumerate(texts):
        if '"appeal' not in line:
            continue  # most records hold no appeal fact: skip the parse
        data = (lines.records[i] if lines is not None else json.loads(line)).get("data")
        for f in (data or {}).get("facts", []) if isinstance(data, dict) else []:
            if isinstance(f, dict) and f.get("table") in out and isinstance(f.get("row"), dict):
                out[f["table"]][f["row"].get("id")] = f["row"]
    return out


def _package_facts(data: dict[str, Any]) -> dict[str, dict[Any, dict[str, Any]]]:
    out: dict[str, dict[Any, dict[str, Any]]] = {t: {} for t in TABLES}
    for e in data.get("appeals", []):
        out["appeal"][e["appeal"]["id"]] = e["appeal"]
        if e.get("decision"):
            out["appeal_decision"][e["decision"]["id"]] = e["decision"]
        for c in e.get("corrections", []):
            out["appeal_correction"][c["id"]] = c
    return out


def check_trail(name: str, data: dict[str, Any] | None, files: Mapping[str, bytes],
                audit: AuditLines | None = None) -> None:
    """Refuse a package whose appeals.json and audit trail disagree (an appeal added, dropped or changed).

    ``audit``: audit.jsonl as the import already read it (central_trail.read_audit)."""
    if data is None:
        return  # an older package: no appeals.json (its trail may still hold appeals; nothing to compare)
    trail = _trail_facts(audit if audit is not None else files.get(AUDIT_NAME, b""))
    given = _package_facts(data)
    for e in data.get("appeals", []):
        for c in [e.get("decision")] + list(e.get("corrections", [])):
            if c and c["appeal_id"] != e["appeal"]["id"]:
                raise PackageRefused(name, APPEALS_NAME, tr("申诉第 {n} 号下列有属于其他申诉的记录").format(n=e["appeal"]["id"]))
    for table in TABLES:
        for key in sorted(set(trail[table]) | set(given[table]), key=str):
            if trail[table].get(key) != given[table].get(key):
                what = {"appeal": tr("申诉"), "appeal_decision": tr("仲裁决定"), "appeal_correction": tr("依申诉更正")}[table]
                raise PackageRefused(name, APPEALS_NAME, tr(
                    "{what}记录 {n} 与审计记录不一致（增加、删除或改动过）：拒绝接收").format(what=what, n=key))


def findings(data: dict[str, Any] | None, at: datetime | None = None) -> list[Finding]:
    moment = at or now()
    end = period_end(data)
    out = []
    for a in entries(data):
        if a.open and end is not None and moment > end:
            out.append(Finding(WARNING, "appeal_open", tr(
                "申诉第 {n} 号（{who}）在公示期结束（{end}）后仍未经仲裁组决定").format(
                n=a.id, who=a.lodger, end=end.strftime("%Y-%m-%d %H:%M"))))
        elif a.awaiting_correction:
            out.append(Finding(WARNING, "appeal_uncorrected", tr(
                "申诉第 {n} 号已被仲裁组{o}，但还没有签字确认的版本依此更正").format(n=a.id, o=a.status_text.split("，")[0])))
    return out


# ------------------------------------------------------------------------------------ lists, counts


@dataclass(frozen=True)
class ItemAppeal:
    package_id: int
    item_no: int
    item_name: str
    groups: str
    revision: int
    period_end: datetime | None
    appeal: AppealEntry

    @property
    def item_label(self) -> str:
        return f"{self.item_no:02d} {self.item_name}"


def _current(db: CentralDb) -> list[Package]:
    """Per item/groups the package that counts: the accepted one, else the highest live one in the inbox."""
    with db.unit_of_work() as s:
        live = list(s.scalars(select(Package).where(Package.status.not_in(NOT_LIVE))  # not results.json (3 MB each)
                              .order_by(Package.item_no, Package.groups, Package.revision).options(defer(Package.results))))
    best: dict[tuple[int, str], Package] = {}
    for p in live:
        key = (p.item_no, p.groups)
        held = best.get(key)
        if held is None or (held.status != ACCEPTED and (p.status == ACCEPTED or p.revision > held.revision)):
            best[key] = p
    return list(best.values())


def item_appeals(db: CentralDb) -> list[ItemAppeal]:
    """Every appeal of every item, from the package that currently counts for it, by item then number."""
    return [ItemAppeal(p.id, p.item_no, p.item_name, p.groups, p.revision, period_end(p.appeals), a)
            for p in _current(db) for a in entries(p.appeals)]


@dataclass(frozen=True)
class AppealCounts:
    total: int = 0
    upheld: int = 0
    partly: int = 0
    dismissed: int = 0
    open: int = 0
    late: int = 0


def counts_of(data: dict[str, Any] | None) -> AppealCounts:
    got = entries(data)
    return AppealCounts(len(got), sum(a.outcome == "upheld" for a in got), sum(a.outcome == "partly_upheld" for a in got),
                        sum(a.outcome == "dismissed" for a in got), sum(a.open for a in got), sum(a.late for a in got))


def held_back(db: CentralDb) -> list[str]:
    """Accepted items whose certificates wait: an appeal there is still open (item label, appeal numbers)."""
    with db.unit_of_work() as s:
        rows = list(s.scalars(select(Package).where(Package.status == ACCEPTED).order_by(Package.item_no)
                              .options(defer(Package.results))))
    out = []
    for p in rows:
        open_ = [a.id for a in entries(p.appeals) if a.open]
        if open_:
            out.append(tr("{item:02d} {name}（申诉第 {n} 号待仲裁）").format(
                item=p.item_no, name=p.item_name, n="、".join(map(str, open_))))
    return out


def held_back_items(db: CentralDb) -> set[int]:
    with db.unit_of_work() as s:  # two columns: a whole Package row would decode its results.json too
        rows = s.execute(select(Package.item_no, Package.appeals).where(Package.status == ACCEPTED)).all()
    return {item_no for item_no, appeals in rows if any(a.open for a in entries(appeals))}
