"""Mutated roster files never crash the import, never half-write, and always say what is wrong."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import DomainError
from app.roles import Actor
from app.services import roster
from db.venue_file import VenueFile
from tests.conftest import ROSTER_HEADERS, roster_rows, write_roster
from tests.fuzz.mutation import mutate

_counter = itertools.count()


def _csv_bytes(rows: list[list[object]]) -> bytes:
    lines = [",".join(ROSTER_HEADERS)] + [",".join(str(v) for v in r) for r in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _check_outcome(venue: VenueFile, head: Actor, path: Path) -> None:
    before = {c.id for c in roster.list_contestants(venue)}
    try:
        report = roster.import_roster(venue, head, path)
    except DomainError as exc:
        assert str(exc).strip(), "an error must carry a message"
        for p in exc.problems:
            assert p.message and (p.row is not None or p.column is not None or p.file is not None)
        after = {c.id for c in roster.list_contestants(venue)}
        assert after == before, "a refused import wrote something"
        return
    after = {c.id for c in roster.list_contestants(venue)}
    assert len(after - before) == report.added


@pytest.fixture
def setup(seeded: VenueFile, head: Actor, tmp_path: Path) -> tuple[VenueFile, Actor, Path]:
    # one fixed workbook per test: xlsx bytes carry a timestamp, and hypothesis needs stable input
    write_roster(tmp_path / "good.xlsx", roster_rows(3, seed=98))
    return seeded, head, tmp_path


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_csv(setup: tuple[VenueFile, Actor, Path], data: st.DataObject) -> None:
    venue, head, folder = setup
    path = folder / f"m{next(_counter)}.csv"
    path.write_bytes(mutate(_csv_bytes(roster_rows(4, seed=99)), data, edits=8, longest_insert=4))
    _check_outcome(venue, head, path)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_xlsx(setup: tuple[VenueFile, Actor, Path], data: st.DataObject) -> None:
    venue, head, folder = setup
    raw = bytearray((folder / "good.xlsx").read_bytes())
    for _ in range(data.draw(st.integers(1, 6))):
        pos = data.draw(st.integers(0, len(raw) - 1))
        raw[pos] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        raw = raw[: data.draw(st.integers(0, len(raw)))]  # truncated copy
    path = folder / f"m{next(_counter)}.xlsx"
    path.write_bytes(bytes(raw))
    _check_outcome(venue, head, path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.lists(st.one_of(st.text(max_size=20), st.integers(), st.floats(allow_nan=True), st.none()),
                               min_size=0, max_size=10), max_size=6))
def test_arbitrary_cell_values(setup: tuple[VenueFile, Actor, Path], cells: list[list[object]]) -> None:
    venue, head, folder = setup
    from app.tabular import write_xlsx

    safe = [[("" if v is None else v) for v in row] for row in cells]
    safe = [[(str(v) if isinstance(v, float) else v) for v in row] for row in safe]
    safe = [[("".join(ch for ch in v if ch.isprintable()) if isinstance(v, str) else v) for v in row] for row in safe]
    path = write_xlsx(folder / f"c{next(_counter)}.xlsx", ROSTER_HEADERS, safe)
    _check_outcome(venue, head, path)
