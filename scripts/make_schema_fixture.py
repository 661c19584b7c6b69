"""Write tests/db/fixtures/venue-<rev>.venue: a small venue at the current schema head.

Run once per released schema revision and commit the file; tests/db/test_migrations.py opens every
fixture with the current code and checks it upgrades cleanly and keeps its data.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from app.services import demo
from db.migrate import head_revision

OUT = Path(__file__).resolve().parent.parent / "tests" / "db" / "fixtures"


def main() -> Path:
    rev = head_revision()
    with tempfile.TemporaryDirectory() as tmp:
        files = demo.build_demo(Path(tmp), "scored")
        target = OUT / f"venue-{rev}.venue"
        src = sqlite3.connect(files.venue)
        dst = sqlite3.connect(target)
        src.backup(dst)  # one self-contained file, WAL folded in
        dst.execute("PRAGMA journal_mode=DELETE")
        dst.close()
        src.close()
    print("written", target)
    return target


if __name__ == "__main__":
    main()
