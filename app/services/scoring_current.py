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
from dataclasses import dataclass, field
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
    # Each value text read is one Decimal object, so a value's identity tells its text (1.5 and 1.50 are equal
    # decimals that print apart): the grid may make a cell once for the same values.  Not part of the state.
    one_object_per_text: bool = field(default=False, compare=False)


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


_COLUMNS = "SELECT id, criterion_id, blind_code_id, judge_id, value, supersedes_id, kind FROM score_entry WHERE "
_PLAIN = "kind = 'entry' AND supersedes_id IS NULL"  # a first entry pointing at nothing: almost every row


def read(s: Session, ctx: Ctx, criteria: Iterable[str], code_ids: list[int] | None = None) -> Current:
    """The current state of these criteria's cells for the contestants of ``ctx`` (``code_ids``: asked by index,
    for a few of them); the same as ``of_entries`` of the same rows.

    Plain rows (a first entry pointing at nothing) are read as four columns and put in their cell; the other
    rows (corrections, second entries, anything odd) are read whole, and every cell they touch — or that holds
    two plain rows, or has a second entry — is worked out the long way from all of its rows."""
    crit_ids = [ctx.crit_id[c] for c in criteria if c in ctx.crit_id]
    where = f"criterion_id IN ({','.join('?' * len(crit_ids))})"
    params: list[int] = list(crit_ids)
    if code_ids is not None:
        where += f" AND blind_code_id IN ({','.join('?' * len(code_ids))})"
        params += code_ids
    conn = driver(s)
    codes = {cid: r.blind_code for cid, r in ctx.by_id.items()}
    crits, names = ctx.crit_code, ctx.users
    texts: dict[str, Decimal] = {}
    values: dict[tuple[str, str], JudgeValues] = {}
    odd: set[scoring.Key] = set()  # cells to work out the long way, keyed as the long way keys them
    odd_codes: set[int] = set()  # their code ids
    plain = conn.execute(f"SELECT criterion_id, blind_code_id, judge_id, value FROM score_entry WHERE {where} "
                         f"AND {_PLAIN}", params)
    for crit_id, cid, judge_id, text in plain:  # the hot loop: ~25,000 rows at 500 contestants
        code = codes.get(cid)
        if code is None:
            continue  # a code of no current draw: not a row of this grid
        judge = None if judge_id is None else names.get(judge_id) or f"#{judge_id}"
        value = texts.get(text)
        if value is None:
            value = texts[text] = Decimal(text)
        at = (crits.get(crit_id) or f"#{crit_id}", code)
        cell = values.get(at)
        if cell is None:
            values[at] = {judge: value}
        elif judge in cell:
            odd.add((at[0], code, judge))
            odd_codes.add(cid)
        else:
            cell[judge] = value
    started: dict[str, set[str]] = {}
    for (crit, _code), cell in values.items():
        if len(cell) > 1 or None not in cell:
            started.setdefault(crit, set()).update(j for j in cell if j is not None)
    rest = [r for r in conn.execute(_COLUMNS + f"{where} AND NOT ({_PLAIN})", params) if r[2] in codes]
    if not rest and not odd:
        return Current(values, set(), {}, {}, started, True)

    def entry(row: tuple) -> scoring.Entry:  # type: ignore[type-arg]
        value = texts.get(row[4])
        if value is None:
            value = texts[row[4]] = Decimal(row[4])
        judge = None if row[3] is None else names.get(row[3]) or f"#{row[3]}"
        return scoring.Entry(row[0], crits.get(row[1]) or f"#{row[1]}", codes[row[2]], judge, value, row[5], row[6])

    others = [entry(r) for r in rest]
    for e in others:
        if e.judge is not None:
            started.setdefault(e.criterion, set()).add(e.judge)
    seconds = scoring.current_seconds(others)
    for e, r in zip(others, rest, strict=True):
        if e.kind in scoring.MAIN_KINDS or e.key in seconds:
            odd.add(e.key)
            odd_codes.add(r[2])
    ids = sorted(odd_codes)
    found = (entry(r) for r in conn.execute(
        _COLUMNS + f"{where} AND {_PLAIN} AND blind_code_id IN ({','.join('?' * len(ids))})", [*params, *ids]))
    whole = [e for e in found if e.key in odd] + [e for e in others if e.kind in scoring.MAIN_KINDS]
    corrected: set[scoring.Key] = set()
    firsts: dict[scoring.Key, scoring.Entry] = {}
    current = scoring.current_values(whole)
    for e in whole:  # the long way's answer replaces what the plain rows said
        values.get((e.criterion, e.contestant), {}).pop(e.judge, None)
    for key, e in current.items():
        values.setdefault((key[0], key[1]), {})[key[2]] = e.value
        if e.kind == "correction":
            corrected.add(key)
        if key in seconds:
            firsts[key] = e
    for at in [k for k, cell in values.items() if not cell]:
        del values[at]
    return Current(values, corrected, seconds, firsts, started, True)
