"""Hypothesis: a signed package with random bytes changed, cut or inserted is never half-imported.

Every mutated file is either refused with a message that names the package (and the database is
unchanged), or — when the change missed everything that matters (e.g. zip padding) — imported as the
identical genuine content.  SQLite only: the tampering suite covers PostgreSQL case by case.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import DomainError
from app.package.zipsafe import read_zip_safely
from app.services import central
from db.central.engine import CentralDb, open_central
from tests.central.packages import Made, counts, make, register

_n = itertools.count()


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    return make(tmp_path_factory.mktemp("fuzzpkg"), 31)


@pytest.fixture
def db(tmp_path: Path, made: Made) -> CentralDb:
    database = open_central(f"sqlite:///{tmp_path / 'central.db'}")
    register(database, made)
    return database


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_packages_are_refused_cleanly(db: CentralDb, made: Made, tmp_path: Path, data: st.DataObject) -> None:
    raw = bytearray(made.path.read_bytes())
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, len(raw) - 1))
        op = data.draw(st.sampled_from(["flip", "delete", "insert", "truncate"]))
        if op == "flip":
            raw[pos] ^= data.draw(st.integers(1, 255))
        elif op == "delete":
            del raw[pos : pos + data.draw(st.integers(1, 64))]
        elif op == "insert":
            raw[pos:pos] = data.draw(st.binary(min_size=1, max_size=16))
        else:
            del raw[pos:]
        if not raw:
            raw = bytearray(b"\0")
    path = tmp_path / f"mutated-{next(_n)}.zip"
    path.write_bytes(bytes(raw))
    before = counts(db)
    try:
        result = central.import_package(db, "组委会 李明", path)
    except DomainError as exc:
        assert path.name in str(exc)
        assert counts(db) == before
        return
    # Accepted only when the mutation hit bytes that carry no content (zip padding, a comment, header
    # fields that are re-derived): then every member must be byte-for-byte the genuine one.
    assert read_zip_safely(path) == read_zip_safely(made.path)
    assert result.package.revision == made.results["revision"]["number"]
