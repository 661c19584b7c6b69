"""The scoring commands: scheme import/export, one cell, paper sheets, status, lock — errors to stderr, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.main import main
from app.roles import Actor
from app.tabular import write_xlsx
from db.venue_file import VenueFile
from tests.app.services.scoring_world import drawn
from tests.conftest import HEAD_PASSPHRASE


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_scheme_and_scores_from_the_command_line(
    seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    codes = drawn(seeded, staff, tmp_path)
    db = str(seeded.path)
    seeded.close()  # the CLI opens the file itself (one process at a time)
    head = ("--db", db, "--user", "钱莉", "--pin", "2468")
    monkeypatch.setenv("VENUESCORE_KEY_PASSPHRASE", HEAD_PASSPHRASE)  # a lock is signed with the venue key
    j1 = ("--db", db, "--user", "裁判1", "--pin", "2001")

    code, out, _ = run(capsys, "scheme", "show", "--db", db)
    assert code == 0 and "A2" in out and "合计 100 分" in out
    code, out, _ = run(capsys, "scheme", "export", str(tmp_path / "s.xlsx"), *head)
    assert code == 0 and (tmp_path / "s.xlsx").exists()
    code, out, _ = run(capsys, "scheme", "import", str(tmp_path / "s.xlsx"), *head)
    assert code == 0 and "没有变化" in out
    code, out, _ = run(capsys, "scheme", "template", str(tmp_path / "t.xlsx"))
    assert code == 0 and (tmp_path / "t.xlsx").exists()

    # one cell; an invalid value is refused on stderr with exit 2
    code, out, err = run(capsys, "scores", "enter", codes[0], "A2", "2", *j1)
    assert code == 0 and f"A2 加密号 {codes[0]} = 2" in out
    code, out, err = run(capsys, "scores", "enter", codes[0], "A1", "31", *j1)
    assert code == 2 and "不能超过 30" in err and out == ""

    # paper sheets for everything else
    rows: list[list[object]] = []
    for c in codes:
        rows += [[c, "A1", "", "20"], [c, "B2", "", "15"]]
        rows += [[c, crit, j, "2"] for crit in ("A2", "B1") for j in ("J1", "J2", "J3")
                 if not (c == codes[0] and crit == "A2" and j == "J1")]
    rows[-1][3] = "0"  # last contestant, B1 J3: 2/2/0 → spread
    sheet = write_xlsx(tmp_path / "sheets.xlsx", ["加密号", "评分项编号", "裁判", "分数"], rows)
    code, out, err = run(capsys, "scores", "import", str(sheet), *head)
    assert code == 0, err
    assert "新增 95 个" in out

    code, out, _ = run(capsys, "scores", "status", "--db", db)
    assert code == 0 and "分差超限（1）" in out and "尚不能锁定" in out
    code, out, err = run(capsys, "lock", *head)
    assert code == 2 and "还不能锁定" in err and "相差 2" in err
    code, out, err = run(capsys, "lock", "--module", "A", *head)
    assert code == 0 and "已锁定：模块 A" in out
    code, out, err = run(capsys, "scores", "enter", codes[-1], "B1", "2", "--correct", "--reason", "复议",
                         "--judge", "J3", *head)
    assert code == 0, err
    code, out, err = run(capsys, "lock", *head)
    assert code == 0 and "全项目" in out
    code, out, _ = run(capsys, "scores", "totals", "--db", db)
    assert code == 0 and out.count("68.33") == 12
    monkeypatch.setenv("VENUESCORE_PIN", "2468")
    code, out, err = run(capsys, "unlock", "--db", db, "--user", "钱莉", "--reason", "补录")
    assert code == 0 and "已解除锁定" in out
