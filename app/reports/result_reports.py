"""The head judge's printed results: 成绩汇总表, 获奖名单, 合格名单, score sheets, blank marking sheets, .xlsx.

Every result report is laid out from a results.json snapshot (``app.services.results.printable``): a
signed revision prints exactly what was signed, and each page says which revision it shows.  Blank
marking sheets carry blind codes only, as the paper fallback for judges.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.clock import now
from app.errors import StateError
from app.i18n import tr
from app.item_settings import ItemSettings
from app.reports import score_sheets as score_sheet_pdf
from app.reports.pdf_base import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Spacer,
    build_pdf,
    data_table,
    key_value_grid,
    key_value_table,
    mm,
    plain,
    signature_block,
    styles,
)
from app.reports.result_parts import Snapshot, VenueLines, warning_lines
from app.reports.result_parts import award_text as _award_text
from app.reports.result_parts import groups as _groups
from app.reports.result_parts import header as _header
from app.reports.result_parts import time_text as _time
from app.reports.titles import RESULT_REPORTS
from app.reports.titles import report_title as report_title  # re-exported: callers ask the report module
from app.roles import Actor
from app.rules.idcard import mask_id_number
from app.services.results_printable import PrintableResults
from app.vocab import COMPETED, STATUS_LABELS, AwardBase

if TYPE_CHECKING:  # the package's PDFs are drawn in a second process that loads no database layer
    from db.venue_file import VenueFile

ReportWriter = Callable[["VenueFile", Actor, Path, datetime, "int | None"], int]
AWARD_ORDER = ("一等奖", "二等奖", "三等奖", "优胜奖")


# ---------------------------------------------------------------------------------- helpers


def _shared_ranks(people: list[dict[str, Any]]) -> set[int]:
    seen: dict[int, int] = {}
    for c in people:
        if c["rank"] is not None:
            seen[c["rank"]] = seen.get(c["rank"], 0) + 1
    return {r for r, n in seen.items() if n > 1}


def _rank_text(c: dict[str, Any], shared: set[int]) -> str:
    if c["rank"] is None:
        return tr(STATUS_LABELS.get(c["status"], c["status"]))
    return tr("{r}（并列）").format(r=c["rank"]) if c["rank"] in shared else str(c["rank"])


def _note_lines(people: list[dict[str, Any]], shared: set[int]) -> list[str]:
    """说明 under a group's table: what the rules decided for each line, as the head judge reads it out.

    A revision signed before the notes existed has none: nothing is printed for it."""
    # 缺考/弃权 lines say so in the 名次 column already: their note ("缺考，不排名，不授奖") is not repeated here
    return [tr("{rank}　{name}：{note}").format(rank=_rank_text(c, shared), name=c["name"], note=c["note"])
            for c in people if c.get("note") and c["rank"] is not None]


def _notes_block(people: list[dict[str, Any]], shared: set[int]) -> list[Flowable]:
    lines = _note_lines(people, shared)
    if not lines:
        return []
    st = styles()
    return [Spacer(1, 2 * mm), plain(tr("说明"), st.normal), *(plain(line, st.small) for line in lines)]


def _deducted(c: dict[str, Any]) -> str:
    total = sum((Decimal(d["amount"]) for d in c["deductions"] if not d["cancelled"]), Decimal(0))
    return str(total) if total else ""


def _group_title(g: dict[str, Any]) -> str:
    return g["name"] or tr("全部选手")


def _group_line(g: dict[str, Any], settings: ItemSettings) -> str:
    q = g["quota"]
    base = tr("实际参赛") if settings.award_base == AwardBase.COMPETED else tr("报名")
    text = tr("报名 {r} 人，实际参赛 {c} 人；奖项名额按{base}人数 {n} 计：一等奖 {f}、二等奖 {s}、三等奖 {t}").format(
        r=g["registered"], c=g["competed"], base=base, n=g["award_base_count"], f=q["first"], s=q["second"],
        t=q["third"])
    text += tr("、优胜奖 {m}").format(m=q["merit"]) if q["merit"] else tr("（不超过 30 人，不设优胜奖）")
    return text


def _labels(snap: Snapshot) -> dict[str, str]:
    return {c["reg_no"]: c["name"] for c in snap["contestants"]}


def _decision_lines(snap: Snapshot, g: dict[str, Any]) -> list[str]:
    if not g["tie_decisions"]:
        return []
    from app.services import results  # a tie decision's wording (loaded only when one was made)

    lab = _labels(snap)
    lines = []
    for d in g["tie_decisions"]:
        who = "、".join(lab.get(r, r) for r in d["contestants"])
        how = tr(results.RESOLUTION_LABELS.get(d["resolution"], d["resolution"]))
        if d["resolution"] == results.ORDER:
            how += "：" + " > ".join(lab.get(r, r) for r in d["order"])
        lines.append(tr("并列裁定：{who}——{how}。理由：{reason}（{by}，{at}）").format(
            who=who, how=how, reason=d["reason"], by=d["by"], at=d["at"][:16].replace("T", " ")))
    return lines


def _revision_lines(snap: Snapshot, printable: PrintableResults) -> list[tuple[str, str]]:
    rev = snap.get("revision") if printable.signed else None
    if not rev:
        return [(tr("版本"), printable.revision_label)]
    pairs = [(tr("版本"), tr("第 {n} 版，{by} 于 {at} 签字确认").format(
        n=rev["number"], by=rev["signed_by"], at=rev["signed_at"][:16].replace("T", " ")))]
    if rev.get("reason"):
        pairs.append((tr("更正理由"), rev["reason"]))
    return pairs


def _warning(printable: PrintableResults) -> list[Flowable]:
    st = styles()
    return [plain(line, st.normal) for line in warning_lines(printable)]


# ---------------------------------------------------------------------------------- 成绩汇总表

LANDSCAPE_WIDTH = 267 * mm  # A4 landscape minus the margins


def _summary_widths(modules: int) -> list[float]:
    """Fixed columns sized for their content; the unit column takes what is left."""
    module_w = 22 * mm if modules <= 4 else max(14 * mm, 110 * mm / modules)
    fixed = [18, 14, 18, 0, 11, 11] + [0] * modules + [12, 13, 15, 16, 13]
    widths = [w * mm for w in fixed]
    for i in range(6, 6 + modules):
        widths[i] = module_w
    widths[3] = max(LANDSCAPE_WIDTH - sum(widths), 30 * mm)
    return widths


def summary(venue: VenueFile, actor: Actor, path: Path, printed_at: datetime, revision: int | None = None) -> int:
    """成绩汇总表: ranked list per group with module scores, totals, awards and passes, settings, decisions,
    and a signature line for each judge and the head judge (landscape)."""
    from app.services import results

    p = results.printable(venue, actor, revision)
    return _summary(VenueLines.of(venue, p), p, path, printed_at)


def _summary(lines: VenueLines, p: PrintableResults, path: Path, printed_at: datetime) -> int:
    snap = p.snapshot
    settings = ItemSettings.from_json(snap["settings"])
    st = styles()
    modules = snap["scheme"]["modules"]
    headers = [tr("名次"), tr("报名号"), tr("姓名"), tr("单位/学校"), tr("工位号"), tr("加密号")]
    headers += [tr("模块{code}\n{name}（{max}）").format(code=m["code"], name=m["name"], max=m["max_points"])
                for m in modules]
    headers += [tr("扣分"), tr("用时"), tr("总分"), tr("奖项"), tr("合格")]
    align = ["CENTER", "CENTER", "LEFT", "LEFT", "CENTER", "CENTER"] + ["RIGHT"] * len(modules)
    align += ["RIGHT", "CENTER", "RIGHT", "CENTER", "CENTER"]
    story: list[Flowable] = _warning(p)
    count = 0
    groups = _groups(snap)
    empty = [_group_title(g) for g, people in groups if not people]
    for i, (g, people) in enumerate((g, people) for g, people in groups if people):
        if i:  # a group starts a new page only when little room is left: no page for a few lines
            story.append(CondPageBreak(70 * mm))
            story.append(Spacer(1, 4 * mm))
        shared = _shared_ranks(people)
        story.append(plain(_group_title(g), st.heading))
        story.append(plain(_group_line(g, settings), st.small))
        story.append(Spacer(1, 2 * mm))
        rows = []
        for c in people:
            scores = {m["code"]: m for m in c["modules"]}
            competed = c["status"] == COMPETED
            rows.append(
                [_rank_text(c, shared), c["reg_no"], c["name"], c["unit"], c["station"] or "", c["blind_code"] or ""]
                + [(scores[m["code"]]["score"] + (tr("（取消）") if scores[m["code"]]["disqualified"] else ""))
                   if competed and m["code"] in scores else "" for m in modules]
                + [_deducted(c) if competed else "", _time(c["time_used_s"]) if competed else "",
                   c["total"] or "", _award_text(c), (tr("合格") if c["passed"] else tr("不合格")) if competed else ""]
            )
        count += len(people)
        story.append(data_table(headers, rows, align=align, col_widths=_summary_widths(len(modules))))
        story += _notes_block(people, shared)
        if g["tie_decisions"]:
            story.append(Spacer(1, 2 * mm))
        for line in _decision_lines(snap, g):
            story.append(plain(line, st.normal))
    if empty:  # a group without contestants gets a line, not a page of its own
        story.append(plain(tr("以下组别无选手：{groups}").format(groups="、".join(empty)), st.small))
    signers = [tr("裁判员 {name}").format(name=j["name"]) for j in snap["judges"]]
    signers.append(tr("裁判长 {name}").format(name=snap["head_judge"]))
    # The settings and the signatures stay on one page: the signatures vouch for the settings too.
    # The venue's public key on the signed sheet lets the committee compare the paper with the package.
    story.append(KeepTogether([Spacer(1, 2 * mm), plain(tr("本表采用的设置"), st.heading),
                               key_value_grid(settings.describe() + _revision_lines(snap, p), LANDSCAPE_WIDTH),
                               key_value_table(lines.key + lines.chain_without_key),
                               signature_block(signers, per_row=2)]))
    build_pdf(path, _header(snap, tr("成绩汇总表"), p.revision_label), story, printed_at, landscape=True)
    return count


# ---------------------------------------------------------------------------------- 获奖名单 / 合格名单


def award_list(venue: VenueFile, actor: Actor, path: Path, printed_at: datetime, revision: int | None = None) -> int:
    """获奖名单: per group, by award then rank; the award base and the tie decisions are printed."""
    from app.services import results

    return _award_list(results.printable(venue, actor, revision), path, printed_at)


def _award_list(p: PrintableResults, path: Path, printed_at: datetime) -> int:
    snap = p.snapshot
    settings = ItemSettings.from_json(snap["settings"])
    st = styles()
    story: list[Flowable] = _warning(p)
    count = 0
    headers = [tr("奖项"), tr("名次"), tr("报名号"), tr("姓名"), tr("性别"), tr("单位/学校"), tr("总分")]
    for g, people in _groups(snap):
        shared = _shared_ranks(people)
        winners = [c for c in people if c["award"]]
        winners.sort(key=lambda c: (AWARD_ORDER.index(c["award"]), c["rank"], c["reg_no"]))
        story.append(plain(tr("{group}（获奖 {n} 人）").format(group=_group_title(g), n=len(winners)), st.heading))
        story.append(plain(_group_line(g, settings), st.small))
        story.append(Spacer(1, 2 * mm))
        rows = [[c["award"], _rank_text(c, shared), c["reg_no"], c["name"], c["gender"], c["unit"], c["total"]]
                for c in winners]
        count += len(rows)
        story.append(data_table(headers, rows, align=["CENTER", "CENTER", "CENTER", "LEFT", "CENTER", "LEFT", "RIGHT"])
                     if rows else plain(tr("本组无获奖选手"), st.normal))
        # the winners' notes and why anyone within reach of an award got none (pass line, open tie)
        story += _notes_block([c for c in people if c["award"] or c.get("award_pending") or "不授奖" in c.get("note", "")],
                              shared)
        for line in _decision_lines(snap, g):
            story.append(plain(line, st.normal))
    story.append(Spacer(1, 4 * mm))
    story.append(KeepTogether([plain(tr("本表采用的设置"), st.heading),
                               key_value_table(settings.describe() + _revision_lines(snap, p))]))
    story.append(signature_block([tr("裁判长 {name}").format(name=snap["head_judge"])]))
    build_pdf(path, _header(snap, tr("获奖名单"), p.revision_label), story, printed_at)
    return count


def pass_list(venue: VenueFile, actor: Actor, path: Path, printed_at: datetime, revision: int | None = None) -> int:
    """合格名单: who reached the pass line (专项职业能力证书), per group, by 报名号; ID numbers masked."""
    from app.services import results

    return _pass_list(results.printable(venue, actor, revision), path, printed_at)


def _pass_list(p: PrintableResults, path: Path, printed_at: datetime) -> int:
    snap = p.snapshot
    settings = ItemSettings.from_json(snap["settings"])
    st = styles()
    story: list[Flowable] = _warning(p)
    story.append(plain(tr("合格线：{line} 分（满分 {total} 分）。以下选手成绩合格，可获专项职业能力证书。").format(
        line=settings.pass_line, total=settings.total_points), st.normal))
    headers = [tr("序号"), tr("报名号"), tr("姓名"), tr("性别"), tr("身份证号"), tr("单位/学校"), tr("总分")]
    count = 0
    for g, people in _groups(snap):
        passed = sorted((c for c in people if c["passed"]), key=lambda c: c["reg_no"])
        story.append(plain(tr("{group}（合格 {n} 人，实际参赛 {c} 人）").format(
            group=_group_title(g), n=len(passed), c=g["competed"]), st.heading))
        rows = [[str(i), c["reg_no"], c["name"], c["gender"], mask_id_number(c["id_number"]), c["unit"], c["total"]]
                for i, c in enumerate(passed, 1)]
        count += len(rows)
        story.append(data_table(headers, rows, align=["CENTER", "CENTER", "LEFT", "CENTER", "CENTER", "LEFT", "RIGHT"])
                     if rows else plain(tr("本组无合格选手"), st.normal))
        story += _notes_block([c for c in people if not c["passed"] and "不授奖" in c.get("note", "")],
                              _shared_ranks(people))
    story.append(Spacer(1, 4 * mm))
    story.append(key_value_table(_revision_lines(snap, p)))
    story.append(signature_block([tr("裁判长 {name}").format(name=snap["head_judge"])]))
    build_pdf(path, _header(snap, tr("合格名单"), p.revision_label), story, printed_at)
    return count


# ---------------------------------------------------------------------------------- score sheets


def score_sheets(venue: VenueFile, actor: Actor, path: Path, printed_at: datetime, revision: int | None = None) -> int:
    """评分明细表: one page per contestant who competed — every criterion, each judge's score, corrections marked."""
    from app.services import results

    return score_sheet_pdf.write(venue, results.printable(venue, actor, revision), path, printed_at)


