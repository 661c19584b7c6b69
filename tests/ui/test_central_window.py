"""pytest-qt: the committee's window — import in the background, statuses, findings, accept, conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services import central
from db.central.engine import open_central
from tests.central.packages import Made, make, register
from ui.central_window import CentralWindow, RegisterKeyDialog
from ui.dialogs.pdf_preview import PdfPreview


@pytest.fixture(scope="module")
def two_items(tmp_path_factory: pytest.TempPathFactory) -> tuple[Made, Made]:
    return (make(tmp_path_factory.mktemp("p31"), 31), make(tmp_path_factory.mktemp("p05"), 5, n=4, top=95.0))


def test_central_window_inbox_accept_and_conflicts(qtbot: QtBot, tmp_path: Path,
                                                   two_items: tuple[Made, Made]) -> None:
    item31, item05 = two_items
    db = open_central(tmp_path / "central.sqlite", create=True)
    register(db, item31)
    register(db, item05, "05 赛场")
    window = CentralWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.operator.setText("组委会 李明")
    bad = tmp_path / "broken.zip"
    bad.write_bytes(item31.path.read_bytes()[:300])
    window.import_paths([item31.path, item05.path, bad], "组委会 李明")
    qtbot.waitUntil(lambda: window.packages.rowCount() == 2, timeout=20_000)
    statuses = {p.item_no: p.status for p in window.packages.rows}
    assert statuses == {31: central.VERIFIED, 5: central.WARNINGS}
    assert window.conflicts.rowCount() == 4

    proxy = window.package_view.model()
    row = next(i for i in range(proxy.rowCount())
               if window.packages.row_at(proxy.mapToSource(proxy.index(i, 0)).row()).item_no == 5)
    window.package_view.selectRow(row)
    assert window.findings.rowCount() == 4 and "兼项" in window.findings.row_at(0).message
    assert "有警告" in window.detail.text()
    window.grab().save(str(tmp_path / "central-window.png"))

    central.accept(db, "组委会 李明", next(p.id for p in window.packages.rows if p.item_no == 31))
    window.refresh()
    assert {p.item_no: p.status for p in window.packages.rows}[31] == central.ACCEPTED

    out = tmp_path / "awards.pdf"
    window.write_report("awards", out)
    qtbot.waitUntil(lambda: "已保存" in window.statusBar().currentMessage(), timeout=20_000)
    assert out.exists()
    preview = window.findChild(PdfPreview)  # a PDF opens in the print preview
    assert preview is not None and preview.path == out and preview.page_count >= 1
    preview.close()
    sheet = tmp_path / "awards.xlsx"
    window.write_report("awards", sheet)
    def saved_box() -> QMessageBox | None:  # any other file: where it went, and 打开文件夹
        return next((b for b in window.findChildren(QMessageBox) if str(sheet) in b.text()), None)
    qtbot.waitUntil(lambda: saved_box() is not None, timeout=20_000)
    box = saved_box()
    assert box is not None and any(b.text() == "打开文件夹" for b in box.buttons())
    box.close()


def test_register_key_dialog_shows_the_fingerprint(qtbot: QtBot, two_items: tuple[Made, Made]) -> None:
    dialog = RegisterKeyDialog()
    qtbot.addWidget(dialog)
    dialog.key.setPlainText(two_items[0].public_line)
    assert "SHA-256" in dialog.fingerprint.text()
    dialog.key.setPlainText("nonsense")
    assert "公钥格式不正确" in dialog.fingerprint.text()


def test_central_window_lists_appeals(qtbot: QtBot, tmp_path: Path) -> None:
    """An item exported with an appeal still open after the 公示 period: the window's 申诉与仲裁 tab lists it
    and the inbox marks the package."""
    from datetime import timedelta

    from app.clock import now
    from app.services import appeals, draw, package, publication, venue_keys
    from tests import committee
    from tests.app.package.export_world import PASSPHRASE, distinct
    from tests.app.services.results_world import code_ids
    from tests.central.packages import data_dir
    from tests.central.world import signed_item

    with data_dir(tmp_path / "data"), signed_item(tmp_path, 12, distinct(4)) as (v, head, _staff, w):
        end = now() - timedelta(minutes=5)
        publication.set_publication(v, head, end - timedelta(days=3), end, "赛务办公室")
        code = dict(draw.scoring_rows(v))[code_ids(v)[w.reg(1)]]
        appeals.record(v, head, appeals.BLIND_CODE, code, "对评价分有异议", lodged_at=end - timedelta(hours=1))
        path = package.export_package(v, head, PASSPHRASE, tmp_path).path
        public = venue_keys.require_key(v).public_line
    assert path is not None
    path = committee.decrypted(path)  # as the committee opens it (the window asks for its passphrase)
    db = open_central(tmp_path / "central.sqlite", create=True)
    central.register_key(db, "组委会 李明", public, "12 赛场", 12)
    window = CentralWindow(db)
    qtbot.addWidget(window)
    window.import_paths([path], "组委会 李明")
    qtbot.waitUntil(lambda: window.packages.rowCount() == 1, timeout=20_000)
    (p,) = window.packages.rows
    assert p.open_appeals == 1 and p.status == central.WARNINGS
    assert window.appeals.rowCount() == 1
    line = window.appeals.row_at(0)
    assert line.item_no == 12 and line.appeal.status_text == "待仲裁" and "对评价分有异议" in line.appeal.grounds
