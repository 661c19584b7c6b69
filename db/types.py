"""Column types that keep competition data exact and unambiguous in SQLite."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class DecimalText(TypeDecorator[Decimal]):
    """Points stored as decimal text: SQLite's NUMERIC would round-trip through float."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else format(Decimal(value), "f")

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class AwareDateTime(TypeDecorator[datetime]):
    """Timezone-aware timestamps as ISO-8601 text with offset, so audit times are unambiguous."""

    impl = Text
    cache_ok = True
    # The text of the last value stored: a bulk insert stamps thousands of rows with one ``now()``, and
    # formatting an aware datetime costs more than the rest of the row.  (datetime objects are immutable.)
    _last: tuple[datetime | None, str | None] = (None, None)

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        last_value, last_text = self._last
        if value is last_value:
            return last_text
        if value.tzinfo is None:
            raise ValueError("naive datetime stored; use app.clock.now()")
        text = value.isoformat(timespec="microseconds")
        self._last = (value, text)
        return text

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class EncodedJson(dict[str, Any]):
    """A JSON object together with its canonical text, made once by the caller (e.g. to hash it): JsonText
    stores that text instead of encoding the object again.  The text must be what JsonText would write."""

    def __init__(self, value: dict[str, Any], text: str) -> None:
        super().__init__(value)
        self.text = text


class CanonicalText(str):
    """The canonical text of a JSON object made elsewhere (the committee's import checks packages in other
    processes and gets back only the text): JsonText stores it as it is.  It must be what JsonText would write
    for that object (tests/central/test_central_pool.py compares the stored rows)."""


class JsonText(TypeDecorator[Any]):
    """JSON kept as canonical text (sorted keys) so hashes over rows are stable."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, EncodedJson):
            return value.text
        if isinstance(value, CanonicalText):
            return str(value)
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        return None if value is None else json.loads(value)
