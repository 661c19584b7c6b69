"""Venues for the central tests: signed-off items exported as packages, built through the services."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from app.roles import Actor, Role
from app.services import users, vault, venue_keys
from app.services.venue import create_venue
from db.venue_file import VenueFile
from tests import committee
from tests.app.package.export_world import PASSPHRASE, Exported, distinct
from tests.app.services.results_world import Spec, World, build
from tests.conftest import HEAD_PASSPHRASE, HEAD_PIN

COMPETITION_DATE = date(2026, 11, 28)


def make_venue(path: Path, item_no: int, head_judge: str = "钱莉", groups: list[str] | None = None
               ) -> tuple[VenueFile, Actor, dict[str, Actor]]:
    v = create_venue(path, item_no=item_no, competition_date=COMPETITION_DATE, venue_place="重庆市 实训楼",
                     head_judge=head_judge, head_judge_pin=HEAD_PIN, groups=groups or ["职工组"])
    head = users.sign_in(v, head_judge, HEAD_PIN)
    vault.create(v, head, PASSPHRASE, PASSPHRASE)
    committee.install(v, head)
    users.add_user(v, head, "周敏", Role.CHECKIN, "1111")
    for i in range(1, 4):
        users.add_user(v, head, f"裁判{i}", Role.JUDGE, f"200{i}", judge_no=f"J{i}")
    staff = {"head": head, "checkin": users.sign_in(v, "周敏", "1111")}
    for i in range(1, 4):
        staff[f"J{i}"] = users.sign_in(v, f"裁判{i}", f"200{i}")
    return v, head, staff


@contextmanager
def signed_item(folder: Path, item_no: int, specs: list[Spec], seed: int = 2026
                ) -> Iterator[tuple[VenueFile, Actor, dict[str, Actor], World]]:
    """The venue file of ``item_no`` in ``folder``: one scored contestant per spec, results signed off by the
    head judge; closed when the block ends."""
    from app.services import results

    v, head, staff = make_venue(folder / f"item{item_no:02d}.venue", item_no)
    try:
        w = build(v, head, staff, folder, specs, seed=seed)
        results.sign_off(v, head, HEAD_PASSPHRASE)
        yield v, head, staff, w
    finally:
        v.close()


def exported_item(tmp_path: Path, item_no: int, n: int = 6, seed: int = 2026, top: float = 99.0,
                  specs: list[Spec] | None = None) -> Exported:
    """A whole venue for ``item_no``: roster (demo people of ``seed``), scores (``specs``, or ``n`` distinct
    totals from ``top`` down), sign-off, package."""
    from app.services import package

    folder = tmp_path / f"item{item_no:02d}"
    folder.mkdir()
    with signed_item(folder, item_no, specs or distinct(n, top=top), seed=seed) as (v, head, _staff, w):
        view = package.export_package(v, head, PASSPHRASE, folder)
        return Exported(w, view, venue_keys.require_key(v), venue_keys.unlock(v, head, PASSPHRASE))
