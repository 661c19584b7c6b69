"""Domain errors: every failure a person can act on carries a message and where it happened.

The GUI shows them in one dialog style, the CLI prints ``str(error)`` to stderr and exits
non-zero.  Messages are Simplified Chinese, wrapped in ``tr()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.i18n import tr


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one place in the input (a row of a file, a field of a form)."""

    message: str
    file: str | None = None
    row: int | None = None  # 1-based, as a spreadsheet shows it
    column: str | None = None  # column header or field name as the user sees it
    value: str | None = None

    def where(self) -> str:
        parts: list[str] = []
        if self.file:
            parts.append(self.file)
        if self.row is not None:
            parts.append(tr("第 {row} 行").format(row=self.row))
        if self.column:
            parts.append(tr("“{column}”列").format(column=self.column))
        return "，".join(parts)

    def __str__(self) -> str:
        where = self.where()
        text = f"{where}：{self.message}" if where else self.message
        if self.value not in (None, ""):
            text += tr("（值：{value}）").format(value=self.value)
        return text


class DomainError(Exception):
    """Base of all errors the core raises on purpose."""

    def __init__(self, message: str, problems: list[Problem] | None = None, **where: object) -> None:
        super().__init__(message)
        self.message = message
        self.problems: list[Problem] = list(problems or [])
        self.where = {k: v for k, v in where.items() if v is not None}

    def __str__(self) -> str:
        lines = [self.message]
        lines += [f"  - {p}" for p in self.problems[:50]]
        if len(self.problems) > 50:
            lines.append(tr("  ……另有 {n} 处问题").format(n=len(self.problems) - 50))
        return "\n".join(lines)


class ValidationError(DomainError):
    """Input is wrong; ``problems`` lists each bad place.  Nothing was written."""


class PermissionDenied(DomainError):
    """The signed-in person's role may not do this."""


class StateError(DomainError):
    """The action is not allowed in the current state (e.g. after a lock, before a draw)."""


class VenueFileError(DomainError):
    """The venue file cannot be opened safely (locked, newer version, damaged)."""


class DamagedVenueFile(VenueFileError):
    """The file is empty, cut short, not a venue file, or corrupt.  Nothing was written to it; the way out
    is the newest sound backup (``app.services.backup.newest_sound_backup``), never a repair."""

    def __init__(self, message: str, path: object, problem: str) -> None:
        super().__init__(message, file=str(path))
        self.path = path
        self.problem = problem  # "empty" | "truncated" | "foreign" | "corrupt"


class IntegrityError(DomainError):
    """Stored or received data failed a check (audit chain, signature, hash)."""


class NotFound(DomainError):
    """The named contestant, criterion, package… does not exist."""


@dataclass
class Collected:
    """Helper to gather problems and raise them together, so a report names every bad row."""

    problems: list[Problem] = field(default_factory=list)

    def add(self, message: str, **where: object) -> None:
        self.problems.append(Problem(message, **where))  # type: ignore[arg-type]

    def raise_if_any(self, message: str) -> None:
        if self.problems:
            raise ValidationError(message, self.problems)


class Cancelled(DomainError):
    """The user cancelled a long operation; everything it did was rolled back."""
