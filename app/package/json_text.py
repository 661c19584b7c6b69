"""Received JSON that UTF-8 cannot hold: a lone UTF-16 surrogate spelled as an escape.

JSON lets a string spell half of a surrogate pair (``"\\ud800"``).  ``json.loads`` accepts it and returns a
``str`` that no UTF-8 encoder will take, so a signed package carrying one would pass every check and then
fail deep inside the import (hashing an audit record, writing a name to the database) with a traceback
instead of a refusal.  Our exporters write UTF-8 text and never such an escape, so the files are scanned for
the escape (cheap: a few milliseconds for a large package) and only a file that has one is checked further.
"""

from __future__ import annotations

import json
import re
from typing import Any

_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def may_hold_lone_surrogate(raw: bytes) -> bool:
    """True when ``raw`` spells a surrogate escape (a correct pair is legal JSON too, hence "may")."""
    return _SURROGATE_ESCAPE.search(raw) is not None


def encodable(value: Any) -> bool:
    """Whether every string in the parsed ``value`` can be written as UTF-8."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def first_unencodable_line(raw: bytes) -> int | None:
    """In JSON-lines text, the first line (from 1) whose parsed value UTF-8 cannot hold; None if there is none.
    Lines that do not parse are left to the caller's own parsing, which reports them."""
    if not may_hold_lone_surrogate(raw):
        return None
    for n, line in enumerate(raw.decode("utf-8", errors="replace").splitlines(), start=1):
        if "\\u" not in line:
            continue
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if not encodable(value):
            return n
    return None
