"""QR codes for certificates, fast enough for thousands in a row.

The ``qrcode`` package draws the fixed parts of the symbol (finder, timing and alignment patterns, format
and version information) once per version; its pure-Python bit buffer, Reed–Solomon arithmetic and module
placement took most of the time of a certificate run, so here the codewords are made — byte mode, error
correction level M — with table-driven GF(256) arithmetic, and placed along the zig-zag path worked out
once per version.  One mask pattern (any of the eight gives a valid code; trying all eight only picks the
lowest penalty score).  tests/app/reports/test_qr.py checks the result
against ``qrcode``'s own encoding, module for module.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from operator import itemgetter
from typing import cast

import qrcode
from qrcode.base import rs_blocks
from qrcode.constants import ERROR_CORRECT_M
from qrcode.util import BIT_LIMIT_TABLE, MODE_8BIT_BYTE, PAD0, PAD1, mode_sizes_for_version

MASK = 0  # the mask flips below are pattern 0: (row + column) even
BORDER = 2  # modules of quiet zone around the code

# GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1; EXP is doubled so that a sum of logs needs no modulo.
_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


_BITS = [format(b, "08b") for b in range(256)]


@cache
def _generator_logs(ec_count: int) -> tuple[int, ...]:
    """Logs of the coefficients (after the leading 1) of the generator polynomial Π (x − α^i), i < ec_count."""
    poly = [1]
    for i in range(ec_count):
        nxt = [0] * (len(poly) + 1)
        for j, coef in enumerate(poly):
            nxt[j] ^= coef
            if coef:
                nxt[j + 1] ^= _EXP[_LOG[coef] + i]
        poly = nxt
    return tuple(_LOG[c] for c in poly[1:])


@cache
def _products(ec_count: int) -> tuple[tuple[int, ...], ...]:
    """For each byte value f, f times the generator's coefficients (the row a division step subtracts)."""
    gen = _generator_logs(ec_count)
    return ((0,) * ec_count,) + tuple(tuple(_EXP[_LOG[f] + g] for g in gen) for f in range(1, 256))


@cache
def _product_ints(ec_count: int) -> tuple[int, ...]:
    """``_products`` rows as big-endian integers of ``ec_count`` bytes."""
    return tuple(int.from_bytes(bytes(row), "big") for row in _products(ec_count))


def _remainder(data: bytes, ec_count: int) -> list[int]:
    """data · x^ec_count modulo the generator: the error-correction codewords (polynomial long division).

    The running remainder is one integer of ``ec_count`` bytes: a division step is a shift and one XOR with the
    generator's multiple for the leading byte (a list of bytes cost a Python step per byte per data byte)."""
    rows = _product_ints(ec_count)
    top = 8 * (ec_count - 1)
    mask = (1 << 8 * ec_count) - 1
    rem = 0
    for byte in data:
        rem = ((rem << 8) & mask) ^ rows[byte ^ (rem >> top)]
    return list(rem.to_bytes(ec_count, "big"))


def _version(length: int) -> int:
    """The smallest version holding ``length`` bytes at level M (as qrcode's best_fit picks it)."""
    limits = BIT_LIMIT_TABLE[ERROR_CORRECT_M]
    version = 1
    while True:
        sizes = mode_sizes_for_version(version)
        needed = 4 + sizes[MODE_8BIT_BYTE] + 8 * length
        version = bisect_left(limits, needed, version)
        if version > 40:
            raise ValueError(f"{length} bytes do not fit in a QR code")
        if mode_sizes_for_version(version) is sizes:
            return version


