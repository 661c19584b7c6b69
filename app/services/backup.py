"""Backups with SQLite's online backup API, kept per venue identity, and a restore that checks before it swaps.

Where: ``<data folder>/backups/<venue_uid>/`` and, when set, ``<second folder>/VenueScore-backups/<venue_uid>/``
(e.g. a USB stick).  Per identity, never per file name: five files called ``demo.venue`` are five venues.
Each backup ``<venue>-<YYYYmmdd-HHMMSS-mmm>-<reason>.venue`` is a complete, self-contained SQLite file
(WAL folded in) with a small manifest beside it (``….venue.json``: venue identity, the venue file's path,
reason, time, the audit chain's head), so the backups of a file can be found without opening the file —
a damaged venue file's identity cannot be read.

Privacy (issue 12): backups in the data folder are owner-only (folder 0700, files 0600).  Backups on the second
folder (the USB stick, which leaves the laptop) are age files (``….venue.age``) encrypted to the head judge's vault
recipient and, once imported, the committee's recipient; their manifest carries the vault's passphrase wrap (the
same wrap any copy of the venue file holds), so ``restore`` opens them with the head judge's passphrase and the
committee with its identity.  Without a vault nothing is written to the stick (a warning): never a clear copy.

Milestone backups (before imports, after lock, sign-off and export) are never pruned;
of the others (periodic, manual) the newest ``KEEP`` are kept per folder.

Every backup carries its audit chain head: ``chain_problems`` checks that the venue file's chain extends
every backup's chain (a rewritten history contradicts the older copies) and names the one that does not.
Restore (``restore``) is a head judge's or administrator's action with PIN, accepts only a backup of the
same venue identity, checks it, keeps the replaced file and appends a restore record to the restored file.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from app import security
from app.clock import now
from app.errors import IntegrityError, PermissionDenied, StateError, VenueFileError
from app.fileio import replacing
from app.i18n import label_of, tr
from app.roles import Actor, Role, require
from app.services import audit
from db import migrate
from db.models import Setting
from db.venue_file import VenueFile, copy_database, lock_path

KEEP = 30  # periodic/manual backups kept per folder and venue; milestones are kept on top of these
FOLDER_KEY = "backup_folder"
SUBFOLDER = "VenueScore-backups"
MANIFEST_SUFFIX = ".json"
MANIFEST_FORMAT = 1
RESTORE_ACTION = "backup.restore"
SUFFIX, ENCRYPTED_SUFFIX = ".venue", ".venue.age"


REASON_LABELS = {
    "manual": "手动",
    "periodic": "定时",
    "before-roster-import": "导入名单前",
    "before-scheme-import": "导入评分标准前",
    "before-score-import": "导入成绩前",
    "after-lock": "锁定后",
    "after-signoff": "签字确认后",
    "after-export": "导出成绩包后",
    "after-close": "关闭赛场后",
}
# Never pruned by the periodic ones: the states people rely on (and that a flood of backups must not push out).
MILESTONES = frozenset({"before-roster-import", "before-scheme-import", "before-score-import", "after-lock",
                        "after-signoff", "after-export", "after-close"})


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    at: datetime
    reason: str
    size: int
    venue_uid: str | None = None
    head_seq: int | None = None  # the backup's audit chain head when it was taken (from its manifest)
    head_hash: str | None = None
    venue_path: str | None = None

    @property
    def reason_label(self) -> str:
        return label_of(REASON_LABELS, self.reason)

    @property
    def milestone(self) -> bool:
        return self.reason in MILESTONES

    @property
    def encrypted(self) -> bool:
        """A USB backup (age file): opened only with the head judge's passphrase (or the committee's identity)."""
        return self.path.name.endswith(ENCRYPTED_SUFFIX)


@dataclass(frozen=True)
class BackupResult:
    written: tuple[BackupInfo, ...]
    warnings: tuple[str, ...]  # e.g. the USB stick was not there; the data-folder copy still succeeded


@dataclass(frozen=True)
class BackupCheck:
    ok: bool
    problems: tuple[str, ...]
    audit_records: int = 0


# ------------------------------------------------------------------------------------------ where


def backup_root() -> Path:
    from platformdirs import user_data_path

    base = Path(os.environ.get("VENUESCORE_DATA_DIR") or user_data_path("VenueScore", appauthor=False))
    return base / "backups"


def identity_folder(uid: str, extra: Path | None = None) -> Path:
    """This venue's backups in the data folder, or (``extra``) on the second folder."""
    return (extra / SUBFOLDER if extra is not None else backup_root()) / uid


