"""Every kind of damage or forgery is refused with a message naming the file and the reason, and the
central database is left exactly as it was.  Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app.errors import DomainError
from app.package import export as pkg
from app.package.keys import SigningKey
from app.package.sha256sums import SIG_NAME, SUMS_NAME
from app.services import central
from db.central.engine import CentralDb
from tests.central.packages import (
    Made,
    bomb_zip,
    counts,
    flip_in_member,
    make,
    members,
    refused,
    register,
    resign,
    symlink_zip,
    truncated,
    write_raw,
)

MEMBERS = [pkg.RESULTS_NAME, pkg.AUDIT_NAME, pkg.CHECKPOINTS_NAME, pkg.APPEALS_NAME, pkg.XLSX_NAME, "成绩汇总表.pdf",
           "获奖名单.pdf", "合格名单.pdf", "评分明细表.pdf", SUMS_NAME, SIG_NAME]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    return make(tmp_path_factory.mktemp("pkg31"), 31)


def test_genuine_package_is_accepted_as_a_control(central_db: CentralDb, made: Made) -> None:
    register(central_db, made)
    result = central.import_package(central_db, "组委会 李明", made.path)
    assert result.outcome == "imported" and result.package.status == central.VERIFIED


def test_the_package_lists_exactly_the_expected_files(made: Made) -> None:
    assert sorted(members(made.path)) == sorted(MEMBERS)


@pytest.mark.parametrize("name", MEMBERS)
def test_a_byte_flipped_in_any_file_is_refused(central_db: CentralDb, made: Made, tmp_path: Path, name: str) -> None:
    register(central_db, made)
    bad = flip_in_member(made.path, tmp_path / "flipped.zip", name)
    err = refused(central_db, bad)
    if name not in (SUMS_NAME, SIG_NAME):
        assert f"文件“{name}”的哈希不符" in err.reason
    elif name == SUMS_NAME:
        assert err.file == SIG_NAME and "签名无效" in err.reason
    else:
        assert err.file == SIG_NAME


def test_a_byte_flipped_in_the_zip_itself_is_refused(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)
    raw = bytearray(made.path.read_bytes())
    with zipfile.ZipFile(made.path) as z:
        info = z.getinfo(pkg.RESULTS_NAME)
    raw[info.header_offset + 30 + len(info.filename.encode()) + 10] ^= 0xFF  # inside the compressed data
    bad = tmp_path / "damaged.zip"
    bad.write_bytes(bytes(raw))
    refused(central_db, bad, "损坏")


def test_a_removed_file_is_refused(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)
    files = members(made.path)
    del files["合格名单.pdf"]
    refused(central_db, write_raw(tmp_path / "removed.zip", files), "缺少文件“合格名单.pdf”")


def test_an_added_file_is_refused(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)
    files = members(made.path)
    files["说明.txt"] = "多放的文件".encode()
    refused(central_db, write_raw(tmp_path / "added.zip", files), "多出文件“说明.txt”")


def test_a_missing_signature_is_refused(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)
    files = members(made.path)
    del files[SIG_NAME]
    refused(central_db, write_raw(tmp_path / "nosig.zip", files), SIG_NAME, "缺少此文件")


def test_a_signature_by_another_key_is_refused(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)
    bad = resign(made.path, tmp_path / "other-key.zip", SigningKey.generate())
    refused(central_db, bad, SIG_NAME, "未登记")


def test_a_forged_key_id_is_refused(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    """Another key claiming the registered key's id: the signature itself fails."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    register(central_db, made)
    forger = SigningKey(Ed25519PrivateKey.generate(), made.key.key_id)
    refused(central_db, resign(made.path, tmp_path / "forged.zip", forger), SIG_NAME, "签名无效")


