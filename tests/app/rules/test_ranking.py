"""Ranking: worked examples a 裁判长 can redo by hand, and hypothesis properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.rules.ranking import (
    ABSENT,
    COMPETED,
    DISQUALIFIED,
    STATUSES,
    WITHDREW,
    RankSettings,
    Standing,
    rank,
    sort_key,
)

D = Decimal
NO_TIE_BREAK = RankSettings((), use_time=False)


def people(*rows: tuple) -> list[Standing]:
    """Rows of (id, total[, {module: score}[, seconds[, status]]])."""
    out = []
    for row in rows:
        cid, total, *rest = row
        modules = rest[0] if len(rest) > 0 else {}
        time = rest[1] if len(rest) > 1 else None
        status = rest[2] if len(rest) > 2 else COMPETED
        out.append(Standing(cid, status, D(str(total)), {k: D(str(v)) for k, v in modules.items()}, time))
    return out


def places(ranked) -> list[tuple[str, int | None]]:
    return [(r.contestant, r.rank) for r in ranked]


def test_total_descending() -> None:
    ranked = rank(people(("c", 70), ("a", 91.5), ("b", 80)), NO_TIE_BREAK)
    assert places(ranked) == [("a", 1), ("b", 2), ("c", 3)]
    assert all(r.tied_with == () and r.tie_broken_by is None for r in ranked)


def test_shared_place_1_2_2_4() -> None:
    ranked = rank(people(("a", 95), ("c", 88), ("b", 88), ("d", 80)), NO_TIE_BREAK)
    # Shared place listed by id; the next place skips one.
    assert places(ranked) == [("a", 1), ("b", 2), ("c", 2), ("d", 4)]
    by_id = {r.contestant: r for r in ranked}
    assert by_id["b"].tied_with == ("c",) and by_id["c"].tied_with == ("b",)
    assert by_id["b"].shared and not by_id["a"].shared


def test_three_way_share_then_5() -> None:
    ranked = rank(people(("a", 80), ("b", 80), ("c", 80), ("d", 70), ("e", 60)), NO_TIE_BREAK)
    assert [r.rank for r in ranked] == [1, 1, 1, 4, 5]
    assert ranked[0].tied_with == ("b", "c")


def test_module_tie_break_in_configured_order() -> None:
    # a and b have 85; module B first: a 30 > b 25, although b is better in module A.
    rows = people(("a", 85, {"A": 40, "B": 30}), ("b", 85, {"A": 45, "B": 25}), ("c", 90))
    ranked = rank(rows, RankSettings(("B", "A"), use_time=False))
    assert places(ranked) == [("c", 1), ("a", 2), ("b", 3)]
    assert ranked[1].tie_broken_by == "模块 B" and ranked[2].tie_broken_by == "模块 B"
    # With module A first the order flips.
    ranked = rank(rows, RankSettings(("A", "B"), use_time=False))
    assert places(ranked) == [("c", 1), ("b", 2), ("a", 3)]
    assert ranked[1].tie_broken_by == "模块 A"


def test_second_module_used_when_first_equal() -> None:
    rows = people(("a", 85, {"A": 40, "B": 30}), ("b", 85, {"A": 40, "B": 31}))
    ranked = rank(rows, RankSettings(("A", "B"), use_time=False))
    assert places(ranked) == [("b", 1), ("a", 2)]
    assert ranked[0].tie_broken_by == "模块 B"


def test_missing_module_score_counts_as_zero() -> None:
    rows = people(("a", 85, {"A": 0}), ("b", 85, {}), ("c", 85, {"A": 1}))
    ranked = rank(rows, RankSettings(("A",), use_time=False))
    assert places(ranked) == [("c", 1), ("a", 2), ("b", 2)]


def test_time_tie_break_less_time_first_none_worst() -> None:
    rows = people(("a", 85, {}, 3600), ("b", 85, {}, 3000), ("c", 85, {}, None), ("d", 85, {}, 3000))
    ranked = rank(rows, RankSettings(()))
    assert places(ranked) == [("b", 1), ("d", 1), ("a", 3), ("c", 4)]
    assert ranked[2].tie_broken_by == "用时" and ranked[3].tie_broken_by == "用时"
    # b and d share 1st on time too; they were still separated from a and c by time.
    assert ranked[0].tied_with == ("d",) and ranked[0].tie_broken_by == "用时"
    # Time switched off: all four share 1st.
    assert [r.rank for r in rank(rows, NO_TIE_BREAK)] == [1, 1, 1, 1]


def test_modules_before_time() -> None:
    rows = people(("a", 85, {"B": 20}, 1000), ("b", 85, {"B": 21}, 5000))
    ranked = rank(rows, RankSettings(("B",)))
    assert places(ranked) == [("b", 1), ("a", 2)]
    assert ranked[0].tie_broken_by == "模块 B"


def test_tie_broken_by_reports_the_deepest_criterion_needed() -> None:
    # a beats b and c on module B; b and c equal on B, separated by time.
    rows = people(("a", 85, {"B": 30}, 900), ("b", 85, {"B": 20}, 800), ("c", 85, {"B": 20}, 700))
    ranked = rank(rows, RankSettings(("B",)))
    assert [(r.contestant, r.rank, r.tie_broken_by) for r in ranked] == [
        ("a", 1, "模块 B"), ("c", 2, "用时"), ("b", 3, "用时"),
    ]


def test_unranked_statuses_listed_after_without_rank() -> None:
    rows = people(
        ("a", 90), ("w", 0, {}, None, WITHDREW), ("b", 70),
        ("x", 95, {}, None, DISQUALIFIED), ("m", 0, {}, None, ABSENT),
    )
    ranked = rank(rows, NO_TIE_BREAK)
    # A withdrawn contestant in the middle of the list takes no place: b is 2nd.
    assert places(ranked) == [("a", 1), ("b", 2), ("m", None), ("w", None), ("x", None)]
    assert ranked[-1].status == DISQUALIFIED


def test_decimal_precision_kept() -> None:
    ranked = rank(people(("a", "85.00"), ("b", "85.01"), ("c", "85.0")), NO_TIE_BREAK)
    assert places(ranked) == [("b", 1), ("a", 2), ("c", 2)]


def test_module_scores_dict_is_frozen_and_hashable() -> None:
    s = Standing("a", COMPETED, D(80), {"B": D(1), "A": D(2)}, 10)
    assert s.module_scores == (("A", D(2)), ("B", D(1)))
    assert hash(s) == hash(Standing("a", COMPETED, D(80), (("B", D(1)), ("A", D(2))), 10))
    assert s.module("A") == D(2) and s.module("Z") == D(0)


def test_bad_input_rejected_with_every_problem() -> None:
    rows = [
        Standing("a", COMPETED, D(80)),
        Standing("a", COMPETED, D(70)),
        Standing("b", "sick", D(1)),
        Standing("c", COMPETED, 80.5),  # type: ignore[arg-type]
    ]
    with pytest.raises(ValidationError) as err:
        rank(rows, NO_TIE_BREAK)
    assert len(err.value.problems) == 3
    assert "无法排名" in str(err.value)


def test_empty() -> None:
    assert rank([], RankSettings()) == ()


# ---- properties ---------------------------------------------------------------------------

points = st.integers(0, 20).map(lambda i: D(i) / 2)  # few values → many ties
modules = st.fixed_dictionaries({"A": points, "B": points})
standings_lists = st.lists(
    st.builds(
        Standing,
        contestant=st.text("abcdefgh", min_size=1, max_size=3),
        status=st.sampled_from(STATUSES),
        total=points,
        module_scores=modules,
        time_used_s=st.one_of(st.none(), st.integers(0, 3)),
    ),
    max_size=25,
    unique_by=lambda s: s.contestant,
)
settings_st = st.builds(
    RankSettings,
    tie_break_modules=st.lists(st.sampled_from(["A", "B"]), unique=True, max_size=2).map(tuple),
    use_time=st.booleans(),
)


@given(standings_lists, settings_st)
def test_rank_is_one_plus_strictly_better_and_equal_key_iff_equal_rank(rows, settings) -> None:
    ranked = rank(rows, settings)
    by_id = {s.contestant: s for s in rows}
    competed = [s for s in rows if s.status == COMPETED]
    for r in ranked:
        if r.status != COMPETED:
            assert r.rank is None
            continue
        key = sort_key(by_id[r.contestant], settings)
        better = sum(1 for o in competed if sort_key(o, settings) < key)
        assert r.rank == 1 + better
        same = {o.contestant for o in competed if o.contestant != r.contestant and sort_key(o, settings) == key}
        assert set(r.tied_with) == same
    ranks = {r.contestant: r.rank for r in ranked}
    for a in competed:
        for b in competed:
            same_key = sort_key(a, settings) == sort_key(b, settings)
            assert same_key == (ranks[a.contestant] == ranks[b.contestant])


@given(standings_lists, settings_st)
def test_output_order_deterministic_and_complete(rows, settings) -> None:
    ranked = rank(rows, settings)
    assert ranked == rank(list(reversed(rows)), settings)  # input order does not matter
    assert sorted(r.contestant for r in ranked) == sorted(s.contestant for s in rows)
    order = [(r.rank is None, r.rank or 0, r.contestant) for r in ranked]
    assert order == sorted(order)
    # A higher total never ranks lower.
    for a in ranked:
        for b in ranked:
            if a.rank is not None and b.rank is not None and a.total > b.total:
                assert a.rank < b.rank


@given(standings_lists, settings_st)
def test_tie_broken_by_only_between_equal_totals(rows, settings) -> None:
    for r in rank(rows, settings):
        others_same_total = [
            o for o in rows if o.status == COMPETED and o.contestant != r.contestant and o.total == r.total
        ]
        separated = [o for o in others_same_total if o.contestant not in r.tied_with]
        assert (r.tie_broken_by is not None) == (r.rank is not None and bool(separated))


def test_separation_note_names_the_step_in_words() -> None:
    """The worked example of rules-as-implemented §2: a and b both 85, separated by 模块 B."""
    from app.rules.ranking import separation_note

    settings = RankSettings(tie_break_modules=("B", "A"), use_time=True)
    ranked = rank([Standing("c", COMPETED, Decimal(90)),
                   Standing("a", COMPETED, Decimal(85), {"B": Decimal(30), "A": Decimal(40)}),
                   Standing("b", COMPETED, Decimal(85), {"B": Decimal(25), "A": Decimal(45)}),
                   Standing("d", COMPETED, Decimal(70), {}, 3000), Standing("e", COMPETED, Decimal(70), {}, 3600)],
                  settings)
    names = {"a": "张三", "b": "李四"}
    assert separation_note(ranked, "b", names) == "总分与张三相同，按模块 B 分出先后"
    assert separation_note(ranked, "a", names) == "总分与李四相同，按模块 B 分出先后"
    assert separation_note(ranked, "d") == "总分与e相同，按用时分出先后"  # no name given: the id
    assert separation_note(ranked, "c") == ""
