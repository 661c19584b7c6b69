"""The organising committee's central mode (组委会汇总): key registry, package inbox, acceptance.

Import works like a results office: inbox → verify → validate → accept.
- verify (app.package.verify): zip safety, manifest, signature by a *registered* key, schema.  Any
  failure refuses the package with a message naming the file and the reason; nothing is stored.
- validate (app.services.central_checks): recomputed totals/ranks/awards/passes, identities, 兼项.
  The package is stored with its findings and a status: verified | warnings | errors.
- accept: errors block it; warnings must be acknowledged by a named person.  Accepting a higher
  revision supersedes the lower one of the same item/groups, keeping the reason.
Re-importing the same content is a no-op; a lower or equal revision with different content is refused.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import now
from app.errors import Cancelled, IntegrityError, NotFound, Problem, StateError, ValidationError
from app.i18n import tr
from app.package.export import AUDIT_NAME
from app.package.keys import PublicKey
from app.package.verify import PackageRefused, verify_package
from app.services import central_checks as checks
from app.services import central_trail
from app.services.results_snapshot import sha256_of
from db.central.engine import CentralDb
from db.central.models import CentralEvent, ContestantResult, Package, VenueKey

VERIFIED, WARNINGS, ERRORS, ACCEPTED, SUPERSEDED = "verified", "warnings", "errors", "accepted", "superseded"
STATUS_LABELS = {VERIFIED: "已核验", WARNINGS: "有警告", ERRORS: "有错误", ACCEPTED: "已接收", SUPERSEDED: "已被取代"}
Progress = Callable[[int, int, str], None]


def status_label(status: str) -> str:
    return tr(STATUS_LABELS.get(status, status))


def _need_name(by: str, what: str) -> str:
    name = (by or "").strip()
    if not name:
        raise ValidationError(tr("请填写{what}的经办人姓名").format(what=what), column=tr("经办人"))
    return name


def _log(s: Session, actor: str, action: str, data: dict[str, Any]) -> None:
    s.add(CentralEvent(at=now(), actor=actor, action=action, data=data))


# ------------------------------------------------------------------------------------ key registry


@dataclass(frozen=True)
class KeyView:
    id: int
    label: str
    item_no: int | None
    key_id: str
    public_line: str
    fingerprint: str
    registered_by: str
    registered_at: datetime


def _key_view(k: VenueKey) -> KeyView:
    return KeyView(k.id, k.label, k.item_no, k.key_id, k.public_line, k.fingerprint, k.registered_by, k.registered_at)


def parse_key_input(text_or_path: str) -> PublicKey:
    """A pasted ``RW…`` line, a whole .pub text, or the path of a .pub file."""
    candidate = Path(text_or_path.strip())
    if len(text_or_path) < 4096 and "\n" not in text_or_path and candidate.suffix.lower() == ".pub":
        if not candidate.is_file():
            raise NotFound(tr("找不到公钥文件 {p}").format(p=candidate))
        return PublicKey.parse(candidate.read_text(encoding="utf-8"))
    return PublicKey.parse(text_or_path)


def register_key(db: CentralDb, by: str, key_text: str, label: str, item_no: int | None = None) -> KeyView:
    """Register a venue's public key (compare the fingerprint shown with the one printed by the venue)."""
    by = _need_name(by, tr("登记公钥"))
    if not label.strip():
        raise ValidationError(tr("请填写公钥说明（如“31 母婴护理 赛场”）"), column=tr("说明"))
    if item_no is not None and not 1 <= item_no <= 33:
        raise ValidationError(tr("项目编号须为 1–33"), column=tr("项目"), value=str(item_no))
    public = parse_key_input(key_text)
    with db.unit_of_work() as s:
        existing = s.scalars(select(VenueKey).where(VenueKey.key_id == public.key_id_hex)).first()
        if existing is not None:
            if existing.public_line == public.minisign_line():
                raise StateError(tr("该公钥已登记：{label}（{fp}）").format(label=existing.label, fp=existing.fingerprint))
            raise StateError(tr("已有另一把密钥使用相同的密钥号 {kid}，拒绝登记").format(kid=public.key_id_hex))
        row = VenueKey(label=label.strip(), item_no=item_no, key_id=public.key_id_hex, public_line=public.minisign_line(),
                       fingerprint=public.fingerprint(), registered_by=by, registered_at=now())
        s.add(row)
        s.flush()
        _log(s, by, "key.register", {"key_id": row.key_id, "label": row.label, "item_no": item_no,
                                     "fingerprint": row.fingerprint})
        return _key_view(row)


