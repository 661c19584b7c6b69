"""Validating a verified package like a results office: recompute, compare, cross-check.

Everything here reads a results.json dict (already valid against the schema and signed) and says
what is wrong with it as ``Finding``s.  Errors block acceptance; warnings must be acknowledged by a
named person.  The recomputation uses the same rules as the venue (app.rules.scoring for totals,
the standings of app.services.results_standings for ranks, awards and passes), so an honest package
always agrees, and a venue bug or a change before signing shows up here.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.errors import ValidationError
from app.i18n import tr
from app.item_settings import ItemSettings
from app.rules import idcard, scoring
from app.services.audit import GENESIS
from app.services.audit import record_digest as audit_digest
from app.services.central_audit import AuditLines, text_digest
from app.services.results_facts import ContestantFacts, DecisionFact, ModuleResult
from app.services.results_standings import AWARDS, group_standing
from app.vocab import COMPETED

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Finding:
    severity: str  # error | warning
    code: str  # e.g. "total_mismatch", "double_entry"
    message: str
    id_number: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Finding:
        return cls(data["severity"], data["code"], data["message"], data.get("id_number"))


@dataclass(frozen=True)
class OtherEntry:
    """A contestant line of another (non-superseded) package, for the cross-package checks."""

    package_id: int
    item_no: int
    item_name: str
    groups: str
    group: str
    id_number: str
    name: str
    gender: str
    birth_date: str


def _who(c: dict[str, Any]) -> str:
    return tr("{name}（报名号 {reg}）").format(name=c["name"], reg=c["reg_no"])


def item_label(data: dict[str, Any]) -> str:
    return f"{data['item']['no']:02d} {data['item']['name']}"


# ----------------------------------------------------------------------------------- audit trail


def check_audit(data: dict[str, Any], audit_jsonl: bytes | AuditLines) -> list[Finding]:
    """The venue's audit chain must be intact and contain the head that results.json names.

    ``audit_jsonl``: the file's bytes, or the lines already read (central_audit.read_lines; the import reads
    them once for this and the history check).  Each record's hash is checked over its line's text first and,
    failing that, over the parsed record (app/services/central_audit.py says why that is the same check).
    """
    head = data["audit"]["head"]
    count = data["audit"]["records"]
    prev, seq = GENESIS, 0
    if isinstance(audit_jsonl, AuditLines):
        texts, parsed = audit_jsonl.texts, audit_jsonl.records
    else:
        try:
            texts = audit_jsonl.decode("utf-8").splitlines()
        except UnicodeDecodeError:
            return [Finding(ERROR, "audit_broken", tr("audit.jsonl 不是 UTF-8 文本"))]
        parsed = [_UNPARSED] * len(texts)
    seen_head = count == 0 and head == GENESIS
    for n, (line, r) in enumerate(zip(texts, parsed, strict=True), start=1):
        try:
            if r is _UNPARSED or r is None:  # a blank line fails here, as it always did
                r = json.loads(line)
            seq += 1
            ok = r["seq"] == seq and r["prev_hash"] == prev and (
                text_digest(prev, line, r) == r["hash"]
                or audit_digest(prev, r["seq"], r["at"], r["actor"], r["role"], r["action"], r["data"]) == r["hash"])
        except (json.JSONDecodeError, KeyError, TypeError):
            ok = False
        if not ok:
            return [Finding(ERROR, "audit_broken",
                            tr("audit.jsonl 第 {n} 行：审计链断裂（记录被改动、删除或顺序错乱）").format(n=n))]
        prev = r["hash"]
        if seq == count and r["hash"] == head:
            seen_head = True
    if not seen_head:
        return [Finding(ERROR, "audit_head", tr("audit.jsonl 中找不到签字时的第 {n} 条审计记录（哈希 {h}…）").format(
            n=count, h=head[:12]))]
    return []


_UNPARSED = object()  # a line check_audit still has to parse itself


# ------------------------------------------------------------------------------- within the item


def check_identities(data: dict[str, Any]) -> list[Finding]:
    out: list[Finding] = []
    groups = {g["name"] for g in data["groups"]}
    ids = Counter(c["id_number"] for c in data["contestants"])
    regs = Counter(c["reg_no"] for c in data["contestants"])
    for number, n in sorted(ids.items()):
        if n > 1:
            names = "、".join(_who(c) for c in data["contestants"] if c["id_number"] == number)
            out.append(Finding(ERROR, "duplicate_id", tr("同一身份证号在本项目中出现 {n} 次：{names}").format(
                n=n, names=names), number))
    for reg, n in sorted(regs.items()):
        if n > 1:
            out.append(Finding(ERROR, "duplicate_reg", tr("报名号 {reg} 出现 {n} 次").format(reg=reg, n=n)))
    for c in data["contestants"]:
        if c["group"] not in groups:
            out.append(Finding(ERROR, "unknown_group", tr("{who}的组别“{g}”不在本项目的组别中").format(
                who=_who(c), g=c["group"]), c["id_number"]))
        try:
            info = idcard.parse_id_number(c["id_number"], date.fromisoformat(data["venue"]["date"]))
        except ValidationError as exc:
            out.append(Finding(WARNING, "bad_id", tr("{who}的身份证号无效：{msg}").format(who=_who(c), msg=exc.message),
                               c["id_number"]))
            continue
        if info.birth_date.isoformat() != c["birth_date"] or info.gender != c["gender"]:
            out.append(Finding(WARNING, "id_mismatch", tr("{who}的出生日期或性别与身份证号不符").format(who=_who(c)),
                               c["id_number"]))
    return out


def _criteria(data: dict[str, Any]) -> list[scoring.Criterion]:
    return [
        scoring.Criterion(cr["code"], m["code"], cr["kind"], Decimal(cr["max_points"]),
                          cr["judges"] if cr["kind"] == scoring.JUDGEMENT else 1)
        for m in data["scheme"]["modules"] for cr in m["criteria"]
    ]


def recompute_totals(data: dict[str, Any]) -> dict[str, scoring.ContestantTotal]:
    """Totals from the judges' entries, exactly as the venue derives them."""
    places = int(data["settings"]["decimals"])
    entries = [
        scoring.Entry(e["id"], e["criterion"], c["reg_no"], e["judge"], Decimal(e["value"]), e["supersedes"], e["kind"])
        for c in data["contestants"] for e in c["entries"]
    ]
    deductions = [
        scoring.Deduction(c["reg_no"], d["module"], Decimal(d["amount"]), d["reason"])
        for c in data["contestants"] for d in c["deductions"] if not d["cancelled"]
    ]
    dq = {c["reg_no"]: {m["code"] for m in c["modules"] if m["disqualified"]} for c in data["contestants"]}
    return scoring.contestant_totals(_criteria(data), entries, deductions, dq, places,
                                     contestants=[c["reg_no"] for c in data["contestants"]])


