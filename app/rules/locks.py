"""Which modules, and whether the whole item, are locked: the latest lock event of each decides."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def locks_of(events: Iterable[Sequence[str | None]]) -> tuple[bool, set[str]]:
    """(item locked, locked modules) from the lock events (module or None for the item, action), oldest first:
    the latest event of each decides."""
    latest: dict[str | None, str | None] = {}
    for module, action in events:
        latest[module] = action
    return latest.get(None) == "lock", {m for m, action in latest.items() if m is not None and action == "lock"}
