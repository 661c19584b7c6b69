"""The committee's check of a package's history: signed checkpoints, and the audit trail against the entries.

A package is signed by the venue key, so nobody changes it on the way.  What the signature cannot show is
whether the venue file was rewritten before the export (a borrowed laptop, facts *and* audit records changed
and the chain re-hashed).  Two things in the package can:

- **checkpoints.jsonl** — the chain head signed at every lock, decryption, sign-off and export.  Each must
  carry a valid signature by a key registered for this item, name this item and one venue identity, and its
  head must still be the record of that number in audit.jsonl.  A re-hashed chain no longer contains the
  heads signed earlier.
- **audit.jsonl against results.json** — since layout 2 every fact row is in the audit record that made it.
  Every judge's entry in results.json must be in the trail with the same value, kind, correction link,
  reason, person and time, and every entry in the trail must be in results.json; entries of one contestant,
  criterion or judge must be the same row references in the trail (an entry moved to another contestant is
  caught without the trail naming anyone).  Deductions likewise.

Any failure refuses the package (``PackageRefused``), like a broken signature: nothing is stored.  An empty
audit trail is refused.  A package without checkpoints.jsonl is from an older VenueScore (layout 1): it is
imported with a warning, and only the chain and its head are checked (its trail holds counts, not entries).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib.resources import files as resource_files
from typing import Any

from app.i18n import tr
from app.package.export import AUDIT_NAME, CHECKPOINTS_NAME
from app.package.keys import PublicKey
from app.package.verify import PackageRefused
from app.services import checkpoints
from app.services.central_audit import AuditLines, read_lines
from app.services.central_checks import WARNING, Finding

FACTS = "facts"


def read_audit(name: str, raw: bytes, file: str = AUDIT_NAME) -> AuditLines:
    """The lines of a received JSON-lines file, each parsed once; refuses a file that is not UTF-8 JSON lines."""
    try:
        return read_lines(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageRefused(name, file, tr("不是有效的 UTF-8 JSON 行：{err}").format(err=exc)) from exc


def _lines(name: str, file: str, raw: bytes | AuditLines) -> list[dict[str, Any]]:
    out = (raw if isinstance(raw, AuditLines) else read_audit(name, raw, file)).parsed
    if not all(isinstance(r, dict) for r in out):
        raise PackageRefused(name, file, tr("每行应为一个 JSON 对象"))
    return out


def _facts(records: Iterable[dict[str, Any]], table: str) -> dict[Any, tuple[int, dict[str, Any]]]:
    out: dict[Any, tuple[int, dict[str, Any]]] = {}
    for r in records:
        data = r.get("data")
        if not isinstance(data, dict):
            continue
        for f in data.get(FACTS, []) or []:
            if isinstance(f, dict) and f.get("table") == table and isinstance(f.get("row"), dict):
                out[f["row"].get("id")] = (int(r.get("seq", 0)), f["row"])
    return out


def check_trail(name: str, data: dict[str, Any], files: Mapping[str, bytes],
                keys: Mapping[str, PublicKey], audit: AuditLines | None = None) -> list[Finding]:
    """Refuse (PackageRefused) a package whose history contradicts itself; return warnings.

    ``audit``: audit.jsonl already read (``read_audit``), so that the import parses it once."""
    records = _lines(name, AUDIT_NAME, audit if audit is not None else files.get(AUDIT_NAME, b""))
    if not records:
        raise PackageRefused(name, AUDIT_NAME, tr("审计记录为空：没有审计记录的成绩无法核对，拒绝接收"))
    if CHECKPOINTS_NAME not in files:
        return [Finding(WARNING, "no_checkpoints", tr(
            "成绩包来自旧版 VenueScore：没有签名检查点，评分记录也无法与审计记录逐条核对"))]
    _check_checkpoints(name, data, records, _lines(name, CHECKPOINTS_NAME, files[CHECKPOINTS_NAME]), keys)
    _check_entries(name, data, records)
    _check_deductions(name, data, records)
    return []


# ------------------------------------------------------------------------------------------ checkpoints


@cache
def _checkpoint_schema() -> dict[str, Any]:
    text = resource_files("resources").joinpath("schemas/checkpoint.schema.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def _check_checkpoints(name: str, data: dict[str, Any], records: list[dict[str, Any]],
                       cps: list[dict[str, Any]], keys: Mapping[str, PublicKey]) -> None:
    def refuse(reason: str) -> PackageRefused:
        return PackageRefused(name, CHECKPOINTS_NAME, reason)

    if not cps:
        raise refuse(tr("没有任何签名检查点（锁定、解密、签字确认、导出时都应签名）"))
    from jsonschema import Draft202012Validator  # loaded only when a package is checked

    validator = Draft202012Validator(_checkpoint_schema())
    for n, cp in enumerate(cps, start=1):
        error = next(iter(validator.iter_errors(cp)), None)
        if error is not None:
            raise refuse(tr("第 {n} 行不符合检查点格式：{msg}").format(n=n, msg=error.message[:200]))
    hashes = {r.get("seq"): r.get("hash") for r in records}
    recorded = _facts(records, "checkpoint")
    item_prefix = f"{data['item']['no']:02d} "
    uids = set()
    for n, cp in enumerate(cps, start=1):
        label = tr("第 {n} 个检查点（{event}，审计链 {short}）").format(
            n=n, event=checkpoints.event_label(str(cp.get("event"))),
            short=checkpoints.short(int(cp.get("seq") or 0), str(cp.get("head") or "")))
        fields, problem = checkpoints.check_one(cp, keys)
        if problem is not None:
            raise refuse(tr("{cp}：{p}").format(cp=label, p=problem))
        assert fields is not None
        if not fields["item"].startswith(item_prefix):
            raise refuse(tr("{cp}：属于项目“{item}”，不是本成绩包的项目").format(cp=label, item=fields["item"]))
        uids.add(fields["venue_uid"])
        if hashes.get(int(fields["seq"])) != fields["head"]:
            raise refuse(tr("{cp}：audit.jsonl 第 {seq} 条已不是签名时的内容（审计记录在签名后被改写）").format(
                cp=label, seq=fields["seq"]))
        mine = recorded.get(cp.get("id"))
        if mine is None or mine[1].get("statement") != cp.get("statement") or mine[1].get("signature") != cp.get(
                "signature"):
            raise refuse(tr("{cp}：与 audit.jsonl 中记载的检查点不一致").format(cp=label))
    if len(uids) > 1:
        raise refuse(tr("检查点来自 {n} 个不同的赛场文件").format(n=len(uids)))
    if set(recorded) != {cp.get("id") for cp in cps}:
        raise refuse(tr("audit.jsonl 记载的检查点与 checkpoints.jsonl 不一致（有检查点被删除或添加）"))
    number = data["revision"]["number"]
    signed = [cp for cp in cps if cp.get("event") in (checkpoints.SIGN_OFF, checkpoints.REVISION)
              and cp.get("subject") == f"revision:{number}"]
    if not signed:
        raise refuse(tr("没有第 {n} 版签字确认时的签名检查点").format(n=number))
    if int(signed[0]["seq"]) <= int(data["audit"]["records"]):
        raise refuse(tr("第 {n} 版的签字检查点早于 results.json 记载的审计链头").format(n=number))
    last = cps[-1]
    if last.get("event") != checkpoints.EXPORT or last.get("subject") != f"revision:{number}":
        raise refuse(tr("最后一个检查点不是本次导出（第 {n} 版）的导出检查点").format(n=number))


# ------------------------------------------------------------------------------------------ entries


def _bijection(pairs: Iterable[tuple[Any, Any]]) -> tuple[Any, Any, Any] | None:
    """(a, b) pairs must pair each a with one b and each b with one a; the first clash, or None."""
    forward: dict[Any, Any] = {}
    backward: dict[Any, Any] = {}
    for a, b in pairs:
        if forward.setdefault(a, b) != b:
            return a, forward[a], b
        if backward.setdefault(b, a) != a:
            return backward[b], a, b
    return None


OWNER_COLUMNS = ("contestant_id", "blind_code_id")  # what a score row points at: a person, or a blind code


def _owner(row: dict[str, Any]) -> Any:
    """The row's reference to whose work it scores (whichever the schema uses; one code is one person)."""
    return next((row[c] for c in OWNER_COLUMNS if c in row), None)


