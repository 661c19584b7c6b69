"""Packages checked in other processes (app/services/central_pool.py) are imported exactly as if checked in the
importing one: the same rows, findings, refusals and messages; a refused or cancelled package leaves nothing."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app import i18n
from app.errors import Cancelled
from app.package.keys import SigningKey
from app.package.verify import PackageRefused
from app.services import central, central_pool
from app.services import central_intake as intake
from db.central.engine import CentralDb, open_central
from db.central.models import CentralEvent, ContestantResult, Package, VenueKey
from tests.central.packages import Made, flip_in_member, make, resign

BY = "组委会 李明"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    return make(tmp_path_factory.mktemp("pool31"), 31)


@pytest.fixture(scope="module")
def keys() -> dict[int, SigningKey]:
    return {n: SigningKey.generate() for n in range(1, 6)}


def _item_package(made: Made, out: Path, item_no: int, key: SigningKey, wrong_total: bool = False) -> Path:
    """``made`` as item ``item_no``'s package (older layout, own people), signed by that item's key."""
    def change(data: dict[str, Any]) -> None:
        data["item"]["no"], data["item"]["name"] = item_no, f"项目{item_no}"
        for i, c in enumerate(data["contestants"]):
            if i % 2:  # half of them also entered item 1: 兼项 warnings from the database side
                c["id_number"] = f"1101011990{item_no:02d}{i:05d}X"
        if wrong_total:  # signed all the same: stored, with the recomputation's errors
            c = next(c for c in data["contestants"] if c["total"] is not None)
            c["total"] = "1.00"

    return resign(made.path, out, key, change, comment=f"timestamp:0\titem:{item_no:02d} 项目{item_no}\trevision:1",
                  drop=("checkpoints.jsonl",))


@pytest.fixture(scope="module")
def paths(made: Made, keys: dict[int, SigningKey], tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Five packages: good, good, damaged on the way (refused), good with a wrong total, good."""
    out = tmp_path_factory.mktemp("pool")
    one = _item_package(made, out / "01.zip", 1, keys[1])
    two = _item_package(made, out / "02.zip", 2, keys[2])
    three = flip_in_member(_item_package(made, out / "03-genuine.zip", 3, keys[3]), out / "03.zip", "results.json")
    four = _item_package(made, out / "04.zip", 4, keys[4], wrong_total=True)
    return [one, two, three, four, _item_package(made, out / "05.zip", 5, keys[5])]


def _db(folder: Path, keys: dict[int, SigningKey]) -> CentralDb:
    folder.mkdir(exist_ok=True)
    db = open_central(str(folder / "central.db"), create=True)
    for n, key in keys.items():
        central.register_key(db, BY, key.public.minisign_line(), f"{n:02d} 赛场", n)
    return db


def _contents(db: CentralDb) -> list[Any]:
    """Every row of the committee database that an import writes, without the times it was written."""
    with db.unit_of_work() as s:
        packages = [{c.name: getattr(p, c.key) for c in Package.__table__.columns if c.name != "imported_at"}
                    for p in s.scalars(select(Package).order_by(Package.id))]
        lines = [tuple(r) for r in s.execute(select(ContestantResult.__table__).order_by(ContestantResult.id))]
        events = [(e.actor, e.action, e.data) for e in s.scalars(select(CentralEvent).order_by(CentralEvent.id))]
        return [packages, lines, events, len(list(s.scalars(select(VenueKey))))]


def _said(outcomes: list[Any]) -> list[str]:
    return [str(o) if isinstance(o, PackageRefused) else o.summary() for o in outcomes]


def _both_ways(paths: list[Path], keys: dict[int, SigningKey], folder: Path) -> tuple[Any, ...]:
    """Outcomes and database contents of importing ``paths`` in one process, then the same with the pool, and
    then, with the pool, the outcomes of importing them all again (twins) both ways."""
    here, pooled = _db(folder / "a", keys), _db(folder / "b", keys)
    try:
        alone = central.import_many(here, BY, paths, workers=0)
        together = central.import_many(pooled, BY, paths, workers=2)
        again = (_said(central.import_many(here, BY, paths, workers=0)),
                 _said(central.import_many(pooled, BY, paths, workers=2)))
        return alone, _contents(here), together, _contents(pooled), again
    finally:
        here.close()
        pooled.close()


