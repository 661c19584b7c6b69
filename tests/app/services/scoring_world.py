"""A venue ready for scoring, built through the services: scheme imported, contestants checked in and drawn.

The scheme is small on purpose (two modules, four criteria) so worked examples stay checkable by hand:
    A1 M 30 | A2 J 30 (3 judges) | B1 J 20 (3 judges) | B2 M 20   = 100
"""

from __future__ import annotations

from pathlib import Path

from app.roles import Actor
from app.services import checkin, draw, roster, scheme
from app.tabular import write_xlsx
from db.venue_file import VenueFile

SCHEME_ROWS = [
    ["A", "实操", "A1", "测量项 A1", "M", 30, "", "", "", "", ""],
    ["A", "实操", "A2", "评价项 A2", "J", 30, 3, "差", "合格", "良好", "优秀"],
    ["B", "素养", "B1", "评价项 B1", "J", 20, 3, "", "", "", ""],
    ["B", "素养", "B2", "测量项 B2", "M", 20, "", "", "", "", ""],
]


def write_scheme(path: Path, rows: list[list[object]] | None = None) -> Path:
    return write_xlsx(path, scheme.HEADERS, rows if rows is not None else SCHEME_ROWS)


def drawn(venue: VenueFile, staff: dict[str, Actor], tmp_path: Path) -> list[str]:
    """Import the scheme, check everyone in, draw; returns the blind codes in order."""
    scheme.import_scheme(venue, staff["head"], write_scheme(tmp_path / "scheme.xlsx"))
    for c in roster.list_contestants(venue):
        checkin.check_in(venue, staff["checkin"], c.id)
    draw.run_main_draw(venue, staff["head"], ["1234", "5678"])
    return [code for _, code in draw.scoring_rows(venue)]


def fill(venue: VenueFile, staff: dict[str, Actor], codes: list[str], tmp_path: Path,
         values: dict[str, tuple[str, str, str, str, str, str, str, str]] | None = None) -> Path:
    """Score every contestant through the paper-sheet import: A1, A2 (J1 J2 J3), B1 (J1 J2 J3), B2.

    Default values give everyone 20 + 2/2/2 + 2/2/2 + 15 = 20 + 20 + 13.33 + 15 = 68.33.
    """
    from app.services import scoring

    rows: list[list[object]] = []
    for code in codes:
        a1, a2j1, a2j2, a2j3, b1j1, b1j2, b1j3, b2 = (values or {}).get(code, ("20", "2", "2", "2", "2", "2", "2", "15"))
        rows += [[code, "A1", "", a1], [code, "A2", "J1", a2j1], [code, "A2", "J2", a2j2], [code, "A2", "J3", a2j3],
                 [code, "B1", "J1", b1j1], [code, "B1", "J2", b1j2], [code, "B1", "J3", b1j3], [code, "B2", "", b2]]
    path = write_xlsx(tmp_path / "sheets.xlsx", ["加密号", "评分项编号", "裁判", "分数"], rows)
    scoring.import_scores(venue, staff["head"], path)
    return path
