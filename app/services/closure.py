"""After the competition: the venue's encrypted archive for the committee (issue 12, first step of closing).

``write_archive`` copies the whole venue file (roster, scores, audit trail, vault) with SQLite's backup API into
a private temporary folder and writes only its age encryption to the **committee's** recipient
(``<NN>-<item>-赛场档案-<date>.venue.age``; no personal data in the name).  The committee opens it with
``age -d -i 组委会私钥.txt`` and keeps it as long as its retention rule says (docs/privacy.md).

``close_venue`` then erases names, ID numbers and phones from the venue file and its local backups
(app/services/closure_erase.py: a signed, recorded redaction that `audit verify` accepts), once the head judge
confirms the committee accepted the final revision, that revision was exported and the archive written after it.
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.clock import now
from app.errors import NotFound, StateError, ValidationError
from app.i18n import tr
from app.package import encrypted
from app.package.export import package_file_name
from app.roles import Actor, Role, require
from app.services import audit, backup, checkpoints, closure_erase, committee, integrity, package, venue_keys
from db.models import AuditRecord, VenueInfo
from db.venue_file import VenueFile, copy_database


def archive_name(item_no: int, item_name: str, day: str) -> str:
    return package_file_name(item_no, item_name, [], 0).split("-全部-")[0] + f"-赛场档案-{day}.venue.age"


def write_archive(venue: VenueFile, actor: Actor, out_dir: Path) -> Path:
    """Head judge: the whole venue file, encrypted to the committee only, written into ``out_dir``."""
    require(actor, Role.HEAD_JUDGE, action=tr("生成赛场档案"))
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise NotFound(tr("文件夹 {p} 不存在").format(p=out_dir))
    integrity.require_sound(venue)  # an archive of a file changed outside the app would mislead the committee
    with venue.unit_of_work() as s:
        keys = committee.require_keys(s)
        info = s.get(VenueInfo, 1)
        assert info is not None
        target = out_dir / archive_name(info.item_no, info.item_name, now().strftime("%Y%m%d"))
        # The record goes in first, so the archive holds its own archiving (and the committee sees it).
        audit.append(s, actor, "venue.archive", {"file": target.name, "recipient": keys.recipient})
    with tempfile.TemporaryDirectory(prefix="venuescore-archive-") as tmp:  # private (0700), removed afterwards
        copy = Path(tmp) / "archive.venue"
        copy_database(venue.engine, copy)
        data = copy.read_bytes()
    encrypted.write_encrypted(target, data, [keys.recipient])
    with venue.unit_of_work() as s:
        audit.append(s, actor, "venue.archive.written", {"file": target.name,
                                                         "sha256": hashlib.sha256(data).hexdigest()})
    return target


@dataclass(frozen=True)
class Closed:
    records_redacted: int
    rows_changed: int
    backups_deleted: int
    warnings: tuple[str, ...]


def _last_seq(s: object, action: str) -> int:
    return s.scalar(select(AuditRecord.seq).where(AuditRecord.action == action)  # type: ignore[attr-defined,no-any-return]
                    .order_by(AuditRecord.seq.desc()).limit(1)) or 0


def close_venue(venue: VenueFile, actor: Actor, passphrase: str, *, committee_accepted: bool) -> Closed:
    """Head judge: erase the roster's names, ID numbers and phones from the file and its local backups."""
    require(actor, Role.HEAD_JUDGE, action=tr("关闭赛场"))
    if not committee_accepted:
        raise ValidationError(tr("请先确认组委会已接收本赛场的最终版本（书面回执或组委会通知）。"))
    with venue.unit_of_work() as s:
        if _last_seq(s, closure_erase.CLOSE_ACTION):
            raise StateError(tr("本赛场已关闭。"))
    integrity.require_sound(venue)
    st = package.status(venue, actor)
    if st.revision is None or st.last_export is None or st.changed_since_export:
        raise StateError(tr("最新签字版本尚未导出成绩包，不能关闭赛场。"))
    with venue.unit_of_work() as s:
        if _last_seq(s, "venue.archive.written") < _last_seq(s, "package.export"):
            raise StateError(tr("请先在最后一次导出之后生成赛场档案（交组委会），再关闭赛场。"))
    key = venue_keys.unlock(venue, actor, passphrase)  # a wrong passphrase stops here, nothing changed
    venue.before_write()
    with venue.unit_of_work() as s:
        redacted, changed = closure_erase.erase(s)
        audit.append(s, actor, "venue.close", {"redacted": redacted, "rows_changed": changed})  # CLOSE_ACTION
        checkpoints.sign(s, actor, key, checkpoints.CLOSE, "venue")
    deleted = _delete_local_backups(venue)
    raw = venue.engine.raw_connection()
    try:  # no freed page and no WAL frame keeps an erased value
        raw.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    finally:
        raw.close()
    made = backup.backup_now(venue, "after-close")
    return Closed(len(redacted), changed, deleted, made.warnings)


def _delete_local_backups(venue: VenueFile) -> int:
    """The laptop's backups of this venue hold the roster: all go (the USB copies are encrypted; the archive is
    with the committee)."""
    n = 0
    for b in backup.venue_backups(venue):
        if b.encrypted:
            continue
        b.path.unlink(missing_ok=True)
        b.path.with_name(b.path.name + ".json").unlink(missing_ok=True)
        n += 1
    return n
