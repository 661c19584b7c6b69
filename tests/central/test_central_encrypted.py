"""Venue → committee, signed then encrypted (issue 12): the whole way through the CLI, by hand with the
standard `age`, `minisign` and `sha256sum` tools, and the refusals (wrong fingerprint, wrong recipient)."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from app import sealing
from app.cli.main import main
from app.errors import StateError
from app.package.verify import PackageRefused
from app.roles import Actor
from app.services import central, central_recipient, package, results, venue_keys
from db.central.engine import open_central
from db.venue_file import VenueFile
from tests import committee
from tests.app.package.export_world import distinct, export
from tests.app.services.results_world import build
from tests.conftest import HEAD_PASSPHRASE, HEAD_PIN, personal_data

COMMITTEE_PASS = "组委会加密口令-2026渝"
BY = "组委会 李明"
TOOLS = ("age", "minisign", "sha256sum")


def _fingerprint(out: str) -> str:
    found = re.search(r"指纹：([0-9A-F]{4}(?: [0-9A-F]{4}){3})", out)
    assert found, out
    return found.group(1)


def test_round_trip_through_the_cli_and_by_hand(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VENUESCORE_USER", BY)
    db = ["--db", str(tmp_path / "central.sqlite")]
    assert main(["central", "init", *db]) == 0
    assert main(["central", "signer", "init", *db, "--passphrase", "证书密钥口令-2026"]) == 0
    assert main(["central", "recipient", "init", *db, "--committee-passphrase", COMMITTEE_PASS]) == 0
    pub = tmp_path / "组委会公钥.committee.txt"
    capsys.readouterr()
    assert main(["central", "recipient", "public", *db, "--out", str(pub)]) == 0
    printed = _fingerprint(capsys.readouterr().out)  # what the committee's letter prints

    build(venue, head, staff, tmp_path, distinct(6))
    results.sign_off(venue, head, HEAD_PASSPHRASE)
    venue_key = venue_keys.require_key(venue).public_line
    secrets_of_people = personal_data(venue.path)
    venue.close()
    vdb = ["--db", str(tmp_path / "item31.venue"), "--user", "钱莉", "--pin", HEAD_PIN]
    monkeypatch.setenv("VENUESCORE_KEY_PASSPHRASE", HEAD_PASSPHRASE)
    out = tmp_path / "usb"
    out.mkdir()
    assert main(["package", "export", *vdb, "--out", str(out)]) == 2  # no committee key yet: nothing written
    assert "组委会公钥" in capsys.readouterr().err and not list(out.iterdir())
    assert main(["committee", "import", str(pub), *vdb]) == 2  # shows the fingerprint, imports nothing
    assert printed in capsys.readouterr().out
    assert main(["committee", "import", str(pub), *vdb, "--fingerprint", "0000 0000 0000 0000"]) == 2
    assert "指纹不符" in capsys.readouterr().err
    assert main(["committee", "import", str(pub), *vdb, "--fingerprint", printed.replace(" ", "").lower()]) == 0
    assert main(["package", "export", *vdb, "--out", str(out)]) == 0
    (sealed,) = out.iterdir()
    assert re.fullmatch(r"31-母婴护理-职工组\+学生组-r1\.zip\.age", sealed.name)
    raw = sealed.read_bytes()
    assert raw.startswith(b"age-encryption.org/v1\n")
    assert not [p for p in secrets_of_people if p in raw or p in sealed.name.encode()]

    capsys.readouterr()
    assert main(["central", "keys", "add", venue_key, "--label", "31 赛场", "--item", "31", *db]) == 0
    assert main(["central", "import", str(sealed), *db, "--committee-passphrase", "不是这个口令-0000"]) == 2
    assert "口令不正确" in capsys.readouterr().err
    assert main(["central", "import", str(sealed), *db, "--committee-passphrase", COMMITTEE_PASS]) == 0
    assert "已导入" in capsys.readouterr().out
    assert main(["central", "accept", "1", *db]) == 0
    with open_central(str(tmp_path / "central.sqlite")) as cdb:
        (accepted,) = central.packages(cdb)
        assert accepted.status == central.ACCEPTED and accepted.file_name == sealed.name

    if any(shutil.which(t) is None for t in TOOLS):
        pytest.skip("age / minisign / sha256sum not installed (Debian: apt install age minisign coreutils)")
    identity = tmp_path / "committee-identity.txt"
    assert main(["central", "recipient", "identity", *db, "--committee-passphrase", COMMITTEE_PASS,
                 "--out", str(identity)]) == 0
    assert identity.stat().st_mode & 0o077 == 0  # a secret: owner only
    zipped = tmp_path / "package.zip"
    done = subprocess.run(["age", "-d", "-i", str(identity), "-o", str(zipped), str(sealed)], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(zipped) as z:
        z.extractall(folder)
    ok = subprocess.run(["minisign", "-Vm", "SHA256SUMS", "-P", venue_key], cwd=folder, capture_output=True,
                        text=True, check=False)
    assert ok.returncode == 0 and "Signature and comment signature verified" in ok.stdout + ok.stderr
    sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True, check=False)
    assert sums.returncode == 0 and sums.stdout.count(": OK") == 9  # every file, appeals.json (layout 3) included


def test_a_package_for_another_committee_is_refused_clearly(venue: VenueFile, head: Actor,
                                                            staff: dict[str, Actor], tmp_path: Path) -> None:
    e = export(venue, head, staff, tmp_path)  # encrypted to tests.committee's recipient
    with open_central(str(tmp_path / "other.sqlite"), create=True) as db:
        central.register_key(db, BY, e.key.public_line, "31 赛场", 31)
        with pytest.raises(PackageRefused, match="须输入组委会加密密钥口令"):
            central.import_package(db, BY, e.encrypted)
        other, _ = sealing.new_identity()
        with pytest.raises(PackageRefused, match="不是加密给本机密钥的"):
            central.import_package(db, BY, e.encrypted, other)
        assert central.packages(db) == []
        imported = central.import_package(db, BY, e.encrypted, committee.IDENTITY)
        assert imported.outcome == "imported" and imported.package.status == central.VERIFIED


def test_the_head_judge_reopens_the_package_and_a_stranger_cannot(venue: VenueFile, head: Actor,
                                                                  staff: dict[str, Actor], tmp_path: Path) -> None:
    e = export(venue, head, staff, tmp_path)
    opened = package.open_export(venue, head, HEAD_PASSPHRASE, e.encrypted, tmp_path / "mine.zip")
    assert opened.read_bytes() == e.path.read_bytes()  # the same signed zip the committee gets
    with pytest.raises(Exception, match="口令不正确"):
        package.open_export(venue, head, "别人的口令-12345", e.encrypted, tmp_path / "x.zip")


def test_committee_recipient_is_made_once_and_kept_wrapped(tmp_path: Path) -> None:
    with open_central(str(tmp_path / "c.sqlite"), create=True) as db:
        public = central_recipient.init(db, BY, COMMITTEE_PASS, COMMITTEE_PASS)
        with pytest.raises(StateError):
            central_recipient.init(db, BY, COMMITTEE_PASS, COMMITTEE_PASS)
        identity = central_recipient.unlock(db, COMMITTEE_PASS)
        assert sealing.recipient_of(identity) == public
    raw = (tmp_path / "c.sqlite").read_bytes()
    assert identity.encode() not in raw and b"AGE-SECRET-KEY" not in raw
