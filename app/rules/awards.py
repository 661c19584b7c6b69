"""Award quotas, award allocation and the pass (合格) rule of one item (group).

The notice (§四): per item (group) 1 first prize, 2 second, 3 third; if the item (group) has MORE
than 30 contestants, 优胜奖 for up to 30 % of the contestants, rounded down, on top.  Contestants
whose score is 合格 get the 专项职业能力证书.

Practice (rules.md): pass line 60/100; by default an award requires a pass.  A tie that straddles an
award boundary is never resolved silently: the tied contestants stay 待定 until the head judge's
decision, with a reason, is supplied.  Everything here is a pure function; the hand-check procedure
is in ``docs/rules-as-implemented.md``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.errors import Collected, ValidationError
from app.i18n import tr
from app.rules.ranking import Ranked, Standing
from app.vocab import COMPETED, DISQUALIFIED, AwardBase, status_label

FIRST, SECOND, THIRD, MERIT = "一等奖", "二等奖", "三等奖", "优胜奖"
AWARDS = (FIRST, SECOND, THIRD, MERIT)  # best first
PENDING = "待定"  # in a boundary tie that waits for the head judge
ALL_HIGHER, ORDER = "all_higher", "order"  # TieDecision.resolution
RESOLUTIONS = (ALL_HIGHER, ORDER)


def resolution_label(resolution: str) -> str:
    labels = {ALL_HIGHER: tr("并列者均授较高奖项"), ORDER: tr("按附加标准排定先后")}
    return labels.get(resolution, resolution)


def award_level(award: str | None) -> int:
    """0 for 一等奖 … 3 for 优胜奖, 4 for no award: smaller is better.  (待定 has no level.)"""
    if award == PENDING:
        raise ValueError("待定 has no level")
    return AWARDS.index(award) if award in AWARDS else len(AWARDS)


@dataclass(frozen=True)
class AwardSettings:
    pass_line: Decimal = Decimal(60)  # 合格线: total ≥ this passes
    award_requires_pass: bool = True  # 获奖须合格
    base: str = AwardBase.COMPETED.value  # N for the 优胜奖 rule (app.vocab.AwardBase)
    first: int = 1
    second: int = 2
    third: int = 3
    merit_threshold: int = 30  # MORE than this many contestants → 优胜奖
    merit_ratio: Decimal = Decimal("0.30")  # at most this share of N, rounded down

    def check(self) -> None:
        problems = Collected()
        if not isinstance(self.pass_line, Decimal) or not self.pass_line.is_finite() or self.pass_line < 0:
            problems.add(tr("合格线须为不小于 0 的数"), column=tr("合格线"), value=str(self.pass_line))
        if self.base not in tuple(AwardBase):
            problems.add(tr("优胜奖基数须为“实际参赛”或“报名”"), column=tr("优胜奖基数"), value=self.base)
        for name, value in (("first", self.first), ("second", self.second), ("third", self.third),
                            ("merit_threshold", self.merit_threshold)):
            if value < 0:
                problems.add(tr("名额不能为负"), column=name, value=str(value))
        if not isinstance(self.merit_ratio, Decimal) or not Decimal(0) <= self.merit_ratio <= Decimal(1):
            problems.add(tr("优胜奖比例须在 0 到 1 之间"), column=tr("优胜奖比例"), value=str(self.merit_ratio))
        problems.raise_if_any(tr("奖项设置有误"))


@dataclass(frozen=True)
class Quota:
    first: int
    second: int
    third: int
    merit: int

    @property
    def total(self) -> int:
        return self.first + self.second + self.third + self.merit

    def count(self, award: str) -> int:
        return dict(zip(AWARDS, (self.first, self.second, self.third, self.merit), strict=True))[award]

    def award_at(self, position: int) -> str | None:
        """The award of the n-th award slot (1-based), walking 一等奖 → 优胜奖; None past the end."""
        limit = 0
        for award in AWARDS:
            limit += self.count(award)
            if position <= limit:
                return award
        return None


def award_quota(n: int, settings: AwardSettings) -> Quota:
    """How many of each award a group of N contestants gets (N counted per ``settings.base``).

    优胜奖 = ⌊ratio × N⌋ only when N > threshold, computed in exact integers (31 → 9, 45 → 13,
    100 → 30, 30 → 0).  With fewer contestants than prizes, only as many as there are, best first.
    """
    settings.check()
    if n < 0:
        raise ValidationError(tr("参赛人数不能为负"), value=n)
    remaining = n
    counts: list[int] = []
    for wanted in (settings.first, settings.second, settings.third):
        got = min(wanted, remaining)
        counts.append(got)
        remaining -= got
    merit = 0
    if n > settings.merit_threshold:
        num, den = settings.merit_ratio.as_integer_ratio()  # exact: 0.30 → 3/10
        merit = min(n * num // den, remaining)
    return Quota(counts[0], counts[1], counts[2], merit)


def award_base_count(standings: Iterable[Standing], settings: AwardSettings) -> int:
    """N for the 优胜奖 rule.  "competed": those who took part — ranked, plus the disqualified (they
    competed and were then removed); 缺考 and 弃权 did not take part.  "registered": everyone listed."""
    standings = list(standings)
    if settings.base == AwardBase.REGISTERED:
        return len(standings)
    return sum(1 for s in standings if s.status in (COMPETED, DISQUALIFIED))


def passes(standings: Iterable[Standing], pass_line: Decimal) -> set[str]:
    """Contestants who passed (合格): competed and total ≥ pass line.  Independent of awards."""
    return {s.contestant for s in standings if s.status == COMPETED and s.total >= pass_line}


@dataclass(frozen=True)
class TieDecision:
    """The head judge's ruling on one boundary tie.  ``reason`` is required (it is printed)."""

    contestants: tuple[str, ...]  # exactly the contestants of the tie, any order
    resolution: str  # "all_higher" | "order"
    order: tuple[str, ...] = ()  # for "order": best first, every tied contestant once
    reason: str = ""


