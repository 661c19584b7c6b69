"""Build the self-contained application folder on this OS, smoke-test the built folder, write the venue kit.

    python scripts/build_app.py                # dist/VenueScore + dist/VenueScore-<version>-<os>-<arch>.zip
    python scripts/build_app.py --dist D --work W --kit-dir K [--no-kit]

Needs the build extra (`pip install -e '.[build]'`: PyInstaller).  Steps: PyInstaller with
packaging/venuescore.spec → scripts/smoke_app.py on the result (GUI self-check offscreen on the demo venue,
the command-line day with the bundled executable, one PDF) → scripts/venue_kit.py.  Exits non-zero when
any step fails; prints the folder's and the kit's size.  The same on Linux and Windows (CI:
.github/workflows/windows-build.yml).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling modules, whatever the working folder

import smoke_app  # noqa: E402
import venue_kit  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "venuescore.spec"


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of a folder, symlinks counted as links, not as their targets."""
    total = count = 0
    for path in venue_kit.walk(folder):
        total += os.lstat(path).st_size
        count += 1
    return total, count


def mib(n: int) -> str:
    return f"{n / 2**20:.1f} MiB"


def pyinstaller(dist: Path, work: Path) -> int:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is not installed: pip install -e '.[build]'", file=sys.stderr)
        return 2
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    print("building:", " ".join(command), flush=True)
    return subprocess.run(command, cwd=ROOT).returncode


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the folder goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder; kept between builds to make them faster")
    parser.add_argument("--kit-dir", type=Path, default=None, help="where the kit zip goes (default: --dist)")
    parser.add_argument("--no-kit", action="store_true", help="build and smoke-test only")
    parser.add_argument("--smoke-work", type=Path, default=None, help="keep the smoke test's files here")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    if pyinstaller(args.dist, args.work) != 0:
        print("build FAILED", file=sys.stderr)
        return 1
    folder = args.dist / "VenueScore"
    size, files = folder_size(folder)
    print(f"built {folder} in {time.perf_counter() - started:.0f} s: {mib(size)}, {files} files", flush=True)

    print("smoke test of the built folder:", flush=True)
    with tempfile.TemporaryDirectory(prefix="venuescore-smoke-") as tmp:
        outcomes = smoke_app.smoke(folder, args.smoke_work or Path(tmp))
    failed = [o for o in outcomes if not o.ok]
    print(f"smoke test: {len(outcomes) - len(failed)} passed, {len(failed)} failed", flush=True)
    if failed:
        return 1

    if not args.no_kit:
        kit = venue_kit.write_kit(folder, args.kit_dir or args.dist)
        problems = venue_kit.check_kit(kit.path)
        for p in problems:
            print(f"  ✗ kit: {p}", file=sys.stderr)
        if problems:
            return 1
        print(f"venue kit {kit.path}: {mib(kit.size)} ({kit.files} files, SHA256SUMS checked)")
    print(f"done in {time.perf_counter() - started:.0f} s: folder {mib(size)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
