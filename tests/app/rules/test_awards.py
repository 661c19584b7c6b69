"""Award quotas, allocation with boundary ties, pass rule: the worked examples of
docs/rules-as-implemented.md and hypothesis properties."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.rules.awards import (
    ALL_HIGHER,
    AWARDS,
    FIRST,
    MERIT,
    ORDER,
    PENDING,
    SECOND,
    THIRD,
    Allocation,
    AwardSettings,
    Quota,
    TieDecision,
    allocate,
    award_base_count,
    award_level,
    award_quota,
    passes,
)
from app.rules.ranking import ABSENT, COMPETED, DISQUALIFIED, STATUSES, WITHDREW, RankSettings, Standing, rank

D = Decimal
DEFAULT = AwardSettings()
PLAIN = RankSettings((), use_time=False)


def field(totals: list[float | int | str], status: dict[str, str] | None = None) -> list[Standing]:
    """Contestants p01, p02, … with the given totals (in that order); ``status`` overrides some."""
    status = status or {}
    return [
        Standing(f"p{i:02d}", status.get(f"p{i:02d}", COMPETED), D(str(t)))
        for i, t in enumerate(totals, start=1)
    ]


def run(standings: list[Standing], decisions=(), s: AwardSettings = DEFAULT) -> tuple[Allocation, Quota]:
    quota = award_quota(award_base_count(standings, s), s)
    return allocate(rank(standings, PLAIN), quota, s, decisions), quota


def awards(alloc: Allocation) -> dict[str, str | None]:
    return {a.contestant: a.award for a in alloc.awards}


def counted(alloc: Allocation) -> dict[str, int]:
    return dict(alloc.counts())


# ---- quota --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, Quota(0, 0, 0, 0)),
        (1, Quota(1, 0, 0, 0)),
        (2, Quota(1, 1, 0, 0)),
        (4, Quota(1, 2, 1, 0)),
        (6, Quota(1, 2, 3, 0)),
        (30, Quota(1, 2, 3, 0)),  # not MORE than 30: no 优胜奖
        (31, Quota(1, 2, 3, 9)),  # ⌊9.3⌋
        (33, Quota(1, 2, 3, 9)),  # ⌊9.9⌋: never rounded up
        (34, Quota(1, 2, 3, 10)),  # exactly 10.2 → 10
        (45, Quota(1, 2, 3, 13)),  # ⌊13.5⌋
        (100, Quota(1, 2, 3, 30)),
    ],
)
def test_award_quota(n: int, expected: Quota) -> None:
    assert award_quota(n, DEFAULT) == expected


def test_quota_configurable_and_exact() -> None:
    s = AwardSettings(merit_threshold=10, merit_ratio=D("0.1"))
    assert award_quota(11, s).merit == 1  # 1.1 → 1 (floats would give 1.1000000000000001)
    assert award_quota(70, AwardSettings(merit_ratio=D("0.3"))).merit == 21  # 0.3 × 70 exactly 21
    with pytest.raises(ValidationError):
        award_quota(-1, DEFAULT)
    with pytest.raises(ValidationError):
        award_quota(10, AwardSettings(base="everyone"))


@given(st.integers(0, 2000))
def test_quota_properties(n: int) -> None:
    q = award_quota(n, DEFAULT)
    assert q.total <= n
    assert q.merit == (n * 3 // 10 if n > 30 else 0)
    assert 10 * q.merit <= 3 * n  # never above 30 %
    assert (q.first, q.second, q.third) == ((1, 2, 3) if n >= 6 else (q.first, q.second, q.third))


def test_base_count_competed_vs_registered() -> None:
    # 32 registered; 1 缺考, 1 弃权, 1 取消资格 → 30 took part: no 优胜奖 on "competed".
    rows = field([90] * 32, {"p05": ABSENT, "p06": WITHDREW, "p07": DISQUALIFIED})
    assert award_base_count(rows, DEFAULT) == 30
    assert award_base_count(rows, AwardSettings(base="registered")) == 32
    assert award_quota(30, DEFAULT).merit == 0
    assert award_quota(32, DEFAULT).merit == 9


# ---- worked examples ---------------------------------------------------------------------

def test_n6_everyone_placed() -> None:
    alloc, quota = run(field([95, 90, 85, 80, 75, 70]))
    assert quota == Quota(1, 2, 3, 0)
    assert list(awards(alloc).values()) == [FIRST, SECOND, SECOND, THIRD, THIRD, THIRD]
    assert alloc.open_ties == ()


def test_n30_six_awards_no_merit() -> None:
    alloc, _ = run(field(list(range(99, 69, -1))))
    assert counted(alloc) == {FIRST: 1, SECOND: 2, THIRD: 3}
    assert awards(alloc)["p07"] is None


def test_n31_nine_merits() -> None:
    alloc, quota = run(field(list(range(99, 68, -1))))
    assert quota.merit == 9
    assert counted(alloc) == {FIRST: 1, SECOND: 2, THIRD: 3, MERIT: 9}
    got = awards(alloc)
    assert got["p07"] == MERIT and got["p15"] == MERIT and got["p16"] is None


def test_n45_thirteen_merits() -> None:
    alloc, _ = run(field(list(range(99, 54, -1))))  # 99 … 55: places 1–19 all ≥ 81
    assert counted(alloc) == {FIRST: 1, SECOND: 2, THIRD: 3, MERIT: 13}
    assert awards(alloc)["p19"] == MERIT and awards(alloc)["p20"] is None


def test_n100_thirty_merits() -> None:
    totals = [D(100) - D(i) / 4 for i in range(100)]  # 100, 99.75, … 75.25: all distinct, all pass
    alloc, _ = run(field(totals))
    assert counted(alloc) == {FIRST: 1, SECOND: 2, THIRD: 3, MERIT: 30}
    assert awards(alloc)["p36"] == MERIT and awards(alloc)["p37"] is None


def test_tie_at_first_second_boundary() -> None:
    rows = field([95, 95, 90, 85, 80, 75])
    alloc, _ = run(rows)
    assert awards(alloc) == {"p01": PENDING, "p02": PENDING, "p03": SECOND, "p04": THIRD, "p05": THIRD,
                             "p06": THIRD}
    (tie,) = alloc.open_ties
    assert (tie.place, tie.contestants, tie.boundary, tie.slots_left) == (1, ("p01", "p02"), "一等奖/二等奖", 1)
    assert tie.options == (ALL_HIGHER, ORDER)
    assert "待裁判长决定" in alloc.award_of("p01").note

    # The head judge orders them after an extra criterion: places 1 and 2, counts exactly the quota.
    ordered, quota = run(rows, [TieDecision(("p02", "p01"), ORDER, ("p02", "p01"), "加赛一题，p02 用时更短")])
    assert awards(ordered)["p02"] == FIRST and awards(ordered)["p01"] == SECOND
    assert ordered.award_of("p01").rank == 2 and ordered.award_of("p02").rank == 1
    assert counted(ordered) == {FIRST: 1, SECOND: 2, THIRD: 3} and ordered.open_ties == ()
    assert "加赛一题" in ordered.award_of("p01").note
    assert ordered.over_quota(quota) == {}

    # Or both get the higher award: 2 first prizes, the second prize they used is gone.
    both, quota = run(rows, [TieDecision(("p01", "p02"), ALL_HIGHER, (), "组委会同意并列一等奖")])
    assert list(awards(both).values()) == [FIRST, FIRST, SECOND, THIRD, THIRD, THIRD]
    assert both.over_quota(quota) == {FIRST: 1}
    assert "原属二等奖 1 个的名额改授一等奖" in both.award_of("p01").note
    assert [(t.place, d.resolution) for t, d in both.decided_ties] == [(1, ALL_HIGHER)]


def test_shared_place_inside_one_award_is_not_a_boundary_tie() -> None:
    alloc, _ = run(field([95, 90, 90, 85, 85, 85]))  # 1, 2, 2, 4, 4, 4
    assert list(awards(alloc).values()) == [FIRST, SECOND, SECOND, THIRD, THIRD, THIRD]
    assert alloc.open_ties == ()
    assert [a.rank for a in alloc.awards] == [1, 2, 2, 4, 4, 4]
    assert "并列第 2 名" in alloc.award_of("p02").note


def test_tie_at_second_third_boundary_all_higher() -> None:
    rows = field([99, 95, 90, 90, 80, 70, 65])
    alloc, _ = run(rows)
    assert alloc.open_ties[0].boundary == "二等奖/三等奖" and alloc.open_ties[0].slots_left == 1
    both, _ = run(rows, [TieDecision(("p03", "p04"), ALL_HIGHER, (), "并列者成绩完全相同")])
    assert list(awards(both).values()) == [FIRST, SECOND, SECOND, SECOND, THIRD, THIRD, None]


def test_tie_at_third_merit_boundary() -> None:
    # 31 contestants; p06 and p07 share place 6, the last 三等奖 slot.
    rows = field([99, 98, 97, 96, 95, 94, 94] + list(range(90, 66, -1)))
    alloc, _ = run(rows)
    (tie,) = alloc.open_ties
    assert (tie.place, tie.boundary, tie.slots_left) == (6, "三等奖/优胜奖", 1)
    # Later places are not affected by the pending tie: p08 … p15 get 优胜奖 (slots 8–15).
    assert counted(alloc) == {FIRST: 1, SECOND: 2, THIRD: 2, PENDING: 2, MERIT: 8}
    decided, _ = run(rows, [TieDecision(("p06", "p07"), ORDER, ("p07", "p06"), "模块 C 复核")])
    assert counted(decided) == {FIRST: 1, SECOND: 2, THIRD: 3, MERIT: 9}
    assert awards(decided)["p07"] == THIRD and awards(decided)["p06"] == MERIT


def test_tie_at_last_merit_place() -> None:
    # 31 contestants → 15 award slots; places 15, 16, 17 share 70 points: one 优胜奖 slot for three.
    rows = field(list(range(99, 85, -1)) + [70, 70, 70] + list(range(65, 51, -1)))
    alloc, quota = run(rows)
    (tie,) = alloc.open_ties
    assert (tie.place, tie.contestants, tie.boundary, tie.slots_left) == (15, ("p15", "p16", "p17"),
                                                                          "优胜奖/无奖项", 1)
    assert counted(alloc) == {FIRST: 1, SECOND: 2, THIRD: 3, MERIT: 8, PENDING: 3}
    assert awards(alloc)["p18"] is None

    ordered, _ = run(rows, [TieDecision(("p15", "p16", "p17"), ORDER, ("p16", "p15", "p17"), "模块 A 较高者优先")])
    assert [awards(ordered)[c] for c in ("p16", "p15", "p17")] == [MERIT, None, None]
    assert counted(ordered)[MERIT] == 9

    everyone, _ = run(rows, [TieDecision(("p15", "p16", "p17"), ALL_HIGHER, (), "同分不区分")])
    assert counted(everyone)[MERIT] == 11 and everyone.over_quota(quota) == {MERIT: 2}
    assert "获奖人数另增 2 人" in everyone.award_of("p15").note


def test_tie_spanning_three_awards() -> None:
    alloc, _ = run(field([90, 90, 90, 90, 90, 80]))
    (tie,) = alloc.open_ties
    assert tie.boundary == "一等奖/二等奖/三等奖" and tie.slots_left == 1
    assert awards(alloc)["p06"] == THIRD


def test_withdrawn_in_the_middle() -> None:
    rows = field([95, 90, 0, 85, 80, 75, 70], {"p03": WITHDREW})
    alloc, quota = run(rows)
    assert quota == Quota(1, 2, 3, 0)  # 6 took part
    assert [a.contestant for a in alloc.awards][-1] == "p03"  # listed after the ranked
    w = alloc.award_of("p03")
    assert (w.award, w.rank, w.passed) == (None, None, False) and "弃权" in w.note
    assert awards(alloc) == {"p01": FIRST, "p02": SECOND, "p04": SECOND, "p05": THIRD, "p06": THIRD,
                             "p07": THIRD, "p03": None}


def test_below_pass_line_inside_prize_range_stops_the_walk() -> None:
    alloc, _ = run(field([95, 88, 72, 59.99, 50, 40]))
    assert list(awards(alloc).values()) == [FIRST, SECOND, SECOND, None, None, None]
    low = alloc.award_of("p04")
    assert not low.passed and low.rank == 4 and "未达合格线（60 分）" in low.note
    assert counted(alloc) == {FIRST: 1, SECOND: 2}  # the third prizes are not passed down


def test_exactly_pass_line_passes() -> None:
    alloc, _ = run(field([95, 60, 60.00]))
    assert awards(alloc) == {"p01": FIRST, "p02": SECOND, "p03": SECOND}
    assert passes(field([95, 60, 59.99]), D(60)) == {"p01", "p02"}


def test_tie_below_pass_line_is_not_a_boundary_tie() -> None:
    alloc, _ = run(field([95, 50, 50]))
    assert alloc.open_ties == () and list(awards(alloc).values()) == [FIRST, None, None]
    with pytest.raises(ValidationError):  # so a decision on it is rejected
        run(field([95, 50, 50]), [TieDecision(("p02", "p03"), ORDER, ("p02", "p03"), "x")])


def test_award_without_pass_when_configured() -> None:
    s = AwardSettings(award_requires_pass=False)
    alloc, _ = run(field([95, 88, 72, 55, 50, 40]), s=s)
    assert list(awards(alloc).values()) == [FIRST, SECOND, SECOND, THIRD, THIRD, THIRD]
    assert not alloc.award_of("p04").passed and alloc.award_of("p04").note == ""


def test_pass_rule() -> None:
    rows = field([95, 60, 59.99, 80, 100], {"p04": DISQUALIFIED, "p05": ABSENT})
    assert passes(rows, D(60)) == {"p01", "p02"}
    assert passes(rows, D("59.99")) == {"p01", "p02", "p03"}


def test_fewer_contestants_than_prizes() -> None:
    alloc, quota = run(field([80, 70]))
    assert quota == Quota(1, 1, 0, 0) and list(awards(alloc).values()) == [FIRST, SECOND]


# ---- decisions are checked ---------------------------------------------------------------

TIED = field([95, 95, 90, 85, 80, 75])


@pytest.mark.parametrize(
    ("decision", "words"),
    [
        (TieDecision(("p01", "p02"), ALL_HIGHER, (), "  "), "理由"),
        (TieDecision(("p01", "p03"), ORDER, ("p01", "p03"), "x"), "不对应"),
        (TieDecision(("p01",), ORDER, ("p01",), "x"), "不对应"),
        (TieDecision(("p01", "p02"), ORDER, ("p01",), "x"), "各一次"),
        (TieDecision(("p01", "p02"), ORDER, ("p01", "p01"), "x"), "各一次"),
        (TieDecision(("p01", "p02"), ALL_HIGHER, ("p01", "p02"), "x"), "不需要"),
        (TieDecision(("p01", "p02"), "draw", (), "x"), "未知的处理方式"),
    ],
)
def test_bad_decisions_rejected(decision: TieDecision, words: str) -> None:
    with pytest.raises(ValidationError) as err:
        run(TIED, [decision])
    assert words in str(err.value)


def test_mismatch_message_lists_the_open_ties() -> None:
    with pytest.raises(ValidationError) as err:
        run(TIED, [TieDecision(("p03", "p04"), ALL_HIGHER, (), "x")])
    assert "第 1 名并列 2 人（p01、p02）" in str(err.value)


def test_two_decisions_for_one_tie_rejected() -> None:
    d = TieDecision(("p01", "p02"), ALL_HIGHER, (), "x")
    with pytest.raises(ValidationError, match="并列决定无效"):
        run(TIED, [d, TieDecision(("p02", "p01"), ORDER, ("p01", "p02"), "y")])


# ---- properties ---------------------------------------------------------------------------

points = st.integers(100, 200).map(lambda i: D(i) / 2)  # 50 … 100 in halves: ties and fails
rows_st = st.lists(st.tuples(points, st.sampled_from(STATUSES + (COMPETED,) * 6)), max_size=45).map(
    lambda rows: [Standing(f"p{i:02d}", status, total) for i, (total, status) in enumerate(rows)]
)
award_settings_st = st.builds(AwardSettings, award_requires_pass=st.booleans(),
                              base=st.sampled_from(["competed", "registered"]))


def _quota(rows: list[Standing], s: AwardSettings) -> Quota:
    return award_quota(award_base_count(rows, s), s)


def _decide_all(alloc: Allocation, data: st.DataObject) -> list[TieDecision]:
    out = []
    for tie in alloc.open_ties:
        if data.draw(st.booleans()):
            out.append(TieDecision(tie.contestants, ALL_HIGHER, (), "r"))
        else:
            order = data.draw(st.permutations(tie.contestants))
            out.append(TieDecision(tie.contestants, ORDER, tuple(order), "r"))
    return out


@settings(max_examples=150)
@given(rows_st, award_settings_st)
def test_counts_never_exceed_quota_without_decisions(rows, s) -> None:
    quota = _quota(rows, s)
    alloc = allocate(rank(rows, PLAIN), quota, s)
    counts = alloc.counts()
    for award in AWARDS:
        assert counts[award] <= quota.count(award)
    # A pending tie may hold more people than award slots (at the last boundary); its slots count.
    held = sum(sum(1 for a in t.spans if a is not None) for t in alloc.open_ties)
    assert sum(counts[a] for a in AWARDS) + held <= quota.total
    assert alloc.over_quota(quota) == {}
    assert counts[PENDING] == sum(len(t.contestants) for t in alloc.open_ties)


@settings(max_examples=150)
@given(rows_st, award_settings_st, st.data())
def test_decisions_exceed_quota_only_by_all_higher(rows, s, data) -> None:
    quota = _quota(rows, s)
    ranked = rank(rows, PLAIN)
    first = allocate(ranked, quota, s)
    decisions = _decide_all(first, data)
    alloc = allocate(ranked, quota, s, decisions)
    assert alloc.open_ties == () and PENDING not in alloc.counts()
    allowance: Counter[str] = Counter()
    for tie, d in alloc.decided_ties:
        if d.resolution == ALL_HIGHER:
            allowance[tie.higher] += len(tie.contestants) - tie.slots_left
    for award in AWARDS:
        assert alloc.counts()[award] <= quota.count(award) + allowance[award]
    if not any(d.resolution == ALL_HIGHER for d in decisions):
        assert all(alloc.counts()[a] <= quota.count(a) for a in AWARDS)
    # Awards outside the decided ties are the same as before the decisions.
    decided = {c for t, _ in alloc.decided_ties for c in t.contestants}
    before = {a.contestant: a.award for a in first.awards}
    assert all(before[a.contestant] == a.award for a in alloc.awards if a.contestant not in decided)
    _higher_total_never_lower_award(alloc, rows)


@settings(max_examples=150)
@given(rows_st, award_settings_st)
def test_higher_total_never_gets_lower_award(rows, s) -> None:
    alloc = allocate(rank(rows, PLAIN), _quota(rows, s), s)
    _higher_total_never_lower_award(alloc, rows)


def _higher_total_never_lower_award(alloc: Allocation, rows: list[Standing]) -> None:
    total = {r.contestant: r.total for r in rows}
    placed = [a for a in alloc.awards if a.rank is not None and a.award != PENDING]
    for a in placed:
        for b in placed:
            if total[a.contestant] > total[b.contestant]:
                assert award_level(a.award) <= award_level(b.award)
    # A pending tie sits between the awards above and below it.
    for a in alloc.awards:
        if a.award == PENDING:
            tie = next(t for t in alloc.open_ties if a.contestant in t.contestants)
            for b in placed:
                if total[b.contestant] > total[a.contestant]:
                    assert award_level(b.award) <= award_level(tie.spans[0])
                if total[b.contestant] < total[a.contestant]:
                    assert award_level(b.award) >= award_level(tie.spans[-1])


@settings(max_examples=150)
@given(rows_st, award_settings_st, st.data())
def test_unranked_never_get_awards_and_awards_need_pass(rows, s, data) -> None:
    ranked = rank(rows, PLAIN)
    quota = _quota(rows, s)
    alloc = allocate(ranked, quota, s, _decide_all(allocate(ranked, quota, s), data))
    status = {r.contestant: r.status for r in rows}
    passed = passes(rows, s.pass_line)
    assert sorted(a.contestant for a in alloc.awards) == sorted(status)
    for a in alloc.awards:
        assert a.passed == (a.contestant in passed)
        if status[a.contestant] != COMPETED:
            assert a.award is None and a.rank is None
        if s.award_requires_pass and not a.passed:
            assert a.award is None


@settings(max_examples=100)
@given(rows_st)
def test_every_passing_contestant_in_range_is_awarded_when_no_ties(rows) -> None:
    # Distinct totals: the first min(quota, passing) contestants get exactly the slot awards in order.
    seen: set[Decimal] = set()
    rows = [r for r in rows if not (r.total in seen or seen.add(r.total))]
    quota = _quota(rows, DEFAULT)
    alloc = allocate(rank(rows, PLAIN), quota, DEFAULT)
    placed = [a for a in alloc.awards if a.rank is not None]
    for i, a in enumerate(placed, start=1):
        assert a.award == (quota.award_at(i) if a.passed else None)


def test_notes_use_the_names_given() -> None:
    """Notes word the tie with what the reader sees (names after decryption), the ids otherwise."""
    ranked = rank([Standing("p1", COMPETED, Decimal(95)), Standing("p2", COMPETED, Decimal(95)),
                   Standing("p3", COMPETED, Decimal(50))], RankSettings(use_time=False))
    settings = AwardSettings()
    quota = award_quota(3, settings)
    named = allocate(ranked, quota, settings, names={"p1": "张三", "p2": "李四"})
    assert named.award_of("p1").note == "与李四并列第 1 名，跨越一等奖/二等奖界线，待裁判长决定"
    assert allocate(ranked, quota, settings).award_of("p2").note.startswith("与p1并列第 1 名")
    decided = allocate(ranked, quota, settings, [TieDecision(("p1", "p2"), ALL_HIGHER, (), "合议")],
                       names={"p1": "张三", "p2": "李四"})
    assert decided.award_of("p2").note == ("与张三并列第 1 名；裁判长决定均授一等奖，原属二等奖 1 个的名额改授一等奖"
                                           "（理由：合议）")
    assert decided.award_of("p3").note == "未达合格线（60 分），不授奖"
