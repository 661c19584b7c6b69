"""The illustrated guide (issue 13): scripts/make_guide.py makes screenshots of the demo venue at 1366×768 and
the printable PDF; the 帮助 menu opens the guide and the keyboard-shortcut overview."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QImage, QKeySequence
from pytestqt.qtbot import QtBot

from tests.packaging.scripts_loader import load_script
from ui.dialogs.pdf_preview import PdfPreview
from ui.help_dialogs import SHORTCUTS, ShortcutsDialog, guide_resource, open_guide
from ui.start_window import StartWindow


def test_make_guide_quick_makes_screenshots_and_the_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    make_guide = load_script("make_guide")
    shots, pdf = tmp_path / "img", tmp_path / "guide.pdf"
    assert make_guide.main(["--quick", "--out", str(shots), "--pdf", str(pdf)]) == 0
    made = sorted(p.name for p in shots.glob("*.png"))
    assert made == ["checkin-desk.png", "head-results.png"]
    for name in made:
        image = QImage(str(shots / name))
        assert (image.width(), image.height()) == (1366, 768)
    desk = QImage(str(shots / "checkin-desk.png"))
    assert len({desk.pixel(x, y) for x in range(0, 1366, 37) for y in range(0, 768, 29)}) > 8  # a drawn page
    reader = PdfReader(pdf)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    for chapter in ("第一章", "检录员", "第二章", "裁判员", "第三章", "裁判长", "第四章", "组委会"):
        assert chapter in text
    images = sum(len(page.images) for page in reader.pages)
    assert images == 2  # the two quick shots are in it; the others are left out, not broken


def test_help_menu_opens_the_guide_and_the_shortcuts(qtbot: QtBot) -> None:
    window = StartWindow()
    qtbot.addWidget(window)
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.menu()]
    actions = {a.text(): a for a in menu.actions()}
    guide, keys = actions["使用指南(&G)…"], actions["快捷键一览(&K)…"]
    assert guide.shortcut() == QKeySequence("Shift+F1") and keys.shortcut() == QKeySequence("Ctrl+/")
    shipped = guide_resource()
    assert shipped is not None and shipped.name == "使用指南.pdf"  # built by make_guide, shipped in resources
    preview = open_guide(window)
    assert isinstance(preview, PdfPreview) and preview.page_count >= 5
    preview.close()
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(SHORTCUTS)
    keys_column = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "F2" in " ".join(keys_column) and "Ctrl+P" in keys_column and "F6 / F7" in keys_column
