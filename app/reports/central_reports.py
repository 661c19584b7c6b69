"""The committee's printed lists (.pdf) and spreadsheets (.xlsx), and the certificate batch.

``write_central_report(db, name, path)``: the file type follows the suffix of ``path``.
Names: awards 获奖名单 · conflicts 兼项与身份冲突 · statistics 各项目统计 · passes 合格名单 ·
certificates 荣誉证书 (PDF only, needs the committee key's passphrase).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from reportlab.platypus import Flowable, Spacer

from app.clock import now
from app.errors import StateError, ValidationError
from app.i18n import tr
from app.reports.certificates import write_certificates
from app.reports.pdf_base import ReportHeader, build_pdf, data_table, plain, styles
from app.services import central_reports as data
from app.tabular import write_xlsx
from db.central.engine import CentralDb


class Table(NamedTuple):
    title: str
    headers: list[str]
    rows: list[list[object]]
    note: str  # one line above the table
    # notes_column: the last column is 说明, kept in .xlsx; in .pdf, where a wide paragraph per line would crush the
    # other columns, it is left out and ``notes`` (one line for each row that has a 说明) follow the table.
    notes_column: bool = False
    notes: tuple[str, ...] = ()


def _num(value: object) -> str:
    return "" if value is None else str(value)


def awards_table(db: CentralDb) -> Table:
    lines = data.award_lines(db)
    rows: list[list[object]] = [[a.cert_no, a.item_label, a.group, a.award, _num(a.rank), a.name, a.gender, a.unit,
                                 a.id_masked, _num(a.total), a.note] for a in lines]
    headers = [tr("证书编号"), tr("项目"), tr("组别"), tr("奖项"), tr("名次"), tr("姓名"), tr("性别"), tr("单位/学校"),
               tr("身份证号"), tr("总分"), tr("说明")]
    return Table(tr("获奖名单（汇总）"), headers, rows, tr("共 {n} 人获奖；仅含组委会已接收的成绩包").format(n=len(lines)),
                 notes_column=True, notes=tuple(tr("{cert}　{name}：{note}").format(cert=a.cert_no, name=a.name, note=a.note)
                             for a in lines if a.note))


def conflicts_table(db: CentralDb) -> Table:
    lines = data.conflicts(db)
    rows: list[list[object]] = [[c.kind, "、".join(c.id_numbers), "、".join(c.names), c.items_text] for c in lines]
    note = tr("共 {n} 处冲突（含收件箱中未接收的成绩包）。身份证号完整显示，仅供组委会核查。").format(n=len(lines))
    return Table(tr("兼项与身份冲突报告"), [tr("类别"), tr("身份证号"), tr("姓名"), tr("出现在")], rows, note)


def statistics_table(db: CentralDb) -> Table:
    stats = data.statistics(db)
    rows: list[list[object]] = [
        [f"{s.item_no:02d} {s.item_name}", s.groups, s.revision, s.registered, s.competed, *s.awards,
         sum(s.awards), s.passed, s.pass_rate, s.appeals.total, s.appeals.upheld + s.appeals.partly,
         s.appeals.dismissed, s.appeals.open] for s in stats
    ]
    if stats:
        total_competed = sum(s.competed for s in stats)
        total_passed = sum(s.passed for s in stats)
        rate = f"{total_passed * 100 / total_competed:.1f}%" if total_competed else "—"
        rows.append([tr("合计"), "", "", sum(s.registered for s in stats), total_competed,
                     *[sum(s.awards[i] for s in stats) for i in range(4)], sum(sum(s.awards) for s in stats),
                     total_passed, rate, *[sum(getattr(s.appeals, f) for s in stats) for f in ("total",)],
                     sum(s.appeals.upheld + s.appeals.partly for s in stats), sum(s.appeals.dismissed for s in stats),
                     sum(s.appeals.open for s in stats)])
    headers = [tr("项目"), tr("组别"), tr("版本"), tr("报名"), tr("参赛"), tr("一等奖"), tr("二等奖"), tr("三等奖"),
               tr("优胜奖"), tr("获奖合计"), tr("合格"), tr("合格率"), tr("申诉"), tr("支持"), tr("驳回"), tr("待仲裁")]
    return Table(tr("各项目统计"), headers, rows, tr("合格率 = 合格人数 ÷ 实际参赛人数；申诉“支持”含部分支持"))


def passes_table(db: CentralDb) -> Table:
    lines = data.pass_lines(db)
    rows: list[list[object]] = [[f"{p.item_no:02d} {p.item_name}", p.group, p.name, p.gender, p.id_number, p.unit,
                                 _num(p.total)] for p in lines]
    headers = [tr("项目"), tr("组别"), tr("姓名"), tr("性别"), tr("身份证号"), tr("单位/学校"), tr("总分")]
    return Table(tr("专项职业能力证书合格名单"), headers, rows,
                 tr("共 {n} 人合格。身份证号完整显示，用于制证。").format(n=len(lines)))


TABLES: dict[str, Callable[[CentralDb], Table]] = {
    "awards": awards_table,
    "conflicts": conflicts_table,
    "statistics": statistics_table,
    "passes": passes_table,
}
NAMES = (*TABLES, "certificates")


def _pdf(db: CentralDb, table: Table, path: Path, printed_at: datetime) -> None:
    title, headers, rows, note, notes_column, notes = table
    st = styles()
    story: list[Flowable] = [plain(note, st.small), Spacer(1, 3)]
    if notes_column:
        headers, rows = headers[:-1], [r[:-1] for r in rows]
    if rows:
        story.append(data_table(headers, [[_num(v) for v in r] for r in rows]))
    else:
        story.append(plain(tr("（无）"), st.normal))
    if notes:
        story += [Spacer(1, 6), plain(tr("说明"), st.normal), *(plain(line, st.small) for line in notes)]
    header = ReportHeader(data.competition(db)[0], tr("全部项目"), tr("组委会"), printed_at.strftime("%Y-%m-%d"), title)
    build_pdf(path, header, story, printed_at, landscape=len(headers) > 7)


def write_central_report(db: CentralDb, name: str, path: Path, *, passphrase: str | None = None,
                         printed_at: datetime | None = None, acknowledge_open_appeals: bool = False) -> int:
    """Write report ``name`` to ``path`` (.pdf or .xlsx); returns the number of lines (pages for certificates)."""
    path = Path(path)
    at = printed_at or now()
    suffix = path.suffix.lower()
    if name == "certificates":
        if suffix != ".pdf":
            raise ValidationError(tr("荣誉证书只能输出为 PDF"), file=str(path))
        if passphrase is None:
            raise ValidationError(tr("打印荣誉证书需要组委会证书密钥的口令"), column=tr("口令"))
        return write_certificates(db, path, passphrase, at, acknowledge_open_appeals)
    if name not in TABLES:
        raise StateError(tr("没有名为 {name} 的报表（可选：{all}）").format(name=name, all="、".join(NAMES)))
    table = TABLES[name](db)
    if suffix == ".xlsx":
        write_xlsx(path, table.headers, table.rows, title=table.title)
    elif suffix == ".pdf":
        _pdf(db, table, path, at)
    else:
        raise ValidationError(tr("输出文件须以 .pdf 或 .xlsx 结尾"), file=str(path))
    return len(table.rows)
