"""Draw the application icon: a blue tile with a white three-step podium and a gold medal.

Writes resources/icons/venuescore.png (256 px, window icon on Linux) and venuescore.ico (16–256 px, the
Windows executable's icon; PNG-compressed entries, which Windows Vista and later read).  Drawn with
QPainter so it needs nothing beyond the app's own dependencies:
    QT_QPA_PLATFORM=offscreen python scripts/make_icon.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
BLUE, WHITE, GOLD, GOLD_EDGE = QColor("#1f4e8c"), QColor("#ffffff"), QColor("#f2b705"), QColor("#b98900")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)  # drawn on a 256 grid
    tile = QPainterPath()
    tile.addRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    p.fillPath(tile, BLUE)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(WHITE)
    for x, top in ((40, 150), (100, 112), (160, 170)):  # 2nd, 1st, 3rd place steps
        p.drawRoundedRect(QRectF(x, top, 56, 214 - top), 6, 6)
    p.setBrush(GOLD)
    p.setPen(GOLD_EDGE)
    p.drawEllipse(QRectF(98, 36, 60, 60))  # the medal above the top step
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: list[tuple[int, bytes]]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, blob in pngs:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter on QImage needs one)
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = [(s, png_bytes(draw(s))) for s in SIZES]
    (OUT / "venuescore.png").write_bytes(pngs[-1][1])
    (OUT / "venuescore.ico").write_bytes(ico_bytes(pngs))
    print(f"wrote {OUT / 'venuescore.png'} and {OUT / 'venuescore.ico'} ({', '.join(map(str, SIZES))} px)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
