"""pytest-qt: create a venue, import through the wizard, search the table, add a contestant with a bad ID."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from app.services import roster, users, vault
from db.venue_file import VenueFile
from tests.conftest import roster_rows, write_roster
from ui.dialogs.contestant_form import ContestantDialog
from ui.dialogs.pdf_preview import PdfPreview
from ui.dialogs.recovery_code import RecoveryCodeDialog
from ui.dialogs.roster_import import RosterImportWizard
from ui.main_window import MainWindow
from ui.new_venue_dialog import NewVenueDialog


def test_create_venue_import_search_and_add(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = NewVenueDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.item.setCurrentIndex(dialog.item.findData(31))
    dialog.groups.setText("职工组、学生组")
    dialog.date.setDate(QDate(2026, 11, 28))
    dialog.place.setText("实训楼 3 楼")
    dialog.head.setText("钱莉")
    dialog.pin.setText("2468")
    dialog.pin2.setText("2468")
    dialog.passphrase.setText("2468")
    dialog.passphrase2.setText("2468")
    dialog.create_file()
    assert dialog.venue is None and "口令太短" in dialog.error.text()  # a PIN is no passphrase
    assert not (tmp_path / "31-母婴护理.venue").exists()
    dialog.passphrase.setText("母婴护理-2026秋季")
    dialog.passphrase2.setText("母婴护理-2026秋季")
    dialog.create_file()
    venue: VenueFile | None = dialog.venue
    assert venue is not None and venue.path.name == "31-母婴护理.venue"
    assert dialog.made is not None and vault.info(venue) == dialog.made.info
    shown = RecoveryCodeDialog(venue, dialog.made.recovery_code, dialog.made.info)
    qtbot.addWidget(shown)
    shown.save_to(tmp_path / "sheet.pdf")
    assert dialog.made.recovery_code in PdfReader(tmp_path / "sheet.pdf").pages[0].extract_text()
    preview = shown.findChild(PdfPreview)  # printed from the app: the print preview opens on the saved sheet
    assert preview is not None and preview.path == tmp_path / "sheet.pdf" and preview.page_count == 1
    preview.close()
    window = MainWindow(venue, users.sign_in(venue, "钱莉", "2468"))
    qtbot.addWidget(window)
    window.show()
    page = window.pages[0]
    assert page.page_title() == "选手名单"
    assert "31 母婴护理" in window.findChild(type(page.count), "venueHeader").text()

    # import through the wizard: a file with one bad row is refused until "valid rows only" is ticked
    rows = roster_rows(6)
    rows.append(["", "123", "男", "", "", "学生", "学生组", ""])
    path = write_roster(tmp_path / "r.xlsx", rows)
    wizard = RosterImportWizard(window.ctx, page)
    qtbot.addWidget(wizard)
    wizard.path.setText(str(path))
    wizard.check()
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=10_000)
    assert wizard.problems.rowCount() >= 2 and not wizard.import_button.isEnabled()
    assert "有误 1 行" in wizard.summary.text()
    wizard.valid_only.setChecked(True)
    assert wizard.import_button.isEnabled()
    wizard.run_import()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10_000)
    assert wizard.report.added == 6 and "未导入的行已另存为" in wizard.result_label.text()
    page.refresh()
    assert page.model.rowCount() == 6

    # search by name filters the table
    target = str(rows[3][0])
    page.search.setText(target)  # QTest.keyClicks only types ASCII; an IME delivers CJK as text
    assert page.proxy.rowCount() >= 1
    shown = {page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())}
    assert target in shown
    page.search.clear()
    assert page.proxy.rowCount() == 6

    # add a contestant with an invalid ID number: the error shows under the field, nothing saved
    form = ContestantDialog(window.ctx, None, page)
    qtbot.addWidget(form)
    form.inputs["name"].setText("测试选手")
    form.inputs["id_number"].setText("500103199001011235")
    form.inputs["category"].setCurrentText("职工")
    form.inputs["group"].setCurrentText("职工组")
    form.save()
    assert form.errors["id_number"].isVisibleTo(form) and "校验位" in form.errors["id_number"].text()
    assert not form.errors["name"].isVisibleTo(form)
    assert len(roster.list_contestants(venue)) == 6
    # corrected, it saves
    form.inputs["id_number"].setText("500103199001011232")
    form.save()
    assert form.result() == form.DialogCode.Accepted
    assert len(roster.list_contestants(venue)) == 7
    window.close()
