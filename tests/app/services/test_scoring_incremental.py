"""The scoring room's short ways give what the long way gives (issue 17: speed without a second truth).

- the grid's module score (``module_scores_of``: one module's criteria, deductions and disqualifications)
  equals the module score of the full recompute (``scoring.totals``), with deductions on the module and on
  the item, a module disqualification, a whole-item disqualification and gaps;
- a grid row asked for one blind code (``only``, the refresh after a save) equals that row of the whole grid,
  for the head judge and for a judge, in entry and blind double-entry mode.
"""

from __future__ import annotations

from decimal import Decimal as D
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


def _rows_one_by_one(venue: VenueFile, codes: list[str]) -> dict[str, object]:
    from app.services.scoring_state import scoring_rows

    with venue.unit_of_work() as s:
        return {c: scoring_rows(s, only=c) for c in [*codes, f" {codes[0].lower()} ", "NO-SUCH"]}


def test_one_code_context_equals_that_row_of_the_whole_list(
    seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    """The typed score reads only its own code's row (attendance, disqualification, the desk's record once the
    mapping is open): it must be the row the whole list gives, sealed and after decryption."""
    from app.services import checkin, decrypt, draw, vault
    from app.services.scoring_state import scoring_rows
    from tests.conftest import HEAD_PASSPHRASE

    codes = drawn(seeded, staff, tmp_path)
    head = staff["head"]
    scoring.record_status(seeded, staff["J1"], codes[0], "withdrew", "离场")
    scoring.record_status(seeded, staff["J1"], codes[1], "absent", "未到工位")
    scoring.record_status(seeded, staff["J1"], codes[1], "competed", "登记错了")
    scoring.disqualify(seeded, head, codes[2], "冒名顶替")

    def check() -> None:
        with seeded.unit_of_work() as s:
            whole = {r.blind_code: r for r in scoring_rows(s)}
        one = _rows_one_by_one(seeded, codes)
        for c in codes:
            assert one[c] == [whole[c]]
        assert one[f" {codes[0].lower()} "] == [whole[codes[0]]]  # typed as a hurried hand types it
        assert one["NO-SUCH"] == []

    check()
    holder = {r.blind_code: r.contestant_id
              for r in draw.mapping(seeded, head, vault.unlock(seeded, head, HEAD_PASSPHRASE))}
    fill(seeded, staff, codes, tmp_path)
    scoring.lock(seeded, head, passphrase=HEAD_PASSPHRASE)
    decrypt.decrypt(seeded, head, passphrase=HEAD_PASSPHRASE)
    checkin.mark_withdrew(seeded, staff["checkin"], holder[codes[3]], "身体不适")  # the desk's record, now joined
    check()
    with seeded.unit_of_work() as s:
        assert {r.blind_code: r.status for r in scoring_rows(s)}[codes[3]] == "withdrew"


def test_the_row_a_typed_score_returns_is_the_grid_row_read_afterwards(
    seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    codes = drawn(seeded, staff, tmp_path)
    fill(seeded, staff, codes[:2], tmp_path, {codes[1]: ("25", "3", "1", "3", "0", "3", "2", "11.5")})
    head, j1 = staff["head"], staff["J1"]
    steps = [(j1, "A", codes[3], "A2", "2", False), (staff["J2"], "A", codes[3], "A2", "0", False),
             (head, "A", codes[4], "A1", "12.5", False), (j1, "A", codes[4], "A1", "12", True),
             (staff["J2"], "B", codes[5], "B1", "3", False)]
    for actor, module, code, crit, raw, second in steps:
        saved, row = scoring.enter_in_grid(seeded, actor, module, code, crit, raw, second=second)
        assert saved.blind_code == code and saved.value == D(raw)
        after = scoring.grid(seeded, actor, module, second=second)
        assert row == next(r for r in after.rows if r.blind_code == code)
    # the save is in the file, audited, and the same checks as ``enter`` refuse a second value
    assert [h.value for h in scoring.history(seeded, j1, codes[3], "A2")] == [2]
    import pytest

    from app.errors import StateError

    with pytest.raises(StateError, match="已给"):
        scoring.enter_in_grid(seeded, j1, "A", codes[3], "A2", "3")


def test_one_row_equals_the_whole_grid_when_judges_outnumber_a_criterion(
    seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    """Four judges, criteria of three: a criterion's panel is whoever has started it, over every contestant —
    the row read for one code must show the same panel (the head judge's "2 · – · 1 · 3")."""
    from app.roles import Role
    from app.services import users

    codes = drawn(seeded, staff, tmp_path)
    head = staff["head"]
    users.add_user(seeded, head, "裁判4", Role.JUDGE, "2004", judge_no="J4")
    j4 = users.sign_in(seeded, "裁判4", "2004")
    scoring.enter_judgement(seeded, staff["J1"], codes[0], "A2", "2")
    scoring.enter_judgement(seeded, j4, codes[0], "A2", "3")
    scoring.enter_judgement(seeded, staff["J3"], codes[1], "A2", "1")
    saved, row = scoring.enter_in_grid(seeded, head, "A", codes[0], "A1", "20")
    whole = {r.blind_code: r for r in scoring.grid(seeded, head, "A").rows}
    assert row == whole[codes[0]] and "–" in row.cells[1].text
    for code in codes[:3]:
        assert scoring.grid(seeded, head, "A", only=code).rows == (whole[code],)
