"""A signed-off venue and its exported package, shared by the export and central tests."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from app.package.keys import SigningKey
from app.roles import Actor
from app.services import package, results, venue_keys
from db.venue_file import VenueFile
from tests import committee
from tests.app.services.results_world import World, build
from tests.conftest import HEAD_PASSPHRASE

PASSPHRASE = HEAD_PASSPHRASE


def distinct(n: int, top: float = 99.0, step: float = 0.25) -> list[tuple[str, str]]:
    out = []
    for i in range(n):
        t = Decimal(str(top)) - Decimal(str(step)) * i
        out.append((str(t * Decimal("0.6")), str(t * Decimal("0.4"))))
    return out


@dataclass(frozen=True)
class Exported:
    world: World
    view: package.ExportView
    key: venue_keys.KeyInfo
    signer: SigningKey  # the venue's unlocked key, to re-sign a package changed "before signing"

    @property
    def encrypted(self) -> Path:
        """What the export wrote: the signed zip encrypted to the committee and the venue (.zip.age)."""
        assert self.view.path is not None
        return self.view.path

    @property
    def path(self) -> Path:
        """The signed zip inside, as the committee has it after decryption."""
        return committee.decrypted(self.encrypted)


def signed_venue(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path, n: int = 6,
                 **kw: object) -> World:
    w = build(venue, head, staff, tmp_path, distinct(n), **kw)  # type: ignore[arg-type]
    committee.install(venue, head)
    results.sign_off(venue, head, HEAD_PASSPHRASE)
    return w


def export(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path, n: int = 6) -> Exported:
    w = signed_venue(venue, head, staff, tmp_path, n)
    key = venue_keys.require_key(venue)
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    view = package.export_package(venue, head, PASSPHRASE, out)
    return Exported(w, view, key, venue_keys.unlock(venue, head, PASSPHRASE))


def sign_and_export(venue: VenueFile, head: Actor, out: Path) -> tuple[package.ExportView, str]:
    """The head judge signs the results off and exports the package into the new folder ``out`` (a USB stick);
    gives the export and the venue key's public line (what the committee registers)."""
    results.sign_off(venue, head, PASSPHRASE)
    out.mkdir()
    return package.export_package(venue, head, PASSPHRASE, out), venue_keys.require_key(venue).public_line
