"""app.reports.qr makes, module for module, the code the qrcode package makes for the same text (byte mode,
level M, the same mask)."""

from __future__ import annotations

import random

import pytest
import qrcode
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
