"""Crash test: a scripted scoring session in a child process, killed with SIGKILL at random moments.

For each round: copy a pristine scored-ready venue, start a child that enters judgement and
measurement scores and prints "ACK …" only after each entry's service call has returned (committed),
kill it after a random delay, then check in the parent that
  - every acknowledged entry is present with its value,
  - the audit chain verifies,
  - PRAGMA integrity_check is ok.

Run: python scripts/crash_test.py [rounds=50] [--seed N]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = r"""
import sys
from pathlib import Path
from app.services import draw, scheme, scoring, users
from db.venue_file import open_venue

venue = open_venue(Path(sys.argv[1]))
judges = [users.sign_in(venue, name, pin) for name, pin in (("李建国", "2001"), ("陈静", "2002"), ("刘洋", "2003"))]
head = users.sign_in(venue, "郑雪娜", "2468")
criteria = scheme.get_scheme(venue).criteria
cells = [(blind, c.code, c.kind) for _cid, blind in draw.scoring_rows(venue) for c in criteria]
print("READY", len(cells), flush=True)
for i, (blind, criterion, kind) in enumerate(cells):
    if kind == "J":
        for j, judge in enumerate(judges):
            value = str((i + j) % 3 + 1)
            scoring.enter(venue, judge, blind, criterion, value)
            print("ACK", blind, criterion, judge.name, value, flush=True)
    else:
        value = "1"
        scoring.enter(venue, head, blind, criterion, value)
        print("ACK", blind, criterion, "-", value, flush=True)
print("DONE", flush=True)
"""


@dataclass
class RoundResult:
    acked: int
    lost: int
    chain_ok: bool
    integrity: str
    finished: bool


def prepare(folder: Path) -> Path:
    """A demo venue checked in, drawn and with the LED marking scheme, but no scores yet."""
    from app.services import demo, scheme, users
    from db.venue_file import open_venue

    files = demo.build_demo(folder, "roster")
    with open_venue(files.venue) as v:
        demo.checkin_and_draw(v)
        head = users.sign_in(v, demo.HEAD_JUDGE, demo.HEAD_PIN)
        scheme.save_template(folder / "scheme.xlsx", demo=True)
        scheme.import_scheme(v, head, folder / "scheme.xlsx")
    return files.venue


STORED = """
SELECT b.code, c.code, u.name, e.value
FROM score_entry e
JOIN criterion c ON c.id = e.criterion_id
LEFT JOIN app_user u ON u.id = e.judge_id
JOIN blind_code b ON b.id = e.blind_code_id
WHERE e.kind = 'entry'
"""


def check(venue_path: Path, acks: list[tuple[str, str, str, str]]) -> tuple[int, bool, str]:
    """Read what is stored straight from the file (the SQL above), independent of the app's own views."""
    from app.services import integrity
    from db.venue_file import open_venue

    conn = sqlite3.connect(venue_path)
    stored = {(b, c, j or "-"): str(v) for b, c, j, v in conn.execute(STORED)}
    conn.close()
    lost = sum(1 for a in acks if stored.get((a[0], a[1], a[2])) is None or
               Decimal(stored[(a[0], a[1], a[2])]) != Decimal(a[3]))
    with open_venue(venue_path) as v:
        report = integrity.check(v, full=True)
    return lost, report.chain.ok, "ok" if report.sqlite_ok else report.sqlite_message


def one_round(pristine: Path, work: Path, rng: random.Random, max_delay: float) -> RoundResult:
    target = work / "crash.venue"
    for p in work.glob("crash.venue*"):
        p.unlink()
    shutil.copyfile(pristine, target)
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(target)], cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout is not None
    ready = child.stdout.readline()
    if not ready.startswith("READY"):
        child.kill()
        raise SystemExit(f"child failed to start: {ready}{child.stderr.read() if child.stderr else ''}")
    time.sleep(rng.uniform(0.0, max_delay))
    child.kill()  # SIGKILL on POSIX (TerminateProcess on Windows): no chance to flush or clean up
    out, _ = child.communicate()
    acks = [tuple(line.split()[1:5]) for line in out.splitlines() if line.startswith("ACK")]
    finished = "DONE" in out
    lost, chain_ok, integrity_msg = check(target, acks)  # type: ignore[arg-type]
    return RoundResult(len(acks), lost, chain_ok, integrity_msg, finished)


def main(rounds: int, seed: int, max_delay: float) -> int:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.setdefault("VENUESCORE_DATA_DIR", str(folder / "data"))
        pristine = prepare(folder / "pristine")
        total_acked = total_lost = failures = 0
        for n in range(1, rounds + 1):
            r = one_round(pristine, folder, rng, max_delay)
            total_acked += r.acked
            total_lost += r.lost
            bad = r.lost or not r.chain_ok or r.integrity != "ok"
            failures += bool(bad)
            print(f"round {n:3d}: acknowledged {r.acked:4d}, lost {r.lost}, chain {'ok' if r.chain_ok else 'BROKEN'}, "
                  f"integrity {r.integrity}{' (finished before the kill)' if r.finished else ''}")
        print(f"\n{rounds} SIGKILL rounds: {total_acked} acknowledged entries, {total_lost} lost, "
              f"{failures} rounds with a problem")
    return 1 if failures else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("rounds", nargs="?", type=int, default=50)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--max-delay", type=float, default=2.5, help="longest time before the kill, seconds")
    args = parser.parse_args()
    raise SystemExit(main(args.rounds, args.seed, args.max_delay))
