"""Tolerant reading of roster fields (报名表) as people actually type them in Excel/WPS.

Each ``normalize_*`` returns the canonical value or None when it cannot be recognised;
the ``check_*`` functions return None when the value is fine, else a Chinese reason that
says what to fix.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from app.i18n import tr

CATEGORIES: tuple[str, ...] = ("职工", "教师", "学生", "灵活就业")

_ANY_SPACE = re.compile(r"\s+")  # after NFKC, full-width spaces are plain spaces


def _clean(raw: object) -> str:
    """NFKC (full-width → half-width) and all whitespace removed; None → ""."""
    if raw is None:
        return ""
    text = raw if isinstance(raw, str) else str(raw)
    # Fast paths (a roster has tens of thousands of cells): ASCII is its own NFKC form, and text already in
    # NFKC without whitespace is unchanged by the loop below.
    if text.isascii():
        return text if text.isalnum() else "".join(text.split())
    if unicodedata.is_normalized("NFKC", text) and not _ANY_SPACE.search(text):
        return text
    # Removing spaces can join a letter with a combining mark that NFKC then composes;
    # repeat until stable so that cleaning twice gives the same key as cleaning once.
    for _ in range(3):
        cleaned = _ANY_SPACE.sub("", unicodedata.normalize("NFKC", text))
        if cleaned == text:
            break
        text = cleaned
    return text


# ---------------------------------------------------------------- phone (联系电话)

_SEPARATORS = re.compile(r"[-‐‑‒–—―_.()/]")
_MOBILE = re.compile(r"1[3-9]\d{9}")
# 0 + area code (010, 02x: 3 digits; others 4 digits) + 7–8 digit local number.
_LANDLINE = re.compile(r"(0(?:10|2\d)\d{8}|0[3-9]\d{2}\d{7,8})")


def normalize_phone(raw: object) -> str:
    """Mobile → 11 digits; landline → "023-88152323"; anything else → cleaned text.

    Strips spaces, dashes, dots, brackets and a +86 / 0086 country prefix.
    """
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)  # a spreadsheet cell holding the number 13800001234.0
    text = _clean(raw)
    if len(text) == 11 and _MOBILE.fullmatch(text):  # the usual case, settled without the steps below
        return text
    text = _SEPARATORS.sub("", text)
    for prefix in ("+86", "0086"):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    if len(text) == 13 and text.startswith("86") and _MOBILE.fullmatch(text[2:]):
        text = text[2:]  # "86138…" without the plus
    if _MOBILE.fullmatch(text):
        return text
    if _LANDLINE.fullmatch(text):
        area = 3 if text[1] in "12" else 4
        return f"{text[:area]}-{text[area:]}"
    # Removing spaces and separators can leave combining marks side by side out of canonical order ("¯/¸"):
    # normalise once more so that cleaning what this returns gives it back unchanged.
    return unicodedata.normalize("NFKC", text)


def mask_phone(text: str) -> str:
    """Mask for screens, messages and lists: "138****5678" (first 3 and last 4 of 11 or more characters).

    Shorter text (a wrong entry in an error list) keeps at most a quarter at either end, like
    ``idcard.mask_id_number``.  Only the edit form of 裁判长/管理员 shows a phone in full."""
    t = str(text).strip()
    if not t:
        return ""
    if len(t) >= 11:
        return t[:3] + "*" * (len(t) - 7) + t[-4:]
    head, tail = min(3, len(t) // 4), min(2, len(t) // 4)
    return t[:head] + "*" * (len(t) - head - tail) + t[len(t) - tail:]


def check_phone(raw: object) -> str | None:
    """None if ``raw`` is a mainland mobile or a landline with area code, else the reason."""
    return phone_problem(normalize_phone(raw))


def phone_problem(text: str) -> str | None:
    """``check_phone`` for a number already through ``normalize_phone``."""
    if not text:
        return tr("联系电话为空，请填写手机号")
    if _MOBILE.fullmatch(text) or "-" in text:  # normalize_phone only adds "-" to valid landlines
        return None
    if not text.isascii() or not text.isdigit():
        return tr("联系电话只能包含数字，请核对")
    if text.startswith("1"):
        if len(text) != 11:
            return tr("手机号应为 11 位，现为 {n} 位，请核对").format(n=len(text))
        return tr("手机号第 2 位应为 3–9，请核对")
    if text.startswith("0"):
        return tr("固定电话位数不对，应为区号加 7–8 位号码，如 023-88152323")
    if len(text) in (7, 8):
        return tr("固定电话请加区号，如 023-88152323")
    return tr("联系电话应为 11 位手机号或带区号的固定电话，请核对")


# ---------------------------------------------------------------- category (参赛类别)

_CATEGORY_ALIASES: dict[str, str] = {
    "企业职工": "职工",
    "事业单位职工": "职工",
    "企事业单位职工": "职工",
    "企业员工": "职工",
    "员工": "职工",
    "在职职工": "职工",
    "院校教师": "教师",
    "职业院校教师": "教师",
    "学校教师": "教师",
    "老师": "教师",
    "在校学生": "学生",
    "职业院校学生": "学生",
    "院校学生": "学生",
    "学生组": "学生",
    "职工组": "职工",
    "灵活就业人员": "灵活就业",
    "灵活就业者": "灵活就业",
}


def normalize_category(raw: object) -> str | None:
    """One of CATEGORIES, or None.  Tolerates 企业职工, 院校教师, 在校学生, 灵活就业人员…"""
    return _category(raw) if isinstance(raw, str) else _category_uncached(raw)


def _category_uncached(raw: object) -> str | None:
    text = _clean(raw)
    if text in CATEGORIES:
        return text
    if text in _CATEGORY_ALIASES:
        return _CATEGORY_ALIASES[text]
    # Longer free text: accept it when exactly one category word occurs in it.
    found = {c for c in CATEGORIES if c in text}
    return found.pop() if len(found) == 1 else None


# ---------------------------------------------------------------- gender (性别)

_GENDERS: dict[str, str] = {
    "男": "男",
    "男性": "男",
    "m": "男",
    "male": "男",
    "女": "女",
    "女性": "女",
    "f": "女",
    "female": "女",
}


def normalize_gender(raw: object) -> str | None:
    """ "男" / "女" from 男, 女, 男性, M, F, male, female (any case), else None."""
    return _gender(raw) if isinstance(raw, str) else _gender_uncached(raw)


def _gender_uncached(raw: object) -> str | None:
    return _GENDERS.get(_clean(raw).lower())


# A roster repeats a handful of categories, genders and retirement categories thousands of times: the
# normalisations (pure functions of the cell text) are remembered.  The check_* messages are not (tr()).
_category = lru_cache(maxsize=1024)(_category_uncached)
_gender = lru_cache(maxsize=256)(_gender_uncached)


# ---------------------------------------------------------------- female category (女职工退休年龄类别)

_FEMALE_WORDS: dict[str, int] = {"工人": 50, "干部": 55, "管理岗": 55, "管理岗位": 55}


def normalize_female_category(raw: object) -> int | None:
    """50 or 55 from 50, 55, "50岁", "55周岁", 50.0, "工人", "干部"; blank or unknown → None.

    None means "not stated": the eligibility check then asks when it matters.  Use
    ``check_female_category`` to tell an unreadable value from a blank one.
    """
    return _female(raw) if isinstance(raw, str) else _female_uncached(raw)


def _female_uncached(raw: object) -> int | None:
    text = _clean(raw)
    for word, value in _FEMALE_WORDS.items():
        if word in text:
            return value
    number = re.sub(r"(周岁|岁)$", "", text)
    if not re.fullmatch(r"\d+(\.0*)?", number):  # "50", "55.0"; not "NaN" or "5e1"
        return None
    return int(Decimal(number)) if Decimal(number) in (50, 55) else None


_female = lru_cache(maxsize=256)(_female_uncached)


def check_female_category(raw: object) -> str | None:
    """None if blank or readable; else the reason (a typo must not pass silently as "not stated")."""
    if _clean(raw) == "" or normalize_female_category(raw) is not None:
        return None
    return tr("女职工退休年龄类别应填 50（工人）或 55（干部），不清楚可留空")


# ---------------------------------------------------------------- headers (表头)

# Bracketed notes in any bracket style, e.g. "姓名（必填）", "电话[手机]", "单位【全称】".
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|〔[^〔〕]*〕|<[^<>]*>|《[^《》]*》")


def normalize_header(text: object) -> str:
    """Key for tolerant header matching: "* 姓名（必填）" → "姓名", "ID No." → "idno."."""
    key = _header_once(text)
    for _ in range(3):  # removals can expose new bracket pairs or compositions; settle them
        again = _header_once(key)
        if again == key:
            break
        key = again
    return key


def _header_once(text: object) -> str:
    cleaned = _clean(text)  # full-width brackets/letters/asterisks become ASCII here
    cleaned = _BRACKETED.sub("", cleaned)
    cleaned = cleaned.replace("*", "").rstrip(":：")
    return "".join(c.lower() if c.isascii() else c for c in cleaned)
