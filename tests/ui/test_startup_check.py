"""Before Qt starts: a missing system library is named, with its Debian package, in Chinese and English;
README and .ci/run list every package the check knows; the list covers what Qt's plugins link (ldd)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ui import startup_check
from ui.startup_check import LINUX_QT_PACKAGES, package_for, qt_problem

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux dynamic linker")

# What Qt's libraries link besides LINUX_QT_PACKAGES: glibc and libstdc++ (every system), and libraries the
# listed packages bring with them through apt (X authorisation, compression, PCRE, crypto for systemd).
BROUGHT_ALONG = {"libc.so", "libm.so", "libdl.so", "libpthread.so", "librt.so", "libstdc++.so", "libgcc_s.so",
                 "libz.so", "libXau.so", "libXdmcp.so", "libbsd.so", "libmd.so", "libexpat.so", "libffi.so",
                 "libbrotlicommon.so", "libbrotlidec.so", "libpcre2-8.so", "libzstd.so", "liblz4.so",
                 "liblzma.so", "libsystemd.so", "libgcrypt.so", "libgpg-error.so", "libcap.so", "libgthread-2.0.so",
                 "libmount.so", "libselinux.so", "libblkid.so", "libgmodule-2.0.so", "libgobject-2.0.so",
                 "libgio-2.0.so", "libuuid.so"}


def test_no_display_is_named() -> None:
    message = qt_problem({"QT_QPA_PLATFORM": "xcb"})
    if not sys.platform.startswith("linux"):
        assert message is None
        return
    assert message is not None and "DISPLAY" in message and "无法启动图形界面" in message and "Cannot start" in message


@linux_only
def test_offscreen_with_the_libraries_present_is_fine() -> None:
    assert qt_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


@linux_only
def test_a_missing_library_is_named_with_its_package(tmp_path: Path) -> None:
    """A real plugin whose link to libxcb-icccm asks for a version no system has: the dynamic linker fails
    exactly as on a machine without libxcb-icccm4."""
    plugin = startup_check.platform_plugin("xcb")
    assert plugin is not None
    data = plugin.read_bytes()
    assert b"libxcb-icccm.so.4\0" in data
    copy = tmp_path / "plugins" / "platforms" / "libqxcb.so"
    copy.parent.mkdir(parents=True)
    copy.write_bytes(data.replace(b"libxcb-icccm.so.4\0", b"libxcb-icccm.so.9\0"))
    os.symlink(plugin.parents[2] / "lib", tmp_path / "lib")  # the plugin's RUNPATH is $ORIGIN/../../lib
    message = qt_problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}, plugin=copy)
    assert message is not None
    assert "libxcb-icccm.so.9" in message and "sudo apt-get install libxcb-icccm4" in message
    assert "无法启动图形界面" in message and "Cannot start the GUI" in message


@linux_only
def test_the_gui_command_exits_with_the_message_instead_of_aborting() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    done = subprocess.run([sys.executable, "-m", "app", "gui"], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 3 and "DISPLAY" in done.stderr


def test_readme_and_ci_list_every_package() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    apt = {word for group in re.findall(r"=\(([^)]*)\)", ci) for word in group.split()}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for package in set(LINUX_QT_PACKAGES.values()):
        assert package in apt, f".ci/run lacks {package}"
        assert re.search(rf"(?<![\w-]){re.escape(package)}(?![\w-])", readme), f"README lacks {package}"


@linux_only
@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd")
def test_the_package_list_covers_what_qt_links() -> None:
    plugin = startup_check.platform_plugin("xcb")
    assert plugin is not None
    qt = plugin.parents[2]
    files = [plugin, qt / "plugins" / "platforms" / "libqoffscreen.so", *(qt / "plugins" / "xcbglintegrations").glob("*.so"),
             *(qt / "plugins" / "imageformats").glob("*.so"), *(qt / "plugins" / "platforminputcontexts").glob("libcompose*.so"),
             *(qt / "plugins" / "platforminputcontexts").glob("libibus*.so"),
             *(qt / "lib" / n for n in ("libQt6Gui.so.6", "libQt6Widgets.so.6", "libQt6XcbQpa.so.6", "libQt6DBus.so.6"))]
    unknown = set()
    for f in files:
        for line in subprocess.run(["ldd", str(f)], capture_output=True, text=True).stdout.splitlines():
            name = line.strip().split(" ")[0]
            if ".so" not in name or "Qt6" in name or "icu" in name or name.startswith(("linux-vdso", "/")):
                continue
            base = re.sub(r"(\.so)(\.[\d.]+)?$", r"\1", name)
            if package_for(name) is None and base not in BROUGHT_ALONG:
                unknown.add(f"{name} ({f.name})")
    assert not unknown, f"add to LINUX_QT_PACKAGES, README and .ci/run: {sorted(unknown)}"
