"""成绩公示 as PDF (A4 portrait): one table per item/group, then the period and where to appeal.

Renders app.services.publication_sheet.PublicationSheet and nothing else, so the PDF holds exactly what
the static HTML page holds.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.i18n import tr
from app.reports.pdf_base import (
    Flowable,
    KeepTogether,
    ReportHeader,
    Spacer,
    build_pdf,
    data_table,
    mm,
    plain,
    styles,
)
from app.services.publication_sheet import PublicationSheet

_ALIGN = {"名次": "CENTER", "身份证号": "CENTER", "总分": "RIGHT", "奖项": "CENTER", "合格": "CENTER"}


def write_pdf(sheet: PublicationSheet, path: Path, printed_at: datetime) -> int:
    """Write the sheet; returns the number of contestants listed."""
    st = styles()
    story: list[Flowable] = []
    count = 0
    for section in sheet.sections:
        story.append(plain(section.title, st.heading))
        if section.rows:
            aligns = [_ALIGN.get(h, "LEFT") for h in section.headers]
            story.append(data_table(list(section.headers), [list(r) for r in section.rows], align=aligns))
        else:
            story.append(plain(tr("本组无排名选手"), st.normal))
        story.append(plain(section.note, st.small))
        story.append(Spacer(1, 3 * mm))
        count += len(section.rows)
    notice = [plain(tr("公示说明"), st.heading)] + [plain(line, st.normal) for line in sheet.notice()]
    notice.append(Spacer(1, 4 * mm))
    notice.append(plain(tr("{org}　{at}").format(org=sheet.organiser, at=printed_at.strftime("%Y年%m月%d日")), st.normal))
    story.append(KeepTogether(notice))
    header = ReportHeader(competition=sheet.competition, item=sheet.scope, venue=sheet.place or tr("各承办赛场"),
                          date=sheet.date or printed_at.strftime("%Y-%m-%d"),
                          title=sheet.title, subtitle=tr("公示期：{p}").format(p=sheet.period))
    build_pdf(path, header, story, printed_at)
    return count