def test_pooled_import_equals_the_import_in_one_process(paths: list[Path], keys: dict[int, SigningKey],
                                                          tmp_path: Path) -> None:
    alone, here, together, pooled, again = _both_ways(paths, keys, tmp_path)
    assert _said(together) == _said(alone)
    assert pooled == here
    assert again[0] == again[1]  # each the twin of what is in, the same either way
    refused = together[2]
    assert isinstance(refused, PackageRefused) and refused.package == "03.zip"  # named, and nothing of it stored
    assert refused.file == "SHA256SUMS"
    assert [p["file_name"] for p in pooled[0]] == ["01.zip", "02.zip", "04.zip", "05.zip"]
    statuses = {p["file_name"]: p["status"] for p in pooled[0]}
    assert statuses["04.zip"] == central.ERRORS and statuses["05.zip"] == central.WARNINGS  # 兼项 with item 1


def test_the_pool_checks_in_other_processes_what_the_import_checks_here(paths: list[Path],
                                                                         keys: dict[int, SigningKey],
                                                                         tmp_path: Path) -> None:
    db = _db(tmp_path, keys)
    try:
        registered = central._keys(db)
    finally:
        db.close()
    with central_pool.Checking(paths, registered, None, 2) as pool:
        assert pool.pool is not None
        assert pool.take(0, registered) is None  # checked here while the workers start
        assert pool.take(4, registered) == intake.check(paths[4], registered, None)
        with pytest.raises(PackageRefused) as info:
            pool.take(2, registered)
        with pytest.raises(PackageRefused) as again:
            intake.check(paths[2], registered, None)
        assert str(info.value) == str(again.value)
        assert pool.take(3, registered[:-1]) is None  # other keys registered meanwhile: checked here instead
    with central_pool.Checking(paths, registered, None, 1) as pool:  # the worker is still starting:
        taken = pool._check_one_here(0)  # a package no worker has started is checked here (and by no worker)
        assert taken is not None
        assert pool.take(taken, registered) == intake.check(paths[taken], registered, None)
    assert central_pool.workers_for(paths[:2]) == 0 and central_pool.workers_for(paths) == 0  # too little work
    assert central_pool.workers_for(paths, 1) == 1 and central_pool.workers_for(paths, 9) == 3


def test_a_key_registered_during_the_import_counts(paths: list[Path], keys: dict[int, SigningKey],
                                                   tmp_path: Path) -> None:
    db = _db(tmp_path, {n: k for n, k in keys.items() if n != 5})  # item 5's key is not registered yet

    def progress(done: int, total: int, text: str) -> None:
        if done == 3:
            central.register_key(db, BY, keys[5].public.minisign_line(), "05 赛场", 5)

    try:
        outcomes = central.import_many(db, BY, paths, progress, workers=2)
        assert [isinstance(o, PackageRefused) for o in outcomes] == [False, False, True, False, False]
    finally:
        db.close()


def test_messages_are_worded_by_the_importing_process_translator(paths: list[Path], keys: dict[int, SigningKey],
                                                                 tmp_path: Path) -> None:
    i18n.install_translator(lambda context, text: "EN " + text)  # a worker has no translator: checked here then
    try:
        alone, here, together, pooled, again = _both_ways(paths, keys, tmp_path)
    finally:
        i18n.install_translator(lambda context, text: text)
    assert _said(together) == _said(alone) and pooled == here and again[0] == again[1]
    assert "EN " in str(together[2])


def test_a_cancel_keeps_the_packages_stored_before_it_and_nothing_else(paths: list[Path],
                                                                       keys: dict[int, SigningKey],
                                                                       tmp_path: Path) -> None:
    db = _db(tmp_path, keys)
    stop = threading.Event()

    def progress(done: int, total: int, text: str) -> None:
        if done == 2:
            stop.set()  # the user presses 取消 while package 2 is being stored

    try:
        with pytest.raises(Cancelled, match="已导入的 3 个"):
            central.import_many(db, BY, paths, progress, stop, workers=2)
        assert [p["file_name"] for p in _contents(db)[0]] == ["01.zip", "02.zip"]
    finally:
        db.close()
