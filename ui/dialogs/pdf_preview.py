"""Print preview inside the app for every PDF it writes: pages rendered by PDFium (ui.pdf_pages), printed
with Qt's printer support, the saved file's path shown with 打开文件夹.

A venue laptop may have no PDF viewer and PySide6-Essentials has no QtPdf, so nothing here relies on
either; 用系统程序打开 stays as an extra for laptops that do have a viewer.
Keys: PgDn/PgUp (also → / ←) next/previous page, Home/End, Ctrl+P print, Esc close.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QPageLayout, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.pdf_pages import PdfPages

SCREEN_MAX_DPI = 150  # enough to read a table cell; more only costs memory
PRINT_MAX_DPI = 300  # a 1200-dpi driver would otherwise ask for a 500 MB bitmap per A4 page


def open_with_system(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_folder(path: Path) -> bool:
    """Show the folder holding ``path`` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


class PdfPreview(QDialog):
    """One PDF: a page at a time, fitted to the width; 上一页/下一页, 打印…, 打开文件夹, 用系统程序打开."""

    scroll: QScrollArea  # type: ignore[assignment]  # hides QWidget.scroll(dx, dy), which this dialog never calls

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.pages = PdfPages(self.path)
        self.current = 0
        self._closed = False
        self.setWindowTitle(self.tr("打印预览 - {name}").format(name=self.path.name))
        self._init_widgets()
        self._init_layout()
        self._init_keys()
        self._fit_to_screen()
        self._render_later = QTimer(self, singleShot=True, interval=60)  # re-render once a resize settles
        self._render_later.timeout.connect(self.show_page)
        self.show_page()

    # --------------------------------------------------------------------------------- building

    def _init_widgets(self) -> None:
        tr = self.tr
        self.saved = QLabel(tr("已保存：{p}").format(p=self.path))
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.prev_button = QPushButton(tr("上一页"))
        self.prev_button.clicked.connect(self.previous_page)
        self.next_button = QPushButton(tr("下一页"))
        self.next_button.clicked.connect(self.next_page)
        self.print_button = QPushButton(tr("打印…"))
        self.print_button.clicked.connect(self.print_document)
        self.print_button.setDefault(True)
        self.folder_button = QPushButton(tr("打开文件夹"))
        self.folder_button.clicked.connect(lambda: open_folder(self.path))
        self.system_button = QPushButton(tr("用系统程序打开"))
        self.system_button.clicked.connect(lambda: open_with_system(self.path))
        self.close_button = QPushButton(tr("关闭"))
        self.close_button.clicked.connect(self.accept)

    def _init_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.saved, 1)
        top.addWidget(self.folder_button)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.page_label, 1)
        nav.addWidget(self.next_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.system_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(nav)
        layout.addLayout(buttons)

    def _init_keys(self) -> None:
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # page keys turn pages, they do not scroll
        self._keys = {Qt.Key.Key_PageDown: self.next_page, Qt.Key.Key_Right: self.next_page,
                      Qt.Key.Key_PageUp: self.previous_page, Qt.Key.Key_Left: self.previous_page,
                      Qt.Key.Key_Home: lambda: self.go_to(0), Qt.Key.Key_End: lambda: self.go_to(self.page_count - 1)}

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Print):
            self.print_document()
        elif event.key() in self._keys and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._keys[Qt.Key(event.key())]()
        else:
            super().keyPressEvent(event)

    def _fit_to_screen(self) -> None:
        """As large as the screen allows (a page should be readable), never larger."""
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else None) or QApplication.primaryScreen()
        area = screen.availableGeometry()
        self.resize(min(1000, int(area.width() * 0.9)), int(area.height() * 0.92))

    # --------------------------------------------------------------------------------- pages

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def go_to(self, index: int) -> None:
        self.current = max(0, min(index, self.page_count - 1))
        self.show_page()

    def next_page(self) -> None:
        self.go_to(self.current + 1)

    def previous_page(self) -> None:
        self.go_to(self.current - 1)

    def screen_dpi(self) -> float:
        """The resolution that fits the page's width into the view (a landscape page too)."""
        width_pt, _ = self.pages.size_points(self.current)
        # the width left once the vertical scroll bar shows (a tall page always needs it)
        room = max(self.scroll.width() - self.scroll.verticalScrollBar().sizeHint().width() - 12, 200)
        return min(room / (width_pt / 72), SCREEN_MAX_DPI)

    def show_page(self) -> None:
        if self._closed:
            return
        if not self.page_count:
            self.page_label.setText(self.tr("（空文件）"))
            return
        self.image.setPixmap(QPixmap.fromImage(self.pages.render(self.current, self.screen_dpi())))
        self.page_label.setText(self.tr("第 {n} 页 / 共 {total} 页").format(n=self.current + 1, total=self.page_count))
        self.prev_button.setEnabled(self.current > 0)
        self.next_button.setEnabled(self.current < self.page_count - 1)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # type: ignore[arg-type]
        if hasattr(self, "_render_later"):
            self._render_later.start()

    # --------------------------------------------------------------------------------- printing

    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.name)
        printer.setFromTo(1, self.page_count)
        self._orient(printer, 0)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def _orient(self, printer: object, index: int) -> None:
        """Paper turned as the page is (成绩汇总表 is landscape): set before the page is begun."""
        landscape = self.pages.landscape(index)
        printer.setPageOrientation(  # type: ignore[attr-defined]
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)

    def print_to(self, printer: object) -> int:
        """Paint the chosen pages onto ``printer`` (a QPrinter), each fitted to the paper; returns pages printed.

        Runs on the GUI thread (QPainter on a printer), page by page behind a progress dialog that can stop it."""
        first, last = printer.fromPage(), printer.toPage()  # type: ignore[attr-defined]
        wanted = range((first or 1) - 1, (last or self.page_count))
        progress = QProgressDialog(self.tr("正在打印…"), self.tr("取消"), 0, len(wanted), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        dpi = min(printer.resolution(), PRINT_MAX_DPI)  # type: ignore[attr-defined]
        self._orient(printer, wanted[0])
        painter = QPainter()
        if not painter.begin(printer):  # type: ignore[arg-type]
            return 0
        printed = 0
        try:
            for n, index in enumerate(wanted):
                if progress.wasCanceled():
                    printer.abort()  # type: ignore[attr-defined]
                    break
                if n:
                    self._orient(printer, index)
                    printer.newPage()  # type: ignore[attr-defined]
                image = self.pages.render(index, dpi)
                area = painter.viewport()
                fitted = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(area.x(), area.y(), fitted.width(), fitted.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(area)
                printed += 1
                progress.setValue(n + 1)
        finally:
            painter.end()
            progress.close()
        return printed

    def done(self, result: int) -> None:  # Qt's name: closing the preview releases the file
        if not self._closed:
            self._closed = True
            self._render_later.stop()
            self.pages.close()
        super().done(result)


def show_pdf(path: Path, parent: QWidget | None = None) -> PdfPreview:
    """The in-app print preview of a PDF just written: where it was saved, 打开文件夹, 打印….

    Not blocking (``open()``): the page behind stays as it was, the preview closes with Esc or 关闭."""
    preview = PdfPreview(Path(path), parent)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.open()
    return preview
