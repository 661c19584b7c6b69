"""From the item's facts to the standings of each group: ranks, awards, passes, boundary ties.

The rules themselves (ranking order, quotas, allocation) are pure functions; this module only
feeds them the facts of one group and applies the head judge's recorded tie decisions.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.i18n import tr
from app.item_settings import ItemSettings
from app.services.results_facts import COMPETED, DISQUALIFIED, ContestantFacts, DecisionFact, VenueFacts

FIRST, SECOND, THIRD, MERIT = "一等奖", "二等奖", "三等奖", "优胜奖"
AWARDS = (FIRST, SECOND, THIRD, MERIT)
ALL_HIGHER, ORDER = "all_higher", "order"  # tie_decision.resolution


@dataclass(frozen=True)
class Quota:
    first: int
    second: int
    third: int
    merit: int

    @property
    def total(self) -> int:
        return self.first + self.second + self.third + self.merit

    def award_at(self, position: int) -> str | None:
        """The award of the n-th place (1-based) when nobody shares a place."""
        limits = (
            (self.first, FIRST),
            (self.first + self.second, SECOND),
            (self.first + self.second + self.third, THIRD),
            (self.total, MERIT),
        )
        return next((award for limit, award in limits if position <= limit), None)


@dataclass(frozen=True)
class Placing:
    reg_no: str
    rank: int | None  # None: not ranked (缺考/弃权/取消资格)
    award: str | None
    passed: bool
    shared: bool  # 并列: shares the place with someone after every tie-break
    open_tie: bool  # in a tie across an award boundary that still waits for the head judge
    decided: bool  # the award was settled by a recorded tie decision


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
        return next((p for p in self.placings if p.reg_no == reg_no), None)

    @property
    def open_ties(self) -> tuple[BoundaryTie, ...]:
        return tuple(t for t in self.ties if t.open)


def quota_for(base_count: int) -> Quota:
    """1 first, 2 second, 3 third; 优胜奖 for up to floor(30 % × N) more when N > 30 (the notice)."""
    merit = (base_count * 3) // 10 if base_count > 30 else 0
    return Quota(1, 2, 3, merit)


def _sort_key(c: ContestantFacts, settings: ItemSettings) -> tuple[object, ...]:
    scores = {m.code: m.score for m in c.modules}
    key: list[object] = [-(c.total or Decimal(0))]
    key += [-scores.get(code, Decimal(0)) for code in settings.tie_break_modules]
    if settings.tie_break_time:
        key.append(c.time_used_s if c.time_used_s is not None else 10**9)
    return tuple(key)


def _rank(people: list[ContestantFacts], settings: ItemSettings) -> list[list[ContestantFacts]]:
    """Places in order; each place lists the contestants who share it (1, 2, 2, 4 — never a draw)."""
    ordered = sorted(people, key=lambda c: (_sort_key(c, settings), c.reg_no))
    places: list[list[ContestantFacts]] = []
    for c in ordered:
        if places and _sort_key(places[-1][0], settings) == _sort_key(c, settings):
            places[-1].append(c)
        else:
            places.append([c])
    return places


def _matching(decisions: list[DecisionFact], reg_nos: tuple[str, ...]) -> DecisionFact | None:
    wanted = set(reg_nos)
    found = [d for d in decisions if set(d.contestants) == wanted]
    return found[-1] if found else None


def group_standing(name: str, people: list[ContestantFacts], settings: ItemSettings,
                   decisions: list[DecisionFact]) -> GroupStanding:
    ranked = [c for c in people if c.status == COMPETED and c.total is not None]
    competed = sum(1 for c in people if c.status in (COMPETED, DISQUALIFIED))
    base = competed if settings.award_base == "competed" else len(people)
    quota = quota_for(base)
    placings: list[Placing] = []
    ties: list[BoundaryTie] = []
    position = 1
    for place in _rank(ranked, settings):
        reg_nos = tuple(c.reg_no for c in place)
        awards = tuple(quota.award_at(position + i) for i in range(len(place)))
        decision: DecisionFact | None = None
        if len(set(awards)) > 1:
            decision = _matching(decisions, reg_nos)
            ties.append(BoundaryTie(name, position, reg_nos, awards, decision))
        by_order = decision is not None and decision.resolution == ORDER
        if by_order:
            # An ordering decision (e.g. after an extra criterion) ends the tie: places follow the order.
            order = list(decision.order)  # type: ignore[union-attr]
            place = sorted(place, key=lambda c: order.index(c.reg_no) if c.reg_no in order else len(order))
        for i, c in enumerate(place):
            passed = c.total is not None and c.total >= settings.pass_line
            if len(set(awards)) == 1:
                award = awards[0]
            elif decision is None:
                award = None  # undecided: shown as a warning, blocks sign-off
            elif decision.resolution == ALL_HIGHER:
                award = awards[0]
            else:
                award = awards[i]
            if settings.award_requires_pass and not passed:
                award = None
            placings.append(Placing(c.reg_no, position + i if by_order else position, award, passed,
                                    len(place) > 1 and not by_order, len(set(awards)) > 1 and decision is None,
                                    decision is not None))
        position += len(place)
    for c in people:
        if c not in ranked:
            placings.append(Placing(c.reg_no, None, None, False, False, False, False))
    mine = tuple(d for d in decisions if d.group == name)
    return GroupStanding(name, len(people), competed, base, quota, tuple(placings), tuple(ties), mine)


def standings(facts: VenueFacts) -> tuple[GroupStanding, ...]:
    out = []
    for name in facts.groups:
        people = [c for c in facts.contestants if c.group == name]
        decisions = [d for d in facts.decisions if d.group == name]
        out.append(group_standing(name, people, facts.settings, decisions))
    return tuple(out)
