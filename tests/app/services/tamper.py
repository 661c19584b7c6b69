"""What a person with the venue file and the sqlite3 shell can do, for the integrity tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from app.services.audit import GENESIS, record_digest


def edit(path: Path, *sql: str, tables: tuple[str, ...] = ()) -> None:
    """Drop the append-only triggers of ``tables``, run ``sql``, and put the triggers back as they were."""
    conn = sqlite3.connect(path)
    try:
        saved = {name: text for name, text in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'") if any(name.startswith(f"{t}_no_")
                                                                                for t in tables)}
        for name in saved:
            conn.execute(f"DROP TRIGGER {name}")
        for statement in sql:
            conn.execute(statement)
        for text in saved.values():
            conn.execute(text)
        conn.commit()
    finally:
        conn.close()


def rehash(path: Path) -> None:
    """Re-compute every audit hash from the first record (what a forger does after editing a record)."""
    conn = sqlite3.connect(path)
    try:
        for name in ("audit_record_no_update", "audit_record_no_delete"):
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        prev = GENESIS
        for seq, at, actor, role, action, data in list(conn.execute(
                "SELECT seq, at, actor, role, action, data FROM audit_record ORDER BY seq")):
            digest = record_digest(prev, seq, at, actor, role, action, json.loads(data) if data else None)
            conn.execute("UPDATE audit_record SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq))
            prev = digest
        conn.commit()
    finally:
        conn.close()


def rewrite_fact(path: Path, table: str, row_id: int, field: str, value: Any) -> int:
    """Change one fact row *and* the copy of it in its audit record; returns that record's seq (not re-hashed)."""
    conn = sqlite3.connect(path)
    try:
        for (seq, data) in list(conn.execute("SELECT seq, data FROM audit_record WHERE data LIKE '%\"facts\":%'")):
            doc = json.loads(data)
            for f in doc.get("facts", []):
                if f["table"] == table and f["row"]["id"] == row_id:
                    f["row"][field] = value
                    conn.execute("DROP TRIGGER IF EXISTS audit_record_no_update")
                    conn.execute("UPDATE audit_record SET data = ? WHERE seq = ?",
                                 (json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")), seq))
                    conn.commit()
                    conn.close()
                    edit(path, f"UPDATE {table} SET {field} = '{value}' WHERE id = {row_id}", tables=(table,))
                    return int(seq)
    finally:
        conn.close()
    raise AssertionError(f"no audit record holds {table} {row_id}")


def one_value(path: Path, sql: str) -> Any:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()
