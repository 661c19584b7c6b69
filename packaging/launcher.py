"""Entry point of the built application: both executables in the folder run this script.

``VenueScore[.exe]`` is what people double-click: the GUI (windowed on Windows, so no console window
flashes up).  ``venuescore-cli[.exe]`` is a console program with the same commands as ``venuescore`` from
a source install (with no arguments it opens the GUI as well).  Two names, not ``VenueScore.exe`` and
``venuescore.exe``: Windows file names ignore case, so those two would be one file.
"""

from __future__ import annotations

import sys
from pathlib import Path

CLI_STEM = "venuescore-cli"
GUI_OPTIONS = ("gui", "--demo", "--self-check")


def _tell_to_use_cli(args: list[str]) -> int:
    """The windowed GUI program was given a command: it has no console to print to, so say where to go."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    QMessageBox.information(
        None, "VenueScore",
        f"“{' '.join(args)}” 是命令行命令。请在命令提示符或 PowerShell 中运行同一文件夹里的 {CLI_STEM}.exe，例如：\n"
        f"  {CLI_STEM} {' '.join(args)}\n\n"
        f"“{' '.join(args)}” is a command-line command: run {CLI_STEM}.exe from the same folder in a console.")
    return 2


def main() -> int:
    from app.cli.main import main as cli_main
    from app.cli.main import run_gui

    args = sys.argv[1:]
    if Path(sys.executable).stem.lower() == CLI_STEM:
        return cli_main(args)
    if "--self-check" in args and sys.stdout is None:
        return _self_check_without_console(args)
    if not args or args[0] in GUI_OPTIONS:
        return run_gui(args[1:] if args and args[0] == "gui" else args)
    if sys.stdout is None:  # windowed Windows build
        return 0 if args == ["--version"] and _show_version() else _tell_to_use_cli(args)
    return cli_main(args)  # a terminal is there (Linux): the GUI program answers commands too


def _self_check_without_console(args: list[str]) -> int:
    """A windowed build has no stderr, and an uncaught error would open a dialog that nobody closes on a build
    machine: write the traceback to self-check-error.txt in the data folder and exit 1 instead."""
    import os
    import tempfile
    import traceback

    from app.cli.main import run_gui

    try:
        return run_gui(args[1:] if args[0] == "gui" else args)
    except BaseException:  # noqa: BLE001 (reported, then the exit code says it failed)
        folder = Path(os.environ.get("VENUESCORE_DATA_DIR") or tempfile.gettempdir())
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "self-check-error.txt").write_text(traceback.format_exc(), encoding="utf-8")
        return 1


def _show_version() -> bool:
    from PySide6.QtWidgets import QApplication

    from ui.about_dialog import AboutDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    AboutDialog().exec()
    return True


if __name__ == "__main__":
    import multiprocessing

    # The committee's import checks packages in spawned processes (app/services/central_pool.py), and the package
    # export draws its PDFs in one (app/reports/package_pdfs.py): in the built app each is this executable again,
    # which must run the work it was started for, not the GUI.
    multiprocessing.freeze_support()
    raise SystemExit(main())
