"""Creating a venue file and reading its identity and settings."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import __version__, sealing
from app.catalog import load_catalog
from app.clock import now
from app.errors import Collected, NotFound, ValidationError
from app.i18n import tr
from app.item_settings import SETTINGS_KEY, ItemSettings
from app.roles import Actor, Role, require
from app.rules import text_policy
from app.services import audit, settings_rows, users, vault, venue_keys
from app.services.venue_identity import VenueIdentity, identity_fields
from db.models import CompetitionGroup, Setting, User, VenueInfo
from db.venue_file import VenueFile, open_venue


@dataclass(frozen=True)
class VenueSummary(VenueIdentity):
    path: str
    groups: tuple[str, ...]


def create_venue(
    path: Path,
    *,
    item_no: int,
    competition_date: date,
    venue_place: str,
    head_judge: str,
    head_judge_pin: str,
    groups: list[str] | None = None,
    settings: ItemSettings | None = None,
) -> VenueFile:
    """Make a new venue file for one catalog item; the head judge becomes its first account."""
    catalog = load_catalog()
    item = catalog.item(item_no)
    problems = Collected()

    def cleaned(raw: str, rule: text_policy.FieldRule, column: str, empty: str | None) -> str:
        checked = text_policy.check_text(raw, rule)
        if checked.problem is not None:
            problems.add(checked.problem, column=column, value=text_policy.visible(raw))
        elif empty is not None and not checked.text:
            problems.add(empty, column=column)
        return checked.text

    venue_place = cleaned(venue_place, text_policy.UNIT, tr("比赛地点"), tr("请填写比赛地点"))
    head_judge = cleaned(head_judge, text_policy.PERSON_NAME, tr("裁判长"), tr("请填写裁判长姓名"))
    if (msg := users.check_pin_format(head_judge_pin)) is not None:
        problems.add(msg, column=tr("裁判长 PIN"))
    clean_groups = [g for g in (cleaned(raw, text_policy.SHORT, tr("组别"), None) for raw in groups or []) if g]
    if len(set(clean_groups)) != len(clean_groups):
        problems.add(tr("组别名称重复"), column=tr("组别"), value="、".join(clean_groups))
    problems.raise_if_any(tr("无法创建赛场文件"))

    venue = open_venue(Path(path), create=True)
    try:
        users.add_user(venue, None, head_judge, Role.HEAD_JUDGE, head_judge_pin)
        uid = uuid.uuid4().hex
        with venue.unit_of_work() as s:
            actor = _actor_for(s, head_judge)
            s.add(
                VenueInfo(
                    id=1,
                    competition_name=catalog.competition.name,
                    organiser=catalog.competition.organiser,
                    item_no=item.no,
                    item_name=item.name,
                    host_unit=item.host_unit,
                    contact=item.contact,
                    phone=item.phone,
                    competition_date=competition_date,
                    venue_place=venue_place,
                    head_judge=head_judge,
                    venue_uid=uid,
                    created_at=now(),
                    created_with=__version__,
                )
            )
            for i, name in enumerate(clean_groups):
                s.add(CompetitionGroup(name=name, sort=i))
            s.add(Setting(key=SETTINGS_KEY, value=(settings or ItemSettings()).checked().to_json()))
            audit.append(
                s,
                actor,
                "venue.create",
                # The identity is anchored in the chain: changing it in venue_info alone is found by the check.
                {"item_no": item.no, "item": item.name, "date": competition_date.isoformat(), "groups": clean_groups,
                 "venue_uid": uid},
            )
    except BaseException:
        discard(venue)
        raise
    return venue


def discard(venue: VenueFile) -> None:
    """Remove a venue file whose creation failed half-way (it never held anything of value)."""
    venue.close()
    for p in (venue.path, Path(str(venue.path) + "-wal"), Path(str(venue.path) + "-shm")):
        p.unlink(missing_ok=True)


def create_venue_with_vault(path: Path, *, passphrase: str, passphrase_confirm: str, head_judge: str,
                            head_judge_pin: str, **details: Any) -> tuple[VenueFile, vault.NewVault]:
    """A new venue file with the head judge's vault (passphrase, signing key, recovery code), as the new-venue
    dialog and ``venuescore new --passphrase`` make it: all of it, or no file at all."""
    if passphrase != passphrase_confirm:
        raise ValidationError(tr("两次输入的口令不一致"), column=tr("裁判长口令"))
    if (problem := sealing.passphrase_problem(passphrase, avoid=(head_judge, head_judge_pin))) is not None:
        raise ValidationError(problem, column=tr("裁判长口令"))
    venue = create_venue(path, head_judge=head_judge, head_judge_pin=head_judge_pin, **details)
    try:
        head = users.sign_in(venue, head_judge.strip(), head_judge_pin)
        made = vault.create(venue, head, passphrase, passphrase_confirm, adopt=venue_keys.laptop_key(passphrase))
    except BaseException:
        discard(venue)
        raise
    return venue, made


def _actor_for(session: Session, name: str) -> Actor:
    user = session.scalars(select(User).where(User.name == name)).one()
    return Actor(user.name, Role(user.role), user.id)


def summary(venue: VenueFile) -> VenueSummary:
    with venue.unit_of_work() as s:
        info = s.get(VenueInfo, 1)
        if info is None:
            raise NotFound(tr("赛场文件缺少项目信息（文件可能未创建完成）。请重新创建或从备份恢复。"))
        groups = tuple(s.scalars(select(CompetitionGroup.name).order_by(CompetitionGroup.sort)))
        return VenueSummary(path=str(venue.path), groups=groups, **identity_fields(info))


def get_settings(venue: VenueFile) -> ItemSettings:
    with venue.unit_of_work() as s:
        row = s.get(Setting, SETTINGS_KEY)
        return ItemSettings.from_json(row.value if row else {})


def update_settings(venue: VenueFile, actor: Actor, new: ItemSettings) -> ItemSettings:
    require(actor, Role.HEAD_JUDGE, action=tr("修改项目设置"))
    new = new.checked()
    with venue.unit_of_work() as s:
        old = settings_rows.put(s, SETTINGS_KEY, new.to_json(), missing={})
        audit.append(s, actor, "settings.update", {"old": old, "new": new.to_json()})
    return new
