"""Roster import: formats, every kind of bad row, all-or-nothing, valid-only, idempotence."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.errors import PermissionDenied, ValidationError
from app.roles import Actor
from app.rules.idcard import make_id_number
from app.services import roster
from app.services.roster_rows import ContestantForm
from db.venue_file import VenueFile
from tests.conftest import ROSTER_HEADERS, roster_rows, write_roster


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _csv(path: Path, rows: list[list[object]], encoding: str, headers: list[str] = ROSTER_HEADERS) -> Path:
    lines = [",".join(headers)] + [",".join(str(v) for v in r) for r in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def test_xlsx_import_adds_everyone_with_masked_ids(venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    rows = roster_rows(8)
    report = roster.import_roster(venue, head, write_roster(tmp_path / "r.xlsx", rows))
    assert (report.rows_read, report.added, report.unchanged, report.rejected_rows) == (8, 8, 0, 0)
    people = roster.list_contestants(venue)
    assert [p.name for p in people] == [r[0] for r in rows]
    assert all("********" in p.id_masked and len(p.id_masked) == 18 for p in people)
    assert [p.reg_no for p in people] == [f"31{i:03d}" for i in range(1, 9)]
    assert all(p.group == "职工组" for p in people)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_csv_in_the_encodings_chinese_excel_writes(venue: VenueFile, head: Actor, tmp_path: Path, encoding: str) -> None:
    rows = roster_rows(5)
    report = roster.import_roster(venue, head, _csv(tmp_path / "r.csv", rows, encoding))
    assert report.added == 5
    assert {p.name for p in roster.list_contestants(venue)} == {r[0] for r in rows}


def test_blank_padded_rows_title_row_and_tolerant_headers(venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    from app.tabular import write_xlsx

    rows = roster_rows(3)
    padded = [["  " + str(r[0]) + " ", " " + str(r[1]).lower() + " ", *r[2:]] for r in rows]
    headers = [" 姓 名 ", "身份证号码（必填）", "性别", "联系电话", "单位", "人员类别*", "组　别", "女职工退休年龄类别"]
    path = tmp_path / "t.xlsx"
    write_xlsx(path, headers, [padded[0], ["", "", "", "", "", "", "", ""], padded[1], [], padded[2]])
    # put a title row above the header, as people do
    wb = load_workbook(path)
    ws = wb.active
    ws.insert_rows(1)
    ws["A1"] = "母婴护理项目 报名汇总表"
    wb.save(path)
    report = roster.import_roster(venue, head, path)
    assert report.added == 3
    assert {p.name for p in roster.list_contestants(venue)} == {str(r[0]) for r in rows}


def _bad_rows() -> list[list[object]]:
    good = roster_rows(3)
    young = make_id_number("500103", date(2012, 5, 20), 11)
    retired_man = make_id_number("500106", date(1960, 1, 15), 13)
    wrong_check = young[:-1] + ("0" if young[-1] != "0" else "1")
    return good + [
        ["赵一", wrong_check, "男", "13800001111", "x", "学生", "职工组", ""],  # row 5: check character
        ["钱二", young, "男", "13800002222", "x", "学生", "职工组", ""],  # row 6: under 16
        ["孙三", good[0][1], good[0][2], "13800003333", "x", "教师", "职工组", ""],  # row 7: duplicate of row 2
        ["", make_id_number("510202", date(1975, 3, 4), 23), "男", "1380000", "x", "工人", "老年组", ""],  # row 8
        ["周四", retired_man, "女", "13800004444", "x", "职工", "职工组", "60"],  # row 9: retired, gender, category
        ["吴五", "50010319900101123", "男", "13800005555", "x", "职工", "", ""],  # row 10: 17 digits, no group
    ]


def test_every_kind_of_bad_row_is_named_and_nothing_is_written(
    venue: VenueFile, head: Actor, tmp_path: Path, venue_path: Path
) -> None:
    path = write_roster(tmp_path / "bad.xlsx", _bad_rows())
    venue.engine.dispose()  # flush the WAL into the main file so the byte comparison is meaningful
    with venue.unit_of_work() as s:
        s.connection().exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _sha(venue_path)
    with pytest.raises(ValidationError) as info:
        roster.import_roster(venue, head, path)
    err = info.value
    found = {(p.row, p.column) for p in err.problems}
    assert (5, "身份证号") in found and "校验位" in next(p.message for p in err.problems if p.row == 5)
    assert any(p.row == 6 and "未满 16 周岁" in p.message for p in err.problems)
    assert any(p.row == 7 and "第 2 行重复" in p.message for p in err.problems)
    assert {(8, "姓名"), (8, "手机"), (8, "人员类别"), (8, "组别")} <= found
    assert any(p.row == 9 and "退休" in p.message for p in err.problems)
    assert (9, "性别") in found and (9, "女职工退休年龄类别") in found
    assert (10, "身份证号") in found and (10, "组别") in found
    assert all(p.file == "bad.xlsx" for p in err.problems)
    assert "6 行有误" in err.message and "未导入任何选手" in err.message
    assert roster.list_contestants(venue) == []
    with venue.unit_of_work() as s:
        s.connection().exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _sha(venue_path) == before


def test_valid_only_imports_good_rows_and_saves_rejected_ones(venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    path = write_roster(tmp_path / "bad.xlsx", _bad_rows())
    report = roster.import_roster(venue, head, path, valid_only=True)
    assert (report.added, report.rejected_rows) == (3, 6)
    rejected = Path(report.rejected_file or "")
    assert rejected.name == "bad-未导入行.xlsx"
    ws = load_workbook(rejected).active
    values = list(ws.iter_rows(values_only=True))
    assert values[0][0] == "原行号" and values[0][-1] == "错误原因"
    assert [v[0] for v in values[1:]] == [5, 6, 7, 8, 9, 10]
    assert "校验位" in values[1][-1]


def test_importing_the_same_file_twice_adds_nobody_twice(venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    path = write_roster(tmp_path / "r.xlsx", roster_rows(6))
    roster.import_roster(venue, head, path)
    again = roster.import_roster(venue, head, path)
    assert (again.added, again.unchanged) == (0, 6)
    assert len(roster.list_contestants(venue)) == 6


def test_changed_data_for_a_known_id_is_refused_not_overwritten(venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    rows = roster_rows(2)
    roster.import_roster(venue, head, write_roster(tmp_path / "r.xlsx", rows))
    rows[1][4] = "另一个单位"
    with pytest.raises(ValidationError, match="1 行有误") as info:
        roster.import_roster(venue, head, write_roster(tmp_path / "r2.xlsx", rows))
    assert "已在名单中" in info.value.problems[0].message
    assert roster.list_contestants(venue)[1].unit != "另一个单位"


def test_broken_and_foreign_files_get_clear_messages(venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a workbook")
    with pytest.raises(ValidationError, match="无法读取"):
        roster.import_roster(venue, head, broken)
    with pytest.raises(ValidationError, match="不支持的文件类型"):
        roster.import_roster(venue, head, tmp_path / "roster.xls")
    no_header = _csv(tmp_path / "x.csv", [["a", "b"]], "utf-8", headers=["foo", "bar"])
    with pytest.raises(ValidationError, match="找不到表头行"):
        roster.import_roster(venue, head, no_header)
    missing = _csv(tmp_path / "m.csv", [["张三", "x"]], "utf-8", headers=["姓名", "手机"])
    with pytest.raises(ValidationError, match="缺少必填列") as info:
        roster.import_roster(venue, head, missing)
    assert {p.column for p in info.value.problems} == {"身份证号", "人员类别"}


def test_only_head_judge_or_admin_may_import(venue: VenueFile, staff: dict[str, Actor], tmp_path: Path) -> None:
    path = write_roster(tmp_path / "r.xlsx", roster_rows(2))
    for role in ("checkin", "J1"):
        with pytest.raises(PermissionDenied):
            roster.import_roster(venue, staff[role], path)
    assert roster.import_roster(venue, staff["admin"], path).added == 2


def test_add_and_edit_by_hand_use_the_same_checks(venue: VenueFile, head: Actor) -> None:
    person = roster_rows(1)[0]
    form = ContestantForm(name=str(person[0]), id_number=str(person[1]), category="职工", group="职工组",
                          phone="023-88152323")
    view = roster.add_contestant(venue, head, form)
    assert view.reg_no == "31001" and view.phone_masked == "023*****2323"  # masked on every screen
    assert roster.form_for(venue, head, view.id).phone == "023-88152323"  # in full only in the edit form
    with pytest.raises(ValidationError) as info:
        roster.add_contestant(venue, head, form)
    assert "已在名单中" in info.value.problems[0].message
    bad = ContestantForm(name="", id_number="500103199001011235", category="农民", group="")
    with pytest.raises(ValidationError) as info:
        roster.add_contestant(venue, head, bad)
    assert {p.column for p in info.value.problems} == {"姓名", "身份证号", "人员类别", "组别"}
    edited = roster.edit_contestant(venue, head, view.id, ContestantForm(**{**form.__dict__, "unit": "新单位"}))
    assert edited.unit == "新单位"
    assert roster.form_for(venue, head, view.id).id_number == person[1]


def test_woman_of_unknown_category_near_retirement_is_flagged_for_a_decision(venue: VenueFile, head: Actor) -> None:
    # born 1975-06: F50 retirement (2025-09, 3 months delay) is before 2026-11-28, F55 (2030+) after → decide
    woman = make_id_number("500103", date(1975, 6, 10), 22)
    view = roster.add_contestant(venue, head, ContestantForm(name="刘芳", id_number=woman, category="职工", group="职工组"))
    assert view.needs_decision
    decided = roster.edit_contestant(venue, head, view.id, ContestantForm(
        name="刘芳", id_number=woman, category="职工", group="职工组", female_category="55"))
    assert not decided.needs_decision and decided.flag_text == "符合"


def test_export_masks_ids_for_staff_and_not_for_head_judge(seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path) -> None:
    full = roster.export_roster(seeded, staff["head"], tmp_path / "full.xlsx")
    masked = roster.export_roster(seeded, staff["checkin"], tmp_path / "masked.xlsx")
    full_ids = [r[2] for r in load_workbook(full).active.iter_rows(min_row=2, values_only=True)]
    masked_ids = [r[2] for r in load_workbook(masked).active.iter_rows(min_row=2, values_only=True)]
    assert len(full_ids) == 12 and all("*" not in i for i in full_ids)
    assert all("********" in i for i in masked_ids)


def test_template_round_trips_through_the_importer(venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    from app.services.roster_rows import ROSTER_COLUMNS
    from app.tabular import read_sheet

    path = roster.save_template(tmp_path / "template.xlsx")
    sheet = read_sheet(path, ROSTER_COLUMNS)
    assert set(sheet.headers) == {c.key for c in ROSTER_COLUMNS}
    assert sheet.rows == ()


def test_cancelling_an_import_writes_nothing_and_progress_is_reported(venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    import threading

    from app.errors import Cancelled

    path = write_roster(tmp_path / "r.xlsx", roster_rows(450))
    seen: list[tuple[int, int]] = []
    cancel = threading.Event()

    def progress(done: int, total: int, text: str) -> None:
        seen.append((done, total))
        if done >= 400:
            cancel.set()  # the user presses 取消 part-way through

    with pytest.raises(Cancelled):
        roster.import_roster(venue, head, path, progress=progress, cancel=cancel)
    assert roster.list_contestants(venue) == []
    assert seen[0] == (200, 450) and (400, 450) in seen
    report = roster.import_roster(venue, head, path, progress=lambda *a: None)
    assert report.added == 450
