"""The domain's words, each defined once with its Chinese label (house style 10).

A ``StrEnum`` member *is* its stored string (``ContestantStatus.ABSENT == "absent"``), so facts written
before this module existed, JSON snapshots, packages and the CLI's arguments read the same; code names the
member instead of typing the string.  Labels are the Chinese words printed on screens and reports; ``label``
passes them through the app's translation hook (``app.i18n.tr``) like every other user-visible text.

Roles live beside ``require`` in ``app/roles.py``; everything else a rule, service, report or screen needs
to name is here.
"""

from __future__ import annotations

from enum import StrEnum

from app.i18n import tr


class ContestantStatus(StrEnum):
    """Where a contestant stands.  The check-in desk records REGISTERED/CHECKED_IN/ABSENT/WITHDREW (by name);
    the scoring room records COMPETED/ABSENT/WITHDREW by blind code; results add DISQUALIFIED (whole item)."""

    REGISTERED = "registered"  # 未检录: on the roster, not yet at the desk
    CHECKED_IN = "checked_in"  # 已检录
    COMPETED = "competed"  # 参赛 (实际参赛): ranked
    ABSENT = "absent"  # 缺考
    WITHDREW = "withdrew"  # 弃权
    DISQUALIFIED = "disqualified"  # 取消资格 (whole item)

    @property
    def label(self) -> str:
        return tr(_STATUS_LABELS[self])


_STATUS_LABELS = {
    ContestantStatus.REGISTERED: "未检录",
    ContestantStatus.CHECKED_IN: "已检录",
    ContestantStatus.COMPETED: "参赛",
    ContestantStatus.ABSENT: "缺考",
    ContestantStatus.WITHDREW: "弃权",
    ContestantStatus.DISQUALIFIED: "取消资格",
}
STATUS_LABELS: dict[str, str] = {s.value: text for s, text in _STATUS_LABELS.items()}  # untranslated

REGISTERED = ContestantStatus.REGISTERED
CHECKED_IN = ContestantStatus.CHECKED_IN
COMPETED = ContestantStatus.COMPETED
ABSENT = ContestantStatus.ABSENT
WITHDREW = ContestantStatus.WITHDREW
DISQUALIFIED = ContestantStatus.DISQUALIFIED

DESK_STATUSES = (REGISTERED, CHECKED_IN, ABSENT, WITHDREW)  # what the check-in desk records
ROOM_STATUSES = (COMPETED, ABSENT, WITHDREW)  # what the scoring room records by blind code
RESULT_STATUSES = (COMPETED, ABSENT, WITHDREW, DISQUALIFIED)  # what ranking and the reports know


def status_label(status: str) -> str:
    """The Chinese word for a status; an unknown word (a newer file) is shown as it is."""
    return tr(_STATUS_LABELS[ContestantStatus(status)]) if status in _VALUES else status


_VALUES = frozenset(s.value for s in ContestantStatus)


class AwardBase(StrEnum):
    """N for the 优胜奖 rule (item settings): who counts."""

    COMPETED = "competed"  # 实际参赛人数
    REGISTERED = "registered"  # 报名人数

    @property
    def label(self) -> str:
        return tr("实际参赛人数") if self is AwardBase.COMPETED else tr("报名人数")