def test_an_unregistered_key_is_refused(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    central.register_key(central_db, "组委会 李明", SigningKey.generate().public.minisign_line(), "别的赛场", 31)
    refused(central_db, made.path, SIG_NAME, "未登记")


def test_no_key_registered_at_all_is_refused(central_db: CentralDb, made: Made) -> None:
    before = counts(central_db)
    with pytest.raises(DomainError, match="尚未登记任何赛场公钥"):
        central.import_package(central_db, "组委会 李明", made.path)
    assert counts(central_db) == before


def test_a_key_registered_for_another_item_is_refused(central_db: CentralDb, made: Made) -> None:
    register(central_db, made, "05 赛场", item_no=5)
    refused(central_db, made.path, "项目 05")


def test_a_dotdot_entry_is_refused(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)
    files = members(made.path)
    files["../evil.txt"] = b"x"
    refused(central_db, write_raw(tmp_path / "dotdot.zip", files), "../evil.txt", "..")


def test_a_symlink_is_refused(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)
    refused(central_db, symlink_zip(made.path, tmp_path / "link.zip"), "“link”", "符号链接")


def test_a_zip_bomb_is_refused(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)
    refused(central_db, bomb_zip(made.path, tmp_path / "bomb.zip"), "zeros.bin", "压缩炸弹")


def test_a_truncated_file_is_refused(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)
    refused(central_db, truncated(made.path, tmp_path / "half.zip"), "不完整或已损坏")


def test_not_a_zip_at_all_is_refused(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)
    bad = tmp_path / "notes.zip"
    bad.write_text("这不是压缩包", encoding="utf-8")
    refused(central_db, bad, "损坏")


def _total_as_number(data: dict[str, Any]) -> None:
    data["contestants"][0]["total"] = 99.0  # a float: the schema demands decimal text


def _unknown_award(data: dict[str, Any]) -> None:
    data["contestants"][0]["award"] = "特等奖"


def _missing_item(data: dict[str, Any]) -> None:
    del data["item"]


@pytest.mark.parametrize("change", [_total_as_number, _unknown_award, _missing_item])
def test_results_json_failing_the_schema_is_refused(central_db: CentralDb, made: Made, tmp_path: Path,
                                                    change: Any) -> None:
    register(central_db, made)
    err = refused(central_db, resign(made.path, tmp_path / "schema.zip", made.key, change), pkg.RESULTS_NAME,
                  "不符合 results.json 格式")
    assert err.problems and err.problems[0].file == pkg.RESULTS_NAME


def test_results_json_that_is_not_json_is_refused(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)
    files = {n: b for n, b in members(made.path).items() if n not in (SUMS_NAME, SIG_NAME)}
    files[pkg.RESULTS_NAME] = b"{not json"
    signed = pkg.sign_files(files, made.key, "timestamp:0\titem:31 母婴护理\trevision:1")
    refused(central_db, write_raw(tmp_path / "notjson.zip", signed), pkg.RESULTS_NAME, "JSON")


def test_a_trusted_comment_naming_another_revision_is_refused(central_db: CentralDb, made: Made,
                                                              tmp_path: Path) -> None:
    register(central_db, made)
    bad = resign(made.path, tmp_path / "comment.zip", made.key, comment="timestamp:0\titem:31 母婴护理\trevision:7")
    refused(central_db, bad, SIG_NAME, "第 7 版")


def test_the_signature_file_replaced_by_garbage_is_refused(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)
    files = members(made.path)
    files[SIG_NAME] = b"untrusted comment: x\nnot base64\n"
    refused(central_db, write_raw(tmp_path / "garbage.zip", files), SIG_NAME, "签名文件格式不正确")


def test_results_changed_before_signing_are_caught_by_recomputation(central_db: CentralDb, made: Made,
                                                                    tmp_path: Path) -> None:
    """Signed by the genuine key, but a total was raised: verification passes, validation finds it."""
    register(central_db, made)

    def raise_last(data: dict[str, Any]) -> None:
        last = max((c for c in data["contestants"] if c["rank"]), key=lambda c: c["rank"])
        last["total"] = "100.00"

    result = central.import_package(central_db, "组委会 李明", resign(made.path, tmp_path / "raised.zip", made.key,
                                                                   raise_last))
    assert result.package.status == central.ERRORS
    codes = {f.code for f in result.package.errors}
    assert "total_mismatch" in codes
    assert any("按评分记录重算为" in f.message for f in result.package.errors)
    with pytest.raises(DomainError, match="错误，不能接收"):
        central.accept(central_db, "组委会 李明", result.package.id, acknowledge_warnings=True)
    assert central.package(central_db, result.package.id).status == central.ERRORS


def test_an_award_beyond_the_rules_is_an_error(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)

    def extra_first(data: dict[str, Any]) -> None:
        second = next(c for c in data["contestants"] if c["rank"] == 2)
        second["award"] = "一等奖"

    result = central.import_package(central_db, "组委会 李明", resign(made.path, tmp_path / "award.zip", made.key,
                                                                   extra_first))
    assert result.package.status == central.ERRORS
    assert any(f.code == "award_mismatch" and "一等奖" in f.message for f in result.package.errors)
    assert any(f.code == "over_quota" for f in result.package.warnings)


def test_a_pass_mark_against_the_pass_line_is_an_error(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)

    def fail_first(data: dict[str, Any]) -> None:
        data["contestants"][0]["passed"] = False

    result = central.import_package(central_db, "组委会 李明", resign(made.path, tmp_path / "pass.zip", made.key,
                                                                   fail_first))
    assert any(f.code == "pass_mismatch" and "合格线" in f.message for f in result.package.errors)


def test_a_broken_audit_trail_is_an_error(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)
    files = {n: b for n, b in members(made.path).items() if n not in (SUMS_NAME, SIG_NAME)}
    lines = files[pkg.AUDIT_NAME].decode().splitlines()
    record = json.loads(lines[2])
    record["actor"] = "冒名者"
    lines[2] = json.dumps(record, ensure_ascii=False)
    files[pkg.AUDIT_NAME] = ("\n".join(lines) + "\n").encode()
    data = json.loads(files[pkg.RESULTS_NAME])
    signed = pkg.sign_files(files, made.key, f"timestamp:0\titem:31 {data['item']['name']}\trevision:1")
    result = central.import_package(central_db, "组委会 李明", write_raw(tmp_path / "audit.zip", signed))
    assert any(f.code == "audit_broken" and "第 3 行" in f.message for f in result.package.errors)
