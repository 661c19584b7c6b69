"""The package's four PDFs, drawn here or in a second process while this one writes the rest of the package.

An export's CPU is spread over a dozen steps (issue 17, docs/performance.md part 9); the largest one, the
评分明细表 (a page per contestant), does not depend on any of the others.  The venue laptop has two cores or more,
so ``PdfProcess`` draws the PDFs it is given in a ``spawn``-started process (as Windows starts one; the frozen
app calls ``multiprocessing.freeze_support()`` in packaging/launcher.py) while the export goes on with
results.json, audit.jsonl and results.xlsx.  The process is started before the export's checks, so loading
reportlab and the fonts overlaps them; what it is sent is plain data (``PdfJob``), what it sends back is the
files' bytes — exactly what ``render`` gives in this process, which is also the fallback.

The job comes in two parts: the signed results and the venue's lines as soon as they are read (the 评分明细表 is
laid out then, while this process still checks the file and unlocks the key), and the export's time once the
export checkpoint is signed (then the pages are written with it in every footer).
"""

from __future__ import annotations

import multiprocessing
import queue
import tempfile
import threading
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from multiprocessing.connection import Connection
from pathlib import Path

from app.i18n import tr
from app.reports import score_sheets
from app.reports.fonts import register_fonts
from app.reports.result_parts import VenueLines
from app.reports.result_reports import FROM_PRINTABLE
from app.services.results_printable import PrintableResults

SHEETS = "score-sheets"
POLL_S = 0.05  # how often a wait for the second process looks at the cancel button


@dataclass(frozen=True)
class PdfJob:
    """Everything the PDFs print: the results (a signed revision's snapshot), the venue's lines, the time."""

    printable: PrintableResults
    lines: VenueLines
    printed_at: datetime


def render(job: PdfJob, reports: Sequence[tuple[str, str]],
           laid: score_sheets.LaidOut | None = None) -> dict[str, bytes]:
    """The PDFs of ``job`` named in ``reports`` (report key of app.reports.result_reports, file name), by name;
    ``laid``: the 评分明细表 already laid out for the same results (``score_sheets.lay_out``)."""
    out: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="venuescore-pdfs-") as tmp:
        for report, name in reports:
            path = Path(tmp) / name
            if report == SHEETS and laid is not None:
                score_sheets.finish(laid, path, job.printed_at)
            else:
                FROM_PRINTABLE[report](job.lines, job.printable, path, job.printed_at)
            out[name] = path.read_bytes()
    return out


def untranslated() -> bool:
    """True when reports print their Chinese source texts (the CLI, and the GUI unless English was chosen).

    The GUI's English texts come from Qt's translator, which only the GUI's process has: an English GUI draws
    its PDFs in its own process instead, so they are worded as before."""
    return all(tr(text) == text for text in ("成绩汇总表", "评分明细表", "名次", "裁判长 {name}"))


def _serve(conn: Connection) -> None:
    """The second process: fonts loaded, the 评分明细表 laid out as soon as the results come, the files written
    once the time comes."""
    try:
        register_fonts()
        printable, lines, reports = conn.recv()
        laid = score_sheets.lay_out(lines, printable) if any(r == SHEETS for r, _ in reports) else None
        printed_at = conn.recv()
        conn.send((True, render(PdfJob(printable, lines, printed_at), reports, laid)))
    except EOFError:  # the export stopped (cancelled, a check failed): nothing to draw
        return
    except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it as drawing here would
        try:
            conn.send((False, exc))
        except Exception:  # noqa: BLE001 - an exception that does not pickle: its text at least
            conn.send((False, RuntimeError(traceback.format_exc())))


class PdfProcess:
    """One job in a second process: ``start()``, ``prepare``, ``print_at``, ``result``, and always ``close``."""

    def __init__(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(child,), name="venuescore-pdfs", daemon=True)
        self._proc.start()
        child.close()
        # Sent from a thread, in order: the process may still be loading reportlab, and the results fill the pipe.
        self._outbox: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._sender = threading.Thread(target=self._send_all, name="venuescore-pdfs-send", daemon=True)
        self._sender.start()

    @classmethod
    def start(cls) -> PdfProcess | None:
        """A started process, or None where none can be started (the export then draws its PDFs itself)."""
        try:
            return cls()
        except (OSError, RuntimeError, ValueError):
            return None

    def prepare(self, printable: PrintableResults, lines: VenueLines, reports: Sequence[tuple[str, str]]) -> None:
        """What to draw, from which results (the 评分明细表 is laid out at once)."""
        self._outbox.put((printable, lines, list(reports)))

    def print_at(self, printed_at: datetime) -> None:
        """The time in the footers: the files are written now."""
        self._outbox.put(printed_at)

    def _send_all(self) -> None:
        while (message := self._outbox.get()) is not _STOP:
            try:
                self._conn.send(message)
            except (OSError, ValueError):  # the process is gone: result() finds out and says None
                return

    def result(self, check: Callable[[], None]) -> dict[str, bytes] | None:
        """The drawn files; None if the process died without answering (the caller draws them itself).
        ``check`` is called while waiting (the cancel point: it raises to stop)."""
        while not self._conn.poll(POLL_S):
            check()
            if not self._proc.is_alive() and not self._conn.poll():
                return None
        try:
            ok, value = self._conn.recv()
        except (EOFError, OSError):
            return None
        if not ok:
            raise value
        return dict(value)

    def close(self) -> None:
        """Stop the process if it is still drawing (a cancelled or refused export) and release it."""
        if self._proc.is_alive():
            self._proc.terminate()
        self._proc.join()
        self._outbox.put(_STOP)
        self._sender.join()  # a send to a stopped process fails at once
        self._conn.close()


_STOP = object()
