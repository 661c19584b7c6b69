"""Facts and audit agree: every fact row has its record, every fact record its row, with equal content.

The fact tables (db.models.APPEND_ONLY_TABLES) refuse UPDATE and DELETE through triggers, but a person
with the file can drop a trigger, change a score and restore the trigger; the hash chain alone does not
notice, because the audit table was not touched.  Every fact row is therefore also written, column by
column as stored, into the audit record of the change that made it (``audit.append_fact``), and
``verify`` walks both sides:

- each row of each fact table must appear in exactly one audit record, with identical values;
- each fact in the trail must still be a row of its table.

The first difference is named: table, row, field, the value in the file and the value in the audit
trail (with the record's number).  Generic over the schema: a table added to APPEND_ONLY_TABLES is
covered without changes here.  Rows older than the upgrade to schema 0004 are recorded once by the
upgrade's baseline record (``audit.baseline``).  A column a later migration adds to a fact table is
NULL in older rows and absent from their records, which is accepted; a migration that gives older rows
any other value, or drops a fact column, must record a new baseline of the rows it changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.i18n import tr
from app.services.audit import FACT_TABLES, FACTS, pk_columns, raw_connection, stored_value

Key = tuple[str, tuple[Any, ...]]


UNRECORDED, MISSING, TWICE, FIELD = "unrecorded", "missing", "twice", "field"


@dataclass(frozen=True)
class FactDifference:
    kind: str  # unrecorded (row without record) | missing (record without row) | twice | field
    table: str
    pk: tuple[Any, ...]
    field: str | None
    in_file: Any
    in_audit: Any
    seq: int | None  # the audit record that holds the fact

    def describe(self) -> str:
        row = "、".join(str(p) for p in self.pk)
        if self.kind == UNRECORDED:
            return tr("表 {t} 第 {r} 行没有对应的审计记录（在软件之外添加的行）").format(t=self.table, r=row)
        if self.kind == MISSING:
            return tr("表 {t} 第 {r} 行已不在文件中，但第 {seq} 条审计记录记载了它（行被删除）").format(
                t=self.table, r=row, seq=self.seq)
        if self.kind == TWICE:
            return tr("表 {t} 第 {r} 行被第 {a} 条和第 {seq} 条审计记录重复记载").format(
                t=self.table, r=row, a=self.in_audit, seq=self.seq)
        return tr("表 {t} 第 {r} 行的“{f}”：文件中为 {a}，第 {seq} 条审计记录中为 {b}").format(
            t=self.table, r=row, f=self.field, a=_show(self.in_file), b=_show(self.in_audit), seq=self.seq)


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= 80 else text[:77] + "…"


@dataclass(frozen=True)
class FactReport:
    ok: bool
    rows: int  # fact rows compared
    differences: tuple[FactDifference, ...]  # the first few, in table order
    total_differences: int = 0
    problem: str | None = None  # a record that cannot be read as facts

    @property
    def first(self) -> FactDifference | None:
        return self.differences[0] if self.differences else None

    def describe(self) -> str:
        if self.problem:
            return self.problem
        if self.first is None:
            return tr("{n} 行事实与审计记录一致").format(n=self.rows)
        more = self.total_differences - 1
        text = self.first.describe()
        return text + (tr("（另有 {n} 处不一致）").format(n=more) if more > 0 else "")


KEEP = 20  # differences kept in a report: the first is named, the rest counted


def audited_facts(session: Session) -> tuple[dict[Key, tuple[int, dict[str, Any]]], list[FactDifference], str | None]:
    """Every fact the trail records: (table, pk) → (seq, row).  A row recorded twice is a difference."""
    out: dict[Key, tuple[int, dict[str, Any]]] = {}
    twice: list[FactDifference] = []
    keys = {t: pk_columns(t) for t in FACT_TABLES}
    cur = raw_connection(session).execute("SELECT seq, data FROM audit_record ORDER BY seq")
    for seq, data_text in cur:
        if not data_text or f'"{FACTS}":' not in data_text:
            continue  # most records hold no facts: skip the parse
        try:
            data = json.loads(data_text)
            facts = data.get(FACTS, []) if isinstance(data, dict) else []
            for f in facts:
                table, row = f["table"], f["row"]
                if table not in keys:
                    continue  # a table no longer append-only (or unknown here): nothing to compare
                key = (table, tuple(row[k] for k in keys[table]))
                if key in out:
                    twice.append(FactDifference(TWICE, table, key[1], None, None, out[key][0], seq))
                    continue
                out[key] = (seq, row)
        except (ValueError, KeyError, TypeError):
            return out, twice, tr("第 {seq} 条审计记录的事实内容无法读取（记录被改动）").format(seq=seq)
    return out, twice, None


def row_difference(names: list[str], values: tuple[Any, ...], recorded: dict[str, Any]) -> tuple[str, Any, Any] | None:
    """The first field in which a fact row as stored (``values`` in the order of ``names``) differs from its
    copy in the audit trail: (field, value in the file, value in the trail), or None when they agree.
    One comparison for every way of reading the facts (``verify`` and app.services.facts_stream)."""
    # Fast path: the same values in column order (a column added later is None on both sides).
    if len(recorded) <= len(names) and values == tuple(map(recorded.get, names)):
        return None
    row = {n: stored_value(v) for n, v in zip(names, values, strict=True)}
    for field in names + sorted(set(recorded) - set(names)):
        if field not in recorded and row[field] is None:
            continue  # a column added by a later schema: NULL in rows recorded before it existed
        if field not in row or field not in recorded or row[field] != recorded[field]:
            return field, row.get(field, tr("（无此字段）")), recorded.get(field, tr("（无此字段）"))
    return None


def verify(session: Session) -> FactReport:
    audited, differences, problem = audited_facts(session)
    if problem is not None:
        return FactReport(False, 0, (), 1, problem)
    total = len(differences)
    rows = 0
    conn = raw_connection(session)
    for table in FACT_TABLES:
        key_cols = pk_columns(table)
        cur = conn.execute(f'SELECT * FROM "{table}" ORDER BY {", ".join(key_cols)}')
        names = [d[0] for d in cur.description]
        key_at = [names.index(k) for k in key_cols]
        for values in cur:
            rows += 1
            found = audited.pop((table, tuple(values[i] for i in key_at)), None)
            if found is None:
                row = {n: stored_value(v) for n, v in zip(names, values, strict=True)}
                total += 1
                if len(differences) < KEEP:
                    differences.append(FactDifference(UNRECORDED, table, tuple(row[k] for k in key_cols), None, row,
                                                      None, None))
                continue
            seq, recorded = found
            differs = row_difference(names, values, recorded)
            if differs is not None:
                total += 1
                if len(differences) < KEEP:
                    pk = tuple(stored_value(values[i]) for i in key_at)
                    differences.append(FactDifference(FIELD, table, pk, *differs, seq))
    for (table, pk), (seq, _row) in sorted(audited.items(), key=lambda kv: kv[1][0]):
        total += 1
        if len(differences) < KEEP:
            differences.append(FactDifference(MISSING, table, pk, None, None, None, seq))
    return FactReport(total == 0, rows, tuple(differences), total)
