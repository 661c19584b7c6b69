"""Checking one received package on its own: everything the import does before it reads the database.

``check(path, keys, identity)`` verifies the zip and its signature (by a registered key, for its item), the
revision number, the history (audit trail, checkpoints, appeals) and the recomputed results, and encodes
results.json as it is stored.  It reads no database and changes nothing, so the committee's import can run it
for several packages at once in other processes (app/services/central_pool.py) and keep only the writes in
its own: what it returns is small and plain (the stored text, the contestant lines ready to insert, the
findings), not the parsed package.  Refusals raise ``PackageRefused`` exactly as the import always did;
app/services/central.py does the rest (a twin, the revision order, the cross-item checks, the rows).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from app.errors import IntegrityError
from app.i18n import tr
from app.package import encrypted
from app.package.export import AUDIT_NAME, CHECKPOINTS_NAME
from app.package.keys import PublicKey
from app.package.verify import PackageRefused, VerifiedPackage, verify_package, verify_package_bytes
from app.package.zipsafe import ZipLimits
from app.services import central_appeals, central_trail, checkpoints
from app.services import central_checks as checks
from app.services.central_entry_checks import check_entries
from app.services.results_snapshot import canonical_members, joined_members

MAX_REVISION = 99  # a venue signs a handful of revisions; anything near this is a mistake or an attack


@dataclass(frozen=True)
class KeyInfo:
    """A registered venue key as the checks need it (the central database's VenueKey row, detached)."""

    id: int
    key_id: str
    public_line: str
    label: str
    item_no: int | None
    groups: str | None


@dataclass(frozen=True)
class Checked:
    """A package that passed every check made without the database, ready to be stored.

    ``head``: the findings of the package itself (audit chain, identities, totals, standings, history) and
    ``entries``: those of its entries (they come after the revision-gap warning, as they always did).
    ``signed_revisions``, ``head``, ``entries`` are None when working them out raised: only a package that is
    stored needs them, and its import then checks it again with ``strict`` to let that error out, as before.  ``light``: results.json's item, revision and per
    contestant only what the cross-item checks read.  ``lines``: the contestant rows, without package_id.
    """

    file_name: str
    zip_sha256: str
    snapshot_sha256: str
    key_id: str
    trusted_comment: str
    groups: str
    exported_at: str
    light: dict[str, Any]
    appeals: dict[str, Any] | None
    signed_revisions: frozenset[int] | None
    stored_text: str
    lines: list[dict[str, Any]]
    head: list[checks.Finding] | None
    entries: list[checks.Finding] | None

    @property
    def item_no(self) -> int:
        return int(self.light["item"]["no"])

    @property
    def revision(self) -> dict[str, Any]:
        return dict(self.light["revision"])


def groups_key(data: dict[str, Any]) -> str:
    return "+".join(g["name"] for g in data["groups"])


def check(path: Path, keys: Sequence[KeyInfo], identity: str | None, strict: bool = False) -> Checked:
    """Verify and check the package at ``path``; raises ``PackageRefused`` (or the error a check raised).

    ``strict``: let an error in working out what only a stored package needs out, instead of a None."""
    path = Path(path)
    verified = _verify(path, [PublicKey.parse(k.public_line) for k in keys], identity)
    data = verified.results
    key = next(k for k in keys if k.key_id == verified.key.key_id_hex)
    _check_key_scope(path.name, key, data)
    revision = data["revision"]["number"]
    if not 1 <= revision <= MAX_REVISION:
        raise PackageRefused(path.name, "results.json", tr(
            "版本号 {n} 不合理：版本号须为 1–{m}（成绩包可能被篡改或由错误的软件生成）").format(n=revision, m=MAX_REVISION))
    registered = {k.key_id: PublicKey.parse(k.public_line) for k in keys if k.item_no == data["item"]["no"]}
    audit = central_trail.read_audit(path.name, verified.files.get(AUDIT_NAME, b""))  # parsed once for both checks
    trail_findings = central_trail.check_trail(path.name, data, verified.files, registered, audit)  # refuses a bad history
    central_appeals.check_trail(path.name, verified.appeals, verified.files, audit)  # appeals.json = the trail's appeals
    # results.json as stored (canonical JSON) and its snapshot hash (exported_at left out) from one encoding
    members = canonical_members(data)
    stored = joined_members(members)
    snapshot_sha = hashlib.sha256(joined_members({**members, "exported_at": "null"}).encode("utf-8")).hexdigest()
    # Needed only if the package is stored (not a twin, its revision in order): an error here is kept for then.
    signed = _or_none(lambda: frozenset(_signed_revisions(verified.files)), strict)
    own = _or_none(lambda: (checks.check_package(data, audit) + trail_findings, check_entries(data)), strict)
    return Checked(
        file_name=path.name, zip_sha256=verified.zip_sha256, snapshot_sha256=snapshot_sha, key_id=key.key_id,
        trusted_comment=verified.trusted_comment, groups=groups_key(data), exported_at=data["exported_at"],
        light=_light(data), appeals=verified.appeals, signed_revisions=signed, stored_text=stored, lines=_lines(data),
        head=own[0] if own else None, entries=own[1] if own else None)


_T = TypeVar("_T")


def _or_none(compute: Callable[[], _T], strict: bool) -> _T | None:
    """``compute()``, or None when it raised (``strict``: let the error out)."""
    try:
        return compute()
    except Exception:
        if strict:
            raise
        return None


def _light(data: dict[str, Any]) -> dict[str, Any]:
    """What the database side reads of results.json (central._others, checks.check_across, _previous_chain)."""
    return {"item": data["item"], "revision": data["revision"], "contestants": [
        {k: c[k] for k in ("reg_no", "id_number", "name", "gender", "birth_date")} for c in data["contestants"]]}


def _lines(data: dict[str, Any]) -> list[dict[str, Any]]:
    item_no, item_name = data["item"]["no"], data["item"]["name"]
    return [{"item_no": item_no, "item_name": item_name, "group_name": c["group"], "id_number": c["id_number"],
             "name": c["name"], "gender": c["gender"], "birth_date": c["birth_date"], "unit": c["unit"],
             "reg_no": c["reg_no"], "status": c["status"],
             "total": Decimal(c["total"]) if c["total"] is not None else None, "rank": c["rank"],
             "award": c["award"], "passed": c["passed"]}
            for c in data["contestants"]]


def _verify(path: Path, keys: list[PublicKey], identity: str | None) -> VerifiedPackage:
    """An encrypted package (``….zip.age``) is decrypted in memory with the committee's identity, then
    verified exactly like a plain one; a plain ``.zip`` (older venues, or decrypted by hand) as before."""
    if not encrypted.file_is_encrypted(path):
        return verify_package(path, keys)
    if identity is None:
        raise PackageRefused(path.name, path.name, tr("成绩包已加密：须输入组委会加密密钥口令才能导入"))
    if path.stat().st_size > ZipLimits().max_total + (1 << 20):
        raise PackageRefused(path.name, path.name, tr("文件过大，已拒绝读取"))
    try:
        zipped = encrypted.decrypt(path.read_bytes(), identity, tr("成绩包"))
    except IntegrityError as exc:
        raise PackageRefused(path.name, path.name, exc.message) from exc
    return verify_package_bytes(path.name, zipped, keys)


def _check_key_scope(file_name: str, key: KeyInfo, data: dict[str, Any]) -> None:
    """A key signs only the item (and group set) it was registered for."""
    if key.item_no is None:
        raise PackageRefused(file_name, "SHA256SUMS.minisig", tr(
            "签名密钥“{label}”登记时没有限定项目，不能据此接收任何成绩包。请核实后用 "
            "venuescore central keys restrict {id} --item 项目编号 限定它的项目，再重新导入").format(
            label=key.label, id=key.id))
    if key.item_no != data["item"]["no"]:
        raise PackageRefused(file_name, "SHA256SUMS.minisig", tr("签名密钥登记为项目 {a} 所用，但成绩包是项目 {b}").format(
            a=f"{key.item_no:02d}", b=checks.item_label(data)))
    if key.groups is not None and set(key.groups.split("+")) != {g["name"] for g in data["groups"]}:
        raise PackageRefused(file_name, "SHA256SUMS.minisig", tr("签名密钥登记为组别“{a}”所用，但成绩包的组别是“{b}”").format(
            a=key.groups, b=groups_key(data) or tr("不分组")))


def _signed_revisions(files: Mapping[str, bytes]) -> set[int]:
    """The revisions whose sign-off the package's checkpoints show (already verified by central_trail)."""
    out: set[int] = set()
    for line in files.get(CHECKPOINTS_NAME, b"").decode("utf-8", "replace").splitlines():
        try:
            cp = json.loads(line)
        except json.JSONDecodeError:
            continue
        subject = str(cp.get("subject") or "") if isinstance(cp, dict) else ""
        if cp.get("event") in (checkpoints.SIGN_OFF, checkpoints.REVISION) and subject.startswith("revision:"):
            with contextlib.suppress(ValueError):
                out.add(int(subject.split(":", 1)[1]))
    return out