def legacy_folder(venue_path: Path, extra: Path | None = None) -> Path:
    """Where versions before per-identity folders put a file's backups (by file name)."""
    return (extra / SUBFOLDER if extra is not None else backup_root() / Path(venue_path).stem)


def second_folder(venue: VenueFile) -> Path | None:
    with venue.unit_of_work() as s:
        row = s.get(Setting, FOLDER_KEY)
        return Path(row.value) if row and row.value else None


def set_second_folder(venue: VenueFile, actor: Actor, folder: Path | None) -> None:
    require(actor, Role.HEAD_JUDGE, Role.ADMIN, action=tr("设置备份文件夹"))
    if folder is not None and not Path(folder).is_dir():
        raise VenueFileError(tr("备份文件夹 {f} 不存在或不是文件夹").format(f=folder), file=str(folder))
    with venue.unit_of_work() as s:
        row = s.get(Setting, FOLDER_KEY)
        value = str(folder) if folder else None
        if row is None:
            if value is not None:  # clearing a folder never set: nothing to store (the column is NOT NULL)
                s.add(Setting(key=FOLDER_KEY, value=value))
        else:
            row.value = value
        audit.append(s, actor, "backup.folder", {"folder": value})


# ------------------------------------------------------------------------------------------ identity


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _first_row(path: Path, sql: str, *params: object) -> Any:
    """The first row ``sql`` gives on the file at ``path`` opened read-only (None for none); sqlite3.Error when
    the file cannot be read as a database."""
    conn = _read_only(path)
    try:
        return conn.execute(sql, params).fetchone()
    finally:
        conn.close()


def read_identity(path: Path) -> str | None:
    """The venue identity stored in a venue file or backup, or None if it cannot be read."""
    try:
        row = _first_row(path, "SELECT venue_uid FROM venue_info WHERE id = 1")
    except sqlite3.Error:
        return None
    return str(row[0]) if row and row[0] else None


def read_head(path: Path) -> tuple[int, str] | None:
    """(seq, hash) of the newest audit record in a venue file or backup; None if it cannot be read."""
    try:
        row = _first_row(path, "SELECT seq, hash FROM audit_record ORDER BY seq DESC LIMIT 1")
    except sqlite3.Error:
        return None
    return (int(row[0]), str(row[1])) if row else (0, audit.GENESIS)


def _hash_at(path: Path, seq: int) -> str | None:
    try:
        row = _first_row(path, "SELECT hash FROM audit_record WHERE seq = ?", seq)
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def venue_identity(venue: VenueFile) -> str:
    from db.models import VenueInfo

    with venue.unit_of_work() as s:
        info = s.get(VenueInfo, 1)
        uid = info.venue_uid if info else None
    if not uid:
        raise IntegrityError(tr("赛场文件缺少赛场标识（venue_uid），无法按赛场管理备份。请从备份恢复或联系技术支持。"))
    return uid


