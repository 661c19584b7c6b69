"""`venuescore new --passphrase`, `keys init/show/passphrase/recover`: the vault from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli.main import main
from app.services import users, vault
from db.venue_file import open_venue

NEW = ["new", "--item", "31", "--date", "2026-11-28", "--place", "实训楼", "--head-judge", "钱莉", "--pin", "2468"]
PASS = "长江大桥-2026-渝"


def test_new_with_passphrase_prints_the_recovery_code_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "v.venue"
    assert main([*NEW[:1], str(db), *NEW[1:], "--passphrase", "2468"]) == 2
    assert "口令太短" in capsys.readouterr().err and not db.exists()  # nothing half-made
    sheet = tmp_path / "sheet.pdf"
    assert main([*NEW[:1], str(db), *NEW[1:], "--passphrase", PASS, "--recovery-sheet", str(sheet)]) == 0
    out = capsys.readouterr().out
    code = next(line.split("：")[-1] for line in out.splitlines() if line.startswith("恢复码"))
    assert code in PdfReader(sheet).pages[0].extract_text()
    assert code.encode() not in db.read_bytes()
    assert main(["keys", "show", "--db", str(db)]) == 0
    assert "指纹" in capsys.readouterr().out

    common = ["--db", str(db), "--user", "钱莉", "--pin", "2468"]
    assert main(["keys", "passphrase", *common, "--passphrase", PASS, "--new-passphrase", "换一个口令-2026"]) == 0
    assert main(["keys", "recover", "--db", str(db), "--head-judge", "钱莉", "--code", code,
                 "--new-passphrase", "第三个口令-2026", "--new-pin", "1357"]) == 0
    assert "已作废" in capsys.readouterr().out
    assert main(["keys", "recover", "--db", str(db), "--head-judge", "钱莉", "--code", code,
                 "--new-passphrase", "第四个口令-2026"]) == 2
    assert "只能用一次" in capsys.readouterr().err
    with open_venue(db) as v:
        head = users.sign_in(v, "钱莉", "1357")
        vault.unlock(v, head, "第三个口令-2026")


def test_new_without_passphrase_says_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "v.venue"
    assert main([*NEW[:1], str(db), *NEW[1:]]) == 0
    assert "keys init" in capsys.readouterr().out
    assert main(["keys", "init", "--db", str(db), "--user", "钱莉", "--pin", "2468", "--passphrase", PASS]) == 0
    assert "恢复码" in capsys.readouterr().out
