"""Signing in and managing the venue's people (检录员, 裁判员, 裁判长, 管理员)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from app import security
from app.clock import now
from app.errors import Collected, NotFound, PermissionDenied, Problem, ValidationError
from app.i18n import tr
from app.roles import Actor, Role, require, role_label
from app.services import audit
from db.models import User
from db.venue_file import VenueFile

MAX_ATTEMPTS = 5
PAUSE = timedelta(minutes=2)
# Authority over accounts: nobody takes over a role above their own.  The 管理员 sets up the laptop and
# the staff's accounts, but a 裁判长 account (who alone opens the sealed mapping and signs) is only made or
# reset by a 裁判长 — or, for a forgotten head-judge PIN, with the printed recovery code (vault.recover).
_RANK = {Role.CHECKIN: 0, Role.JUDGE: 0, Role.ADMIN: 1, Role.HEAD_JUDGE: 2}


def may_manage(actor: Actor, role: Role | str) -> bool:
    """Whether ``actor`` may create an account of ``role`` or reset its PIN (besides their own)."""
    return actor.role in (Role.HEAD_JUDGE, Role.ADMIN) and _RANK[Role(role)] <= _RANK[actor.role]


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    role: Role
    judge_no: str | None
    active: bool


def _info(u: User) -> UserInfo:
    return UserInfo(u.id, u.name, Role(u.role), u.judge_no, u.active)


def check_pin_format(pin: str) -> str | None:
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        return tr("PIN 须为 4–12 位数字")
    return None


def sign_in(venue: VenueFile, name: str, pin: str) -> Actor:
    """Check a PIN; after repeated failures the account pauses, so guessing at the desk is slow.

    The failure counter must be committed even though sign-in fails, so the refusal is raised only
    after the unit of work has ended.
    """
    refusal: PermissionDenied | None = None
    with venue.unit_of_work() as s:
        user = s.scalars(select(User).where(User.name == name.strip())).first()
        if user is None or not user.active:
            raise PermissionDenied(tr("没有名为“{name}”的有效账号。").format(name=name))
        at = now()
        actor = Actor(user.name, Role(user.role), user.id)
        if user.locked_until is not None and user.locked_until > at:
            wait = int((user.locked_until - at).total_seconds()) + 1
            raise PermissionDenied(tr("PIN 错误次数过多，请 {s} 秒后再试。").format(s=wait))
        if security.check_pin(pin, user.pin_hash):
            user.failed_attempts = 0
            user.locked_until = None
        else:
            user.failed_attempts += 1
            refusal = PermissionDenied(tr("PIN 不正确。"))
            if user.failed_attempts >= MAX_ATTEMPTS:
                user.failed_attempts = 0
                user.locked_until = at + PAUSE
                audit.append(s, actor, "user.locked_out", {"user": user.name})
                refusal = PermissionDenied(
                    tr("PIN 连续错误 {n} 次，账号暂停 {m} 分钟。").format(n=MAX_ATTEMPTS, m=PAUSE.seconds // 60)
                )
    if refusal is not None:
        raise refusal
    return actor


def list_users(venue: VenueFile) -> list[UserInfo]:
    with venue.unit_of_work() as s:
        return [_info(u) for u in s.scalars(select(User).order_by(User.role, User.judge_no, User.name))]


def add_user(
    venue: VenueFile, actor: Actor | None, name: str, role: Role, pin: str, judge_no: str | None = None
) -> UserInfo:
    """Add a person.  ``actor`` None is only allowed for the very first user (the venue's creator)."""
    problems = Collected()
    name = name.strip()
    if not name:
        problems.add(tr("姓名不能为空"), column=tr("姓名"))
    if (msg := check_pin_format(pin)) is not None:
        problems.add(msg, column="PIN")
    problems.raise_if_any(tr("无法添加账号"))
    with venue.unit_of_work() as s:
        existing = s.scalars(select(User)).first()
        if actor is None:
            if existing is not None:
                raise PermissionDenied(tr("请先以裁判长或管理员身份登录"))
            actor = Actor(name, role)
        else:
            require(actor, Role.HEAD_JUDGE, Role.ADMIN, action=tr("添加账号"))
            if not may_manage(actor, role):
                raise PermissionDenied(tr("只有裁判长可以添加裁判长账号"))
        if s.scalars(select(User).where(User.name == name)).first() is not None:
            duplicate = Problem(tr("已有同名账号，请在姓名后加以区分（如“张伟2”）"), column=tr("姓名"), value=name)
            raise ValidationError(tr("无法添加账号"), [duplicate])
        user = User(
            name=name, role=str(role), judge_no=judge_no, pin_hash=security.hash_pin(pin), active=True,
            failed_attempts=0, created_at=now(),
        )
        s.add(user)
        s.flush()
        audit.append(s, actor, "user.add", {"user": name, "role": str(role), "judge_no": judge_no})
        return _info(user)


def change_pin(venue: VenueFile, actor: Actor, name: str, new_pin: str) -> None:
    if (msg := check_pin_format(new_pin)) is not None:
        raise ValidationError(msg, column="PIN")
    with venue.unit_of_work() as s:
        user = s.scalars(select(User).where(User.name == name)).first()
        if user is None:
            raise NotFound(tr("没有名为“{name}”的账号").format(name=name))
        if actor.name != name:
            require(actor, Role.HEAD_JUDGE, Role.ADMIN, action=tr("重设他人 PIN"))
            if not may_manage(actor, user.role):
                raise PermissionDenied(tr(
                    "{who}不能重设{role}“{name}”的 PIN：裁判长的 PIN 只能由裁判长本人修改；忘记时请用恢复码"
                    "（venuescore keys recover --new-pin）。").format(who=actor.label, role=role_label(user.role), name=name))
        user.pin_hash = security.hash_pin(new_pin)
        user.failed_attempts = 0
        user.locked_until = None
        audit.append(s, actor, "user.pin_changed", {"user": name, "role": role_label(user.role)})
