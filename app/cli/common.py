"""What every subcommand shares: opening the venue file, signing in, printing errors.

Start-up: ``venuescore --help`` and the light commands must not pay for SQLAlchemy, Alembic or reportlab, so
this module and the ``*_cmds`` modules import the services inside the command functions that use them (see
docs/performance.md); only the standard library, ``app.errors``/``app.i18n``/``app.roles`` load up front.
"""

from __future__ import annotations

import argparse
import getpass
import os
import shlex
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from app.errors import DamagedVenueFile, DomainError
from app.i18n import tr
from app.roles import Actor

if TYPE_CHECKING:
    from db.venue_file import VenueFile

Handler = Callable[[argparse.Namespace], int]


def add_venue_args(p: argparse.ArgumentParser, *, sign_in: bool = True) -> None:
    p.add_argument("--db", required=True, type=Path, metavar="VENUE", help=tr("赛场文件（.venue）"))
    if sign_in:
        p.add_argument("--user", default=os.environ.get("VENUESCORE_USER"),
                       help=tr("以此账号操作（也可设环境变量 VENUESCORE_USER）"))
        p.add_argument("--pin", default=None,
                       help=tr("PIN（也可设环境变量 VENUESCORE_PIN；都未给出时在终端询问）"))


PASSPHRASE_ENV = "VENUESCORE_KEY_PASSPHRASE"


def refuse_if_unsound(venue: VenueFile) -> None:
    """The CLI, like the GUI, changes nothing in a file that fails its integrity or chain check.

    The whole check is skipped only when the file's bytes are exactly those that passed it when the last
    command closed the file (app.services.integrity.known_sound); any edit by another tool changes them."""
    from app.errors import IntegrityError
    from app.services import integrity

    if integrity.known_sound(venue):
        venue.verified = True
        return
    report = integrity.check(venue)
    venue.verified = report.ok
    if not report.ok:
        integrity.forget_sound(venue.path)
        raise IntegrityError(tr("赛场文件 {name} 未通过完整性检查，本次操作没有执行：{why}\n"
                                "请从备份恢复：venuescore backup list --db {db}，然后 "
                                "venuescore backup restore 备份文件 --db {db} --user 裁判长或管理员").format(
            name=venue.path.name, why=report.describe(), db=venue.path))


@contextmanager
def venue_from(args: argparse.Namespace) -> Iterator[VenueFile]:
    """The venue file of ``--db``; before its first change the integrity check runs (and refuses if it fails).

    Reading commands stay fast: the check runs only when a command is about to write.
    """
    from db.venue_file import open_venue

    venue = open_venue(args.db)
    venue.write_guard = refuse_if_unsound
    try:
        yield venue
    finally:
        venue.close()
        if venue.verified:  # sound when checked; since then only this command wrote to it
            from app.services import integrity

            integrity.remember_sound(venue.path)


def add_passphrase_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--passphrase", default=None,
                   help=tr("裁判长口令（也可设环境变量 {env}；都未给出时在终端询问）").format(env=PASSPHRASE_ENV))


def secret_from(value: str | None, env: str, prompt: str, *, confirm: bool = False) -> tuple[str, str]:
    """(secret, confirmation) from the command line, the environment, or the terminal."""
    given = value or os.environ.get(env)
    if given is not None:
        return given, given
    if not sys.stdin.isatty():
        raise DomainError(tr("请在命令行或环境变量 {env} 中提供").format(env=env))
    first = getpass.getpass(prompt)
    return first, (getpass.getpass(tr("再输入一次：")) if confirm else first)


def passphrase_from(args: argparse.Namespace, prompt: str | None = None, *, confirm: bool = False) -> tuple[str, str]:
    """The head judge's passphrase: --passphrase, VENUESCORE_KEY_PASSPHRASE, or asked in the terminal."""
    return secret_from(args.passphrase, PASSPHRASE_ENV, prompt or tr("裁判长口令："), confirm=confirm)


