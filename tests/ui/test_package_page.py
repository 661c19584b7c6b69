"""pytest-qt: the venue's package page — key status, export blocked until a key exists, export, marker."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.roles import Actor
from app.services import package, results, venue_keys
from db.venue_file import VenueFile
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
    assert len(list(out.glob("*.zip"))) == 1 and page.history.rowCount() == 1
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