def identity_of_path(venue_path: Path) -> str | None:
    """A venue file's identity: read from the file, or — when it is damaged — from the manifests of the
    backups taken of that path."""
    venue_path = Path(venue_path)
    uid = read_identity(venue_path) if venue_path.exists() else None
    if uid:
        return uid
    wanted = str(venue_path.resolve())
    newest: tuple[str, str] | None = None
    root = backup_root()
    if root.is_dir():
        for manifest in root.glob(f"*/*.venue{MANIFEST_SUFFIX}"):
            doc = _load_manifest(manifest)
            if doc and doc.get("venue_path") == wanted and doc.get("venue_uid"):
                stamp = str(doc.get("at", ""))
                if newest is None or stamp > newest[0]:
                    newest = (stamp, str(doc["venue_uid"]))
    return newest[1] if newest else None


# ------------------------------------------------------------------------------------------ making


def _manifest_path(backup_file: Path) -> Path:
    return backup_file.with_name(backup_file.name + MANIFEST_SUFFIX)


def _load_manifest(path: Path) -> dict[str, Any] | None:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return doc if isinstance(doc, dict) else None


def _write_manifest(backup_file: Path, doc: dict[str, Any]) -> None:
    with replacing(_manifest_path(backup_file)) as tmp:
        tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
        os.chmod(tmp, 0o600)


def _private_folder(folder: Path) -> None:
    """The data folder's backups: owner-only (another account on the laptop must not read the roster)."""
    folder.mkdir(parents=True, exist_ok=True)
    for part in (backup_root(), folder):  # both made by us; the files inside are 0600 as well
        with contextlib.suppress(OSError):
            os.chmod(part, 0o700)


@dataclass(frozen=True)
class _StickKeys:
    recipients: list[str]
    vault_wrap: dict[str, str]


def _stick_keys(venue: VenueFile) -> _StickKeys | None:
    """Who can open a USB backup: the head judge's vault and (once imported) the committee; None without a vault."""
    from app.services import committee
    from db.models import Vault

    with venue.unit_of_work() as s:
        row = s.get(Vault, 1)
        keys = committee.keys_in(s)
        if row is None:
            return None
        wrap = {"seal_recipient": row.seal_recipient, "by_passphrase": row.by_passphrase}
    return _StickKeys([row.seal_recipient] + ([keys.recipient] if keys else []), wrap)


def backup_now(venue: VenueFile, reason: str) -> BackupResult:
    """Write a backup to every backup folder; a failing second folder is a warning, not a failure."""
    at = now()
    stamp = at.strftime("%Y%m%d-%H%M%S-%f")[:-3]
    safe_reason = "".join(ch for ch in reason if ch.isalnum() or ch in "-_") or "manual"
    name = f"{venue.path.stem}-{stamp}-{safe_reason}{SUFFIX}"
    uid = venue_identity(venue)
    with venue.unit_of_work() as s:
        seq, head = audit.head(s)
    extra = second_folder(venue)
    folders = [identity_folder(uid)] + ([identity_folder(uid, extra)] if extra is not None else [])
    written: list[BackupInfo] = []
    warnings: list[str] = []
    for i, folder in enumerate(folders):
        try:
            manifest: dict[str, Any] = {}
            if i == 0:
                _private_folder(folder)
                target = folder / name
                copy_database(venue.engine, target)
                os.chmod(target, 0o600)
            else:
                # The chosen second folder must exist (a pulled-out USB stick must not be recreated on disk).
                if not (extra is not None and extra.is_dir()):
                    raise FileNotFoundError(str(extra))
                keys = _stick_keys(venue)
                if keys is None:
                    warnings.append(tr("未备份到 U 盘 {f}：U 盘上的备份须加密，请裁判长先设置口令和密钥。").format(f=extra))
                    continue
                folder.mkdir(parents=True, exist_ok=True)
                target = folder / (name + ".age")
                _write_encrypted_copy(venue, written[0].path if written else None, target, keys.recipients)
                manifest = {"encrypted": True, "vault": keys.vault_wrap}
            info = BackupInfo(target, at, safe_reason, target.stat().st_size, uid, seq, head,
                              str(Path(venue.path).resolve()))
            _write_manifest(target, {"format": MANIFEST_FORMAT, "venue_uid": uid, "venue_path": info.venue_path,
                                     "reason": safe_reason, "milestone": info.milestone,
                                     "at": at.isoformat(timespec="microseconds"),
                                     "head": {"seq": seq, "hash": head}, **manifest})
            written.append(info)
            _rotate(folder)
        except (OSError, sqlite3.Error) as exc:
            if i == 0 and extra is None:
                raise VenueFileError(tr("备份失败：{err}。请检查磁盘空间。").format(err=exc), file=str(folder)) from exc
            warnings.append(tr("无法备份到 {f}：{err}（U 盘是否已拔出？）").format(f=folder, err=exc))
    if not written:
        raise VenueFileError(tr("备份失败：所有备份位置都不可写。") + " " + "；".join(warnings))
    return BackupResult(tuple(written), tuple(warnings))


