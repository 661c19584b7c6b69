"""The trace from an upheld appeal to the change it caused (``appeal_correction`` facts).

Kept apart from app.services.appeals so that the scoring and results rooms can name an appeal inside their
own transaction (the correction and its link commit together) without importing the appeals room.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import now
from app.errors import NotFound, StateError
from app.i18n import tr
from app.roles import Actor, Role, require
from app.services import audit
from db.models import Appeal, AppealCorrection, AppealDecision

UPHELD, PARTLY_UPHELD, DISMISSED = "upheld", "partly_upheld", "dismissed"
OUTCOMES = (UPHELD, PARTLY_UPHELD, DISMISSED)
OUTCOME_LABELS = {UPHELD: "支持", PARTLY_UPHELD: "部分支持", DISMISSED: "驳回"}
CHANGING = (UPHELD, PARTLY_UPHELD)  # decisions that may change results (through a correction)
SCORE_ENTRY, REVISION = "score_entry", "revision"


def status_text(outcome: str | None, revisions: Sequence[int]) -> str:
    """An appeal's state in a list: 待仲裁, or the panel's decision and, for one that may change results, the
    signed revision that made the correction (待更正 until there is one)."""
    if outcome is None:
        return tr("待仲裁")
    text = tr(OUTCOME_LABELS.get(outcome, outcome))
    if outcome in CHANGING:
        text += tr("，已更正（第 {n} 版）").format(n="、".join(map(str, revisions))) if revisions else tr("，待更正")
    return text


def require_changing(s: Session, actor: Actor, appeal_id: int) -> Appeal:
    """The appeal a correction names: it must exist and be upheld (fully or partly) by the panel."""
    require(actor, Role.HEAD_JUDGE, action=tr("依申诉更正成绩"))
    a = s.get(Appeal, appeal_id)
    if a is None:
        raise NotFound(tr("没有申诉第 {n} 号").format(n=appeal_id))
    d = s.scalars(select(AppealDecision).where(AppealDecision.appeal_id == appeal_id)).first()
    if d is None:
        raise StateError(tr("申诉第 {n} 号尚未经仲裁组决定：成绩只能在申诉被支持后更正").format(n=appeal_id))
    if d.outcome not in CHANGING:
        raise StateError(tr("申诉第 {n} 号已被驳回，不能据此更正成绩").format(n=appeal_id))
    return a


def correction_reason(appeal_id: int, reason: str) -> str:
    """A correction made for an appeal says so in its own reason (printed in the score history)."""
    prefix = tr("依申诉第 {n} 号仲裁决定：").format(n=appeal_id)
    return reason if reason.startswith(prefix) else prefix + reason


def link(s: Session, actor: Actor, appeal_id: int, kind: str, target: int) -> AppealCorrection:
    require_changing(s, actor, appeal_id)
    row = AppealCorrection(appeal_id=appeal_id, kind=kind, target=target, actor=actor.name, at=now())
    s.add(row)
    audit.append_fact(s, actor, "appeal.correction", row, appeal=appeal_id, kind=kind, target=target)
    return row


def pending_for_revision(s: Session) -> set[int]:
    """Appeals whose score corrections are not yet part of a signed revision: the next revision names them."""
    linked = list(s.scalars(select(AppealCorrection)))
    revised = {c.appeal_id for c in linked if c.kind == REVISION}
    return {c.appeal_id for c in linked if c.kind == SCORE_ENTRY and c.appeal_id not in revised}


def link_revision(s: Session, actor: Actor, number: int, named: Iterable[int]) -> list[int]:
    """Record that revision ``number`` carries the corrections of these appeals (named + pending)."""
    ids = sorted(set(named) | pending_for_revision(s))
    for appeal_id in ids:
        link(s, actor, appeal_id, REVISION, number)
    return ids
