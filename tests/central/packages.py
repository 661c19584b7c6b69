"""Building, re-signing and damaging packages for the central tests."""

from __future__ import annotations

import json
import os
import stat
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from app.package import export as pkg
from app.package.keys import SigningKey
from app.package.sha256sums import SIG_NAME, SUMS_NAME
from app.package.verify import PackageRefused
from app.services import central
from db.central.engine import CentralDb
from db.central.models import CentralEvent, ContestantResult, Package, VenueKey
from tests.central.world import exported_item


@dataclass(frozen=True)
class Made:
    path: Path  # the genuine package
    public_line: str
    key: SigningKey  # the venue's key, to re-sign a package changed "before signing"
    results: dict[str, Any]


@contextmanager
def data_dir(folder: Path) -> Iterator[None]:
    old = os.environ.get("VENUESCORE_DATA_DIR")
    os.environ["VENUESCORE_DATA_DIR"] = str(folder)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("VENUESCORE_DATA_DIR", None)
        else:
            os.environ["VENUESCORE_DATA_DIR"] = old


def make(base: Path, item_no: int, **kw: Any) -> Made:
    with data_dir(base / "data"):
        e = exported_item(base, item_no, **kw)
    with zipfile.ZipFile(e.path) as z:
        data = json.loads(z.read(pkg.RESULTS_NAME))
    return Made(e.path, e.key.public_line, e.signer, data)


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def write_raw(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return path


def resign(path: Path, out: Path, key: SigningKey, change: Callable[[dict[str, Any]], None] | None = None,
           comment: str | None = None, drop: tuple[str, ...] = ()) -> Path:
    """A package whose results.json was changed *before* signing (a venue bug or a tamperer with the key);
    ``drop`` leaves members out (e.g. checkpoints.jsonl: a package of the older layout)."""
    files = {n: b for n, b in members(path).items() if n not in (SUMS_NAME, SIG_NAME, *drop)}
    data = json.loads(files[pkg.RESULTS_NAME])
    text = comment or pkg.trusted_comment(data["item"]["no"], data["item"]["name"], data["revision"]["number"],
                                          datetime.fromisoformat(data["exported_at"]))
    if change:
        change(data)
    files[pkg.RESULTS_NAME] = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    signed = pkg.sign_files(files, key, text)
    return write_raw(out, signed)


def symlink_zip(path: Path, out: Path) -> Path:
    files = members(path)
    with zipfile.ZipFile(out, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
        info = zipfile.ZipInfo("link")
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        z.writestr(info, "/etc/passwd")
    return out


def bomb_zip(path: Path, out: Path) -> Path:
    files = members(path)
    files["zeros.bin"] = bytes(30 * 1024 * 1024)
    return write_raw(out, files)


def truncated(path: Path, out: Path) -> Path:
    raw = path.read_bytes()
    out.write_bytes(raw[: len(raw) // 2])
    return out


def flip_in_member(path: Path, out: Path, name: str) -> Path:
    files = members(path)
    data = bytearray(files[name])
    i = len(data) // 2
    data[i] ^= 0x01
    files[name] = bytes(data)
    return write_raw(out, files)


def counts(db: CentralDb) -> tuple[int, ...]:
    """Rows of every central table: a refused package must leave them all unchanged."""
    with db.unit_of_work() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(t)) or 0)
                     for t in (Package, ContestantResult, CentralEvent, VenueKey))


def register(db: CentralDb, made: Made, label: str = "31 母婴护理 赛场", item_no: int | None = None,
             groups: list[str] | None = None) -> None:
    """Register the venue's key for its own item (``item_no`` names another item on purpose)."""
    central.register_key(db, "组委会 李明", made.public_line, label, item_no or made.results["item"]["no"], groups)


def refused(db: CentralDb, path: Path, *fragments: str) -> PackageRefused:
    """The import refuses ``path`` with a message naming the package and ``fragments``; nothing is stored."""
    before = counts(db)
    with pytest.raises(PackageRefused) as info:
        central.import_package(db, "组委会 李明", path)
    text = str(info.value)
    for fragment in fragments:
        assert fragment in text, text
    assert path.name in text  # the message always names the package
    assert counts(db) == before
    return info.value


@contextmanager
def statements(db: CentralDb) -> Iterator[list[str]]:
    """Every SQL statement sent to the database meanwhile (an executemany counts once)."""
    seen: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
