"""pytest-qt: 新建赛场文件 from the committee's setup package (issue 12) — the form fills from the package, a wrong
fingerprint creates nothing, the right one creates the venue with roster, accounts and committee keys."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.roles import Role
from app.services import central_recipient, certificates, committee, roster
from app.services import setup_package as setup
from db.central.engine import open_central
from tests.conftest import HEAD_PASSPHRASE, roster_rows, write_roster
from ui.new_venue_dialog import NewVenueDialog

BY = "组委会 李明"


def test_new_venue_from_setup(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.new_venue_dialog as dialog_module

    with open_central(str(tmp_path / "c.sqlite"), create=True) as db:
        certificates.init_committee_key(db, BY, "证书密钥口令-2026", "证书密钥口令-2026")
        central_recipient.init(db, BY, "组委会加密口令-2026渝", "组委会加密口令-2026渝")
        package = setup.make(db, BY, "证书密钥口令-2026", item_no=31, competition_date=date(2026, 11, 28),
                             place="实训楼 3 楼", head_judge="钱莉", accounts=[setup.Account("周敏", Role.CHECKIN)],
                             roster_file=write_roster(tmp_path / "r.xlsx", roster_rows(3, seed=5)), out_dir=tmp_path,
                             groups=["职工组"])
        keys = central_recipient.public_keys(db)
    errors: list[str] = []
    monkeypatch.setattr(dialog_module, "show_error", lambda _w, exc: errors.append(exc.message))
    dialog = NewVenueDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.use_setup(package)
    assert keys.fingerprint in dialog.setup_fp.text() and dialog.head.text() == "钱莉" and not dialog.item.isEnabled()
    assert dialog.item.currentData() == 31 and dialog.place.text() == "实训楼 3 楼"
    for w in (dialog.pin, dialog.pin2):
        w.setText("2468")
    for w in (dialog.passphrase, dialog.passphrase2):
        w.setText(HEAD_PASSPHRASE)
    dialog.fingerprint.setText("0000 0000 0000 0000")
    dialog.create_file()
    assert dialog.venue is None and "与您输入的不同" in errors[-1] and not Path(dialog.path.text()).exists()
    dialog.fingerprint.setText(keys.fingerprint)
    dialog.create_file()
    assert dialog.venue is not None and dialog.made is not None
    try:
        assert len(roster.list_contestants(dialog.venue)) == 3 and committee.current(dialog.venue) == keys
        assert [(n, r) for n, r, _pin in dialog.pins] == [("周敏", "检录员")]
    finally:
        dialog.venue.close()
