"""The committee's public keys at the venue: what result packages and USB backups are encrypted to.

A venue gets them from its setup package or, without one, from the committee's public-key file
(``组委会公钥文件``).  Either way the head judge compares the fingerprint with the one printed on the
committee's letter and types (or confirms) it: a key file swapped on the way would otherwise make the
venue encrypt its results to a stranger.  Stored in ``setting['committee_keys']`` (public data only),
and every change is audited.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.i18n import tr
from app.package.committee_keys import CommitteeKeys, normalise_fingerprint
from app.roles import Actor, Role, require
from app.services import audit, settings_rows
from db.models import Setting
from db.venue_file import VenueFile

SETTING_KEY = "committee_keys"


def read_file(path: Path) -> CommitteeKeys:
    """The keys in a committee public-key file (not yet trusted: compare the fingerprint first)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(tr("无法读取组委会公钥文件 {p}：{err}").format(p=path.name, err=exc), file=str(path)) from exc
    return CommitteeKeys.parse(text)


def keys_in(s: Session) -> CommitteeKeys | None:
    row = s.get(Setting, SETTING_KEY)
    return CommitteeKeys.from_json(row.value) if row is not None and row.value else None


def current(venue: VenueFile) -> CommitteeKeys | None:
    """The committee keys this venue encrypts to, or None while none were confirmed."""
    with venue.unit_of_work() as s:
        return keys_in(s)


def require_keys(s: Session) -> CommitteeKeys:
    found = keys_in(s)
    if found is None:
        raise NotFound(tr("本赛场还没有组委会公钥：请裁判长在“成绩包”页导入组委会公钥文件并核对指纹"
                          "（或 venuescore committee import），或用组委会的赛场设置包新建赛场文件。"))
    return found


def store(s: Session, actor: Actor, keys: CommitteeKeys, source: str) -> None:
    """Keep ``keys`` (already confirmed by fingerprint) in the venue file, audited."""
    old = settings_rows.put(s, SETTING_KEY, keys.to_json())
    before = old.get("fingerprint") if isinstance(old, dict) else None
    audit.append(s, actor, "committee.keys", {**keys.to_json(), "source": source, "replaced": before})


def confirm(keys: CommitteeKeys, typed_fingerprint: str) -> None:
    """The head judge's confirmation: the fingerprint read from the committee's letter must match."""
    if normalise_fingerprint(typed_fingerprint) != normalise_fingerprint(keys.fingerprint):
        raise ValidationError(tr("指纹不符：文件的指纹是 {fp}，与您输入的不同。请勿使用此文件，向组委会核实。").format(
            fp=keys.fingerprint), column=tr("指纹"))


def install(venue: VenueFile, actor: Actor, keys: CommitteeKeys, typed_fingerprint: str) -> CommitteeKeys:
    """Head judge: trust ``keys`` after comparing the fingerprint with the committee's printed one."""
    require(actor, Role.HEAD_JUDGE, action=tr("导入组委会公钥"))
    confirm(keys, typed_fingerprint)
    with venue.unit_of_work() as s:
        store(s, actor, keys, "file")
    return keys