_score_sheets = score_sheet_pdf.draw  # drawn on the canvas as a fixed form: hundreds of pages per package


# ---------------------------------------------------------------------------------- xlsx


def export_xlsx(venue: VenueFile, actor: Actor, path: Path, revision: int | None = None) -> Path:
    """results.xlsx: one sheet of results (all groups) and one with the settings, revision and decisions."""
    from app.services import results

    return xlsx_of(results.printable(venue, actor, revision), path)


def xlsx_of(p: PrintableResults, path: Path) -> Path:
    """``export_xlsx`` of results already loaded (the package writes them and four PDFs from one load)."""
    from openpyxl.styles import Alignment, Font, PatternFill

    from app.tabular import append_row, new_workbook, save_workbook

    snap = p.snapshot
    settings = ItemSettings.from_json(snap["settings"])
    modules = snap["scheme"]["modules"]
    wb = new_workbook(tr("成绩汇总"))
    ws = wb.active
    headers = [tr("组别"), tr("名次"), tr("报名号"), tr("姓名"), tr("性别"), tr("单位/学校"), tr("工位号"), tr("加密号")]
    headers += [tr("模块{code} {name}").format(code=m["code"], name=m["name"]) for m in modules]
    headers += [tr("扣分"), tr("用时"), tr("总分"), tr("奖项"), tr("合格"), tr("状态"), tr("说明")]
    append_row(ws, headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for g, people in _groups(snap):
        shared = _shared_ranks(people)
        for c in people:
            scores = {m["code"]: m["score"] for m in c["modules"]}
            competed = c["status"] == COMPETED
            append_row(ws,
                [g["name"], _rank_text(c, shared), c["reg_no"], c["name"], c["gender"], c["unit"], c["station"] or "",
                 c["blind_code"] or ""]
                + [Decimal(scores[m["code"]]) if competed and m["code"] in scores else None for m in modules]
                + [Decimal(_deducted(c)) if competed and _deducted(c) else None, _time(c["time_used_s"]),
                   Decimal(c["total"]) if c["total"] else None, _award_text(c),
                   (tr("合格") if c["passed"] else tr("不合格")) if competed else "",
                   tr(STATUS_LABELS.get(c["status"], c["status"])), c.get("note", "")]
            )
    fmt = "0." + "0" * settings.decimals if settings.decimals else "0"
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, Decimal):
                cell.number_format = fmt
    for col in ws.columns:
        width = max(len(str(c.value or "")) for c in col)
        ws.column_dimensions[col[0].column_letter].width = min(max(8, width * 2 + 2), 40)
    ws.freeze_panes = "D2"
    info = wb.create_sheet(tr("说明"))
    append_row(info, [tr("项目"), f"{snap['item']['no']:02d} {snap['item']['name']}"])
    append_row(info, [tr("赛场"), snap["venue"]["place"]])
    append_row(info, [tr("日期"), snap["venue"]["date"]])
    append_row(info, [tr("裁判长"), snap["head_judge"]])
    for k, v in _revision_lines(snap, p) + settings.describe():
        append_row(info, [k, v])
    for g, _ in _groups(snap):
        append_row(info, [_group_title(g), _group_line(g, settings)])
        for line in _decision_lines(snap, g):
            append_row(info, ["", line])
    for t in p.open_ties:
        append_row(info, [tr("待裁定的并列"), t])
    info.column_dimensions["A"].width = 18
    info.column_dimensions["B"].width = 100
    return save_workbook(wb, Path(path))


