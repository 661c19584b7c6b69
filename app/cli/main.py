"""Entry point: no arguments opens the GUI; subcommands give the CLI."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from app.cli.common import fail
from app.cli.console import escaped_output
from app.errors import DomainError
from app.i18n import tr

# Each module defines register(subparsers); a room adds its commands by adding its module here.  Imported by
# name when the parser is built, so ``--version`` answers without loading them.
COMMAND_MODULES = (
    "app.cli.venue_cmds",
    "app.cli.roster_cmds",
    "app.cli.checkin_cmds",
    "app.cli.scoring_cmds",
    "app.cli.results_cmds",
    "app.cli.appeal_cmds",
    "app.cli.package_cmds",
    "app.cli.central_cmds",
    "app.cli.audit_cmds",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="venuescore",
        description=tr("赛场计分 VenueScore：不带参数运行打开图形界面；子命令用于命令行操作。"),
    )
    parser.add_argument("--version", action="store_true", help=tr("显示版本与构建（提交、日期）后退出"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def print_version() -> int:
    from app.version import build_info

    print(f"VenueScore {build_info().describe()}")
    return 0


def run_gui(args: Sequence[str]) -> int:
    # Imported here so the core never loads Qt unless the GUI is asked for.  The check names a missing
    # system library (e.g. libxcb-icccm4) before Qt can fail with a misleading message of its own.
    problem = importlib.import_module("ui.startup_check").qt_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 3
    gui = importlib.import_module("ui.self_check" if "--self-check" in args else "ui.app")
    return int(gui.main(args) if "--self-check" in args else gui.run(args))


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list == ["--version"]:  # answered before the parser imports every command module
        return print_version()
    if not args_list or args_list[0] in ("gui", "--demo"):
        return run_gui(args_list[1:] if args_list and args_list[0] == "gui" else args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.version:
        return print_version()
    if not getattr(args, "func", None):
        parser.print_help()
        return 1
    with escaped_output():  # names and values from files never drive the terminal
        try:
            return int(args.func(args) or 0)
        except DomainError as exc:
            return fail(exc)
        except BrokenPipeError:  # output piped into `head` and closed early
            return 0
        except KeyboardInterrupt:
            print(tr("已取消"), file=sys.stderr)
            return 130


if __name__ == "__main__":
    raise SystemExit(main())