def actor_from(venue: VenueFile, args: argparse.Namespace) -> Actor:
    from app.services import users

    name = args.user
    if not name:
        raise DomainError(tr("请用 --user 指定操作人账号（或设置 VENUESCORE_USER）"))
    pin = args.pin or os.environ.get("VENUESCORE_PIN")
    if pin is None:
        if not sys.stdin.isatty():
            raise DomainError(tr("请用 --pin 或环境变量 VENUESCORE_PIN 提供 PIN"))
        pin = getpass.getpass(tr("{name} 的 PIN：").format(name=name))
    return users.sign_in(venue, name, pin)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]], empty: str = "") -> None:
    """Plain aligned text; CJK characters count double width so columns line up in a terminal.  ``empty``, when
    given, is printed instead of a table without rows."""
    import unicodedata

    if not rows and empty:
        print(empty)
        return

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in row] for row in rows]
    widths = [max(width(r[i]) for r in cells) for i in range(len(headers))]
    for r in cells:
        print("  ".join(v + " " * (w - width(v)) for v, w in zip(r, widths, strict=True)).rstrip())


def fail(exc: DomainError) -> int:
    print(tr("错误：") + str(exc), file=sys.stderr)
    if isinstance(exc, DamagedVenueFile):
        print(restore_hint(Path(str(exc.path))), file=sys.stderr)
    return 2


def restore_hint(venue_path: Path) -> str:
    """For a damaged venue file: the newest sound backup and the command that restores it (never run here)."""
    from app.services import backup

    found = backup.newest_sound_backup(venue_path)
    if found is None:
        return tr("没有找到该赛场文件的完好备份（查找位置：{folder}）。请不要继续使用该文件，把它交技术支持检查；"
                  "如备份在 U 盘上，可用 venuescore backup check 检查后再恢复。").format(folder=backup.backup_root())
    command = " ".join(shlex.quote(str(p)) for p in ("venuescore", "backup", "restore", found.path, "--db", venue_path))
    return tr("最新的完好备份：{path}（{at}，{reason}）。\n确认后可用以下命令恢复（裁判长或管理员：加 --user 姓名，"
              "PIN 在终端输入；原文件会另存一份，不会删除）：\n  {cmd}").format(
        path=found.path, at=found.at.strftime("%Y-%m-%d %H:%M:%S"), reason=found.reason_label, cmd=command)


Step = Callable[[argparse.ArgumentParser], object]


def arg(*names: str, **options: Any) -> Step:
    """One ``add_argument`` call, as a step of ``command``."""
    return lambda p: p.add_argument(*names, **options)


def read_venue_args(p: argparse.ArgumentParser) -> None:
    """``--db`` only: a reading command needs no sign-in."""
    add_venue_args(p, sign_in=False)


def one_of(*steps: Step, required: bool = True) -> Step:
    """A mutually exclusive group of arguments (``arg(...)`` steps), as a step of ``command``."""

    def add(p: argparse.ArgumentParser) -> None:
        group = p.add_mutually_exclusive_group(required=required)
        for step in steps:
            step(cast(argparse.ArgumentParser, group))  # a group takes add_argument like a parser

    return add


def group(sub: argparse._SubParsersAction, name: str, help_text: str,  # type: ignore[type-arg]
          dest: str) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    """The command group ``name`` (``venuescore audit …``): its subcommands, one of which is required."""
    p: argparse.ArgumentParser = sub.add_parser(name, help=help_text)
    return p.add_subparsers(dest=dest, required=True)


def command(sub: argparse._SubParsersAction, name: str, help_text: str, func: Handler,  # type: ignore[type-arg]
            *steps: Step) -> argparse.ArgumentParser:
    """The subcommand ``name`` that runs ``func``; ``steps`` add its arguments in order (``arg(...)``,
    ``add_venue_args``, ``read_venue_args``…), so a command reads as one declaration."""
    p: argparse.ArgumentParser = sub.add_parser(name, help=help_text)
    for step in steps:
        step(p)
    p.set_defaults(func=func)
    return p


@contextmanager
def acting(args: argparse.Namespace) -> Iterator[tuple[VenueFile, Actor]]:
    """The venue of ``--db`` and the person signed in with ``--user``/``--pin``: what a changing command needs."""
    with venue_from(args) as venue:
        yield venue, actor_from(venue, args)


@contextmanager
def signing(args: argparse.Namespace, prompt: str | None = None) -> Iterator[tuple[VenueFile, Actor, str]]:
    """``acting(args)`` and then the head judge's passphrase (asked after the sign-in, as a signing command does)."""
    with acting(args) as (venue, actor):
        yield venue, actor, passphrase_from(args, prompt)[0]
