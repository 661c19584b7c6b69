"""Reading spreadsheets people send: .xlsx (openpyxl) and .csv (UTF-8 with/without BOM, or GB18030/GBK).

Shared by the roster, marking-scheme and score-sheet imports.  Headers are matched tolerantly
(spaces, full-width characters, "（必填）" notes); a title row above the header is skipped; blank rows
are ignored; every value comes back as stripped text with its spreadsheet row number.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.errors import Problem, ValidationError
from app.i18n import tr
from app.rules.fields import normalize_header

HEADER_SEARCH_ROWS = 10
MAX_ROWS = 200_000


@dataclass(frozen=True)
class Column:
    key: str  # canonical name used in code
    header: str  # the header as the template prints it
    aliases: tuple[str, ...] = ()
    required: bool = False


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


def read_sheet(path: Path, columns: Sequence[Column]) -> Sheet:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raw_rows = _xlsx_rows(path)
    elif suffix in (".csv", ".txt"):
        raw_rows = _csv_rows(path)
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
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _xlsx_rows(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile, zlib, XML and openpyxl errors all mean "not a readable workbook"
        raise ValidationError(
            tr("{name} 无法读取：文件已损坏或不是 Excel .xlsx 文件（{err}）。请在 Excel/WPS 中打开后另存为 .xlsx 再导入。").format(
                name=path.name, err=type(exc).__name__
            ),
            file=path.name,
        ) from exc
    try:
        ws = wb.worksheets[0]
        rows: list[list[object]] = []
        for values in ws.iter_rows(values_only=True):
            rows.append(list(values))
            if len(rows) > MAX_ROWS:
                raise ValidationError(tr("{name} 超过 {n} 行，请拆分后导入").format(name=path.name, n=MAX_ROWS))
        return rows
    except ValidationError:
        raise
    except Exception as exc:  # openpyxl raises many types on malformed sheet XML
        raise ValidationError(
            tr("{name} 的工作表内容无法解析（{err}）。请在 Excel/WPS 中打开后另存为 .xlsx 再导入。").format(
                name=path.name, err=type(exc).__name__
            ),
            file=path.name,
        ) from exc
    finally:
        wb.close()


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) first; Chinese Excel/WPS writes GB18030/GBK by default."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(
        tr("{name} 的文字编码无法识别：请另存为“CSV UTF-8”或 .xlsx 后再导入").format(name=name), file=name
    )


def _csv_rows(path: Path) -> list[list[object]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(tr("无法读取 {name}：{err}").format(name=path.name, err=exc), file=path.name) from exc
    if b"\x00" in data[:4096]:
        raise ValidationError(
            tr("{name} 不是文本 CSV 文件（可能是改了扩展名的其他文件）").format(name=path.name), file=path.name
        )
    text = decode_text(data, path.name)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;，")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    try:
        return [list(r) for r in csv.reader(io.StringIO(text), delimiter=delimiter)]
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


def _to_sheet(name: str, raw: list[list[object]], columns: Sequence[Column]) -> Sheet:
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
    for offset, cells in enumerate(raw[header_index + 1 :], start=header_index + 2):
        values = {key: (_cell_text(cells[idx]) if idx < len(cells) else "") for key, idx in mapping.items()}
        if not any(values.values()):
            continue  # blank or padding row
        rows.append(Row(offset, values))
    return Sheet(name, headers, tuple(rows))


def write_xlsx(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]], title: str | None = None) -> Path:
    """A simple sheet (bold header, text-formatted cells so ID numbers stay text), written atomically."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = (title or "Sheet1")[:31]
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([("" if v is None else v) for v in row])
    for col_cells in ws.columns:
        width = max(len(str(c.value or "")) for c in col_cells)
        ws.column_dimensions[col_cells[0].column_letter].width = min(max(8, width * 2 + 2), 50)
        for c in col_cells[1:]:
            if isinstance(c.value, str):
                c.number_format = "@"
    from app.fileio import atomic_write

    with atomic_write(path) as tmp:
        wb.save(tmp)
    return path