def check_totals(data: dict[str, Any]) -> tuple[list[Finding], dict[str, Decimal | None]]:
    """Module scores and totals recomputed from the entries must equal the package's."""
    out: list[Finding] = []
    try:
        totals = recompute_totals(data)
    except (ValueError, ArithmeticError) as exc:
        return [Finding(ERROR, "recompute_failed", tr("无法根据评分记录重算成绩：{err}").format(err=exc))], {}
    recomputed: dict[str, Decimal | None] = {}
    for c in data["contestants"]:
        t = totals[c["reg_no"]]
        competed = c["status"] == COMPETED
        recomputed[c["reg_no"]] = t.total if competed else None
        if not competed:
            if c["total"] is not None:
                out.append(Finding(ERROR, "total_mismatch", tr("{who}状态为未参赛/取消资格，却有总分 {t}").format(
                    who=_who(c), t=c["total"]), c["id_number"]))
            continue
        mine = {m.module: m for m in t.modules}
        for m in c["modules"]:
            again = mine.get(m["code"])
            if again is None or Decimal(m["score"]) != again.score:
                out.append(Finding(ERROR, "module_mismatch", tr("{who}模块 {m}：包中 {a} 分，按评分记录重算为 {b} 分").format(
                    who=_who(c), m=m["code"], a=m["score"], b=again.score if again else "—"), c["id_number"]))
        if c["total"] is None or Decimal(c["total"]) != t.total:
            out.append(Finding(ERROR, "total_mismatch", tr("{who}总分：包中 {a}，按评分记录重算为 {b}").format(
                who=_who(c), a=c["total"], b=t.total), c["id_number"]))
        if not t.complete:
            out.append(Finding(ERROR, "incomplete", tr("{who}的评分不完整：{m}").format(
                who=_who(c), m="；".join(t.missing[:3])), c["id_number"]))
    return out, recomputed


