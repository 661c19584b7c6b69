"""The head judge's finalizing: results per group, tie decisions, sign-off and revisions.

Results are derived, never stored, until the head judge signs off: then the whole results.json
snapshot is frozen as revision 1 (append-only ``result_revision``).  A later correction (issue 4's
``correct()`` with a reason) changes the derived results; ``correct_after_signoff`` freezes them
again as revision N+1 with the reason.  Every revision stays readable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import now
from app.errors import NotFound, Problem, StateError, ValidationError
from app.i18n import tr
from app.package.keys import SigningKey
from app.roles import Actor, Role, require
from app.rules import text_policy
from app.services import appeal_links, audit, backup, checkpoints, decrypt, integrity, vault
from app.services.results_facts import VenueFacts, load
from app.services.results_printable import PrintableResults as PrintableResults
from app.services.results_snapshot import audit_head, content_sha256, from_facts, sha256_of
from app.services.results_standings import (
    ALL_HIGHER,
    ORDER,
    BoundaryTie,
    GroupStanding,
    Quota,
    reader_labels,
    standings,
)
from app.vocab import COMPETED, status_label
from db.models import ExportRecord, ResultRevision, TieDecision
from db.venue_file import VenueFile

RESOLUTION_LABELS = {ALL_HIGHER: "并列者均获较高奖项", ORDER: "按裁判长确定的顺序"}


@dataclass(frozen=True)
class ResultRow:
    """One line of the result sheet.  Before decryption ``name``/``unit`` are empty (blind codes only)."""

    reg_no: str
    name: str
    unit: str
    group: str
    status: str  # competed | absent | withdrew | disqualified
    status_label: str
    station: str | None
    blind_code: str | None
    module_scores: tuple[tuple[str, Decimal], ...]  # (module code, score after module deductions)
    deductions: Decimal  # every active deduction, module and item
    time_used_s: int | None
    total: Decimal | None
    rank: int | None
    award: str | None
    passed: bool
    shared: bool  # 并列
    open_tie: bool  # waiting for the head judge's decision
    decided: bool  # award settled by a recorded decision
    complete: bool
    note: str = ""  # what the rules decided, in words: separation step, tie, decision, withheld award

    @property
    def award_text(self) -> str:
        """The award as shown and printed: 待裁定 while an open tie waits for the head judge."""
        return self.award or (tr("待裁定") if self.open_tie else "")

    @property
    def time_text(self) -> str:
        if self.time_used_s is None:
            return ""
        return f"{self.time_used_s // 60}:{self.time_used_s % 60:02d}"

    @property
    def rank_text(self) -> str:
        if self.rank is None:
            return self.status_label
        return tr("{r}（并列）").format(r=self.rank) if self.shared else str(self.rank)

    def score(self, module: str) -> Decimal | None:
        return next((v for code, v in self.module_scores if code == module), None)


@dataclass(frozen=True)
class TieView:
    group: str
    rank: int
    contestants: tuple[str, ...]  # reg_no (what a decision names)
    labels: tuple[str, ...]  # as shown: name after decryption, else blind code
    awards: tuple[str | None, ...]
    decision_id: int | None
    decision_text: str | None
    description: str

    @property
    def open(self) -> bool:
        return self.decision_id is None


@dataclass(frozen=True)
class DecisionView:
    id: int
    group: str
    contestants: tuple[str, ...]
    resolution: str
    order: tuple[str, ...]
    reason: str
    by: str
    at: datetime

    def describe(self, label: dict[str, str] | None = None) -> str:
        lab = label or {}
        who = "、".join(lab.get(r, r) for r in self.contestants)
        how = tr(RESOLUTION_LABELS.get(self.resolution, self.resolution))
        if self.resolution == ORDER:
            how += "：" + " > ".join(lab.get(r, r) for r in self.order)
        return tr("{who}：{how}。理由：{reason}（{by}，{at}）").format(
            who=who, how=how, reason=self.reason, by=self.by, at=self.at.strftime("%Y-%m-%d %H:%M"))


@dataclass(frozen=True)
class GroupResults:
    name: str  # "" when the item has no groups
    registered: int
    competed: int
    award_base_count: int
    quota: Quota
    rows: tuple[ResultRow, ...]  # ranked first in rank order, then the unranked
    ties: tuple[TieView, ...]
    decisions: tuple[DecisionView, ...]

    @property
    def open_ties(self) -> tuple[TieView, ...]:
        return tuple(t for t in self.ties if t.open)

    @property
    def title(self) -> str:
        return self.name or tr("全部选手")


@dataclass(frozen=True)
class RevisionView:
    number: int
    reason: str | None
    signed_by: str
    at: datetime
    snapshot: dict[str, Any]
    snapshot_sha256: str

    @property
    def label(self) -> str:
        return tr("第 {n} 版").format(n=self.number)


@dataclass(frozen=True)
class ResultsView:
    item_label: str
    modules: tuple[tuple[str, str, Decimal], ...]  # (code, name, max points)
    judges: tuple[str, ...]
    settings: tuple[tuple[str, str], ...]  # the active settings in words, shown and printed
    locked: bool
    decrypted: bool
    groups: tuple[GroupResults, ...]
    revision: RevisionView | None  # latest signed revision
    changed_since_revision: bool  # the current results differ from the latest signed revision
    changed_since_export: bool
    blind: bool = False  # before decryption of a sealed draw: one list by blind code, no groups, no awards

    @property
    def names_visible(self) -> bool:
        return self.locked and self.decrypted

    @property
    def open_ties(self) -> tuple[TieView, ...]:
        return tuple(t for g in self.groups for t in g.open_ties)

    @property
    def stage(self) -> str:
        blind = tr("；解密前不分组别、不评奖") if self.blind else ""
        if not self.locked:
            return tr("成绩未锁定（排名为临时结果，仅显示加密号）") + blind
        if not self.decrypted:
            return tr("成绩已锁定，尚未解密（仅显示加密号）") + blind
        if self.revision is None:
            return tr("已解密，尚未签字确认")
        if self.changed_since_revision:
            return tr("{rev}签字后成绩有更正，尚未生成新版本").format(rev=self.revision.label)
        return tr("已签字确认：{rev}").format(rev=self.revision.label)


# ------------------------------------------------------------------------------------ reading


def _decision_view(d: Any) -> DecisionView:
    return DecisionView(d.id, d.group, d.contestants, d.resolution, d.order, d.reason, d.by, d.at)


def _tie_view(t: BoundaryTie, label: dict[str, str]) -> TieView:
    d = t.decision
    return TieView(
        t.group, t.rank, t.contestants, tuple(label.get(r, r) for r in t.contestants), t.awards,
        d.id if d else None, _decision_view(d).describe(label) if d else None,
        t.describe(label),
    )


labels = reader_labels  # what identifies a contestant on screen: the name once decrypted, the blind code before


def _group_results(facts: VenueFacts, g: GroupStanding) -> GroupResults:
    visible = facts.locked and facts.decrypted
    label = labels(facts)
    by_reg = {c.reg_no: c for c in facts.contestants}
    rows = []
    for p in g.placings:
        c = by_reg[p.reg_no]
        if facts.blind:  # groups are unknown before decryption: ranks are provisional, no awards
            p = replace(p, award=None, open_tie=False, decided=False, note="")
        rows.append(ResultRow(
            reg_no=c.reg_no, name=c.name if visible else "", unit=c.unit if visible else "", group=c.group,
            status=c.status, status_label=status_label(c.status), station=c.station, blind_code=c.blind_code,
            module_scores=tuple((m.code, m.score) for m in c.modules),
            deductions=sum((d.amount for d in c.deductions if not d.cancelled), Decimal(0)),
            time_used_s=c.time_used_s, total=c.total, rank=p.rank, award=p.award, passed=p.passed,
            shared=p.shared, open_tie=p.open_tie, decided=p.decided, complete=c.complete,
            note=p.explanation,
        ))
    ties = () if facts.blind else tuple(_tie_view(t, label) for t in g.ties)
    return GroupResults(g.name, g.registered, g.competed, g.award_base_count, g.quota, tuple(rows), ties,
                        tuple(_decision_view(d) for d in g.decisions))


def _revision_view(r: ResultRevision) -> RevisionView:
    return RevisionView(r.number, r.reason, r.signed_by, r.at, r.snapshot, r.snapshot_sha256)


def _latest(s: Session) -> ResultRevision | None:
    return s.scalars(select(ResultRevision).order_by(ResultRevision.number.desc()).limit(1)).first()


def _current_snapshot(s: Session, facts: VenueFacts, groups: tuple[GroupStanding, ...],
                      revision: dict[str, Any] | None) -> dict[str, Any]:
    return from_facts(facts, groups, revision, audit_head(s))


def _changed_since_export(s: Session, current_content: str) -> bool:
    latest = _latest(s)
    if latest is None:
        return False  # nothing signed, nothing to export yet
    export = s.scalars(select(ExportRecord).order_by(ExportRecord.id.desc()).limit(1)).first()
    if export is None or export.revision != latest.number:
        return True
    exported = s.scalars(select(ResultRevision).where(ResultRevision.number == export.revision)).first()
    return exported is None or content_sha256(exported.snapshot) != current_content


def results(venue: VenueFile, actor: Actor) -> ResultsView:
    """The ranked results of every group.  Head judge only; names appear after lock and decryption."""
    require(actor, Role.HEAD_JUDGE, action=tr("查看成绩与奖项"))
    with venue.unit_of_work() as s:
        facts = load(s)
        groups = standings(facts)
        latest = _latest(s)
        content = content_sha256(_current_snapshot(s, facts, groups, None))
        return ResultsView(
            item_label=facts.item_label,
            modules=tuple((m.code, m.name, m.max_points) for m in facts.modules),
            judges=tuple(j.name for j in facts.judges),
            settings=tuple(facts.settings.describe()),
            locked=facts.locked,
            decrypted=facts.decrypted,
            groups=tuple(_group_results(facts, g) for g in groups),
            revision=_revision_view(latest) if latest else None,
            changed_since_revision=latest is not None and content_sha256(latest.snapshot) != content,
            changed_since_export=_changed_since_export(s, content),
            blind=facts.blind,
        )


def signed_state(venue: VenueFile, actor: Actor) -> tuple[RevisionView | None, bool]:
    """The latest signed revision and whether the current results differ from it: ``results``'
    ``revision`` and ``changed_since_revision``, recomputed from every score the same way, without building
    the rows of the results page (the package export asks this before every export)."""
    require(actor, Role.HEAD_JUDGE, action=tr("查看成绩与奖项"))
    with venue.unit_of_work() as s:
        latest = _latest(s)
        if latest is None:
            return None, False
        facts = load(s)
        content = content_sha256(_current_snapshot(s, facts, standings(facts), None))
        return _revision_view(latest), content_sha256(latest.snapshot) != content


def revisions(venue: VenueFile) -> list[RevisionView]:
    """Every signed revision, oldest first; none is ever replaced."""
    with venue.unit_of_work() as s:
        return [_revision_view(r) for r in s.scalars(select(ResultRevision).order_by(ResultRevision.number))]


def latest_revision(venue: VenueFile) -> RevisionView | None:
    with venue.unit_of_work() as s:
        latest = _latest(s)
        return _revision_view(latest) if latest else None


def revision(venue: VenueFile, number: int) -> RevisionView:
    with venue.unit_of_work() as s:
        row = s.scalars(select(ResultRevision).where(ResultRevision.number == number)).first()
        if row is None:
            raise NotFound(tr("没有第 {n} 版成绩").format(n=number))
        return _revision_view(row)


def changed_since_last_export(venue: VenueFile) -> bool:
    """True when signed results exist that differ from the last exported revision (or were never exported)."""
    with venue.unit_of_work() as s:
        facts = load(s)
        content = content_sha256(_current_snapshot(s, facts, standings(facts), None))
        return _changed_since_export(s, content)


# ---------------------------------------------------------------------------------- decisions


def record_tie_decision(
    venue: VenueFile,
    actor: Actor,
    group: str,
    contestants: Sequence[str],
    resolution: str,
    reason: str,
    order: Sequence[str] = (),
) -> DecisionView:
    """The head judge settles a tie across an award boundary, with a reason (printed on the reports).

    ``resolution`` is ``all_higher`` (all tied contestants get the higher award) or ``order`` (``order``
    lists the tied contestants' registration numbers best first, e.g. after an extra criterion).
    """
    require(actor, Role.HEAD_JUDGE, action=tr("裁定并列名次"))
    reason = text_policy.clean(reason, text_policy.REASON, tr("理由"))
    wanted = tuple(contestants)
    problems: list[Problem] = []
    if not reason:
        problems.append(Problem(tr("请填写裁定理由（将打印在成绩汇总表上）"), column=tr("理由")))
    if resolution not in (ALL_HIGHER, ORDER):
        problems.append(Problem(tr("裁定方式须为“均获较高奖项”或“确定顺序”"), column=tr("裁定方式"), value=resolution))
    if resolution == ORDER and sorted(order) != sorted(wanted):
        problems.append(Problem(tr("顺序须恰好列出并列的每位选手各一次"), column=tr("顺序"), value="、".join(order)))
    if problems:
        raise ValidationError(tr("无法记录并列裁定"), problems)
    with venue.unit_of_work() as s:
        facts = load(s)
        if not facts.locked:
            raise StateError(tr("成绩尚未锁定，并列名次可能还会变化。请先锁定全部成绩，再裁定并列。"))
        if facts.blind:
            raise StateError(tr("尚未解密：解密之前不知道各加密号的组别，无法按组裁定并列。请先解密。"))
        group_st = next((g for g in standings(facts) if g.name == group), None)
        if group_st is None:
            raise NotFound(tr("没有组别“{g}”").format(g=group))
        tie = next((t for t in group_st.ties if set(t.contestants) == set(wanted)), None)
        if tie is None:
            raise ValidationError(tr("这些选手目前没有跨奖项界线的并列，无需裁定。"), group=group)
        if tie.decision is not None:
            raise StateError(tr("该并列已有裁定（第 {id} 号）。如需改变，请先撤销原裁定。").format(id=tie.decision.id))
        row = TieDecision(group_name=group, contestants=list(tie.contestants), resolution=resolution,
                          order=list(order) if resolution == ORDER else [], reason=reason, revokes_id=None,
                          actor=actor.name, at=now())
        s.add(row)
        audit.append_fact(s, actor, "results.tie_decision", row, id=row.id, group=group,
                          contestants=list(tie.contestants), resolution=resolution, order=row.order, reason=reason,
                          rank=tie.rank)
        return DecisionView(row.id, group, tuple(row.contestants), resolution, tuple(row.order), reason,
                            actor.name, row.at)


def revoke_tie_decision(venue: VenueFile, actor: Actor, decision_id: int, reason: str) -> None:
    """Withdraw a decision: a new row pointing at it (the old one stays on record)."""
    require(actor, Role.HEAD_JUDGE, action=tr("撤销并列裁定"))
    reason = text_policy.clean(reason, text_policy.REASON, tr("理由"))
    if not reason:
        raise ValidationError(tr("请填写撤销理由"), column=tr("理由"))
    with venue.unit_of_work() as s:
        old = s.get(TieDecision, decision_id)
        active = {d.id for d in load(s).decisions}
        if old is None or decision_id not in active:
            raise NotFound(tr("没有有效的第 {id} 号并列裁定").format(id=decision_id))
        revoke = TieDecision(group_name=old.group_name, contestants=old.contestants, resolution="revoked", order=[],
                             reason=reason, revokes_id=old.id, actor=actor.name, at=now())
        s.add(revoke)
        audit.append_fact(s, actor, "results.tie_decision_revoked", revoke, id=decision_id, reason=reason)


# ----------------------------------------------------------------------------------- sign-off


def _check_signable(facts: VenueFacts, groups: tuple[GroupStanding, ...]) -> None:
    if not facts.locked:
        raise StateError(tr("成绩尚未锁定，不能签字确认。请先锁定全部成绩。"))
    if not facts.decrypted:
        raise StateError(tr("尚未解密，不能签字确认。请先解密。"))
    problems = [
        Problem(tr("{group}：{tie}，尚未裁定").format(group=g.name or tr("全部选手"), tie=t.describe()))
        for g in groups for t in g.open_ties
    ]
    problems += [
        Problem(tr("选手 {reg}（{name}）成绩不完整：{m}").format(reg=c.reg_no, name=c.name, m="；".join(c.missing[:3])))
        for c in facts.contestants if c.status == COMPETED and not c.complete
    ]
    if problems:
        raise StateError(tr("还有 {n} 处问题，不能签字确认：").format(n=len(problems)), problems)


def _signing_key(venue: VenueFile, actor: Actor, passphrase: str) -> SigningKey:
    """Only the head judge, and only with the passphrase: signing off is signed with the venue key."""
    require(actor, Role.HEAD_JUDGE, action=tr("签字确认成绩"))
    key = vault.unlock(venue, actor, passphrase).signing_key
    integrity.require_sound(venue)  # never sign results built on rows changed outside the app
    return key


def _freeze(venue: VenueFile, actor: Actor, key: SigningKey, reason: str | None, first: bool,
            appeals: Sequence[int] = ()) -> RevisionView:
    with venue.unit_of_work() as s:
        facts = load(s)
        groups = standings(facts)
        _check_signable(facts, groups)
        latest = _latest(s)
        if first and latest is not None:
            raise StateError(tr("成绩已签字确认为{rev}。更正成绩后请生成新版本（须填写理由）。").format(
                rev=tr("第 {n} 版").format(n=latest.number)))
        if not first:
            if latest is None:
                raise StateError(tr("成绩尚未签字确认，请先签字确认第 1 版。"))
            current = content_sha256(_current_snapshot(s, facts, groups, None))
            if current == content_sha256(latest.snapshot):
                raise StateError(tr("成绩与第 {n} 版相同，无需生成新版本。").format(n=latest.number))
        number = 1 if latest is None else latest.number + 1
        at = now()
        block = {"number": number, "reason": reason, "signed_by": actor.name,
                 "signed_at": at.isoformat(timespec="microseconds"),
                 "previous_sha256": latest.snapshot_sha256 if latest else None}
        snapshot = _current_snapshot(s, facts, groups, block)
        digest = sha256_of(snapshot)
        revision = ResultRevision(number=number, reason=reason, snapshot=snapshot, snapshot_sha256=digest,
                                  signed_by=actor.name, at=at)
        s.add(revision)
        audit.append_fact(s, actor, "results.sign_off" if first else "results.revision", revision,
                          revision=number, reason=reason, snapshot_sha256=digest)
        checkpoints.sign(s, actor, key, checkpoints.SIGN_OFF if first else checkpoints.REVISION, f"revision:{number}")
        if not first:  # the appeals whose corrections this revision carries (named, or by a score correction);
            # recorded after the checkpoint, which must sign the revision's own record (the next one covers these)
            appeal_links.link_revision(s, actor, number, appeals)
        view = RevisionView(number, reason, actor.name, at, snapshot, digest)
    backup.backup_now(venue, "after-signoff")
    return view


def sign_off(venue: VenueFile, actor: Actor, passphrase: str) -> RevisionView:
    """裁判长签字确认: the head judge's passphrase opens the venue key, the results are frozen as revision 1
    and the audit chain's head is signed (a checkpoint)."""
    key = _signing_key(venue, actor, passphrase)
    return _freeze(venue, actor, key, None, first=True)


def correct_after_signoff(venue: VenueFile, actor: Actor, passphrase: str, reason: str,
                          appeals: Sequence[int] = ()) -> RevisionView:
    """After a correction (e.g. 复核), freeze the changed results as revision N+1 with the reason (signed).

    ``appeals``: upheld appeals (申诉) this revision answers; appeals named by a score correction since the
    last revision are added without being named (app.services.appeal_links)."""
    reason = text_policy.clean(reason, text_policy.REASON, tr("理由"))
    if not reason:
        raise ValidationError(tr("请填写生成新版本的理由（如复核更正）"), column=tr("理由"))
    key = _signing_key(venue, actor, passphrase)
    return _freeze(venue, actor, key, reason, first=False, appeals=appeals)


def reg_labels(venue: VenueFile) -> dict[str, str]:
    """reg_no → label as the screens show it (helper for the CLI's tie commands)."""
    with venue.unit_of_work() as s:
        return labels(load(s))


# ----------------------------------------------------------------------------------- printing


def printable(venue: VenueFile, actor: Actor, number: int | None = None) -> PrintableResults:
    """The results to print: revision ``number``, or the current state (a signed revision if unchanged).

    Head judge only, and only once the item is locked and decrypted (the sheets carry names).
    """
    require(actor, Role.HEAD_JUDGE, action=tr("打印成绩报表"))
    with venue.unit_of_work() as s:
        # A signed revision prints from its frozen snapshot: only the lock and decryption are looked at,
        # not every score (which load() reads and derives).
        if not (decrypt.is_locked(s) and decrypt.is_decrypted(s)):
            raise StateError(tr("成绩尚未锁定并解密，不能打印带姓名的成绩报表。请先锁定全部成绩并解密。"))
        if number is not None:
            row = s.scalars(select(ResultRevision).where(ResultRevision.number == number)).first()
            if row is None:
                raise NotFound(tr("没有第 {n} 版成绩").format(n=number))
            return PrintableResults(row.snapshot, _signed_label(row), True, ())
        facts = load(s)
        groups = standings(facts)
        label = labels(facts)
        ties = tuple(f"{g.name or tr('全部选手')}：{t.describe(label)}" for g in groups for t in g.open_ties)
        current = _current_snapshot(s, facts, groups, None)
        latest = _latest(s)
        if latest is not None and content_sha256(latest.snapshot) == content_sha256(current):
            return PrintableResults(latest.snapshot, _signed_label(latest), True, ())
        if latest is not None:
            text = tr("第 {n} 版后有更正，未签字确认").format(n=latest.number)
        else:
            text = tr("未签字确认（草稿）")
        return PrintableResults(current, text, False, ties)


def _signed_label(r: ResultRevision) -> str:
    return tr("第 {n} 版").format(n=r.number)
