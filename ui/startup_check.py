"""Before Qt starts: name the system library (and the Debian package) that keeps the GUI from starting.

On a minimal Linux install Qt's xcb platform plugin cannot load without a dozen X11/xcb libraries, and
Qt's own message then blames ``xcb-cursor0`` whatever is really missing, after which it aborts.  Here the
platform plugin is loaded with the dynamic linker first (it pulls in QtGui, EGL, fontconfig, xkbcommon…),
so the first missing library is known exactly; ``ldd`` (when present) lists the rest.  No Qt import: this
runs before PySide6's own modules, whose import would fail the same way with a bare ImportError.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

from app.i18n import tr

# Library name (without its version suffix) → the Debian/Ubuntu package that has it: everything Qt's
# xcb and offscreen platforms, QtGui/QtWidgets and their plugins need beyond a minimal Debian, as listed by
# `ldd` on PySide6's libqxcb.so, libQt6XcbQpa, libQt6Gui and the plugins.  README (“Linux 系统库”) and
# .ci/run carry the same packages; tests/ui/test_startup_check.py keeps the three in step.
LINUX_QT_PACKAGES: dict[str, str] = {
    "libEGL.so": "libegl1",
    "libGL.so": "libgl1",
    "libGLX.so": "libglx0",
    "libGLdispatch.so": "libglvnd0",
    "libfontconfig.so": "libfontconfig1",
    "libfreetype.so": "libfreetype6",
    "libglib-2.0.so": "libglib2.0-0",
    "libgthread-2.0.so": "libglib2.0-0",
    "libdbus-1.so": "libdbus-1-3",
    "libxkbcommon.so": "libxkbcommon0",
    "libxkbcommon-x11.so": "libxkbcommon-x11-0",
    "libX11.so": "libx11-6",
    "libX11-xcb.so": "libx11-xcb1",
    "libxcb.so": "libxcb1",
    "libxcb-cursor.so": "libxcb-cursor0",
    "libxcb-glx.so": "libxcb-glx0",
    "libxcb-icccm.so": "libxcb-icccm4",
    "libxcb-image.so": "libxcb-image0",
    "libxcb-keysyms.so": "libxcb-keysyms1",
    "libxcb-randr.so": "libxcb-randr0",
    "libxcb-render-util.so": "libxcb-render-util0",
    "libxcb-render.so": "libxcb-render0",
    "libxcb-shape.so": "libxcb-shape0",
    "libxcb-shm.so": "libxcb-shm0",
    "libxcb-sync.so": "libxcb-sync1",
    "libxcb-util.so": "libxcb-util1",
    "libxcb-xfixes.so": "libxcb-xfixes0",
    "libxcb-xkb.so": "libxcb-xkb1",
    "libpng16.so": "libpng16-16",
}

_MISSING = re.compile(r"([\w.+-]+\.so[\w.]*): cannot open shared object file")


def requested_platform(env: os._Environ[str] | dict[str, str] = os.environ) -> str:
    """The platform plugin Qt will try first: QT_QPA_PLATFORM's first entry, else xcb on Linux."""
    wanted = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if wanted:
        return wanted
    if not env.get("DISPLAY") and env.get("WAYLAND_DISPLAY") and platform_plugin("wayland"):
        return "wayland"  # a Wayland session without XWayland, in a build that ships the plugin
    return "xcb"


def platform_plugin(name: str) -> Path | None:
    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms" / f"libq{name}.so"
    return path if path.is_file() else None


def missing_libraries(library: Path) -> list[str]:
    """Names of the shared libraries ``library`` needs that the dynamic linker cannot find ([] if it loads)."""
    try:
        ctypes.CDLL(str(library), mode=os.RTLD_LAZY)
        return []
    except OSError as exc:
        first = _MISSING.findall(str(exc))
    found = list(first)
    ldd = shutil.which("ldd")
    if ldd:
        try:
            out = subprocess.run([ldd, str(library)], capture_output=True, text=True, timeout=20).stdout
        except (OSError, subprocess.SubprocessError):
            out = ""
        for line in out.splitlines():
            if "not found" in line:
                name = line.split("=>")[0].strip()
                if name not in found:
                    found.append(name)
    return found or [str(library.name)]


def package_for(soname: str) -> str | None:
    base = re.sub(r"(\.so)(\.[\d.]+)?$", r"\1", soname)
    return LINUX_QT_PACKAGES.get(base)


def describe_missing(platform: str, names: list[str]) -> str:
    packages = sorted({p for p in map(package_for, names) if p})
    lines = [
        tr("无法启动图形界面：缺少系统库 {libs}（Qt 的 {p} 平台插件需要）。").format(libs="、".join(names), p=platform),
        f"Cannot start the GUI: missing system libraries {', '.join(names)} (needed by Qt's {platform} platform plugin).",
    ]
    if packages:
        lines.append(tr("在 Debian/Ubuntu 上安装 / install with:") + "\n  sudo apt-get install " + " ".join(packages))
    lines.append(tr("完整清单见 README 的“Linux 系统库”一节 / full list: README, “Linux 系统库”."))
    return "\n".join(lines)


def qt_problem(env: os._Environ[str] | dict[str, str] = os.environ, plugin: Path | None = None) -> str | None:
    """A message for the person at the screen when Qt cannot start here, else None (Linux only)."""
    if not sys.platform.startswith("linux"):
        return None
    platform = requested_platform(env)
    if platform == "xcb" and not env.get("DISPLAY"):
        return "\n".join([
            tr("无法启动图形界面：没有图形显示（未设置 DISPLAY）。请在桌面环境中启动，或在服务器上使用命令行 venuescore …。"),
            "Cannot start the GUI: no X display (DISPLAY is not set). Start it from a desktop session, "
            "or use the command line (venuescore …).",
        ])
    plugin = plugin or platform_plugin(platform)
    if plugin is None:  # an unknown platform name: Qt lists the available ones itself
        return None
    missing = missing_libraries(plugin)
    return describe_missing(platform, missing) if missing else None
