"""Closing the venue (关闭赛场, issue 12): names, ID numbers and phones erased from the venue file and its local
backups, while scores, blind codes and the audit trail still verify.

How erasure and an append-only, hash-chained audit trail coexist (docs/privacy.md §四):
- Every contestant's name, ID number and phone is replaced by ``REDACTED`` wherever it occurs as text: the roster
  row, every fact row (e.g. the signed revisions' snapshots, draw records), and the ``data`` of every audit record
  (which copies fact rows in full).  Fact rows and their audit copies change the same way, so they still agree.
  The fact tables' no-UPDATE/no-DELETE triggers are taken off inside this one transaction and put back.
- Each audit record keeps its stored ``hash`` and ``prev_hash``: the chain still links, every signed checkpoint,
  every backup's head and every package at the committee still match.  The records whose content changed are
  listed in one ``venue.close`` record — seq → SHA-256 of the new content — which a checkpoint signs with the venue
  key (the head judge's passphrase).  ``audit.verify_chain`` accepts exactly those records with exactly that
  content; ``checkpoints.verify`` requires the close record's signed checkpoint, so a forged erasure needs the
  passphrase, like any rewrite of history.
- Then the laptop's backups of this venue are deleted, one closed backup is taken, and the file is VACUUMed with
  ``secure_delete`` and its WAL truncated, so no old page keeps the data.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from sqlalchemy.orm import Session

from app.services import audit

REDACTED = "〔已清除〕"
CLOSE_ACTION = "venue.close"
# Tables whose text is not about contestants (accounts, the vault, settings, the trail itself, migrations).
SKIP_TABLES = frozenset({"audit_record", "alembic_version", "app_user", "vault", "setting"})


def replacements(conn: Any) -> dict[str, str]:
    """Every name, ID number and phone on the roster → what replaces it.  An ID number becomes
    ``〔已清除〕<contestant id>`` everywhere (the roster column is unique, and the live results must still equal the
    signed snapshot); names and phones become ``〔已清除〕``."""
    out: dict[str, str] = {}
    for cid, name, id_number, phone in conn.execute("SELECT id, name, id_number, phone FROM contestant"):
        for value, new in ((phone, REDACTED), (name, REDACTED), (id_number, f"{REDACTED}{cid}")):
            if value and not value.startswith(REDACTED):
                for form in _spellings(value):
                    out.setdefault(form, new)
    return out


def _spellings(value: str) -> list[str]:
    """The value as it is, and as it stands inside JSON text held in a column (a snapshot, a draw record): with
    quotes or backslashes escaped, or with every non-ASCII character as \\uXXXX — a plain search for 钱"红 would
    miss ``钱\\"红`` there.  The audit trail's own data is parsed first (``_Scrubber.deep``), so it needs only the
    plain form; a fact column and its audit copy hold the same text and change the same way."""
    forms = [value, json.dumps(value, ensure_ascii=False)[1:-1], json.dumps(value)[1:-1]]
    return list(dict.fromkeys(forms))


class _Scrubber:
    def __init__(self, mapping: dict[str, str]) -> None:
        self.mapping = mapping
        # Longest first: an ID number is replaced before a shorter value that might occur inside it.
        self.pattern = re.compile("|".join(re.escape(v) for v in sorted(mapping, key=lambda v: (-len(v), v))))

    def text(self, value: str) -> str:
        return self.pattern.sub(lambda m: self.mapping[m.group(0)], value)

    def deep(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.deep(v) for v in value]
        if isinstance(value, dict):
            return {self.deep(k): self.deep(v) for k, v in value.items()}
        return value


def _tables(conn: Any) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    return [r[0] for r in rows if r[0] not in SKIP_TABLES]


def erase(s: Session) -> tuple[dict[str, str], int]:
    """Replace every personal value in the file; returns ({seq: sha256 of the new audit data}, rows changed)."""
    conn = audit.raw_connection(s)
    mapping = replacements(conn)
    if not mapping:
        return {}, 0
    scrub = _Scrubber(mapping)
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _sql in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    changed = 0
    try:
        conn.execute("UPDATE contestant SET name = ?, phone = CASE WHEN phone = '' THEN '' ELSE ? END, "
                     "id_number = ? || id", (REDACTED, REDACTED, REDACTED))
        for table in _tables(conn):
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            for row in conn.execute(f'SELECT rowid, * FROM "{table}"').fetchall():
                new = [scrub.text(v) if isinstance(v, str) else v for v in row[1:]]
                if new != list(row[1:]):
                    sets = ", ".join(f'"{c}" = ?' for c in cols)
                    conn.execute(f'UPDATE "{table}" SET {sets} WHERE rowid = ?', (*new, row[0]))
                    changed += 1
        redacted: dict[str, str] = {}
        for seq, text in conn.execute("SELECT seq, data FROM audit_record ORDER BY seq").fetchall():
            if text is None or not scrub.pattern.search(text):
                continue
            new_text = json.dumps(scrub.deep(json.loads(text)), ensure_ascii=False, sort_keys=True,
                                  separators=(",", ":"))
            conn.execute("UPDATE audit_record SET data = ? WHERE seq = ?", (new_text, seq))
            redacted[str(seq)] = hashlib.sha256(new_text.encode("utf-8")).hexdigest()
            changed += 1
    finally:
        for _name, sql in triggers:
            conn.execute(sql)
    return redacted, changed
