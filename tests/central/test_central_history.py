"""The committee checks a package's history: signed checkpoints against audit.jsonl, and the audit trail
against the entries in results.json.  A package whose history contradicts itself is refused and nothing is
stored.  Each forged package here is signed with the genuine venue key — the case of a venue file rewritten
before the head judge signed, exported by software that did not check it.  Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from app.package import export as pkg
from app.package.keys import SigningKey
from app.package.sha256sums import SIG_NAME, SUMS_NAME
from app.services import central
from app.services.audit import GENESIS, record_digest
from db.central.engine import CentralDb
from tests.central.packages import Made, make, members, refused, register, write_raw

Files = dict[str, bytes]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    return make(tmp_path_factory.mktemp("hist31"), 31)


def forge(made: Made, out: Path, change: Callable[[Files], None], key: SigningKey | None = None) -> Path:
    files = {n: b for n, b in members(made.path).items() if n not in (SUMS_NAME, SIG_NAME)}
    change(files)
    data = json.loads(files[pkg.RESULTS_NAME])
    comment = pkg.trusted_comment(data["item"]["no"], data["item"]["name"], data["revision"]["number"],
                                  datetime.fromisoformat(data["exported_at"]))
    return write_raw(out, pkg.sign_files(files, key or made.key, comment))


def _results(files: Files) -> dict[str, Any]:
    return json.loads(files[pkg.RESULTS_NAME])


def _set_results(files: Files, data: dict[str, Any]) -> None:
    files[pkg.RESULTS_NAME] = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _audit(files: Files) -> list[dict[str, Any]]:
    return [json.loads(line) for line in files[pkg.AUDIT_NAME].decode().splitlines()]


def _set_audit(files: Files, records: list[dict[str, Any]], rehash: bool) -> None:
    if rehash:
        prev = GENESIS
        for r in records:
            r["prev_hash"], r["hash"] = prev, record_digest(prev, r["seq"], r["at"], r["actor"], r["role"], r["action"],
                                                      r["data"])
            prev = r["hash"]
    files[pkg.AUDIT_NAME] = pkg.audit_jsonl(records)


def _raise_first_entry(files: Files, value: str = "59", in_audit: bool = False) -> int:
    data = _results(files)
    entry = data["contestants"][0]["entries"][0]
    entry["value"] = value
    _set_results(files, data)
    if in_audit:
        records = _audit(files)
        for r in records:
            for f in (r["data"] or {}).get("facts", []) if isinstance(r["data"], dict) else []:
                if f["table"] == "score_entry" and f["row"]["id"] == entry["id"]:
                    f["row"]["value"] = value
        _set_audit(files, records, rehash=True)
    return int(entry["id"])


def test_the_genuine_package_carries_checkpoints_and_passes(central_db: CentralDb, made: Made) -> None:
    cps = [json.loads(line) for line in members(made.path)[pkg.CHECKPOINTS_NAME].decode().splitlines()]
    assert [c["event"] for c in cps][-3:] == ["decrypt", "sign_off", "export"] and cps[0]["event"] == "lock"
    register(central_db, made)
    result = central.import_package(central_db, "组委会 李明", made.path)
    assert result.package.status == central.VERIFIED


def test_an_empty_audit_trail_is_refused(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)

    def empty(files: Files) -> None:
        files[pkg.AUDIT_NAME] = b""
    refused(central_db, forge(made, tmp_path / "empty.zip", empty), pkg.AUDIT_NAME, "审计记录为空")


def test_an_entry_that_disagrees_with_its_audit_record_is_refused(central_db: CentralDb, made: Made,
                                                                  tmp_path: Path) -> None:
    register(central_db, made)
    holder: list[int] = []
    path = forge(made, tmp_path / "entry.zip", lambda f: holder.append(_raise_first_entry(f)))
    refused(central_db, path, pkg.AUDIT_NAME, f"评分记录 {holder[0]}", "“value”：results.json 中为 59", "审计记录中为")


def test_a_rewritten_and_rehashed_trail_is_refused_by_the_checkpoints(central_db: CentralDb, made: Made,
                                                                      tmp_path: Path) -> None:
    register(central_db, made)
    path = forge(made, tmp_path / "rehashed.zip", lambda f: _raise_first_entry(f, in_audit=True))
    refused(central_db, path, pkg.CHECKPOINTS_NAME, "锁定成绩", "已不是签名时的内容")


def test_an_entry_moved_to_another_contestant_is_refused(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)

    def move(files: Files) -> None:
        data = _results(files)
        a, b = data["contestants"][0], data["contestants"][1]
        b["entries"].append(a["entries"].pop(0))
        _set_results(files, data)
    refused(central_db, forge(made, tmp_path / "moved.zip", move), pkg.AUDIT_NAME, "选手")


def test_a_checkpoint_signed_by_another_key_is_refused(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)
    other = SigningKey.generate()

    def resign_checkpoint(files: Files) -> None:
        cps = [json.loads(line) for line in files[pkg.CHECKPOINTS_NAME].decode().splitlines()]
        cps[0]["signature"] = other.sign_file(cps[0]["statement"].encode(), "x")
        cps[0]["key_id"] = other.public.key_id_hex
        files[pkg.CHECKPOINTS_NAME] = pkg.checkpoints_jsonl(cps)
    refused(central_db, forge(made, tmp_path / "cp.zip", resign_checkpoint), pkg.CHECKPOINTS_NAME, "不是本赛场的密钥")


def test_a_dropped_checkpoint_is_refused(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)

    def drop_first(files: Files) -> None:
        lines = files[pkg.CHECKPOINTS_NAME].decode().splitlines()
        files[pkg.CHECKPOINTS_NAME] = ("\n".join(lines[1:]) + "\n").encode()
    refused(central_db, forge(made, tmp_path / "drop.zip", drop_first), pkg.CHECKPOINTS_NAME, "不一致")


def test_a_package_of_the_older_layout_is_still_imported_with_a_warning(central_db: CentralDb, made: Made,
                                                                        tmp_path: Path) -> None:
    register(central_db, made)

    def older(files: Files) -> None:
        del files[pkg.CHECKPOINTS_NAME]
    result = central.import_package(central_db, "组委会 李明", forge(made, tmp_path / "old.zip", older))
    assert result.outcome == "imported" and result.package.status == central.WARNINGS
    assert [f.code for f in result.package.warnings] == ["no_checkpoints"]
