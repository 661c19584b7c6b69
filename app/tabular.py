"""Spreadsheets in and out: the one reader of the files people send and the one writer of every sheet we make.

Reading (roster, marking-scheme and score-sheet imports): .xlsx (openpyxl) and .csv (UTF-8 with or
without BOM, GB18030/GBK, UTF-16/UTF-32 with BOM).  The file size is checked before anything is read.
Headers are matched tolerantly (spaces, full-width characters, "（必填）" notes); a title row above the
header is skipped; blank rows are ignored; every value comes back as stripped text with its spreadsheet
row number.  A formula in a column we read is refused with its own message (its cached value may be
stale or missing, and a formula is never what a person meant to hand in).

Writing (every .xlsx and .csv the app produces): people's text is written as text, never as a formula —
an .xlsx cell holding "=1+1" is a string cell with Excel's quote prefix, a .csv field starting with
= + - @ TAB or CR gets a leading apostrophe (OWASP's CSV-injection advice) — and characters XML cannot
hold (control characters stored by older versions) are shown as visible symbols instead of making
openpyxl refuse the whole file.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from app.errors import Problem, ValidationError
from app.frozen_init import quick_init
from app.i18n import tr
from app.rules.fields import normalize_header
from app.rules.text_policy import visible

HEADER_SEARCH_ROWS = 10
MAX_ROWS = 200_000
MAX_FILE_BYTES = 20 * 1024 * 1024  # a roster of 200,000 lines fits; a 100 MB file is refused before reading


@dataclass(frozen=True)
class Column:
    key: str  # canonical name used in code
    header: str  # the header as the template prints it
    aliases: tuple[str, ...] = ()
    required: bool = False


@quick_init  # one per line of every file read
@dataclass(frozen=True)
class Row:
    number: int  # 1-based row number as the spreadsheet shows it
    values: Mapping[str, str]

    def get(self, key: str) -> str:
        return self.values.get(key, "")


@dataclass(frozen=True)
class Sheet:
    file: str
    headers: Mapping[str, str]  # key -> header text as found in the file
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Formula:
    """A formula cell as read from an .xlsx (refused when it sits in a column we read)."""

    text: str


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(tr("无法读取 {name}：{err}").format(name=path.name, err=exc), file=path.name) from exc
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            tr("{name} 太大（{size:.1f} MB，上限 {cap} MB），未读取。请确认选对了文件，或拆分后分批导入。").format(
                name=path.name, size=size / 1024 / 1024, cap=MAX_FILE_BYTES // 1024 // 1024),
            file=path.name,
        )


def read_sheet(path: Path, columns: Sequence[Column]) -> Sheet:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".csv", ".txt"):
        _check_size(path)
    if suffix in (".xlsx", ".xlsm"):
        raw_rows = _xlsx_rows(path)
    elif suffix in (".csv", ".txt"):
        return _to_sheet(path.name, _csv_rows(path), columns, text_only=True)
    else:
        raise ValidationError(
            tr("不支持的文件类型 {suffix}：请使用 .xlsx 或 .csv 文件（.xls 请在 Excel/WPS 中另存为 .xlsx）").format(
                suffix=suffix or tr("（无扩展名）")
            ),
            file=path.name,
        )
    return _to_sheet(path.name, raw_rows, columns)


def _cell_text(value: object) -> str:
    if type(value) is str:  # nearly every cell: checked first
        return value.strip()
    if value is None or isinstance(value, Formula):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _unreadable(path: Path, exc: Exception, message: str) -> ValidationError:
    """A workbook openpyxl could not read: ``message`` names the file and the kind of error (``{name}``, ``{err}``)."""
    return ValidationError(message.format(name=path.name, err=type(exc).__name__), file=path.name)


def _xlsx_rows(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=False)  # formulas as formulas: see Formula
    except Exception as exc:  # zipfile, zlib, XML and openpyxl errors all mean "not a readable workbook"
        raise _unreadable(path, exc, tr(
            "{name} 无法读取：文件已损坏或不是 Excel .xlsx 文件（{err}）。请在 Excel/WPS 中打开后另存为 .xlsx 再导入。")) from exc
    try:
        ws = wb.worksheets[0]
        rows: list[list[object]] = []
        for cells in ws.iter_rows():
            rows.append([Formula(str(c.value)) if c.data_type == "f" else c.value for c in cells])
            if len(rows) > MAX_ROWS:
                raise ValidationError(tr("{name} 超过 {n} 行，请拆分后导入").format(name=path.name, n=MAX_ROWS))
        return rows
    except ValidationError:
        raise
    except Exception as exc:  # openpyxl raises many types on malformed sheet XML
        raise _unreadable(path, exc, tr("{name} 的工作表内容无法解析（{err}）。请在 Excel/WPS 中打开后另存为 .xlsx 再导入。")) from exc
    finally:
        wb.close()


# Byte order marks, longest first (the UTF-32-LE mark begins with the UTF-16-LE one).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
         (codecs.BOM_UTF8, "utf-8", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"))


def _utf16_without_bom(data: bytes) -> str | None:
    """Excel's "Unicode text" without its mark: every other byte of ASCII text is zero."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even == 0:
        return "utf-16-le"
    if even > half * 0.3 and odd == 0:
        return "utf-16-be"
    return None


