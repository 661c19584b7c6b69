"""`venuescore results | report | decrypt | tie | signoff` on a real venue file."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from app.cli.main import main
from app.roles import Actor
from db.venue_file import VenueFile
from tests.app.services.results_world import build
from tests.conftest import HEAD_PASSPHRASE, HEAD_PIN


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def tied(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path,
         monkeypatch: pytest.MonkeyPatch) -> tuple[Path, tuple[str, ...]]:
    """Locked, not decrypted; the first two share 1st place (a boundary tie). The file is closed for the CLI."""
    w = build(venue, head, staff, tmp_path, [("54", "36"), ("54", "36"), ("50", "30"), ("40", "30")],
              decrypted=False)
    venue.close()
    monkeypatch.setenv("VENUESCORE_USER", "钱莉")
    monkeypatch.setenv("VENUESCORE_PIN", HEAD_PIN)
    monkeypatch.setenv("VENUESCORE_KEY_PASSPHRASE", HEAD_PASSPHRASE)  # decrypt and signoff sign with the venue key
    return venue.path, w.reg_nos


def test_decrypt_decide_signoff_and_print(tied: tuple[Path, tuple[str, ...]], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    db, regs = tied
    code, out, _ = run(capsys, "results", "--db", str(db))
    # blind codes only, one list: the groups (and so the awards and boundary ties) are known after decryption
    assert code == 0 and "尚未解密" in out and "不分组别" in out and "待裁定" not in out and regs[0] not in out
    code, _, err = run(capsys, "report", "summary", "--db", str(db), "--out", str(tmp_path / "s.pdf"))
    assert code == 2 and "解密" in err
    code, out, err = run(capsys, "decrypt", "--db", str(db), "--passphrase", "错误的口令-0000")
    assert code == 2 and "口令不正确" in err  # the passphrase opens the sealed codes (and signs)
    code, out, _ = run(capsys, "decrypt", "--db", str(db))  # VENUESCORE_KEY_PASSPHRASE
    assert code == 0 and "已解密" in out
    code, out, _ = run(capsys, "tie", "list", "--db", str(db))
    assert code == 0 and "尚未裁定" in out and regs[0] in out
    code, _, err = run(capsys, "signoff", "--db", str(db))
    assert code == 2 and "尚未裁定" in err
    code, out, err = run(capsys, "tie", "decide", "--db", str(db), "--contestants", f"{regs[0]},{regs[1]}",
                         "--resolution", "order", "--order", f"{regs[1]},{regs[0]}", "--group", "职工组",
                         "--reason", "加试一项，按加试成绩排序")
    assert code == 0, err
    code, out, _ = run(capsys, "signoff", "--db", str(db), "--pin", "0000")
    assert code == 2
    code, out, err = run(capsys, "signoff", "--db", str(db), "--passphrase", "not the passphrase 1")
    assert code == 2 and "口令" in err
    code, out, err = run(capsys, "signoff", "--db", str(db))
    assert code == 0 and "第 1 版" in out and "签名检查点：审计链 #" in out, err
    code, out, _ = run(capsys, "results", "--db", str(db), "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:3] == ["组别", "名次", "报名号"]
    assert [r[2] for r in rows[1:3]] == [regs[1], regs[0]]  # decided order: both shown, the decision sets awards
    award_col = rows[0].index("奖项")
    assert sorted(r[award_col] for r in rows[1:3]) == ["一等奖", "二等奖"]
    code, out, _ = run(capsys, "results", "--db", str(db), "--format", "json")
    snap = json.loads(out)
    assert snap["revision"]["number"] == 1 and snap["groups"][0]["tie_decisions"][0]["reason"] == "加试一项，按加试成绩排序"
    for name in ("summary", "awards", "passes", "score-sheets", "blank-sheets"):
        target = tmp_path / f"{name}.pdf"
        code, out, err = run(capsys, "report", name, "--db", str(db), "--out", str(target))
        assert code == 0 and target.stat().st_size > 1000, err
    code, out, _ = run(capsys, "results", "--db", str(db), "--revisions")
    assert code == 0 and "钱莉" in out
    code, _, err = run(capsys, "results", "--db", str(db), "--xlsx", str(tmp_path / "r.xlsx"))
    assert code == 0 and (tmp_path / "r.xlsx").exists()


def test_judge_is_refused(tied: tuple[Path, tuple[str, ...]], capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = tied
    code, out, err = run(capsys, "results", "--db", str(db), "--user", "裁判1", "--pin", "2001")
    assert code == 2 and out == "" and "裁判长" in err


def test_what_the_rules_decided_is_in_words(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 13 item 11: the open tie at the last award place is pending (not a bare null) and 无奖项 in words."""
    specs = [("54", "36"), ("50", "36"), ("50", "35"), ("48", "30"), ("45", "30"), ("42", "30"), ("42", "30"),
             ("40", "21")]  # places 6 and 7 share 72: the last 三等奖 or none
    w = build(venue, head, staff, tmp_path, specs)
    venue.close()
    monkeypatch.setenv("VENUESCORE_USER", "钱莉")
    monkeypatch.setenv("VENUESCORE_PIN", HEAD_PIN)
    db = str(venue.path)
    code, out, _ = run(capsys, "tie", "list", "--db", db)
    assert code == 0 and "三等奖/无奖项" in out
    code, out, _ = run(capsys, "results", "--db", db, "--format", "json")
    people = {c["reg_no"]: c for c in json.loads(out)["contestants"]}
    tied = people[w.reg(5)]
    assert tied["award"] is None and tied["award_pending"] is True and "待裁判长决定" in tied["note"]
    assert people[w.reg(7)]["award"] is None and people[w.reg(7)]["award_pending"] is False
    assert "未达合格线" in people[w.reg(7)]["note"] or people[w.reg(7)]["passed"]
    code, out, _ = run(capsys, "results", "--db", db)
    assert code == 0 and "待裁定" in out and "说明：" in out and "跨越三等奖/无奖项界线，待裁判长决定" in out
    code, out, _ = run(capsys, "results", "--db", db, "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][-1] == "说明"  # no escaped carriage return at the line end
    note = rows[0].index("说明")
    assert any("待裁判长决定" in r[note] for r in rows[1:])
