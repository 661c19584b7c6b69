"""The import's short ways (issue 17) do what the long ways did, and a package costs the same however many are in.

- The SQL statements of one import do not depend on the packages already in, nor on its contestants (their
  lines are one executemany).
- The stored results.json is the canonical text JsonText writes, and the snapshot hash is ``sha256_of`` with
  ``exported_at`` left out: both assembled from one encoding of each member.
- The memoised judgement score equals the one worked out each time.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from app.package.keys import SigningKey
from app.rules import scoring
from app.services import central
from app.services.results_snapshot import canonical_json, canonical_members, joined_members, sha256_of
from db.central.engine import CentralDb
from db.central.models import ContestantResult
from db.types import EncodedJson, JsonText
from tests.central.packages import Made, make, resign, statements

BY = "组委会 李明"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    return make(tmp_path_factory.mktemp("fast31"), 31)


def _item_package(made: Made, out: Path, item_no: int, key: SigningKey, people: int | None = None) -> Path:
    """``made`` as item ``item_no``'s package of the older layout (no checkpoints), with its own ID numbers,
    signed by that item's key; ``people``: only the first so many contestants."""
    def change(data: dict[str, Any]) -> None:
        data["item"]["no"], data["item"]["name"] = item_no, f"项目{item_no}"
        if people is not None:
            data["contestants"] = data["contestants"][:people]
        for i, c in enumerate(data["contestants"]):  # other people: no 兼项 with the other items
            c["id_number"] = f"1101011990{item_no:02d}{i:05d}X"
            c["name"] = f"{c['name']}{item_no}"

    return resign(made.path, out, key, change, comment=f"timestamp:0\titem:{item_no:02d} 项目{item_no}\trevision:1",
                  drop=("checkpoints.jsonl",))


def test_statements_per_package_do_not_grow_with_packages_in_or_contestants(
        central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    per_package = []
    for item_no in range(1, 6):
        key = SigningKey.generate()
        central.register_key(central_db, BY, key.public.minisign_line(), f"{item_no:02d} 赛场", item_no)
        path = _item_package(made, tmp_path / f"{item_no}.zip", item_no, key, people=None if item_no % 2 else 3)
        with statements(central_db) as seen:
            result = central.import_package(central_db, BY, path)
        assert result.outcome == "imported"  # the cut ones with errors (their group counts): stored all the same
        per_package.append(len(seen))
        inserts = [s for s in seen if s.lstrip().upper().startswith("INSERT INTO CONTESTANT_RESULT")]
        assert len(inserts) == 1  # every line in one executemany
        with central_db.unit_of_work() as s:
            lines = s.scalar(select(func.count()).select_from(ContestantResult)
                             .where(ContestantResult.package_id == result.package.id))
        assert lines == result.package.contestants
    assert len(set(per_package)) == 1, per_package  # the same with 0 or 4 packages in, 3 or all contestants
    assert per_package[0] <= 20


def test_stored_results_and_snapshot_hash_equal_the_plain_encoding(central_db: CentralDb, made: Made,
                                                                    tmp_path: Path) -> None:
    key = SigningKey.generate()
    central.register_key(central_db, BY, key.public.minisign_line(), "02 赛场", 2)
    path = _item_package(made, tmp_path / "2.zip", 2, key)
    imported = central.import_package(central_db, BY, path).package
    with central_db.unit_of_work() as s:
        stored, snapshot_sha = s.execute(text("SELECT results, snapshot_sha256 FROM package WHERE id = :id"),
                                         {"id": imported.id}).one()
    data = json.loads(stored)
    assert stored == canonical_json(data).decode("utf-8")
    assert snapshot_sha == sha256_of({**data, "exported_at": None})
    assert data["item"]["no"] == 2 and data["exported_at"] is not None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=15,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(max_size=6), json_values, max_size=8), json_values)
def test_members_joined_equal_the_whole_encoding(obj: dict[str, Any], replacement: Any) -> None:
    members = canonical_members(obj)
    assert joined_members(members) == canonical_json(obj).decode("utf-8")
    encoded = json.dumps(replacement, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert joined_members({**members, "exported_at": encoded}) == canonical_json(
        {**obj, "exported_at": replacement}).decode("utf-8")
    assert hashlib.sha256(joined_members({**members, "exported_at": "null"}).encode("utf-8")).hexdigest() == \
        sha256_of({**obj, "exported_at": None})
    as_stored = EncodedJson(obj, joined_members(members))
    assert as_stored == obj
    assert JsonText().process_bind_param(as_stored, None) == JsonText().process_bind_param(dict(obj), None)


marks = st.sampled_from(["0", "0.0", "-0", "1", "1.0", "1.5", "2", "2.00", "2.5", "3", "3.0"]).map(Decimal)


@settings(max_examples=500)
@given(st.data())
def test_the_memoised_judgement_score_equals_the_one_worked_out(data: st.DataObject) -> None:
    judges = data.draw(st.sampled_from([3, 5]))
    values = data.draw(st.lists(marks, min_size=judges, max_size=judges))
    max_points = data.draw(st.sampled_from(["1", "2.5", "6", "6.00", "10", "7.3"]).map(Decimal))
    places = data.draw(st.sampled_from([0, 1, 2, 3]))
    again = scoring._judgement_score.__wrapped__(tuple(values), max_points, judges, places)
    got = scoring.judgement_score(values, max_points, judges, places)
    assert got == again and str(got) == str(again)  # to the digit, not only equal in value
