"""评分明细表: one sheet per contestant who competed — every criterion, each judge's score, corrections marked.

The biggest PDF of a package (one page per contestant, hundreds per item), so it is drawn as a fixed form
(app.reports.fixed_form) instead of platypus tables: the columns are measured once for the whole report, a
criterion's description is wrapped once, and pages are broken here.  A sheet starts on a new page; a sheet too
long for one page goes on under a line naming the contestant, with the table header repeated.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from app.i18n import tr
from app.item_settings import ItemSettings
from app.reports import fixed_form as ff
from app.reports.fonts import register_fonts
from app.reports.pdf_base import CELL_PADDING, HEADER_GREY, ZEBRA_GREY, PageLayout, write_pdf
from app.reports.result_parts import VenueLines, award_text, groups, header, time_text, warning_lines
from app.reports.text_wrap import text_width, wrap
from app.rules import scoring
from app.services.results_printable import PrintableResults
from app.vocab import COMPETED

if TYPE_CHECKING:
    from db.venue_file import VenueFile

Contestant = dict[str, Any]
SUBTOTAL = "subtotal"
MIN_DESCRIPTION = 45 * mm  # the 内容 column never gets narrower; the others shrink their text instead
MAX_JUDGE_COLUMN = 24 * mm  # a long judge name wraps in the header rather than widening every page's column


@dataclass(frozen=True)
class Sheet:
    """What one contestant's sheet says, as texts; laid out by ``_place``."""

    title: str  # names the contestant on a continuation page
    pairs: list[tuple[str, str]]
    rows: list[tuple[str, list[str]]]  # (kind, cells): kind "" for a criterion, SUBTOTAL for a module's line
    after: list[str]  # deductions, time used, correction notes


def _current_entries(c: Contestant) -> dict[tuple[str, str | None], dict[str, Any]]:
    rule_entries = [
        scoring.Entry(e["id"], e["criterion"], c["reg_no"], e["judge"], Decimal(e["value"]), e["supersedes"], e["kind"])
        for e in c["entries"]
    ]
    by_id = {e["id"]: e for e in c["entries"]}
    return {(k[0], k[2]): by_id[e.id] for k, e in scoring.current_values(rule_entries).items()}


def _first_value(c: Contestant, entry: dict[str, Any]) -> str:
    """The value a correction replaced, following the chain back to the first entry."""
    by_id = {e["id"]: e for e in c["entries"]}
    e = entry
    while e.get("supersedes") in by_id:
        e = by_id[e["supersedes"]]
    return e["value"]


def _value_text(value: str, kind: str, places: int) -> str:
    """A judge's 0–3 as a whole number, a measurement with the item's decimals."""
    v = Decimal(value)
    return str(int(v)) if kind == "J" and v == v.to_integral_value() else str(scoring.round_points(v, places))


def _criterion_score(kind: str, values: list[Decimal], max_points: Decimal, judges: int, places: int) -> str:
    if kind == "M":
        return str(scoring.round_points(values[0], places)) if values else ""
    if len(values) != judges:
        return ""
    return str(scoring.judgement_score(values, max_points, judges, places))


