"""申诉与仲裁: the head judge records appeals and the arbitration panel's decisions (issue 15).

- ``record``: who lodged it (a blind code, a contestant's name after decryption, or a team leader), when,
  the grounds, attachments as file hashes.  Lodged after the publication period's end → recorded as late.
- ``decide``: upheld / partly upheld / dismissed, the reasoning, the panel members (required), the time.
- An upheld decision changes nothing by itself: results change only through a score correction that names
  the appeal (``scoring.correct(..., appeal=N)``) and a new signed revision that names it
  (``results.correct_after_signoff(..., appeals=[N])``); both are traced in ``appeal_correction``.

Everything is an append-only fact written through ``audit.append_fact``; nothing is ever changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import now
from app.errors import NotFound, Problem, StateError, ValidationError
from app.i18n import tr
from app.roles import Actor, Role, require
from app.rules import text_policy
from app.services import appeal_links, audit, decrypt, publication
from app.services.appeal_links import DISMISSED, OUTCOME_LABELS, OUTCOMES, PARTLY_UPHELD, UPHELD
from app.services.appeals_package import LODGER_LABELS
from db.models import (
    Appeal,
    AppealCorrection,
    AppealDecision,
    BlindCode,
    CompetitionGroup,
    Contestant,
    ExportRecord,
    Setting,
)
from db.venue_file import VenueFile

__all__ = ["DISMISSED", "LODGER_LABELS", "OUTCOMES", "OUTCOME_LABELS", "PARTLY_UPHELD", "UPHELD"]

BLIND_CODE, CONTESTANT, TEAM_LEADER = "blind_code", "contestant", "team_leader"
_CLOCK_SLACK = timedelta(minutes=5)  # a time "now" typed on a slow keyboard is not in the future


@dataclass(frozen=True)
class Attachment:
    name: str
    sha256: str
    size: int

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "sha256": self.sha256, "size": self.size}


def attachment(path: Path) -> Attachment:
    """The hash of a file handed in with an appeal (a photo, a letter): the file itself is kept on paper
    or a stick; the venue file holds only its name, size and SHA-256, enough to show it was not swapped."""
    path = Path(path)
    if not path.is_file():
        raise NotFound(tr("找不到附件文件 {p}").format(p=path))
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            digest.update(chunk)
            size += len(chunk)
    name = text_policy.clean(path.name, text_policy.LABEL_RULE, tr("附件"))
    return Attachment(name or "_", digest.hexdigest(), size)


@dataclass(frozen=True)
class DecisionView:
    outcome: str
    reasoning: str
    panel: tuple[str, ...]
    decided_at: datetime
    recorded_by: str

    @property
    def outcome_label(self) -> str:
        return tr(OUTCOME_LABELS[self.outcome])


@dataclass(frozen=True)
class CorrectionLink:
    kind: str  # score_entry | revision
    target: int
    actor: str
    at: datetime

    def describe(self) -> str:
        if self.kind == appeal_links.REVISION:
            return tr("第 {n} 版成绩").format(n=self.target)
        return tr("分数更正（记录 {n}）").format(n=self.target)


@dataclass(frozen=True)
class AppealView:
    id: int
    lodger_kind: str
    lodger: str
    lodger_unit: str
    concerns: str
    group: str
    lodged_at: datetime
    grounds: str
    attachments: tuple[Attachment, ...]
    period_end: datetime | None
    late: bool
    recorded_by: str
    recorded_at: datetime
    decision: DecisionView | None
    corrections: tuple[CorrectionLink, ...]

    @property
    def number(self) -> str:
        return tr("申诉第 {n} 号").format(n=self.id)

    @property
    def lodger_text(self) -> str:
        kind = tr(LODGER_LABELS.get(self.lodger_kind, self.lodger_kind))
        unit = f"（{self.lodger_unit}）" if self.lodger_unit else ""
        return f"{kind} {self.lodger}{unit}"

    @property
    def open(self) -> bool:
        return self.decision is None

    @property
    def status_text(self) -> str:
        return appeal_links.status_text(self.decision.outcome if self.decision else None,
                                        [c.target for c in self.corrections if c.kind == appeal_links.REVISION])

    @property
    def awaiting_correction(self) -> bool:
        return (self.decision is not None and self.decision.outcome in appeal_links.CHANGING
                and not any(c.kind == appeal_links.REVISION for c in self.corrections))


def _view(a: Appeal, d: AppealDecision | None, links: Sequence[AppealCorrection]) -> AppealView:
    return AppealView(
        a.id, a.lodger_kind, a.lodger, a.lodger_unit, a.concerns, a.group_name, a.lodged_at, a.grounds,
        tuple(Attachment(x["name"], x["sha256"], int(x["size"])) for x in a.attachments or []), a.period_end,
        a.late, a.recorded_by, a.recorded_at,
        DecisionView(d.outcome, d.reasoning, tuple(d.panel), d.decided_at, d.recorded_by) if d else None,
        tuple(CorrectionLink(c.kind, c.target, c.actor, c.at) for c in links),
    )


def views_in(s: Session) -> list[AppealView]:
    """Every appeal with its decision and corrections, oldest first (inside an open unit of work)."""
    decisions = {d.appeal_id: d for d in s.scalars(select(AppealDecision))}
    links: dict[int, list[AppealCorrection]] = {}
    for c in s.scalars(select(AppealCorrection).order_by(AppealCorrection.id)):
        links.setdefault(c.appeal_id, []).append(c)
    return [_view(a, decisions.get(a.id), links.get(a.id, []))
            for a in s.scalars(select(Appeal).order_by(Appeal.id))]


def list_appeals(venue: VenueFile, actor: Actor) -> list[AppealView]:
    require(actor, Role.HEAD_JUDGE, action=tr("查看申诉"))
    with venue.unit_of_work() as s:
        return views_in(s)


def appeal(venue: VenueFile, actor: Actor, appeal_id: int) -> AppealView:
    found = next((a for a in list_appeals(venue, actor) if a.id == appeal_id), None)
    if found is None:
        raise NotFound(tr("没有申诉第 {n} 号").format(n=appeal_id))
    return found


# --------------------------------------------------------------------------------------- record


def _when(moment: datetime | None, column: str) -> datetime:
    at = now() if moment is None else (moment if moment.tzinfo else moment.astimezone())
    if at > now() + _CLOCK_SLACK:
        raise ValidationError(tr("时间 {t} 在将来，请核对").format(t=at.strftime("%Y-%m-%d %H:%M")), column=column)
    return at


def _check_lodger(s: Session, kind: str, lodger: str) -> None:
    if kind == BLIND_CODE:
        if s.scalars(select(BlindCode.id).where(BlindCode.code == lodger)).first() is None:
            raise NotFound(tr("没有加密号 {c}，请核对申诉表上的加密号").format(c=lodger), column=tr("申诉人"))
    elif kind == CONTESTANT:
        if not decrypt.is_decrypted(s):
            raise StateError(tr("尚未解密：解密前按加密号记录选手的申诉（不要写姓名，以免把姓名与加密号联系起来）。"))
        hit = s.scalars(select(Contestant.id).where((Contestant.name == lodger) | (Contestant.reg_no == lodger))).first()
        if hit is None:
            raise NotFound(tr("名单中没有选手“{n}”，请核对姓名或报名号").format(n=lodger), column=tr("申诉人"))


def record(venue: VenueFile, actor: Actor, lodger_kind: str, lodger: str, grounds: str, *,
           lodged_at: datetime | None = None, concerns: str = "", group: str = "", lodger_unit: str = "",
           attachments: Sequence[Attachment] = ()) -> AppealView:
    """The head judge records an appeal as handed in (申诉登记).  Only the head judge; all or nothing."""
    require(actor, Role.HEAD_JUDGE, action=tr("登记申诉"))
    lodger = text_policy.clean(lodger, text_policy.PERSON_NAME, tr("申诉人"))
    lodger_unit = text_policy.clean(lodger_unit, text_policy.UNIT, tr("申诉人单位"))
    concerns = text_policy.clean(concerns, text_policy.PERSON_NAME, tr("涉及选手"))
    group = text_policy.clean(group, text_policy.SHORT, tr("组别"))
    grounds = text_policy.clean(grounds, text_policy.REASON, tr("申诉理由"))
    problems: list[Problem] = []
    if lodger_kind not in LODGER_LABELS:
        problems.append(Problem(tr("申诉人类别须为 加密号、选手姓名 或 领队"), column=tr("申诉人类别"), value=lodger_kind))
    if not lodger:
        problems.append(Problem(tr("请填写申诉人（加密号、选手姓名或领队姓名）"), column=tr("申诉人")))
    if lodger_kind == TEAM_LEADER and not lodger_unit:
        problems.append(Problem(tr("领队申诉请填写领队所在单位"), column=tr("申诉人单位")))
    if not grounds:
        problems.append(Problem(tr("请填写申诉理由"), column=tr("申诉理由")))
    if problems:
        raise ValidationError(tr("无法登记申诉"), problems)
    at = _when(lodged_at, tr("申诉时间"))
    with venue.unit_of_work() as s:
        _check_lodger(s, lodger_kind, lodger)
        if group and s.scalars(select(CompetitionGroup.id).where(CompetitionGroup.name == group)).first() is None:
            raise NotFound(tr("没有组别“{g}”").format(g=group), column=tr("组别"))
        row_s = s.get(Setting, publication.KEY)
        period = publication.PublicationSettings.from_json(row_s.value if row_s else None)
        row = Appeal(lodger_kind=lodger_kind, lodger=lodger, lodger_unit=lodger_unit, concerns=concerns,
                     group_name=group, lodged_at=at, grounds=grounds,
                     attachments=[a.to_json() for a in attachments], period_end=period.end,
                     late=period.is_late(at), recorded_by=actor.name, recorded_at=now())
        s.add(row)
        audit.append_fact(s, actor, "appeal.record", row, appeal=row.id, late=row.late)
        return _view(row, None, [])


def decide(venue: VenueFile, actor: Actor, appeal_id: int, outcome: str, reasoning: str, panel: Sequence[str],
           decided_at: datetime | None = None) -> AppealView:
    """The arbitration panel's decision, recorded by the head judge: outcome, reasoning, members, time."""
    require(actor, Role.HEAD_JUDGE, action=tr("记录仲裁决定"))
    reasoning = text_policy.clean(reasoning, text_policy.REASON, tr("仲裁理由"))
    members = [text_policy.clean(p, text_policy.PERSON_NAME, tr("仲裁组成员")) for p in panel]
    members = [m for m in members if m]
    problems: list[Problem] = []
    if outcome not in OUTCOMES:
        problems.append(Problem(tr("仲裁结果须为 支持、部分支持 或 驳回"), column=tr("仲裁结果"), value=outcome))
    if not reasoning:
        problems.append(Problem(tr("请填写仲裁理由"), column=tr("仲裁理由")))
    if not members:
        problems.append(Problem(tr("请填写作出决定的仲裁组成员姓名"), column=tr("仲裁组成员")))
    elif len(set(members)) != len(members):
        problems.append(Problem(tr("仲裁组成员姓名重复"), column=tr("仲裁组成员"), value="、".join(members)))
    if problems:
        raise ValidationError(tr("无法记录仲裁决定"), problems)
    at = _when(decided_at, tr("仲裁时间"))
    with venue.unit_of_work() as s:
        a = s.get(Appeal, appeal_id)
        if a is None:
            raise NotFound(tr("没有申诉第 {n} 号").format(n=appeal_id))
        if s.scalars(select(AppealDecision).where(AppealDecision.appeal_id == appeal_id)).first() is not None:
            raise StateError(tr("申诉第 {n} 号已有仲裁决定，不能再次决定").format(n=appeal_id))
        if at < a.lodged_at:
            raise ValidationError(tr("仲裁时间不能早于申诉时间 {t}").format(t=a.lodged_at.strftime("%Y-%m-%d %H:%M")),
                                  column=tr("仲裁时间"))
        d = AppealDecision(appeal_id=appeal_id, outcome=outcome, reasoning=reasoning, panel=members, decided_at=at,
                           recorded_by=actor.name, recorded_at=now())
        s.add(d)
        audit.append_fact(s, actor, "appeal.decide", d, appeal=appeal_id, outcome=outcome)
        return _view(a, d, list(s.scalars(select(AppealCorrection).where(AppealCorrection.appeal_id == appeal_id))))


def changed_since_export(venue: VenueFile) -> bool:
    """An appeal, decision or correction was recorded after the last export: the committee has not seen it
    yet, so the package must be exported again (the same revision, if the results did not change)."""
    with venue.unit_of_work() as s:
        last = s.scalars(select(ExportRecord.at).order_by(ExportRecord.id.desc()).limit(1)).first()
        times = [t for t in (s.scalars(select(Appeal.recorded_at).order_by(Appeal.id.desc()).limit(1)).first(),
                             s.scalars(select(AppealDecision.recorded_at).order_by(AppealDecision.id.desc())
                                       .limit(1)).first(),
                             s.scalars(select(AppealCorrection.at).order_by(AppealCorrection.id.desc())
                                       .limit(1)).first()) if t is not None]
    return bool(times) and (last is None or max(times) > last)
