"""appeals.json: the appeals, the panel's decisions, the corrections traced to them and the publication
settings, as they travel in the result package (layout 3, docs/package-format.md).

Each appeal, decision and correction is its fact row exactly as stored (the same form as in ``audit.jsonl``'s
``data.facts``), so the committee checks appeals.json against the signed trail row for row
(app.services.central_appeals).  ``AppealEntry`` reads such an entry back for the committee's lists.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.services import publication
from app.services.appeal_links import CHANGING, REVISION, status_text
from app.services.audit import Ref, read_facts
from db.models import Appeal, AppealCorrection, AppealDecision, Setting

FORMAT_VERSION = 1
TABLES = ("appeal", "appeal_decision", "appeal_correction")
# Who lodged an appeal (appeal.lodger_kind), in words; defined here once for the venue and the committee.
LODGER_LABELS = {"blind_code": "选手（加密号）", "contestant": "选手（姓名或报名号）", "team_leader": "领队"}


def _rows(s: Session, table: str, ids: list[int]) -> dict[int, dict[str, Any]]:
    return {f["row"]["id"]: f["row"] for f in read_facts(s, [Ref(table, (i,)) for i in ids])}


def package_data(s: Session) -> dict[str, Any]:
    """The content of appeals.json for the venue as it is now (inside an open unit of work)."""
    appeals = _rows(s, "appeal", list(s.scalars(select(Appeal.id).order_by(Appeal.id))))
    decisions = _rows(s, "appeal_decision", list(s.scalars(select(AppealDecision.id))))
    links = _rows(s, "appeal_correction", list(s.scalars(select(AppealCorrection.id).order_by(AppealCorrection.id))))
    setting = s.get(Setting, publication.KEY)
    return {
        "format_version": FORMAT_VERSION,
        "publication": setting.value if setting else None,
        "appeals": [
            {"appeal": row,
             "decision": next((d for d in decisions.values() if d["appeal_id"] == aid), None),
             "corrections": [c for c in links.values() if c["appeal_id"] == aid]}
            for aid, row in appeals.items()
        ],
    }


def appeals_json(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


@dataclass(frozen=True)
class AppealEntry:
    """One appeal of a package, readable (the committee's list)."""

    id: int
    lodger: str
    concerns: str
    group: str
    lodged_at: datetime
    late: bool
    grounds: str
    attachments: int
    outcome: str | None  # None: not decided yet
    reasoning: str
    panel: tuple[str, ...]
    decided_at: datetime | None
    revisions: tuple[int, ...]  # revisions that carry its corrections

    @classmethod
    def from_json(cls, entry: dict[str, Any]) -> AppealEntry:
        a, d = entry["appeal"], entry.get("decision")
        kind = tr(LODGER_LABELS.get(a["lodger_kind"], a["lodger_kind"]))
        unit = f"（{a['lodger_unit']}）" if a.get("lodger_unit") else ""
        return cls(
            a["id"], f"{kind} {a['lodger']}{unit}", a.get("concerns") or "", a.get("group_name") or "",
            datetime.fromisoformat(a["lodged_at"]), bool(a["late"]), a["grounds"],
            len(json.loads(a["attachments"]) if isinstance(a["attachments"], str) else a["attachments"] or []),
            d["outcome"] if d else None, d["reasoning"] if d else "",
            tuple(json.loads(d["panel"]) if isinstance(d["panel"], str) else d["panel"]) if d else (),
            _time(d["decided_at"]) if d else None,
            tuple(c["target"] for c in entry.get("corrections", []) if c["kind"] == REVISION),
        )

    @property
    def open(self) -> bool:
        return self.outcome is None

    @property
    def status_text(self) -> str:
        return status_text(self.outcome, self.revisions)

    @property
    def awaiting_correction(self) -> bool:
        return self.outcome in CHANGING and not self.revisions


def entries(data: dict[str, Any] | None) -> list[AppealEntry]:
    return [AppealEntry.from_json(e) for e in (data or {}).get("appeals", [])]


def period_end(data: dict[str, Any] | None) -> datetime | None:
    pub = (data or {}).get("publication") or {}
    return _time(pub.get("end"))
