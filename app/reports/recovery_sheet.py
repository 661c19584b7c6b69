"""恢复码密封页: the head judge's recovery code, printed once, to be sealed in an envelope.

The code opens the vault without the passphrase (app.services.vault.recover), so the sheet is as
sensitive as the passphrase itself: it is printed only at the moment the code is made (the code is not
stored in the clear anywhere), and says so on the page.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.i18n import tr
from app.reports.pdf_base import (
    Paragraph,
    ReportHeader,
    Spacer,
    build_pdf,
    key_value_table,
    mm,
    signature_block,
    styles,
)
from app.services import vault
from app.services import venue as venue_service
from db.venue_file import VenueFile


def write(venue: VenueFile, code: str, info: vault.VaultInfo, path: Path, printed_at: datetime) -> Path:
    summary = venue_service.summary(venue)
    header = ReportHeader(competition=summary.competition_name, item=summary.item_label,
                          venue=summary.venue_place, date=summary.competition_date.isoformat(),
                          title=tr("裁判长恢复码"), confidential=tr("密封件 — 仅限裁判长，装信封封存"))
    st = styles()
    code_style = st.title.clone("vs-recovery-code", fontSize=20, leading=28)
    story = [
        Paragraph(tr("忘记裁判长口令或 PIN 时，凭此恢复码设置新口令（和新 PIN）。恢复码只能使用一次，"
                     "使用后软件会给出新的恢复码，请重新打印封存。"), st.normal),
        Spacer(1, 6 * mm),
        Paragraph(code, code_style),
        Spacer(1, 6 * mm),
        key_value_table([
            (tr("裁判长"), summary.head_judge),
            (tr("赛场签名公钥指纹"), info.fingerprint),
            (tr("生成时间"), printed_at.strftime("%Y-%m-%d %H:%M")),
            (tr("使用方法"), tr("启动页“打开赛场文件”后选“忘记口令”，或命令行 venuescore keys recover --db 赛场文件")),
        ]),
        Spacer(1, 4 * mm),
        Paragraph(tr("本页不会再次打印：软件不保存恢复码明文。请勿拍照、复印或与赛场文件放在同一 U 盘。"), st.normal),
        signature_block([tr("裁判长（封存）"), tr("监督员（见证）")]),
    ]
    build_pdf(path, header, story, printed_at)
    return path
