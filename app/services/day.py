"""Where the competition day stands: what the status bar shows and which step a person starts on.

Cheap reads only (counts and the newest row of a few fact tables): the status bar reads this after every change.
Whether the *content* of the results changed since the last export is the results page's heavier question
(``results.changed_since_last_export``); here it is the revision numbers: signed, exported, or not yet.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.i18n import tr
from app.roles import ROLE_STEPS, Role
from app.rules.locks import locks_of
from app.services.draw_kinds import MAIN
from db.write_lock import driver

if TYPE_CHECKING:  # this module is read without the ORM too (app.services.venue_glance)
    from db.venue_file import VenueFile


@dataclass(frozen=True)
class DayState:
    contestants: int
    has_scheme: bool
    drawn: bool
    item_locked: bool
    locked_modules: tuple[str, ...]
    decrypted: bool
    signed_revision: int | None  # the newest signed revision (版本)
    exported_revision: int | None  # the revision of the newest export

    @property
    def lock_text(self) -> str:
        if self.item_locked:
            return tr("全项目已锁定")
        if self.locked_modules:
            return tr("已锁定模块 {m}").format(m="、".join(self.locked_modules))
        return tr("成绩未锁定")

    @property
    def export_text(self) -> str:
        if self.signed_revision is None:
            return tr("成绩未签字确认")
        if self.exported_revision is None:
            return tr("第 {n} 版尚未导出成绩包").format(n=self.signed_revision)
        if self.exported_revision != self.signed_revision:
            return tr("第 {n} 版尚未导出成绩包（已导出第 {e} 版）").format(n=self.signed_revision, e=self.exported_revision)
        return tr("第 {n} 版成绩包已导出").format(n=self.signed_revision)

    @property
    def export_pending(self) -> bool:
        return self.signed_revision is not None and self.exported_revision != self.signed_revision


# Everything the status bar shows, in one statement by SQLite: it is read after every change (every typed score).
_STATE_SQL = """SELECT (SELECT count(*) FROM contestant), EXISTS (SELECT 1 FROM module),
    EXISTS (SELECT 1 FROM draw WHERE kind = ?),
    (SELECT json_group_array(json_array(module_code, action)) FROM (SELECT module_code, action FROM lock_event ORDER BY id)),
    EXISTS (SELECT 1 FROM decrypt_event), (SELECT max(number) FROM result_revision),
    (SELECT revision FROM export_record ORDER BY id DESC LIMIT 1)"""


def day_state(venue: VenueFile) -> DayState:
    with venue.unit_of_work() as s:
        return state_of(driver(s))


def state_of(conn: sqlite3.Connection) -> DayState:
    """The day's state from a venue file's sqlite3 connection."""
    contestants, scheme, drawn, locks, decrypted, revision, export = conn.execute(_STATE_SQL, (MAIN,)).fetchone()
    item_locked, modules = locks_of(json.loads(locks))
    return DayState(contestants=int(contestants), has_scheme=bool(scheme), drawn=bool(drawn), item_locked=item_locked,
                    locked_modules=tuple(sorted(modules)), decrypted=bool(decrypted), signed_revision=revision,
                    exported_revision=export)


def first_step(role: Role, state: DayState) -> str:
    """The step a person lands on after signing in: a 检录员 the desk, a 裁判员 the grid, a 管理员 the
    accounts; a 裁判长 the first step of the day not yet done."""
    if role != Role.HEAD_JUDGE:
        return ROLE_STEPS[role][0]
    if state.contestants == 0:
        return "roster"
    if not state.has_scheme:
        return "scheme"
    if not state.drawn:
        return "draw"
    if not state.item_locked:
        return "scoring"
    if state.signed_revision is None or not state.decrypted:
        return "results"
    if state.export_pending:
        return "package"
    return "results"


STEP_LABELS = {
    "roster": "选手名单", "checkin": "检录", "draw": "抽签与加密", "scheme": "评分标准", "scoring": "评分录入",
    "results": "成绩与奖项", "appeals": "申诉与仲裁", "package": "成绩包", "audit": "审计与备份", "settings": "设置与账号",
}


def step_label(step: str) -> str:
    return tr(STEP_LABELS.get(step, step))
