"""Hypothesis: hostile text (control, bidi, zero-width, combining, formula prefixes, very long) through the
whole chain — roster import → roster export → signed package → committee import → committee reports.

Two ways in: a roster file a person sends (the text policy refuses what it must, naming row and column),
and a venue file from an older version that stored such text unchecked (it must still export).  Nowhere
may a spreadsheet get a live formula, and nothing may crash.
"""

from __future__ import annotations

import csv
import io
import itertools
import sqlite3
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from app.cli.main import main
from app.errors import DomainError
from app.package import export as pkg
from app.reports.central_reports import write_central_report
from app.services import central, roster
from db.central.engine import open_central
from tests import committee
from tests.app.package.export_world import distinct, sign_and_export
from tests.app.services.results_world import build, deduct
from tests.app.test_tabular import INJECTIONS, formula_cells
from tests.central.world import make_venue
from tests.conftest import ROSTER_HEADERS, roster_rows

_n = itertools.count()

CONTROLS = "".join(chr(c) for c in [*range(0x01, 0x20), 0x7F, *range(0x80, 0xA0)])
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
COMBINING = "\u0301\u0308\u20dd\u0489"
PIECES = st.sampled_from(list(CONTROLS + INVISIBLE + COMBINING) + ["钱", "红", "A", " ", "\t", "<b>", "&", "\"", ","])


def _hostile() -> st.SearchStrategy[str]:
    mixed = st.lists(PIECES, min_size=1, max_size=12).map("".join)
    prefixed = st.tuples(st.sampled_from(["=", "+", "-", "@", "\t", "\r", "＝"]), mixed).map("".join)
    long = st.integers(51, 400).map(lambda n: "长" * n)
    return (st.sampled_from(INJECTIONS + ["钱\x07\x1b[31m红", "\u202e芳王", "王\u200b芳", "钱\u0301红"])
            | mixed | prefixed | long).filter(lambda s: s.strip() != "")


HOSTILE = _hostile()


def _no_formulas(path: Path) -> None:
    assert formula_cells(path) == [], path.name


def _import_side(folder: Path, names: list[str], units: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    venue, head, _ = make_venue(folder / "import.venue", 31)
    try:
        rows = roster_rows(len(names) + 1, seed=77)
        for row, name, unit in zip(rows, names, units, strict=False):
            row[0], row[4] = name, unit
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(ROSTER_HEADERS)
        writer.writerows(rows)
        (folder / "hostile.csv").write_text(buffer.getvalue(), encoding="utf-8", newline="")
        try:
            report = roster.import_roster(venue, head, folder / "hostile.csv", valid_only=True,
                                          rejected_out=folder / "rejected.xlsx")
        except DomainError as exc:  # e.g. a NUL makes it "not a text file": refused whole, with a message
            assert exc.message.strip() and roster.list_contestants(venue) == []
        else:
            assert all(p.row is not None and p.column for p in report.problems)
            if report.rejected_file:
                _no_formulas(Path(report.rejected_file))
        _no_formulas(roster.export_roster(venue, head, folder / "roster-out.xlsx"))
    finally:
        venue.close()
    capsys.readouterr()
    assert main(["roster", "list", "--db", str(folder / "import.venue")]) == 0
    out = capsys.readouterr().out
    assert not any(ch in out for ch in CONTROLS.replace("\t", "").replace("\n", "") + "\u202e\u2066")


def _package_side(folder: Path, names: list[str], units: list[str]) -> tuple[Path, str]:
    venue, head, staff = make_venue(folder / "old.venue", 31)
    try:
        w = build(venue, head, staff, folder, distinct(max(len(names), 2)))
        with sqlite3.connect(venue.path) as conn:  # text an older version stored without the policy
            for reg_no, name, unit in zip(w.reg_nos, names, units, strict=False):
                conn.execute("UPDATE contestant SET name = ?, unit = ? WHERE reg_no = ?", (name, unit, reg_no))
        deduct(venue, w.reg_nos[0], Decimal("0.5"), units[-1], module="A")  # a reason, printed and packaged
        view, public_line = sign_and_export(venue, head, folder / "out")
    finally:
        venue.close()
    assert view.path is not None
    zipped = committee.decrypted(view.path)  # as the committee has it after decryption
    with zipfile.ZipFile(zipped) as z:
        (folder / "results.xlsx").write_bytes(z.read(pkg.XLSX_NAME))
    _no_formulas(folder / "results.xlsx")
    return zipped, public_line


def _central_side(folder: Path, package_path: Path, public_line: str) -> None:
    with open_central(folder / "central.sqlite", create=True) as db:
        central.register_key(db, "组委会 李明", public_line, "31 赛场", 31)
        result = central.import_package(db, "组委会 李明", package_path)
        assert result.outcome == "imported" and not result.package.errors, result.package.findings
        central.accept(db, "组委会 李明", result.package.id, acknowledge_warnings=True)
        for name in ("awards", "conflicts", "statistics", "passes"):
            write_central_report(db, name, folder / f"{name}.xlsx")
            _no_formulas(folder / f"{name}.xlsx")
        write_central_report(db, "awards", folder / "awards.pdf")
        assert (folder / "awards.pdf").stat().st_size > 1000


# No "explain" phase: it traces every line of the PDF and package code and takes minutes per failure.
@settings(max_examples=6, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(names=st.lists(HOSTILE, min_size=1, max_size=3), units=st.lists(HOSTILE, min_size=1, max_size=3))
# Found by this test: a NEL or line separator in a reason split its audit.jsonl line at the committee.
@example(names=["钱\x85红", "=1+1"], units=["\x01\x85", "\u2028单位"])
def test_hostile_text_from_roster_to_committee_report(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      names: list[str], units: list[str]) -> None:
    folder = tmp_path / f"ex{next(_n)}"
    folder.mkdir()
    _import_side(folder, names, units, capsys)
    _central_side(folder, *_package_side(folder, names, units))
