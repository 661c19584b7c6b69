"""The package's four PDFs, drawn here or in a second process while this one writes the rest of the package.

An export's CPU is spread over a dozen steps (issue 17, docs/performance.md part 9); the largest one, the
评分明细表 (a page per contestant), does not depend on any of the others.  The venue laptop has two cores or more,
so ``PdfProcess`` draws the PDFs it is given in a ``spawn``-started process (as Windows starts one; the frozen
app calls ``multiprocessing.freeze_support()`` in packaging/launcher.py) while the export goes on with
results.json, audit.jsonl and results.xlsx.  The process is started before the export's checks, so loading
reportlab and the fonts overlaps them; what it is sent is plain data (``PdfJob``), what it sends back is the
files' bytes — exactly what ``render`` gives in this process, which is also the fallback.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import tempfile
import threading
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from multiprocessing.connection import Connection
from pathlib import Path

from app.i18n import tr
from app.reports.fonts import register_fonts
from app.reports.result_parts import VenueLines
from app.reports.result_reports import FROM_PRINTABLE
from app.services.results_printable import PrintableResults

POLL_S = 0.05  # how often a wait for the second process looks at the cancel button


@dataclass(frozen=True)
class PdfJob:
    """Everything the PDFs print: the results (a signed revision's snapshot), the venue's lines, the time."""

    printable: PrintableResults
    lines: VenueLines
    printed_at: datetime


def render(job: PdfJob, reports: Sequence[tuple[str, str]]) -> dict[str, bytes]:
    """The PDFs of ``job`` named in ``reports`` (report key of app.reports.result_reports, file name), by name."""
    out: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="venuescore-pdfs-") as tmp:
        for report, name in reports:
            path = Path(tmp) / name
            FROM_PRINTABLE[report](job.lines, job.printable, path, job.printed_at)
            out[name] = path.read_bytes()
    return out


def untranslated() -> bool:
    """True when reports print their Chinese source texts (the CLI, and the GUI unless English was chosen).

    The GUI's English texts come from Qt's translator, which only the GUI's process has: an English GUI draws
    its PDFs in its own process instead, so they are worded as before."""
    return all(tr(text) == text for text in ("成绩汇总表", "评分明细表", "名次", "裁判长 {name}"))


def _serve(conn: Connection) -> None:
    """The second process: the fonts are loaded while the parent checks the file, then one job is drawn."""
    try:
        register_fonts()
        job, reports = conn.recv()
        conn.send((True, render(job, reports)))
    except EOFError:  # the export stopped (cancelled, a check failed): nothing to draw
        return
    except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it as drawing here would
        try:
            conn.send((False, exc))
        except Exception:  # noqa: BLE001 - an exception that does not pickle: its text at least
            conn.send((False, RuntimeError(traceback.format_exc())))


class PdfProcess:
    """One job in a second process: ``start()``, ``submit`` once, ``result``, and always ``close``."""

    def __init__(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(child,), name="venuescore-pdfs", daemon=True)
        self._proc.start()
        child.close()
        self._sender: threading.Thread | None = None

    @classmethod
    def start(cls) -> PdfProcess | None:
        """A started process, or None where none can be started (the export then draws its PDFs itself)."""
        try:
            return cls()
        except (OSError, RuntimeError, ValueError):
            return None

    def submit(self, job: PdfJob, reports: Sequence[tuple[str, str]]) -> None:
        # Sent from a thread: the process may still be loading reportlab, and a job of a few MB fills the pipe.
        self._sender = threading.Thread(target=self._send, args=((job, list(reports)),), daemon=True)
        self._sender.start()

    def _send(self, message: object) -> None:
        with contextlib.suppress(OSError, ValueError):  # the process is gone: result() finds out, says None
            self._conn.send(message)

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
        if self._sender is not None:
            self._sender.join()  # a send to a stopped process fails at once
        self._conn.close()
