"""The software's version and build, from one source: ``pyproject.toml``.

A built application folder carries ``resources/build_info.json``, written by ``scripts/build_app.py`` from
pyproject.toml and git at build time (version, commit, date).  Run from the source tree, the version is read
from pyproject.toml itself (an editable install's metadata goes stale when the version is bumped) and the
commit from git, asked only when someone wants the build line (``--version``, the 关于 dialog).  An installed
wheel falls back on its package metadata.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from importlib.resources import files
from pathlib import Path

from app.i18n import tr

BUILD_INFO_NAME = "build_info.json"
_SOURCE_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class BuildInfo:
    version: str
    commit: str  # short hash, "" when unknown; a trailing "+" marks uncommitted changes
    built_at: str  # ISO date and time of the build, "" when run from source
    frozen: bool  # True in the built application folder

    def describe(self) -> str:
        """One line for ``--version`` and the 关于 dialog."""
        if self.frozen:
            return tr("版本 {v}（构建 {c}，{d}）").format(v=self.version, c=self.commit or "?", d=self.built_at or "?")
        where = tr("源码运行")
        return tr("版本 {v}（{where}，提交 {c}）").format(v=self.version, where=where, c=self.commit or "?")


def _stamp() -> dict[str, str] | None:
    try:
        text = (files("resources") / BUILD_INFO_NAME).read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return None
    data = json.loads(text)
    return data if isinstance(data, dict) else None


def _pyproject_version() -> str | None:
    path = _SOURCE_ROOT / "pyproject.toml"
    if not path.is_file():
        return None
    project = tomllib.loads(path.read_text(encoding="utf-8")).get("project", {})
    return str(project["version"]) if project.get("name") == "venuescore" and "version" in project else None


@cache
def version() -> str:
    stamp = _stamp()
    if stamp and stamp.get("version"):
        return stamp["version"]
    found = _pyproject_version()
    if found:
        return found
    try:
        return metadata.version("venuescore")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def git_commit(root: Path = _SOURCE_ROOT) -> str:
    """Short commit hash of a source tree, "+"-suffixed when files differ from it; "" without git."""
    # no console window flashing up when the windowed GUI asks (Windows only; 0 elsewhere)
    quiet: int = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short=10", "HEAD"],
                              capture_output=True, text=True, timeout=10, check=True, creationflags=quiet).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10, check=True, creationflags=quiet).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""
    return head + ("+" if dirty else "")


@cache
def build_info() -> BuildInfo:
    stamp = _stamp()
    if stamp:  # only a built folder has one (the build writes it into the bundle, never into the tree)
        return BuildInfo(version(), stamp.get("commit", ""), stamp.get("built_at", ""), True)
    return BuildInfo(version(), git_commit(), "", bool(getattr(sys, "frozen", False)))
