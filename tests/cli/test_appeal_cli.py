"""`venuescore publication … | appeal … | signoff --appeal` on a real venue file: the whole appeal flow."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.cli.main import main
from app.clock import now
from app.roles import Actor
from app.services import draw
from db.venue_file import open_venue
from tests.app.package.export_world import signed_venue
from tests.app.services.results_world import code_ids
from tests.conftest import HEAD_PASSPHRASE, HEAD_PIN


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_publication_appeal_decide_correct_and_revision(venue, head: Actor, staff: dict[str, Actor],  # type: ignore[no-untyped-def]
                                                        tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    w = signed_venue(venue, head, staff, tmp_path, 6)
    code = dict(draw.scoring_rows(venue))[code_ids(venue)[w.reg(3)]]
    other = dict(draw.scoring_rows(venue))[code_ids(venue)[w.reg(5)]]
    db = str(venue.path)
    venue.close()
    monkeypatch.setenv("VENUESCORE_USER", "钱莉")
    monkeypatch.setenv("VENUESCORE_PIN", HEAD_PIN)
    monkeypatch.setenv("VENUESCORE_KEY_PASSPHRASE", HEAD_PASSPHRASE)
    end = now() + timedelta(days=1)
    start = end - timedelta(days=3)
    rc, out, err = run(capsys, "publication", "set", "--db", db, "--start", start.strftime("%Y-%m-%d %H:%M"),
                       "--end", end.strftime("%Y-%m-%d %H:%M"), "--place", "赛场办公室", "--contact", "赵老师 023-1")
    assert rc == 0, err
    rc, out, err = run(capsys, "publication", "print", "--db", db, "--out", str(tmp_path / "公示.pdf"),
                       "--out", str(tmp_path / "公示.html"))
    assert rc == 0 and out.count("（6 人）") == 2, err
    assert (tmp_path / "公示.pdf").read_bytes().startswith(b"%PDF") and "成绩公示" in (tmp_path / "公示.html").read_text()
    rc, _, err = run(capsys, "publication", "print", "--db", db, "--out", str(tmp_path / "公示.docx"))
    assert rc == 2 and ".pdf 或 .html" in err
    rc, out, _ = run(capsys, "publication", "show", "--db", db)
    assert rc == 0 and "赛场办公室" in out and "身份证号" in out and "总分" not in out
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"evidence")
    rc, out, err = run(capsys, "appeal", "record", "--db", db, "--by-code", code, "--grounds", "A1 抄录有误",
                       "--attach", str(photo))
    assert rc == 0 and "申诉第 1 号" in out, err
    rc, out, err = run(capsys, "appeal", "record", "--db", db, "--by-leader", "周领队", "--grounds", "扣分不当")
    assert rc == 2 and "单位" in err
    rc, out, err = run(capsys, "appeal", "record", "--db", db, "--by-leader", "周领队", "--unit", "某职校",
                       "--grounds", "扣分不当", "--concerns", other, "--at", (now() - timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"))
    assert rc == 0 and "申诉第 2 号" in out and "逾期" not in out, err
    rc, _, err = run(capsys, "appeal", "decide", "1", "--db", db, "--outcome", "upheld", "--reasoning", "核实",
                     "--panel", "", "--user", "裁判1", "--pin", "2001")
    assert rc == 2 and "无权" in err  # a judge may not record the panel's decision
    rc, _, err = run(capsys, "appeal", "decide", "1", "--db", db, "--outcome", "upheld", "--reasoning", "核实",
                     "--panel", " , ")
    assert rc == 2 and "仲裁组成员" in err
    rc, out, err = run(capsys, "appeal", "decide", "1", "--db", db, "--outcome", "upheld",
                       "--reasoning", "复核录像，A1 实测 60 分", "--panel", "张仲裁、李仲裁、王仲裁")
    assert rc == 0 and "待更正" in out, err
    rc, out, err = run(capsys, "appeal", "decide", "2", "--db", db, "--outcome", "dismissed",
                       "--reasoning", "扣分有记录", "--panel", "张仲裁,李仲裁,王仲裁")
    assert rc == 0 and "驳回" in out, err
    rc, _, err = run(capsys, "appeal", "correct", "2", "--db", db, "--code", other, "--criterion", "A1",
                     "--value", "60", "--reason", "改")
    assert rc == 2 and "驳回" in err
    rc, out, err = run(capsys, "appeal", "correct", "1", "--db", db, "--code", code, "--criterion", "A1",
                       "--value", "60", "--reason", "A1 实测 60 分")
    assert rc == 0 and "signoff" in out, err
    rc, out, err = run(capsys, "signoff", "--db", db, "--reason", "依申诉复核更正")
    assert rc == 0 and "第 2 版" in out, err
    rc, out, _ = run(capsys, "appeal", "list", "--db", db)
    assert rc == 0 and "已更正（第 2 版）" in out and "驳回" in out and "张仲裁、李仲裁、王仲裁" in out
    with open_venue(Path(db)) as v:
        from app.services import appeals, users

        got = appeals.list_appeals(v, users.sign_in(v, "钱莉", HEAD_PIN))
        assert got[0].attachments[0].name == "photo.jpg" and got[0].corrections[-1].target == 2
