"""Score entry through the services: worked examples, double entry, corrections, deductions, locks, bulk import."""

from __future__ import annotations

import threading
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.errors import Cancelled, NotFound, PermissionDenied, StateError, ValidationError
from app.item_settings import ItemSettings
from app.roles import Actor
from app.services import checkin, draw, roster, scoring, vault
from app.services import venue as venue_service
from app.tabular import write_xlsx
from db.models import ScoreEntry
from db.venue_file import VenueFile
from tests.app.services.scoring_world import drawn, fill
from tests.conftest import HEAD_PASSPHRASE


@pytest.fixture
def world(seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path) -> tuple[VenueFile, dict[str, Actor], list[str]]:
    return seeded, staff, drawn(seeded, staff, tmp_path)


def _count(venue: VenueFile) -> int:
    with venue.unit_of_work() as s:
        return int(s.scalar(select(func.count(ScoreEntry.id))) or 0)


def test_worked_example_and_recompute(world) -> None:  # type: ignore[no-untyped-def]
    venue, staff, codes = world
    b = codes[0]
    saved = scoring.enter_measurement(venue, staff["head"], b, "A1", "２７．５")  # full-width from an IME
    assert saved.value == D("27.50") and saved.score.total == D("27.50")
    for judge, value in (("J1", "2"), ("J2", "3"), ("J3", "2")):
        saved = scoring.enter_judgement(venue, staff[judge], b, "A2", value)
    # A2 = 7/9 × 30 = 23.333… → 23.33; module A = 50.83
    assert saved.flagged == ()
    assert saved.score.modules[0].score == D("50.83") and saved.score.total == D("50.83")
    assert not saved.score.complete and "B2：未录入测量分" in saved.score.missing
    rows = {r.blind_code: r for r in scoring.totals(venue)}
    assert rows[b].total == D("50.83") and rows[codes[1]].total == D(0)


def test_invalid_values_are_refused_with_the_reason(world) -> None:  # type: ignore[no-untyped-def]
    venue, staff, codes = world
    with pytest.raises(ValidationError, match="不能超过 30"):
        scoring.enter_measurement(venue, staff["head"], codes[0], "A1", "31")
    with pytest.raises(ValidationError, match="不是有效数字"):
        scoring.enter_measurement(venue, staff["head"], codes[0], "A1", "abc")
    with pytest.raises(ValidationError, match="0–3 的整数"):
        scoring.enter_judgement(venue, staff["J1"], codes[0], "A2", "4")
    with pytest.raises(ValidationError, match="是评价项"):
        scoring.enter_measurement(venue, staff["head"], codes[0], "A2", "2")
    with pytest.raises(NotFound, match="没有加密号"):
        scoring.enter_measurement(venue, staff["head"], "999999", "A1", "2")
    assert _count(venue) == 0


def test_a_cell_is_entered_once_then_corrected_with_a_reason(world) -> None:  # type: ignore[no-untyped-def]
    venue, staff, codes = world
    b = codes[0]
    scoring.enter_measurement(venue, staff["J1"], b, "A1", "20")
    with pytest.raises(StateError, match="已录入测量分 20"):
        scoring.enter_measurement(venue, staff["J2"], b, "A1", "21")
    with pytest.raises(ValidationError, match="须填写原因"):
        scoring.correct(venue, staff["J1"], b, "A1", "21", "  ")
    saved = scoring.correct(venue, staff["J1"], b, "A1", "21", "读数看错")
    assert saved.kind == "correction" and saved.score.total == D(21)
    hist = scoring.history(venue, staff["head"], b, "A1")
    assert [(h.kind, h.value, h.current, h.reason) for h in hist] == [
        ("entry", D(20), False, None), ("correction", D(21), True, "读数看错")]
    assert hist[1].supersedes == hist[0].id and hist[1].entered_by == "裁判1"


def test_double_entry_mismatch_listed_until_resolved(world) -> None:  # type: ignore[no-untyped-def]
    venue, staff, codes = world
    head = staff["head"]
    venue_service.update_settings(venue, head, ItemSettings(double_entry=True))
    b = codes[0]
    scoring.enter_measurement(venue, staff["J1"], b, "B2", "15")
    assert any("尚未复核录入" in m for m in scoring.status(venue).mismatches)
    with pytest.raises(PermissionDenied, match="另一人"):
        scoring.second_entry(venue, staff["J1"], b, "B2", "15")
    saved = scoring.second_entry(venue, staff["J2"], b, "B2", "16")
    assert saved.flagged and "第一次录入 15.00，第二次录入 16.00" in saved.flagged[0]
    assert any("不一致" in m for m in scoring.status(venue).mismatches)
    # the blind view shows J2 their own second value, never the first
    g = scoring.grid(venue, staff["J3"], "B", second=True, only=b)
    assert [c.code for c in g.columns] == ["B2"] and g.rows[0].cells[0].state == "mismatch"
    # resolved by correcting the first entry after checking the work piece
    scoring.correct(venue, head, b, "B2", "16", "复核：实测 16 分")
    assert not any(b in m for m in scoring.status(venue).mismatches)


