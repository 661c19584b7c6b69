"""A received audit.jsonl, read once: each line's text beside its parsed record, and the chain hash over the text.

The committee reads a package's audit trail twice — the history check (app.services.central_trail) and the
chain check (central_checks.check_audit).  Parsing the ~6 MB of a 455-contestant trail once serves both.

The chain check needs, per record, SHA-256(prev_hash ‖ canonical JSON of {seq, at, actor, role, action, data}).
The venue writes each line as the canonical JSON of the whole record (app.package.export.audit_jsonl: sorted
keys, no spaces, UTF-8), so the hashed body is the line with its ``"hash"`` and ``"prev_hash"`` members taken
out: :func:`text_digest` hashes that instead of dumping the parsed record again (the dump was ~half of the
chain check).  Like the venue's own integrity check (``audit.verify_chain`` over the stored bytes, then
``_slow_match``), a line that is not in that form — or whose text hash does not match — is checked by the
digest over the parsed record (``audit.record_digest``), so a record is accepted exactly when the hash it
carries is the hash of its content; tests/central/test_central_audit.py compares both on genuine and
damaged trails.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class AuditLines:
    """``texts``: every line as ``str.splitlines`` cuts the file; ``records``: each parsed (None: a blank line)."""

    texts: list[str]
    records: list[Any]

    @property
    def parsed(self) -> list[Any]:
        """The records of the non-blank lines, in order."""
        return [r for r in self.records if r is not None]


def read_lines(raw: bytes) -> AuditLines:
    """Decode and parse every non-blank line; raises UnicodeDecodeError or json.JSONDecodeError (ValueError)."""
    texts = raw.decode("utf-8").splitlines()
    return AuditLines(texts, [json.loads(t) if t.strip() else None for t in texts])


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def text_digest(prev_hash: str, text: str, record: Any) -> str | None:
    """The record's chain hash computed over its line's text, or None when the line is not in the exported form.

    The exported line ends ``,"hash":H,"prev_hash":P,"role":R,"seq":N}`` (sorted keys); without the hash and
    prev_hash members it is exactly the body ``audit.record_digest`` hashes.  Only plain types are accepted
    (an int seq, strings), so that the tail rebuilt here is the canonical text of the parsed values.
    """
    if not isinstance(record, dict):
        return None
    h, p, role, seq = record.get("hash"), record.get("prev_hash"), record.get("role"), record.get("seq")
    if type(h) is not str or type(p) is not str or type(role) is not str or type(seq) is not int:
        return None
    kept = f',"role":{_q(role)},"seq":{seq}}}'
    tail = f',"hash":{_q(h)},"prev_hash":{_q(p)}' + kept
    if not text.endswith(tail):
        return None
    body = text[: len(text) - len(tail)] + kept
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()
