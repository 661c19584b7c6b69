"""The audit page shows records in words: Chinese field names, no JSON, no English keys."""

from __future__ import annotations

import re

from app.roles import Actor
from app.services import audit_log, checkin, roster
from db.venue_file import VenueFile


def test_audit_lines_read_as_words(seeded: VenueFile, staff: dict[str, Actor]) -> None:
    person = roster.list_contestants(seeded)[0]
    checkin.mark_absent(seeded, staff["checkin"], person.id, "电话告知不能到场")
    lines = audit_log.recent(seeded, 50)
    absent = next(line for line in lines if line.action == "checkin.absent")
    assert absent.action_label == "登记缺考"
    assert f"姓名：{person.name}" in absent.summary and f"报名号：{person.reg_no}" in absent.summary
    assert "原因：电话告知不能到场" in absent.summary and "检录记录 #" in absent.summary
    for line in lines:  # no record shows JSON or an English field name
        assert "{" not in line.summary and '"' not in line.summary, line.summary
        assert not re.search(r"\b(reg_no|name|reason|draw_id|venue_uid|item_no|facts)\b", line.summary), line.summary
    created = next(line for line in lines if line.action == "venue.create")
    assert "竞赛项目：" in created.summary and "比赛日期：2026-11-28" in created.summary
