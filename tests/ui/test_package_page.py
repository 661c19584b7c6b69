"""pytest-qt: the venue's package page — key status, export blocked until a key exists, export, marker."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.roles import Actor
from app.services import committee as committee_service
from app.services import package, results, venue_keys
from db.venue_file import VenueFile
from tests import committee
from tests.app.package.export_world import PASSPHRASE, signed_venue
from tests.app.services.results_world import correct_a
from tests.conftest import HEAD_PASSPHRASE
from ui.context import UiContext
from ui.pages.package import PackagePage


def test_package_page_exports_and_marks_changes(qtbot: QtBot, venue: VenueFile, head: Actor,
                                                staff: dict[str, Actor], tmp_path: Path) -> None:
    w = signed_venue(venue, head, staff, tmp_path)
    page = PackagePage(UiContext(venue, head))
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    page.refresh()
    info = venue_keys.require_key(venue)
    assert info.fingerprint in page.key_label.text() and page.export_button.isEnabled()
    assert "尚未导出" in page.marker.text()

    out = tmp_path / "usb"
    out.mkdir()
    page.export_to(out, PASSPHRASE)
    qtbot.waitUntil(lambda: "已导出" in page.result.text(), timeout=20_000)
    assert len(list(out.glob("*.zip.age"))) == 1 and not list(out.glob("*.zip"))
    box = page.findChild(QMessageBox)  # the saved file's path, with 打开文件夹
    assert box is not None and str(next(out.glob("*.zip.age"))) in box.text()
    assert any(b.text() == "打开文件夹" for b in box.buttons())
    box.close()
    assert page.history.rowCount() == 1 and "已加密" in page.result.text()
    assert "已导出最新签字版本" in page.marker.text()
    page.grab().save(str(tmp_path / "package-page.png"))

    correct_a(venue, head, w.reg(2), Decimal("60"), "复核")
    results.correct_after_signoff(venue, head, HEAD_PASSPHRASE, "复核更正")
    page.refresh()
    assert "尚未导出" in page.marker.text() and package.status(venue, head).changed_since_export


def test_package_page_for_a_judge_shows_no_export(qtbot: QtBot, venue: VenueFile, head: Actor,
                                                  staff: dict[str, Actor]) -> None:
    page = PackagePage(UiContext(venue, staff["J1"]))
    qtbot.addWidget(page)
    page.refresh()
    assert "仅裁判长" in page.revision_label.text() and not page.export_button.isEnabled()
    assert not page.make_key.isEnabled()


def test_package_page_imports_the_committee_key_by_fingerprint(qtbot: QtBot, venue: VenueFile, head: Actor,
                                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    import ui.pages.package_committee as box_module

    errors: list[str] = []
    monkeypatch.setattr(box_module, "show_error", lambda _w, exc: errors.append(exc.message))
    monkeypatch.setattr(box_module.QMessageBox, "information", lambda *_a: None)
    key_file = tmp_path / "组委会公钥.committee.txt"
    key_file.write_text(committee.KEYS.file_text(), encoding="utf-8")
    page = PackagePage(UiContext(venue, head))
    qtbot.addWidget(page)
    page.refresh()
    assert "尚未导入" in page.committee.label.text() and page.committee.import_button.isEnabled()
    assert not page.committee.install(key_file, "1234 5678 9ABC DEF0")
    assert "指纹不符" in errors[-1] and committee_service.current(venue) is None
    assert not page.committee.archive_button.isEnabled()  # nothing to encrypt the archive to yet
    assert page.committee.install(key_file, committee.KEYS.fingerprint.lower())
    assert committee.KEYS.fingerprint in page.committee.label.text() and page.committee.archive_button.isEnabled()
    archive = page.committee.write_archive(tmp_path)
    assert archive is not None and archive.name.endswith(".venue.age") and archive.read_bytes().startswith(b"age-")
    assert not page.committee.close_venue(HEAD_PASSPHRASE)  # nothing signed and exported yet: refused
    assert "导出" in errors[-1]
