"""PDF pages as images, for the in-app preview and for printing: rendered by pypdfium2 (PDFium).

PySide6-Essentials has no QtPdf, and a venue laptop may have no PDF viewer at all: PDFium (the engine
of Chrome's viewer) renders each page into a buffer that goes straight into a QImage, and QPrinter
prints those images.  Only the pages asked for are rendered; the document stays open until ``close``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

POINTS_PER_INCH = 72


class PdfPages:
    """One open PDF file: its page count, page sizes (in points) and pages rendered at a given DPI."""

    def __init__(self, path: Path) -> None:
        import pypdfium2  # loaded with the first preview, not at start-up

        self.path = path
        self._pdf = pypdfium2.PdfDocument(str(path))

    def __len__(self) -> int:
        return len(self._pdf)

    def size_points(self, index: int) -> tuple[float, float]:
        """(width, height) of page ``index`` in points (1/72 inch)."""
        page = self._pdf[index]
        try:
            width, height = page.get_size()
        finally:
            page.close()
        return float(width), float(height)

    def landscape(self, index: int) -> bool:
        width, height = self.size_points(index)
        return width > height

    def render(self, index: int, dpi: float) -> QImage:
        """Page ``index`` as an opaque RGB image at ``dpi`` (96 for the screen, the printer's for paper)."""
        page = self._pdf[index]
        try:
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True,
                                 may_draw_forms=False)
            try:
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGBX8888)
                return image.copy()  # detach from PDFium's buffer before it is freed
            finally:
                bitmap.close()
        finally:
            page.close()

    def close(self) -> None:
        self._pdf.close()
