"""What the CLI prints: people's text with every control and direction character made visible.

A name imported before the text policy existed (or a file name, or a value inside an error message) may
hold ESC, BEL, a carriage return or a right-to-left override.  Printed raw, an escape sequence recolours
or rewrites the terminal and an override reorders the line.  The CLI therefore writes through
``EscapingStream``: such characters come out as ``\\uXXXX`` — the same spelling JSON uses, so
``--format json`` output stays valid JSON and means the same.  Line breaks and tabs pass unchanged.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from app.rules.text_policy import BIDI_CONTROLS

_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff"
    + "".join(sorted(BIDI_CONTROLS)) + "]"
)


def escape(text: str) -> str:
    """``text`` safe for a terminal: control, bidi and zero-width characters as ``\\uXXXX``."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class EscapingStream:
    """A text stream that escapes whatever is written to it before passing it on."""

    def __init__(self, inner: TextIO) -> None:
        self._inner = inner

    def write(self, text: str) -> int:
        self._inner.write(escape(text))
        return len(text)

    def __getattr__(self, name: str) -> object:  # flush, encoding, isatty, fileno… of the real stream
        return getattr(self._inner, name)


@contextmanager
def escaped_output() -> Iterator[None]:
    """Route stdout and stderr through ``EscapingStream`` for the duration of one CLI command."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = EscapingStream(out), EscapingStream(err)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
