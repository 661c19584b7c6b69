"""What every page needs: the open venue file and who is signed in.  No ORM objects, no sessions."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from app.roles import Actor
from db.venue_file import VenueFile


class _Bus(QObject):
    """Pages announce changes so others refresh (e.g. check-in changes the scoring rows)."""

    data_changed = Signal(str)  # room name: "roster", "checkin", "draw", "scores", "results"
    actor_changed = Signal()


@dataclass
class UiContext:
    venue: VenueFile
    actor: Actor
    bus: _Bus = field(default_factory=_Bus)

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.bus.actor_changed.emit()
