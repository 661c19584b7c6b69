"""The package's PDFs drawn in a second process (app.reports.package_pdfs): the same bytes as drawn here, the
process stopped whatever happens to the export, and an English GUI's PDFs drawn in its own process."""

from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys
import threading
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from app import i18n
from app.errors import Cancelled, ValidationError
from app.reports import package_pdfs
from app.reports.result_parts import VenueLines
from app.roles import Actor
from app.services import package, results
from db.venue_file import VenueFile
from tests.app.package.export_world import PASSPHRASE, export, signed_venue

AT = datetime(2026, 11, 30, 16, 5, 7).astimezone()


def _job(venue: VenueFile, head: Actor, at: datetime) -> package_pdfs.PdfJob:
    rev = results.latest_revision(venue)
    assert rev is not None
    p = results.printable(venue, head, rev.number)
    return package_pdfs.PdfJob(p, VenueLines.of(venue, p), at)


def test_the_second_process_draws_the_same_bytes(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                 tmp_path: Path) -> None:
    signed_venue(venue, head, staff, tmp_path)
    job = _job(venue, head, AT)
    here = package_pdfs.render(job, package.PDF_REPORTS)
    drawing = package_pdfs.PdfProcess.start()
    assert drawing is not None
    try:
        drawing.prepare(job.printable, job.lines, package.PDF_REPORTS)  # the sheets are laid out before the time
        drawing.print_at(job.printed_at)
        there = drawing.result(lambda: None)
    finally:
        drawing.close()
    assert there == here and set(here) == {name for _, name in package.PDF_REPORTS}
    assert all(pdf.startswith(b"%PDF-") for pdf in here.values())


def test_an_exported_package_holds_the_pdfs_drawn_here(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                       tmp_path: Path) -> None:
    assert package.IN_SECOND_PROCESS and package.PROCESS_REPORTS  # the export under test uses the second process
    e = export(venue, head, staff, tmp_path)
    with zipfile.ZipFile(e.path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    at = datetime.fromisoformat(json.loads(members["results.json"])["exported_at"])
    assert package_pdfs.render(_job(venue, head, at), package.PDF_REPORTS) == {
        n: b for n, b in members.items() if n.endswith(".pdf")}
    assert multiprocessing.active_children() == []  # the drawing process has ended


def test_a_cancelled_or_refused_export_stops_the_second_process(venue: VenueFile, head: Actor,
                                                               staff: dict[str, Actor], tmp_path: Path) -> None:
    signed_venue(venue, head, staff, tmp_path)
    cancel = threading.Event()

    def progress(done: int, total: int, text: str) -> None:
        if done == len(package.PDF_REPORTS) + 2:  # the last PDF's step: the score sheets may still be drawing
            cancel.set()

    with pytest.raises(Cancelled):
        package.export_package(venue, head, PASSPHRASE, tmp_path, progress, cancel)
    assert multiprocessing.active_children() == [] and package.exports(venue) == []
    assert list(tmp_path.glob("*.age")) == []
    with pytest.raises(ValidationError, match="口令不正确"):
        package.export_package(venue, head, "not the passphrase", tmp_path)
    assert multiprocessing.active_children() == []


def test_an_english_gui_draws_its_pdfs_in_its_own_process() -> None:
    """Qt's translator exists only in the GUI's process: translated reports are not drawn elsewhere."""
    assert package_pdfs.untranslated()
    i18n.install_translator(lambda context, text: {"成绩汇总表": "Results summary"}.get(text, text))
    try:
        assert not package_pdfs.untranslated() and package._second_process() is None  # noqa: SLF001
    finally:
        i18n.install_translator(lambda context, text: text)


def test_the_drawing_process_loads_no_database_layer() -> None:
    """What the second process imports to draw: reportlab and the report modules, not SQLAlchemy and the services
    (their loading would cost the export as much CPU again as the summary sheet's drawing)."""
    code = ("import sys, app.reports.package_pdfs; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'db', 'openpyxl') "
            "or m.startswith('app.services.') and m != 'app.services.results_printable'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[3])
    assert out.stdout.strip() == "[]"
