"""Start-up, timed as the user waits for it: a fresh process from launch until the window is painted (see
bench/probe.py) or the command has printed and exited.

Limits, same run: a process that shows a bare ``QMainWindow`` (the GUI rows), a process whose argparse prints
a help text (the CLI rows without a venue file), and a process that reads the venue's info row with sqlite3
(the CLI row that reads a venue file: `info` reads it without the ORM, app.services.venue_glance).  The first launch of each kind is not
counted: it writes the byte-code caches an installed copy already has (and builds the demo once).
"""

from __future__ import annotations

from pathlib import Path

from bench.harness import Row, child_env, interleaved, median, python, run_process

ARGPARSE_HELP = ("import argparse; p = argparse.ArgumentParser(prog='venuescore', description='VenueScore'); "
                 "s = p.add_subparsers(); [s.add_parser(f'c{i}', help='command') for i in range(20)]; p.print_help()")
SQLITE_READ = ("import sys, sqlite3; c = sqlite3.connect(sys.argv[1]); "
               "print(c.execute('SELECT * FROM venue_info').fetchall())")


def run(folder: Path, reps: int) -> list[Row]:
    from app.services import demo

    env = child_env(folder)
    venue = demo.build_demo(folder / "existing").venue
    probe = [python(), "bench/probe.py"]

    def gui(*args: str) -> float:
        return run_process([*probe, *args], env, marker="PAINTED")[0]

    def cli(*args: str) -> float:
        return run_process([python(), "-m", "app", *args], env)[0]

    def script(code: str, *args: str) -> float:
        return run_process([python(), "-c", code, *args], env)[0]

    bare = lambda: gui("bare")  # noqa: E731
    cases = [
        ("start window painted", "`venuescore`", lambda: gui("start"), bare, "bare QMainWindow", 0.5),
        ("demo: main window painted", "`venuescore --demo`, signed in", lambda: gui("demo"), bare,
         "bare QMainWindow", 1.0),
        ("existing venue: main window painted", "start window → demo.venue → signed in",
         lambda: gui("open", str(venue), demo.HEAD_JUDGE, demo.HEAD_PIN), bare, "bare QMainWindow", 1.0),
        ("CLI `--help`", "process", lambda: cli("--help"), lambda: script(ARGPARSE_HELP), "argparse help", 0.2),
        ("CLI `items`", "process", lambda: cli("items"), lambda: script(ARGPARSE_HELP), "argparse help", 0.2),
        ("CLI `info --db`", "process, demo.venue", lambda: cli("info", "--db", str(venue)),
         lambda: script(SQLITE_READ, str(venue)), "sqlite3 read of the info row", 0.2),
    ]
    rows = []
    warmed: set[str] = set()
    for name, size, project, limit, limit_name, target in cases:
        project()  # warm-up: byte-code caches, the demo's one-off build
        if limit_name not in warmed:
            limit()
            warmed.add(limit_name)
        p, lim = interleaved(project, limit, reps)
        rows.append(Row(name, size, median(p), median(lim), "s", None, target, limit_name=limit_name))
    return rows