def test_spread_blocks_the_lock_until_corrected(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    venue, staff, codes = world
    head = staff["head"]
    fill(venue, staff, codes, tmp_path, {codes[2]: ("20", "1", "3", "2", "2", "2", "2", "15")})
    st = scoring.status(venue)
    assert len(st.spreads) == 1 and codes[2] in st.spreads[0] and not st.missing
    with pytest.raises(StateError, match="还不能锁定") as err:
        scoring.lock(venue, head, passphrase=HEAD_PASSPHRASE)
    assert any("相差 2" in str(p) for p in err.value.problems)
    scoring.lock(venue, head, "B", passphrase=HEAD_PASSPHRASE)  # module B has no open items: it can be locked on its own
    scoring.correct(venue, staff["J2"], codes[2], "A2", "2", "复议：焊点确有虚焊")
    scoring.lock(venue, head, passphrase=HEAD_PASSPHRASE)
    st = scoring.status(venue)
    assert st.item_locked and all(m.locked for m in st.modules) and st.ready_to_lock
    with pytest.raises(ValidationError, match="原因"):
        scoring.unlock(venue, head, "")
    scoring.unlock(venue, head, "补录用时")
    assert not any(m.locked for m in scoring.status(venue).modules)


def test_lock_lists_what_is_missing(world) -> None:  # type: ignore[no-untyped-def]
    venue, staff, codes = world
    scoring.enter_measurement(venue, staff["head"], codes[0], "A1", "20")
    with pytest.raises(StateError) as err:
        scoring.lock(venue, staff["head"], "A", passphrase=HEAD_PASSPHRASE)
    text = [str(p) for p in err.value.problems]
    assert f"评分项 A1、选手 {codes[1]}：未录入测量分" in text
    assert f"评分项 A2、选手 {codes[0]}：裁判 裁判1 未评分" in text
    assert len(text) == 12 * 4 - 1  # 12 × (A1 + 3 judges on A2) less the one entered


def test_deductions_disqualification_and_time(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    venue, staff, codes = world
    head = staff["head"]
    fill(venue, staff, codes, tmp_path)  # everyone 68.33: A 40, B 28.33
    b = codes[0]
    d = scoring.add_deduction(venue, staff["J1"], b, "30", "未断电接线", module="B")  # more than the 28.33
    by = {t.blind_code: t for t in scoring.totals(venue)}
    assert by[b].modules[1].score == D(0) and by[b].total == D(40)  # a module never goes below 0
    with pytest.raises(ValidationError, match="原因"):
        scoring.add_deduction(venue, staff["J1"], b, "1", "")
    with pytest.raises(ValidationError, match="不超过 100"):
        scoring.add_deduction(venue, staff["J1"], b, "101", "x")
    scoring.cancel_deduction(venue, head, d.id, "监控回放：已断电")
    assert {t.blind_code: t for t in scoring.totals(venue)}[b].total == D("68.33")
    scoring.add_deduction(venue, staff["J1"], b, "3", "未戴护目镜")
    assert {t.blind_code: t for t in scoring.totals(venue)}[b].total == D("65.33")

    with pytest.raises(PermissionDenied):
        scoring.disqualify(venue, staff["J1"], codes[1], "作弊", module="A")
    scoring.disqualify(venue, head, codes[1], "夹带资料", module="A")
    scoring.disqualify(venue, head, codes[2], "冒名顶替")
    by = {t.blind_code: t for t in scoring.totals(venue)}
    assert by[codes[1]].modules[0].disqualified and by[codes[1]].total == D("28.33")
    assert by[codes[2]].disqualified

    scoring.record_time(venue, staff["J1"], b, 5400)
    with pytest.raises(ValidationError, match="原因"):
        scoring.record_time(venue, staff["J1"], b, 5300)
    scoring.record_time(venue, staff["J1"], b, 5300, "计时员更正")
    assert {t.blind_code: t for t in scoring.totals(venue)}[b].time_used_s == 5300


def test_absent_and_withdrawn(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    venue, staff, codes = world
    head = staff["head"]
    holder = {r.blind_code: r.contestant_id
              for r in draw.mapping(venue, head, vault.unlock(venue, head, HEAD_PASSPHRASE))}
    checkin.mark_withdrew(venue, staff["checkin"], holder[codes[0]], "身体不适")
    # the desk's record names a person: before decryption the scoring room cannot (and must not) join it …
    assert next(r for r in scoring.rows(venue) if r.blind_code == codes[0]).status == "competed"
    # … so the scoring room records what it sees at the station, by blind code
    scoring.record_status(venue, staff["J1"], codes[0], "withdrew", "10:20 离场")
    scoring.enter_measurement(venue, staff["head"], codes[0], "A1", "10")  # partial work is still scored
    rows = [r for r in scoring.rows(venue) if r.blind_code == codes[0]]
    assert rows[0].status == "withdrew" and not rows[0].required
    scoring.record_status(venue, staff["J1"], codes[1], "absent", "未到工位")
    with pytest.raises(StateError, match="缺考"):
        scoring.enter_measurement(venue, staff["head"], codes[1], "A1", "10")
    with pytest.raises(StateError, match="已是"):
        scoring.record_status(venue, staff["J1"], codes[1], "absent", "再登记一次")
    st = scoring.status(venue)
    assert st.required == 10 and not any(codes[0] in m or codes[1] in m for m in st.missing)


def test_bulk_import_long_and_wide(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    venue, staff, codes = world
    path = fill(venue, staff, codes, tmp_path)
    assert _count(venue) == 12 * 8
    again = scoring.import_scores(venue, staff["head"], path)
    assert (again.added, again.unchanged) == (0, 96)  # re-import adds nothing
    assert all(t.total == D("68.33") and t.complete for t in scoring.totals(venue))


def test_wide_sheet_by_a_judge(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    venue, staff, codes = world
    rows = [[c, "", "2", "3"] for c in codes]
    path = write_xlsx(tmp_path / "j1.xlsx", ["加密号", "裁判", "A2", "B1"], rows)
    report = scoring.import_scores(venue, staff["J1"], path)
    assert report.added == 24
    g = scoring.grid(venue, staff["J1"], "A")
    assert {r.cells[1].text for r in g.rows} == {"2"}
    other = write_xlsx(tmp_path / "j2.xlsx", ["加密号", "裁判", "A2"], [[codes[0], "J2", "2"]])
    with pytest.raises(ValidationError, match="未导入任何分数") as err:
        scoring.import_scores(venue, staff["J1"], other)
    assert "只能导入自己的评价分" in str(err.value.problems[0])


def test_bulk_import_is_all_or_nothing(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    venue, staff, codes = world
    rows = [[c, "A1", "", "20"] for c in codes]
    rows[5][3] = "35"  # above max
    rows.append([codes[0], "A2", "J9", "2"])  # unknown judge
    rows.append(["000", "A1", "", "2"])  # unknown blind code
    rows.append([codes[0], "A1", "", "21"])  # same cell twice, different value
    path = write_xlsx(tmp_path / "bad.xlsx", ["加密号", "评分项编号", "裁判", "分数"], rows)
    with pytest.raises(ValidationError) as err:
        scoring.import_scores(venue, staff["head"], path)
    text = "\n".join(str(p) for p in err.value.problems)
    assert "第 7 行" in text and "不能超过 30" in text
    assert "J9" in text and "000" in text and "与第 2 行的同一单元格分数不同" in text
    assert _count(venue) == 0


def test_bulk_import_cancel_rolls_back(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    venue, staff, codes = world
    rows = [[c, "A1", "", "20"] for c in codes]
    path = write_xlsx(tmp_path / "s.csv.xlsx", ["加密号", "评分项编号", "裁判", "分数"], rows)
    seen: list[str] = []
    stop = threading.Event()

    def progress(done: int, total: int, text: str) -> None:
        seen.append(text)
        if "写入" in text:
            stop.set()

    with pytest.raises(Cancelled):
        scoring.import_scores(venue, staff["head"], path, progress=progress, cancel=stop)
    assert seen and _count(venue) == 0


def test_grid_shows_blind_codes_only(world) -> None:  # type: ignore[no-untyped-def]
    venue, staff, codes = world
    names = {c.name for c in roster.list_contestants(venue)}
    g = scoring.grid(venue, staff["J1"], "A")
    assert [r.blind_code for r in g.rows] == codes
    assert [c.code for c in g.columns] == ["A1", "A2"]
    text = repr(g)
    assert not any(n in text for n in names)
    assert all(c.state == "missing" and c.editable for r in g.rows for c in r.cells)


def test_demo_scores_lock_with_a_tie_at_the_award_boundary(tmp_path: Path) -> None:
    from app.services import demo
    from db.venue_file import open_venue

    files = demo.build_demo(tmp_path, "roster")
    with open_venue(files.venue) as v:
        demo.checkin_and_draw(v)
        demo.scheme_and_scores(v)
        st = scoring.status(v)
        assert st.item_locked and st.ready_to_lock and st.required == 38
        ranked = sorted(scoring.totals(v), key=lambda t: (-t.total, t.time_used_s or 0))
        assert all(t.complete for t in ranked)
        sixth, seventh, eighth = ranked[5], ranked[6], ranked[7]  # 3 places: 1 + 2 + 3 prizes = 6
        assert sixth.total == seventh.total > eighth.total and ranked[4].total > sixth.total
        assert sixth.time_used_s == seventh.time_used_s  # time does not break it: the head judge decides
        head = users_sign_in(v)
        # the demo scores people in 报名号 order (its codes are drawn with a fresh secret each build)
        envelope = draw.mapping(v, head, vault.unlock(v, head, demo.DEMO_PASSPHRASE))
        codes = [r.blind_code for r in sorted(envelope, key=lambda r: r.reg_no)]
        hist = scoring.history(v, head, codes[demo.DEMO_SPREAD], "A1.4", judge="J1")
        assert [h.value for h in hist] == [D(0), D(2)] and hist[-1].reason.startswith("复议")


def users_sign_in(v: VenueFile) -> Actor:
    from app.services import demo, users

    return users.sign_in(v, demo.HEAD_JUDGE, demo.HEAD_PIN)
