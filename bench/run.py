"""The benchmark suite of issue 17: every workload, each beside a limit measured in the same run.

    python bench/run.py            realistic sizes (several minutes)
    python bench/run.py --quick    smaller sizes, under two minutes
    python bench/run.py --only start,roster     some groups: start roster scoring checkin export central

Prints one table (workload, size, project figure, limit figure, ratio, target, ok) and writes
bench/results.json (override with --json).  Everything is built in a temporary folder (kept with --keep); the
user's data folder is never touched.  docs/performance.md explains each row and the figures so far.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import ROOT, Row, table, write_json  # noqa: E402

GROUPS = ("start", "roster", "scoring", "checkin", "export", "central")


@dataclass(frozen=True)
class Sizes:
    reps: int
    roster: int
    grid: tuple[int, ...]
    typed: int
    checkin: int
    checkin_levels: tuple[int, ...]
    scans: int
    export: int
    packages: int


FULL = Sizes(reps=5, roster=10_000, grid=(125, 250, 500), typed=100, checkin=4_600, checkin_levels=(0, 2_250, 4_500),
             scans=6, export=455, packages=33)
QUICK = Sizes(reps=2, roster=3_000, grid=(50, 100), typed=20, checkin=600, checkin_levels=(0, 500), scans=5,
              export=100, packages=5)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smaller sizes, under two minutes")
    ap.add_argument("--only", default=",".join(GROUPS), help="comma-separated groups: " + " ".join(GROUPS))
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "results.json")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (printed at the end)")
    args = ap.parse_args(argv)
    groups = [g for g in args.only.split(",") if g]
    unknown = set(groups) - set(GROUPS)
    if unknown:
        ap.error(f"unknown groups: {', '.join(sorted(unknown))}")
    sizes = QUICK if args.quick else FULL
    tmp = tempfile.mkdtemp(prefix="venuescore-bench-")
    folder = Path(tmp)
    # In this process too: backups, keys and Qt's settings go to the bench folder, Qt draws offscreen.
    os.environ.update({"VENUESCORE_DATA_DIR": str(folder / "data"), "XDG_CONFIG_HOME": str(folder / "xdg-config"),
                       "XDG_DATA_HOME": str(folder / "xdg-data"), "QT_QPA_PLATFORM": "offscreen"})
    started = time.perf_counter()
    rows: list[Row] = []
    state: dict[str, Any] = {}
    try:
        for group in groups:
            t0 = time.perf_counter()
            rows += _run_group(group, folder / group, sizes, state)
            print(f"[{group}: {time.perf_counter() - t0:.0f} s]", file=sys.stderr, flush=True)
    finally:
        if not args.keep:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
    elapsed = time.perf_counter() - started
    print(table(rows))
    print(f"\n{'quick' if args.quick else 'full'} run, {elapsed:.0f} s, {platform.node()}, "
          f"{os.cpu_count()} cores; ratios are against limits measured in this run")
    if args.keep:
        print(f"files kept in {folder}")
    meta = {"run": "quick" if args.quick else "full", "at": time.strftime("%Y-%m-%dT%H:%M:%S")}
    write_json(rows, args.json, meta)
    return 0


def _run_group(group: str, folder: Path, sizes: Sizes, state: dict[str, Any]) -> list[Row]:
    folder.mkdir(parents=True)
    if group == "start":
        from bench import w_start

        return w_start.run(folder, sizes.reps)
    if group == "roster":
        from bench import w_roster

        return w_roster.run(folder, sizes.roster, sizes.reps)
    if group == "scoring":
        from bench import w_scoring

        return w_scoring.run(folder, sizes.grid, sizes.typed, sizes.reps)
    if group == "checkin":
        from bench import w_checkin

        return w_checkin.run(folder, sizes.checkin, sizes.checkin_levels, sizes.scans)
    if group == "export":
        from bench import w_package

        row, item, state["package"] = w_package.export(folder, sizes.export, sizes.reps)
        state["key"] = w_package.signing_key(item)
        item.venue.close()
        return [row]
    if group == "central":
        from bench import w_package

        if "package" not in state:  # the export group was not run: make the venue package to spread
            _row, item, state["package"] = w_package.export(folder, sizes.export, 1)
            state["key"] = w_package.signing_key(item)
            item.venue.close()
        rows, db = w_package.central(folder, state["package"], state["key"], sizes.packages, sizes.export)
        return rows + w_package.certificates(folder, db, max(1, sizes.reps // 2))
    raise ValueError(group)


if __name__ == "__main__":
    raise SystemExit(main())
