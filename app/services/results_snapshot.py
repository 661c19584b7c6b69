"""results.json: the item's results as plain JSON data (the contract with the package room).

``build_snapshot(venue)`` gives the content for the current state; a signed revision stores exactly
such a dict (with its ``revision`` block filled in) in ``result_revision.snapshot``, and its
``snapshot_sha256`` is :func:`sha256_of` it.  All points are decimal text, never floats.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import __version__
from app.services.audit import GENESIS
from app.services.results_facts import ContestantFacts, DecisionFact, VenueFacts, load
from app.services.results_standings import GroupStanding, standings
from app.vocab import COMPETED
from db.models import AuditRecord, ResultRevision
from db.venue_file import VenueFile

FORMAT_VERSION = 1
# Parts of a snapshot that say when and by whom, not what: left out when asking "did the results change?"
VOLATILE_KEYS = ("exported_at", "revision", "audit")
# Per contestant: the rules' decisions in words, derived from the rest (scores, settings, decisions).  Left out
# of the comparison too, so that a newer wording — or a revision signed before these keys existed — does not
# read as changed results.
WORDING_KEYS = ("note", "award_pending", "tie_broken_by")


def canonical_json(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sha256_of(snapshot: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(snapshot)).hexdigest()


def canonical_members(obj: dict[str, Any]) -> dict[str, str]:
    """The canonical JSON text of each member's value, to assemble ``canonical_json`` of ``obj`` and of variants
    of it (one member replaced) without encoding the rest again: the committee stores a package's results and
    hashes them with ``exported_at`` left out — two 3 MB encodings of the same content."""
    return {k: json.dumps(v, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for k, v in obj.items()}


def joined_members(members: dict[str, str]) -> str:
    """``canonical_json`` (as text) of the object whose members' texts are ``members``: keys sorted, as
    ``json.dumps(sort_keys=True)`` sorts them (tests/central/test_central_import_fast.py compares both)."""
    return "{" + ",".join(f"{json.dumps(k, ensure_ascii=False)}:{members[k]}" for k in sorted(members)) + "}"


def content_sha256(snapshot: dict[str, Any]) -> str:
    """Hash of the results themselves (scores, statuses, ranks, awards, decisions, settings)."""
    content = {k: v for k, v in snapshot.items() if k not in VOLATILE_KEYS}
    content["contestants"] = [{k: v for k, v in c.items() if k not in WORDING_KEYS}
                              for c in snapshot.get("contestants", [])]
    return sha256_of(content)


def _points(value: Decimal | None, places: int) -> str | None:
    if value is None:
        return None
    return str(value.quantize(Decimal(1).scaleb(-places)))


def _iso(moment: Any) -> str:
    return moment.isoformat(timespec="microseconds")


def _decision(d: DecisionFact) -> dict[str, Any]:
    return {"contestants": list(d.contestants), "resolution": d.resolution, "order": list(d.order),
            "reason": d.reason, "by": d.by, "at": _iso(d.at)}


def _group(g: GroupStanding) -> dict[str, Any]:
    q = g.quota
    return {
        "name": g.name, "registered": g.registered, "competed": g.competed, "award_base_count": g.award_base_count,
        "quota": {"first": q.first, "second": q.second, "third": q.third, "merit": q.merit},
        "tie_decisions": [_decision(d) for d in g.decisions],
    }


def _tie_broken_by(g: GroupStanding, reg_no: str) -> str | None:
    p = g.placing(reg_no)
    return p.tie_broken_by if p else None


def _contestant(c: ContestantFacts, g: GroupStanding, places: int) -> dict[str, Any]:
    p = g.placing(c.reg_no)
    competed = c.status == COMPETED
    return {
        "id_number": c.id_number, "name": c.name, "gender": c.gender, "birth_date": c.birth_date.isoformat(),
        "unit": c.unit, "category": c.category, "group": c.group, "reg_no": c.reg_no, "status": c.status,
        "station": c.station, "blind_code": c.blind_code,
        "modules": [
            {"code": m.code, "raw": _points(m.raw, places), "deductions": _points(m.deductions, places),
             "score": _points(m.score, places), "disqualified": m.disqualified}
            for m in c.modules
        ],
        "deductions": [
            {"module": d.module, "amount": _points(d.amount, places), "reason": d.reason, "by": d.by,
             "at": _iso(d.at), "cancelled": d.cancelled}
            for d in c.deductions
        ],
        "time_used_s": c.time_used_s,
        "total": _points(c.total, places) if competed else None,
        "rank": p.rank if p else None,
        "award": p.award if p else None,
        "award_pending": bool(p and p.open_tie),  # in a boundary tie that waits for the head judge (待裁定)
        "passed": bool(p and p.passed),
        "tie_broken_by": _tie_broken_by(g, c.reg_no),
        "note": p.explanation if p else "",
        "entries": [
            {"id": e.id, "criterion": e.criterion, "judge": e.judge, "value": format(e.value, "f"), "kind": e.kind,
             "supersedes": e.supersedes, "reason": e.reason, "by": e.by, "role": e.role, "at": _iso(e.at)}
            for e in c.entries
        ],
    }


def audit_head(s: Session) -> dict[str, Any]:
    count = int(s.scalar(select(func.count(AuditRecord.seq))) or 0)
    last = s.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(1)).first()
    return {"records": count, "head": last.hash if last else GENESIS}


def revision_block(r: ResultRevision) -> dict[str, Any]:
    return dict(r.snapshot["revision"])


def from_facts(
    facts: VenueFacts, groups: tuple[GroupStanding, ...], revision: dict[str, Any] | None, audit: dict[str, Any]
) -> dict[str, Any]:
    places = facts.settings.decimals
    by_group = {g.name: g for g in groups}
    return {
        "format_version": FORMAT_VERSION,
        "software": {"name": "VenueScore", "version": __version__},
        "exported_at": None,  # set by the package export
        "competition": {"name": facts.competition_name, "organiser": facts.organiser},
        "item": {"no": facts.item_no, "name": facts.item_name, "host_unit": facts.host_unit,
                 "contact": facts.contact, "phone": facts.phone},
        "venue": {"place": facts.venue_place, "date": facts.competition_date.isoformat()},
        "head_judge": facts.head_judge,
        "revision": revision,
        "settings": facts.settings.to_json(),
        "scheme": {"modules": [
            {"code": m.code, "name": m.name, "max_points": _points(m.max_points, places),
             "criteria": [{"code": c.code, "description": c.description, "kind": c.kind,
                           "max_points": _points(c.max_points, places), "judges": c.judges} for c in m.criteria]}
            for m in facts.modules
        ]},
        "judges": [{"name": j.name, "judge_no": j.judge_no} for j in facts.judges],
        "groups": [_group(g) for g in groups],
        "contestants": [_contestant(c, by_group[c.group], places) for c in facts.contestants],
        "audit": audit,
    }


def snapshot_in(s: Session, revision: dict[str, Any] | None = None) -> dict[str, Any]:
    """The snapshot inside an open unit of work (sign-off builds it in its own transaction)."""
    facts = load(s)
    if revision is None:
        latest = s.scalars(select(ResultRevision).order_by(ResultRevision.number.desc()).limit(1)).first()
        revision = revision_block(latest) if latest is not None else None
    return from_facts(facts, standings(facts), revision, audit_head(s))


def build_snapshot(venue: VenueFile) -> dict[str, Any]:
    """results.json content for the current state.

    ``revision`` describes the latest signed revision (``None`` before the first sign-off); whether the
    current results still equal that revision is :func:`content_sha256` of both.
    """
    with venue.unit_of_work() as s:
        return snapshot_in(s)
