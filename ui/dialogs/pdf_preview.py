"""Show a generated PDF: Qt's own viewer (QtPdf) where the PySide6 build ships it, else the system viewer.

PySide6-Essentials does not include QtPdf/QtPdfWidgets, so the import is optional; the system viewer
(via QDesktopServices) also offers printing.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget


def _qtpdf() -> tuple[Any, Any] | None:
    try:
        pdf = importlib.import_module("PySide6.QtPdf")
        widgets = importlib.import_module("PySide6.QtPdfWidgets")
    except ImportError:
        return None
    return pdf, widgets


def has_qt_viewer() -> bool:
    return _qtpdf() is not None


def open_with_system(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PdfPreview(QDialog):
    """In-app preview with a print button (only built when QtPdf is importable)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mods = _qtpdf()
        assert mods is not None
        pdf, widgets = mods
        self.path = path
        self.setWindowTitle(path.name)
        self.resize(900, 1000)
        self.document = pdf.QPdfDocument(self)
        self.document.load(str(path))
        view = widgets.QPdfView(self)
        view.setDocument(self.document)
        view.setPageMode(widgets.QPdfView.PageMode.MultiPage)
        print_button = QPushButton(self.tr("打印…"))
        print_button.clicked.connect(self.print_document)
        system_button = QPushButton(self.tr("用系统程序打开"))
        system_button.clicked.connect(lambda: open_with_system(self.path))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(system_button)
        row.addWidget(print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addLayout(row)

    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        try:
            for i in range(self.document.pageCount()):
                if i:
                    printer.newPage()
                rect = painter.viewport()
                image = self.document.render(i, rect.size())
                painter.drawImage(rect, image)
        finally:
            painter.end()


def show_pdf(path: Path, parent: QWidget | None = None) -> None:
    """Preview in the app if possible, otherwise hand the file to the system's PDF viewer (which prints too)."""
    if has_qt_viewer():
        PdfPreview(path, parent).exec()
    else:
        open_with_system(path)
