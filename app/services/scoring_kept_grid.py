"""Module grids kept between loads: a switch back to a module already shown costs one statement while nothing
changed, and only the changed contestants' rows when scores were added.

A grid is made of the scoring context (``scoring_state.kept``: scheme, judges, locks, settings, codes,
disqualifications, deductions — proved current by its stamp) and the score entries of the module.  The score
entries are append-only (triggers refuse UPDATE and DELETE, so a new row has a new, higher id): a kept grid is
the file's grid as long as its context is the current one and no entry has an id above the highest id it was
made with.  When there are such entries — typed here, by another session, or by another process — the rows
of the contestants they concern are made again, the same way the typed score's own row is
(``grid_of`` of a context holding those codes; a row made for one code equals that row of the whole grid,
tests/app/services/test_scoring_incremental.py).  The one thing a row of one contestant cannot see is a
change of the panel (which judges a criterion waits for, when it is chosen by who has started scoring): then
the whole grid is made again.  A kept grid is only stored when read from committed state.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy.orm import Session

from app.roles import Actor
from app.services.scoring_state import Ctx, Kept, ScoringRow, load_ctx
from app.services.scoring_views import Grid, grid_of
from db.venue_file import VenueFile
from db.write_lock import driver, unwritten


@dataclass(frozen=True)
class _Shown:
    context: Kept | None  # the kept context the grid was made under (compared by identity: same stamp)
    rows: dict[str, ScoringRow]  # its codes (read per use once the name ↔ code mapping is open)
    top: int  # the highest score entry id when it was made
    grid: Grid


_GRIDS: WeakKeyDictionary[Any, dict[tuple[Any, ...], _Shown]] = WeakKeyDictionary()  # by open VenueFile


def _top(s: Session) -> int:
    return int(driver(s).execute("SELECT coalesce(max(id), 0) FROM score_entry").fetchone()[0])


def _touched(s: Session, ctx: Ctx, module_codes: list[str], top: int) -> set[int]:
    """The code ids of the current draw with an entry of these criteria above ``top``."""
    ids = [ctx.crit_id[c] for c in module_codes if c in ctx.crit_id]
    sql = (f"SELECT DISTINCT blind_code_id FROM score_entry WHERE id > ? "
           f"AND criterion_id IN ({','.join('?' * len(ids))})")
    return {cid for (cid,) in driver(s).execute(sql, [top, *ids]) if cid in ctx.by_id}


def grid(
    venue: VenueFile, actor: Actor, module: str, *, second: bool = False, only: str | None = None
) -> Grid:
    """Rows = blind codes, columns = the module's criteria, with current values and cell states.

    A judge sees their own judgement scores (never the others' before the panel is complete) and
    the measurement values; the head judge sees every judge's score and the module score.
    ``second`` is the blind double-entry view; ``only`` limits the grid to one blind code (refresh
    after a save).  The whole grid comes from the kept one when that is current (``kept_grid``).
    """
    with venue.unit_of_work() as s:
        if only is not None:
            return grid_of(s, load_ctx(s, only=only), actor, module, second=second)
        return kept_grid(s, load_ctx(s), actor, module, second=second)


def kept_grid(s: Session, ctx: Ctx, actor: Actor, module: str, *, second: bool = False) -> Grid:
    """``grid_of(s, ctx, actor, module, second=second)`` of a whole context, from the kept grid when it is current."""
    code = module.strip().upper()
    venue = s.info.get("venue")
    top = _top(s)
    key = (code, second, actor.role, actor.user_id)
    shown = _GRIDS.get(venue, {}).get(key) if venue is not None else None
    made: Grid | None = None
    if shown is not None and shown.context is ctx.kept and ctx.kept is not None and (
            shown.rows is ctx.rows or shown.rows == ctx.rows):
        if shown.top == top:
            return shown.grid
        module_codes = [d.code for d in ctx.drafts.values() if d.module == code]
        touched = _touched(s, ctx, module_codes, shown.top)
        if not touched:
            made = shown.grid
        elif not ctx.needs_started(module_codes):  # the panel cannot have changed
            rows = {r.blind_code: r for r in ctx.rows.values() if r.code_id in touched}
            part = replace(ctx, rows=rows, by_id={r.code_id: r for r in rows.values()}, partial=True)
            fresh = {r.blind_code: r for r in grid_of(s, part, actor, code, second=second).rows}
            made = replace(shown.grid, rows=tuple(fresh.get(r.blind_code, r) for r in shown.grid.rows))
    if made is None:
        made = grid_of(s, ctx, actor, code, second=second)
    if venue is not None and unwritten(s) and not ctx.partial:
        _GRIDS.setdefault(venue, {})[key] = _Shown(ctx.kept, ctx.rows, top, made)
    return made