def _sheet(snap: dict[str, Any], c: Contestant, chain: list[tuple[str, str]], judges: list[str], max_j: int,
           places: int) -> Sheet:
    pairs = [
        (tr("选手"), tr("{name}（报名号 {reg}，{unit}）").format(name=c["name"], reg=c["reg_no"], unit=c["unit"])),
        (tr("组别 / 工位 / 加密号"), " / ".join([c["group"] or "—", c["station"] or "—", c["blind_code"] or "—"])),
        (tr("总分 / 名次 / 奖项"), " / ".join([c["total"] or "", str(c["rank"] or ""), award_text(c) or tr("无奖项")])),
        *([(tr("说明"), c["note"])] if c.get("note") else []),
        *chain,
    ]
    current = _current_entries(c)
    notes: list[str] = []
    rows: list[tuple[str, list[str]]] = []
    for m in snap["scheme"]["modules"]:
        for cr in m["criteria"]:
            cells: list[str] = []
            values: list[Decimal] = []
            keys = [(cr["code"], None)] if cr["kind"] == "M" else [(cr["code"], j) for j in judges]
            for key in keys:
                e = current.get(key)
                if e is None:
                    text = ""
                else:
                    values.append(Decimal(e["value"]))
                    text = _value_text(e["value"], cr["kind"], places)
                    if e["kind"] == "correction":
                        notes.append(tr("{code}{who}：{old} → {new}，{by} 更正，理由：{reason}").format(
                            code=cr["code"], who=f"（{key[1]}）" if key[1] else "",
                            old=_value_text(_first_value(c, e), cr["kind"], places),
                            new=_value_text(e["value"], cr["kind"], places), by=e["by"], reason=e["reason"] or ""))
                        text += f" *{len(notes)}"
                cells.append(text)
            judge_cells = (cells if cr["kind"] == "J" else []) + [""] * max_j
            measured = cells[0] if cr["kind"] == "M" else ""
            score = _criterion_score(cr["kind"], values, Decimal(cr["max_points"]), cr["judges"], places)
            rows.append(("", [cr["code"], cr["description"], tr("测量") if cr["kind"] == "M" else tr("评价"),
                              cr["max_points"], *judge_cells[:max_j], measured, score]))
        mod = next((x for x in c["modules"] if x["code"] == m["code"]), None)
        if mod is not None:
            label = tr("模块{code}小计").format(code=m["code"])
            label += tr("（模块扣分 {d}）").format(d=mod["deductions"]) if Decimal(mod["deductions"]) else ""
            label += tr("（本模块取消资格）") if mod["disqualified"] else ""
            rows.append((SUBTOTAL, [label, "", "", m["max_points"], *[""] * max_j, "", mod["score"]]))
    after = [tr("扣分：{where} {amount} 分，理由：{reason}（{by}）{cancelled}").format(
        where=tr("模块{m}").format(m=d["module"]) if d["module"] else tr("总分"), amount=d["amount"],
        reason=d["reason"], by=d["by"], cancelled=tr("【已撤销】") if d["cancelled"] else "") for d in c["deductions"]]
    if c["time_used_s"] is not None:
        after.append(tr("用时：{t}").format(t=time_text(c["time_used_s"])))
    after += [tr("*{i} 更正：{note}").format(i=i, note=note) for i, note in enumerate(notes, 1)]
    title = tr("{name}（报名号 {reg}）评分明细（续）").format(name=c["name"], reg=c["reg_no"])
    return Sheet(title, pairs, rows, after)


class _Form:
    """The columns of every sheet of the report, measured once over all sheets, and the fitted cells."""

    ALIGN = ("C", "L", "C", "R")  # 评分项 内容 类型 满分, then the judges (C), 测量值 and 得分 (R)

    def __init__(self, m: ff.Measure, width: float, headers: list[str], sheets: list[Sheet]) -> None:
        self.m = m
        n = len(headers)
        self.align = [*self.ALIGN, *["C"] * (n - 6), "R", "R"]
        natural = [m.width(h) for h in headers]
        for _, cells in (row for s in sheets for row in s.rows):
            for i, text in enumerate(cells):
                if i != 1 and text:
                    natural[i] = max(natural[i], m.width(text))
        # a subtotal's label spans 评分项 to 类型: it does not widen the 评分项 column
        natural[0] = max([m.width(headers[0])] + [m.width(cells[0]) for s in sheets for k, cells in s.rows if not k])
        pad = 2 * CELL_PADDING + 2.0
        widths = [w + pad for w in natural]
        for i in range(4, n - 2):
            widths[i] = min(max(widths[i], 11 * mm), MAX_JUDGE_COLUMN)
        others = sum(widths) - widths[1]
        if width - others >= MIN_DESCRIPTION:
            widths[1] = width - others
        else:  # many judges: the other columns share what the description leaves, their text shrinks to fit
            scale = (width - MIN_DESCRIPTION) / others
            widths = [w * scale for w in widths]
            widths[1] = MIN_DESCRIPTION
        self.widths = widths
        self.header = ff.Row(tuple(m.cell(h, w, "C", wrap=True) for h, w in zip(headers, widths, strict=True)),
                             HEADER_GREY)

    def row(self, kind: str, cells: list[str], zebra: bool) -> ff.Row:
        w, m = self.widths, self.m
        fill = ZEBRA_GREY if zebra else None
        if kind == SUBTOTAL:
            first = [m.cell(cells[0], w[0] + w[1] + w[2], "L", wrap=True, span=3)]
            rest = range(3, len(cells))
        else:
            first = [m.cell(cells[0], w[0], "C"), m.cell(cells[1], w[1], "L", wrap=True)]
            rest = range(2, len(cells))
        return ff.Row((*first, *(m.cell(cells[i], w[i], self.align[i]) for i in rest)), fill)


def _pairs(m: ff.Measure, width: float, pairs: list[tuple[str, str]]) -> tuple[list[float], list[ff.Row]]:
    """pdf_base.key_value_table as a fixed form: a shaded key column as wide as the widest key."""
    key_w = min(max(max(m.width(k) for k, _ in pairs) + 10, 25 * mm), 60 * mm)
    rows = [ff.Row((m.cell(k, key_w, wrap=True, fill=HEADER_GREY), m.cell(v, width - key_w, wrap=True)))
            for k, v in pairs]
    return [key_w, width - key_w], rows


