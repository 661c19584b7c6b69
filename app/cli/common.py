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
from typing import TYPE_CHECKING

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


@contextmanager
def venue_from(args: argparse.Namespace) -> Iterator[VenueFile]:
    from db.venue_file import open_venue

    venue = open_venue(args.db)
    try:
        yield venue
    finally:
        venue.close()


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


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Plain aligned text; CJK characters count double width so columns line up in a terminal."""
    import unicodedata

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
                  "如备份在 U 盘上，可用 venuescore backup check 检查后再恢复。").format(
            folder=backup.data_folder(venue_path))
    command = " ".join(shlex.quote(str(p)) for p in ("venuescore", "backup", "restore", found.path, "--db", venue_path))
    return tr("最新的完好备份：{path}（{at}，{reason}）。\n确认后可用以下命令恢复（原文件会另存一份，不会删除）：\n  {cmd}").format(
        path=found.path, at=found.at.strftime("%Y-%m-%d %H:%M:%S"), reason=found.reason_label, cmd=command)
