"""`venuescore central recipient …`: the committee's encryption key (packages and USB backups are encrypted to it)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from app.cli.common import arg, command, group, secret_from
from app.errors import DomainError
from app.i18n import tr

COMMITTEE_PASSPHRASE_ENV = "VENUESCORE_COMMITTEE_PASSPHRASE"


def add_committee_passphrase(p: argparse.ArgumentParser) -> None:
    p.add_argument("--committee-passphrase", default=None,
                   help=tr("组委会加密密钥口令（也可设环境变量 {env}；需要时在终端询问）").format(env=COMMITTEE_PASSPHRASE_ENV))


def committee_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> tuple[str, str]:
    return secret_from(args.committee_passphrase, COMMITTEE_PASSPHRASE_ENV, tr("组委会加密密钥口令："), confirm=confirm)


def register(csub: Any, db_arg: Any, by_arg: Any) -> None:
    out = arg("--out", type=Path, required=True)
    rsub = group(csub, "recipient", tr("组委会加密密钥：赛场的成绩包和 U 盘备份加密给它"), "recipient_cmd")
    command(rsub, "init", tr("生成组委会加密密钥（私钥用口令加密保存在汇总数据库中）"), cmd_init,
            db_arg, by_arg, add_committee_passphrase)
    command(rsub, "public", tr("写出组委会公钥文件（签名公钥 + 加密公钥），发给各赛场，指纹另行书面通知"), cmd_public,
            db_arg, out)
    command(rsub, "identity", tr("写出组委会私钥文件，供标准 age 工具解密（机密：只放在组委会电脑上）"), cmd_identity,
            db_arg, add_committee_passphrase, out)

    command(csub, "purge-list", tr("导出待清除清单：汇总数据库中每人的个人信息还需用于什么（.xlsx）"), cmd_purge_list,
            db_arg, out)
    command(csub, "setup", tr("生成某项目的赛场设置包（签名）：项目、名单、账号、设置和组委会公钥"), cmd_setup,
            db_arg, by_arg,
            arg("--item", type=int, required=True),
            arg("--group", action="append", default=[]),
            arg("--date", type=date.fromisoformat, required=True),
            arg("--place", required=True),
            arg("--head-judge", required=True),
            arg("--account", action="append", default=[], help=tr("姓名:角色[:裁判编号]，可重复，如 李建国:裁判员:J1")),
            arg("--roster", type=Path, required=True, help=tr("名单 .xlsx / .csv（与赛场导入的格式相同）")),
            arg("--out", type=Path, required=True, help=tr("写到此文件夹")),
            arg("--passphrase", default=None, help=tr("组委会证书（签名）密钥口令")))


def cmd_purge_list(args: argparse.Namespace) -> int:
    from app.services import central_purge

    with _open(args) as db:
        n = central_purge.write(db, args.out)
    print(tr("已写出待清除清单：{p}（{n} 行；身份证号已打码）").format(p=args.out, n=n))
    return 0


def cmd_setup(args: argparse.Namespace) -> int:
    from app.cli.common import passphrase_from
    from app.services import setup_package

    if not args.by:
        raise DomainError(tr("请用 --by 填写经办人姓名（或设置 VENUESCORE_USER）"))
    accounts = [setup_package.parse_account(a) for a in args.account]
    passphrase, _ = passphrase_from(args, tr("组委会签名密钥口令："))
    with _open(args) as db:
        out = setup_package.make(db, args.by, passphrase, item_no=args.item, competition_date=args.date,
                                 place=args.place, head_judge=args.head_judge, accounts=accounts,
                                 roster_file=args.roster, out_dir=args.out, groups=args.group)
        from app.services import central_recipient

        fingerprint = central_recipient.public_keys(db).fingerprint
    print(tr("已写出设置包：{p}（名单含个人信息：请当面交给裁判长，勿经他人转交）").format(p=out))
    print(tr("组委会公钥指纹：{fp}（印在给裁判长的书面通知上）").format(fp=fingerprint))
    return 0


def _open(args: argparse.Namespace) -> Any:
    from db.central.engine import open_central

    return open_central(args.db)


def cmd_init(args: argparse.Namespace) -> int:
    from app.services import central_recipient

    if not args.by:
        raise DomainError(tr("请用 --by 填写经办人姓名（或设置 VENUESCORE_USER）"))
    passphrase, again = committee_passphrase(args, confirm=True)
    with _open(args) as db:
        public = central_recipient.init(db, args.by, passphrase, again)
    print(tr("已生成组委会加密密钥。加密公钥：{r}").format(r=public))
    print(tr("请用 venuescore central recipient public 写出组委会公钥文件发给各赛场。"))
    return 0


def cmd_public(args: argparse.Namespace) -> int:
    from app.services import central_recipient

    with _open(args) as db:
        keys = central_recipient.public_keys(db)
    args.out.write_text(keys.file_text(), encoding="utf-8")
    print(tr("已写出组委会公钥文件：{p}").format(p=args.out))
    print(tr("指纹：{fp}（请打印在给各赛场的书面通知上，裁判长导入时逐位核对）").format(fp=keys.fingerprint))
    return 0


def cmd_identity(args: argparse.Namespace) -> int:
    from app.services import central_recipient

    passphrase, _ = committee_passphrase(args)
    with _open(args) as db:
        out = central_recipient.write_identity(db, passphrase, args.out)
    print(tr("已写出组委会私钥文件：{p}（仅本人可读；用 age -d -i {p} 解密成绩包；用后删除，切勿拷到 U 盘）").format(p=out))
    return 0



