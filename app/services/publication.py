"""成绩公示: the publication period, where appeals are lodged, and which columns the public sheet shows.

Stored as one setting (``publication``) in the venue file; changing it is audited.  The head judge sets it
after sign-off, as the committee's notice says (start, end, place and contact for appeals).  The sheet
itself (app.services.publication_sheet) is built from a signed revision; this module only holds the
settings and the rule "lodged after the end = late".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.errors import Problem, ValidationError
from app.i18n import tr
from app.roles import Actor, Role, require
from app.rules import text_policy
from app.services import audit, settings_rows
from db.models import Setting
from db.venue_file import VenueFile

KEY = "publication"

# Columns the publication sheet may show, in print order: key → heading.  No scores of others unless the
# committee chooses to publish totals (column "total"); never a full ID number, phone or birth date.
COLUMNS: dict[str, str] = {
    "rank": "名次",
    "name": "姓名",
    "id_masked": "身份证号",
    "unit": "单位",
    "total": "总分",
    "award": "奖项",
    "passed": "合格",
}
DEFAULT_COLUMNS = ("rank", "name", "id_masked", "unit", "award", "passed")


@dataclass(frozen=True)
class PublicationSettings:
    start: datetime | None = None
    end: datetime | None = None
    appeal_place: str = ""  # where to lodge appeals (申诉受理地点)
    appeal_contact: str = ""  # whom to ask / phone (受理人及电话)
    columns: tuple[str, ...] = DEFAULT_COLUMNS

    @property
    def period_set(self) -> bool:
        return self.start is not None and self.end is not None

    def is_late(self, lodged_at: datetime) -> bool:
        """An appeal lodged after the period's end is late (recorded as such, still decided)."""
        return self.end is not None and lodged_at > self.end

    def period_text(self) -> str:
        if not self.period_set:
            return tr("（公示期尚未设定）")
        assert self.start is not None and self.end is not None
        return tr("{a} 至 {b}").format(a=self.start.strftime("%Y-%m-%d %H:%M"), b=self.end.strftime("%Y-%m-%d %H:%M"))

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None,
                "appeal_place": self.appeal_place, "appeal_contact": self.appeal_contact,
                "columns": list(self.columns)}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> PublicationSettings:
        data = data or {}
        start, end = data.get("start"), data.get("end")
        return cls(datetime.fromisoformat(start) if start else None, datetime.fromisoformat(end) if end else None,
                   str(data.get("appeal_place") or ""), str(data.get("appeal_contact") or ""),
                   tuple(c for c in data.get("columns") or DEFAULT_COLUMNS if c in COLUMNS))


def get(venue: VenueFile) -> PublicationSettings:
    with venue.unit_of_work() as s:
        row = s.get(Setting, KEY)
        return PublicationSettings.from_json(row.value if row else None)


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.astimezone()  # the laptop's own zone (Beijing time at the venues)
    return moment


def checked(start: datetime | None, end: datetime | None, place: str, contact: str,
            columns: Sequence[str] | None) -> PublicationSettings:
    place = text_policy.clean(place, text_policy.LABEL_RULE, tr("申诉受理地点"))
    contact = text_policy.clean(contact, text_policy.LABEL_RULE, tr("受理人及电话"))
    cols = tuple(columns) if columns else DEFAULT_COLUMNS
    problems: list[Problem] = []
    if start is None or end is None:
        problems.append(Problem(tr("请填写公示开始和结束时间"), column=tr("公示期")))
    elif _aware(end) <= _aware(start):
        problems.append(Problem(tr("公示结束时间须晚于开始时间"), column=tr("公示期"), value=f"{start} – {end}"))
    if not place:
        problems.append(Problem(tr("请填写申诉受理地点（将印在公示表上）"), column=tr("申诉受理地点")))
    unknown = [c for c in cols if c not in COLUMNS]
    if unknown:
        problems.append(Problem(tr("未知的公示列：{c}（可选：{all}）").format(c="、".join(unknown), all="、".join(COLUMNS)),
                                column=tr("公示列")))
    if "rank" not in cols and "award" not in cols:
        problems.append(Problem(tr("公示表至少要有名次或奖项一列"), column=tr("公示列")))
    if problems:
        raise ValidationError(tr("无法保存公示设置"), problems)
    assert start is not None and end is not None
    ordered = tuple(c for c in COLUMNS if c in cols)
    return PublicationSettings(_aware(start), _aware(end), place, contact, ordered)


def set_publication(venue: VenueFile, actor: Actor, start: datetime | None, end: datetime | None, place: str,
                    contact: str = "", columns: Sequence[str] | None = None) -> PublicationSettings:
    """The head judge sets (or changes) the publication period, where appeals go and the sheet's columns."""
    require(actor, Role.HEAD_JUDGE, action=tr("设置成绩公示"))
    new = checked(start, end, place, contact, columns)
    with venue.unit_of_work() as s:
        old = settings_rows.put(s, KEY, new.to_json())
        audit.append(s, actor, "publication.settings", {"old": old, "new": new.to_json()})
    return new
