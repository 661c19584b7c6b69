"""The CLI is a real interface: new venue, roster import (strict and --valid-only), list, export, demo."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from tests.conftest import roster_rows, write_roster

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_import_list_export(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    venue = tmp_path / "v.venue"
    code, out, _ = run(capsys, "new", str(venue), "--item", "15", "--date", "2026-11-28", "--place", "工贸技校",
                       "--head-judge", "贺云", "--pin", "1357", "--group", "职工组", "--group", "学生组")
    assert code == 0 and "15 服装制版" in out
    roster_file = write_roster(tmp_path / "r.xlsx", roster_rows(4, group="学生组"))
    monkeypatch.setenv("VENUESCORE_PIN", "1357")
    code, out, err = run(capsys, "roster", "import", str(roster_file), "--db", str(venue), "--user", "贺云")
    assert code == 0, err
    assert "新增 4 人" in out
    code, out, _ = run(capsys, "roster", "list", "--db", str(venue))
    assert code == 0 and out.count("学生组") == 4 and "********" in out
    code, out, _ = run(capsys, "roster", "export", "--db", str(venue), "--user", "贺云", "--out", str(tmp_path / "e.xlsx"))
    assert code == 0 and (tmp_path / "e.xlsx").exists()
    code, out, _ = run(capsys, "info", "--db", str(venue))
    assert "重庆市工贸高级技工学校" in out and "合格线" in out
    assert "未锁定" in out and "成绩未签字确认" in out and "评分标准" in out  # the status bar's facts, next step


def test_errors_go_to_stderr_with_non_zero_exit(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    venue = tmp_path / "v.venue"
    run(capsys, "new", str(venue), "--item", "1", "--date", "2026-11-28", "--place", "A201", "--head-judge", "郑雪娜",
        "--pin", "2468")
    rows = roster_rows(3, group="")
    rows.append(["", "123", "男", "1", "x", "工人", "", ""])
    bad = write_roster(tmp_path / "bad.xlsx", rows)
    monkeypatch.setenv("VENUESCORE_PIN", "2468")
    code, out, err = run(capsys, "roster", "import", str(bad), "--db", str(venue), "--user", "郑雪娜")
    assert code == 2 and out == ""
    assert "第 5 行" in err and "未导入任何选手" in err
    code, out, err = run(capsys, "roster", "import", str(bad), "--db", str(venue), "--user", "郑雪娜", "--valid-only")
    assert code == 0 and "新增 3 人" in out and "bad-未导入行.xlsx" in out
    monkeypatch.setenv("VENUESCORE_PIN", "0000")
    code, out, err = run(capsys, "roster", "import", str(bad), "--db", str(venue), "--user", "郑雪娜")
    assert code == 2 and "PIN 不正确" in err


def test_demo_and_python_dash_m(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "app", "demo", "--dir", str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "demo.venue").exists() and (tmp_path / "demo-roster-with-errors.xlsx").exists()
    listed = subprocess.run([sys.executable, "-m", "app", "roster", "list", "--db", str(tmp_path / "demo.venue")],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert listed.returncode == 0 and listed.stdout.count("\n") == 41
