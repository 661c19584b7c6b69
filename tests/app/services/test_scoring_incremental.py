"""The scoring room's short ways give what the long way gives (issue 17: speed without a second truth).

- the grid's module score (``module_scores_of``: one module's criteria, deductions and disqualifications)
  equals the module score of the full recompute (``scoring.totals``), with deductions on the module and on
  the item, a module disqualification, a whole-item disqualification and gaps;
- a grid row asked for one blind code (``only``, the refresh after a save) equals that row of the whole grid,
  for the head judge and for a judge, in entry and blind double-entry mode.
"""

from __future__ import annotations

from pathlib import Path

from app.roles import Actor
from app.services import scoring
from db.venue_file import VenueFile
from tests.app.services.scoring_world import drawn, fill


def _messy(venue: VenueFile, staff: dict[str, Actor], codes: list[str], tmp_path: Path) -> None:
    fill(venue, staff, codes[:9], tmp_path, {codes[1]: ("25", "3", "1", "3", "0", "3", "2", "11.5")})
    head = staff["head"]
    scoring.add_deduction(venue, staff["J1"], codes[0], "5", "未断电接线", module="B")
    scoring.add_deduction(venue, staff["J1"], codes[0], "2", "工位不整洁")  # from the item total
    scoring.add_deduction(venue, staff["J2"], codes[2], "50", "超过模块得分", module="A")
    scoring.disqualify(venue, head, codes[3], "夹带资料", module="A")
    scoring.disqualify(venue, head, codes[4], "冒名顶替")
    scoring.correct(venue, head, codes[5], "A2", "1", "复议", judge="J2")
    scoring.enter_measurement(venue, head, codes[9], "A1", "12.5")  # a partly scored contestant
    scoring.enter_judgement(venue, staff["J1"], codes[10], "B1", "3")


def test_grid_module_score_equals_the_full_recompute(
    seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    codes = drawn(seeded, staff, tmp_path)
    _messy(seeded, staff, codes, tmp_path)
    full = {t.blind_code: {m.module: m.score for m in t.modules} for t in scoring.totals(seeded)}
    for module in ("A", "B"):
        grid = scoring.grid(seeded, staff["head"], module)
        assert {r.blind_code: r.module_score for r in grid.rows} == {b: full[b][module] for b in codes}
    assert full[codes[2]]["A"] == 0 and full[codes[3]]["A"] == 0  # the floor and the disqualification


def test_one_row_equals_that_row_of_the_whole_grid(
    seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    codes = drawn(seeded, staff, tmp_path)
    _messy(seeded, staff, codes, tmp_path)
    for who in ("head", "J1", "J2"):
        for module in ("A", "B"):
            for second in (False, True):
                whole = {r.blind_code: r for r in scoring.grid(seeded, staff[who], module, second=second).rows}
                for code in codes:
                    one = scoring.grid(seeded, staff[who], module, second=second, only=code)
                    assert one.rows == (whole[code],), (who, module, second, code)
