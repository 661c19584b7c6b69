"""From the item's facts to the standings of each group: ranks, awards, passes, boundary ties.

The rules themselves are pure functions (``app.rules.ranking``: order, tie-breaks, shared places;
``app.rules.awards``: quota, allocation, boundary ties, pass); this module feeds them the facts of one
group and the head judge's recorded tie decisions, and shapes the answer for the results room.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from app.i18n import tr
from app.item_settings import ItemSettings
from app.rules import awards, ranking
from app.services.results_facts import ContestantFacts, DecisionFact, VenueFacts
from app.vocab import COMPETED, DISQUALIFIED

FIRST, SECOND, THIRD, MERIT = awards.FIRST, awards.SECOND, awards.THIRD, awards.MERIT
AWARDS = awards.AWARDS
ALL_HIGHER, ORDER = awards.ALL_HIGHER, awards.ORDER  # tie_decision.resolution


Quota = awards.Quota  # one quota type for the rules, the results room and the central checks


@dataclass(frozen=True)
class Placing:
    reg_no: str
    rank: int | None  # None: not ranked (缺考/弃权/取消资格)
    award: str | None
    passed: bool
    shared: bool  # 并列: shares the place with someone after every tie-break
    open_tie: bool  # in a tie across an award boundary that still waits for the head judge
    decided: bool  # the award was settled by a recorded tie decision
    note: str = ""  # why, in words (shared place, decision, below the pass line …)
    tie_broken_by: str | None = None  # "模块 B" / "用时": the step that separated equal totals
    separated: str = ""  # which step separated equal totals, in words ("总分与…相同，按模块 B 分出先后")

    @property
    def explanation(self) -> str:
        """Everything the rules decided about this line, as the head judge reads it out."""
        return "；".join(part for part in (self.separated, self.note) if part)


@dataclass(frozen=True)
class BoundaryTie:
    """Contestants sharing a place that straddles two awards (or an award and none)."""

    group: str
    rank: int
    contestants: tuple[str, ...]  # reg_no, in listing order
    awards: tuple[str | None, ...]  # the award of each place the tie occupies
    decision: DecisionFact | None

    @property
    def open(self) -> bool:
        return self.decision is None

    def describe(self, label: dict[str, str] | None = None) -> str:
        """In words; ``label`` maps reg_no to what the reader should see (name or blind code)."""
        names = [a or tr("无奖项") for a in dict.fromkeys(self.awards)]
        who = "、".join((label or {}).get(r, r) for r in self.contestants)
        return tr("第 {rank} 名并列 {n} 人（{who}），跨越{awards}界线").format(
            rank=self.rank, n=len(self.contestants), who=who, awards="/".join(names)
        )


@dataclass(frozen=True)
class GroupStanding:
    name: str
    registered: int
    competed: int
    award_base_count: int
    quota: Quota
    placings: tuple[Placing, ...]  # ranked first, in rank order; then the unranked
    ties: tuple[BoundaryTie, ...]
    decisions: tuple[DecisionFact, ...]

    def placing(self, reg_no: str) -> Placing | None:
        return self._placing_by_reg_no.get(reg_no)

    @cached_property
    def _placing_by_reg_no(self) -> dict[str, Placing]:
        """The first placing of each reg_no (what a scan of ``placings`` finds), built once: asked per person."""
        out: dict[str, Placing] = {}
        for p in self.placings:
            out.setdefault(p.reg_no, p)
        return out

    @property
    def open_ties(self) -> tuple[BoundaryTie, ...]:
        return tuple(t for t in self.ties if t.open)


def _award_settings(settings: ItemSettings) -> awards.AwardSettings:
    return awards.AwardSettings(pass_line=settings.pass_line, award_requires_pass=settings.award_requires_pass,
                                base=settings.award_base)


def quota_for(base_count: int, settings: ItemSettings | None = None) -> Quota:
    """1 first, 2 second, 3 third; 优胜奖 for up to floor(30 % × N) more when N > 30 (the notice)."""
    return awards.award_quota(base_count, _award_settings(settings or ItemSettings()))


def _standing(c: ContestantFacts) -> ranking.Standing:
    return ranking.Standing(c.reg_no, c.status, c.total if c.total is not None else Decimal(0),
                            {m.code: m.score for m in c.modules}, c.time_used_s)


def group_standing(name: str, people: list[ContestantFacts], settings: ItemSettings,
                   decisions: list[DecisionFact], names: Mapping[str, str] | None = None) -> GroupStanding:
    """Rank the group (app.rules.ranking), allocate its awards (app.rules.awards) with the decisions in force.

    ``names`` (reg_no → name, or blind code before decryption) words the notes; reg_no without it."""
    rank_settings = ranking.RankSettings(settings.tie_break_modules, settings.tie_break_time)
    award_settings = _award_settings(settings)
    standings_ = [_standing(c) for c in people]
    ranked = ranking.rank(standings_, rank_settings)
    base = awards.award_base_count(standings_, award_settings)
    quota = awards.award_quota(base, award_settings)
    # A decision about a tie that no longer exists (scores corrected since) is not applied; it stays on record.
    current = awards.allocate(ranked, quota, award_settings).open_ties
    sets = {frozenset(t.contestants) for t in current}
    in_force = {frozenset(d.contestants): d for d in decisions if frozenset(d.contestants) in sets}
    allocation = awards.allocate(ranked, quota, award_settings, [
        awards.TieDecision(tuple(d.contestants), d.resolution, tuple(d.order) if d.resolution == ORDER else (),
                           d.reason)
        for d in in_force.values()
    ], names)
    decided = {c for t, _ in allocation.decided_ties for c in t.contestants}
    reordered = {c for t, d in allocation.decided_ties if d.resolution == ORDER for c in t.contestants}
    open_members = {c for t in allocation.open_ties for c in t.contestants}
    shared = {r.contestant for r in ranked if r.shared} - reordered  # an ordering decision ends the tie
    broken_by = {r.contestant: r.tie_broken_by for r in ranked}
    notes = ranking.separation_notes(ranked, names)
    placings = tuple(
        Placing(a.contestant, a.rank, None if a.award == awards.PENDING else a.award, a.passed,
                a.contestant in shared, a.contestant in open_members, a.contestant in decided, a.note,
                broken_by.get(a.contestant), notes.get(a.contestant, ""))
        for a in allocation.awards
    )
    ties = [BoundaryTie(name, t.place, t.contestants, t.spans, None) for t in allocation.open_ties]
    ties += [BoundaryTie(name, t.place, t.contestants, t.spans, in_force[frozenset(t.contestants)])
             for t, _ in allocation.decided_ties]
    ties.sort(key=lambda t: t.rank)
    competed = sum(1 for c in people if c.status in (COMPETED, DISQUALIFIED))
    mine = tuple(d for d in decisions if d.group == name)
    return GroupStanding(name, len(people), competed, base, quota, placings, tuple(ties), mine)


def reader_labels(facts: VenueFacts) -> dict[str, str]:
    """What identifies a contestant to a reader: the name once decrypted, the blind code before."""
    visible = facts.locked and facts.decrypted
    return {c.reg_no: (c.name if visible else (c.blind_code or "—")) for c in facts.contestants}


def standings(facts: VenueFacts) -> tuple[GroupStanding, ...]:
    out = []
    names = reader_labels(facts)
    for name in facts.groups:
        people = [c for c in facts.contestants if c.group == name]
        decisions = [d for d in facts.decisions if d.group == name]
        out.append(group_standing(name, people, facts.settings, decisions, names))
    return tuple(out)
