"""`venuescore roster import|export|list|template`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import (
    acting,
    add_venue_args,
    arg,
    command,
    group,
    print_table,
    read_venue_args,
    venue_from,
)
from app.i18n import tr


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    rsub = group(sub, "roster", tr("选手名单"), "roster_cmd")
    command(rsub, "import", tr("导入名单（.xlsx / .csv），默认全部正确才导入"), cmd_import, arg("file", type=Path),
            add_venue_args, arg("--valid-only", action="store_true", help=tr("仅导入正确的行，错误行另存为 .xlsx")),
            arg("--rejected-out", type=Path, default=None, help=tr("错误行另存的位置")))
    command(rsub, "export", tr("导出名单 .xlsx"), cmd_export, add_venue_args,
            arg("--out", type=Path, default=None))
    command(rsub, "list", tr("列出名单（身份证号遮蔽）"), cmd_list, read_venue_args)
    command(rsub, "template", tr("保存名单模板 .xlsx"), cmd_template, arg("out", type=Path))


def cmd_import(args: argparse.Namespace) -> int:
    from app.services import roster

    with acting(args) as (v, actor):
        report = roster.import_roster(v, actor, args.file, valid_only=args.valid_only, rejected_out=args.rejected_out)
    print(report.summary())
    for p in report.problems:
        print("  - " + str(p))
    if report.rejected_file:
        print(tr("未导入的行已另存为：{p}（含完整的身份证号和手机号，供改正数据用：改正后请删除，不要拷到 U 盘）").format(
            p=report.rejected_file))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from app.services import roster

    out = args.out or args.db.with_name(args.db.stem + "-名单.xlsx")
    with acting(args) as (v, actor):
        roster.export_roster(v, actor, out)
    print(tr("已导出：{p}").format(p=out))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from app.services import roster

    with venue_from(args) as v:
        people = roster.list_contestants(v)
    print_table([tr("报名号"), tr("姓名"), tr("身份证号"), tr("性别"), tr("年龄"), tr("单位/学校"), tr("类别"), tr("组别"),
                 tr("资格审核")],
                [[c.reg_no, c.name, c.id_masked, c.gender, c.age, c.unit, c.category, c.group, c.flag_text] for c in people])
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from app.services import roster

    roster.save_template(args.out)
    print(tr("模板已保存：{p}").format(p=args.out))
    return 0
