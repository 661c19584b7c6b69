"""Exporting the signed result package (the venue side of issue 6).

Only a signed revision is exported, never the live state: the package holds exactly the snapshot
frozen at sign-off (plus ``exported_at``), the audit trail up to now, results.xlsx and the PDFs of
that revision.  Each export is recorded (append-only ``export_record``) with the zip's SHA-256 and
the revision's ``snapshot_sha256``, and audited.

What leaves the laptop is encrypted (issue 12): the signed zip is built in memory and only its age
encryption to the committee's recipient and the venue's own seal recipient is written
(``<item>-<name>-<groups>-r<n>.zip.age``: no personal data in the name).  ``open_export`` lets the head
judge reopen it with the passphrase.
"""

from __future__ import annotations

import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from app.clock import now
from app.errors import NotFound, StateError
from app.i18n import tr
from app.package import encrypted
from app.package import export as pkg
from app.package.sha256sums import sha256_hex
from app.package.zipsafe import zip_bytes
from app.progress import Cancel, Progress, Steps
from app.roles import Actor, Role, require
from app.services import (
    appeals_package,
    audit,
    backup,
    checkpoints,
    committee,
    integrity,
    results,
    vault,
    venue_keys,
)
from app.services.results_printable import PrintableResults
from db.models import AuditRecord, ExportRecord, ResultRevision
from db.venue_file import VenueFile

if TYPE_CHECKING:
    from app.reports.package_pdfs import PdfProcess
    from app.reports.result_parts import VenueLines

# The PDFs in every package: report key of app.reports.result_reports → file name in the zip.
PDF_REPORTS = (
    ("summary", "成绩汇总表.pdf"),
    ("awards", "获奖名单.pdf"),
    ("passes", "合格名单.pdf"),
    ("score-sheets", "评分明细表.pdf"),
)
# Drawn in a second process (app.reports.package_pdfs) while this one writes results.json, audit.jsonl,
# results.xlsx and the two lists: the 评分明细表's pages are laid out there during the checks, so after them
# the two sides are about even (docs/performance.md, part 9).
PROCESS_REPORTS = ("summary", "score-sheets")
IN_SECOND_PROCESS = True  # False: everything drawn in this process (the same bytes: test_export_pdf_process)


@dataclass(frozen=True)
class ExportView:
    revision: int
    file_name: str
    sha256: str
    snapshot_sha256: str
    actor: str
    at: datetime
    path: Path | None = None  # where it was written (only known right after the export)
    kept: Path | None = None  # a file of the same name already in the folder, left untouched (re-export)

    @property
    def kept_note(self) -> str:
        """Said after a re-export, so nobody wonders which of two files to hand in."""
        if self.kept is None or self.path is None:
            return ""
        return tr("文件夹中已有同名成绩包 {old}（之前的一次导出），没有覆盖它；这次写为 {new}。两个文件都是第 {n} 版，"
                  "成绩相同，但每次导出的时间和加密不同，所以字节不同。交组委会时请交这次的 {new}"
                  "（其 SHA-256 记在导出记录中）。").format(old=self.kept.name, new=self.path.name, n=self.revision)


@dataclass(frozen=True)
class PackageStatus:
    """What the package page shows."""

    key: venue_keys.KeyInfo | None
    revision: results.RevisionView | None  # the latest signed revision
    last_export: ExportView | None
    changed_since_export: bool
    blocker: str | None  # why an export is not possible now, or None

    @property
    def can_export(self) -> bool:
        return self.blocker is None


def _view(r: ExportRecord, path: Path | None = None, kept: Path | None = None) -> ExportView:
    return ExportView(r.revision, r.file_name, r.sha256, r.snapshot_sha256, r.actor, r.at, path, kept)


