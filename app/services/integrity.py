"""Checks run when a venue file is opened and on demand: SQLite's quick_check and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from app.i18n import tr
from app.services import audit
from db.venue_file import VenueFile


@dataclass(frozen=True)
class IntegrityReport:
    sqlite_ok: bool
    sqlite_message: str
    chain: audit.ChainReport

    @property
    def ok(self) -> bool:
        return self.sqlite_ok and self.chain.ok

    def describe(self) -> str:
        if self.ok:
            return tr("赛场文件完好：数据库检查通过，审计链 {n} 条记录完整。").format(n=self.chain.records)
        parts = []
        if not self.sqlite_ok:
            parts.append(tr("数据库检查未通过：{m}").format(m=self.sqlite_message))
        if not self.chain.ok:
            parts.append(tr("审计链断裂：{p}（有人在软件之外修改或删除了记录）").format(p=self.chain.problem))
        return "；".join(parts) + tr("。请从备份恢复，或把文件交技术支持检查。")


def check(venue: VenueFile, full: bool = False) -> IntegrityReport:
    pragma = "integrity_check" if full else "quick_check"
    with venue.unit_of_work() as s:
        rows = [r[0] for r in s.connection().execute(text(f"PRAGMA {pragma}"))]
        chain = audit.verify_chain(s)
    ok = rows == ["ok"]
    return IntegrityReport(ok, "ok" if ok else "; ".join(rows[:5]), chain)
