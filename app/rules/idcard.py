"""Resident ID numbers (居民身份证号码, GB 11643-1999): normalise, check, read, mask, make.

Hard checks only: length, digits, a real birth date (not in the future, not before
1900) and the check character.  The address code is never checked — numbers keep the
code of the place of first registration, including Sichuan-era Chongqing codes (510202…)
that strict validators wrongly reject; the region is shown as information only.
Hong Kong/Macao/Taiwan residence-permit numbers (81/82/83…) have the same format.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from operator import mul

from app.errors import Problem, ValidationError
from app.frozen_init import quick_init
from app.i18n import tr
from app.rules.regions import PERMIT_PREFIXES, region_name

COLUMN = "身份证号"  # column / field name as the user sees it
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_ZERO_OFFSET = ord("0") * sum(_WEIGHTS)
_EARLIEST_BIRTH = date(1900, 1, 1)
_WHITESPACE = re.compile(r"\s+")


@quick_init  # one per row of a roster import
@dataclass(frozen=True)
class IdInfo:
    """What a valid ID number tells us."""

    number: str  # normalised, 18 characters
    birth_date: date
    gender: str  # "男" | "女"
    region_code: str  # first 6 digits
    region_name: str | None  # information only
    kind: str  # "resident" | "hk_macao_taiwan_permit"


def normalize_id_number(raw: str) -> str:
    """Strip all whitespace, turn full-width digits/letters into ASCII, trailing x into X."""
    raw = raw or ""
    if raw.isascii():  # the usual case: ASCII is its own NFKC form
        text = raw if raw.isalnum() else "".join(raw.split())
    else:
        # NFKC maps full-width "１２Ｘ" to "12X" and the ideographic space to a plain space.
        text = _WHITESPACE.sub("", unicodedata.normalize("NFKC", raw))
    if text.endswith("x"):
        text = text[:-1] + "X"
    return text


def check_character(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError(f"check_character needs 17 ASCII digits, got {first17!r}")
    return _check_character(first17)


def _check_character(first17: str) -> str:
    """``check_character`` of 17 characters already known to be ASCII digits (``_check_shape`` passed)."""
    # The byte of an ASCII digit is 48 + the digit: weigh the bytes and take 48 × the weights off again
    # (one C-level pass instead of 17 int() calls; a roster import checks every row's number).
    total = sum(map(mul, first17.encode("ascii"), _WEIGHTS)) - _ZERO_OFFSET
    return _CHECK_CHARS[total % 11]


def _fail(message: str, raw: str) -> ValidationError:
    # The value shown with the message is masked: messages end up on screens, in logs and photos.
    return ValidationError(tr("身份证号有误"), [Problem(message, column=COLUMN, value=mask_id_number(raw))])


def _check_shape(number: str, raw: str) -> None:
    """Length and character checks, each failure with its own actionable message."""
    if len(number) == 18 and number.isascii() and number[:17].isdigit() and (number[17] == "X" or number[17].isdigit()):
        return  # well-formed: the checks below only find which message to give
    if not number:
        raise _fail(tr("身份证号为空，请填写 18 位身份证号"), raw)
    if len(number) != 18:
        message = tr("身份证号应为 18 位，现为 {n} 位，请核对证件").format(n=len(number))
        if len(number) == 15:
            # First-generation 15-digit numbers were replaced long ago; the current card has 18.
            message += tr("（15 位旧号码请改填现行 18 位号码）")
        raise _fail(message, raw)
    for position, char in enumerate(number[:17], start=1):
        if not (char.isascii() and char.isdigit()):
            raise _fail(
                tr("第 {pos} 位应为数字，现为“{char}”，请核对证件").format(pos=position, char=char), raw
            )
    last = number[17]
    if not (last == "X" or (last.isascii() and last.isdigit())):
        raise _fail(tr("最后一位应为数字或 X，现为“{char}”，请核对证件").format(char=last), raw)


def _birth_date(number: str, raw: str, today: date) -> date:
    digits = number[6:14]
    try:
        birth = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise _fail(
            tr("出生日期 {digits} 不是有效日期（第 7–14 位），请核对证件").format(digits=digits), raw
        ) from None
    if birth > today:
        raise _fail(
            tr("出生日期 {digits} 晚于今天（{today}），请核对证件").format(
                digits=digits, today=today.isoformat()
            ),
            raw,
        )
    if birth < _EARLIEST_BIRTH:
        raise _fail(tr("出生日期 {digits} 早于 1900 年，请核对证件").format(digits=digits), raw)
    return birth


def parse_id_number(raw: str, today: date) -> IdInfo:
    """Check an ID number and read birth date, gender and region from it.

    Raises ValidationError with exactly one Problem (column "身份证号", value = raw input).
    """
    number = normalize_id_number(raw)
    _check_shape(number, raw)
    birth = _birth_date(number, raw, today)
    expected = _check_character(number[:17])  # the shape check has just seen 17 ASCII digits
    if number[17] != expected:
        # Any single mistyped digit changes the check character, so the mistake may be
        # anywhere — but most often it is the last character itself.
        raise _fail(
            tr("校验位应为 {expected}，现为 {actual}，请核对最后一位（或逐位核对号码）").format(
                expected=expected, actual=number[17]
            ),
            raw,
        )
    region_code = number[:6]
    return IdInfo(
        number=number,
        birth_date=birth,
        gender="男" if int(number[16]) % 2 == 1 else "女",
        region_code=region_code,
        region_name=region_name(region_code),
        kind="hk_macao_taiwan_permit" if number[:2] in PERMIT_PREFIXES else "resident",
    )


def mask_id_number(number: str) -> str:
    """Mask for screens and printouts: "500103********1234".

    Anything that is not 18 characters long (a wrong entry shown in an error list) keeps at
    most the first 3 and last 2 characters, and never more than a quarter at either end.
    """
    text = normalize_id_number(number)
    if len(text) == 18:
        return text[:6] + "*" * 8 + text[-4:]
    head = min(3, len(text) // 4)
    tail = min(2, len(text) // 4)
    return text[:head] + "*" * (len(text) - head - tail) + text[len(text) - tail :]


def make_id_number(region: str, birth: date, sequence: int) -> str:
    """Build a valid number (demo data, tests).  ``sequence`` 0..999; odd = male."""
    if len(region) != 6 or not region.isdigit():
        raise ValueError(f"region must be 6 digits, got {region!r}")
    if not 0 <= sequence <= 999:
        raise ValueError(f"sequence must be 0..999, got {sequence}")
    first17 = f"{region}{birth:%Y%m%d}{sequence:03d}"
    return first17 + check_character(first17)
