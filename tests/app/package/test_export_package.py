"""Venue side: the key, the export after sign-off, what a package holds, and checking it with stock tools."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import StateError, ValidationError
from app.package.keys import PublicKey
from app.package.verify import PackageRefused, schema_problems, verify_package
from app.roles import Actor
from app.services import package, results
from app.services.results_snapshot import sha256_of
from db.models import AuditRecord, ExportRecord, Vault
from db.venue_file import VenueFile
from tests.app.package.export_world import PASSPHRASE, export, signed_venue
from tests.app.services.results_world import build


def test_export_needs_sign_off(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path) -> None:
    build(venue, head, staff, tmp_path, [("59", "39"), ("58", "38")])
    status = package.status(venue, head)
    assert not status.can_export and "签字确认" in (status.blocker or "")
    with pytest.raises(StateError, match="签字确认"):
        package.export_package(venue, head, PASSPHRASE, tmp_path)
    with venue.unit_of_work() as s:
        assert s.scalars(select(ExportRecord)).first() is None


def test_export_writes_a_signed_package_and_records_it(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                       tmp_path: Path) -> None:
    e = export(venue, head, staff, tmp_path)
    rev = results.latest_revision(venue)
    assert rev is not None
    # Only the encrypted file is written; its name holds item, groups and revision, nothing personal.
    assert e.view.file_name == "31-母婴护理-职工组+学生组-r1.zip.age" and e.encrypted.is_file()
    assert e.encrypted.read_bytes().startswith(b"age-encryption.org/v1\n")
    assert sorted(p.name for p in e.encrypted.parent.iterdir()) == [e.view.file_name]  # no clear zip beside it
    with zipfile.ZipFile(e.path) as z:
        names = set(z.namelist())
        data = json.loads(z.read("results.json"))
        audit_lines = z.read("audit.jsonl").decode().splitlines()
        sums = z.read("SHA256SUMS").decode()
        sig = z.read("SHA256SUMS.minisig").decode()
    assert {"results.json", "audit.jsonl", "checkpoints.jsonl", "appeals.json", "results.xlsx", "成绩汇总表.pdf",
            "获奖名单.pdf", "合格名单.pdf",
            "评分明细表.pdf", "SHA256SUMS", "SHA256SUMS.minisig"} == names
    assert data["exported_at"] is not None and sha256_of({**data, "exported_at": None}) == rev.snapshot_sha256
    assert not schema_problems(data)
    assert json.loads(audit_lines[0])["seq"] == 1 and len(audit_lines) >= data["audit"]["records"]
    assert all(f"  {n}\n" in sums for n in names - {"SHA256SUMS", "SHA256SUMS.minisig"})
    assert "item:31 母婴护理" in sig and "revision:1" in sig
    seed = e.signer._private.private_bytes_raw()  # noqa: SLF001
    with venue.unit_of_work() as s:
        wrapped = s.get(Vault, 1).by_passphrase  # type: ignore[union-attr]
    for member in names:  # neither the private key nor its wrapped form ever travels
        with zipfile.ZipFile(e.path) as z:
            content = z.read(member)
            assert seed not in content and wrapped[-60:].encode() not in content and b"AGE-SECRET" not in content
    with venue.unit_of_work() as s:
        rec = s.scalars(select(ExportRecord)).one()
        assert (rec.revision, rec.file_name, rec.sha256, rec.snapshot_sha256) == (
            1, e.view.file_name, e.view.sha256, rev.snapshot_sha256)
        assert s.scalars(select(AuditRecord).where(AuditRecord.action == "package.export")).one()
    status = package.status(venue, head)
    assert status.last_export is not None and not status.changed_since_export
    assert package.exports(venue)[0].sha256 == e.view.sha256

    verified = verify_package(e.path, [PublicKey.parse(e.key.public_line)])
    assert verified.zip_sha256 == e.view.sha256 and verified.results["revision"]["number"] == 1


def test_wrong_passphrase_exports_nothing(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                          tmp_path: Path) -> None:
    signed_venue(venue, head, staff, tmp_path)
    with pytest.raises(ValidationError, match="口令不正确"):
        package.export_package(venue, head, "not the passphrase", tmp_path)
    assert list(tmp_path.glob("*.zip")) == [] and package.exports(venue) == []


def test_cancel_leaves_no_package(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path) -> None:
    import threading

    from app.errors import Cancelled

    signed_venue(venue, head, staff, tmp_path)
    cancel = threading.Event()
    seen: list[str] = []

    def progress(done: int, total: int, text: str) -> None:
        seen.append(text)
        if done == 2:
            cancel.set()

    with pytest.raises(Cancelled):
        package.export_package(venue, head, PASSPHRASE, tmp_path, progress, cancel)
    assert seen and list(tmp_path.glob("*.zip")) == [] and package.exports(venue) == []


@pytest.mark.skipif(shutil.which("minisign") is None or shutil.which("sha256sum") is None,
                    reason="minisign / sha256sum not installed (Debian: apt install minisign)")
def test_stock_minisign_and_sha256sum_verify_the_package(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                         tmp_path: Path) -> None:
    e = export(venue, head, staff, tmp_path)
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(e.path) as z:
        z.extractall(folder)
    ok = subprocess.run(["minisign", "-Vm", "SHA256SUMS", "-P", e.key.public_line], cwd=folder,
                        capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    assert "Signature and comment signature verified" in ok.stdout + ok.stderr and "revision:1" in ok.stdout
    sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True, check=False)
    # 7 files + checkpoints.jsonl (layout 2) + appeals.json (layout 3)
    assert sums.returncode == 0 and sums.stdout.count(": OK") == 9
    (folder / "results.json").write_bytes((folder / "results.json").read_bytes().replace(b'"99.00"', b'"99.50"'))
    bad = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True, check=False)
    assert bad.returncode != 0 and "results.json: FAILED" in bad.stdout


def test_cli_keys_export_and_verify(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli.main import main

    signed_venue(venue, head, staff, tmp_path)
    venue.close()  # the CLI opens the file itself
    db = str(tmp_path / "item31.venue")
    os.environ["VENUESCORE_KEY_PASSPHRASE"] = PASSPHRASE
    try:
        assert main(["keys", "init", "--db", db, "--user", "钱莉", "--pin", "2468"]) == 2  # set up already
        assert "已设置" in capsys.readouterr().err
        pub = tmp_path / "venue.pub"
        assert main(["keys", "show", "--db", db, "--pub-out", str(pub)]) == 0
        out_dir = tmp_path / "usb"
        out_dir.mkdir()
        assert main(["package", "export", "--db", db, "--user", "钱莉", "--pin", "2468", "--out", str(out_dir)]) == 0
        sealed = next(out_dir.glob("*.zip.age"))
        capsys.readouterr()
        assert main(["package", "verify", str(sealed), "--key", str(pub)]) == 2  # encrypted: open it first
        assert "package open" in capsys.readouterr().err
        zip_path = tmp_path / "opened.zip"  # the head judge reopens it with the passphrase
        assert main(["package", "open", str(sealed), "--out", str(zip_path), "--db", db, "--user", "钱莉",
                     "--pin", "2468"]) == 0
    finally:
        del os.environ["VENUESCORE_KEY_PASSPHRASE"]
    capsys.readouterr()
    assert main(["package", "verify", str(zip_path), "--key", str(pub)]) == 0
    assert "核验通过" in capsys.readouterr().out
    other = PublicKey.parse(pub.read_text()).minisign_line()[:-4] + "AAAA"
    assert main(["package", "verify", str(zip_path), "--key", other]) == 2
    assert "已拒绝" in capsys.readouterr().err


def test_package_verify_names_the_missing_key(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                              tmp_path: Path) -> None:
    from app.package.keys import SigningKey

    e = export(venue, head, staff, tmp_path)
    with pytest.raises(PackageRefused, match="未登记"):
        verify_package(e.path, [SigningKey.generate().public])


def test_exporting_the_same_revision_again_keeps_the_earlier_file(
    venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Re-export of one revision: the file already on the stick (maybe the one handed in) is never overwritten;
    the new one gets a distinct name and the export says so.  The CLI says the same."""
    from app.cli.main import main
    from app.services import day

    signed_venue(venue, head, staff, tmp_path)
    state = day.day_state(venue)  # right after sign-off: not "changed since export" but "not exported yet"
    assert state.exported_revision is None and state.export_text == "第 1 版尚未导出成绩包"
    usb = tmp_path / "usb"
    usb.mkdir()
    first = package.export_package(venue, head, PASSPHRASE, usb)
    assert first.path is not None and first.kept is None and first.kept_note == ""
    before = first.path.read_bytes()
    second = package.export_package(venue, head, PASSPHRASE, usb)
    assert second.path is not None and second.path != first.path and second.kept == first.path
    assert first.path.read_bytes() == before, "the earlier package is untouched"
    assert second.path.name == first.path.name.replace("-r1.zip", "-r1-2.zip")
    assert first.path.name in second.kept_note and second.path.name in second.kept_note
    assert [e.file_name for e in package.exports(venue)] == [first.path.name, second.path.name]
    assert day.day_state(venue).export_text == "第 1 版成绩包已导出"

    venue.close()
    os.environ["VENUESCORE_KEY_PASSPHRASE"] = PASSPHRASE
    try:
        assert main(["package", "export", "--db", str(venue.path), "--user", "钱莉", "--pin", "2468",
                     "--out", str(usb)]) == 0
    finally:
        del os.environ["VENUESCORE_KEY_PASSPHRASE"]
    out = capsys.readouterr().out
    assert "-r1-3.zip.age" in out and "没有覆盖" in out
    assert first.path.read_bytes() == before and len(list(usb.glob("*.zip.age"))) == 3
