"""The committee's lists (inbox, conflicts, purge list, appeals) never read a package's results JSON: 3 MB parsed per
package, and per contestant line where lines were selected with their package (33 real packages: 20+ GB)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.package.keys import SigningKey
from app.services import central, central_appeals, central_purge, central_reports
from db.central.engine import CentralDb
from tests.central.packages import make, resign, statements

BY = "组委会 李明"


def test_lists_leave_the_results_json_unread(central_db: CentralDb, tmp_path: Path) -> None:
    made = make(tmp_path, 31)
    for item_no in (1, 2):  # the same people in two items: 兼项 lines in the conflicts list
        key = SigningKey.generate()
        central.register_key(central_db, BY, key.public.minisign_line(), f"{item_no:02d} 赛场", item_no)

        def change(data: dict[str, Any], item_no: int = item_no) -> None:
            data["item"]["no"], data["item"]["name"] = item_no, f"项目{item_no}"

        path = resign(made.path, tmp_path / f"{item_no}.zip", key, change,
                      comment=f"timestamp:0\titem:{item_no:02d} 项目{item_no}\trevision:1", drop=("checkpoints.jsonl",))
        central.import_package(central_db, BY, path)
    with statements(central_db) as seen:
        listed = central.packages(central_db)
        one = central.package(central_db, listed[0].id)
        conflicts = central_reports.conflicts(central_db)
        purge = central_purge.rows(central_db)
        appeals = central_appeals.item_appeals(central_db), central_appeals.held_back(central_db)
    assert [p.contestants for p in listed] == [len(made.results["contestants"])] * 2 == [one.contestants] * 2
    assert conflicts and len(purge) == 2 * len(made.results["contestants"]) and appeals == ([], [])
    assert seen and not [s for s in seen if "package.results" in s]
