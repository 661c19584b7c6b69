"""Reading the audit trail for people: newest records with readable action names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.i18n import label_of, tr
from app.roles import role_label
from app.services.audit import FACTS, head
from app.services.audit_words import fields_words, table_label, value_words
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
    "vault.create": "设置裁判长口令和赛场密钥",
    "venue.setup": "从组委会设置包新建",
    "venue.archive": "生成赛场档案（加密给组委会）",
    "venue.archive.written": "赛场档案已写出",
    "venue.close": "关闭赛场：清除姓名、身份证号、手机号",
    "vault.passphrase": "修改裁判长口令",
    "vault.replace_signing_key": "更换赛场签名密钥",
    "vault.recovery_code": "重新生成恢复码",
    "vault.recover": "凭恢复码重设口令",
    "checkin.checked_in": "检录",
    "checkin.absent": "登记缺考",
    "checkin.withdrew": "登记弃权",
    "checkin.undo": "撤销检录状态",
    "draw.main": "抽签",
    "draw.publish": "公布抽签结果",
    "draw.late": "迟到选手分配工位",
    "draw.change_station": "更换工位",
    "draw.second_codes": "二次加密",
    "draw.release_codes": "发放迟到选手加密号",
    "sheets.print": "打印检录报表",
    "scheme.save": "保存评分标准",
    "scheme.change": "修改已冻结的评分标准",
    "scheme.export": "导出评分标准",
    "score.entry": "录入分数",
    "score.second": "复核录入",
    "score.correction": "更正分数",
    "score.correction_after_lock": "锁定后更正分数",
    "score.import": "导入评分表",
    "score.deduction": "扣分",
    "score.deduction_cancel": "撤销扣分",
    "score.disqualify": "取消资格",
    "score.disqualify_revoke": "撤销取消资格",
    "score.time": "记录用时",
    "score.status": "按加密号登记参赛状态",
    "score.lock": "锁定成绩",
    "score.unlock": "解除锁定",
    "decrypt": "解密",
    "results.tie_decision": "并列裁定",
    "results.tie_decision_revoked": "撤销并列裁定",
    "committee.keys": "导入组委会公钥",
    "publication.settings": "设置成绩公示",
    "appeal.record": "登记申诉",
    "appeal.decide": "仲裁决定",
    "appeal.correction": "依申诉更正",
    "results.sign_off": "签字确认成绩",
    "results.revision": "更正后生成新版本",
    "package.export": "导出成绩包",
    "checkpoint": "签名检查点",
    "audit.baseline": "升级时记录已有数据",
    "backup.restore": "从备份恢复",
    "demo.venue": "标记为演示赛场",
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
        return label_of(ACTION_LABELS, self.action)

    @property
    def summary(self) -> str:
        """The record for people: its readable fields, and the fact rows it holds named by table and id.

        The rows' full content (kept for ``audit verify`` and the package) is not shown on screen: rows of
        the draw tables carry what the head judge alone may see.
        """
        if not isinstance(self.data, dict):
            return value_words(self.data)
        readable = {k: v for k, v in self.data.items() if k != FACTS}
        facts = self.data.get(FACTS) or []
        counts: dict[str, list[str]] = {}
        for f in facts if isinstance(facts, list) else []:
            if isinstance(f, dict) and isinstance(f.get("row"), dict):
                counts.setdefault(str(f.get("table")), []).append(str(f["row"].get("id")))
        rows = "；".join(
            f"{table_label(t)} #{ids[0]}" if len(ids) == 1 else tr("{t} {n} 行（#{a}–#{b}）").format(
                t=table_label(t), n=len(ids), a=ids[0], b=ids[-1]) for t, ids in counts.items())
        text = fields_words(readable)
        return f"{text}  〔{rows}〕" if rows and text else rows or text


def recent(venue: VenueFile, limit: int = 100) -> list[AuditLine]:
    with venue.unit_of_work() as s:
        rows = s.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(limit))
        return [AuditLine(r.seq, r.at, r.actor, r.role, r.action, r.data, r.hash) for r in rows]


def last_seq(venue: VenueFile) -> int:
    """The newest record's number (0 for an empty trail), without reading any record's data: the main window
    asks it to tell whether anything changed since the last periodic backup."""
    with venue.unit_of_work() as s:
        return head(s)[0]