def decode_text(data: bytes, name: str) -> str:
    """By byte order mark (UTF-8/16/32); else UTF-8, then GB18030/GBK (Chinese Excel/WPS's default)."""
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ValidationError(
                    tr("{name} 标明为 {enc} 编码，但第 {pos} 字节处的内容不符合该编码（文件可能已损坏）。"
                       "请在 Excel/WPS 中另存为“CSV UTF-8”或 .xlsx 后再导入。").format(
                        name=name, enc=label, pos=exc.start + len(bom)), file=name) from exc
    guessed = _utf16_without_bom(data)
    if guessed is not None:
        try:
            return data.decode(guessed)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        raise ValidationError(
            tr("{name} 不是文本 CSV 文件（含有二进制内容，可能是改了扩展名的其他文件）").format(name=name), file=name
        )
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(
        tr("{name} 的文字编码无法识别（不是 UTF-8、UTF-16、UTF-32 或 GB18030/GBK）：请另存为“CSV UTF-8”或 .xlsx 后再导入").format(
            name=name), file=name
    )


def _csv_rows(path: Path) -> list[list[object]]:
    try:
        data = path.read_bytes()  # the size was checked before (MAX_FILE_BYTES)
    except OSError as exc:
        raise ValidationError(tr("无法读取 {name}：{err}").format(name=path.name, err=exc), file=path.name) from exc
    text = decode_text(data, path.name)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;，")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    try:
        rows: list[list[object]] = []
        for r in csv.reader(io.StringIO(text), delimiter=delimiter):
            rows.append(list(r))
            if len(rows) > MAX_ROWS:
                raise ValidationError(tr("{name} 超过 {n} 行，请拆分后导入").format(name=path.name, n=MAX_ROWS))
        return rows
    except csv.Error as exc:
        raise ValidationError(tr("{name} 的 CSV 格式有误：{err}").format(name=path.name, err=exc), file=path.name) from exc


def _match_headers(cells: list[object], columns: Sequence[Column]) -> dict[str, int]:
    lookup: dict[str, str] = {}
    for col in columns:
        for alias in (col.header, col.key, *col.aliases):
            lookup[normalize_header(alias)] = col.key
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = lookup.get(normalize_header(_cell_text(cell)))
        if key is not None and key not in found:
            found[key] = index
    return found


def _to_sheet(name: str, raw: list[list[object]], columns: Sequence[Column], text_only: bool = False) -> Sheet:
    """``text_only``: every cell is a str (a CSV file's), read as ``_cell_text`` reads a str: stripped."""
    header_index = None
    mapping: dict[str, int] = {}
    for i, cells in enumerate(raw[:HEADER_SEARCH_ROWS]):
        mapping = _match_headers(cells, columns)
        if len(mapping) >= min(2, len(columns)):
            header_index = i
            break
    required = [c for c in columns if c.required]
    if header_index is None:
        expected = "、".join(c.header for c in required)
        raise ValidationError(
            tr("{name} 中找不到表头行：前 {n} 行里没有“{expected}”等列名。请使用导出的模板填写。").format(
                name=name, n=HEADER_SEARCH_ROWS, expected=expected
            ),
            file=name,
        )
    missing = [c for c in required if c.key not in mapping]
    if missing:
        problems = [
            Problem(tr("缺少必填列“{h}”").format(h=c.header), file=name, row=header_index + 1, column=c.header)
            for c in missing
        ]
        raise ValidationError(tr("{name} 缺少必填列，请对照模板补齐列名").format(name=name), problems)
    header_cells = raw[header_index]
    headers = {key: _cell_text(header_cells[idx]) for key, idx in mapping.items()}
    rows: list[Row] = []
    formulas: list[Problem] = []
    items = tuple(mapping.items())
    width = max(mapping.values()) + 1
    lines: list[list[Any]] = raw  # (Any: a CSV line's cells are str; no typing.cast call per line)
    for offset, line in enumerate(lines[header_index + 1 :], start=header_index + 2):
        if text_only and len(line) >= width:  # a full CSV line: only text, no formula, no short row
            values = {key: line[idx].strip() for key, idx in items}
            if any(values.values()):
                rows.append(Row(offset, values))
            continue
        cells = line
        values = {key: (_cell_text(cells[idx]) if idx < len(cells) else "") for key, idx in items}
        found = [(key, cells[idx]) for key, idx in items if idx < len(cells) and isinstance(cells[idx], Formula)]
        for key, cell in found:
            formulas.append(Problem(
                tr("这是公式，不是填写的内容。请在 Excel/WPS 中复制该列，用“选择性粘贴 → 数值”粘贴回去后再导入"),
                file=name, row=offset, column=headers[key], value=visible(str(getattr(cell, "text", "")))))
        if not any(values.values()) and not found:
            continue  # blank or padding row
        rows.append(Row(offset, values))
    if formulas:
        raise ValidationError(
            tr("{name} 有 {n} 个单元格是公式（如“{f}”），未导入。导入的表格只能含有直接填写的文字和数字。").format(
                name=name, n=len(formulas), f=formulas[0].value), formulas)
    return Sheet(name, headers, tuple(rows))


