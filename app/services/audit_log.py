"""Reading the audit trail for people: newest records with readable action names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.i18n import tr
from app.roles import role_label
from db.models import AuditRecord
from db.venue_file import VenueFile

ACTION_LABELS = {
    "venue.create": "创建赛场文件",
    "settings.update": "修改项目设置",
    "user.add": "添加账号",
    "user.pin_changed": "修改 PIN",
    "user.locked_out": "PIN 错误次数过多",
    "roster.import": "导入名单",
    "roster.add": "添加选手",
    "roster.edit": "修改选手信息",
    "roster.export": "导出名单",
    "backup.folder": "设置备份文件夹",
    "key.create": "生成赛场签名密钥",
    "key.replace": "更换赛场签名密钥",
}


@dataclass(frozen=True)
class AuditLine:
    seq: int
    at: datetime
    actor: str
    role: str
    action: str
    data: Any
    hash: str

    @property
    def role_label(self) -> str:
        return role_label(self.role)

    @property
    def action_label(self) -> str:
        label = ACTION_LABELS.get(self.action)
        return tr(label) if label else self.action


def recent(venue: VenueFile, limit: int = 100) -> list[AuditLine]:
    with venue.unit_of_work() as s:
        rows = s.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(limit))
        return [AuditLine(r.seq, r.at, r.actor, r.role, r.action, r.data, r.hash) for r in rows]
