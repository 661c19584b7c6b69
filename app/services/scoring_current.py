"""One module's current values, as the scoring grid needs them, made straight from the score_entry rows.

The grid of a big module reads ~25,000 entries.  Making a ``scoring.Entry`` of each and deriving the current
values over all of them (``scoring.current_values``) cost more than half of a grid load.  The derivation is
cell by cell — a row is superseded only by a row of the same cell, so a cell's current value depends on that
cell's rows alone — and almost every cell has exactly one row, which is then its current value whatever it
points at (a pointer to itself or to another cell is ignored).  So the rows are grouped by cell as tuples, a
cell of one row takes it as it is, and only a cell of several rows (a correction) goes through
``scoring.current_values``; blind second entries (few) always do.  What comes out equals what the long way
gives (tests/app/services/test_scoring_current.py, on generated logs).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from app.rules import scoring
from app.services.scoring_state import Ctx
from db.write_lock import driver

JudgeValues = dict[str | None, Decimal]


@dataclass
class Current:
    """The current state of some cells (one module, or one contestant's row of it)."""

    values: dict[tuple[str, str], JudgeValues]  # (criterion, blind code) → judge (None: measurement) → value
    corrected: set[scoring.Key]  # cells whose current value is a correction
    seconds: dict[scoring.Key, scoring.Entry]  # current blind second entry per cell
    firsts: dict[scoring.Key, scoring.Entry]  # the current entry of each cell in ``seconds`` that has one
    started: dict[str, set[str]]  # criterion → judges with any entry on it (who has started: the panel)


def of_entries(entries: Iterable[scoring.Entry]) -> Current:
    """The long way: ``scoring.current_values`` over ``Entry`` objects (a typed score's one contestant)."""
    rows = list(entries)
    values: dict[tuple[str, str], JudgeValues] = {}
    corrected: set[scoring.Key] = set()
    current = scoring.current_values(rows)
    for key, e in current.items():
        values.setdefault((key[0], key[1]), {})[key[2]] = e.value
        if e.kind == "correction":
            corrected.add(key)
    started: dict[str, set[str]] = {}
    for e in rows:
        if e.judge is not None:
            started.setdefault(e.criterion, set()).add(e.judge)
    seconds = scoring.current_seconds(rows)
    return Current(values, corrected, seconds, {k: current[k] for k in seconds if k in current}, started)


_SQL = "SELECT id, criterion_id, blind_code_id, judge_id, value, supersedes_id, kind FROM score_entry WHERE "


def read(s: Session, ctx: Ctx, criteria: Iterable[str], code_ids: list[int] | None = None) -> Current:
    """The current state of these criteria's cells for the contestants of ``ctx`` (``code_ids``: asked by index,
    for a few of them); the same as ``of_entries`` of the same rows."""
    crit_ids = [ctx.crit_id[c] for c in criteria if c in ctx.crit_id]
    sql = _SQL + f"criterion_id IN ({','.join('?' * len(crit_ids))})"
    params: list[int] = list(crit_ids)
    if code_ids is not None:
        sql += f" AND blind_code_id IN ({','.join('?' * len(code_ids))})"
        params += code_ids
    codes = {cid: r.blind_code for cid, r in ctx.by_id.items()}
    crits = ctx.crit_code
    names = ctx.users
    texts: dict[str, Decimal] = {}
    single: dict[tuple[int, int, int | None], tuple] = {}  # type: ignore[type-arg]
    several: dict[tuple[int, int, int | None], list[tuple]] = {}  # type: ignore[type-arg]
    others: list[tuple] = []  # type: ignore[type-arg]  # second entries and unknown kinds
    started: set[tuple[int, int]] = set()
    for row in driver(s).execute(sql, params):
        if row[2] not in codes:
            continue  # a code of no current draw: not a row of this grid
        if row[3] is not None:
            started.add((row[1], row[3]))
        if row[6] not in scoring.MAIN_KINDS:
            others.append(row)
            continue
        key = (row[1], row[2], row[3])
        if key in several:
            several[key].append(row)
        elif key in single:
            several[key] = [single.pop(key), row]
        else:
            single[key] = row

    def value(text: str) -> Decimal:
        found = texts.get(text)
        if found is None:
            found = texts[text] = Decimal(text)
        return found

    def entry(row: tuple) -> scoring.Entry:  # type: ignore[type-arg]
        judge = None if row[3] is None else names.get(row[3], f"#{row[3]}")
        return scoring.Entry(row[0], crits.get(row[1], f"#{row[1]}"), codes[row[2]], judge, value(row[4]), row[5],
                             row[6])

    seconds = scoring.current_seconds([entry(r) for r in others]) if others else {}
    values: dict[tuple[str, str], JudgeValues] = {}
    corrected: set[scoring.Key] = set()
    firsts: dict[scoring.Key, scoring.Entry] = {}
    for (crit_id, cid, judge_id), row in single.items():
        crit, code = crits.get(crit_id, f"#{crit_id}"), codes[cid]
        judge = None if judge_id is None else names.get(judge_id, f"#{judge_id}")
        cell = values.get((crit, code))
        if cell is None:
            cell = values[(crit, code)] = {}
        cell[judge] = value(row[4])
        if row[6] == "correction":
            corrected.add((crit, code, judge))
        if seconds and (crit, code, judge) in seconds:
            firsts[(crit, code, judge)] = entry(row)
    for rows in several.values():
        for key, e in scoring.current_values([entry(r) for r in rows]).items():
            values.setdefault((key[0], key[1]), {})[key[2]] = e.value
            if e.kind == "correction":
                corrected.add(key)
            if key in seconds:
                firsts[key] = e
    by_crit: dict[str, set[str]] = {}
    for crit_id, judge_id in started:
        by_crit.setdefault(crits.get(crit_id, f"#{crit_id}"), set()).add(names.get(judge_id, f"#{judge_id}"))
    return Current(values, corrected, seconds, firsts, by_crit)
