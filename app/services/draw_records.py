"""Reading the draw records: the main draw in force, what was built on it, and who stands at which station.

Shared by the draw room (app/services/draw.py), the sealed side (draw_seal), the scoring side (blind) and
verification (draw_verify); nothing here writes.  Name ↔ station is public (the desk needs it and anyone
can re-compute it from the witness values); nothing here knows a blind code of a sealed draw.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import StateError
from app.i18n import tr
from app.item_settings import SETTINGS_KEY, ItemSettings
from app.rules import sealed_draw
from app.services.draw_kinds import LATE, MAIN, PUBLISH, SECOND_CODE  # noqa: F401 (imported from here)
from db.models import DecryptEvent, Draw, Setting, StationAssignment, VenueInfo


def main_draw(s: Session) -> Draw | None:
    return s.scalars(select(Draw).where(Draw.kind == MAIN).order_by(Draw.id.desc()).limit(1)).first()


def main_draw_id(s: Session) -> int | None:
    """``main_draw(s).id`` without loading the row (its inputs are a large JSON document)."""
    return s.scalars(select(Draw.id).where(Draw.kind == MAIN).order_by(Draw.id.desc()).limit(1)).first()


def main_draw_sealed(s: Session) -> bool | None:
    """Whether the main draw in force is sealed (``is_sealed``); None without a draw.  Reads two columns."""
    row = s.execute(select(Draw.id, Draw.algorithm).where(Draw.kind == MAIN).order_by(Draw.id.desc()).limit(1)).first()
    return None if row is None else row[1] == sealed_draw.ALGORITHM_VERSION


def require_main(s: Session) -> Draw:
    main = main_draw(s)
    if main is None:
        raise StateError(tr("尚未抽签。请裁判长先在“抽签与加密”中输入见证值并抽签。"))
    return main


def draws_after(s: Session, main: Draw, kind: str) -> list[Draw]:
    return list(s.scalars(select(Draw).where(Draw.kind == kind, Draw.id > main.id).order_by(Draw.id)))


def is_sealed(d: Draw) -> bool:
    """A vs-draw-2 record: its blind codes (or second codes) exist only sealed until decryption."""
    return d.algorithm == sealed_draw.ALGORITHM_VERSION


def is_decrypted(s: Session) -> bool:
    return bool(s.scalar(select(func.count(DecryptEvent.id))))


def current_assignments(s: Session) -> dict[int, StationAssignment]:
    """contestant id → their current station row: the latest at or after the first row of the main draw."""
    main = main_draw(s)
    if main is None:
        return {}
    first = s.scalars(select(StationAssignment.id).where(StationAssignment.draw_id == main.id)
                      .order_by(StationAssignment.id).limit(1)).first()
    if first is None:
        return {}
    out: dict[int, StationAssignment] = {}
    for row in s.scalars(select(StationAssignment).where(StationAssignment.id >= first).order_by(StationAssignment.id)):
        out[row.contestant_id] = row
    return out


def station_of(s: Session, contestant_id: int) -> str | None:
    """``current_stations(s).get(contestant_id)`` read by index: the desk's scan asks it for one person."""
    main = main_draw_id(s)
    if main is None:
        return None
    first = s.scalars(select(StationAssignment.id).where(StationAssignment.draw_id == main)
                      .order_by(StationAssignment.id).limit(1)).first()
    if first is None:
        return None
    return s.scalars(select(StationAssignment.station).where(
        StationAssignment.contestant_id == contestant_id, StationAssignment.id >= first)
        .order_by(StationAssignment.id.desc()).limit(1)).first()


def current_stations(s: Session) -> dict[int, str]:
    return {cid: row.station for cid, row in current_assignments(s).items()}


def settings(s: Session) -> ItemSettings:
    row = s.get(Setting, SETTINGS_KEY)
    return ItemSettings.from_json(row.value if row else {})


def item_code(s: Session) -> str:
    info = s.get(VenueInfo, 1)
    if info is None:
        raise StateError(tr("赛场文件尚未设置项目信息"))
    return f"{info.item_no:02d}"
