"""Score aggregation: worked examples a head judge would check by hand, and properties."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.rules.scoring import (
    Criterion,
    Deduction,
    Entry,
    completeness,
    conflicts,
    contestant_totals,
    current_seconds,
    current_values,
    double_entry_mismatches,
    judgement_score,
    module_scores,
    round_points,
    spread,
    spread_flags,
    spread_violations,
    validate_value,
)

A13 = Criterion("A1.3", "A", "J", D(6))
A21 = Criterion("A2.1", "A", "M", D(5))
B11 = Criterion("B1.1", "B", "J", D(9), judges=5)
B12 = Criterion("B1.2", "B", "M", D("10"))
SCHEME = (A13, A21, B11, B12)


def e(
    id: int,
    criterion: str,
    value: str,
    judge: str | None = None,
    contestant: str = "P1",
    supersedes: int | None = None,
    kind: str = "entry",
) -> Entry:
    return Entry(id, criterion, contestant, judge, D(value), supersedes, kind)


def full_sheet(contestant: str = "P1", start: int = 1) -> list[Entry]:
    """A13: 2,3,2 → 4.67; A21: 4.50; B11: 0,2,2,3,3 → 7.00; B12: 8.25.  A = 9.17, B = 15.25."""
    rows = [
        ("A1.3", "2", "J1"),
        ("A1.3", "3", "J2"),
        ("A1.3", "2", "J3"),
        ("A2.1", "4.50", None),
        ("B1.1", "0", "J1"),
        ("B1.1", "2", "J2"),
        ("B1.1", "2", "J3"),
        ("B1.1", "3", "J4"),
        ("B1.1", "3", "J5"),
        ("B1.2", "8.25", None),
    ]
    return [e(start + i, c, v, j, contestant) for i, (c, v, j) in enumerate(rows)]


# --------------------------------------------------------------------------- judgement_score


def test_three_judges_worked_example() -> None:
    # mean 2.333… / 3 × 6 = 4.666… → 4.67 (rounding the mean first would give 4.66)
    assert judgement_score([D(2), D(3), D(2)], D(6), 3) == D("4.67")


def test_five_judges_drop_highest_and_lowest() -> None:
    # middle 2, 2, 3 → 7/9 × 9 = 7.00
    assert judgement_score([D(0), D(2), D(2), D(3), D(3)], D(9), 5) == D("7.00")
    # 7/9 × 10 = 7.777… → 7.78
    assert judgement_score([D(3), D(0), D(3), D(2), D(2)], D(10), 5) == D("7.78")


def test_full_and_zero_marks() -> None:
    assert judgement_score([D(3)] * 3, D(6), 3) == D("6.00")
    assert judgement_score([D(0)] * 5, D(6), 5) == D("0.00")


def test_rounding_is_half_up_not_bankers() -> None:
    # 1/9 × 0.45 = 0.05 exactly → 0.1 with one place (banker's rounding would give 0.0)
    assert judgement_score([D(1), D(0), D(0)], D("0.45"), 3, places=1) == D("0.1")
    # 3/9 × 0.075 = 0.025 → 0.03
    assert judgement_score([D(1), D(1), D(1)], D("0.075"), 3) == D("0.03")
    assert round_points(D("2.345")) == D("2.35")
    assert round_points(D("2.355")) == D("2.36")


@pytest.mark.parametrize(
    ("values", "judges"),
    [([D(1), D(2)], 3), ([D(1)] * 4, 5), ([D(1), D(2), D(4)], 3), ([D(-1), D(2), D(2)], 3), ([D(1)] * 4, 4)],
)
def test_judgement_score_refuses_bad_input(values: list[D], judges: int) -> None:
    with pytest.raises(ValueError):
        judgement_score(values, D(6), judges)


scores_0_3 = st.integers(min_value=0, max_value=3).map(D)


@given(values=st.lists(scores_0_3, min_size=5, max_size=5), max_points=st.integers(1, 40).map(D))
def test_trimmed_mean_lies_between_min_and_max(values: list[D], max_points: D) -> None:
    score = judgement_score(values, max_points, 5)
    low = round_points(min(values) / 3 * max_points)
    high = round_points(max(values) / 3 * max_points)
    assert low <= score <= high
    assert D(0) <= score <= max_points


@given(values=st.lists(scores_0_3, min_size=3, max_size=3), max_points=st.integers(1, 40).map(D))
def test_three_judge_score_matches_the_paper_formula(values: list[D], max_points: D) -> None:
    exact = sum(values) * max_points / 9
    score = judgement_score(values, max_points, 3)
    assert abs(score - exact) <= D("0.005")
    assert judgement_score(list(reversed(values)), max_points, 3) == score


# --------------------------------------------------------------------------- spread


def test_spread_more_than_one_is_flagged() -> None:
    assert spread([D(1), D(3), D(2)]) == D(2)
    assert spread([]) == D(0)
    assert spread_flags({"J1": D(1), "J2": D(3), "J3": D(2)})
    assert not spread_flags({"J1": D(2), "J2": D(3), "J3": D(2)})


def test_spread_violations_name_the_cell() -> None:
    rows = [e(1, "A1.3", "1", "J1"), e(2, "A1.3", "3", "J2"), e(3, "A1.3", "2", "J3"), e(4, "A2.1", "5")]
    found = spread_violations(SCHEME, current_values(rows))
    assert len(found) == 1
    assert found[0].criterion == "A1.3" and found[0].spread == D(2)
    assert "超过 1 分" in found[0].message
    corrected = [*rows, e(5, "A1.3", "2", "J2", supersedes=2, kind="correction")]
    assert spread_violations(SCHEME, current_values(corrected)) == []


# --------------------------------------------------------------------------- current values


def test_correction_replaces_the_entry_it_names() -> None:
    rows = [e(1, "A2.1", "4"), e(2, "A2.1", "4.5", supersedes=1, kind="correction")]
    assert current_values(rows)[("A2.1", "P1", None)].value == D("4.5")
    rows.append(e(3, "A2.1", "3", supersedes=2, kind="correction"))
    assert current_values(rows)[("A2.1", "P1", None)].id == 3


def test_second_entries_are_not_the_value() -> None:
    rows = [e(1, "A2.1", "4"), e(2, "A2.1", "4.5", kind="second")]
    assert current_values(rows)[("A2.1", "P1", None)].value == D(4)
    assert current_seconds(rows)[("A2.1", "P1", None)].value == D("4.5")
    only_second = [e(2, "A2.1", "4.5", kind="second")]
    assert current_values(only_second) == {}


def test_duplicate_live_entries_highest_id_wins_and_is_reported() -> None:
    rows = [e(7, "A2.1", "4"), e(3, "A2.1", "2")]
    assert current_values(rows)[("A2.1", "P1", None)].id == 7
    found = conflicts(rows)
    assert [c.kind for c in found] == ["duplicate_current"]
    assert found[0].entry_ids == (3, 7)


def test_pointer_to_another_cell_is_ignored_and_reported() -> None:
    rows = [e(1, "A2.1", "4"), e(2, "B1.2", "3", supersedes=1, kind="correction")]
    current = current_values(rows)
    assert current[("A2.1", "P1", None)].value == D(4)  # not wiped out by a stray pointer
    assert current[("B1.2", "P1", None)].value == D(3)
    assert [c.kind for c in conflicts(rows)] == ["wrong_target"]


def test_other_log_faults_are_reported() -> None:
    rows = [
        e(1, "A2.1", "4", supersedes=99, kind="correction"),
        e(1, "B1.2", "4"),
        e(5, "B1.2", "1", kind="mystery"),
        e(10, "A1.3", "1", "J1", supersedes=11),
        e(11, "A1.3", "2", "J1", supersedes=10),
    ]
    kinds = {c.kind for c in conflicts(rows)}
    assert kinds == {"missing_target", "duplicate_id", "unknown_kind", "no_current"}
    assert ("A1.3", "P1", "J1") not in current_values(rows)


KEYS = [("A2.1", None), ("A1.3", "J1"), ("A1.3", "J2")]


@st.composite
def entry_logs(draw: st.DrawFn) -> list[Entry]:
    """Random but well-formed append-only logs: corrections point back within their own cell."""
    n = draw(st.integers(min_value=0, max_value=25))
    rows: list[Entry] = []
    for i in range(1, n + 1):
        crit, judge = draw(st.sampled_from(KEYS))
        person = draw(st.sampled_from(["P1", "P2"]))
        kind = draw(st.sampled_from(["entry", "correction", "second"]))
        earlier = [r.id for r in rows if r.key == (crit, person, judge) and r.kind != "second"]
        target = draw(st.sampled_from(earlier)) if earlier and kind == "correction" else None
        value = D(draw(st.integers(min_value=0, max_value=3)))
        rows.append(Entry(i, crit, person, judge, value, target, kind))
    return rows


@settings(max_examples=150)
@given(log=entry_logs(), data=st.data())
def test_order_of_entries_never_changes_current_values(log: list[Entry], data: st.DataObject) -> None:
    shuffled = data.draw(st.permutations(log))
    assert current_values(shuffled) == current_values(log)
    assert current_seconds(shuffled) == current_seconds(log)
    assert conflicts(shuffled) == conflicts(log)
    assert double_entry_mismatches(shuffled) == double_entry_mismatches(log)


@settings(max_examples=150)
@given(log=entry_logs(), data=st.data(), new_value=st.integers(min_value=0, max_value=3))
def test_a_correction_changes_exactly_one_current_value(
    log: list[Entry], data: st.DataObject, new_value: int
) -> None:
    before = current_values(log)
    assume(before)
    key = data.draw(st.sampled_from(sorted(before, key=str)))
    target = before[key]
    fix = Entry(max(r.id for r in log) + 1, key[0], key[1], key[2], D(new_value), target.id, "correction")
    after = current_values([*log, fix])
    assert after[key] == fix
    assert {k: v for k, v in after.items() if k != key} == {k: v for k, v in before.items() if k != key}


# --------------------------------------------------------------------------- double entry


def test_double_entry_mismatch_is_found_and_cleared_by_a_new_second() -> None:
    rows = [
        e(1, "A2.1", "4.50"),
        e(2, "A2.1", "4.00", kind="second"),
        e(3, "B1.2", "8"),
        e(4, "B1.2", "8.00", kind="second"),
    ]
    found = double_entry_mismatches(rows)
    assert len(found) == 1
    m = found[0]
    assert (m.criterion, m.entry_value, m.second_value) == ("A2.1", D("4.50"), D("4.00"))
    assert "不一致" in m.message
    rows.append(e(5, "A2.1", "4.5", supersedes=2, kind="second"))
    assert double_entry_mismatches(rows) == []


def test_second_without_first_is_a_mismatch_first_without_second_is_not() -> None:
    assert double_entry_mismatches([e(1, "A2.1", "4")]) == []
    found = double_entry_mismatches([e(2, "A2.1", "4", kind="second")])
    assert found[0].entry_id is None


# --------------------------------------------------------------------------- modules and totals


def test_full_sheet_totals() -> None:
    totals = contestant_totals(SCHEME, full_sheet(), [], {})
    t = totals["P1"]
    a, b = t.modules
    assert (a.module, a.raw, a.score, a.complete) == ("A", D("9.17"), D("9.17"), True)
    assert (b.module, b.raw, b.score) == ("B", D("15.25"), D("15.25"))
    assert [c.score for c in a.criteria] == [D("4.67"), D("4.50")]
    assert t.total == D("24.42") and t.complete and t.missing == ()


def test_module_deduction_is_floored_at_zero_and_item_deduction_hits_the_total() -> None:
    deductions = [
        Deduction("P1", "A", D(20), "安全违规"),
        Deduction("P1", "B", D("0.25"), "工具摆放"),
        Deduction("P1", None, D(5), "违纪"),
    ]
    t = contestant_totals(SCHEME, full_sheet(), deductions, {})["P1"]
    a, b = t.modules
    assert (a.raw, a.deductions, a.score) == (D("9.17"), D("20.00"), D("0.00"))
    assert b.score == D("15.00")
    assert t.item_deductions == D("5.00")
    assert t.total == D("10.00")


def test_total_is_floored_at_zero() -> None:
    t = contestant_totals(SCHEME, full_sheet(), [Deduction("P1", None, D(100), "x")], {})["P1"]
    assert t.total == D("0.00")


def test_disqualified_module_scores_zero_and_needs_no_cells() -> None:
    rows = [r for r in full_sheet() if r.criterion != "A1.3"]  # A incomplete …
    t = contestant_totals(SCHEME, rows, [], {"P1": {"A"}})["P1"]  # … but disqualified
    a, b = t.modules
    assert a.score == D(0) and a.disqualified and a.complete
    assert t.total == D("15.25") and t.complete and t.missing == ()


def test_missing_cells_are_described() -> None:
    rows = [
        r for r in full_sheet() if not (r.criterion == "A1.3" and r.judge == "J3") and r.criterion != "B1.2"
    ]
    t = contestant_totals(SCHEME, rows, [], {}, contestants=["P1", "P2"])
    p1 = t["P1"]
    assert not p1.complete
    assert p1.missing == ("A1.3：缺 1 位裁判的评分（已有 2/3）", "B1.2：未录入测量分")
    assert p1.modules[0].raw == D("4.50")  # incomplete criteria contribute nothing yet
    assert t["P2"].total == D(0) and len(t["P2"].missing) == 4


def test_extra_judge_makes_a_criterion_incomplete() -> None:
    rows = [*full_sheet(), e(99, "A1.3", "3", "J4")]
    t = contestant_totals(SCHEME, rows, [], {})["P1"]
    assert "A1.3：有 4 位裁判的评分，应为 3 位" in t.missing


def test_module_scores_for_one_contestant() -> None:
    current = current_values(full_sheet("P1") + full_sheet("P2", start=100))
    scores = module_scores(SCHEME, current, [Deduction("P2", "A", D(1), "x")], set(), contestant="P2")
    assert scores["A"].score == D("8.17")
    only_p1 = {k: v for k, v in current.items() if k[1] == "P1"}
    assert module_scores(SCHEME, only_p1, [], {"B"})["B"].score == D(0)
    with pytest.raises(ValueError):
        module_scores(SCHEME, current, [], set())


def test_unknown_module_in_deduction_is_an_error() -> None:
    with pytest.raises(ValueError):
        contestant_totals(SCHEME, full_sheet(), [Deduction("P1", "Z", D(1), "x")], {})


@settings(max_examples=100)
@given(
    values=st.lists(st.integers(0, 3), min_size=8, max_size=8),
    a_measure=st.integers(0, 500),
    deduction=st.integers(0, 5000),
)
def test_module_score_never_below_zero(values: list[int], a_measure: int, deduction: int) -> None:
    rows = [
        *(e(i + 1, "A1.3", str(v), f"J{i + 1}") for i, v in enumerate(values[:3])),
        e(10, "A2.1", str(D(a_measure) / 100)),
        *(e(20 + i, "B1.1", str(v), f"J{i + 1}") for i, v in enumerate(values[3:])),
    ]
    amount = D(deduction) / 100
    t = contestant_totals(
        SCHEME, rows, [Deduction("P1", "A", amount, "x"), Deduction("P1", "B", amount, "y")], {}
    )["P1"]
    for m in t.modules:
        assert m.score >= 0
        assert m.score == max(D(0), m.raw - m.deductions)
    assert t.total >= 0


# --------------------------------------------------------------------------- completeness


def test_completeness_lists_each_judge_and_criterion() -> None:
    judges = {"A1.3": ("J1", "J2", "J3"), "B1.1": ("J1", "J2", "J3", "J4")}
    rows = [e(1, "A1.3", "2", "J1"), e(2, "A2.1", "3"), e(3, "B1.2", "4")]
    missing = completeness(SCHEME, rows, ["P1"], judges)
    got = [(m.criterion, m.judge) for m in missing]
    assert got == [
        ("A1.3", "J2"),
        ("A1.3", "J3"),
        ("B1.1", None),  # only 4 of 5 judges assigned
        ("B1.1", "J1"),
        ("B1.1", "J2"),
        ("B1.1", "J3"),
        ("B1.1", "J4"),
    ]
    assert missing[0].message == "评分项 A1.3、选手 P1：裁判 J2 未评分"
    assert "只指派了 4 位裁判，应为 5 位" in missing[2].message
    assert (
        completeness(
            SCHEME, full_sheet(), ["P1"], {"A1.3": ("J1", "J2", "J3"), "B1.1": ("J1", "J2", "J3", "J4", "J5")}
        )
        == []
    )


# --------------------------------------------------------------------------- validate_value


@pytest.mark.parametrize(
    ("criterion", "raw", "expected"),
    [
        (A13, "2", D(2)),
        (A13, " 3 ", D(3)),
        (A13, "０", D(0)),
        (A13, "2.0", D(2)),
        (A21, "2.5", D("2.50")),
        (A21, "２．５", D("2.50")),
        (A21, "4，75", D("4.75")),
        (A21, "5", D("5.00")),
        (A21, "0", D("0.00")),
        (A21, ".5", D("0.50")),
    ],
)
def test_validate_value_accepts(criterion: Criterion, raw: str, expected: D) -> None:
    got = validate_value(criterion, raw)
    assert got == expected and str(got) == str(expected)


@pytest.mark.parametrize(
    ("criterion", "raw", "message"),
    [
        (A13, "2.5", "A1.3 的评价分须为 0–3 的整数"),
        (A13, "4", "A1.3 的评价分须为 0–3 的整数"),
        (A13, "-1", "A1.3 的评价分须为 0–3 的整数"),
        (A21, "5.01", "A2.1 的测量分不能超过 5.00"),
        (A21, "-0.5", "A2.1 的测量分不能小于 0"),
        (A21, "2.345", "A2.1 的测量分最多保留两位小数"),
        (A21, "abc", "A2.1 的分数“abc”不是有效数字"),
        (A21, "1e1", "A2.1 的分数“1e1”不是有效数字"),
        (A21, "NaN", "A2.1 的分数“NaN”不是有效数字"),
        (A21, "", "请输入 A2.1 的分数"),
    ],
)
def test_validate_value_refuses_with_chinese_reason(criterion: Criterion, raw: str, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate_value(criterion, raw)
    assert err.value.message == message


@given(st.decimals(min_value=0, max_value=5, places=2, allow_nan=False, allow_infinity=False))
def test_every_two_decimal_measurement_in_range_round_trips(value: D) -> None:
    assert validate_value(A21, str(value)) == value
