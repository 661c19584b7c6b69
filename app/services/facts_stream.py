"""Facts and audit agree, checked in one pass with memory that does not grow with the file.

``app.services.audit_facts.verify`` parses every audit record whole and keeps every audited fact row in a
dict until the tables have been read: on an item of 100,000 scores that is ~175 MiB and most of a second,
because one record (a score import) holds the whole import's facts.  This module answers the same question
— does every fact row have exactly one audit record with identical values, and every audited fact its row? —
by reading the records' facts in order and fetching each fact's row as it comes:

- a long record (an import) is read one fact at a time from the stored bytes, decoded a chunk at a time and
  never held whole; a short one (a typed score) is parsed whole, as ``audit_facts`` parses it;
- per table only a bitmap of the keys already seen (a row recorded twice is found), and at the end each
  table's row count is compared with the number of distinct rows its facts named (a row without a record is
  found);
- each fact is compared with its row by ``audit_facts.row_difference``, the comparison ``verify`` uses.

It only ever says "they agree".  Whenever it finds a difference, or meets anything it does not read the way
``json.loads`` + ``verify`` would (a record not in canonical form, a key that is not an integer, a fact it
cannot place), it returns None and the caller runs ``audit_facts.verify``, which names the difference
exactly as before.  So it is never weaker: it says "agree" only when ``verify`` would find no difference.
It relies on the chain check having passed with every record's stored text exactly the canonical JSON its
hash was made over (``ChainReport.exact``): canonical text has no duplicate keys and no whitespace, so the
facts read here are the ones ``json.loads`` of the whole record gives.  The chain check also names the
records whose text holds ``"facts":`` (``ChainReport.with_facts``, the same test ``audit_facts`` makes),
found while hashing, so no record is read whole to find them.
"""

from __future__ import annotations

import codecs
import json
import sqlite3
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy.orm import Session

from app.services.audit import (
    FACT_TABLES,
    FACTS,
    ChainReport,
    data_chunks,
    pk_columns,
    raw_connection,
)
from app.services.audit_facts import FactReport, row_difference

_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\n\r"


class Undecided(Exception):
    """Something the streaming reading does not decide: the caller runs the full comparison."""


class _Text:
    """A record's stored data as text, decoded a chunk at a time; what has been read is dropped."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self.buf = ""
        self.pos = 0
        self.eof = False

    def _more(self) -> bool:
        if self.eof:
            return False
        chunk = next(self._chunks, None)
        tail = self._decoder.decode(chunk if chunk is not None else b"", final=chunk is None)
        self.eof = chunk is None
        self.buf = self.buf[self.pos:] + tail
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next character that is not whitespace ("" at the end)."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _WHITESPACE:
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def take(self, expected: str) -> None:
        if self.peek() != expected:
            raise Undecided
        self.pos += 1

    def value(self) -> Any:
        """The next JSON value, read by the json module's own decoder (so it is what json.loads reads)."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError:
                if self._more():
                    continue  # the value goes on in the next chunk
                raise Undecided from None
            if end == len(self.buf) and not self.eof and self._more():
                continue  # a number may go on in the next chunk
            self.pos = end
            return value


def _elements(text: _Text) -> Iterator[Any]:
    """The values of an array up to its closing bracket (the opening one read).  The usual element — whole in
    the buffer and followed by its comma — takes one call of the json decoder; anything else (the end of a
    chunk, whitespace) the general way."""
    decode = _DECODER.raw_decode
    while True:
        buf, pos = text.buf, text.pos
        try:
            value, end = decode(buf, pos)
        except json.JSONDecodeError:
            end = len(buf)
        if end < len(buf) and buf[end] in ",]":  # not cut short: the character after it is there
            text.pos = end + 1
            yield value
            if buf[end] == "]":
                return
            continue
        yield text.value()
        after = text.peek()
        text.pos += 1
        if after == "]":
            return
        if after != ",":
            raise Undecided


def facts_in(chunks: Iterable[bytes]) -> Iterator[Any]:
    """The elements of the top-level "facts" array of a record's data (its UTF-8 bytes, in chunks of any
    size), one at a time: each is what ``json.loads(text).get("facts")`` holds at that place.  Raises
    Undecided where the text is not read here the way json.loads reads it (a key twice, facts not a list)."""
    text = _Text(iter(chunks))
    if text.peek() != "{":
        return  # not an object: no facts (json.loads would give a list or a value, and .get is not called)
    text.take("{")
    if text.peek() == "}":
        return
    seen_facts = False
    while True:
        key = text.value()
        if not isinstance(key, str):
            raise Undecided
        text.take(":")
        if key == FACTS:
            if seen_facts:
                raise Undecided  # a key twice: json.loads keeps the last one
            seen_facts = True
            text.take("[")
            if text.peek() == "]":
                text.take("]")
            else:
                yield from _elements(text)
        else:
            text.value()
        if text.peek() == "}":
            return
        text.take(",")