def _check_entries(name: str, data: dict[str, Any], records: list[dict[str, Any]]) -> None:
    def refuse(reason: str) -> PackageRefused:
        return PackageRefused(name, AUDIT_NAME, reason)

    trail = _facts(records, "score_entry")
    seen: set[Any] = set()
    owners, criteria, judges = [], [], []
    for c in data["contestants"]:
        who = tr("{name}（报名号 {reg}）").format(name=c["name"], reg=c["reg_no"])
        for e in c["entries"]:
            found = trail.get(e["id"])
            if found is None:
                raise refuse(tr("results.json 中{who}的评分记录 {id}（{crit}）在审计记录中不存在").format(
                    who=who, id=e["id"], crit=e["criterion"]))
            seq, row = found
            seen.add(e["id"])
            expected = {"value": e["value"], "kind": e["kind"], "supersedes_id": e["supersedes"],
                        "reason": e["reason"], "entered_by": e["by"], "entered_role": e["role"], "entered_at": e["at"]}
            for field, value in expected.items():
                if row.get(field) != value:
                    raise refuse(tr("{who}的评分记录 {id}（{crit}）的“{f}”：results.json 中为 {a}，第 {seq} 条审计记录中为 {b}")
                                 .format(who=who, id=e["id"], crit=e["criterion"], f=field, a=value, b=row.get(field),
                                         seq=seq))
            owners.append((c["reg_no"], _owner(row)))
            criteria.append((e["criterion"], row.get("criterion_id")))
            judges.append((e["judge"], row.get("judge_id")))
    extra = sorted(set(trail) - seen, key=lambda i: trail[i][0])
    if extra:
        raise refuse(tr("审计记录中有 {n} 条评分记录不在 results.json 中（第一条：第 {seq} 条审计记录的评分 {id}）").format(
            n=len(extra), seq=trail[extra[0]][0], id=extra[0]))
    for what, pairs in ((tr("选手"), owners), (tr("评分项"), criteria), (tr("裁判"), judges)):
        clash = _bijection(pairs)
        if clash is not None:
            raise refuse(tr("评分记录的{what}与审计记录对不上：results.json 的“{a}”在审计记录中对应不同的行（{b} 与 {c}）").format(
                what=what, a=clash[0], b=clash[1], c=clash[2]))


def _amount(text: Any) -> Decimal | None:
    """Points compared as numbers: results.json rounds them to the item's decimals, the row keeps them as typed."""
    try:
        return Decimal(str(text))
    except (InvalidOperation, ValueError):
        return None


def _check_deductions(name: str, data: dict[str, Any], records: list[dict[str, Any]]) -> None:
    rows = [r for _seq, r in _facts(records, "deduction").values()]
    cancels = Counter(r.get("cancels_id") for r in rows if r.get("cancels_id") is not None)
    trail = Counter((r.get("module_code"), _amount(r.get("amount")), r.get("reason"), r.get("actor"), r.get("at"),
                     r.get("id") in cancels) for r in rows if r.get("cancels_id") is None)
    package = Counter((d["module"], _amount(d["amount"]), d["reason"], d["by"], d["at"], d["cancelled"])
                      for c in data["contestants"] for d in c["deductions"])
    if trail != package:
        diff = (package - trail) or (trail - package)
        first = next(iter(diff))
        raise PackageRefused(name, AUDIT_NAME, tr("扣分记录与审计记录不一致：{d}").format(
            d=tr("{amount} 分（{reason}，{by}）").format(amount=first[1], reason=first[2], by=first[3])))