@dataclass(frozen=True)
class BoundaryTie:
    """Contestants sharing a place across which the award slots change."""

    place: int  # the shared rank
    contestants: tuple[str, ...]
    boundary: str  # e.g. "二等奖/三等奖", "优胜奖/无奖项"
    slots_left: int  # slots of the higher award left for this group (fewer than the group)
    options: tuple[str, ...]  # resolutions the head judge may choose
    spans: tuple[str | None, ...] = ()  # the award of each slot the group occupies, in slot order

    @property
    def higher(self) -> str:
        return self.spans[0] or ""

    def describe(self) -> str:
        return tr("第 {place} 名并列 {n} 人（{who}），跨越{boundary}界线，较高奖项只余 {k} 个名额").format(
            place=self.place, n=len(self.contestants), who="、".join(self.contestants),
            boundary=self.boundary, k=self.slots_left,
        )


@dataclass(frozen=True)
class Award:
    contestant: str
    award: str | None  # 一等奖 | 二等奖 | 三等奖 | 优胜奖 | 待定 | None
    passed: bool  # 合格
    rank: int | None  # the shared rank, or the place set by an "order" decision
    note: str  # why, in words, for the report ("" when nothing to say)


@dataclass(frozen=True)
class Allocation:
    awards: tuple[Award, ...]  # in ranking order, the unranked last
    open_ties: tuple[BoundaryTie, ...]  # waiting for a decision: sign-off must be blocked
    decided_ties: tuple[tuple[BoundaryTie, TieDecision], ...] = ()  # shown in the report too

    def award_of(self, contestant: str) -> Award:
        return next(a for a in self.awards if a.contestant == contestant)

    def counts(self) -> Counter[str]:
        """Awards handed out (待定 included under its own name; no award not counted)."""
        return Counter(a.award for a in self.awards if a.award is not None)

    def over_quota(self, quota: Quota) -> dict[str, int]:
        """Awards given beyond their quota (only ever by a recorded "all_higher" decision)."""
        counts = self.counts()
        return {a: counts[a] - quota.count(a) for a in AWARDS if counts[a] > quota.count(a)}


def _places(ranked: Sequence[Ranked]) -> list[list[Ranked]]:
    """Ranked contestants grouped by shared place, best first."""
    ordered = sorted((r for r in ranked if r.rank is not None), key=lambda r: (r.rank, r.contestant))
    places: list[list[Ranked]] = []
    for r in ordered:
        if places and places[-1][0].rank == r.rank:
            places[-1].append(r)
        else:
            places.append([r])
    return places


def _boundary(spans: tuple[str | None, ...]) -> str:
    return "/".join(a or tr("无奖项") for a in dict.fromkeys(spans))


def _who(names: Iterable[str]) -> str:
    return "、".join(names)


def _converted(spans: tuple[str | None, ...], award: str) -> str:
    """In words, which slots an "all_higher" decision turned into ``award``."""
    lower = Counter(spans[spans.count(spans[0]):])
    parts = [tr("{award} {n} 个").format(award=a, n=n) for a, n in lower.items() if a is not None]
    text = tr("原属{parts}的名额改授{award}").format(parts="、".join(parts), award=award) if parts else ""
    if lower[None]:
        added = tr("获奖人数另增 {n} 人").format(n=lower[None])
        text = f"{text}，{added}" if text else added
    return text


