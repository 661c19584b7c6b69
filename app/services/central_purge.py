"""The committee's purge list (待清除清单, issue 12): which personal data the central database holds and which of
it is still needed.

Certificates (荣誉证书) need the name of everyone with an award; the 专项职业能力证书 needs the full ID number of
everyone who passed.  Everyone else's name and ID number serve only the review period (appeals, 兼项 checks).
The list names every contestant line of every package (withdrawn and superseded ones too: they hold the same data)
by item, group, 报名号 and a masked ID number, says what it is still needed for, and is what the data officer works
through when the retention period ends.  Nothing is deleted by making the list.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.i18n import tr
from app.rules.idcard import mask_id_number
from app.services.central import ACCEPTED, LINE_PACKAGE, status_label
from app.tabular import write_xlsx
from db.central.engine import CentralDb
from db.central.models import ContestantResult, Package

HEADERS = ("成绩包", "项目", "组别", "版本", "成绩包状态", "报名号", "身份证号（打码）", "奖项", "合格", "仍需保留的用途")


def rows(db: CentralDb) -> list[list[object]]:
    out: list[list[object]] = []
    with db.unit_of_work() as s:
        found = s.execute(select(ContestantResult, Package).join(Package, Package.id == ContestantResult.package_id)
                          .order_by(Package.item_no, Package.groups, Package.revision, ContestantResult.id)
                          .options(LINE_PACKAGE)).all()  # not each line's package's results JSON
        for c, p in found:
            needs = []
            if p.status == ACCEPTED and c.award:
                needs.append(tr("荣誉证书（姓名）"))
            if p.status == ACCEPTED and c.passed:
                needs.append(tr("专项职业能力证书（姓名、身份证号）"))
            out.append([p.id, f"{p.item_no:02d} {p.item_name}", c.group_name, p.revision, status_label(p.status),
                        c.reg_no, mask_id_number(c.id_number), c.award or "", tr("是") if c.passed else "",
                        "；".join(needs) or tr("无：复核期结束后可删除")])
    return out


def write(db: CentralDb, out: Path) -> int:
    found = rows(db)
    write_xlsx(Path(out), [tr(h) for h in HEADERS], found, title=tr("待清除清单"))
    return len(found)
