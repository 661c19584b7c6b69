"""Start-up cost by construction: `--help` and the light commands load only what they use.

No timing here (that is bench/run.py's job): these tests look at which libraries a fresh process loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.cli import venue_cmds
from app.reports import checkin_sheets, result_reports, titles
from app.services import demo

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "mako", "reportlab", "openpyxl", "PySide6", "jsonschema", "cryptography", "qrcode")


def loaded_after(argv: list[str], tmp_path: Path) -> set[str]:
    """Top-level packages a fresh process has imported after running the CLI with ``argv``."""
    code = ("import json, sys\nfrom app.cli.main import main\ntry:\n    main(json.loads(sys.argv[1]))\n"
            "except SystemExit:\n    pass\nprint(json.dumps(sorted({m.split('.')[0] for m in sys.modules})), file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code, json.dumps(argv)], cwd=ROOT, capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "VENUESCORE_DATA_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)},
                         check=True)
    return set(json.loads(out.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize("argv", [["--help"], ["items"], ["roster", "--help"], ["report", "--help"],
                                  ["central", "--help"]], ids=" ".join)
def test_light_commands_load_no_heavy_library(argv: list[str], tmp_path: Path) -> None:
    assert loaded_after(argv, tmp_path).isdisjoint(HEAVY)


def test_a_command_still_loads_what_it_uses(tmp_path: Path) -> None:
    loaded = loaded_after(["roster", "list", "--db", str(tmp_path / "missing.venue")], tmp_path)
    assert "sqlalchemy" in loaded and "reportlab" not in loaded


def test_choices_spelled_for_the_parser_match_the_modules() -> None:
    assert tuple(result_reports.REPORTS) == tuple(titles.RESULT_REPORTS)
    assert tuple(checkin_sheets.SHEETS) == tuple(titles.CHECKIN_SHEETS)
    assert venue_cmds.DEMO_STAGES == demo.STAGES


def test_info_reads_a_venue_without_the_orm(venue_path: Path, tmp_path: Path) -> None:
    from app.services.venue import create_venue

    create_venue(venue_path, item_no=1, competition_date=date(2026, 11, 28), venue_place="实训中心 A201",
                 head_judge="郑雪娜", head_judge_pin="2468").close()
    assert loaded_after(["info", "--db", str(venue_path)], tmp_path).isdisjoint(HEAVY)
