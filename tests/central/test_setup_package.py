"""Committee → venue (issue 12): the signed setup package.  Round trip central setup → new venue → day →
encrypted package → central decrypt, verify, accept; refusals (flipped byte, unknown committee key, wrong item)
create nothing."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import pytest

from app.cli.main import main
from app.package.setup_format import SetupRefused
from app.roles import Role
from app.services import (
    central,
    central_recipient,
    certificates,
    checkin,
    committee,
    roster,
    users,
)
from app.services import setup_package as setup
from db.central.engine import CentralDb, open_central
from tests.app.package.export_world import distinct, sign_and_export
from tests.app.services.results_world import build
from tests.conftest import HEAD_PASSPHRASE, roster_rows, write_roster

BY = "组委会 李明"
SIGNER_PASS = "证书密钥口令-2026"
COMMITTEE_PASS = "组委会加密口令-2026渝"
ACCOUNTS = [setup.Account("周敏", Role.CHECKIN), setup.Account("裁判1", Role.JUDGE, "J1"),
            setup.Account("裁判2", Role.JUDGE, "J2"), setup.Account("裁判3", Role.JUDGE, "J3")]


@pytest.fixture
def cdb(tmp_path: Path) -> CentralDb:
    db = open_central(str(tmp_path / "central.sqlite"), create=True)
    certificates.init_committee_key(db, BY, SIGNER_PASS, SIGNER_PASS)
    central_recipient.init(db, BY, COMMITTEE_PASS, COMMITTEE_PASS)
    yield db
    db.close()


def _setup(cdb: CentralDb, tmp_path: Path, item_no: int = 31, n: int = 3) -> Path:
    roster_file = write_roster(tmp_path / "committee-roster.xlsx", roster_rows(n, seed=11))
    out = tmp_path / "to-venue"
    out.mkdir(exist_ok=True)
    return setup.make(cdb, BY, SIGNER_PASS, item_no=item_no, competition_date=date(2026, 11, 28), place="重庆市 实训楼",
                      head_judge="钱莉", accounts=ACCOUNTS, roster_file=roster_file, out_dir=out,
                      groups=["职工组"])


def test_setup_to_accepted_encrypted_package(cdb: CentralDb, tmp_path: Path) -> None:
    path = _setup(cdb, tmp_path)
    assert path.name == "31-母婴护理-设置包.zip"
    fingerprint = central_recipient.public_keys(cdb).fingerprint
    done = setup.create_venue_from(path, tmp_path / "item31.venue", fingerprint, head_judge_pin="2468",
                                   passphrase=HEAD_PASSPHRASE, passphrase_confirm=HEAD_PASSPHRASE, expected_item=31)
    v = done.venue
    try:
        assert done.roster.added == 3 and len(done.pins) == 4
        assert committee.current(v) == central_recipient.public_keys(cdb)  # packages are encrypted to it
        head = users.sign_in(v, "钱莉", "2468")
        pins = {name: pin for name, _role, pin in done.pins}
        staff = {"head": head, "checkin": users.sign_in(v, "周敏", pins["周敏"])}
        for j in (1, 2, 3):
            staff[f"J{j}"] = users.sign_in(v, f"裁判{j}", pins[f"裁判{j}"])
        for c in roster.list_contestants(v):  # the committee's three did not come; the day runs on six others
            checkin.mark_absent(v, staff["checkin"], c.id)
        build(v, head, staff, tmp_path, distinct(6))
        exported, key_line = sign_and_export(v, head, tmp_path / "usb")
    finally:
        v.close()
    central.register_key(cdb, BY, key_line, "31 赛场", 31)  # the venue key, registered for exactly this item
    imported = central.import_package(cdb, BY, exported.path, central_recipient.unlock(cdb, COMMITTEE_PASS))
    assert imported.package.status == central.VERIFIED, imported.package.findings
    assert central.accept(cdb, BY, imported.package.id).status == central.ACCEPTED


def _refused(tmp_path: Path, path: Path, fingerprint: str, expected: int | None, match: str) -> None:
    target = tmp_path / "refused.venue"
    with pytest.raises(SetupRefused, match=match):
        setup.create_venue_from(path, target, fingerprint, head_judge_pin="2468", passphrase=HEAD_PASSPHRASE,
                                passphrase_confirm=HEAD_PASSPHRASE, expected_item=expected)
    assert not target.exists() and not list(tmp_path.glob("refused.venue*"))
    assert not (tmp_path / "data" / "backups").exists() or not any((tmp_path / "data" / "backups").iterdir())


def test_refusals_create_nothing(cdb: CentralDb, tmp_path: Path) -> None:
    path = _setup(cdb, tmp_path)
    fingerprint = central_recipient.public_keys(cdb).fingerprint
    _refused(tmp_path, path, fingerprint, 7, "不是您选择的项目 07")  # wrong item
    _refused(tmp_path, path, "0000 1111 2222 3333", 31, "与您输入的不同")  # not the committee's key

    with zipfile.ZipFile(path) as z:
        files = {n: z.read(n) for n in z.namelist()}
    flipped = bytearray(files["roster.xlsx"])
    flipped[len(flipped) // 2] ^= 0x01
    bad = tmp_path / "flipped.zip"
    with zipfile.ZipFile(bad, "w") as z:
        for name, data in files.items():
            z.writestr(name, bytes(flipped) if name == "roster.xlsx" else data)
    _refused(tmp_path, bad, fingerprint, 31, "roster.xlsx")

    # setup.json spelling half of a UTF-16 pair (app/package/json_text.py): refused as damaged on reading
    surrogate = tmp_path / "surrogate.zip"
    assert b'"format": "' in files["setup.json"]
    with zipfile.ZipFile(surrogate, "w") as z:
        for name, data in files.items():
            z.writestr(name, data.replace(b'"format": "', b'"x": "\\ud800", "format": "', 1) if name == "setup.json"
                       else data)
    _refused(tmp_path, surrogate, fingerprint, 31, "不是赛场设置包")

    # a stranger's setup package carrying its own keys: its fingerprint is not the one on the letter
    other_db = open_central(str(tmp_path / "other.sqlite"), create=True)
    try:
        certificates.init_committee_key(other_db, BY, SIGNER_PASS, SIGNER_PASS)
        central_recipient.init(other_db, BY, COMMITTEE_PASS, COMMITTEE_PASS)
        (tmp_path / "other").mkdir()
        forged = setup.make(other_db, BY, SIGNER_PASS, item_no=31, competition_date=date(2026, 11, 28), place="某地",
                            head_judge="钱莉", accounts=[], roster_file=tmp_path / "committee-roster.xlsx",
                            out_dir=tmp_path / "other")
    finally:
        other_db.close()
    _refused(tmp_path, forged, fingerprint, 31, "与您输入的不同")


def test_a_bad_roster_in_the_setup_leaves_no_venue(cdb: CentralDb, tmp_path: Path) -> None:
    rows = roster_rows(2, seed=11)
    rows[1][1] = "500103199001011230"  # wrong check character
    write_roster(tmp_path / "bad-roster.xlsx", rows)
    (tmp_path / "to-venue").mkdir()
    path = setup.make(cdb, BY, SIGNER_PASS, item_no=31, competition_date=date(2026, 11, 28), place="重庆市 实训楼",
                      head_judge="钱莉", accounts=ACCOUNTS, roster_file=tmp_path / "bad-roster.xlsx",
                      out_dir=tmp_path / "to-venue", groups=["职工组"])
    target = tmp_path / "x.venue"
    with pytest.raises(Exception, match="未导入任何选手"):
        setup.create_venue_from(path, target, central_recipient.public_keys(cdb).fingerprint, head_judge_pin="2468",
                                passphrase=HEAD_PASSPHRASE, passphrase_confirm=HEAD_PASSPHRASE)
    assert not list(tmp_path.glob("x.venue*"))
    backups = tmp_path / "data" / "backups"
    assert not backups.exists() or not any(p.is_file() for p in backups.rglob("*"))


def test_cli_setup_and_new(cdb: CentralDb, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    cdb.close()
    monkeypatch.setenv("VENUESCORE_USER", BY)
    write_roster(tmp_path / "r.xlsx", roster_rows(2, seed=11))
    db = ["--db", str(tmp_path / "central.sqlite")]
    (tmp_path / "out").mkdir()
    assert main(["central", "setup", *db, "--item", "31", "--group", "职工组", "--date", "2026-11-28", "--place", "实训楼",
                 "--head-judge", "钱莉", "--account", "周敏:检录员", "--account", "裁判1:裁判员:J1",
                 "--roster", str(tmp_path / "r.xlsx"), "--out", str(tmp_path / "out"), "--passphrase", SIGNER_PASS]) == 0
    out = capsys.readouterr().out
    fp = re.search(r"指纹：([0-9A-F]{4}(?: [0-9A-F]{4}){3})", out)
    assert fp, out
    (setup_file,) = (tmp_path / "out").iterdir()
    new = ["new", str(tmp_path / "v.venue"), "--setup", str(setup_file), "--pin", "2468",
           "--passphrase", HEAD_PASSPHRASE]
    assert main(new) == 2 and fp.group(1) in capsys.readouterr().err  # shows the fingerprint, creates nothing
    assert not (tmp_path / "v.venue").exists()
    assert main([*new, "--fingerprint", fp.group(1)]) == 0
    text = capsys.readouterr().out
    assert "新增 2 人" in text and re.search(r"裁判员\s+裁判1\s+\d{6}", text), text  # PINs shown once
    assert main(["committee", "show", "--db", str(tmp_path / "v.venue")]) == 0
    assert fp.group(1) in capsys.readouterr().out
