"""What every page needs: the open venue file and who is signed in.  No ORM objects, no sessions."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from app.roles import Actor
from db.venue_file import VenueFile

# The room a score typed in the grid announces: the grid shows it itself, and nothing else on screen depends on
# one more score (pages are refreshed when shown; the status bar shows locks, revisions, exports and backups).
SCORE_TYPED = "scores.typed"


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