def _write_encrypted_copy(venue: VenueFile, plain: Path | None, target: Path, recipients: list[str]) -> None:
    """The USB copy: the local backup just taken (same moment), or a fresh private copy, encrypted."""
    from app.package import encrypted

    if plain is not None:
        encrypted.write_encrypted(target, plain.read_bytes(), recipients)
        return
    with tempfile.TemporaryDirectory(prefix="venuescore-backup-") as tmp:  # private (0700) and removed
        copy = Path(tmp) / "copy.venue"
        copy_database(venue.engine, copy)
        encrypted.write_encrypted(target, copy.read_bytes(), recipients)


def _parse_name(path: Path) -> tuple[datetime, str] | None:
    """Time and reason from ``<stem>-YYYYmmdd-HHMMSS-mmm-<reason>.venue[.age]`` (the stem may contain '-')."""
    suffix = ENCRYPTED_SUFFIX if path.name.endswith(ENCRYPTED_SUFFIX) else SUFFIX
    parts = path.name[: -len(suffix)].split("-")
    for i in range(len(parts) - 3):
        try:
            at = datetime.strptime("-".join(parts[i:i + 3]), "%Y%m%d-%H%M%S-%f").astimezone()
        except ValueError:
            continue
        reason = "-".join(parts[i + 3:])
        return (at, reason) if reason else None
    return None


def _info(path: Path) -> BackupInfo | None:
    doc = _load_manifest(_manifest_path(path)) or {}
    parsed = _parse_name(path)
    try:
        at = datetime.fromisoformat(doc["at"]) if "at" in doc else (parsed[0] if parsed else None)
        size = path.stat().st_size
    except (ValueError, TypeError, OSError):
        return None
    if at is None:
        return None
    head: dict[str, Any] = doc["head"] if isinstance(doc.get("head"), dict) else {}
    return BackupInfo(path, at, str(doc.get("reason") or (parsed[1] if parsed else "manual")), size,
                      doc.get("venue_uid"), head.get("seq"), head.get("hash"), doc.get("venue_path"))


# folder → (its files' names, sizes and change times; what _in found there).  The status bar asks for the last
# backup after every change (every typed score): the manifests are read again only when a file changed.
_LISTED: dict[Path, tuple[tuple[tuple[str, int, int, int], ...], list[BackupInfo]]] = {}


def _signature(folder: Path) -> tuple[tuple[str, int, int, int], ...]:
    out = []
    with os.scandir(folder) as entries:
        for e in entries:
            st = e.stat()
            out.append((e.name, st.st_ino, st.st_size, st.st_mtime_ns))  # a file replaced by rename: another inode
    return tuple(sorted(out))


def _in(folder: Path) -> list[BackupInfo]:
    if not folder.is_dir():
        return []
    try:
        signature = _signature(folder)
    except OSError:
        signature = None
    kept = _LISTED.get(folder)
    if signature is not None and kept is not None and kept[0] == signature:
        return list(kept[1])
    found = [*folder.glob(f"*{SUFFIX}"), *folder.glob(f"*{ENCRYPTED_SUFFIX}")]
    infos = [i for p in found if not p.name.startswith(".") and (i := _info(p)) is not None]
    if signature is not None:
        _LISTED[folder] = (signature, infos)
    return list(infos)