def _facts(c: dict[str, Any], total: Decimal | None, places: int) -> ContestantFacts:
    modules = tuple(ModuleResult(m["code"], Decimal(m["raw"]), Decimal(m["deductions"]), Decimal(m["score"]),
                                 m["disqualified"], True) for m in c["modules"])
    return ContestantFacts(
        id=0, reg_no=c["reg_no"], name=c["name"], id_number=c["id_number"], gender=c["gender"],
        birth_date=date.fromisoformat(c["birth_date"]), unit=c["unit"], category=c["category"], group=c["group"],
        status=c["status"], station=c["station"], blind_code=c["blind_code"], modules=modules,
        item_deductions=Decimal(0), deductions=(), time_used_s=c["time_used_s"], total=total, complete=True,
        missing=(), entries=(), current=(),
    )


def _decision(group: str, d: dict[str, Any]) -> DecisionFact:
    return DecisionFact(0, group, tuple(d["contestants"]), d["resolution"], tuple(d["order"]), d["reason"], d["by"],
                        datetime.fromisoformat(d["at"]))


def check_standings(data: dict[str, Any], totals: dict[str, Decimal | None]) -> list[Finding]:
    """Ranks, awards, passes and group counts recomputed under the item's settings and tie decisions."""
    settings = ItemSettings.from_json(data["settings"])
    places = settings.decimals
    out: list[Finding] = []
    for g in data["groups"]:
        people = [c for c in data["contestants"] if c["group"] == g["name"]]
        facts = [_facts(c, totals.get(c["reg_no"]), places) for c in people]
        standing = group_standing(g["name"], facts, settings, [_decision(g["name"], d) for d in g["tie_decisions"]])
        title = g["name"] or tr("全部选手")
        q = standing.quota
        expected = {"registered": standing.registered, "competed": standing.competed,
                    "award_base_count": standing.award_base_count,
                    "quota": {"first": q.first, "second": q.second, "third": q.third, "merit": q.merit}}
        for key, value in expected.items():
            if g[key] != value:
                out.append(Finding(ERROR, "group_mismatch", tr("{g}：“{k}”包中为 {a}，按规则应为 {b}").format(
                    g=title, k=key, a=g[key], b=value)))
        for c in people:
            p = standing.placing(c["reg_no"])
            assert p is not None
            if c["rank"] != p.rank:
                out.append(Finding(ERROR, "rank_mismatch", tr("{who}名次：包中 {a}，重算为 {b}").format(
                    who=_who(c), a=c["rank"] or "—", b=p.rank or "—"), c["id_number"]))
            if c["award"] != p.award:
                out.append(Finding(ERROR, "award_mismatch", tr("{who}奖项：包中“{a}”，按规则应为“{b}”").format(
                    who=_who(c), a=c["award"] or tr("无"), b=p.award or tr("无")), c["id_number"]))
            passed = c["status"] == COMPETED and c["total"] is not None and Decimal(c["total"]) >= settings.pass_line
            if c["passed"] != passed:
                out.append(Finding(ERROR, "pass_mismatch", tr("{who}合格标记与合格线 {line} 不符（总分 {t}）").format(
                    who=_who(c), line=settings.pass_line, t=c["total"] or "—"), c["id_number"]))
        out += _quota_findings(title, people, q)
    return out