def verify_streaming(session: Session, chain: ChainReport) -> FactReport | None:
    """FactReport(ok) when every fact row and the audit trail agree; None when the caller must run
    ``audit_facts.verify`` (a difference, or anything not read here exactly as json.loads would read it)."""
    if not (chain.ok and chain.exact):
        return None
    try:
        return _agree(raw_connection(session), chain)
    except (Undecided, sqlite3.Error, ValueError):  # ValueError: json's and UTF-8's decoding errors
        return None


class _Table:
    """One fact table while the facts are read: its rows in key order, read as the facts ask for them, and
    the keys already compared.  Facts are usually recorded in key order (rows are appended), so the next row
    comes from one running query; a fact out of that order is looked up by its key.  Which way a row is read
    does not matter: each key is compared once."""

    def __init__(self, conn: Any, table: str, key: str) -> None:
        self.conn, self.table, self.key = conn, table, key
        self.cursor = conn.execute(f'SELECT * FROM "{table}" ORDER BY "{key}"')
        self.names = [d[0] for d in self.cursor.description]
        self.key_at = self.names.index(key)
        self.ahead: deque[tuple[Any, ...]] = deque()
        self.seen = bytearray()  # bit per key (keys are small positive integers)
        self.count = 0

    def first_time(self, pk: int) -> bool:
        """Whether ``pk`` is compared for the first time (and note it)."""
        if not 0 <= pk < _MAX_KEY:
            raise Undecided  # not a key the app writes: the full comparison decides
        byte, bit = pk >> 3, 1 << (pk & 7)
        if byte >= len(self.seen):
            self.seen.extend(bytes(byte + 1 - len(self.seen) + len(self.seen) // 2))
        if self.seen[byte] & bit:
            return False
        self.seen[byte] |= bit
        self.count += 1
        return True

    def row(self, pk: int) -> tuple[Any, ...] | None:
        if not self.ahead:
            self.ahead.extend(self.cursor.fetchmany(_BATCH))
        if self.ahead and self.ahead[0][self.key_at] == pk:
            return self.ahead.popleft()
        return self.conn.execute(f'SELECT * FROM "{self.table}" WHERE "{self.key}" = ?', (pk,)).fetchone()


_MAX_KEY = 1 << 32  # a bitmap of this many keys would be 512 MiB: larger keys are left to the full comparison
_BATCH = 256  # rows read ahead at a time


def _facts_of(conn: Any, seq: int, short: Any) -> Iterable[Any]:
    """A record's facts: a short record (read whole by the query) parsed as ``audit_facts`` parses it, a
    long one (an import) read one fact at a time from the file."""
    if short is None:
        return facts_in(data_chunks(conn, seq))
    data = json.loads(short)
    facts = data.get(FACTS, []) if isinstance(data, dict) else []
    if not isinstance(facts, list):
        raise Undecided
    return facts


def _agree(conn: Any, chain: ChainReport) -> FactReport:
    keys = {t: pk_columns(t) for t in FACT_TABLES}
    if any(len(k) != 1 for k in keys.values()):
        raise Undecided  # facts are written with single-column keys (audit.read_facts)
    tables: dict[str, _Table] = {}
    wanted = set(chain.with_facts)
    try:
        # A long record's data is not read by this query (SQLite loads a column only in the branch that uses
        # it): it is streamed from the file.  Short ones come whole, in one pass.
        records = conn.execute("SELECT seq, CASE WHEN seq IN (SELECT value FROM json_each(?)) THEN NULL "
                               "ELSE data END FROM audit_record ORDER BY seq", (json.dumps(chain.long_facts),))
        for seq, short in records:
            if seq not in wanted:
                continue
            for fact in _facts_of(conn, seq, short):
                if type(fact) is not dict or "table" not in fact or "row" not in fact:
                    raise Undecided
                name, recorded = fact["table"], fact["row"]
                table = tables.get(name)
                if table is None:
                    if type(name) is not str:
                        raise Undecided
                    if name not in keys:
                        continue  # not (or no longer) an append-only table: verify does not compare it either
                    table = tables[name] = _Table(conn, name, keys[name][0])
                if type(recorded) is not dict:
                    raise Undecided
                pk = recorded.get(table.key)
                if type(pk) is not int or not table.first_time(pk):
                    raise Undecided  # a key json would match otherwise (True, 1.0), or a row recorded twice
                values = table.row(pk)
                if values is None or row_difference(table.names, values, recorded) is not None:
                    raise Undecided  # a fact whose row is gone, or differs
    finally:
        for table in tables.values():
            table.cursor.close()  # no statement left running in the caller's transaction
    total = 0
    for name in FACT_TABLES:
        count = conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        if count != (tables[name].count if name in tables else 0):
            raise Undecided  # a row without a record (every fact named a distinct existing row)
        total += count
    return FactReport(True, total, (), 0)
