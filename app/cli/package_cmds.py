"""`venuescore keys init|show` (the venue's signing key) and `venuescore package export|verify`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app.cli.common import actor_from, add_venue_args, venue_from
from app.errors import DomainError
from app.i18n import tr
from app.package.keys import PublicKey
from app.package.verify import verify_package
from app.services import package, venue_keys

PASSPHRASE_ENV = "VENUESCORE_KEY_PASSPHRASE"


def passphrase_from(args: argparse.Namespace, prompt: str, *, confirm: bool = False) -> tuple[str, str]:
    """(passphrase, confirmation) from --passphrase, the environment, or the terminal."""
    given = args.passphrase or os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        return given, given
    if not sys.stdin.isatty():
        raise DomainError(tr("请用 --passphrase 或环境变量 {env} 提供密钥口令").format(env=PASSPHRASE_ENV))
    first = getpass.getpass(prompt)
    return first, (getpass.getpass(tr("再输入一次：")) if confirm else first)


def _add_passphrase(p: argparse.ArgumentParser) -> None:
    p.add_argument("--passphrase", default=None,
                   help=tr("密钥口令（也可设环境变量 {env}；都未给出时在终端询问）").format(env=PASSPHRASE_ENV))


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("keys", help=tr("本机赛场签名密钥"))
    ksub = p.add_subparsers(dest="keys_cmd", required=True)
    q = ksub.add_parser("init", help=tr("生成赛场签名密钥（私钥用口令加密保存在本机）"))
    add_venue_args(q)
    _add_passphrase(q)
    q.add_argument("--replace", action="store_true", help=tr("更换已有密钥（须把新公钥重新报组委会登记）"))
    q.set_defaults(func=cmd_keys_init)
    q = ksub.add_parser("show", help=tr("显示公钥与指纹（报组委会登记）"))
    q.add_argument("--pub-out", type=Path, default=None, help=tr("另存公钥文件（.pub）"))
    q.set_defaults(func=cmd_keys_show)

    p = sub.add_parser("package", help=tr("成绩包：导出与核验"))
    psub = p.add_subparsers(dest="package_cmd", required=True)
    q = psub.add_parser("export", help=tr("导出最新签字版本的成绩包（.zip）"))
    add_venue_args(q)
    _add_passphrase(q)
    q.add_argument("--out", type=Path, default=None, help=tr("导出文件夹（默认与赛场文件同一文件夹）"))
    q.add_argument("--revision", type=int, default=None,
                   help=tr("导出较早的某个签字版本（组委会缺少中间版本时；默认最新版本）"))
    q.set_defaults(func=cmd_export)
    q = psub.add_parser("verify", help=tr("用赛场公钥核验成绩包"))
    q.add_argument("file", type=Path)
    q.add_argument("--key", required=True, help=tr("赛场公钥：.pub 文件或“RW…”一行"))
    q.set_defaults(func=cmd_verify)


def _print_key(info: venue_keys.KeyInfo) -> None:
    print(tr("公钥：{line}").format(line=info.public_line))
    print(tr("指纹：{fp}").format(fp=info.fingerprint))
    print(tr("公钥文件：{p}").format(p=info.public_file))


def cmd_keys_init(args: argparse.Namespace) -> int:
    passphrase, again = passphrase_from(args, tr("新密钥口令（至少 8 个字符）："), confirm=True)
    with venue_from(args) as v:
        actor = actor_from(v, args)
        info = venue_keys.create_key(actor, passphrase, again, replace=args.replace, venue=v)
    print(tr("已生成赛场签名密钥。请把下面的公钥报组委会登记，并在签字确认表上核对指纹。"))
    _print_key(info)
    return 0


def cmd_keys_show(args: argparse.Namespace) -> int:
    info = venue_keys.key_info()
    if info is None:
        raise DomainError(tr("本机还没有赛场签名密钥。请先运行 venuescore keys init。"))
    _print_key(info)
    if args.pub_out:
        args.pub_out.write_text(info.pub_text, encoding="utf-8")
        print(tr("已另存：{p}").format(p=args.pub_out))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    out = args.out or args.db.resolve().parent
    with venue_from(args) as v:
        actor = actor_from(v, args)
        passphrase, _ = passphrase_from(args, tr("密钥口令："))
        view = package.export_package(v, actor, passphrase, out, revision=args.revision)
    print(tr("已导出第 {n} 版成绩包：{p}").format(n=view.revision, p=view.path))
    print(f"SHA-256: {view.sha256}")
    return 0


def _read_key(text: str) -> PublicKey:
    path = Path(text)
    if len(text) < 4096 and path.is_file():
        return PublicKey.parse(path.read_text(encoding="utf-8"))
    return PublicKey.parse(text)


def cmd_verify(args: argparse.Namespace) -> int:
    result = verify_package(args.file, [_read_key(args.key)])
    data = result.results
    print(tr("核验通过：签名有效，{n} 个文件与校验清单一致，results.json 格式正确。").format(n=len(result.files) - 2))
    print(tr("项目：{no:02d} {name}　第 {rev} 版　裁判长：{head}　导出时间：{at}").format(
        no=data["item"]["no"], name=data["item"]["name"], rev=data["revision"]["number"], head=data["head_judge"],
        at=data["exported_at"]))
    print(tr("可信注释：{c}").format(c=result.trusted_comment))
    return 0
