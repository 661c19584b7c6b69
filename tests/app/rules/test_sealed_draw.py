"""vs-draw-2, the commit–reveal draw: the worked example and the stdlib reference implementation printed in
docs/draw-algorithm.md agree with the code; the secret changes every code but no station; commitments."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.rules import sealed_draw
from app.rules.draw import Assignment, DrawInput, canonical_json, default_stations, run_draw
from tests.app.rules.test_draw import CODE_LENGTHS, REG_NOS, WITNESS, documented_namespace

EXAMPLE = DrawInput("07", ("3721", "0815"), ("001", "002", "003"), ("01", "02", "03"))
SECRET = bytes(range(32))


def test_worked_example_matches_the_documentation() -> None:
    assert canonical_json(EXAMPLE, "vs-draw-2") == (
        '{"algorithm":"vs-draw-2","entrants":["001","002","003"],"item_code":"07",'
        '"stations":["01","02","03"],"witness_values":["3721","0815"]}'
    )
    result = sealed_draw.run_draw(EXAMPLE, SECRET)
    assert result.algorithm == "vs-draw-2"
    assert result.seed_hex == "fe5c8ad0b42440773eee0f9285315efdcc0a5b908f48b762c450c780ed7a6897"
    assert result.assignments == (Assignment("001", "01", "896"), Assignment("002", "03", "497"),
                                  Assignment("003", "02", "376"))
    seed = bytes.fromhex(result.seed_hex)
    assert sealed_draw.commitment(seed, "blind", SECRET) == \
        "58d6205bbdea0538075fabcc95036af7c43da429341ad977dd4da54aa6966c20"
    assert hashlib.sha256(f"vs-draw-2|commit|{result.seed_hex}|blind|".encode() + SECRET).hexdigest() == \
        sealed_draw.commitment(seed, "blind", SECRET)
    late = sealed_draw.assign_late("004", ["01", "02", "03"], ["01", "02", "03", "04"], ["896", "497", "376"],
                                   seed, 1, bytes(range(32, 64)), 3)
    assert late == Assignment("004", "04", "791")
    assert sealed_draw.commitment(seed, "late|1", bytes(range(32, 64))) == \
        "d483e3327ce6f211a4f8b8b4fb34023181e6f72a89b533fcbefdfd5e7c8e5634"
    assert sealed_draw.second_codes(seed, "A", ("896", "497", "376"), bytes(range(64, 96))) == \
        {"376": "8176", "497": "8370", "896": "2912"}
    assert sealed_draw.commitment(seed, "second|A", bytes(range(64, 96))) == \
        "3839bbbb70649294aa9bd98c6d60044f5304a90dd3457774d9c3ec5c1c4a9333"


def test_stations_need_no_secret_and_do_not_depend_on_it() -> None:
    inp = DrawInput("07", ("3721", "0815"), tuple(f"2026{i:03d}" for i in range(30)), default_stations(32))
    public = sealed_draw.public_stations(inp)
    for secret in (SECRET, bytes(32), bytes([255]) * 32):
        full = sealed_draw.run_draw(inp, secret)
        assert [a.station for a in full.assignments] == [a.station for a in public.assignments]
        assert full.seed_hex == public.seed_hex
    # and they are drawn exactly as vs-draw-1 draws them (only the seed's algorithm field differs)
    assert [a.station for a in run_draw(EXAMPLE).assignments] == ["01", "03", "02"]


def test_another_secret_changes_almost_every_code() -> None:
    inp = DrawInput("07", ("3721", "0815"), tuple(f"2026{i:03d}" for i in range(40)), default_stations(40))
    a = sealed_draw.run_draw(inp, SECRET)
    b = sealed_draw.run_draw(inp, bytes([1]) + SECRET[1:])
    same = sum(1 for x, y in zip(a.assignments, b.assignments, strict=True) if x.blind_code == y.blind_code)
    assert same <= 3
    v1 = run_draw(inp)  # and the public-only codes of vs-draw-1 tell nothing
    assert sum(1 for x, y in zip(a.assignments, v1.assignments, strict=True) if x.blind_code == y.blind_code) <= 3


def test_commitments_are_bound_to_seed_stage_and_secret() -> None:
    seed = bytes(range(32))
    base = sealed_draw.commitment(seed, "blind", SECRET)
    assert len(base) == 64 and base != hashlib.sha256(SECRET).hexdigest()
    assert sealed_draw.commitment(seed, "late|1", SECRET) != base
    assert sealed_draw.commitment(bytes(32), "blind", SECRET) != base
    assert sealed_draw.commitment(seed, "blind", bytes(32)) != base
    assert sealed_draw.commitment_problem(seed, "blind", SECRET.hex(), base) is None
    problem = sealed_draw.commitment_problem(seed, "blind", "00" * 32, base)
    assert problem is not None and "密钥与承诺值不符" in problem and base in problem
    assert "格式" in (sealed_draw.commitment_problem(seed, "blind", "xyz", base) or "")
    with pytest.raises(ValidationError, match="32 字节"):
        sealed_draw.commitment(seed, "blind", b"short")  # fewer than 128 bits is never accepted


def test_late_code_avoids_every_earlier_code_and_every_station() -> None:
    seed = bytes(range(32))
    taken = [str(c) for c in range(100, 1000) if c not in (500, 501)]  # two codes left: drawn from those
    assert sealed_draw.late_code("X", ["01"], taken, seed, 1, SECRET, 3) in ("500", "501")
    # one code left: the length grows (a code is never forced to the last one free)
    assert len(sealed_draw.late_code("X", ["01"], taken + ["500"], seed, 1, SECRET, 3)) == 4
    for n in range(1, 20):  # station labels are avoided too
        assert sealed_draw.late_code("X", ["500"], taken[:-1], seed, n, SECRET, 3) in ("501", "999")


# --------------------------------------------------------------------------- the documentation


@settings(max_examples=40, deadline=None)
@given(
    entrants=st.lists(REG_NOS, unique=True, max_size=30),
    extra=st.integers(min_value=1, max_value=4),
    witness=WITNESS,
    code_length=CODE_LENGTHS,
    secrets=st.lists(st.binary(min_size=32, max_size=32), min_size=3, max_size=3),
)
def test_documented_reference_implementation_agrees(entrants: list[str], extra: int, witness: list[str],
                                                    code_length: int, secrets: list[bytes]) -> None:
    ref = documented_namespace()
    draw: Callable[..., tuple[str, list[tuple[str, str, str]]]] = ref["draw"]
    stations = default_stations(len(entrants) + extra)
    inp = DrawInput("07", tuple(witness), tuple(entrants), stations, code_length)
    main, late_secret, second_secret = secrets
    result = sealed_draw.run_draw(inp, main)
    seed_hex, rows = draw("07", witness, entrants, stations, code_length, secret=main)
    assert seed_hex == result.seed_hex
    assert rows == [(a.entrant, a.station, a.blind_code) for a in result.assignments]
    seed = bytes.fromhex(seed_hex)
    assert ref["commitment"](seed, "blind", main) == sealed_draw.commitment(seed, "blind", main)
    taken = [a.blind_code for a in result.assignments]
    assert ref["late_code"](seed, 1, "迟到", late_secret, stations, taken, code_length) == \
        sealed_draw.late_code("迟到", stations, taken, seed, 1, late_secret, code_length)
    assert ref["second_codes"](seed, "A", taken, second_secret) == \
        sealed_draw.second_codes(seed, "A", tuple(taken), second_secret)
