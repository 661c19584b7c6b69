"""Backups with SQLite's online backup API, and a restore that checks before it swaps.

Backups go to the per-user data folder and, when set, to a second folder (e.g. a USB stick), named
``<venue>-<YYYYmmdd-HHMMSS>-<reason>.venue`` and rotated.  A backup is a complete, self-contained SQLite
file (WAL folded in).  Restore checks the backup first (opens, integrity check, schema known, audit
chain) and replaces the venue file only when it is sound, keeping the replaced file beside it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from app.clock import now
from app.errors import IntegrityError, StateError, VenueFileError
from app.i18n import tr
from app.roles import Actor, Role, require
from app.services import audit
from db import migrate
from db.models import AuditRecord, Setting
from db.venue_file import VenueFile, copy_database, lock_path

KEEP = 30  # per folder and venue; enough for a day of 5-minute backups plus the milestones
FOLDER_KEY = "backup_folder"


REASON_LABELS = {
    "manual": "手动",
    "periodic": "定时",
    "before-roster-import": "导入名单前",
    "before-scheme-import": "导入评分标准前",
    "before-score-import": "导入成绩前",
    "after-lock": "锁定后",
    "after-signoff": "签字确认后",
    "after-export": "导出成绩包后",
}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    at: datetime
    reason: str
    size: int

    @property
    def reason_label(self) -> str:
        label = REASON_LABELS.get(self.reason)
        return tr(label) if label else self.reason


@dataclass(frozen=True)
class BackupResult:
    written: tuple[BackupInfo, ...]
    warnings: tuple[str, ...]  # e.g. the USB stick was not there; the data-folder copy still succeeded


@dataclass(frozen=True)
class BackupCheck:
    ok: bool
    problems: tuple[str, ...]
    audit_records: int = 0


def data_folder(venue_path: Path) -> Path:
    from platformdirs import user_data_path

    base = Path(os.environ.get("VENUESCORE_DATA_DIR") or user_data_path("VenueScore", appauthor=False))
    return base / "backups" / Path(venue_path).stem


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
            s.add(Setting(key=FOLDER_KEY, value=value))
        else:
            row.value = value
        audit.append(s, actor, "backup.folder", {"folder": value})


def backup_now(venue: VenueFile, reason: str) -> BackupResult:
    """Write a backup to every backup folder; a failing second folder is a warning, not a failure."""
    stamp = now().strftime("%Y%m%d-%H%M%S-%f")[:-3]
    safe_reason = "".join(ch for ch in reason if ch.isalnum() or ch in "-_") or "manual"
    name = f"{venue.path.stem}-{stamp}-{safe_reason}.venue"
    folders = [data_folder(venue.path)]
    extra = second_folder(venue)
    if extra is not None:
        folders.append(extra / "VenueScore-backups")
    written: list[BackupInfo] = []
    warnings: list[str] = []
    for i, folder in enumerate(folders):
        try:
            # The chosen second folder must exist (a pulled-out USB stick must not be recreated on disk).
            folder.mkdir(parents=(i == 0), exist_ok=True)
            target = folder / name
            copy_database(venue.engine, target)
            written.append(BackupInfo(target, now(), safe_reason, target.stat().st_size))
            _rotate(folder, venue.path.stem)
        except (OSError, sqlite3.Error) as exc:
            if i == 0 and extra is None:
                raise VenueFileError(tr("备份失败：{err}。请检查磁盘空间。").format(err=exc), file=str(folder)) from exc
            warnings.append(tr("无法备份到 {f}：{err}（U 盘是否已拔出？）").format(f=folder, err=exc))
    if not written:
        raise VenueFileError(tr("备份失败：所有备份位置都不可写。") + " " + "；".join(warnings))
    return BackupResult(tuple(written), tuple(warnings))


def _parse(path: Path, stem: str) -> BackupInfo | None:
    rest = path.name[len(stem) + 1 : -len(".venue")]
    parts = rest.split("-", 3)
    if len(parts) < 4:
        return None
    try:
        at = datetime.strptime(f"{parts[0]}-{parts[1]}-{parts[2]}", "%Y%m%d-%H%M%S-%f").astimezone()
    except ValueError:
        return None
    return BackupInfo(path, at, parts[3], path.stat().st_size)


def list_backups(venue_path: Path, extra: Path | None = None) -> list[BackupInfo]:
    """Newest first, from the data folder and the second folder."""
    stem = Path(venue_path).stem
    found: list[BackupInfo] = []
    for folder in [data_folder(venue_path)] + ([extra / "VenueScore-backups"] if extra else []):
        if folder.is_dir():
            for p in folder.glob(f"{stem}-*.venue"):
                info = _parse(p, stem)
                if info is not None:
                    found.append(info)
    return sorted(found, key=lambda b: b.at, reverse=True)


def _rotate(folder: Path, stem: str) -> None:
    infos = sorted((i for p in folder.glob(f"{stem}-*.venue") if (i := _parse(p, stem))), key=lambda b: b.at)
    for old in infos[:-KEEP]:
        old.path.unlink(missing_ok=True)


def newest_sound_backup(venue_path: Path, extra: Path | None = None) -> BackupInfo | None:
    """The newest backup of the venue at ``venue_path`` that passes ``check_backup``, or None.

    The one place that answers "which backup do we offer?" for a damaged venue file (CLI and GUI).
    Candidates come from ``list_backups`` (newest first), so where backups are found is decided there.
    """
    for candidate in list_backups(venue_path, extra):
        if check_backup(candidate.path).ok:
            return candidate
    return None


def last_backup_time(venue_path: Path) -> datetime | None:
    backups = list_backups(venue_path)
    return backups[0].at if backups else None


def check_backup(path: Path) -> BackupCheck:
    """Open read-only; integrity check; known schema; audit chain intact."""
    problems: list[str] = []
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
            count = len(s.scalars(select(AuditRecord.seq)).all())
    finally:
        engine.dispose()
    if not report.ok:
        return BackupCheck(False, (tr("审计链断裂：{p}").format(p=report.problem),), count)
    return BackupCheck(True, (), count)


def restore(backup: Path, target: Path) -> Path:
    """Replace the (closed) venue file ``target`` by ``backup`` after checking it; returns the kept old file.

    The venue must not be open anywhere: the same OS lock as opening it is taken here.
    """
    check = check_backup(backup)
    if not check.ok:
        raise IntegrityError(tr("备份 {name} 未通过检查，未恢复：{p}").format(name=backup.name, p="；".join(check.problems)))
    lock = FileLock(lock_path(target), timeout=0)
    try:
        lock.acquire()
    except Timeout as exc:
        raise StateError(tr("请先关闭正在使用的赛场文件，再恢复备份。")) from exc
    try:
        stamp = now().strftime("%Y%m%d-%H%M%S")
        staged = target.with_name(f".{target.name}.restoring")
        src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        dst = sqlite3.connect(staged)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        if not check_backup(staged).ok:
            staged.unlink(missing_ok=True)
            raise IntegrityError(tr("恢复用的临时副本校验失败，未恢复。"))
        kept = target.with_name(f"{target.stem}.replaced-{stamp}{target.suffix}")
        if target.exists():
            _fold_wal(target)
            shutil.copy2(target, kept)  # the current file stays whole until the very last step
            for side in ("-wal", "-shm"):
                p = Path(f"{target}{side}")
                if p.exists():
                    os.replace(p, Path(f"{kept}{side}"))
        os.replace(staged, target)
        return kept
    finally:
        lock.release()


def _fold_wal(path: Path) -> None:
    """Checkpoint a venue's WAL into its main file when SQLite can (a damaged file may refuse)."""
    # A damaged file may refuse; its -wal is then kept beside the replaced copy instead.
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
