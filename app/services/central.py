"""The organising committee's central mode (组委会汇总): key registry, package inbox, acceptance.

Import works like a results office: inbox → verify → validate → accept.
- verify (app.package.verify): zip safety, manifest, signature by a *registered* key, schema.  Any
  failure refuses the package with a message naming the file and the reason; nothing is stored.
- validate (app.services.central_checks): recomputed totals/ranks/awards/passes, identities, 兼项.
  The package is stored with its findings and a status: verified | warnings | errors.
- accept: errors block it; warnings must be acknowledged by a named person.  Accepting a higher
  revision supersedes the lower one of the same item/groups, keeping the reason.
- withdraw / reinstate: a committee member takes an accepted or pending package out of the results with
  a reason (recorded; the revision it had superseded becomes current again), and can undo that.
Re-importing the same content is a no-op; a lower or equal revision with different content is refused.
Revision numbers are small (1–99) and a new one may be at most one above the highest live revision of
its item/groups (more only when its signed checkpoints show the venue signed every revision in between), so
a wrong number can neither lock out the honest ones nor overflow a column.
A key is registered for one item (and, if the committee wants, one group set) and signs nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, tuple_
from sqlalchemy.orm import Session, defer, load_only

from app.clock import now
from app.errors import (
    Cancelled,
    IntegrityError,
    NotFound,
    Problem,
    StateError,
    ValidationError,
    VenueFileError,
)
from app.gc_pause import cyclic_gc_paused
from app.i18n import tr
from app.package.keys import PublicKey
from app.package.verify import PackageRefused
from app.progress import Cancel, Progress, is_cancelled
from app.rules import text_policy
from app.services import central_appeals, central_pool
from app.services import central_checks as checks
from app.services import central_intake as intake

# Package statuses live in their own small module so that the appeals room can read them without a cycle.
from app.services.central_status import (
    ACCEPTED,
    NOT_LIVE,
    PENDING,
    STATUS_LABELS,
    SUPERSEDED,
    VERIFIED,
    WITHDRAWN,
)
from app.services.central_status import ERRORS as ERRORS  # re-exported: callers read central.ERRORS …
from app.services.central_status import WARNINGS as WARNINGS
from db.central.engine import CentralDb
from db.central.models import CentralEvent, ContestantResult, Package, VenueKey
from db.types import CanonicalText

MAX_REVISION = intake.MAX_REVISION
# A package as its contestant lines name it in lists (conflicts, purge list): not its results JSON, 3 MB parsed
# for each line it is selected with, nor its findings and appeals.
LINE_PACKAGE = load_only(Package.id, Package.item_no, Package.item_name, Package.groups, Package.revision,
                         Package.status)


def status_label(status: str) -> str:
    return tr(STATUS_LABELS.get(status, status))


def _need_name(by: str, what: str) -> str:
    name = text_policy.clean(by, text_policy.PERSON_NAME, tr("经办人"))
    if not name:
        raise ValidationError(tr("请填写{what}的经办人姓名").format(what=what), column=tr("经办人"))
    return name


def _need_reason(reason: str, what: str) -> str:
    text = text_policy.clean(reason, text_policy.REASON, tr("理由"))
    if not text:
        raise ValidationError(tr("{what}须填写理由").format(what=what), column=tr("理由"))
    return text


def _log(s: Session, actor: str, action: str, data: dict[str, Any]) -> None:
    s.add(CentralEvent(at=now(), actor=actor, action=action, data=data))


# ------------------------------------------------------------------------------------ key registry


@dataclass(frozen=True)
class KeyView:
    id: int
    label: str
    item_no: int | None
    groups: str | None
    key_id: str
    public_line: str
    fingerprint: str
    registered_by: str
    registered_at: datetime


def _key_view(k: VenueKey) -> KeyView:
    return KeyView(k.id, k.label, k.item_no, k.groups, k.key_id, k.public_line, k.fingerprint, k.registered_by,
                   k.registered_at)


def _groups_text(groups: Sequence[str] | None) -> str | None:
    """The group set a key is limited to, as packages name it ("职工组+学生组"); None = any group set."""
    if groups is None:
        return None
    names = [text_policy.clean(g, text_policy.SHORT, tr("组别")) for g in groups]
    names = [n for n in names if n]
    if len(set(names)) != len(names):
        raise ValidationError(tr("组别重复"), column=tr("组别"), value="、".join(names))
    return "+".join(names) if names else None


def _check_item(item_no: int | None) -> int:
    if item_no is None:
        raise ValidationError(tr("请指定该密钥所属的竞赛项目（1–33）：一把赛场密钥只能签它自己项目的成绩包"),
                              column=tr("项目"))
    if not 1 <= item_no <= 33:
        raise ValidationError(tr("项目编号须为 1–33"), column=tr("项目"), value=str(item_no))
    return item_no


def parse_key_input(text_or_path: str) -> PublicKey:
    """A pasted ``RW…`` line, a whole .pub text, or the path of a .pub file."""
    candidate = Path(text_or_path.strip())
    if len(text_or_path) < 4096 and "\n" not in text_or_path and candidate.suffix.lower() == ".pub":
        if not candidate.is_file():
            raise NotFound(tr("找不到公钥文件 {p}").format(p=candidate))
        return PublicKey.parse(candidate.read_text(encoding="utf-8"))
    return PublicKey.parse(text_or_path)


def register_key(db: CentralDb, by: str, key_text: str, label: str, item_no: int | None,
                 groups: Sequence[str] | None = None) -> KeyView:
    """Register a venue's public key for one item (and optionally one group set); compare the fingerprint
    shown with the one printed by the venue."""
    by = _need_name(by, tr("登记公钥"))
    label = text_policy.clean(label, text_policy.LABEL_RULE, tr("说明"))
    if not label:
        raise ValidationError(tr("请填写公钥说明（如“31 母婴护理 赛场”）"), column=tr("说明"))
    item_no = _check_item(item_no)
    group_set = _groups_text(groups)
    public = parse_key_input(key_text)
    with db.unit_of_work() as s:
        existing = s.scalars(select(VenueKey).where(VenueKey.key_id == public.key_id_hex)).first()
        if existing is not None:
            if existing.public_line == public.minisign_line():
                raise StateError(tr("该公钥已登记：{label}（{fp}）").format(label=existing.label, fp=existing.fingerprint))
            raise StateError(tr("已有另一把密钥使用相同的密钥号 {kid}，拒绝登记").format(kid=public.key_id_hex))
        row = VenueKey(label=label, item_no=item_no, groups=group_set, key_id=public.key_id_hex,
                       public_line=public.minisign_line(), fingerprint=public.fingerprint(), registered_by=by,
                       registered_at=now())
        s.add(row)
        s.flush()
        _log(s, by, "key.register", {"key_id": row.key_id, "label": row.label, "item_no": item_no,
                                     "groups": group_set, "fingerprint": row.fingerprint})
        return _key_view(row)


def restrict_key(db: CentralDb, by: str, key_id: int, item_no: int | None, groups: Sequence[str] | None = None
                 ) -> KeyView:
    """Bind a key registered without an item (before central schema 0002) to its item and group set.

    Only an unbound key may be bound: changing the item of a bound key would let it sign another item,
    which must be a new, deliberate registration instead.
    """
    by = _need_name(by, tr("限定公钥"))
    item_no = _check_item(item_no)
    group_set = _groups_text(groups)
    with db.unit_of_work() as s:
        row = s.get(VenueKey, key_id)
        if row is None:
            raise NotFound(tr("没有编号为 {n} 的公钥").format(n=key_id))
        if row.item_no is not None:
            raise StateError(tr("公钥“{label}”已限定为项目 {item:02d}，不能改为其他项目；如确需更换，请登记新的公钥").format(
                label=row.label, item=row.item_no))
        row.item_no, row.groups = item_no, group_set
        _log(s, by, "key.restrict", {"key_id": row.key_id, "label": row.label, "item_no": item_no,
                                     "groups": group_set})
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
    withdrawn_by: str | None = None
    withdrawn_at: datetime | None = None
    withdrawn_reason: str | None = None
    appeals: int = 0  # appeals in the package (layout 3)
    open_appeals: int = 0  # of which not yet decided

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


def _package_view(s: Session, p: Package, contestants: int | None = None) -> PackageView:
    """``contestants``: the package's contestant lines, when the caller knows; else counted.  They are its
    results.json's contestants (the import inserts one line for each), without reading megabytes of JSON."""
    if contestants is None:
        contestants = s.scalar(select(func.count()).select_from(ContestantResult)
                               .where(ContestantResult.package_id == p.id)) or 0
    key = s.scalars(select(VenueKey).where(VenueKey.key_id == p.key_id)).first()
    counts = central_appeals.counts_of(p.appeals)
    return PackageView(
        p.id, p.file_name, p.item_no, p.item_name, p.groups, p.revision, p.revision_reason, p.status,
        tuple(checks.Finding.from_json(f) for f in p.findings), p.key_id, key.label if key else "?", p.signed_by,
        p.exported_at, p.imported_by, p.imported_at, p.acknowledged_by, p.accepted_by, p.accepted_at,
        p.superseded_reason, contestants, p.withdrawn_by, p.withdrawn_at, p.withdrawn_reason,
        counts.total, counts.open,
    )


