"""空白评分表: the paper fallback if the laptop fails — per module (and per judge for judgement criteria) a grid
of blind codes × criteria, blind codes only, so judges may hold it.

A module with many criteria never squeezes its headers to one character per line: the sheets are landscape
when any module has more than fits portrait, and a module with more criteria than fit one landscape page is
split into parts (第 1/2 部分), each repeating the blind codes and naming its criteria in a legend.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from app.errors import StateError
from app.i18n import tr
from app.reports.pdf_base import (
    Flowable,
    PageBreak,
    ReportHeader,
    build_pdf,
    data_table,
    mm,
    plain,
    signature_block,
    styles,
)
from app.roles import Actor, Role, require
from app.services.results_snapshot import build_snapshot
from app.vocab import ABSENT
from db.venue_file import VenueFile

PORTRAIT_WIDTH, LANDSCAPE_WIDTH = 180 * mm, 267 * mm  # A4 minus the margins
CODE_WIDTH, REMARK_WIDTH = 24 * mm, 28 * mm
MIN_CRITERION_WIDTH = 19 * mm  # "A1.10" over "测量 10.00" on two lines, never broken inside
MAX_CRITERION_WIDTH = 32 * mm


def per_page(width: float) -> int:
    """How many criterion columns fit beside the code and remark columns at their minimum width."""
    return max(1, int((width - CODE_WIDTH - REMARK_WIDTH) // MIN_CRITERION_WIDTH))


def landscape_needed(modules: list[dict[str, Any]]) -> bool:
    return any(len(m["criteria"]) > per_page(PORTRAIT_WIDTH) for m in modules)


def parts(criteria: list[dict[str, Any]], width: float) -> list[list[dict[str, Any]]]:
    """The criteria split into as few, as even parts as fit the width (18 on 11 a page → 9 + 9, not 11 + 7)."""
    n = per_page(width)
    count = -(-len(criteria) // n) or 1
    size = -(-len(criteria) // count) if criteria else 0
    return [criteria[i:i + size] for i in range(0, len(criteria), size)] or [[]]


def _header(cr: dict[str, Any]) -> str:
    kind = tr("评价") if cr["kind"] == "J" else tr("测量")
    return tr("{code}\n{kind} {max}").format(code=cr["code"], kind=kind, max=cr["max_points"])


def _legend(chunk: list[dict[str, Any]]) -> str:
    return "；".join(f"{cr['code']} {cr['description']}" for cr in chunk if cr["description"])


def _grid(codes: list[str], chunk: list[dict[str, Any]], width: float) -> Flowable:
    rest = width - CODE_WIDTH - REMARK_WIDTH
    column = min(rest / max(len(chunk), 1), MAX_CRITERION_WIDTH)
    remark = width - CODE_WIDTH - column * len(chunk)  # the remark column takes what is left
    headers = [tr("加密号"), *(_header(cr) for cr in chunk), tr("备注")]
    rows = [[code] + [""] * len(chunk) + [""] for code in codes]
    return data_table(headers, rows, min_row_height=9 * mm, zebra=False,
                      col_widths=[CODE_WIDTH] + [column] * len(chunk) + [remark],
                      align=["CENTER"] * (len(chunk) + 1) + ["LEFT"])


def _module_pages(m: dict[str, Any], codes: list[str], width: float) -> list[list[Flowable]]:
    st = styles()
    has_j = any(cr["kind"] == "J" for cr in m["criteria"])
    copies = max((cr["judges"] for cr in m["criteria"] if cr["kind"] == "J"), default=1)
    chunks = parts(m["criteria"], width)
    pages: list[list[Flowable]] = []
    for k in range(copies):
        who = tr("裁判 {k}：＿＿＿＿＿＿").format(k=k + 1) if has_j else tr("录入人：＿＿＿＿＿＿")
        for i, chunk in enumerate(chunks):
            part = tr("（第 {i}/{n} 部分：{a}–{b}）").format(i=i + 1, n=len(chunks), a=chunk[0]["code"],
                                                         b=chunk[-1]["code"]) if len(chunks) > 1 else ""
            page: list[Flowable] = [
                plain(tr("模块 {code} {name}（满分 {max}）{part}　{who}").format(
                    code=m["code"], name=m["name"], max=m["max_points"], part=part, who=who), st.heading),
                plain(tr("评价项填 0–3 的整数；测量项填测得分值（不超过满分）。"), st.small),
            ]
            legend = _legend(chunk)
            if legend:
                page.append(plain(tr("评分项：{items}").format(items=legend), st.small))
            page += [_grid(codes, chunk, width), signature_block([tr("裁判员"), tr("裁判长")])]
            pages.append(page)
    return pages


def blank_sheets(venue: VenueFile, actor: Actor, path: Path, printed_at: datetime, revision: int | None = None) -> int:
    """空白评分表 per module, blind codes pre-filled (sorted by code, not by station); returns how many codes.

    One sheet per module and, for judgement criteria, per judge; parts as many as the criteria need."""
    require(actor, Role.HEAD_JUDGE, Role.JUDGE, action=tr("打印空白评分表"))
    snap = build_snapshot(venue)
    modules = snap["scheme"]["modules"]
    if not modules:
        raise StateError(tr("尚未导入评分标准，无法打印空白评分表。"))
    codes = sorted(c["blind_code"] for c in snap["contestants"] if c["blind_code"] and c["status"] != ABSENT)
    if not codes:
        raise StateError(tr("尚未抽签（没有加密号），无法打印空白评分表。"))
    wide = landscape_needed(modules)
    width = LANDSCAPE_WIDTH if wide else PORTRAIT_WIDTH
    story: list[Flowable] = []
    for m in modules:
        for page in _module_pages(m, codes, width):
            if story:
                story.append(PageBreak())
            story += page
    item = snap["item"]
    header = ReportHeader(competition=snap["competition"]["name"], item=f"{item['no']:02d} {item['name']}",
                          venue=snap["venue"]["place"], date=snap["venue"]["date"], title=tr("空白评分表"),
                          subtitle=tr("备用纸质评分表（仅加密号）"), revision=None)
    build_pdf(path, header, story, printed_at, landscape=wide)
    return len(codes)
