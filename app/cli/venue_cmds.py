"""`venuescore new`, `demo`, `info`, `users …`, `settings …`."""

from __future__ import annotations

import argparse
import json
import os
from datetime import date
from pathlib import Path

from app.catalog import load_catalog
from app.cli.common import (
    acting,
    actor_from,
    add_venue_args,
    arg,
    command,
    group,
    print_table,
    read_venue_args,
    venue_from,
)
from app.i18n import tr
from app.item_settings import ItemSettings
from app.roles import Role, role_label

# app.services.demo.STAGES, spelled out so that `--help` loads no service (tests/cli/test_cli_startup.py).
DEMO_STAGES = ("roster", "drawn", "scored")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command(sub, "new", tr("新建赛场文件"), cmd_new, arg("path", type=Path),
            arg("--setup", type=Path, default=None,
                   help=tr("组委会的赛场设置包（.zip）：项目、名单、账号、设置和组委会公钥都从中读取（须 --fingerprint 和口令）")),
            arg("--fingerprint", default=None, help=tr("组委会书面通知上印的组委会公钥指纹（与 --setup 一起用）")),
            arg("--item", type=int, default=None,
                   help=tr("竞赛项目序号 1–33（见 venuescore items）；与 --setup 一起用时须与设置包一致")),
            arg("--date", type=date.fromisoformat, default=None, help=tr("比赛日期，如 2026-11-28")),
            arg("--place", default=None, help=tr("比赛地点")), arg("--head-judge", default=None, help=tr("裁判长姓名")),
            arg("--pin", required=True, help=tr("裁判长 PIN（4–12 位数字）")),
            arg("--group", action="append", default=[], help=tr("组别，可重复，如 --group 职工组 --group 学生组")),
            arg("--passphrase", default=None,
                   help=tr("裁判长口令（至少 10 个字符、两类字符；也可设环境变量 VENUESCORE_KEY_PASSPHRASE）")),
            arg("--recovery-sheet", type=Path, default=None, help=tr("把恢复码打印到此 PDF（密封保存）")))

    command(sub, "items", tr("列出本届大赛的 33 个竞赛项目"), cmd_items)

    command(sub, "demo", tr("生成演示赛场（40 名选手）"), cmd_demo,
            arg("--dir", type=Path, default=None, help=tr("放置演示文件的文件夹（默认：用户数据目录）")),
            arg("--stage", choices=DEMO_STAGES, default="scored",
                   help=tr("演示进度：roster 仅名单 / drawn 已检录抽签 / scored 已评分锁定（默认）")))

    command(sub, "info", tr("显示赛场文件的项目信息和设置"), cmd_info, read_venue_args)

    usub = group(sub, "users", tr("账号管理"), "users_cmd")
    command(usub, "list", tr("列出账号"), cmd_users_list, read_venue_args)
    command(usub, "add", tr("添加账号（裁判长或管理员）"), cmd_users_add, add_venue_args, arg("name"),
            arg("--role", required=True, choices=[r.value for r in Role]), arg("--new-pin", required=True),
            arg("--judge-no", default=None))
    command(usub, "pin", tr("修改自己的 PIN，或重设他人的 PIN（裁判长或管理员；裁判长的 PIN 只能由裁判长本人修改）"), cmd_users_pin,
            add_venue_args, arg("name", help=tr("要修改 PIN 的账号")), arg("--new-pin", required=True))

    command(sub, "settings", tr("查看或修改项目设置（裁判长）"), cmd_settings, add_venue_args,
            arg("--set", action="append", default=[], metavar="KEY=VALUE",
                   help=tr("如 --set pass_line=60 --set tie_break_modules=B,A --set award_base=registered")))


def cmd_new(args: argparse.Namespace) -> int:
    from app.cli.common import PASSPHRASE_ENV
    from app.cli.package_cmds import show_recovery_code
    from app.services import venue as venue_service

    if args.setup is not None:
        return _new_from_setup(args)
    missing = [flag for flag, value in (("--item", args.item), ("--date", args.date), ("--place", args.place),
                                        ("--head-judge", args.head_judge)) if value is None]
    if missing:
        from app.errors import ValidationError

        raise ValidationError(tr("请给出 {flags}（或用 --setup 从组委会的设置包新建）").format(flags="、".join(missing)))
    details = dict(item_no=args.item, competition_date=args.date, venue_place=args.place,
                   head_judge=args.head_judge, head_judge_pin=args.pin, groups=args.group)
    passphrase = args.passphrase or os.environ.get(PASSPHRASE_ENV)
    if passphrase is None:
        v = venue_service.create_venue(args.path, **details)  # type: ignore[arg-type]
        made = None
    else:
        v, made = venue_service.create_venue_with_vault(args.path, passphrase=passphrase,
                                                        passphrase_confirm=passphrase, **details)
    try:
        s = venue_service.summary(v)
        print(tr("已创建 {path}：{item}（{host}），{date}").format(path=args.path, item=s.item_label, host=s.host_unit,
                                                              date=s.competition_date))
        if made is None:
            print(tr("提示：尚未设置裁判长口令。抽签、锁定和导出前须设置：venuescore keys init --db {p}").format(
                p=args.path))
        else:
            print(tr("已设置裁判长口令。赛场签名公钥：{line}（指纹 {fp}），请报组委会登记。").format(
                line=made.info.signing_public, fp=made.info.fingerprint))
            show_recovery_code(v, made.recovery_code, made.info, args.recovery_sheet)
    finally:
        v.close()
    return 0