@dataclass(frozen=True)
class ImportResult:
    package: PackageView
    outcome: str  # imported | unchanged | appeals_updated

    def summary(self) -> str:
        p = self.package
        if self.outcome == "appeals_updated":
            return tr("{file}：{item} 第 {rev} 版成绩未变，申诉记录已更新（共 {n} 件）").format(
                file=p.file_name, item=p.item_label, rev=p.revision, n=p.appeals)
        if self.outcome == "unchanged":
            return tr("{file}：与已导入的 {item} 第 {rev} 版内容相同，未重复导入").format(
                file=p.file_name, item=p.item_label, rev=p.revision)
        return tr("{file}：{item} 第 {rev} 版已导入，状态：{status}（错误 {e} 项，警告 {w} 项）").format(
            file=p.file_name, item=p.item_label, rev=p.revision, status=p.status_label, e=len(p.errors),
            w=len(p.warnings))


_OTHER_COLS = (ContestantResult.id, ContestantResult.package_id, ContestantResult.item_no, ContestantResult.item_name,
               Package.groups, ContestantResult.group_name, ContestantResult.id_number, ContestantResult.name,
               ContestantResult.gender, ContestantResult.birth_date)
_IN_CHUNK = 500


def _others(s: Session, item_no: int, groups: str, data: dict[str, Any] | None = None) -> list[checks.OtherEntry]:
    """Contestant lines of every live package except this item/groups' own revisions.

    With ``data`` (the package being imported): only the lines ``checks.check_across`` can match — the same
    ID number, or the same person (name, birth date and gender: its person check) — selected as columns, each
    by an index.  Reading every other package's contestants for each new package (and later every line of the
    same name: common names recur in every item) made an import slower with every package already in (issue
    17); the findings are the same (tests/central/test_central_flow.py).
    """
    base = (select(*_OTHER_COLS).join(Package, Package.id == ContestantResult.package_id)
            .where(Package.status.not_in(NOT_LIVE)))
    if data is None:
        rows = list(s.execute(base))
    else:
        found: dict[int, Any] = {}
        ids = sorted({c["id_number"] for c in data["contestants"]})
        people = sorted({(c["name"], c["birth_date"], c["gender"]) for c in data["contestants"]})
        person = tuple_(ContestantResult.name, ContestantResult.birth_date, ContestantResult.gender)
        for column, values in ((ContestantResult.id_number, ids), (person, people)):
            for start in range(0, len(values), _IN_CHUNK):
                for r in s.execute(base.where(column.in_(values[start:start + _IN_CHUNK]))):
                    found[r[0]] = r
        rows = [found[k] for k in sorted(found)]
    return [
        checks.OtherEntry(pid, ino, iname, g, gname, idn, name, gender, birth)
        for _id, pid, ino, iname, g, gname, idn, name, gender, birth in rows if not (ino == item_no and g == groups)
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


def _check_revision(file_name: str, revision: int, same: Sequence[Package], signed: Collection[int]
                    ) -> list[checks.Finding]:
    """Not lower than or equal to a live revision; at most one above the highest live one — unless the
    package's signed checkpoints show the venue signed every revision in between (signed, then corrected
    before it was sent: no package of it exists).  Such a gap is a warning the operator acknowledges."""
    live = [p.revision for p in same if p.status != WITHDRAWN]
    top = max(live, default=0)
    if revision <= top:
        raise _refuse(file_name, "results.json", tr(
            "第 {n} 版不高于已导入的第 {m} 版，且内容不同：不能用较低或相同版本覆盖（请向赛场索取最新版本）").format(
            n=revision, m=top))
    if any(p.revision == revision for p in same):
        raise _refuse(file_name, "results.json", tr(
            "已有一份第 {n} 版成绩包被撤回，且内容与本包不同：请先核实哪一份正确；如被撤回的那份正确，请恢复它").format(
            n=revision))
    missing = list(range(top + 1, revision))
    if not missing:
        return []
    unsigned = [k for k in missing if k not in signed]
    if unsigned:
        raise _refuse(file_name, "results.json", tr(
            "第 {n} 版与已导入的最高第 {m} 版之间缺少第 {gap} 版，成绩包中也没有这些版本的签字检查点：版本号只能逐一递增。"
            "请向赛场核实并索取缺少的版本").format(n=revision, m=top, gap="、".join(str(k) for k in unsigned)))
    return [checks.Finding(checks.WARNING, "revision_gap", tr(
        "第 {gap} 版已由赛场签字确认但未送达（成绩包中有其签名检查点）：本包第 {n} 版直接接续已导入的第 {m} 版").format(
        gap="、".join(str(k) for k in missing), n=revision, m=top))]


def _supersede(old: Package, by_id: int, reason: str) -> None:
    old.status_before = old.status
    old.status, old.superseded_by_id, old.superseded_reason = SUPERSEDED, by_id, reason


def _keys(db: CentralDb) -> list[intake.KeyInfo]:
    with db.unit_of_work() as s:
        keys = [intake.KeyInfo(k.id, k.key_id, k.public_line, k.label, k.item_no, k.groups)
                for k in s.scalars(select(VenueKey))]
    if not keys:
        raise StateError(tr("尚未登记任何赛场公钥，无法核验成绩包。请先登记各赛场的公钥。"))
    return keys


def import_package(db: CentralDb, by: str, path: Path, identity: str | None = None) -> ImportResult:
    """Verify and validate one package into the inbox.  Refused packages raise and leave no trace.

    ``identity``: the committee's unlocked encryption identity (central_recipient.unlock), needed for an
    encrypted package."""
    return _import(db, by, Path(path), identity, None)


def _import(db: CentralDb, by: str, path: Path, identity: str | None, pool: central_pool.Checking | None,
            i: int = 0) -> ImportResult:
    """Package ``path``: checked by ``pool`` (its package ``i``) or here, then stored (``_store``)."""
    by = _need_name(by, tr("导入成绩包"))
    keys = _keys(db)
    checked = pool.take(i, keys) if pool is not None else None
    if checked is None:
        checked = intake.check(path, keys, identity)
    return _store(db, by, path, checked, lambda: intake.check(path, keys, identity, strict=True))


def _store(db: CentralDb, by: str, path: Path, checked: intake.Checked, again: Callable[[], intake.Checked]
           ) -> ImportResult:
    """The database side of an import: a twin, the revision order, the cross-item checks, the rows.

    ``again``: the package checked once more, letting out the error a part needed only now had raised."""
    light, groups, item_no = checked.light, checked.groups, checked.item_no
    revision = light["revision"]["number"]
    with db.unit_of_work() as s:
        # The earlier revisions without their results (megabytes of JSON each), read only if a twin is shown.
        same = list(s.scalars(select(Package).where(Package.item_no == item_no, Package.groups == groups)
                              .order_by(Package.revision).options(defer(Package.results))))
        twin = next((p for p in same if p.snapshot_sha256 == checked.snapshot_sha256), None)
        if twin is not None:
            if checked.appeals is not None and checked.appeals != twin.appeals:
                _update_appeals(s, by, twin, checked.appeals, path.name)
                return ImportResult(_package_view(s, twin), "appeals_updated")
            return ImportResult(_package_view(s, twin), "unchanged")
        if checked.signed_revisions is None:
            checked = again()
        gap = _check_revision(path.name, revision, same, checked.signed_revisions or frozenset())
        if checked.head is None or checked.entries is None:
            checked = again()
        findings = list(checked.head or []) + gap
        findings += checked.entries or []
        findings += checks.check_across(light, groups, _others(s, item_no, groups, light))
        findings += _previous_chain(light, same)
        findings += central_appeals.findings(checked.appeals)
        row = Package(
            file_name=path.name, zip_sha256=checked.zip_sha256, snapshot_sha256=checked.snapshot_sha256,
            item_no=item_no, item_name=light["item"]["name"], groups=groups, revision=revision,
            revision_reason=light["revision"]["reason"], signed_by=light["revision"]["signed_by"],
            exported_at=checked.exported_at, key_id=checked.key_id, trusted_comment=checked.trusted_comment,
            status=checks.status_of(findings), findings=[f.to_json() for f in findings],
            results=CanonicalText(checked.stored_text), imported_by=by, imported_at=now(), appeals=checked.appeals,
        )
        s.add(row)
        s.flush()
        if checked.lines:  # one INSERT for all lines (executemany), not one ORM object each
            s.connection().execute(insert(ContestantResult), [{"package_id": row.id, **c} for c in checked.lines])
        reason = light["revision"]["reason"] or tr("被第 {n} 版取代").format(n=revision)
        for old in same:
            if old.status in PENDING:  # accepted ones wait for the new one's acceptance
                _supersede(old, row.id, reason)
        _log(s, by, "package.import", {"package": row.id, "file": path.name, "item_no": row.item_no,
                                       "revision": revision, "status": row.status, "zip_sha256": row.zip_sha256})
        return ImportResult(_package_view(s, row, len(checked.lines)), "imported")


def _update_appeals(s: Session, by: str, p: Package, appeals: dict[str, Any], file_name: str) -> None:
    """The same signed results exported again after appeals were recorded or decided (a dismissed appeal
    changes no result, so no new revision): the package's appeals and their findings are brought up to date."""
    kept = [f for f in p.findings if not str(f.get("code", "")).startswith("appeal_")]
    p.appeals = appeals
    p.findings = kept + [f.to_json() for f in central_appeals.findings(appeals)]
    if p.status in PENDING:
        p.status = checks.status_of([checks.Finding.from_json(f) for f in p.findings])
    _log(s, by, "package.appeals_update", {"package": p.id, "file": file_name, "item_no": p.item_no,
                                           "revision": p.revision, "appeals": len(appeals.get("appeals", []))})
    s.flush()


def import_many(db: CentralDb, by: str, paths: Sequence[Path], progress: Progress | None = None,
                cancel: Cancel | None = None, identity: str | None = None, workers: int | None = None
                ) -> list[ImportResult | PackageRefused]:
    """Import several packages; each is refused or imported on its own (one bad stick stops nothing).

    Their checks run in other processes too, one per core, when there are several large ones
    (app/services/central_pool.py; ``workers``: how many, 0 = none); each is stored here, in order, in its
    own transaction as before."""
    paths = [Path(p) for p in paths]
    out: list[ImportResult | PackageRefused] = []
    count = central_pool.workers_for(paths, workers)
    keys = _keys_or_none(db) if count else []
    with central_pool.Checking(paths, keys, identity, count) as pool:
        for i, path in enumerate(paths):
            if is_cancelled(cancel):  # the pool stops on the way out: nothing of the rest is written
                raise Cancelled(tr("已取消导入；已导入的 {n} 个成绩包保留").format(n=i))
            if progress is not None:
                progress(i, len(paths), path.name)
            try:
                with cyclic_gc_paused():  # a package is ~10^6 small acyclic objects (JSON, audit facts, entries)
                    out.append(_import(db, by, path, identity, pool, i))
            except PackageRefused as exc:
                out.append(exc)
            except (IntegrityError, VenueFileError, ValidationError) as exc:  # incl. the database refusing the write
                out.append(PackageRefused(path.name, path.name, exc.message, exc.problems))
    if progress is not None:
        progress(len(paths), len(paths), "")
    return out


def _keys_or_none(db: CentralDb) -> list[intake.KeyInfo]:
    """The keys to check with; none yet: the first package says so, as it always did."""
    try:
        return _keys(db)
    except StateError:
        return []


def packages(db: CentralDb) -> list[PackageView]:
    with db.unit_of_work() as s:
        # Without their results (3 MB of JSON each, parsed on reading: the window lists 33 such packages)
        rows = s.scalars(select(Package).order_by(Package.item_no, Package.groups, Package.revision)
                         .options(defer(Package.results)))
        counted = select(ContestantResult.package_id, func.count()).group_by(ContestantResult.package_id)
        lines: dict[int, int] = {pid: n for pid, n in s.execute(counted)}
        return [_package_view(s, p, lines.get(p.id, 0)) for p in rows]


def package(db: CentralDb, package_id: int) -> PackageView:
    with db.unit_of_work() as s:
        p = s.get(Package, package_id, options=[defer(Package.results)])
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
        if p.status == WITHDRAWN:
            raise StateError(tr("{p}已被撤回（{r}），如需接收请先恢复").format(p=label, r=p.withdrawn_reason or ""))
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
                                                   Package.revision < p.revision, Package.status.not_in(NOT_LIVE))):
            _supersede(old, p.id, reason)
        _log(s, by, "package.accept", {"package": p.id, "revision": p.revision, "item_no": p.item_no,
                                       "warnings_acknowledged": len(view.warnings)})
        s.flush()
        return _package_view(s, p)