def list_keys(db: CentralDb) -> list[KeyView]:
    with db.unit_of_work() as s:
        return [_key_view(k) for k in s.scalars(select(VenueKey).order_by(VenueKey.id))]


# ----------------------------------------------------------------------------------------- inbox


@dataclass(frozen=True)
class PackageView:
    id: int
    file_name: str
    item_no: int
    item_name: str
    groups: str
    revision: int
    revision_reason: str | None
    status: str
    findings: tuple[checks.Finding, ...]
    key_id: str
    key_label: str
    signed_by: str
    exported_at: str
    imported_by: str
    imported_at: datetime
    acknowledged_by: str | None
    accepted_by: str | None
    accepted_at: datetime | None
    superseded_reason: str | None
    contestants: int

    @property
    def item_label(self) -> str:
        return f"{self.item_no:02d} {self.item_name}"

    @property
    def status_label(self) -> str:
        return status_label(self.status)

    @property
    def errors(self) -> tuple[checks.Finding, ...]:
        return tuple(f for f in self.findings if f.severity == checks.ERROR)

    @property
    def warnings(self) -> tuple[checks.Finding, ...]:
        return tuple(f for f in self.findings if f.severity == checks.WARNING)


def _package_view(s: Session, p: Package) -> PackageView:
    key = s.scalars(select(VenueKey).where(VenueKey.key_id == p.key_id)).first()
    return PackageView(
        p.id, p.file_name, p.item_no, p.item_name, p.groups, p.revision, p.revision_reason, p.status,
        tuple(checks.Finding.from_json(f) for f in p.findings), p.key_id, key.label if key else "?", p.signed_by,
        p.exported_at, p.imported_by, p.imported_at, p.acknowledged_by, p.accepted_by, p.accepted_at,
        p.superseded_reason, len(p.results["contestants"]),
    )


@dataclass(frozen=True)
class ImportResult:
    package: PackageView
    outcome: str  # imported | unchanged

    def summary(self) -> str:
        p = self.package
        if self.outcome == "unchanged":
            return tr("{file}：与已导入的 {item} 第 {rev} 版内容相同，未重复导入").format(
                file=p.file_name, item=p.item_label, rev=p.revision)
        return tr("{file}：{item} 第 {rev} 版已导入，状态：{status}（错误 {e} 项，警告 {w} 项）").format(
            file=p.file_name, item=p.item_label, rev=p.revision, status=p.status_label, e=len(p.errors),
            w=len(p.warnings))


def _groups_key(data: dict[str, Any]) -> str:
    return "+".join(g["name"] for g in data["groups"])


def _others(s: Session, item_no: int, groups: str) -> list[checks.OtherEntry]:
    """Contestant lines of every live package except this item/groups' own revisions."""
    rows = s.execute(
        select(ContestantResult, Package.groups)
        .join(Package, Package.id == ContestantResult.package_id)
        .where(Package.status != SUPERSEDED)
    ).all()
    return [
        checks.OtherEntry(r.package_id, r.item_no, r.item_name, g, r.group_name, r.id_number, r.name, r.gender,
                          r.birth_date)
        for r, g in rows if not (r.item_no == item_no and g == groups)
    ]


def _previous_chain(data: dict[str, Any], same: Sequence[Package]) -> list[checks.Finding]:
    """A revision should name the snapshot of the revision before it, if we hold that one."""
    rev = data["revision"]
    before = next((p for p in same if p.revision == rev["number"] - 1), None)
    if before is not None and rev["previous_sha256"] != before.snapshot_sha256:
        return [checks.Finding(checks.WARNING, "revision_chain", tr(
            "第 {n} 版记录的上一版哈希与已导入的第 {m} 版不一致（可能有未送达的中间版本）").format(
            n=rev["number"], m=before.revision))]
    return []