def _signatures(flow: ff.Flow, labels: list[str]) -> None:
    """pdf_base.signature_block as a fixed form: 裁判员：＿＿＿＿  日期：＿＿＿＿, never split from its sheet."""
    size, row_h, pad = ff.NORMAL.size, 11 * mm, 2.0
    labels = [t + "：" for t in labels]
    date = tr("日期：")
    m = flow.font
    label_w = max(text_width(t, m, size) for t in labels) + 8
    date_w = text_width(date, m, size) + 14 + 2 + 4
    rule_w = 45 * mm
    name_w = flow.width - label_w - date_w - rule_w
    flow.need(6 * mm + row_h * len(labels))
    flow.space(6 * mm)
    x0 = flow.left
    for label in labels:
        bottom = flow.y - row_h
        baseline = bottom + pad + ff.NORMAL.leading - size
        flow.text(x0 + pad, baseline, size, label)
        flow.text(x0 + label_w + name_w + 14, baseline, size, date)
        for x, w in ((x0 + label_w, name_w), (x0 + label_w + name_w + date_w, rule_w)):
            flow.ink.rule(0.6, x, bottom, x + w, bottom)
        flow.y = bottom


def write(venue: VenueFile, p: PrintableResults, path: Path, printed_at: datetime) -> int:
    """Write the 评分明细表 of the printable results ``p`` to ``path``; returns the number of sheets."""
    return draw(VenueLines.of(venue, p), p, path, printed_at)


def draw(lines: VenueLines, p: PrintableResults, path: Path, printed_at: datetime) -> int:
    """``write`` with the venue's lines already read (the package draws its PDFs from one reading)."""
    return finish(lay_out(lines, p), path, printed_at)


@dataclass(frozen=True)
class LaidOut:
    """Every page's content, before the time printed in the footer is known (``finish`` writes the file)."""

    lay: PageLayout  # its printed_at is filled in by ``finish``
    pages: list[ff.Ink]
    title: str
    count: int  # sheets


def lay_out(lines: VenueLines, p: PrintableResults) -> LaidOut:
    """The sheets laid out on their pages: all of ``draw`` but the writing.  The package's second process does
    this while the export is still checking the file, before the export's time is taken."""
    snap = p.snapshot
    places = ItemSettings.from_json(snap["settings"]).decimals
    judges = [j["name"] for j in snap["judges"]]
    max_j = max((cr["judges"] for m in snap["scheme"]["modules"] for cr in m["criteria"] if cr["kind"] == "J"),
                default=0)
    shown = (judges + [""] * max_j)[:max_j]
    headers = [tr("评分项"), tr("内容"), tr("类型"), tr("满分")]
    headers += [j or tr("裁判 {i}").format(i=i + 1) for i, j in enumerate(shown)]
    headers += [tr("测量值"), tr("得分")]
    people = [c for _, group in groups(snap) for c in group if c["status"] == COMPETED]
    chain = lines.chain
    sheets = [_sheet(snap, c, chain, judges, max_j, places) for c in people]

    font = register_fonts()
    head = header(snap, tr("评分明细表"), p.revision_label)
    lay = PageLayout(A4[0], A4[1], head, "", font)  # only the page frame prints the time: finish() sets it
    flow = ff.Flow(lay, font)
    m = flow.measure
    form = _Form(m, flow.width, headers, sheets)
    warnings = [line for text in warning_lines(p) for line in wrap(text, font, ff.NORMAL.size, flow.width)]
    for sheet in sheets:
        flow.continued = None
        flow.page()
        flow.continued = sheet.title
        flow.lines(warnings, ff.NORMAL)
        widths, pairs = _pairs(m, flow.width, sheet.pairs)
        flow.table(widths, pairs)
        flow.space(3 * mm)
        flow.table(form.widths, [form.row(kind, cells, n % 2 == 1) for n, (kind, cells) in enumerate(sheet.rows)],
                   form.header)
        if sheet.after:
            flow.space(2 * mm)  # the notes under the table, not touching its frame
        flow.lines([line for text in sheet.after for line in wrap(text, font, ff.SMALL.size, flow.width)], ff.SMALL)
        _signatures(flow, [tr("裁判员"), tr("裁判长")])
    if not sheets:
        flow.page()
        flow.lines([tr("没有参赛选手")], ff.NORMAL)
    return LaidOut(lay, flow.pages, f"{head.item} {head.title}", len(people))


def finish(laid: LaidOut, path: Path, printed_at: datetime) -> int:
    """Write the laid-out sheets to ``path`` with ``printed_at`` in every footer; returns the number of sheets."""
    lay = replace(laid.lay, printed_at=printed_at.strftime("%Y-%m-%d %H:%M"))
    write_pdf(path, lambda fh: ff.render(fh, lay, laid.pages, laid.title, printed_at))
    return laid.count
