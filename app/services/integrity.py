"""Checks run when a venue file is opened, before the CLI changes it, and on demand (`audit verify`):

1. SQLite's quick_check (integrity_check with ``full``);
2. the audit chain (every record re-hashed);
3. facts and audit agree both ways (app.services.audit_facts);
4. every signed checkpoint is valid and its head is still in the chain (app.services.checkpoints);
5. the chain extends the chain of every backup of this venue (app.services.backup.chain_problems).

Any failure means the file was changed outside VenueScore (or damaged): nothing may be written to it,
and the message says to restore from a backup.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.clock import now
from app.errors import IntegrityError
from app.fileio import replacing
from app.i18n import tr
from app.services import audit, audit_facts, backup, checkpoints, facts_stream
from db.venue_file import VenueFile

DEMO_ACTION = "demo.venue"  # app.services.demo marks the demo right after its venue.create


def is_demo(s: Session) -> bool:
    """The demo's copies share one identity and one starting state: their backups are not compared."""
    return s.execute(text("SELECT 1 FROM audit_record WHERE action = :a AND seq <= 3 LIMIT 1"),
                     {"a": DEMO_ACTION}).first() is not None


def identity_problem(s: Session) -> str | None:
    """The venue identity in venue_info must be the one the chain recorded (venue.create, or the upgrade's
    baseline): backups are found by it, so changing it alone would hide the file from its backups."""
    row = s.execute(text("SELECT venue_uid FROM venue_info WHERE id = 1")).first()
    current = row[0] if row else None
    for data_text in s.execute(text(
            "SELECT data FROM audit_record WHERE action IN ('venue.create', 'audit.baseline') ORDER BY seq")).scalars():
        try:
            recorded = json.loads(data_text).get("venue_uid")
        except (ValueError, AttributeError):
            continue
        if recorded:
            if recorded != current:
                return tr("赛场标识被改动：文件中为 {a}，审计记录中为 {b}").format(a=current, b=recorded)
            return None
    return None


@dataclass(frozen=True)
class IntegrityReport:
    sqlite_ok: bool
    sqlite_message: str
    chain: audit.ChainReport
    facts: audit_facts.FactReport | None = None
    checkpoints: checkpoints.CheckpointReport | None = None
    backups: backup.ChainCheck | None = None
    notes: tuple[str, ...] = field(default=())
    identity: str | None = None  # a venue identity that differs from the one the chain recorded

    @property
    def ok(self) -> bool:
        return (self.sqlite_ok and self.chain.ok and self.identity is None and (self.facts is None or self.facts.ok)
                and (self.checkpoints is None or self.checkpoints.ok) and (self.backups is None or self.backups.ok))

    def problems(self) -> list[str]:
        parts = []
        if not self.sqlite_ok:
            parts.append(tr("数据库检查未通过：{m}").format(m=self.sqlite_message))
        if not self.chain.ok:
            parts.append(tr("审计链断裂：{p}（有人在软件之外修改或删除了记录）").format(p=self.chain.problem))
        if self.identity is not None:
            parts.append(self.identity)
        if self.facts is not None and not self.facts.ok:
            parts.append(tr("数据与审计记录不一致：{p}（有人在软件之外修改了数据）").format(p=self.facts.describe()))
        if self.checkpoints is not None and not self.checkpoints.ok:
            parts.append(tr("签名检查点不符：{p}").format(p=self.checkpoints.describe()))
        if self.backups is not None and not self.backups.ok:
            parts.append(self.backups.problem or "")
        return parts

    def describe(self) -> str:
        if self.ok:
            text_ = tr("赛场文件完好：数据库检查通过，审计链 {n} 条记录完整").format(n=self.chain.records)
            if self.facts is not None:
                text_ += tr("，{n} 行事实与审计记录一致").format(n=self.facts.rows)
            if self.checkpoints is not None:
                text_ += tr("，{n} 个签名检查点有效").format(n=self.checkpoints.count)
            if self.backups is not None:
                text_ += tr("，与 {n} 个备份的审计历史一致").format(n=self.backups.checked)
            return text_ + "。" + "".join(self.notes)
        return "；".join(self.problems()) + tr("。请从备份恢复，或把文件交技术支持检查。")