def _refuse(name: str, file: str, reason: str) -> PackageRefused:
    return PackageRefused(name, file, reason)


def import_package(db: CentralDb, by: str, path: Path) -> ImportResult:
    """Verify and validate one package into the inbox.  Refused packages raise and leave no trace."""
    by = _need_name(by, tr("导入成绩包"))
    path = Path(path)
    with db.unit_of_work() as s:
        keys = list(s.scalars(select(VenueKey)))
    if not keys:
        raise StateError(tr("尚未登记任何赛场公钥，无法核验成绩包。请先登记各赛场的公钥。"))
    verified = verify_package(path, [PublicKey.parse(k.public_line) for k in keys])
    data = verified.results
    key = next(k for k in keys if k.key_id == verified.key.key_id_hex)
    if key.item_no is not None and key.item_no != data["item"]["no"]:
        raise _refuse(path.name, "SHA256SUMS.minisig", tr("签名密钥登记为项目 {a} 所用，但成绩包是项目 {b}").format(
            a=f"{key.item_no:02d}", b=checks.item_label(data)))
    registered = {k.key_id: PublicKey.parse(k.public_line) for k in keys if k.item_no in (None, data["item"]["no"])}
    trail_findings = central_trail.check_trail(path.name, data, verified.files, registered)  # refuses a bad history
    snapshot_sha = sha256_of({**data, "exported_at": None})
    groups = _groups_key(data)
    revision = data["revision"]["number"]
    with db.unit_of_work() as s:
        same = list(s.scalars(select(Package).where(Package.item_no == data["item"]["no"], Package.groups == groups)
                              .order_by(Package.revision)))
        twin = next((p for p in same if p.snapshot_sha256 == snapshot_sha), None)
        if twin is not None:
            return ImportResult(_package_view(s, twin), "unchanged")
        top = max((p.revision for p in same), default=0)
        if revision <= top:
            raise _refuse(path.name, "results.json", tr(
                "第 {n} 版不高于已导入的第 {m} 版，且内容不同：不能用较低或相同版本覆盖（请向赛场索取最新版本）").format(
                n=revision, m=top))
        findings = checks.check_package(data, verified.files[AUDIT_NAME]) + trail_findings
        findings += checks.check_across(data, groups, _others(s, data["item"]["no"], groups))
        findings += _previous_chain(data, same)
        row = Package(
            file_name=path.name, zip_sha256=verified.zip_sha256, snapshot_sha256=snapshot_sha,
            item_no=data["item"]["no"], item_name=data["item"]["name"], groups=groups, revision=revision,
            revision_reason=data["revision"]["reason"], signed_by=data["revision"]["signed_by"],
            exported_at=data["exported_at"], key_id=key.key_id, trusted_comment=verified.trusted_comment,
            status=checks.status_of(findings), findings=[f.to_json() for f in findings], results=data,
            imported_by=by, imported_at=now(),
        )
        s.add(row)
        s.flush()
        for c in data["contestants"]:
            s.add(ContestantResult(
                package_id=row.id, item_no=row.item_no, item_name=row.item_name, group_name=c["group"],
                id_number=c["id_number"], name=c["name"], gender=c["gender"], birth_date=c["birth_date"],
                unit=c["unit"], reg_no=c["reg_no"], status=c["status"],
                total=Decimal(c["total"]) if c["total"] is not None else None, rank=c["rank"], award=c["award"],
                passed=c["passed"],
            ))
        reason = data["revision"]["reason"] or tr("被第 {n} 版取代").format(n=revision)
        for old in same:
            if old.status != ACCEPTED and old.status != SUPERSEDED:  # accepted ones wait for the new one's acceptance
                old.status, old.superseded_by_id, old.superseded_reason = SUPERSEDED, row.id, reason
        _log(s, by, "package.import", {"package": row.id, "file": path.name, "item_no": row.item_no,
                                       "revision": revision, "status": row.status, "zip_sha256": row.zip_sha256})
        return ImportResult(_package_view(s, row), "imported")


