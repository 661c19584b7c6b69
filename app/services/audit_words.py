"""The audit trail's records in words for the audit page: Chinese field names, values as people write them.

The records themselves keep their English keys (they are the file format ``audit verify`` and the committee
read); only what the screen shows is translated here.  Unknown keys still show (by their key), so nothing in a
record is hidden from the person checking it.
"""

from __future__ import annotations

from typing import Any

from app.i18n import tr

FIELD_LABELS = {
    "name": "姓名", "reg_no": "报名号", "reason": "原因", "status": "状态", "from": "原状态", "to": "改为",
    "user": "账号", "role": "角色", "judge_no": "裁判编号", "judge": "裁判", "date": "比赛日期", "groups": "组别",
    "group": "组别", "item": "竞赛项目", "item_no": "项目编号", "venue_uid": "赛场标识", "note": "说明",
    "adopted_key": "沿用原密钥", "fingerprint": "指纹", "seal_recipient": "封存公钥", "signing_public": "签名公钥",
    "recipient": "加密公钥", "replaced": "替换", "signing": "签名公钥", "source": "来源", "added": "新增",
    "file": "文件", "rejected_rows": "拒绝行数", "unchanged": "未变", "valid_only": "仅导入有效行",
    "commitment": "承诺值", "draw_id": "抽签编号", "entrants": "参加抽签人数", "redraw_of": "重抽自",
    "seed": "种子", "stations": "工位数", "witness_values": "见证值", "affected_entries": "涉及记录数",
    "changes": "改动", "criteria": "评分项数", "frozen": "已冻结", "scheme": "评分标准", "values": "分数条数",
    "criterion": "评分项", "entry": "记录", "supersedes": "取代记录", "value": "分数", "blind_code": "加密号",
    "seconds": "用时（秒）", "module": "模块", "event": "事件", "head": "审计链头", "seq": "审计序号",
    "subject": "对象", "revision": "版本", "sha256": "SHA-256", "snapshot_sha256": "成绩快照 SHA-256",
    "key_id": "密钥编号", "station": "工位号", "count": "数量", "n": "数量", "appeal": "申诉", "outcome": "结果",
    "modules": "模块", "late": "迟到", "kind": "类别", "target": "对象", "amount": "扣分", "id": "编号",
}
TABLE_LABELS = {
    "blind_code": "加密号", "checkin_event": "检录记录", "checkpoint": "签名检查点", "draw": "抽签",
    "lock_event": "锁定记录", "score_entry": "分数记录", "station_assignment": "工位分配", "time_record": "用时记录",
    "second_code": "二次加密号", "deduction": "扣分", "disqualification": "取消资格", "decrypt_event": "解密",
    "tie_decision": "并列裁定", "result_revision": "成绩版本", "export_record": "导出记录",
    "blind_status": "参赛状态", "draw_reveal": "抽签揭晓",
}
LONG = 60  # a value longer than this (a whole scheme, a key) shows its start only


def value_words(value: Any) -> str:
    if isinstance(value, bool):
        return tr("是") if value else tr("否")
    if isinstance(value, list):
        if value and all(isinstance(v, dict) for v in value):
            return tr("{n} 项").format(n=len(value))
        return "、".join(value_words(v) for v in value) or tr("无")
    if isinstance(value, dict):
        return "，".join(f"{field_label(k)} {value_words(v)}" for k, v in value.items() if v is not None)
    text = str(value)
    return text if len(text) <= LONG else text[:LONG] + "…"


def field_label(key: str) -> str:
    label = FIELD_LABELS.get(key)
    return tr(label) if label else key


def fields_words(data: dict[str, Any]) -> str:
    """``{"name": "叶涛", "reg_no": "01001", "reason": None}`` → ``姓名：叶涛；报名号：01001`` (empty fields left out)."""
    return "；".join(f"{field_label(k)}：{value_words(v)}" for k, v in data.items() if v is not None and v != "")


def table_label(table: str) -> str:
    label = TABLE_LABELS.get(table)
    return tr(label) if label else table