def _rotate(folder: Path) -> None:
    """Prune the oldest periodic/manual backups beyond KEEP; milestones stay."""
    ordinary = sorted((i for i in _in(folder) if not i.milestone), key=lambda b: b.at)
    for old in ordinary[:-KEEP] if KEEP else ordinary:
        old.path.unlink(missing_ok=True)
        _manifest_path(old.path).unlink(missing_ok=True)


def list_backups(venue_path: Path, extra: Path | None = None, uid: str | None = None) -> list[BackupInfo]:
    """This venue's backups, newest first, from the data folder and the second folder.

    Found by the venue's identity (read from the file or, for a damaged file, from the backups' manifests
    naming its path).  Backups made by versions that kept them per file name are included when the
    identity inside them matches.
    """
    uid = uid or identity_of_path(Path(venue_path))
    if uid is None:
        return []
    found: list[BackupInfo] = []
    for base in [None] + ([extra] if extra else []):
        found += _in(identity_folder(uid, base))
        legacy = legacy_folder(venue_path, base)
        if legacy.is_dir():
            stem = Path(venue_path).stem
            for p in legacy.glob(f"{stem}-*.venue"):
                info = _info(p)
                if info is not None and read_identity(p) == uid:
                    found.append(info)
    return sorted(found, key=lambda b: b.at, reverse=True)


def venue_backups(venue: VenueFile) -> list[BackupInfo]:
    """This open venue's backups (both folders), newest first."""
    return list_backups(venue.path, second_folder(venue), venue_identity(venue))


def newest_sound_backup(venue_path: Path, extra: Path | None = None) -> BackupInfo | None:
    """The newest backup of the venue at ``venue_path`` that passes ``check_backup``, or None.

    The one place that answers "which backup do we offer?" for a damaged venue file (CLI and GUI).
    Candidates come from ``list_backups`` (newest first: by the venue's identity, or for a damaged file by
    the path the backups' manifests name), so where backups are found is decided there.
    """
    for candidate in list_backups(venue_path, extra):
        if check_backup(candidate.path).ok:
            return candidate
    return None


def last_backup_time(venue: VenueFile | Path) -> datetime | None:
    """When this venue (by identity) was last backed up."""
    backups = venue_backups(venue) if isinstance(venue, VenueFile) else list_backups(Path(venue))
    return backups[0].at if backups else None


# ------------------------------------------------------------------------------------------ checking


def check_backup(path: Path) -> BackupCheck:
    """Open read-only; integrity check; known schema; audit chain intact."""
    if Path(path).name.endswith(ENCRYPTED_SUFFIX):
        return BackupCheck(False, (tr("这是加密的 U 盘备份：恢复时输入裁判长口令，解密后才能检查。"),))
    problems: list[str] = []
    try:
        conn = _read_only(path)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                problems.append(tr("数据库完整性检查未通过：{r}").format(r=result))
            rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if rev is None or rev[0] not in migrate.known_revisions():
                problems.append(tr("备份的数据结构版本未知（可能来自更新版本的软件）"))
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return BackupCheck(False, (tr("无法打开备份：{err}").format(err=exc),))
    if problems:
        return BackupCheck(False, tuple(problems))
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with Session(engine) as s:
            report = audit.verify_chain(s)
    except Exception as exc:  # noqa: BLE001 - an unreadable table is a failed check, named
        return BackupCheck(False, (tr("无法读取审计记录：{err}").format(err=exc),))
    finally:
        engine.dispose()
    if not report.ok:
        return BackupCheck(False, (tr("审计链断裂：{p}").format(p=report.problem),), report.records)
    return BackupCheck(True, (), report.records)


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    checked: int  # backups compared
    problem: str | None = None
    backup: Path | None = None  # the backup that contradicts the file
    discarded: tuple[Path, ...] = ()  # backups of a history a recorded restore set aside