def check(venue: VenueFile, full: bool = False, *, backups: bool = True) -> IntegrityReport:
    pragma = "integrity_check" if full else "quick_check"
    copies = _backups(venue) if backups else []
    with venue.unit_of_work() as s:
        rows = [r[0] for r in s.connection().execute(text(f"PRAGMA {pragma}"))]
        ok = rows == ["ok"]
        if not ok:  # a damaged file: the deeper checks would only fail on the damage
            return IntegrityReport(False, "; ".join(rows[:5]), audit.verify_chain(s))
        chain = audit.verify_chain(s)
        if not chain.ok:
            return IntegrityReport(True, "ok", chain)
        # One pass over the facts with flat memory when the trail is canonical; the whole comparison (which
        # names the first difference) whenever that pass does not find full agreement.
        facts = facts_stream.verify_streaming(s, chain) or audit_facts.verify(s)
        signed = checkpoints.verify(s)
        identity = identity_problem(s)
        found = None
        notes: tuple[str, ...] = ()
        if backups and is_demo(s):
            notes = (tr("（演示赛场：各份演示副本共用一个赛场标识，不与备份比对审计历史。）"),)
        elif backups:
            found = backup.chain_problems(s, copies)
            if found.discarded:
                notes = (tr("另有 {n} 个备份属于恢复前被替换的历史（见恢复记录）。").format(n=len(found.discarded)),)
    return IntegrityReport(True, "ok", chain, facts, signed, found, notes, identity)


def _backups(venue: VenueFile) -> list[backup.BackupInfo]:
    try:
        return backup.venue_backups(venue)
    except Exception:  # noqa: BLE001 - no identity or an unreadable table: the other checks name the damage
        return []


def require_sound(venue: VenueFile) -> IntegrityReport:
    """Refuse to go on (IntegrityError naming the problem and saying to restore) unless every check passes."""
    report = check(venue)
    if not report.ok:
        raise IntegrityError(tr("赛场文件未通过完整性检查，不能修改：") + report.describe())
    return report


# ------------------------------------------------------------------------------------------ the CLI's cache
#
# A CLI command that writes must not pay a whole check (seconds on a file of 100,000 records) when the file
# is byte for byte one that passed it.  After a command that passed the check (or `audit verify`) closes the
# file, the SHA-256 of the file's bytes is remembered per venue identity; the next command's guard hashes
# the file (a fraction of the check's cost) and runs the whole check unless the bytes are the same.  Any edit
# of the file by another tool changes its bytes, so it is checked in full.  The GUI on opening, `audit
# verify`, and lock, decryption, sign-off and export always run the whole check and never read this cache.


def _cache_path(uid: str) -> Path:
    return backup.backup_root().parent / "integrity" / f"{uid}.json"


def file_digest(path: Path) -> str:
    """SHA-256 of the venue file's bytes, and of its write-ahead log when that holds anything."""
    digest = hashlib.sha256()
    for part in (Path(path), Path(f"{path}-wal")):
        try:
            if part.stat().st_size == 0 and part.name.endswith("-wal"):
                continue  # an empty log (a reader opened the file) holds nothing
            with part.open("rb") as fh:
                for chunk in iter(partial(fh.read, 1 << 20), b""):
                    digest.update(chunk)
        except FileNotFoundError:
            continue
        digest.update(b"\x00--part--\x00")
    return digest.hexdigest()


def known_sound(venue: VenueFile) -> bool:
    """Whether the file's bytes are exactly those that last passed the whole check."""
    uid = backup.read_identity(venue.path)
    if uid is None:
        return False
    try:
        doc = json.loads(_cache_path(uid).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(doc, dict) and doc.get("sha256") == file_digest(venue.path)


def remember_sound(path: Path) -> None:
    """Record the closed file's bytes as sound (call only after a whole check passed in this process)."""
    uid = backup.read_identity(path)
    if uid is None:
        return
    target = _cache_path(uid)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with replacing(target) as tmp:
            tmp.write_text(json.dumps({"sha256": file_digest(path), "file": str(Path(path).resolve()),
                                       "at": now().isoformat(timespec="seconds")}), encoding="utf-8")
    except OSError:
        pass  # only a cache: the next command checks in full


def forget_sound(path: Path) -> None:
    uid = backup.read_identity(path)
    if uid is not None:
        _cache_path(uid).unlink(missing_ok=True)
