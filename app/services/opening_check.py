"""The GUI's check of a venue file it has just opened, run in the background while nothing can be written.

Opening a file in the GUI runs the whole integrity check (``integrity.check``: quick_check, the audit chain,
facts against the audit trail, checkpoints, backups) every time, never from a cache — it is the safety net
against a file changed outside VenueScore (docs/security.md).  On an item of 100,000 scores it takes seconds,
so it runs in a thread once the window is shown, and the file is held read-only from the opening until it
has passed:

- ``prepare`` holds every statement that would change the file (``VenueFile.hold_writes``: any service, any
  thread, audited or not) until the verdict.  A write attempted before it waits for it; after a passed check
  it goes on, after a failed one it is refused with the check's message, inside its transaction, so nothing
  is written.  Reading (sign-in, the pages, the grid) goes on meanwhile.  The GUI begins the check once the
  window and its first page are built (``begin``): checking while the page is built would slow the page and
  add to the window's peak memory, checking after it adds nothing to either (docs/performance.md).  A write
  or ``wait`` before that begins it at once.
- the GUI shows "正在核验场地文件…" until ``done``; on failure it applies the usual handling (the file is
  closed and the newest sound backup offered), as when the check ran before the window opened.

The check itself is the same function with the same result as before; only when it runs changed.
"""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING

from app.errors import DamagedVenueFile, IntegrityError
from app.i18n import tr
from db.venue_file import VenueFile

if TYPE_CHECKING:
    from app.services import integrity

_CHECKS: weakref.WeakKeyDictionary[VenueFile, OpeningCheck] = weakref.WeakKeyDictionary()


class OpeningCheck:
    """``integrity.check`` of one open venue in a background thread; the venue's writes wait for its verdict."""

    def __init__(self, venue: VenueFile) -> None:
        self.venue = venue
        self.report: integrity.IntegrityReport | None = None
        self.damaged: DamagedVenueFile | None = None  # found damaged while being read
        self.error: Exception | None = None  # anything else that stopped the check (treated as not passed)
        self._done = threading.Event()
        self._begun = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="venue-opening-check", daemon=True)
        venue.hold_writes(self.wait_until_sound)

    def begin(self) -> None:
        """Start checking (once; later calls do nothing)."""
        if self._begun.acquire(blocking=False):
            self._thread.start()

    def _run(self) -> None:
        try:
            # Imported here, in the thread: the check's modules (signatures, backups) load after the window
            # is on screen, not before it.
            from app.services import integrity

            self.report = integrity.check(self.venue)
        except DamagedVenueFile as exc:
            self.damaged = exc
        except Exception as exc:  # noqa: BLE001 - e.g. the file closed under it: not passed, never silently
            self.error = exc
        finally:
            if self.passed:
                self.venue.verified = True
            self._done.set()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    @property
    def passed(self) -> bool:
        return self.report is not None and self.report.ok and self.damaged is None and self.error is None

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the verdict (True when it is in); begins the check if it has not begun."""
        self.begin()
        return self._done.wait(timeout)

    def problem(self) -> str | None:
        """What the check found (None: passed, or not done yet): the message to show with the restore offer."""
        if not self.done or self.passed:
            return None
        if self.damaged is not None:
            return self.damaged.message
        if self.report is not None:
            return self.report.describe()
        return tr("赛场文件的完整性检查未能完成（{err}）。请从备份恢复，或把文件交技术支持检查。").format(err=self.error)

    def wait_until_sound(self) -> None:
        """The venue's write hold: returns once the file passed; refuses (IntegrityError) if it did not."""
        self.wait()
        problem = self.problem()
        if problem is not None:
            raise IntegrityError(tr("赛场文件未通过完整性检查，不能修改：") + problem)


def prepare(venue: VenueFile) -> OpeningCheck:
    """Hold the venue's writes until it has been checked; the check begins with ``begin`` (the GUI: once
    the window is shown) or with the first write or ``wait``, whichever comes first."""
    check = OpeningCheck(venue)
    _CHECKS[venue] = check
    return check


def start(venue: VenueFile) -> OpeningCheck:
    """Hold the venue's writes and begin checking it in the background now."""
    check = prepare(venue)
    check.begin()
    return check


def of(venue: VenueFile) -> OpeningCheck | None:
    """The opening check started for ``venue`` in this process, if any."""
    return _CHECKS.get(venue)
