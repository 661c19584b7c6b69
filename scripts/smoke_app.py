"""Smoke-test a BUILT application folder (not the source tree): GUI self-check, a command-line day, a PDF.

    python scripts/smoke_app.py dist/VenueScore [--work DIR]

Runs the folder's own executables with a clean environment (no PYTHONPATH, no virtualenv, its own data
folder), so a module or data file missing from the bundle fails here rather than at a venue.  Exit code 0
when every step passed, 1 otherwise.  scripts/build_app.py calls it after each build.

The command-line day is the list SMOKE_DAY below: when a command changes, change it there (and in the
README's "Command line" section, which shows the same day).
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

GUI_EXE, CLI_EXE = "VenueScore", "venuescore-cli"
HEAD_JUDGE, HEAD_PIN = "郑雪娜", "2468"  # the demo venue's head judge (app/services/demo.py)
PASSPHRASE = "巴渝工匠2026演示"  # the demo head judge's passphrase (app/services/demo.py DEMO_PASSPHRASE)

# The command-line day, run in order with the bundled console executable; {work} is a fresh folder and
# {venue} the demo venue in it; an argument with * is expanded as a file pattern.  Keep it in step with the
# CLI (app/cli/*) and the README.
SMOKE_DAY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("demo venue", ("demo", "--dir", "{work}/day")),
    ("unlock (the demo comes locked)", ("unlock", "--reason", "冒烟测试：重新锁定", "--db", "{venue}")),
    ("lock", ("lock", "--db", "{venue}", "--passphrase", PASSPHRASE)),
    ("decrypt", ("decrypt", "--db", "{venue}", "--passphrase", PASSPHRASE)),
    ("tie decision at the award boundary", ("tie", "decide", "--contestants", "01006,01007",
                                            "--resolution", "all_higher", "--reason", "冒烟测试裁定",
                                            "--db", "{venue}")),
    ("sign-off", ("signoff", "--db", "{venue}", "--passphrase", PASSPHRASE)),
    ("venue key (the demo's vault): public key file", ("keys", "show", "--db", "{venue}", "--pub-out", "{work}/venue.pub")),
    ("package export", ("package", "export", "--db", "{venue}", "--passphrase", PASSPHRASE, "--out", "{work}/usb")),
    ("package open (the head judge reopens the encrypted package)", ("package", "open", "{work}/usb/*.zip.age",
                                                                   "--out", "{work}/opened.zip", "--db", "{venue}",
                                                                   "--passphrase", PASSPHRASE)),
    ("package verify", ("package", "verify", "{work}/opened.zip", "--key", "{work}/venue.pub")),
    ("PDF report (成绩汇总表)", ("report", "summary", "--db", "{venue}", "--out", "{work}/成绩汇总表.pdf")),
)
SMOKE_PDF = "成绩汇总表.pdf"
SELF_CHECK_ERRORS = "self-check-error.txt"  # packaging/launcher.py


@dataclass(frozen=True)
class Outcome:
    name: str
    ok: bool
    seconds: float
    detail: str = ""


def exe(folder: Path, stem: str) -> Path:
    return folder / (stem + (".exe" if sys.platform == "win32" else ""))


def clean_env(work: Path) -> dict[str, str]:
    """The machine's environment without anything that could lead the bundle back to the source tree."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "VENUESCORE_", "QT_", "PYTEST"))}
    env.update(VENUESCORE_DATA_DIR=str(work / "data"), VENUESCORE_USER=HEAD_JUDGE, VENUESCORE_PIN=HEAD_PIN,
               QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8", PYTHONUTF8="1")
    if sys.platform.startswith("linux"):  # QSettings and caches away from the real user's folders
        env.update(XDG_CONFIG_HOME=str(work / "config"), XDG_CACHE_HOME=str(work / "cache"))
    return env


def expand(args: Sequence[str], work: Path) -> list[str]:
    out = []
    for a in args:
        a = a.format(work=work.as_posix(), venue=(work / "day" / "demo.venue").as_posix())
        out += sorted(glob.glob(a)) or [a] if "*" in a else [a]
    return out


def start(command: list[str], env: dict[str, str], cwd: Path) -> tuple[subprocess.Popen[bytes], float]:
    return subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE), time.perf_counter()


def finish(name: str, started: tuple[subprocess.Popen[bytes], float], timeout: float = 300) -> Outcome:
    process, at = started
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        return Outcome(name, False, time.perf_counter() - at, f"no answer within {timeout:.0f} s")
    took = time.perf_counter() - at
    out, err = (b.decode("utf-8", "replace").strip() for b in (stdout, stderr))
    if process.returncode != 0:
        return Outcome(name, False, took, f"exit code {process.returncode}\n{(out + chr(10) + err).strip()[-2000:]}")
    return Outcome(name, True, took, (out or err).splitlines()[-1] if out or err else "")


def run(name: str, command: list[str], env: dict[str, str], cwd: Path, timeout: float = 300) -> Outcome:
    try:
        return finish(name, start(command, env, cwd), timeout)
    except OSError as exc:
        return Outcome(name, False, 0.0, str(exc))


