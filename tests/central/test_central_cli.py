"""`venuescore central …` and `venuescore certificate verify` end to end (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.cli.main import main
from app.services import central_reports as reports
from app.services import certificates
from db.central.engine import open_central
from tests.central.packages import Made, make

PASS = "组委会口令-2026"


@pytest.fixture(scope="module")
def item31(tmp_path_factory: pytest.TempPathFactory) -> Made:
    return make(tmp_path_factory.mktemp("pkg31"), 31)


def test_central_cli_round_trip(central_target: str, item31: Made, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VENUESCORE_USER", "组委会 李明")
    db = ["--db", central_target]
    assert main(["central", "init", *db]) == 0
    assert main(["central", "keys", "add", item31.public_line, "--label", "31 赛场", "--item", "31", *db]) == 0
    assert "指纹" in capsys.readouterr().out
    assert main(["central", "keys", "list", *db]) == 0
    assert "31 赛场" in capsys.readouterr().out

    bad = tmp_path / "bad.zip"
    bad.write_bytes(item31.path.read_bytes()[:500])
    assert main(["central", "import", str(item31.path), str(bad), *db]) == 2
    out = capsys.readouterr()
    assert "已导入" in out.out and "bad.zip" in out.err and "拒绝" in out.err
    assert main(["central", "status", *db]) == 0
    assert "已核验" in capsys.readouterr().out
    assert main(["central", "show", "1", *db]) == 0
    assert main(["central", "accept", "1", *db]) == 0
    assert "已接收" in capsys.readouterr().out
    assert main(["central", "conflicts", *db]) == 0
    assert "未发现" in capsys.readouterr().out

    monkeypatch.setenv("VENUESCORE_KEY_PASSPHRASE", PASS)
    assert main(["central", "signer", "init", *db]) == 0
    assert main(["central", "report", "awards", "--out", str(tmp_path / "awards.xlsx"), *db]) == 0
    assert main(["central", "report", "certificates", "--out", str(tmp_path / "c.pdf"), *db]) == 0
    assert (tmp_path / "awards.xlsx").is_file() and (tmp_path / "c.pdf").stat().st_size > 1000
    assert main(["central", "appeals", *db]) == 0
    assert "无申诉" in capsys.readouterr().out
    assert main(["central", "publication", "--out", str(tmp_path / "公示.pdf"), "--out", str(tmp_path / "公示.html"),
                 "--start", "2026-12-08 09:00", "--end", "2026-12-12 17:00", "--place", "组委会办公室", *db]) == 0
    assert capsys.readouterr().out.count("（6 人）") == 2
    html = (tmp_path / "公示.html").read_text(encoding="utf-8")
    assert "全部项目" in html and "31 母婴护理" in html and "组委会办公室" in html
    assert all(c["id_number"] not in html for c in item31.results["contestants"])

    with open_central(central_target) as central_db:
        first = reports.award_lines(central_db)[0]
        key = certificates.unlock_committee_key(central_db, PASS)
        public = certificates.committee_public(central_db)
    code = certificates.make_code(key, first.cert_no, first.item_label, first.group, first.name, first.award)
    capsys.readouterr()
    assert main(["certificate", "verify", code, *db]) == 0
    assert first.name in capsys.readouterr().out
    assert public is not None
    assert main(["certificate", "verify", code, "--key", public.minisign_line()]) == 0
    assert main(["certificate", "verify", code.replace(first.name, "冒名"), *db]) == 2
    assert "核验失败" in capsys.readouterr().err
    # A genuine signature on an award that is not in the accepted list is flagged.
    stray = certificates.make_code(key, "31-099", first.item_label, first.group, "不在名单", "一等奖")
    assert main(["certificate", "verify", stray, *db]) == 1
    # What a person types from the paper: the certificate number and the short code (VENUESCORE_KEY_PASSPHRASE)
    capsys.readouterr()
    short = certificates.short_code(code)
    assert main(["certificate", "verify", short, "--cert-no", first.cert_no, *db]) == 0
    assert "核验通过" in capsys.readouterr().out
    assert main(["certificate", "verify", short, "--cert-no", "31-099", *db]) == 2


def test_central_cli_refuses_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["central", "status", "--db", str(tmp_path / "none.sqlite")]) == 2
    assert "central init" in capsys.readouterr().err
    assert not os.path.exists(tmp_path / "none.sqlite")
