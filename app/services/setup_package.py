"""Committee → venue: the signed setup package (app.package.setup_format), made centrally, started from at the venue.

Central (``make``): item from the catalog, groups, date, place, head judge, the accounts to create (names and
roles, no PINs), item settings, the roster file and the committee's public keys, signed with the committee's
signing key (the certificate key of ``central signer init``).  Logged in the committee's log.

Venue (``create_venue_from``): verified first (fingerprint typed by the head judge, signature, item) — a refusal
creates nothing; then the venue file with the head judge's vault, the accounts (each with a fresh PIN shown once
to the head judge to hand out), the roster through the same checks as a spreadsheet import (all or nothing:
a bad roster removes the new file and its backups again), and the committee's keys.  The head judge then
registers the venue key with the committee for this item (``keys show``; ``central keys add --item``).
"""

from __future__ import annotations

import hashlib
import secrets
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app.catalog import load_catalog
from app.clock import now
from app.errors import ValidationError
from app.i18n import tr
from app.item_settings import ItemSettings
from app.package import setup_format
from app.package.zipsafe import write_zip
from app.roles import Role, role_label
from app.rules import text_policy
from app.services import audit, backup, central_recipient, certificates, committee, roster, users, venue
from app.services import vault as vault_service
from db.central.engine import CentralDb
from db.central.models import CentralEvent
from db.venue_file import VenueFile, lock_path

ROLE_NAMES = {"检录员": Role.CHECKIN, "裁判员": Role.JUDGE, "管理员": Role.ADMIN}


@dataclass(frozen=True)
class Account:
    name: str
    role: Role
    judge_no: str | None = None


def make(db: CentralDb, by: str, passphrase: str, *, item_no: int, competition_date: date, place: str,
         head_judge: str, accounts: list[Account], roster_file: Path, out_dir: Path,
         groups: list[str] | None = None, settings: ItemSettings | None = None) -> Path:
    """Write the signed setup package of one item into ``out_dir``."""
    by = text_policy.clean(by, text_policy.PERSON_NAME, tr("经办人"))
    if not by:
        raise ValidationError(tr("请填写经办人姓名"), column=tr("经办人"))
    roster_file = Path(roster_file)
    roster_name = "roster" + roster_file.suffix.lower()
    if roster_name not in setup_format.ROSTER_NAMES:
        raise ValidationError(tr("名单文件须为 .xlsx 或 .csv"), file=str(roster_file))
    item = load_catalog().item(item_no)
    keys = central_recipient.public_keys(db)
    key = certificates.unlock_committee_key(db, passphrase)
    data: dict[str, Any] = {
        "item": {"no": item.no, "name": item.name}, "groups": list(groups or []),
        "competition_date": competition_date.isoformat(), "place": place, "head_judge": head_judge,
        "accounts": [{"name": a.name, "role": a.role.value, "judge_no": a.judge_no} for a in accounts],
        "settings": (settings or ItemSettings()).checked().to_json(), "committee": keys.to_json(),
        "created_at": now().isoformat(timespec="seconds"), "created_by": by,
    }
    files = setup_format.build(data, roster_name, roster_file.read_bytes(), key)
    target = Path(out_dir) / setup_format.file_name(item.no, item.name)
    write_zip(target, files)
    with db.unit_of_work() as s:
        s.add(CentralEvent(at=now(), actor=by, action="setup.export", data={
            "item_no": item.no, "groups": data["groups"], "file": target.name,
            "sha256": hashlib.sha256(target.read_bytes()).hexdigest(), "accounts": len(accounts)}))
    return target


@dataclass(frozen=True)
class FromSetup:
    venue: VenueFile
    new_vault: vault_service.NewVault
    pins: list[tuple[str, str, str]]  # (name, role label, PIN): shown once, handed out by the head judge
    roster: roster.ImportReport
    fingerprint: str


def _accounts(setup: setup_format.Setup) -> list[Account]:
    out = []
    for a in setup.data.get("accounts", []):
        role = Role(a["role"])
        if role == Role.HEAD_JUDGE:
            continue  # the head judge is made with the venue, with the PIN they chose
        out.append(Account(str(a["name"]), role, a.get("judge_no")))
    return out


def create_venue_from(path: Path, venue_path: Path, typed_fingerprint: str, *, head_judge_pin: str,
                      passphrase: str, passphrase_confirm: str, expected_item: int | None = None) -> FromSetup:
    """新建赛场文件 from a setup package; a refused package or a bad roster leaves no file behind."""
    setup = setup_format.verify(Path(path), typed_fingerprint, expected_item)
    d = setup.data
    made, new_vault = venue.create_venue_with_vault(
        Path(venue_path), passphrase=passphrase, passphrase_confirm=passphrase_confirm, head_judge=d["head_judge"],
        head_judge_pin=head_judge_pin, item_no=setup.item_no, competition_date=date.fromisoformat(d["competition_date"]),
        venue_place=d["place"], groups=list(d.get("groups") or []), settings=ItemSettings.from_json(d["settings"]))
    try:
        head = users.sign_in(made, d["head_judge"], head_judge_pin)
        pins = []
        for a in _accounts(setup):
            pin = f"{secrets.randbelow(10**6):06d}"
            users.add_user(made, head, a.name, a.role, pin, judge_no=a.judge_no)
            pins.append((a.name, role_label(a.role), pin))
        with made.unit_of_work() as s:
            committee.store(s, head, setup.keys, "setup")
            audit.append(s, head, "venue.setup", {"item_no": setup.item_no, "fingerprint": setup.keys.fingerprint,
                                                   "accounts": len(pins)})
        with tempfile.TemporaryDirectory(prefix="venuescore-setup-") as tmp:  # private; removed afterwards
            roster_copy = Path(tmp) / setup.roster_name
            roster_copy.write_bytes(setup.roster)
            report = roster.import_roster(made, head, roster_copy)
    except BaseException:
        uid = backup.venue_identity(made)
        venue.discard(made)  # the half-made venue of a refused setup must not remain
        lock_path(Path(venue_path)).unlink(missing_ok=True)
        shutil.rmtree(backup.identity_folder(uid), ignore_errors=True)
        raise
    return FromSetup(made, new_vault, pins, report, setup.keys.fingerprint)


def parse_account(text: str) -> Account:
    """``姓名:角色[:裁判编号]`` as typed on the command line, e.g. ``李建国:裁判员:J1``."""
    parts = [p.strip() for p in text.replace("：", ":").split(":")]
    if len(parts) not in (2, 3) or parts[1] not in ROLE_NAMES or not parts[0]:
        raise ValidationError(tr("账号“{t}”格式应为 姓名:角色[:裁判编号]，角色为 检录员、裁判员 或 管理员").format(t=text))
    return Account(parts[0], ROLE_NAMES[parts[1]], parts[2] if len(parts) == 3 else None)