def _restores(s: Session) -> list[tuple[int, datetime, int, str]]:
    """(seq, at, base seq, base hash) of every restore recorded in the current chain."""
    from sqlalchemy import select

    from db.models import AuditRecord

    out = []
    for rec in s.scalars(select(AuditRecord).where(AuditRecord.action == RESTORE_ACTION).order_by(AuditRecord.seq)):
        base = rec.data.get("backup_head") if isinstance(rec.data, dict) else None
        if isinstance(base, dict) and isinstance(base.get("seq"), int) and isinstance(base.get("hash"), str):
            out.append((rec.seq, rec.at, base["seq"], base["hash"]))
    return out


def chain_problems(s: Session, backups: list[BackupInfo]) -> ChainCheck:
    """The venue file's audit chain must extend the chain of every backup of it.

    A backup's head (read from the backup file itself, not its manifest) must be a record of the current
    chain with the same hash.  The only accepted exception is a history a recorded restore set aside: the
    backup passes through the restore's base record and was taken before the restore.
    """
    from sqlalchemy import select

    from db.models import AuditRecord

    top = s.scalar(select(AuditRecord.seq).order_by(AuditRecord.seq.desc()).limit(1)) or 0
    # An encrypted (USB) backup cannot be read without the passphrase: its manifest's head stands in for it.
    heads = {b.path: (_manifest_head(b) if b.encrypted else read_head(b.path)) for b in backups}
    wanted = {h[0] for h in heads.values() if h is not None}
    restores = _restores(s)
    wanted |= {base_seq for _r, _at, base_seq, _h in restores}
    hashes = dict(s.execute(select(AuditRecord.seq, AuditRecord.hash).where(AuditRecord.seq.in_(wanted))).all())
    discarded: list[Path] = []
    checked = 0
    for b in sorted(backups, key=lambda b: b.at):
        head = heads[b.path]
        if head is None:
            continue  # unreadable copy: check_backup names it when someone wants to use it
        checked += 1
        seq, digest = head
        if seq == 0 or hashes.get(seq) == digest:
            continue
        if any(b.at <= at and (b.encrypted or _hash_at(b.path, base_seq) == base_hash)
               and hashes.get(base_seq) == base_hash for _r, at, base_seq, base_hash in restores):
            discarded.append(b.path)
            continue
        if _replaced_by(s, b.path):
            discarded.append(b.path)  # this file is (a copy of) a history that a restore in the backup set aside
            continue
        if seq <= top:
            why = tr("备份中第 {seq} 条审计记录与赛场文件中的不同").format(seq=seq)
        else:
            why = tr("备份中有 {seq} 条审计记录，赛场文件只有 {n} 条").format(seq=seq, n=top)
        return ChainCheck(False, checked, tr(
            "赛场文件的审计历史与备份 {name}（{at}，{reason}）矛盾：{why}。赛场文件的记录在备份之后被改写或删除。"
        ).format(name=b.path.name, at=b.at.strftime("%Y-%m-%d %H:%M:%S"), reason=b.reason_label, why=why), b.path)
    return ChainCheck(True, checked, discarded=tuple(discarded))


def _manifest_head(b: BackupInfo) -> tuple[int, str] | None:
    return (int(b.head_seq), str(b.head_hash)) if b.head_seq is not None and b.head_hash else None