def codewords(data: bytes, version: int) -> list[int]:
    """Data and error-correction codewords, interleaved, ready to be placed."""
    blocks = rs_blocks(version, ERROR_CORRECT_M)
    capacity = sum(b.data_count for b in blocks)
    count_bits = mode_sizes_for_version(version)[MODE_8BIT_BYTE]
    bits = (MODE_8BIT_BYTE << count_bits | len(data)) << 8 * len(data) | int.from_bytes(data, "big")
    length = 4 + count_bits + 8 * len(data)
    pad = min(capacity * 8 - length, 4)  # terminator, then zeros to a whole byte
    bits <<= pad
    length += pad
    bits <<= -length % 8
    length += -length % 8
    stream = bytearray(bits.to_bytes(length // 8, "big"))
    filler = (PAD0, PAD1)
    stream.extend(filler[i % 2] for i in range(capacity - len(stream)))
    data_blocks, ec_blocks, offset = [], [], 0
    for b in blocks:
        chunk = bytes(stream[offset:offset + b.data_count])
        offset += b.data_count
        data_blocks.append(chunk)
        ec_blocks.append(_remainder(chunk, b.total_count - b.data_count))
    out: list[int] = []
    for i in range(max(len(d) for d in data_blocks)):
        out.extend(d[i] for d in data_blocks if i < len(d))
    for i in range(max(len(e) for e in ec_blocks)):
        out.extend(e[i] for e in ec_blocks if i < len(e))
    return out


@cache
def _layout(version: int) -> tuple[tuple[bool | None, ...], tuple[int, ...], tuple[bool, ...]]:
    """The fixed modules of ``version`` row after row (None where data goes), the data modules' places in that
    list in placement order, and whether the mask flips each (qrcode's map_data walk, done once)."""
    qr = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_M, mask_pattern=MASK)
    n = qr.modules_count = version * 4 + 17
    qr.modules = [[None] * n for _ in range(n)]
    qr.setup_position_probe_pattern(0, 0)
    qr.setup_position_probe_pattern(n - 7, 0)
    qr.setup_position_probe_pattern(0, n - 7)
    qr.setup_position_adjust_pattern()
    qr.setup_timing_pattern()
    qr.setup_type_info(False, MASK)
    if version >= 7:
        qr.setup_type_number(False)
    template = tuple(cell for row in qr.modules for cell in row)
    places, flips = [], []
    row, step = n - 1, -1
    for col in range(n - 1, 0, -2):
        if col <= 6:
            col -= 1
        while True:
            for c in (col, col - 1):
                if template[row * n + c] is None:
                    places.append(row * n + c)
                    flips.append((row + c) % 2 == 0)  # mask pattern 0
            row += step
            if row < 0 or row >= n:
                row -= step
                step = -step
                break
    return template, tuple(places), tuple(flips)


@cache
def _gather(version: int, image: bool) -> tuple[Callable[[str], tuple[str, ...]], int, int, int]:
    """How the modules of ``version`` are read off its data bits, done once per version: a gather over the
    masked data bits followed by two constants, a light and a dark module.  Returns the gather, the mask as
    an integer over the data bits, the number of data bits and the side in modules (quiet zone included).

    ``image``: the rows of a one-bit DeviceGray image instead (dark is 0, each row padded to whole bytes with
    light), the code as app.reports.certificates draws it."""
    template, places, flips = _layout(version)
    n = version * 4 + 17
    side = n + 2 * BORDER
    count = len(places)
    light, dark = (count + 1, count) if image else (count, count + 1)
    where = {place: k for k, place in enumerate(places)}
    index = []
    for r in range(-BORDER, n + BORDER):
        for c in range(-BORDER, n + BORDER):
            if 0 <= r < n and 0 <= c < n:
                place = r * n + c
                index.append(where[place] if place in where else dark if template[place] else light)
            else:
                index.append(light)
        if image:
            index += [light] * (-side % 8)
    flip = int("".join("1" if f else "0" for f in flips), 2)
    return cast(Callable[[str], tuple[str, ...]], itemgetter(*index)), flip, count, side


def _modules(text: str, image: bool) -> tuple[str, int]:
    data = text.encode("utf-8")
    version = _version(len(data))
    gather, flip, count, side = _gather(version, image)
    words = codewords(data, version)
    bits = int.from_bytes(bytes(words), "big") << (count - 8 * len(words))  # then the remainder bits, zero
    bits ^= flip
    if image:
        bits ^= (1 << count) - 1  # dark is 0 in the image
    return "".join(gather(format(bits, f"0{count}b") + "01")), side


def matrix(text: str) -> list[list[bool]]:
    """The modules of a QR code of ``text`` (UTF-8, level M), quiet zone included; True is dark."""
    modules, side = _modules(text, image=False)
    return [[m == "1" for m in modules[r * side:(r + 1) * side]] for r in range(side)]


def image(text: str) -> tuple[int, str]:
    """The QR code of ``text`` as a one-bit DeviceGray image, rows top to bottom, each padded to whole bytes:
    its side in pixels (one per module, quiet zone included) and the data in hexadecimal."""
    modules, side = _modules(text, image=True)
    return side, format(int(modules, 2), f"0{len(modules) // 4}X")
