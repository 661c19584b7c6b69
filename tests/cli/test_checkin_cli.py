"""`venuescore checkin|draw|sheets`: the check-in day from a terminal, exit codes and output."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli.main import main
from app.services import roster, users
from db.venue_file import open_venue
from tests.conftest import HEAD_PASSPHRASE, roster_rows, write_roster

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def venue_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "v.venue"
    code, _, err = run(capsys, "new", str(path), "--item", "1", "--date", "2026-11-28", "--place", "A201",
                       "--head-judge", "郑雪娜", "--pin", "2468", "--group", "职工组", "--group", "学生组",
                       "--passphrase", HEAD_PASSPHRASE)
    assert code == 0, err
    roster_file = write_roster(tmp_path / "r.xlsx", roster_rows(5) + roster_rows(3, group="学生组", seed=9))
    v = open_venue(path)
    try:
        head = users.sign_in(v, "郑雪娜", "2468")
        users.add_user(v, head, "周敏", "checkin", "1111")
        users.add_user(v, head, "李建国", "judge", "2001", judge_no="J1")
        roster.import_roster(v, head, roster_file)
    finally:
        v.close()
    return path


def reg_numbers(path: Path) -> list[tuple[str, str]]:
    v = open_venue(path)
    try:
        return [(c.reg_no, c.name) for c in roster.list_contestants(v)]
    finally:
        v.close()


def test_checkin_draw_verify_and_sheets(venue_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(venue_file)
    desk = ("--db", db, "--user", "周敏", "--pin", "1111")
    head = ("--db", db, "--user", "郑雪娜", "--pin", "2468")
    people = reg_numbers(venue_file)
    for reg, name in people[:6]:
        code, out, err = run(capsys, "checkin", "scan", reg, *desk)
        assert code == 0, err
        assert name in out and "已检录" in out and "工位号：（未抽签）" in out
    code, out, err = run(capsys, "checkin", "scan", people[0][0], *desk)
    assert code == 2 and "已是“已检录”" in err
    code, out, err = run(capsys, "checkin", "scan", "99999", *desk)
    assert code == 2 and "名单中没有" in err and out == ""
    assert run(capsys, "checkin", "absent", people[6][0], *desk)[0] == 0
    code, _, err = run(capsys, "checkin", "undo", people[6][0], *desk, "--reason", "")
    assert code == 2 and "原因" in err
    code, out, _ = run(capsys, "checkin", "undo", people[6][0], *desk, "--reason", "选手已到，误登记")
    assert code == 0 and "未检录" in out
    assert run(capsys, "checkin", "withdrew", people[6][0], *desk, "--note", "放弃")[0] == 0
    code, out, _ = run(capsys, "checkin", "status", "--db", db)
    assert code == 0 and "职工组" in out and "合计" in out
    total = next(line for line in out.splitlines() if line.startswith("合计")).split()
    assert total[1:] == ["8", "6", "0", "1", "1"]

    code, _, err = run(capsys, "draw", "run", "--witness", "3721", "--witness", "0815", *desk)
    assert code == 2 and "无权" in err
    code, out, err = run(capsys, "draw", "run", "--witness", "3721", "--witness", "0815", *head)
    assert code == 0, err
    assert "vs-draw-2" in out and "3721、0815" in out and "加密号承诺值" in out and "已密封" in out
    code, out, _ = run(capsys, "draw", "verify", "--db", db)
    assert code == 0 and "一致" in out and "密封" in out
    assert run(capsys, "draw", "publish", *head)[0] == 0
    code, out, _ = run(capsys, "checkin", "scan", people[7][0], *desk)  # late arrival, gets a free station
    assert code == 0 and "工位号：0" in out
    code, out, err = run(capsys, "draw", "show", "--db", db, "--user", "李建国", "--pin", "2001")
    assert code == 2 and "无权" in err and not any(name in out for _, name in people)  # judges: codes only
    code, out, err = run(capsys, "draw", "show", *head, "--passphrase", "错误的口令-0000")
    assert code == 2 and "口令不正确" in err
    code, out, _ = run(capsys, "draw", "show", *head, "--passphrase", HEAD_PASSPHRASE)
    assert code == 0 and all(name in out for _, name in people[:6] + [people[7]])  # the late arrival too

    out_pdf = tmp_path / "plan.pdf"
    code, out, err = run(capsys, "sheets", "station-plan", *desk, "--out", str(out_pdf))
    assert code == 0, err
    text = "\n".join(p.extract_text() for p in PdfReader(out_pdf).pages)
    assert all(name in text for _, name in people[:6])
    code, _, err = run(capsys, "sheets", "blind-codes", *desk, "--out", str(tmp_path / "sealed.pdf"))
    assert code == 2 and "无权" in err and not (tmp_path / "sealed.pdf").exists()
    assert run(capsys, "sheets", "blind-codes", *head, "--out", str(tmp_path / "sealed.pdf"),
               "--passphrase", HEAD_PASSPHRASE)[0] == 0


def test_verify_reports_a_tampered_draw_with_non_zero_exit(venue_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(venue_file)
    for reg, _ in reg_numbers(venue_file)[:4]:
        run(capsys, "checkin", "scan", reg, "--db", db, "--user", "周敏", "--pin", "1111")
    run(capsys, "draw", "run", "--witness", "11", "--witness", "22", "--db", db, "--user", "郑雪娜", "--pin", "2468")
    con = sqlite3.connect(venue_file)
    con.execute("DROP TRIGGER draw_no_update")
    (raw,) = con.execute("SELECT result FROM draw WHERE kind = 'main'").fetchone()
    result = json.loads(raw)
    first, second = result["stations"][:2]
    first["station"], second["station"] = second["station"], first["station"]  # swap two stations
    con.execute("UPDATE draw SET result = ? WHERE kind = 'main'", (json.dumps(result, ensure_ascii=False),))
    con.commit()
    con.close()
    proc = subprocess.run([sys.executable, "-m", "app", "draw", "verify", "--db", db], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    # stations are public: anyone sees which ones differ (no blind code is involved before decryption)
    assert "不一致" in proc.stdout and "工位号" in proc.stdout