def _new_from_setup(args: argparse.Namespace) -> int:
    from app.cli.common import PASSPHRASE_ENV
    from app.cli.package_cmds import show_recovery_code
    from app.errors import ValidationError
    from app.package import setup_format
    from app.services import setup_package

    if not args.fingerprint:
        _files, doc = setup_format.read(args.setup)
        raise ValidationError(tr("设置包中组委会公钥的指纹为 {fp}。请与组委会书面通知上印的指纹逐位核对，一致时加 --fingerprint 再运行。"
                                 ).format(fp=doc["committee"]["fingerprint"]), column=tr("指纹"))
    passphrase = args.passphrase or os.environ.get(PASSPHRASE_ENV)
    if not passphrase:
        raise ValidationError(tr("从设置包新建须同时设置裁判长口令（--passphrase 或环境变量 {env}）").format(env=PASSPHRASE_ENV))
    done = setup_package.create_venue_from(args.setup, args.path, args.fingerprint, head_judge_pin=args.pin,
                                           passphrase=passphrase, passphrase_confirm=passphrase,
                                           expected_item=args.item)
    try:
        print(tr("已从组委会设置包创建 {path}（组委会公钥指纹 {fp} 已核对）。").format(path=args.path, fp=done.fingerprint))
        print(done.roster.summary())
        if done.pins:
            print(tr("各账号的初始 PIN（只显示这一次，请分别交给本人，登录后可修改）："))
            for name, role, pin in done.pins:
                print(f"  {role}  {name}  {pin}")
        print(tr("赛场签名公钥：{line}（指纹 {fp}），请报组委会登记为本项目的密钥。").format(
            line=done.new_vault.info.signing_public, fp=done.new_vault.info.fingerprint))
        show_recovery_code(done.venue, done.new_vault.recovery_code, done.new_vault.info, args.recovery_sheet)
    finally:
        done.venue.close()
    return 0


def cmd_items(args: argparse.Namespace) -> int:
    cat = load_catalog()
    print(cat.competition.name)
    print_table([tr("序号"), tr("竞赛项目"), tr("承办单位"), tr("联系人"), tr("联系电话")],
                [[i.no, i.name, i.host_unit, i.contact, i.phone] for i in cat.items])
    return 0


def default_demo_dir() -> Path:
    from app.services import demo

    return demo.default_folder()  # honours VENUESCORE_DATA_DIR like backups and the key


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services import demo

    files = demo.demo_files(args.dir, args.stage)
    print(tr("演示赛场：{p}").format(p=files.venue))
    print(tr("演示名单：{p}").format(p=files.roster))
    print(tr("含错误的名单（演示错误报告）：{p}").format(p=files.roster_with_errors))
    print(tr("裁判长 {n}，PIN {pin}").format(n=demo.HEAD_JUDGE, pin=demo.HEAD_PIN))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from app.roles import Role
    from app.services import day, venue_glance

    seen = venue_glance.glance(args.db)  # sqlite3 alone; None: a file to open the full way (upgrade, or say why)
    if seen is None:
        from app.services import venue as venue_service

        with venue_from(args) as v:
            summary = venue_service.summary(v)
            seen = venue_glance.Glance(summary, summary.groups, venue_service.get_settings(v), day.day_state(v))
    s, settings, state = seen.identity, seen.settings, seen.state
    print(s.competition_name)
    rows = [[tr("竞赛项目"), s.item_label], [tr("承办单位"), s.host_unit], [tr("联系人"), f"{s.contact} {s.phone}"],
            [tr("比赛日期"), s.competition_date.isoformat()], [tr("比赛地点"), s.venue_place],
            [tr("裁判长"), s.head_judge], [tr("组别"), "、".join(seen.groups) or tr("不分组")]]
    rows += [[k, v] for k, v in settings.describe()]
    # the GUI's status bar, and the step a head judge's window opens on
    rows += [[tr("锁定"), state.lock_text], [tr("成绩包"), state.export_text],
             [tr("裁判长下一步"), day.step_label(day.first_step(Role.HEAD_JUDGE, state))]]
    print_table([tr("项目"), tr("内容")], rows)
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    from app.services import users

    with venue_from(args) as v:
        rows = [[u.name, role_label(u.role), u.judge_no or "", tr("有效") if u.active else tr("停用")]
                for u in users.list_users(v)]
    print_table([tr("姓名"), tr("角色"), tr("裁判编号"), tr("状态")], rows)
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    from app.services import users

    with acting(args) as (v, actor):
        u = users.add_user(v, actor, args.name, Role(args.role), args.new_pin, judge_no=args.judge_no)
    print(tr("已添加 {n}（{r}）").format(n=u.name, r=role_label(u.role)))
    return 0


def cmd_users_pin(args: argparse.Namespace) -> int:
    from app.services import users

    with acting(args) as (v, actor):
        users.change_pin(v, actor, args.name, args.new_pin)
    print(tr("已更新 {n} 的 PIN").format(n=args.name))
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from app.services import venue as venue_service

    with venue_from(args) as v:
        current = venue_service.get_settings(v)
        if args.set:
            data = current.to_json()
            for item in args.set:
                key, _, raw = item.partition("=")
                if key not in data:
                    raise SystemExit(tr("未知设置项 {k}；可用：{keys}").format(k=key, keys=", ".join(data)))
                old = data[key]
                if isinstance(old, bool):
                    data[key] = raw.strip().lower() in ("1", "true", "yes", "是")
                elif isinstance(old, list):
                    data[key] = [x for x in raw.split(",") if x]
                elif isinstance(old, int) or (old is None and raw.isdigit()):
                    data[key] = int(raw) if raw else None
                else:
                    data[key] = raw
            actor = actor_from(v, args)
            current = venue_service.update_settings(v, actor, ItemSettings.from_json(data))
    print_table([tr("设置"), tr("值")], [list(kv) for kv in current.describe()])
    print(json.dumps(current.to_json(), ensure_ascii=False))
    return 0
