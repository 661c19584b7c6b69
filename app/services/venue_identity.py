"""Which competition, item and venue a file belongs to: the heading every screen, report and package repeats.

Defined once; ``venue.VenueSummary`` (the start and main windows) and ``results_facts.VenueFacts`` (ranking,
reports, the package) extend it with what they add.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # read without the ORM too (app.services.venue_glance)
    from db.models import VenueInfo


@dataclass(frozen=True)
class VenueIdentity:
    competition_name: str
    organiser: str
    item_no: int
    item_name: str
    host_unit: str
    contact: str
    phone: str
    competition_date: date
    venue_place: str
    head_judge: str  # 裁判长

    @property
    def item_label(self) -> str:
        return f"{self.item_no:02d} {self.item_name}"


def identity_fields(info: VenueInfo) -> dict[str, Any]:
    """The VenueIdentity fields read from the venue_info row, as keyword arguments for a subclass."""
    return {
        "competition_name": info.competition_name, "organiser": info.organiser, "item_no": info.item_no,
        "item_name": info.item_name, "host_unit": info.host_unit, "contact": info.contact, "phone": info.phone,
        "competition_date": info.competition_date, "venue_place": info.venue_place, "head_judge": info.head_judge,
    }