def _blank_sheets(venue: VenueFile, actor: Actor, path: Path, printed_at: datetime, revision: int | None = None) -> int:
    # reads the venue file: not loaded where the package's PDFs are only drawn
    from app.reports.blank_sheets import blank_sheets

    return blank_sheets(venue, actor, path, printed_at, revision)


_WRITERS: dict[str, ReportWriter] = {
    "summary": summary,
    "awards": award_list,
    "passes": pass_list,
    "score-sheets": score_sheets,
    "blank-sheets": _blank_sheets,
}
REPORTS: dict[str, tuple[str, ReportWriter]] = {name: (title, _WRITERS[name]) for name, title in RESULT_REPORTS.items()}
# The reports printed from results loaded once and the venue's lines read once (the package, which may draw
# them in a second process where the venue file is not open).
FROM_PRINTABLE: dict[str, Callable[[VenueLines, PrintableResults, Path, datetime], int]] = {
    "summary": _summary,
    "awards": lambda _lines, p, path, at: _award_list(p, path, at),
    "passes": lambda _lines, p, path, at: _pass_list(p, path, at),
    "score-sheets": _score_sheets,
}


def write_report(venue: VenueFile, actor: Actor, name: str, path: Path, printed_at: datetime | None = None,
                 revision: int | None = None) -> int:
    """Write report ``name`` (a key of REPORTS) to ``path``; returns how many contestants it lists."""
    if name not in REPORTS:
        raise StateError(tr("没有名为 {name} 的报表（可选：{all}）").format(name=name, all="、".join(REPORTS)))
    return REPORTS[name][1](venue, actor, Path(path), printed_at or now(), revision)
