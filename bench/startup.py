"""Start-up: the built application folder vs. the source tree, to the painted demo window (same run).

    python bench/startup.py [--app dist/VenueScore] [--runs 5] [--platform offscreen|xcb]

Each run is a new process with a new, empty data folder (so the demo venue is built from scratch, as on a
first start): ``VenueScore --self-check`` from the folder against ``python -m app gui --self-check`` from the
source tree.  The clock runs from spawning the process to the moment it prints that the demo window has
painted (not to its exit).  Runs alternate between the two so machine load hits both alike; the report
gives the first (coldest) run of each, the median and the ratio of medians, and the same for
``--version`` (interpreter start and imports only).  Build the folder first: python scripts/build_app.py.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAINTED = "self-check: painted"


def time_to_line(command: list[str], env: dict[str, str], marker: str | None) -> float:
    """Seconds from spawn to the first stdout line containing ``marker`` (None: to the process's exit)."""
    started = time.perf_counter()
    with subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True, encoding="utf-8", errors="replace") as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            if marker and marker in line:
                took = time.perf_counter() - started
                proc.wait(timeout=120)
                return took
        proc.wait(timeout=120)
    if marker or proc.returncode != 0:
        raise RuntimeError(f"{command[0]} exited {proc.returncode} without {marker!r}")
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "VenueScore")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default="offscreen", help="Qt platform (xcb needs DISPLAY)")
    args = parser.parse_args()
    suffix = ".exe" if sys.platform == "win32" else ""
    gui, cli = args.app / f"VenueScore{suffix}", args.app / f"venuescore-cli{suffix}"
    if not gui.exists():
        print(f"no built folder at {args.app}: run python scripts/build_app.py first", file=sys.stderr)
        return 2
    commands = {
        "painted demo window": {"built": [str(gui), "--self-check"],
                                "source": [sys.executable, "-m", "app", "gui", "--self-check"]},
        "--version": {"built": [str(cli), "--version"], "source": [sys.executable, "-m", "app", "--version"]},
    }
    base = {k: v for k, v in os.environ.items() if not k.startswith(("VENUESCORE_", "QT_QPA"))}
    base["QT_QPA_PLATFORM"] = args.platform
    times: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="venuescore-bench-") as tmp:
        for i in range(args.runs):
            for what, pair in commands.items():
                order = ("built", "source") if i % 2 == 0 else ("source", "built")
                for kind in order:
                    env = {**base, "VENUESCORE_DATA_DIR": str(Path(tmp) / f"{kind}-{what[:3]}-{i}")}
                    marker = PAINTED if what.startswith("painted") else None
                    times.setdefault((what, kind), []).append(time_to_line(pair[kind], env, marker))
    print(f"start-up, {args.runs} runs each, platform {args.platform}, {os.cpu_count()} CPUs "
          f"(load {os.getloadavg()[0]:.1f})" if hasattr(os, "getloadavg") else "")
    print(f"{'':22}{'built first':>12}{'built median':>14}{'source first':>14}{'source median':>15}{'ratio':>8}")
    for what in commands:
        built, source = times[(what, "built")], times[(what, "source")]
        ratio = statistics.median(built) / statistics.median(source)
        print(f"{what:22}{built[0]:>11.2f}s{statistics.median(built):>13.2f}s{source[0]:>13.2f}s"
              f"{statistics.median(source):>14.2f}s{ratio:>7.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
