"""pytest-qt: the in-app print preview (pypdfium2 pages, QPrinter printing) on real PDFs from our reports."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from app.reports.pdf_base import PageBreak, ReportHeader, build_pdf, plain, styles
from ui.dialogs.pdf_preview import PdfPreview


@pytest.fixture
def three_pages(tmp_path: Path) -> Path:
    """Three portrait pages, each with its number in large print."""
    st = styles()
    story = []
    for n in (1, 2, 3):
        if n > 1:
            story.append(PageBreak())
        story.append(plain(f"第 {n} 页 内容", st.heading))
    path = tmp_path / "三页.pdf"
    header = ReportHeader(competition="测试赛", item="01 测试", venue="测试赛场", date="2026-11-28", title="预览测试")
    build_pdf(path, header, story, datetime(2026, 11, 28, 9, 0))
    return path


def dark_share(image: QImage) -> float:
    """Share of sampled pixels that are not white: 0 for a blank render."""
    dark = total = 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 200
    return dark / max(total, 1)


def test_preview_pages_render_and_navigate(qtbot: QtBot, three_pages: Path) -> None:
    preview = PdfPreview(three_pages)
    qtbot.addWidget(preview)
    preview.show()
    assert preview.page_count == 3
    assert preview.page_label.text() == "第 1 页 / 共 3 页"
    assert str(three_pages) in preview.saved.text() and preview.folder_button.text() == "打开文件夹"
    first = preview.image.pixmap().toImage()
    assert first.width() > 300 and first.height() > first.width()  # A4 portrait, fitted to the view
    assert 0.002 < dark_share(first) < 0.5  # text was drawn, the page is not blank or black
    assert not preview.prev_button.isEnabled() and preview.next_button.isEnabled()
    preview.next_button.click()
    assert preview.current == 1 and preview.page_label.text() == "第 2 页 / 共 3 页"
    second = preview.image.pixmap().toImage()
    assert second != first  # a different page was rendered
    preview.activateWindow()
    qtbot.waitActive(preview)
    qtbot.keyClick(preview, Qt.Key.Key_End)  # keyboard: End, PgUp
    assert preview.current == 2 and not preview.next_button.isEnabled()
    preview.next_page()  # past the end stays on the last page
    assert preview.current == 2
    qtbot.keyClick(preview, Qt.Key.Key_PageUp)
    assert preview.current == 1
    preview.reject()


def test_preview_prints_every_page_fitted(qtbot: QtBot, three_pages: Path, tmp_path: Path) -> None:
    preview = PdfPreview(three_pages)
    qtbot.addWidget(preview)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a real printer path without paper
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setFromTo(1, 3)
    assert preview.print_to(printer) == 3
    assert len(PdfReader(out).pages) == 3
    printer2 = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer2.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer2.setOutputFileName(str(tmp_path / "page2.pdf"))
    printer2.setFromTo(2, 2)  # the print dialog's page range is honoured
    assert preview.print_to(printer2) == 1
    assert len(PdfReader(tmp_path / "page2.pdf").pages) == 1
    preview.reject()


def test_landscape_page_prints_on_landscape_paper(qtbot: QtBot, tmp_path: Path) -> None:
    st = styles()
    path = tmp_path / "横向.pdf"
    header = ReportHeader(competition="测试赛", item="01 测试", venue="测试赛场", date="2026-11-28", title="横向")
    build_pdf(path, header, [plain("横向页面", st.heading)], datetime(2026, 11, 28, 9, 0), landscape=True)
    preview = PdfPreview(path)
    qtbot.addWidget(preview)
    image = preview.image.pixmap().toImage()
    assert image.width() > image.height()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    assert preview.print_to(printer) == 1
    box = PdfReader(tmp_path / "out.pdf").pages[0].mediabox
    assert box.width > box.height
    preview.reject()


def test_open_folder_opens_the_folder_of_the_file(qtbot: QtBot, three_pages: Path) -> None:
    opened: list[QUrl] = []

    class Handler(QObject):
        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            opened.append(url)

    handler = Handler()
    QDesktopServices.setUrlHandler("file", handler, "open")  # Qt's hook: no file manager is started
    try:
        preview = PdfPreview(three_pages)
        qtbot.addWidget(preview)
        preview.folder_button.click()
        preview.reject()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in opened] == [three_pages.parent]


def test_preview_and_shortcuts_fit_the_small_laptop_screen(qtbot: QtBot, three_pages: Path) -> None:
    """1280×720 at 125 % (1024×505 for a window): every button of the preview and the shortcut list visible."""
    from tests.ui.test_fits_screen import fits
    from ui.help_dialogs import ShortcutsDialog

    preview = PdfPreview(three_pages)
    qtbot.addWidget(preview)
    fits(preview)
    shortcuts = ShortcutsDialog()
    qtbot.addWidget(shortcuts)
    fits(shortcuts)
