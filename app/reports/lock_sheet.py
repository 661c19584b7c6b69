"""成绩锁定确认单: what was locked, the locked scores by blind code, and the signed checkpoint to sign under.

Printed right after a lock (``venuescore lock --sheet``, the scoring page offers it).  The head judge and the
judges sign the paper; the short form of the checkpoint on it (record number + first 16 hex digits of the
audit chain's hash, signed with the venue key) lets anyone later check that the file's history still
contains exactly the locked state.  Blind codes only: no names, no stations (a station leads to a name).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.clock import now
from app.i18n import tr
from app.reports.pdf_base import (
    Flowable,
    Paragraph,
    ReportHeader,
    Spacer,
    build_pdf,
    data_table,
    key_value_table,
    mm,
    signature_block,
    styles,
)
from app.roles import Actor, Role, require
from app.services import checkpoints, scoring, venue_keys
from app.services import venue as venue_service
from app.vocab import COMPETED
from db.venue_file import VenueFile


def checkpoint_lines(venue: VenueFile, cp: checkpoints.CheckpointView) -> list[tuple[str, str]]:
    """The rows every signed sheet prints about its checkpoint."""
    key = venue_keys.key_info(venue)
    return [
        (tr("审计链签名检查点"), tr("{short}（{event}，{at}，{who}）").format(
            short=cp.short, event=cp.event_label, at=cp.at.strftime("%Y-%m-%d %H:%M:%S"), who=cp.actor)),
        (tr("签名密钥指纹"), key.fingerprint if key and key.key_id == cp.key_id else cp.key_id),
    ]


def write(venue: VenueFile, actor: Actor, cp: checkpoints.CheckpointView, path: Path,
          printed_at: datetime | None = None) -> int:
    require(actor, Role.HEAD_JUDGE, action=tr("打印成绩锁定确认单"))
    info = venue_service.summary(venue)
    st = styles()
    module = cp.subject.removeprefix("module:") if cp.subject.startswith("module:") else None
    rows = [r for r in scoring.totals(venue) if r.status == COMPETED]
    codes = [m.module for m in rows[0].modules] if rows else []
    shown = [module] if module else codes
    headers = [tr("加密号")] + [tr("模块 {m}").format(m=m) for m in shown]
    if module is None:
        headers += [tr("扣分"), tr("总分")]
    body = []
    for r in rows:
        scores = {m.module: m for m in r.modules}
        line = [r.blind_code] + [str(scores[m].score) if m in scores else "" for m in shown]
        if module is None:
            line += [str(r.item_deductions), str(r.total)]
        body.append(line)
    scope = tr("模块 {m}").format(m=module) if module else tr("全项目")
    story: list[Flowable] = [
        key_value_table([(tr("锁定范围"), scope),
                         (tr("锁定人"), cp.actor),
                         (tr("锁定时间"), cp.at.strftime("%Y-%m-%d %H:%M:%S"))] + checkpoint_lines(venue, cp)),
        Spacer(1, 3 * mm),
        Paragraph(tr("以下为锁定时各加密号的成绩（按加密号排序；不含姓名和工位）。锁定后修改须由裁判长更正并留痕。"), st.small),
        Spacer(1, 2 * mm),
        data_table(headers, body, align=["CENTER"] + ["RIGHT"] * (len(headers) - 1)) if body
        else Paragraph(tr("没有参赛选手的成绩"), st.normal),
        signature_block([tr("裁判员"), tr("裁判员"), tr("裁判员"), tr("裁判长")]),
    ]
    header = ReportHeader(competition=info.competition_name, item=info.item_label, venue=info.venue_place,
                          date=info.competition_date.isoformat(), title=tr("成绩锁定确认单"),
                          subtitle=tr("审计链 {short}").format(short=cp.short))
    build_pdf(path, header, story, printed_at or now())
    return len(body)
