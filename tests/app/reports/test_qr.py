"""app.reports.qr makes, module for module, the code the qrcode package makes for the same text (byte mode,
level M, the same mask)."""

from __future__ import annotations

import random
import subprocess
from pathlib import Path

import pytest
import qrcode
from PIL import Image
from qrcode.constants import ERROR_CORRECT_M

from app.reports import qr


def reference(text: str) -> list[list[bool]]:
    ref = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=qr.BORDER, mask_pattern=qr.MASK)
    ref.add_data(text.encode("utf-8"), optimize=0)  # one byte-mode segment, as app.reports.qr encodes
    ref.make(fit=True)
    return ref.get_matrix()


def texts() -> list[str]:
    rnd = random.Random(17)
    alphabet = "VSC1|0123456789abcdefABCDEF-_荣誉证书王李张职工组学生组一等奖二等奖优胜奖 LED显示屏应用"
    out = ["a", "VSC1|4A3F9C2B1D0E8F77|01-001|01 LED 显示屏应用|职工组|王小明|一等奖|" + "Ab3_" * 21 + "xy"]
    out += ["".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 400))) for _ in range(60)]
    out += ["x" * n for n in (13, 14, 15, 120, 121, 122, 213, 214, 700)]  # around version and length-field edges
    return out


@pytest.mark.parametrize("text", texts(), ids=lambda t: f"{len(t.encode())}B")
def test_same_modules_as_the_qrcode_package(text: str) -> None:
    assert qr.matrix(text) == reference(text)


@pytest.mark.parametrize("text", texts()[:12], ids=lambda t: f"{len(t.encode())}B")
def test_image_rows_are_the_modules_dark_as_zero(text: str) -> None:
    """qr.image: the one-bit DeviceGray rows certificates draw inline (dark = 0, rows padded with light)."""
    side, data = qr.image(text)
    modules = qr.matrix(text)
    assert side == len(modules)
    row_bits = -(-side // 8) * 8
    bits = format(int(data, 16), f"0{len(data) * 4}b")
    assert len(bits) == side * row_bits
    for r, row in enumerate(modules):
        line = bits[r * row_bits:(r + 1) * row_bits]
        assert [b == "0" for b in line[:side]] == row and set(line[side:]) <= {"1"}


def test_drawn_qr_renders_module_for_module(tmp_path: Path) -> None:
    """The inline image as a PDF viewer shows it: rendered with pdftoppm, every module where qr.matrix has it."""
    from reportlab.pdfgen.canvas import Canvas

    from app.reports.certificates import draw_qr

    text = texts()[1]
    side = len(qr.matrix(text))
    cell = 8  # points per module; rendered at 72 dpi, pixels per module
    c = Canvas(str(tmp_path / "qr.pdf"), pagesize=(side * cell, side * cell))
    draw_qr(c, text, 0, 0, side * cell)
    c.showPage()
    c.save()
    subprocess.run(["pdftoppm", "-r", "72", "-gray", str(tmp_path / "qr.pdf"), str(tmp_path / "qr")], check=True)
    page = Image.open(next(tmp_path.glob("qr*.pgm")))
    seen = [[page.getpixel((cell * x + cell // 2, cell * y + cell // 2)) < 128 for x in range(side)]
            for y in range(side)]
    assert seen == qr.matrix(text)