def _replaced_by(s: Session, backup_path: Path) -> bool:
    """Whether ``backup_path`` records a restore that replaced this file's history (the file is the kept
    ``*.replaced-*`` copy, or descends from it): its restore record names a head this file still has."""
    from sqlalchemy import select

    from db.models import AuditRecord

    try:
        conn = _read_only(backup_path)
        try:
            rows = conn.execute("SELECT data FROM audit_record WHERE action = ?", (RESTORE_ACTION,)).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    for (text,) in rows:
        try:
            head = json.loads(text).get("replaced", {}).get("head") or {}
            seq, digest = int(head["seq"]), str(head["hash"])
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
        if s.scalar(select(AuditRecord.hash).where(AuditRecord.seq == seq)) == digest:
            return True
    return False


# ------------------------------------------------------------------------------------------ restore


@dataclass(frozen=True)
class RestoreResult:
    kept: Path | None  # the replaced file, kept beside the venue file
    record_seq: int  # the restore record in the restored file
    actor: Actor


def _authenticate(source: Path, name: str, pin: str) -> Actor:
    """Name and PIN against a venue file opened read-only (used when the file to replace cannot be opened)."""
    try:
        conn = _read_only(source)
        try:
            row = conn.execute("SELECT id, name, role, pin_hash, active FROM app_user WHERE name = ?",
                               (name.strip(),)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise IntegrityError(tr("无法读取账号：{err}").format(err=exc)) from exc
    if row is None or not row[4]:
        raise PermissionDenied(tr("没有名为“{name}”的有效账号。").format(name=name))
    if not security.check_pin(pin, row[3]):
        raise PermissionDenied(tr("PIN 不正确。"))
    return Actor(row[1], Role(row[2]), row[0])


def _sign_in_for_restore(target: Path, backup: Path, name: str, pin: str) -> Actor:
    """Who restores: checked against the current file when it opens (wrong PINs count towards its lock-out),
    else against the backup that is about to become the venue file."""
    from app.errors import DomainError
    from app.services import users
    from db.venue_file import open_venue

    try:
        current = open_venue(target)
    except DomainError:
        actor = _authenticate(backup, name, pin)
    else:
        try:
            actor = users.sign_in(current, name, pin)
        finally:
            current.close()
    require(actor, Role.HEAD_JUDGE, Role.ADMIN, action=tr("从备份恢复赛场文件"))
    return actor


def restore(backup: Path, target: Path, name: str, pin: str, passphrase: str | None = None) -> RestoreResult:
    """Replace the (closed) venue file ``target`` by ``backup``: head judge or administrator with PIN, same
    venue identity, backup checked; the replaced file is kept and the restore is recorded in the restored file.

    An encrypted (USB) backup needs the head judge's ``passphrase``: it is decrypted into a private temporary
    file, then restored like any other.  The venue must not be open anywhere: the same OS lock as opening it
    is taken here.
    """
    backup = Path(backup)
    if not backup.name.endswith(ENCRYPTED_SUFFIX):
        return _restore_plain(backup, Path(target), name, pin, backup)
    if not passphrase:
        raise StateError(tr("{b} 是加密的 U 盘备份：请输入裁判长口令再恢复。").format(b=backup.name))
    with tempfile.TemporaryDirectory(prefix="venuescore-restore-") as tmp:  # 0700, removed afterwards
        plain = Path(tmp) / backup.name[: -len(".age")]
        plain.write_bytes(open_encrypted(backup, passphrase))
        return _restore_plain(plain, Path(target), name, pin, backup)


def open_encrypted(backup: Path, passphrase: str) -> bytes:
    """The SQLite bytes of an encrypted USB backup, opened with the head judge's passphrase (ValidationError if
    it is wrong).  The key comes from the vault wrap in the backup's manifest."""
    from app.package import encrypted
    from app.services import vault

    doc = _load_manifest(_manifest_path(backup)) or {}
    wrap = doc.get("vault")
    if not isinstance(wrap, dict):
        raise IntegrityError(tr("{b} 缺少说明文件（{m}），无法用口令打开；组委会可用其私钥解密。").format(
            b=backup.name, m=_manifest_path(backup).name))
    identity = vault.identity_from_wrap(wrap, passphrase)
    try:
        blob = backup.read_bytes()
    except OSError as exc:
        raise VenueFileError(tr("无法读取备份 {b}：{err}").format(b=backup.name, err=exc), file=str(backup)) from exc
    return encrypted.decrypt(blob, identity, tr("备份"))


def _restore_plain(backup: Path, target: Path, name: str, pin: str, shown: Path) -> RestoreResult:
    check = check_backup(backup)
    if not check.ok:
        raise IntegrityError(tr("备份 {name} 未通过检查，未恢复：{p}").format(name=backup.name, p="；".join(check.problems)))
    expected = identity_of_path(target)
    if expected is None:
        raise IntegrityError(tr("无法确定 {name} 属于哪个赛场（文件无法读取，也没有它的备份记录），未恢复。"
                                "请把备份复制为新的赛场文件后再打开。").format(name=target.name))
    if read_identity(backup) != expected:
        raise PermissionDenied(tr("{b} 不是本赛场的备份（赛场标识不同），未恢复。只能用同一赛场文件的备份恢复。").format(
            b=backup.name))
    probe = FileLock(lock_path(target), timeout=0)
    try:
        probe.acquire()
    except Timeout as exc:
        raise StateError(tr("请先关闭正在使用的赛场文件，再恢复备份。")) from exc
    probe.release()
    actor = _sign_in_for_restore(target, backup, name, pin)
    lock = FileLock(lock_path(target), timeout=0)
    try:
        lock.acquire()
    except Timeout as exc:
        raise StateError(tr("请先关闭正在使用的赛场文件，再恢复备份。")) from exc
    try:
        return _swap(backup, target, actor, shown)
    finally:
        lock.release()


def _swap(backup: Path, target: Path, actor: Actor, shown: Path | None = None) -> RestoreResult:
    at = now()
    stamp = at.strftime("%Y%m%d-%H%M%S")
    staged = target.with_name(f".{target.name}.restoring")
    staged.unlink(missing_ok=True)
    src = _read_only(backup)
    dst = sqlite3.connect(staged)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()
    try:
        kept = target.with_name(f"{target.stem}.replaced-{stamp}{target.suffix}") if target.exists() else None
        if kept is not None:
            _fold_wal(target)
        replaced_head = read_head(target) if kept is not None else None
        backup_head = read_head(staged)
        assert backup_head is not None
        seq = _record_restore(staged, actor, {
            "backup": (shown or backup).name, "backup_folder": str((shown or backup).parent),
            "backup_head": {"seq": backup_head[0],
                                                                                        "hash": backup_head[1]},
            "replaced": {"file": target.name, "kept_as": kept.name if kept else None,
                         "head": {"seq": replaced_head[0], "hash": replaced_head[1]} if replaced_head else None},
        })
        if not check_backup(staged).ok:
            raise IntegrityError(tr("恢复用的临时副本校验失败，未恢复。"))
        if kept is not None:
            shutil.copy2(target, kept)  # the current file stays whole until the very last step
            for side in ("-wal", "-shm"):
                p = Path(f"{target}{side}")
                if p.exists():
                    os.replace(p, Path(f"{kept}{side}"))
        os.replace(staged, target)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return RestoreResult(kept, seq, actor)


def _record_restore(staged: Path, actor: Actor, data: dict[str, Any]) -> int:
    """Append the restore record (who, when, which backup, what it replaced) to the staged copy."""
    engine = create_engine(f"sqlite:///{staged}")
    try:
        with Session(engine) as s, s.begin():
            return audit.append(s, actor, RESTORE_ACTION, data).seq
    finally:
        engine.dispose()


def _fold_wal(path: Path) -> None:
    """Checkpoint a venue's WAL into its main file when SQLite can (a damaged file may refuse)."""
    # A damaged file may refuse; its -wal is then kept beside the replaced copy instead.
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
