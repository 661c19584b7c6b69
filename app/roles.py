"""Who may do what.  Services call ``require`` themselves; the GUI only hides what would be refused anyway."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.errors import PermissionDenied
from app.i18n import tr


class Role(StrEnum):
    CHECKIN = "checkin"  # 检录员
    JUDGE = "judge"  # 裁判员
    HEAD_JUDGE = "head_judge"  # 裁判长
    ADMIN = "admin"  # 管理员 (sets up the laptop, users, backups; not scores)


ROLE_LABELS = {
    Role.CHECKIN: "检录员",
    Role.JUDGE: "裁判员",
    Role.HEAD_JUDGE: "裁判长",
    Role.ADMIN: "管理员",
}


# The steps of the day (one page each) a role works on, in the order of its work.  The GUI shows a person only
# these pages; the services still check every action themselves (``require``).
ROLE_STEPS: dict[Role, tuple[str, ...]] = {
    Role.CHECKIN: ("checkin", "audit"),
    Role.JUDGE: ("scoring", "scheme", "audit"),
    Role.HEAD_JUDGE: ("roster", "checkin", "draw", "scheme", "scoring", "results", "appeals", "package", "audit",
                      "settings"),
    Role.ADMIN: ("settings", "roster", "scheme", "audit"),
}


def role_label(role: str) -> str:
    return tr(ROLE_LABELS.get(Role(role), role)) if role in Role._value2member_map_ else role


@dataclass(frozen=True)
class Actor:
    """The signed-in person on whose behalf a service acts; recorded on every row they cause."""

    name: str
    role: Role
    user_id: int | None = None

    @property
    def label(self) -> str:
        return f"{self.name}（{role_label(self.role)}）"


def require(actor: Actor, *allowed: Role, action: str) -> None:
    if actor.role not in allowed:
        names = "、".join(role_label(r) for r in allowed)
        raise PermissionDenied(
            tr("{who}无权{action}：此操作仅限{names}。").format(who=actor.label, action=action, names=names)
        )
