"""One version number, in pyproject.toml; the build line names the commit (and the date, once built)."""

from __future__ import annotations

import subprocess
import tomllib
from pathlib import Path

import pytest

import app
from app.cli.main import main
from app.version import BuildInfo, build_info, git_commit, version

ROOT = Path(__file__).resolve().parents[2]


def test_version_comes_from_pyproject() -> None:
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert version() == expected
    assert app.__version__ == expected  # the name older code imports


def test_cli_version_shows_version_and_build(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"VenueScore 版本 {version()}")
    assert ("构建" in out) if build_info().frozen else ("源码运行" in out)


def test_build_line_of_a_built_folder_and_of_the_source() -> None:
    built = BuildInfo("1.2.0", "0123abcdef", "2026-11-20 08:00 UTC", frozen=True)
    assert built.describe() == "版本 1.2.0（构建 0123abcdef，2026-11-20 08:00 UTC）"
    assert "源码运行" in BuildInfo("1.2.0", "", "", frozen=False).describe()


def test_git_commit_marks_uncommitted_changes(tmp_path: Path) -> None:
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(tmp_path), *args], capture_output=True, text=True, check=True).stdout

    git("init", "-q")
    (tmp_path / "f.txt").write_text("a")
    git("add", "f.txt")
    git("-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "first")
    head = git("rev-parse", "--short=10", "HEAD").strip()
    assert git_commit(tmp_path) == head
    (tmp_path / "f.txt").write_text("b")
    assert git_commit(tmp_path) == head + "+"
    assert git_commit(tmp_path / "not-a-repo") == ""
