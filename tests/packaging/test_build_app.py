"""The one build command, end to end on this OS: PyInstaller folder, smoke test of the BUILT app, venue kit.

Slow (about 2–3 minutes on 2 cores): one build per test session, in pytest's temp folder, shared by the
tests below.  Skipped where PyInstaller is not installed, except in CI (CI=true), where it must run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.packaging.scripts_loader import ROOT, load_script

# One worker builds once (xdist_group + --dist loadgroup), and the build may take minutes on a busy machine:
# the default 300 s per-test timeout would kill the worker mid-build.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("app-build"), pytest.mark.timeout(1500)]
venue_kit = load_script("venue_kit")


@dataclass(frozen=True)
class Build:
    code: int
    output: str
    folder: Path
    kits: list[Path]


@pytest.fixture(scope="session")
def build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Build]:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("PyInstaller missing in CI: .ci/run must install the [build] extra")
        pytest.skip("PyInstaller not installed (pip install -e '.[build]')")
    base = tmp_path_factory.mktemp("app-build")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VENUESCORE_", "QT_"))}
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_app.py"), "--dist", str(base / "dist"),
                           "--work", str(base / "work"), "--smoke-work", str(base / "smoke")],
                          capture_output=True, text=True, env=env, timeout=1200)
    yield Build(done.returncode, done.stdout + done.stderr, base / "dist" / "VenueScore",
                sorted((base / "dist").glob("VenueScore-*.zip")))


def test_build_and_smoke_test_pass(build: Build) -> None:
    assert build.code == 0, build.output[-4000:]
    assert "smoke test: " in build.output and " 0 failed" in build.output
    for step in ("GUI self-check", "CLI: lock", "CLI: decrypt", "CLI: sign-off", "CLI: package export",
                 "CLI: package verify", "PDF renders"):
        assert f"✓ {step}" in build.output, step


def test_the_folder_holds_two_programs_and_no_source_tree(build: Build) -> None:
    internal = build.folder / "_internal"
    assert (build.folder / "VenueScore").is_file() and (build.folder / "venuescore-cli").is_file()
    assert not (internal / "app" / "services" / "scoring.py").exists()  # code travels compiled, in the archive
    assert (internal / "db" / "migrations" / "versions").is_dir()  # Alembic reads these from disk
    platforms = {p.name for p in (internal / "PySide6" / "Qt" / "plugins" / "platforms").iterdir()}
    assert {"libqxcb.so", "libqoffscreen.so"} <= platforms and "libqwayland.so" not in platforms
    assert not [p for p in build.folder.rglob("*") if p.is_symlink() and not p.exists()], "dangling symlinks"


def test_the_kit_unzips_verifies_and_runs(build: Build, tmp_path: Path) -> None:
    assert len(build.kits) == 1, build.output[-2000:]
    kit = build.kits[0]
    assert venue_kit.check_kit(kit) == []
    if shutil.which("unzip") is None:
        pytest.skip("unzip not installed (.ci/run installs it)")
    subprocess.run(["unzip", "-q", str(kit), "-d", str(tmp_path)], check=True)
    top = tmp_path / kit.stem
    with zipfile.ZipFile(kit) as zf:
        assert f"{kit.stem}/使用说明.txt" in zf.namelist()
    if shutil.which("sha256sum"):
        subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=top, check=True)
    done = subprocess.run([str(top / "VenueScore" / "venuescore-cli"), "--version"], capture_output=True, text=True,
                          env={"PATH": os.environ.get("PATH", "")}, timeout=120)
    assert done.returncode == 0 and "构建" in done.stdout, done.stderr