def _quota_findings(title: str, people: Sequence[dict[str, Any]], q: Any) -> list[Finding]:
    counts = Counter(c["award"] for c in people if c["award"])
    limits = dict(zip(AWARDS, (q.first, q.second, q.third, q.merit), strict=True))
    out: list[Finding] = []
    for award, n in counts.items():
        if n > limits[award]:
            # Only a recorded tie decision ("并列者均获较高奖项") may put more people on an award.
            out.append(Finding(WARNING, "over_quota", tr("{g}：{award} {n} 人，超过名额 {m} 人（并列裁定所致，请核对）").format(
                g=title, award=award, n=n, m=limits[award])))
    return out


def check_package(data: dict[str, Any], audit_jsonl: bytes | AuditLines) -> list[Finding]:
    """Everything that can be said about one package on its own."""
    findings = check_audit(data, audit_jsonl) + check_identities(data)
    total_findings, totals = check_totals(data)
    findings += total_findings
    if totals:
        findings += check_standings(data, totals)
    return findings


# ------------------------------------------------------------------------------ across packages


def check_across(data: dict[str, Any], groups_key: str, others: Iterable[OtherEntry]) -> list[Finding]:
    """兼项 (the same ID in another item), the same ID in another package of this item, the same ID with
    different names, and the same person (name, birth date, gender) under a different ID number."""
    mine_item = data["item"]["no"]
    by_id: dict[str, list[OtherEntry]] = defaultdict(list)
    by_person: dict[tuple[str, str, str], list[OtherEntry]] = defaultdict(list)
    for o in others:
        by_id[o.id_number].append(o)
        by_person[(o.name, o.birth_date, o.gender)].append(o)
    here = item_label(data)
    out: list[Finding] = []
    for c in data["contestants"]:
        masked = idcard.mask_id_number(c["id_number"])
        for o in by_id.get(c["id_number"], []):
            there = f"{o.item_no:02d} {o.item_name}"
            if o.item_no == mine_item:
                out.append(Finding(ERROR, "twice_in_item", tr(
                    "{who}（{id}）在本项目另一份成绩包（组别 {g}）中也有报名：同一人不能在同一项目报名两次").format(
                    who=_who(c), id=masked, g=o.group or "—"), c["id_number"]))
            else:
                out.append(Finding(WARNING, "double_entry", tr("兼项：{name}（{id}）同时参加“{a}”和“{b}”").format(
                    name=c["name"], id=masked, a=here, b=there), c["id_number"]))
            if o.name != c["name"]:
                out.append(Finding(WARNING, "name_conflict", tr("身份冲突：身份证号 {id} 在“{a}”中为“{n1}”，在“{b}”中为“{n2}”").format(
                    id=masked, a=here, n1=c["name"], b=there, n2=o.name), c["id_number"]))
        for o in by_person.get((c["name"], c["birth_date"], c["gender"]), []):
            if o.id_number != c["id_number"]:
                out.append(Finding(WARNING, "other_identity", tr(
                    "疑似多重身份：“{a}”的{name}（{id1}）与“{b}”的{name}（{id2}）姓名、性别、出生日期相同而身份证号不同").format(
                    a=here, b=f"{o.item_no:02d} {o.item_name}", name=c["name"], id1=masked,
                    id2=idcard.mask_id_number(o.id_number)), c["id_number"]))
    return out


def status_of(findings: Sequence[Finding]) -> str:
    if any(f.severity == ERROR for f in findings):
        return "errors"
    if findings:
        return "warnings"
    return "verified"