def free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``…-r1-2.zip.age``, ``-3``… when a file of that name is already there: an export never
    overwrites a package on the stick (the earlier one may be the one already handed in)."""
    path = folder / name
    stem, dot, rest = name.partition(".")  # "31-母婴护理-职工组-r1" "." "zip.age"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}{dot}{rest}"
    return path


def exports(venue: VenueFile) -> list[ExportView]:
    """Every export ever made from this venue file, oldest first."""
    with venue.unit_of_work() as s:
        return [_view(r) for r in s.scalars(select(ExportRecord).order_by(ExportRecord.id))]


def _blocker(venue: VenueFile, actor: Actor, key: venue_keys.KeyInfo | None) -> str | None:
    revision, changed = results.signed_state(venue, actor)
    if revision is None:
        return tr("成绩尚未由裁判长签字确认，签字确认后才能导出成绩包。")
    if changed:
        return tr("{rev}签字后成绩有更正，请先生成新版本并签字确认，再导出成绩包。").format(rev=revision.label)
    if key is None:
        return tr("本赛场还没有签名密钥：请裁判长先设置口令和密钥，并把公钥报组委会登记。")
    if committee.current(venue) is None:
        return tr("还没有组委会公钥，成绩包无法加密：请先导入组委会公钥文件并核对指纹。")
    with venue.unit_of_work() as s:
        if s.scalar(select(AuditRecord.seq).where(AuditRecord.action == "venue.close").limit(1)):
            return tr("赛场已关闭（个人信息已清除），不再导出成绩包；组委会已有最终版本和赛场档案。")
    return None


def status(venue: VenueFile, actor: Actor) -> PackageStatus:
    require(actor, Role.HEAD_JUDGE, action=tr("查看成绩包"))
    key = venue_keys.key_info(venue)
    done = exports(venue)
    return PackageStatus(
        key=key,
        revision=results.latest_revision(venue),
        last_export=done[-1] if done else None,
        changed_since_export=results.changed_since_last_export(venue),
        blocker=_blocker(venue, actor, key),
    )


def _audit_records(venue: VenueFile) -> list[dict[str, object]]:
    with venue.unit_of_work() as s:
        return [
            {"seq": r.seq, "at": r.at.isoformat(timespec="microseconds"), "actor": r.actor, "role": r.role,
             "action": r.action, "data": r.data, "prev_hash": r.prev_hash, "hash": r.hash}
            for r in s.scalars(select(AuditRecord).order_by(AuditRecord.seq))
        ]


@dataclass(frozen=True)
class _Early:
    """The signed results the package will hold, read before the checks, so that the second process lays out
    the 评分明细表 while this one checks the file (a signed revision never changes: only its number is checked
    again afterwards)."""

    number: int
    printable: PrintableResults
    lines: VenueLines


def _read_early(venue: VenueFile, actor: Actor, drawing: PdfProcess | None) -> _Early | None:
    """None when nothing is signed or printable yet, or the file cannot be read: the checks then say why (a
    damaged file is named by the integrity check, as before), and nothing was sent."""
    from app.reports.result_parts import VenueLines

    try:
        with venue.unit_of_work() as s:
            number = s.scalar(select(func.max(ResultRevision.number)))
        if number is None:
            return None
        printable = results.printable(venue, actor, number)
        early = _Early(number, printable, VenueLines.of(venue, printable))
    except Exception:  # noqa: BLE001 - only a head start: the export goes on to its checks, which report
        return None
    if drawing is not None:
        drawing.prepare(printable, early.lines, _drawn_elsewhere())
    return early


def _drawn_elsewhere() -> list[tuple[str, str]]:
    return [(r, n) for r, n in PDF_REPORTS if r in PROCESS_REPORTS]


def _content(venue: VenueFile, actor: Actor, rev: results.RevisionView, at: datetime, steps: Steps,
             drawing: PdfProcess | None, early: _Early | None) -> dict[str, bytes]:
    from app.reports import package_pdfs, result_reports  # reportlab is only loaded when a package is made
    from app.reports.result_parts import VenueLines

    total = len(PDF_REPORTS) + 3
    if early is None or early.number != rev.number:  # nothing sent, or signed again meanwhile: all drawn here
        drawing = None
        printable = results.printable(venue, actor, rev.number)  # read once for the workbook and all four PDFs
        early = _Early(rev.number, printable, VenueLines.of(venue, printable))
    job = package_pdfs.PdfJob(early.printable, early.lines, at)
    elsewhere = _drawn_elsewhere() if drawing is not None else []
    if drawing is not None:
        drawing.print_at(at)  # written on the other core while this one writes the rest
    files: dict[str, bytes] = {pkg.RESULTS_NAME: pkg.results_json(rev.snapshot, at)}
    steps.step(1, total, tr("写入审计记录"))
    files[pkg.AUDIT_NAME] = pkg.audit_jsonl(_audit_records(venue))
    with venue.unit_of_work() as s:
        files[pkg.CHECKPOINTS_NAME] = pkg.checkpoints_jsonl(checkpoints.records(s))
        files[pkg.APPEALS_NAME] = appeals_package.appeals_json(appeals_package.package_data(s))
    with tempfile.TemporaryDirectory(prefix="venuescore-package-") as tmp:
        steps.step(2, total, tr("生成 results.xlsx"))
        result_reports.xlsx_of(early.printable, Path(tmp) / pkg.XLSX_NAME)
        files[pkg.XLSX_NAME] = (Path(tmp) / pkg.XLSX_NAME).read_bytes()
    pdfs: dict[str, bytes] = {}
    for i, (report, name) in enumerate(PDF_REPORTS, start=3):
        steps.step(i, total, tr("生成 {name}").format(name=name))
        if (report, name) not in elsewhere:
            pdfs.update(package_pdfs.render(job, [(report, name)]))
    drawn = drawing.result(steps.check) if drawing is not None else None
    # the other process gone without an answer (it should not be): its share is drawn here, the same bytes
    pdfs.update(drawn if drawn is not None else package_pdfs.render(job, elsewhere))
    files.update((name, pdfs[name]) for _, name in PDF_REPORTS)  # the package's order of members
    return files


def export_package(venue: VenueFile, actor: Actor, passphrase: str, out_dir: Path,
                   progress: Progress | None = None, cancel: Cancel | None = None) -> ExportView:
    """Write the signed package of the latest revision into ``out_dir`` and record the export."""
    require(actor, Role.HEAD_JUDGE, action=tr("导出成绩包"))
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise NotFound(tr("导出文件夹 {p} 不存在").format(p=out_dir))
    # Started first, so that loading reportlab and the fonts there overlaps the checks here; stopped in any case.
    drawing = _second_process() if IN_SECOND_PROCESS else None
    try:
        return _export(venue, actor, passphrase, out_dir, Steps(progress, cancel, tr("已取消导出，未生成成绩包")),
                       drawing)
    finally:
        if drawing is not None:
            drawing.close()


def _second_process() -> PdfProcess | None:
    """The drawing process, where it can help: on one core it would only add its start-up (~0.4 s of CPU)."""
    from app.reports import package_pdfs

    if (os.cpu_count() or 1) < 2 or not package_pdfs.untranslated():
        return None
    return package_pdfs.PdfProcess.start()


def _export(venue: VenueFile, actor: Actor, passphrase: str, out_dir: Path, steps: Steps,
            drawing: PdfProcess | None) -> ExportView:
    # The passphrase's scrypt (a third of a second, by design) runs in a thread while the checks read the file:
    # the KDF releases the GIL.  Its answer is only looked at once the checks have passed, as before.
    with ThreadPoolExecutor(1, thread_name_prefix="export-unlock") as pool:
        unlocking = pool.submit(venue_keys.unlock, venue, actor, passphrase)
        early = _read_early(venue, actor, drawing)
        integrity.require_sound(venue)  # a file changed outside the app is never exported
        key_info = venue_keys.key_info(venue)
        blocker = _blocker(venue, actor, key_info)
        if blocker:
            raise StateError(blocker)
        key = unlocking.result()  # a wrong passphrase stops here, before any work
    rev = results.latest_revision(venue)
    assert rev is not None
    # The export checkpoint signs the head that goes into the package (audit.jsonl ends just after it).
    with venue.unit_of_work() as s:
        checkpoints.sign(s, actor, key, checkpoints.EXPORT, f"revision:{rev.number}")
    at = now()
    snap = rev.snapshot
    files = _content(venue, actor, rev, at, steps, drawing, early)
    signed = pkg.sign_files(files, key, pkg.trusted_comment(snap["item"]["no"], snap["item"]["name"], rev.number, at))
    steps.step(len(PDF_REPORTS) + 3, len(PDF_REPORTS) + 3, tr("加密并写入成绩包"))
    name = pkg.package_file_name(snap["item"]["no"], snap["item"]["name"], [g["name"] for g in snap["groups"]],
                                 rev.number) + encrypted.SUFFIX
    path = free_name(out_dir, name)
    kept = out_dir / name if path.name != name else None
    name = path.name
    with venue.unit_of_work() as s:
        recipients = [committee.require_keys(s).recipient, vault.seal_recipient(s)]
    zipped = zip_bytes(signed, at.replace(tzinfo=None))  # the clear zip exists only in memory
    digest = sha256_hex(zipped)
    encrypted.write_encrypted(path, zipped, recipients)
    try:
        with venue.unit_of_work() as s:
            record = ExportRecord(revision=rev.number, file_name=name, sha256=digest,
                                  snapshot_sha256=rev.snapshot_sha256, actor=actor.name, at=at)
            s.add(record)
            audit.append_fact(s, actor, "package.export", record, revision=rev.number, file=name, sha256=digest,
                              snapshot_sha256=rev.snapshot_sha256, key_id=key.public.key_id_hex)
            view = _view(record, path, kept)
    except BaseException:
        path.unlink(missing_ok=True)  # an unrecorded package must not go out
        raise
    backup.backup_now(venue, "after-export")  # the milestone the README promises
    return view


def open_export(venue: VenueFile, actor: Actor, passphrase: str, path: Path, out: Path) -> Path:
    """Head judge: decrypt an exported package with the passphrase (the venue is one of its recipients) and
    write the signed zip to ``out`` (e.g. to check it with minisign by hand)."""
    require(actor, Role.HEAD_JUDGE, action=tr("打开已导出的成绩包"))
    opened = vault.unlock(venue, actor, passphrase)
    zipped = opened.open_file(Path(path).read_bytes(), tr("成绩包"))
    encrypted.write_atomic(Path(out), zipped)
    return Path(out)
