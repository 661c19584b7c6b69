"""The scoring room's blind codes (加密号): which codes exist, their attendance as the scoring room records
it, and — only once the mapping is open — who holds each code.

The list of codes (``blind_code``) names no person and no station; everything judges record points at it.
The mapping is open (``holders``) for an unsealed ``vs-draw-1`` draw (files from before 0003, whose
mapping was in the clear already) and, for a sealed ``vs-draw-2`` draw, only after decryption, from the
revealed records (``draw_reveal``).  Before that, ``holders`` is ``None`` and nothing can join the two
sides: not the scoring services, not the results, not someone reading the file.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services import draw_records
from db.models import BlindCode, BlindStatus, Contestant, Draw, DrawReveal

MAIN, LATE, LEGACY = "main", "late", "legacy"  # blind_code.origin


def current_codes(s: Session) -> list[BlindCode]:
    """The codes of the main draw in force (a superseded draw's codes are history), oldest row first."""
    main = draw_records.main_draw(s)
    if main is None:
        return []
    return list(s.scalars(select(BlindCode).where(BlindCode.draw_id == main.id).order_by(BlindCode.id)))


def current_code_ids(s: Session, only: str | None = None) -> list[tuple[int, str]]:
    """(id, code) of ``current_codes`` read as two columns (no ORM objects); ``only``: that code alone."""
    main = draw_records.main_draw_id(s)
    if main is None:
        return []
    rows = s.execute(select(BlindCode.id, BlindCode.code).where(BlindCode.draw_id == main).order_by(BlindCode.id))
    if only is None:
        return [(cid, code) for cid, code in rows]
    key = only.strip().upper()  # compared as the scoring room keys codes (Python's strip/upper, not SQL's)
    return [(cid, code) for cid, code in rows if code.strip().upper() == key]


def latest_status_values(s: Session, code_ids: list[int] | None = None) -> dict[int, str]:
    """blind code id → its latest status (``latest_statuses`` as values); ``code_ids``: those codes only."""
    q = select(BlindStatus.blind_code_id, BlindStatus.status).order_by(BlindStatus.id)
    if code_ids is not None:
        q = q.where(BlindStatus.blind_code_id.in_(code_ids))
    return {cid: status for cid, status in s.execute(q)}


def latest_statuses(s: Session) -> dict[int, BlindStatus]:
    out: dict[int, BlindStatus] = {}
    for row in s.scalars(select(BlindStatus).order_by(BlindStatus.id)):
        out[row.blind_code_id] = row
    return out


def pending_late(s: Session) -> int:
    """Late arrivals whose sealed code the head judge has not yet released to the scoring room."""
    main = draw_records.main_draw(s)
    if main is None or not draw_records.is_sealed(main):
        return 0
    lates = len(draw_records.draws_after(s, main, draw_records.LATE))
    released = s.scalar(select(func.count(BlindCode.id)).where(BlindCode.draw_id == main.id,
                                                                BlindCode.origin == LATE)) or 0
    return max(0, lates - int(released))


def revealed_codes(s: Session, main: Draw) -> dict[str, str]:
    """报名号 → blind code of a sealed main draw and its late arrivals, from the decryption records."""
    reveals = {r.draw_id: r for r in s.scalars(select(DrawReveal))}
    out: dict[str, str] = {}
    first = reveals.get(main.id)
    if first is not None:
        out.update({str(k): str(v) for k, v in dict(first.result.get("codes", {})).items()})
    for late in draw_records.draws_after(s, main, draw_records.LATE):
        r = reveals.get(late.id)
        if r is not None and late.inputs.get("main_draw_id") == main.id:
            out[str(r.result["entrant"])] = str(r.result["blind_code"])
    return out


def holders(s: Session) -> dict[int, int] | None:
    """blind_code id → contestant id while the mapping is open; ``None`` while it is sealed."""
    sealed = draw_records.main_draw_sealed(s)  # asked first, on two columns: a typed score reads nothing more
    if sealed is None:
        return {}
    if sealed and not draw_records.is_decrypted(s):
        return None
    main = draw_records.require_main(s)
    ids = {code: cid for cid, code in current_code_ids(s)}
    if not sealed:
        return {ids[a.blind_code]: cid for cid, a in draw_records.current_assignments(s).items()
                if a.blind_code is not None and a.blind_code in ids}
    by_reg = {reg: cid for cid, reg in s.execute(select(Contestant.id, Contestant.reg_no))}
    return {ids[code]: by_reg[reg] for reg, code in revealed_codes(s, main).items() if code in ids and reg in by_reg}
