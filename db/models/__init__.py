"""All venue-file tables.  Import from here so Alembic sees the whole metadata."""

from db.models.appeals import Appeal, AppealCorrection, AppealDecision
from db.models.base import Base
from db.models.checkpoints import Checkpoint
from db.models.draw import BlindCode, Draw, DrawReveal, SecondCode, StationAssignment
from db.models.results import DecryptEvent, ExportRecord, ResultRevision, TieDecision
from db.models.roster import CheckinEvent, Contestant
from db.models.scheme import Criterion, Module
from db.models.scores import BlindStatus, Deduction, Disqualification, LockEvent, ScoreEntry, TimeRecord
from db.models.venue import AuditRecord, CompetitionGroup, Setting, User, Vault, VenueInfo

# Tables whose rows are facts that happened: never updated, never deleted (enforced by triggers).
APPEND_ONLY_TABLES = (
    "audit_record",
    "checkin_event",
    "draw",
    "station_assignment",
    "second_code",
    "score_entry",
    "deduction",
    "disqualification",
    "time_record",
    "lock_event",
    "decrypt_event",
    "tie_decision",
    "result_revision",
    "export_record",
    "checkpoint",
    "blind_code",
    "blind_status",
    "draw_reveal",
    "appeal",
    "appeal_decision",
    "appeal_correction",
)

__all__ = [
    "APPEND_ONLY_TABLES", "Appeal", "AppealCorrection", "AppealDecision", "AuditRecord", "Base", "BlindCode", "BlindStatus", "CheckinEvent", "Checkpoint",
    "CompetitionGroup", "Contestant", "Criterion", "DecryptEvent", "Deduction", "Disqualification", "Draw",
    "DrawReveal", "ExportRecord", "LockEvent", "Module",
    "ResultRevision", "ScoreEntry", "SecondCode", "Setting", "StationAssignment", "TieDecision", "TimeRecord",
    "User", "Vault", "VenueInfo",
]