def _match_decisions(ties: list[BoundaryTie], decisions: Sequence[TieDecision]) -> dict[int, TieDecision]:
    """Map each tie (by place) to its decision; reject anything that is not a valid ruling on one."""
    problems = Collected()
    by_set = {frozenset(t.contestants): t for t in ties}
    matched: dict[int, TieDecision] = {}
    open_list = "；".join(t.describe() for t in ties) or tr("无")
    for d in decisions:
        who = _who(d.contestants)
        if not d.reason.strip():
            problems.add(tr("裁判长的决定必须写明理由"), value=who)
        if d.resolution not in RESOLUTIONS:
            problems.add(tr("未知的处理方式（应为“并列者均授较高奖项”或“按附加标准排定先后”）"),
                         value=d.resolution)
        tie = by_set.get(frozenset(d.contestants))
        if tie is None or len(set(d.contestants)) != len(d.contestants):
            problems.add(tr("该决定与任何跨奖项界线的并列都不对应；现有的并列：{ties}").format(ties=open_list),
                         value=who)
            continue
        if tie.place in matched:
            problems.add(tr("同一并列有不止一个决定"), value=who)
        if d.resolution == ORDER and sorted(d.order) != sorted(tie.contestants):
            problems.add(tr("排定先后须恰好列出并列的每位选手各一次"), value=_who(d.order))
        if d.resolution == ALL_HIGHER and d.order:
            problems.add(tr("“并列者均授较高奖项”不需要排定先后"), value=_who(d.order))
        matched[tie.place] = d
    problems.raise_if_any(tr("并列决定无效"))
    return matched


def allocate(ranked: Sequence[Ranked], quota: Quota, settings: AwardSettings,
             decisions: Sequence[TieDecision] = (), names: Mapping[str, str] | None = None) -> Allocation:
    """Walk the places best first and hand out the award slots 一等奖 → 优胜奖.

    A place shared by g contestants uses g slots.  If those g slots do not all carry the same award
    (the tie straddles a boundary) the group is 待定 until a decision: "order" gives the slots in the
    head judge's order; "all_higher" gives everyone the higher award — the group still uses g slots,
    so the lower award loses as many as the higher one gained.  Only at the last boundary (优胜奖/无奖项,
    or 三等奖/无奖项 without 优胜奖) is there no lower award to lose: there the number of awards grows
    by the excess, which the note states.  Because the group uses g slots either way, places after an
    undecided tie are allocated normally.  With ``award_requires_pass`` the walk stops at the first place below
    the pass line: unused slots are not passed down (everyone lower is below the line too).
    ``names`` (id → what a reader should see: a name, or a blind code before decryption) words the notes;
    ids without a name are written as they are.
    """
    settings.check()
    label = names or {}
    places = _places(ranked)

    # First pass: which slots each place occupies, and which places are boundary ties.
    spans_of: list[tuple[str | None, ...]] = []
    ties: list[BoundaryTie] = []
    used = 0
    for group in places:
        place, total = group[0].rank, group[0].total
        eligible = not settings.award_requires_pass or total >= settings.pass_line
        spans = tuple(quota.award_at(used + 1 + i) for i in range(len(group))) if eligible else (None,) * len(group)
        spans_of.append(spans)
        if eligible:
            used += len(group)
        if len(set(spans)) > 1:
            assert place is not None
            ties.append(BoundaryTie(place, tuple(r.contestant for r in group), _boundary(spans),
                                    spans.count(spans[0]), RESOLUTIONS, spans))
    decided = _match_decisions(ties, decisions)
    tie_at = {t.place: t for t in ties}

    # Second pass: the awards.
    out: list[Award] = []
    for group, spans in zip(places, spans_of, strict=True):
        place = group[0].rank
        assert place is not None
        passed = group[0].total >= settings.pass_line
        tie, decision = tie_at.get(place), decided.get(place)
        members = group
        if decision is not None and decision.resolution == ORDER:
            members = sorted(group, key=lambda r: decision.order.index(r.contestant))
        for i, r in enumerate(members):
            others = [label.get(o.contestant, o.contestant) for o in group if o is not r]
            notes: list[str] = []
            rank = place
            if tie is None:
                award = spans[0]
                if others:
                    notes.append(tr("与{who}并列第 {place} 名").format(who=_who(others), place=place))
            elif decision is None:
                award = PENDING
                notes.append(tr("与{who}并列第 {place} 名，跨越{boundary}界线，待裁判长决定").format(
                    who=_who(others), place=place, boundary=tie.boundary))
            elif decision.resolution == ALL_HIGHER:
                award = tie.higher
                notes.append(tr("与{who}并列第 {place} 名；裁判长决定均授{award}，{then}（理由：{reason}）").format(
                    who=_who(others), place=place, award=award, then=_converted(spans, award),
                    reason=decision.reason))
            else:
                award = spans[i]
                rank = place + i
                notes.append(tr("原与{who}并列第 {place} 名；裁判长按附加标准排定为第 {rank} 名（理由：{reason}）")
                             .format(who=_who(others), place=place, rank=rank, reason=decision.reason))
            # Say why only where an award would otherwise have been within reach.
            if settings.award_requires_pass and not passed and place + i <= quota.total:
                notes.append(tr("未达合格线（{line} 分），不授奖").format(line=settings.pass_line))
            out.append(Award(r.contestant, award, passed, rank, "；".join(notes)))
    for r in sorted((r for r in ranked if r.rank is None), key=lambda r: r.contestant):
        out.append(Award(r.contestant, None, False, None,
                         tr("{status}，不排名，不授奖").format(status=status_label(r.status))))
    open_ties = tuple(t for t in ties if t.place not in decided)
    decided_pairs = tuple((t, decided[t.place]) for t in ties if t.place in decided)
    return Allocation(tuple(out), open_ties, decided_pairs)