# ------------------------------------------------------------------------------------------ writing

# openpyxl's own list (C0 controls but TAB, LF, CR) plus what XML 1.0 cannot hold at all.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# A cell starting with one of these is a formula (or DDE command) to Excel, WPS or LibreOffice when typed
# or opened from a .csv; full-width forms too, since some Chinese spreadsheet settings treat them alike.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def _visible_char(match: re.Match[str]) -> str:
    cp = ord(match.group())
    return chr(0x2400 + cp) if cp < 0x20 else "\ufffd"  # ␇ for BEL, ␛ for ESC…; � for the rest


def sheet_text(value: str) -> str:
    """``value`` with every character XML cannot hold replaced by a visible symbol."""
    return _XML_ILLEGAL.sub(_visible_char, value)


def looks_like_formula(value: str) -> bool:
    return value.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(value)


def new_workbook(title: str | None = None) -> Any:
    """An empty workbook whose first sheet is called ``title``; fill it with ``append_row`` only."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet_text(title or "Sheet1")[:31]
    return wb


def append_row(ws: Any, values: Sequence[object]) -> None:
    """One row; every text cell is written as text (never a formula), numbers and dates as they are."""
    from openpyxl.cell.cell import Cell

    # The cells are made here and appended as they are: looking the new row up again (ws[ws.max_row]) scans
    # every cell of the sheet, which made writing a sheet quadratic in its rows.
    cells = [Cell(ws, value=sheet_text(v) if isinstance(v, str) else ("" if v is None else v)) for v in values]
    for cell in cells:
        if isinstance(cell.value, str):
            cell.data_type = "s"  # openpyxl would otherwise store "=…" as a live formula
            cell.number_format = "@"
            if looks_like_formula(cell.value):
                cell.quotePrefix = True  # and Excel keeps it text when someone edits the cell
    ws.append(cells)


def save_workbook(wb: Any, path: Path) -> Path:
    from app.fileio import atomic_write

    with atomic_write(Path(path)) as tmp:
        wb.save(tmp)
    return Path(path)


def write_xlsx(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]], title: str | None = None) -> Path:
    """A simple sheet (bold header, text-formatted cells so ID numbers stay text), written atomically."""
    from openpyxl.styles import Font

    wb = new_workbook(title)
    ws = wb.active
    append_row(ws, headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        append_row(ws, row)
    for col_cells in ws.columns:
        width = max(len(str(c.value or "")) for c in col_cells)
        ws.column_dimensions[col_cells[0].column_letter].width = min(max(8, width * 2 + 2), 50)
    return save_workbook(wb, path)


def csv_field(value: object) -> str:
    """One CSV field as text a spreadsheet will not run: OWASP's leading apostrophe before = + - @ TAB CR."""
    text = "" if value is None else str(value)
    return "'" + text if looks_like_formula(text) else text


def write_csv(stream: TextIO, headers: Sequence[str], rows: Iterable[Sequence[object]],
              lineterminator: str = "\r\n") -> None:
    """CSV to an open text stream (a file opened with newline="", or the CLI's stdout with "\n": a text
    stream ends its lines itself, and the CLI's escaping stream would print a bare CR as \u000d)."""
    writer = csv.writer(stream, lineterminator=lineterminator)
    writer.writerow([csv_field(h) for h in headers])
    for row in rows:
        writer.writerow([csv_field(v) for v in row])
