"""The committee's purge list (issue 12): every contestant line it holds, masked, with what it is still needed for."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook

from app.cli.main import main
from app.services import central, central_purge
from db.central.engine import open_central
from tests.central.world import exported_item

BY = "组委会 李明"


def test_purge_list_names_what_is_still_needed(tmp_path: Path) -> None:
    e = exported_item(tmp_path, 31, n=12, top=60.5)  # a few above the pass line
    target = str(tmp_path / "c.sqlite")
    with open_central(target, create=True) as db:
        central.register_key(db, BY, e.key.public_line, "31 赛场", 31)
        central.accept(db, BY, central.import_package(db, BY, e.path).package.id)
        lines = central_purge.rows(db)
    assert len(lines) == 12
    needs = [str(r[-1]) for r in lines]
    assert any("荣誉证书" in n for n in needs) and any("复核期结束后可删除" in n for n in needs)
    out = tmp_path / "purge.xlsx"
    assert main(["central", "purge-list", "--db", target, "--out", str(out)]) == 0
    cells = [str(c.value) for row in load_workbook(out).active.iter_rows() for c in row if c.value is not None]
    assert not [c for c in cells if re.fullmatch(r"\d{17}[\dX]", c)]  # ID numbers masked
    assert any("********" in c for c in cells)