def withdraw(db: CentralDb, by: str, package_id: int, reason: str) -> PackageView:
    """Take an accepted or pending package out of the results, with a reason; reversible (``reinstate``).

    The revision it had superseded becomes current again, in the status it had before.
    """
    by = _need_name(by, tr("撤回成绩包"))
    reason = _need_reason(reason, tr("撤回成绩包"))
    with db.unit_of_work() as s:
        p = _get(s, package_id)
        label = _label(p)
        if p.status == WITHDRAWN:
            raise StateError(tr("{p}已被撤回").format(p=label))
        if p.status == SUPERSEDED:
            raise StateError(tr("{p}已被取代，不在汇总结果中，无需撤回").format(p=label))
        before = p.status
        p.status_before, p.status = p.status, WITHDRAWN
        p.withdrawn_by, p.withdrawn_at, p.withdrawn_reason = by, now(), reason
        restored = []
        for old in s.scalars(select(Package).where(Package.superseded_by_id == p.id)):
            old.status, old.status_before = old.status_before or VERIFIED, None
            old.superseded_by_id, old.superseded_reason = None, None
            restored.append({"package": old.id, "revision": old.revision, "status": old.status})
        _log(s, by, "package.withdraw", {"package": p.id, "item_no": p.item_no, "revision": p.revision,
                                         "status_before": before, "reason": reason, "restored": restored})
        s.flush()
        return _package_view(s, p)


