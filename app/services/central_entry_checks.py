"""Who entered each score in a package: the judges and roles must be ones the venue's rules allow.

A package re-signed with the venue's own key can still carry entries that no venue could have made:
a judgement score in the name of someone not on the judge list, a score typed in by the check-in desk,
a judge entering another judge's judgement.  The venue's services refuse all of these
(app.services.scoring); here the committee checks the same rules on the received data.  Each finding
is an error (it blocks acceptance).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from app.i18n import tr
from app.roles import Role, role_label
from app.rules import scoring
from app.services.central_checks import ERROR, Finding

SCORING_ROLES = (str(Role.JUDGE), str(Role.HEAD_JUDGE))  # who may enter, double-enter or correct a score
_JUDGE = str(Role.JUDGE)  # the stored role text, made once (asked of every entry)
MAX_PER_CODE = 20  # a broken package can have thousands; the first ones and a count say enough


def check_entries(data: dict[str, Any]) -> list[Finding]:
    judges = {j["name"] for j in data["judges"]}
    kinds = {cr["code"]: cr["kind"] for m in data["scheme"]["modules"] for cr in m["criteria"]}
    found: dict[str, list[Finding]] = defaultdict(list)

    def bad(code: str, c: dict[str, Any], e: dict[str, Any], message: str) -> None:
        where = tr("{name}（报名号 {reg}）的第 {id} 号评分记录（{crit}）").format(
            name=c["name"], reg=c["reg_no"], id=e["id"], crit=e["criterion"])
        found[code].append(Finding(ERROR, code, where + message, c["id_number"]))

    for c in data["contestants"]:
        for e in c["entries"]:
            kind = kinds.get(e["criterion"])
            if kind is None:
                bad("entry_criterion", c, e, tr("：评分项不在成绩包的评分标准中"))
                continue
            if e["role"] not in SCORING_ROLES:
                bad("entry_role", c, e, tr("由“{by}”以“{role}”身份录入：只有裁判员和裁判长可以录入分数").format(
                    by=e["by"], role=role_label(e["role"])))
            if e["role"] == _JUDGE and e["by"] not in judges:
                bad("judge_unknown", c, e, tr("由“{by}”以裁判员身份录入，但此人不在成绩包的裁判名单中").format(by=e["by"]))
            if kind == scoring.JUDGEMENT:
                if e["judge"] is None or e["judge"] not in judges:
                    bad("judge_unknown", c, e, tr("是“{j}”的评价分，但该裁判不在成绩包的裁判名单中").format(
                        j=e["judge"] or tr("（无）")))
                elif e["role"] == _JUDGE and e["by"] != e["judge"]:
                    bad("entry_role", c, e, tr("是“{j}”的评价分，却由另一名裁判员“{by}”录入：裁判员只能录入自己的评价分").format(
                        j=e["judge"], by=e["by"]))
            elif e["judge"] is not None:
                bad("entry_judge", c, e, tr("是测量分，却记在裁判“{j}”名下（测量分由裁判组商定，不属于某位裁判）").format(
                    j=e["judge"]))
    out: list[Finding] = []
    for code, items in found.items():
        out += items[:MAX_PER_CODE]
        if len(items) > MAX_PER_CODE:
            out.append(Finding(ERROR, code, tr("……同类问题另有 {n} 条").format(n=len(items) - MAX_PER_CODE)))
    return out
