"""The linear ranking gives exactly what the pairwise definition gives (issue 17: the committee ranks ~15,000).

``pairwise_rank`` is the definition, as the former implementation worked it out: rank = 1 + how many keys are
strictly better, tied = every other equal key, the separating criterion = the deepest first difference against
any other of equal total.  ``separation_notes`` (all at once) is compared with ``separation_note``, which scans
the whole list for one contestant.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.rules.ranking import (
    COMPETED,
    STATUSES,
    Ranked,
    RankSettings,
    Standing,
    _first_difference,
    check_standings,
    criterion_labels,
    rank,
    separation_note,
    separation_notes,
    sort_key,
)


def pairwise_rank(standings: list[Standing], settings: RankSettings) -> tuple[Ranked, ...]:
    check_standings(standings)
    labels = criterion_labels(settings)

    def key(s: Standing) -> tuple[Any, ...]:
        return sort_key(s, settings)

    field = sorted((s for s in standings if s.status == COMPETED), key=lambda s: (key(s), s.contestant))
    placed = []
    for s in field:
        better = sum(1 for o in field if key(o) < key(s))
        tied = tuple(o.contestant for o in field if o is not s and key(o) == key(s))
        depths = [d for o in field if o is not s and o.total == s.total
                  and (d := _first_difference(key(o), key(s))) is not None]
        placed.append(Ranked(s.contestant, better + 1, s.status, s.total, tied,
                             labels[max(depths) - 1] if depths else None))
    rest = sorted((s for s in standings if s.status != COMPETED), key=lambda s: s.contestant)
    return tuple(placed) + tuple(Ranked(s.contestant, None, s.status, s.total, (), None) for s in rest)


# Few values, so that totals, module scores and times tie often; one value in two spellings (1 = 1.0 = 1.00).
points = st.sampled_from([Decimal("0"), Decimal("0.5"), Decimal("1"), Decimal("1.0"), Decimal("1.00"),
                          Decimal("1.5"), Decimal("2")])
modules = st.fixed_dictionaries({}, optional={"A": points, "B": points, "C": points})
standings_lists = st.lists(
    st.builds(Standing, contestant=st.text("abcdefghij", min_size=1, max_size=2), status=st.sampled_from(STATUSES),
              total=points, module_scores=modules, time_used_s=st.one_of(st.none(), st.integers(0, 2))),
    max_size=40, unique_by=lambda s: s.contestant,
)
settings_st = st.builds(RankSettings, tie_break_modules=st.lists(st.sampled_from(["A", "B", "C"]), unique=True,
                                                                 max_size=3).map(tuple), use_time=st.booleans())
names_st = st.one_of(st.none(), st.dictionaries(st.text("abcdefghij", min_size=1, max_size=2), st.text("张李王", max_size=2)))


@settings(max_examples=400)
@given(standings_lists, settings_st)
def test_linear_rank_equals_the_pairwise_definition(rows: list[Standing], rank_settings: RankSettings) -> None:
    assert rank(rows, rank_settings) == pairwise_rank(rows, rank_settings)


@settings(max_examples=300)
@given(standings_lists, settings_st, names_st)
def test_all_notes_at_once_equal_one_note_at_a_time(rows: list[Standing], rank_settings: RankSettings,
                                                    names: dict[str, str] | None) -> None:
    ranked = rank(rows, rank_settings)
    notes = separation_notes(ranked, names)
    assert set(notes) == {r.contestant for r in ranked}
    for r in ranked:
        assert notes[r.contestant] == separation_note(ranked, r.contestant, names)


def test_a_long_run_of_equal_totals_separated_step_by_step() -> None:
    """Ten equal totals separated by module A, then B, then time: each names the deepest step it needed."""
    rows = [Standing(f"p{i}", COMPETED, Decimal(50), {"A": Decimal(i // 4), "B": Decimal(i // 2 % 2)}, i % 2)
            for i in range(10)]
    rank_settings = RankSettings(("A", "B"), use_time=True)
    assert rank(rows, rank_settings) == pairwise_rank(rows, rank_settings)
    assert {r.tie_broken_by for r in rank(rows, rank_settings)} == {"用时"}