def reinstate(db: CentralDb, by: str, package_id: int, reason: str) -> PackageView:
    """Undo a withdrawal: the package gets back its status, and supersedes lower revisions as before."""
    by = _need_name(by, tr("恢复成绩包"))
    reason = _need_reason(reason, tr("恢复成绩包"))
    with db.unit_of_work() as s:
        p = _get(s, package_id)
        label = _label(p)
        if p.status != WITHDRAWN:
            raise StateError(tr("{p}没有被撤回，无需恢复").format(p=label))
        higher = s.scalars(select(Package).where(Package.item_no == p.item_no, Package.groups == p.groups,
                                                 Package.revision > p.revision, Package.status.not_in(NOT_LIVE))).first()
        if higher is not None:
            raise StateError(tr("{p}：已有更高的第 {n} 版（{st}），不能恢复较低的版本").format(
                p=label, n=higher.revision, st=status_label(higher.status)))
        p.status, p.status_before = p.status_before or VERIFIED, None
        p.withdrawn_by, p.withdrawn_at, p.withdrawn_reason = None, None, None
        superseding = tr("被第 {n} 版取代").format(n=p.revision)
        lower = select(Package).where(Package.item_no == p.item_no, Package.groups == p.groups,
                                      Package.revision < p.revision)
        for old in s.scalars(lower):
            if old.status in PENDING or (p.status == ACCEPTED and old.status == ACCEPTED):
                _supersede(old, p.id, p.revision_reason or superseding)
        _log(s, by, "package.reinstate", {"package": p.id, "item_no": p.item_no, "revision": p.revision,
                                          "status": p.status, "reason": reason})
        s.flush()
        return _package_view(s, p)


def _get(s: Session, package_id: int) -> Package:
    p = s.get(Package, package_id)
    if p is None:
        raise NotFound(tr("没有编号为 {n} 的成绩包").format(n=package_id))
    return p


def _label(p: Package) -> str:
    return tr("{item:02d} {name} 第 {rev} 版").format(item=p.item_no, name=p.item_name, rev=p.revision)


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
