"""The lot drawing: reproducible from its record, fair, and the same whatever the roster order."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.rules.draw import (
    ALGORITHM_VERSION,
    Assignment,
    DrawInput,
    DrawResult,
    DrawStream,
    assign_late,
    canonical_json,
    default_stations,
    make_seed,
    run_draw,
    second_codes,
    verify_draw,
)

EXAMPLE = DrawInput(
    item_code="07",
    witness_values=("3721", "0815"),
    entrants=("001", "002", "003"),
    stations=("01", "02", "03"),
)


def roster(n: int) -> tuple[str, ...]:
    return tuple(f"2026{i:03d}" for i in range(1, n + 1))


def big_input(witness: tuple[str, ...] = ("3721", "0815")) -> DrawInput:
    return DrawInput("07", witness, roster(40), default_stations(40))


# --------------------------------------------------------------------------- worked example (docs)


def test_worked_example_matches_the_documentation() -> None:
    assert canonical_json(EXAMPLE) == (
        '{"algorithm":"vs-draw-1","entrants":["001","002","003"],"item_code":"07",'
        '"stations":["01","02","03"],"witness_values":["3721","0815"]}'
    )
    result = run_draw(EXAMPLE)
    assert result.algorithm == ALGORITHM_VERSION
    assert result.seed_hex == "467adeceeafc05b8ad5cc02a3481a0883f4848feed0af3698ee4de3efce888d4"
    assert result.assignments == (
        Assignment("001", "01", "940"),
        Assignment("002", "03", "742"),
        Assignment("003", "02", "890"),
    )


def test_seed_is_sha256_of_canonical_json() -> None:
    assert make_seed(EXAMPLE) == hashlib.sha256(canonical_json(EXAMPLE).encode("utf-8")).digest()


def test_witness_values_are_stripped_but_otherwise_kept() -> None:
    padded = replace(EXAMPLE, witness_values=(" 3721 ", "0815\n"))
    assert make_seed(padded) == make_seed(EXAMPLE)
    reordered = replace(EXAMPLE, witness_values=("0815", "3721"))
    assert make_seed(reordered) != make_seed(EXAMPLE)


def test_chinese_text_is_hashed_as_utf8_not_escaped() -> None:
    inp = replace(EXAMPLE, item_code="中式烹调")
    assert "中式烹调" in canonical_json(inp)


# --------------------------------------------------------------------------- reproducible and verifiable


def test_rerun_from_record_gives_the_same_result() -> None:
    inp = big_input()
    assert run_draw(inp) == run_draw(inp)
    assert verify_draw(inp, run_draw(inp)) == []


def test_verify_names_each_tampered_field() -> None:
    inp = big_input()
    good = run_draw(inp)
    a0, a1 = good.assignments[0], good.assignments[1]
    swapped = (replace(a0, station=a1.station), replace(a1, station=a0.station), *good.assignments[2:])
    problems = verify_draw(inp, replace(good, assignments=swapped))
    assert len(problems) == 2
    assert all("工位号" in p for p in problems)
    assert a0.entrant in problems[0]

    recoded = (replace(a0, blind_code="000"), *good.assignments[1:])
    assert verify_draw(inp, replace(good, assignments=recoded)) == [
        f"报名号 {a0.entrant} 的加密号：记录为 000，重算为 {a0.blind_code}"
    ]

    assert any("种子不一致" in p for p in verify_draw(inp, replace(good, seed_hex="00" * 32)))
    missing = verify_draw(inp, replace(good, assignments=good.assignments[1:]))
    assert missing == [f"记录中缺少报名号 {a0.entrant} 的抽签结果"]
    extra = verify_draw(inp, replace(good, assignments=(*good.assignments, Assignment("X", "99", "123"))))
    assert extra == ["记录中有不在名单中的报名号 X"]


def test_verify_refuses_another_algorithm_version() -> None:
    good = run_draw(EXAMPLE)
    problems = verify_draw(EXAMPLE, replace(good, algorithm="vs-draw-0"))
    assert len(problems) == 1 and "算法版本不一致" in problems[0]


def test_verify_reports_invalid_input_instead_of_crashing() -> None:
    bad = replace(EXAMPLE, witness_values=("3721",))
    problems = verify_draw(bad, run_draw(EXAMPLE))
    assert len(problems) == 1 and problems[0].startswith("无法重算")


def test_one_changed_witness_value_changes_most_assignments() -> None:
    a = run_draw(big_input(("3721", "0815")))
    b = run_draw(big_input(("3721", "0816")))
    assert a.seed_hex != b.seed_hex
    stations_differ = sum(x.station != y.station for x, y in zip(a.assignments, b.assignments, strict=True))
    codes_differ = sum(
        x.blind_code != y.blind_code for x, y in zip(a.assignments, b.assignments, strict=True)
    )
    assert stations_differ >= 20
    assert codes_differ >= 20


def test_item_code_is_part_of_the_seed() -> None:
    assert make_seed(EXAMPLE) != make_seed(replace(EXAMPLE, item_code="08"))


# --------------------------------------------------------------------------- the draw's shape


@settings(max_examples=60, deadline=None)
@given(
    entrants=st.lists(st.text(alphabet="0123456789ABC", min_size=1, max_size=6), unique=True, max_size=60),
    extra_stations=st.integers(min_value=0, max_value=10),
    witness=st.lists(st.text(alphabet="0123456789", min_size=1, max_size=6), min_size=2, max_size=4),
)
def test_every_entrant_gets_exactly_one_station_and_a_distinct_code(
    entrants: list[str], extra_stations: int, witness: list[str]
) -> None:
    stations = default_stations(len(entrants) + extra_stations)
    result = run_draw(DrawInput("07", tuple(witness), tuple(entrants), stations))
    assert [a.entrant for a in result.assignments] == sorted(entrants)
    got_stations = [a.station for a in result.assignments]
    assert len(set(got_stations)) == len(got_stations)
    assert set(got_stations) <= set(stations)
    codes = [a.blind_code for a in result.assignments]
    assert len(set(codes)) == len(codes)
    assert not set(codes) & set(stations)
    assert all(c.isdigit() and len(c) >= 3 and c[0] != "0" for c in codes)


@settings(max_examples=40, deadline=None)
@given(
    entrants=st.lists(st.text(alphabet="0123456789", min_size=1, max_size=5), unique=True, max_size=30),
    data=st.data(),
)
def test_roster_order_does_not_matter(entrants: list[str], data: st.DataObject) -> None:
    shuffled = data.draw(st.permutations(entrants))
    stations = default_stations(len(entrants) + 2)
    a = run_draw(DrawInput("07", ("1", "2"), tuple(entrants), stations))
    b = run_draw(DrawInput("07", ("1", "2"), tuple(shuffled), stations))
    assert a == b


def test_code_length_grows_when_too_few_codes() -> None:
    # 2 digits give 90 codes (10..99); 95 entrants need 3 digits.
    inp = DrawInput("07", ("1", "2"), roster(95), default_stations(95), code_length=2)
    codes = [a.blind_code for a in run_draw(inp).assignments]
    assert {len(c) for c in codes} == {3}
    # Stations "01".."85" block the codes 10..85, leaving 14 two-digit codes:
    # enough for 13 entrants (14 > 13), not for 14.
    inp = DrawInput("07", ("1", "2"), roster(13), default_stations(85), code_length=2)
    codes = [a.blind_code for a in run_draw(inp).assignments]
    assert {len(c) for c in codes} == {2}
    assert all(int(c) > 85 for c in codes)
    inp = DrawInput("07", ("1", "2"), roster(14), default_stations(85), code_length=2)
    assert {len(a.blind_code) for a in run_draw(inp).assignments} == {3}


def test_blind_codes_avoid_three_digit_station_labels() -> None:
    stations = tuple(str(i) for i in range(100, 1000))  # every 3-digit code is a station label
    inp = DrawInput("07", ("1", "2"), roster(5), stations)
    codes = [a.blind_code for a in run_draw(inp).assignments]
    assert all(len(c) == 4 for c in codes)


def test_blind_codes_are_not_in_station_or_roster_order() -> None:
    result = run_draw(big_input())
    codes = [int(a.blind_code) for a in result.assignments]
    assert codes != sorted(codes)
    by_station = [int(a.blind_code) for a in sorted(result.assignments, key=lambda a: a.station)]
    assert by_station != sorted(by_station)


def test_no_entrants_is_an_empty_draw() -> None:
    result = run_draw(DrawInput("07", ("1", "2"), (), default_stations(3)))
    assert result.assignments == ()


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"witness_values": ("3721",)}, "至少需要 2 个见证值"),
        ({"witness_values": ("3721", "  ")}, "第 2 个见证值为空"),
        ({"entrants": ("001", "002", "001")}, "报名号 001 重复"),
        ({"stations": ("01", "02")}, "工位数（2）少于参赛人数（3）"),
        ({"stations": ("01", "01", "02", "03")}, "工位号 01 重复"),
        ({"item_code": ""}, "项目代码不能为空"),
        ({"code_length": 0}, "加密号位数至少为 1"),
    ],
)
def test_invalid_input_is_refused_with_a_reason(change: dict[str, object], fragment: str) -> None:
    with pytest.raises(ValidationError) as err:
        run_draw(replace(EXAMPLE, **change))  # type: ignore[arg-type]
    assert fragment in str(err.value)


def test_all_problems_are_reported_together() -> None:
    with pytest.raises(ValidationError) as err:
        run_draw(DrawInput("07", ("",), ("1", "1"), ()))
    assert len(err.value.problems) == 4


# --------------------------------------------------------------------------- the stream


def test_stream_blocks_are_sha256_of_seed_and_counter() -> None:
    seed = b"seed"
    stream = DrawStream(seed)
    expected = b"".join(hashlib.sha256(seed + i.to_bytes(8, "big")).digest() for i in range(3))
    assert stream.read(40) + stream.read(56) == expected


def test_randbelow_follows_the_documented_rejection_rule() -> None:
    seed = b"x"
    raw = DrawStream(seed).read(64)
    stream = DrawStream(seed)
    # n = 6: k = 3 bits, one byte per try, low 3 bits, reject 6 and 7.
    expected = next(b & 7 for b in raw if b & 7 < 6)
    assert stream.randbelow(6) == expected
    assert DrawStream(seed).randbelow(1) == 0
    with pytest.raises(ValueError):
        DrawStream(seed).randbelow(0)


@pytest.mark.parametrize("n", [2, 3, 6, 10, 40, 257])
def test_randbelow_is_roughly_uniform(n: int) -> None:
    stream = DrawStream(b"uniformity check")
    draws = 200 * n
    counts = Counter(stream.randbelow(n) for _ in range(draws))
    assert set(counts) == set(range(n))
    expected = draws / n
    chi2 = sum((counts[i] - expected) ** 2 / expected for i in range(n))
    # Mean n-1, sd sqrt(2(n-1)); 5 sd above the mean would be a real bias, not chance.
    assert chi2 < (n - 1) + 5 * (2 * (n - 1)) ** 0.5 + 5


def test_shuffle_reaches_every_permutation_evenly() -> None:
    stream = DrawStream(b"perm")
    counts: Counter[tuple[int, ...]] = Counter()
    for _ in range(6000):
        items = [0, 1, 2]
        stream.shuffle(items)
        counts[tuple(items)] += 1
    assert len(counts) == 6
    assert all(850 < c < 1150 for c in counts.values())


def test_stream_iterates_64_bit_numbers() -> None:
    stream = DrawStream(b"s")
    first = next(iter(stream))
    assert first == int.from_bytes(hashlib.sha256(b"s" + bytes(8)).digest()[:8], "big")


# --------------------------------------------------------------------------- late arrivals


def test_late_arrival_gets_lowest_free_station_and_a_fresh_code() -> None:
    result = run_draw(big_input())
    seed = bytes.fromhex(result.seed_hex)
    all_stations = default_stations(42)
    taken = [a.station for a in result.assignments]
    codes = [a.blind_code for a in result.assignments]
    late = assign_late("2026099", taken, all_stations, codes, seed, 1)
    assert late.station == "41"
    assert late.blind_code not in codes and len(late.blind_code) == 3
    assert late == assign_late("2026099", reversed(taken), all_stations, set(codes), seed, 1)
    other = assign_late("2026100", [*taken, late.station], all_stations, [*codes, late.blind_code], seed, 2)
    assert other.station == "42" and other.blind_code != late.blind_code


def test_late_station_order_is_numeric_not_textual() -> None:
    late = assign_late("9", ["1"], ["10", "2", "1", "B", "A"], [], b"s", 1)
    assert late.station == "2"
    late = assign_late("9", ["1", "2", "10"], ["10", "2", "1", "B", "A"], [], b"s", 1)
    assert late.station == "A"


def test_late_code_depends_on_entrant_and_sequence() -> None:
    codes = {
        assign_late(e, [], default_stations(5), [], b"seed", n).blind_code
        for e in ("a", "b", "c")
        for n in (1, 2, 3)
    }
    assert len(codes) >= 7  # 9 draws from 900 codes: collisions are rare


def test_late_arrival_without_free_station_is_refused() -> None:
    with pytest.raises(ValidationError, match="没有空闲工位"):
        assign_late("9", ["01", "02"], ["01", "02"], [], b"s", 1)


def test_late_code_grows_when_all_codes_are_taken() -> None:
    taken = [str(i) for i in range(10, 100)]
    late = assign_late("9", [], ["01"], taken, b"s", 1)
    assert len(late.blind_code) == 3


# --------------------------------------------------------------------------- second-level codes


def test_second_codes_are_distinct_deterministic_and_per_module() -> None:
    result = run_draw(big_input())
    seed = bytes.fromhex(result.seed_hex)
    blind = tuple(a.blind_code for a in result.assignments)
    a = second_codes(seed, "A", blind)
    assert set(a) == set(blind)
    assert len(set(a.values())) == len(blind)
    assert all(len(c) == 4 for c in a.values())
    assert a == second_codes(seed, "A", tuple(reversed(blind)))
    b = second_codes(seed, "B", blind)
    assert sum(a[k] != b[k] for k in blind) >= 30


def test_second_codes_never_equal_a_blind_code() -> None:
    blind = tuple(str(i) for i in range(10, 99))  # 89 of the 90 two-digit codes: too few left
    codes = second_codes(b"s", "A", blind, length=2)
    assert not set(codes.values()) & set(blind)
    assert all(len(c) == 3 for c in codes.values())


def test_second_codes_refuse_duplicate_blind_codes() -> None:
    with pytest.raises(ValidationError, match="加密号重复"):
        second_codes(b"s", "A", ("123", "123"))


# --------------------------------------------------------------------------- default stations


def test_default_stations() -> None:
    assert default_stations(3) == ("01", "02", "03")
    assert default_stations(40)[-1] == "40"
    assert default_stations(120)[0] == "001"
    assert default_stations(0) == ()
    with pytest.raises(ValueError):
        default_stations(-1)


def test_draw_result_is_plain_data() -> None:
    result = run_draw(EXAMPLE)
    assert isinstance(result, DrawResult)
    with pytest.raises(AttributeError):
        result.seed_hex = "x"  # type: ignore[misc]


# --------------------------------------------------------------------------- the documentation


def documented_namespace() -> dict[str, Any]:
    """The stand-alone implementation printed in docs/draw-algorithm.md, for auditors (all its functions)."""
    text = (Path(__file__).parents[3] / "docs" / "draw-algorithm.md").read_text(encoding="utf-8")
    code = re.findall(r"```python\n(.*?)```", text, re.S)[-1]
    code = code.replace("print(draw(", "_ = (draw(")  # keep the test quiet
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # noqa: S102 - our own documentation, checked to stay true
    return namespace


def _documented_reference() -> Callable[..., tuple[str, list[tuple[str, str, str]]]]:
    return documented_namespace()["draw"]  # type: ignore[no-any-return]


# What the property tests of the plain and the sealed draw feed the documented reference: short registration
# numbers, two or more witness values as people say them, blind codes of 1 to 3 digits.
REG_NOS = st.text(alphabet="0123456789中", min_size=1, max_size=4)
WITNESS = st.lists(st.text(alphabet="0123456789 ", min_size=1, max_size=5).filter(str.strip), min_size=2)
CODE_LENGTHS = st.integers(min_value=1, max_value=3)


@settings(max_examples=40, deadline=None)
@given(
    entrants=st.lists(REG_NOS, unique=True, max_size=40),
    extra=st.integers(min_value=0, max_value=5),
    witness=WITNESS,
    code_length=CODE_LENGTHS,
)
def test_documented_reference_implementation_agrees(
    entrants: list[str], extra: int, witness: list[str], code_length: int
) -> None:
    reference = _documented_reference()
    stations = default_stations(len(entrants) + extra)
    inp = DrawInput("07", tuple(witness), tuple(entrants), stations, code_length)
    result = run_draw(inp)
    seed_hex, rows = reference("07", witness, entrants, stations, code_length)
    assert seed_hex == result.seed_hex
    assert rows == [(a.entrant, a.station, a.blind_code) for a in result.assignments]
