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
QT_READY = "self-check: Qt ready"


def time_to_lines(command: list[str], env: dict[str, str], markers: tuple[str, ...]) -> list[float]:
    """Seconds from spawn to the first stdout line containing each marker (no markers: to the exit)."""
    started = time.perf_counter()
    seen: dict[str, float] = {}
    with subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True, encoding="utf-8", errors="replace") as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            for m in markers:
                if m in line and m not in seen:
                    seen[m] = time.perf_counter() - started
        proc.wait(timeout=300)
    if proc.returncode != 0 or len(seen) != len(markers):
        raise RuntimeError(f"{command[0]} exited {proc.returncode}; saw {sorted(seen)} of {markers}")
    return [seen[m] for m in markers] if markers else [time.perf_counter() - started]


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
    rows = {"painted demo window": ("painted demo window", (QT_READY, PAINTED)), "--version": ("--version", ())}
    with tempfile.TemporaryDirectory(prefix="venuescore-bench-") as tmp:
        for i in range(args.runs):
            for what, pair in commands.items():
                order = ("built", "source") if i % 2 == 0 else ("source", "built")
                for kind in order:
                    env = {**base, "VENUESCORE_DATA_DIR": str(Path(tmp) / f"{kind}-{what[:3]}-{i}")}
                    got = time_to_lines(pair[kind], env, rows[what][1])
                    labels = ("Qt ready (imports + QApplication)", "painted demo window (incl. building it)") \
                        if rows[what][1] else (what,)
                    for label, t in zip(labels, got, strict=True):
                        times.setdefault((label, kind), []).append(t)
    load = f", load {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    print(f"start-up, {args.runs} runs each, platform {args.platform}, {os.cpu_count()} CPUs{load}; seconds from spawn")
    print(f"{'':42}{'built 1st':>10}{'built med':>10}{'source 1st':>11}{'source med':>11}{'ratio':>7}")
    for label in dict.fromkeys(k[0] for k in times):
        built, source = times[(label, "built")], times[(label, "source")]
        ratio = statistics.median(built) / statistics.median(source)
        print(f"{label:42}{built[0]:>10.2f}{statistics.median(built):>10.2f}{source[0]:>11.2f}"
              f"{statistics.median(source):>11.2f}{ratio:>6.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