def import_many(db: CentralDb, by: str, paths: Sequence[Path], progress: Progress | None = None,
                cancel: threading.Event | None = None) -> list[ImportResult | PackageRefused]:
    """Import several packages; each is refused or imported on its own (one bad stick stops nothing)."""
    out: list[ImportResult | PackageRefused] = []
    for i, path in enumerate(paths):
        if cancel is not None and cancel.is_set():
            raise Cancelled(tr("已取消导入；已导入的 {n} 个成绩包保留").format(n=i))
        if progress is not None:
            progress(i, len(paths), Path(path).name)
        try:
            out.append(import_package(db, by, Path(path)))
        except PackageRefused as exc:
            out.append(exc)
        except IntegrityError as exc:
            out.append(PackageRefused(Path(path).name, Path(path).name, exc.message, exc.problems))
    if progress is not None:
        progress(len(paths), len(paths), "")
    return out


def packages(db: CentralDb) -> list[PackageView]:
    with db.unit_of_work() as s:
        rows = s.scalars(select(Package).order_by(Package.item_no, Package.groups, Package.revision))
        return [_package_view(s, p) for p in rows]


def package(db: CentralDb, package_id: int) -> PackageView:
    with db.unit_of_work() as s:
        p = s.get(Package, package_id)
        if p is None:
            raise NotFound(tr("没有编号为 {n} 的成绩包").format(n=package_id))
        return _package_view(s, p)


def accept(db: CentralDb, by: str, package_id: int, acknowledge_warnings: bool = False) -> PackageView:
    """Accept a package into the consolidated results.  Errors block; warnings need ``acknowledge_warnings``."""
    by = _need_name(by, tr("接收成绩包"))
    with db.unit_of_work() as s:
        p = s.get(Package, package_id)
        if p is None:
            raise NotFound(tr("没有编号为 {n} 的成绩包").format(n=package_id))
        label = f"{p.item_no:02d} {p.item_name} 第 {p.revision} 版"
        if p.status == ACCEPTED:
            return _package_view(s, p)
        if p.status == SUPERSEDED:
            raise StateError(tr("{p}已被取代（{r}），不能接收").format(p=label, r=p.superseded_reason or ""))
        view = _package_view(s, p)
        if view.errors:
            raise StateError(tr("{p}有 {n} 项错误，不能接收：").format(p=label, n=len(view.errors)),
                             [checks_problem(f) for f in view.errors])
        if view.warnings and not acknowledge_warnings:
            raise StateError(tr("{p}有 {n} 项警告，须由经办人确认已知悉后才能接收：").format(p=label, n=len(view.warnings)),
                             [checks_problem(f) for f in view.warnings])
        newer = s.scalars(select(Package).where(Package.item_no == p.item_no, Package.groups == p.groups,
                                                Package.revision > p.revision, Package.status == ACCEPTED)).first()
        if newer is not None:
            raise StateError(tr("{p}已有更高的第 {n} 版被接收").format(p=label, n=newer.revision))
        p.status, p.accepted_by, p.accepted_at = ACCEPTED, by, now()
        if view.warnings:
            p.acknowledged_by = by
        reason = p.revision_reason or tr("被第 {n} 版取代").format(n=p.revision)
        for old in s.scalars(select(Package).where(Package.item_no == p.item_no, Package.groups == p.groups,
                                                   Package.revision < p.revision, Package.status != SUPERSEDED)):
            old.status, old.superseded_by_id, old.superseded_reason = SUPERSEDED, p.id, reason
        _log(s, by, "package.accept", {"package": p.id, "revision": p.revision, "item_no": p.item_no,
                                       "warnings_acknowledged": len(view.warnings)})
        s.flush()
        return _package_view(s, p)


def checks_problem(f: checks.Finding) -> Problem:
    return Problem(f.message)


@dataclass(frozen=True)
class EventView:
    at: datetime
    actor: str
    action: str
    data: Any


def events(db: CentralDb, limit: int = 200) -> list[EventView]:
    with db.unit_of_work() as s:
        rows = s.scalars(select(CentralEvent).order_by(CentralEvent.id.desc()).limit(limit))
        return [EventView(e.at, e.actor, e.action, e.data) for e in rows]
