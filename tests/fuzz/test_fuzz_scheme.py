"""Mutated marking-scheme files never crash the import, never half-write, and say what is wrong."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import DomainError
from app.roles import Actor
from app.services import scheme
from db.venue_file import VenueFile
from tests.fuzz.mutation import mutate

_n = itertools.count()


@pytest.fixture
def files(venue: VenueFile, head: Actor, tmp_path: Path) -> tuple[VenueFile, Actor, Path, bytes, bytes]:
    xlsx = scheme.save_template(tmp_path / "scheme.xlsx", demo=True)
    scheme.import_scheme(venue, head, xlsx)
    rows = scheme.scheme_rows(list(scheme.get_scheme(venue).criteria))
    headers = ["模块", "模块名称", "评分项编号", "评分项描述", "类型", "分值", "裁判人数"]
    text = "\n".join([",".join(headers)] + [",".join(str(v) for v in r[:7]) for r in rows]) + "\n"
    return venue, head, tmp_path, xlsx.read_bytes(), text.encode("utf-8")


def _import_mutated(files: tuple[VenueFile, Actor, Path, bytes, bytes], data: st.DataObject, kind: str) -> None:
    """Import a damaged copy of the scheme file of ``kind`` (csv or xlsx) and check what happened."""
    venue, head, folder, xlsx, csv = files
    path = folder / f"s{next(_n)}.{kind}"
    path.write_bytes(mutate(csv if kind == "csv" else xlsx, data, edits=6, longest_insert=3))
    _outcome(venue, head, path)


def _outcome(venue: VenueFile, head: Actor, path: Path) -> None:
    before = scheme.get_scheme(venue)
    try:
        scheme.import_scheme(venue, head, path, reason="模糊测试")
    except DomainError as exc:
        assert str(exc).strip()
        assert all(p.message for p in exc.problems)
        assert scheme.get_scheme(venue) == before, "a refused scheme import changed the scheme"


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_scheme_csv(files: tuple[VenueFile, Actor, Path, bytes, bytes], data: st.DataObject) -> None:
    _import_mutated(files, data, "csv")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_scheme_xlsx(files: tuple[VenueFile, Actor, Path, bytes, bytes], data: st.DataObject) -> None:
    _import_mutated(files, data, "xlsx")