def check_layout(folder: Path) -> Outcome:
    """What the spec must have put in: executables, Qt platforms and image formats, resources, migrations."""
    internal = folder / "_internal"
    # PySide6 keeps Qt's plugins in PySide6/Qt/plugins (Linux, macOS) or PySide6/plugins (Windows)
    qt = next((p for p in (internal / "PySide6" / "Qt" / "plugins", internal / "PySide6" / "plugins") if p.is_dir()),
              internal / "PySide6" / "Qt" / "plugins")
    platform_files = ("qwindows.dll", "qoffscreen.dll") if sys.platform == "win32" else (
        "libqxcb.so", "libqoffscreen.so")
    needed = [exe(folder, GUI_EXE), exe(folder, CLI_EXE)] + [qt / "platforms" / f for f in platform_files] + [
        internal / "resources" / p for p in ("catalog.json", "build_info.json", "fonts/wqy-microhei.ttc",
                                             "schemas/results.schema.json", "templates/roster-template.xlsx",
                                             "templates/scheme-template.xlsx", "icons/venuescore.png")
    ] + [internal / "db" / "migrations" / "env.py", internal / "db" / "central" / "migrations" / "env.py"]
    missing = [str(p.relative_to(folder)) for p in needed if not p.exists()]
    formats = sorted(p.name for p in (qt / "imageformats").glob("*")) if (qt / "imageformats").is_dir() else []
    if not formats:
        missing.append("PySide6/Qt/plugins/imageformats/*")
    return Outcome("folder layout", not missing, 0.0, "missing: " + ", ".join(missing) if missing
                   else f"{len(formats)} image format plugins")


def check_pdf(path: Path, work: Path) -> Outcome:
    """The PDF is whole, embeds its CJK font, and renders (pdftoppm, where installed)."""
    if not path.is_file():
        return Outcome("PDF renders", False, 0.0, f"{path.name} was not written")
    data = path.read_bytes()
    problems = [p for p, bad in (("not a PDF", not data.startswith(b"%PDF-")), ("truncated", b"%%EOF" not in data[-64:]),
                                 ("CJK font not embedded", b"/FontFile2" not in data)) if bad]
    if problems:
        return Outcome("PDF renders", False, 0.0, "; ".join(problems))
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        return Outcome("PDF renders", True, 0.0, f"{len(data)} bytes (pdftoppm not installed: not rasterised)")
    started = time.perf_counter()
    done = subprocess.run([pdftoppm, "-png", "-r", "50", "-f", "1", "-l", "1", str(path), str(work / "page")],
                          capture_output=True)
    pages = list(work.glob("page*.png"))
    ok = done.returncode == 0 and bool(pages) and pages[0].stat().st_size > 2000
    return Outcome("PDF renders", ok, time.perf_counter() - started,
                   f"page 1 → {pages[0].name}" if ok else done.stderr.decode("utf-8", "replace"))


def check_gui(outcome: Outcome, shot: Path, work: Path) -> Outcome:
    if outcome.ok and not (shot.is_file() and shot.read_bytes().startswith(b"\x89PNG")):
        return Outcome(outcome.name, False, outcome.seconds, "no screenshot written")
    error_file = work / "gui-data" / SELF_CHECK_ERRORS  # a windowed build has no stderr: the launcher writes here
    if not outcome.ok and error_file.is_file():
        return Outcome(outcome.name, False, outcome.seconds, outcome.detail + "\n" + error_file.read_text("utf-8"))
    return outcome


def smoke(folder: Path, work: Path, report: bool = True) -> list[Outcome]:
    folder, work = folder.resolve(), work.resolve()
    (work / "usb").mkdir(parents=True, exist_ok=True)  # the USB stick the package is exported to
    env = clean_env(work)
    cli, gui = str(exe(folder, CLI_EXE)), str(exe(folder, GUI_EXE))
    outcomes = [check_layout(folder)]
    version = run("--version", [cli, "--version"], env, work)
    if version.ok and "构建" not in version.detail:
        version = Outcome(version.name, False, version.seconds, f"no build line: {version.detail}")
    outcomes.append(version)
    # The GUI self-check runs beside the CLI day, with a data folder of its own (both make a demo.venue).
    shot = work / "self-check.png"
    gui_env = {**env, "VENUESCORE_DATA_DIR": str(work / "gui-data")}
    try:
        gui_started: tuple[subprocess.Popen[bytes], float] | None = start(
            [gui, "--self-check", "--screenshot", str(shot)], gui_env, work)
    except OSError as exc:
        gui_started, gui_error = None, str(exc)
    for name, args in SMOKE_DAY:
        outcome = run(f"CLI: {name}", [cli, *expand(args, work)], env, work)
        outcomes.append(outcome)
        if not outcome.ok:
            break
    else:
        outcomes.append(check_pdf(work / SMOKE_PDF, work))
    gui_name = "GUI self-check on the demo venue (offscreen)"
    outcomes.insert(2, check_gui(finish(gui_name, gui_started), shot, work) if gui_started
                    else Outcome(gui_name, False, 0.0, gui_error))
    if report:
        for o in outcomes:
            print(f"  {'✓' if o.ok else '✗'} {o.name} ({o.seconds:.1f} s){': ' + o.detail if o.detail else ''}")
    return outcomes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the built application folder (dist/VenueScore)")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="venuescore-smoke-") as tmp:
        outcomes = smoke(args.folder, args.work or Path(tmp))
    failed = [o for o in outcomes if not o.ok]
    print(f"smoke test: {len(outcomes) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
