"""`venuescore checkin …`, `venuescore draw …` and `venuescore sheets …`: the check-in day from a terminal."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import (
    acting,
    actor_from,
    add_passphrase_arg,
    add_venue_args,
    arg,
    command,
    group,
    passphrase_from,
    print_table,
    read_venue_args,
    venue_from,
)
from app.i18n import tr
from app.reports import titles
from app.roles import Actor, Role
from app.vocab import ABSENT, WITHDREW

if TYPE_CHECKING:
    from app.services import checkin, draw, vault
    from db.venue_file import VenueFile


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    _register_checkin(sub)
    _register_draw(sub)
    command(sub, "sheets", tr("打印检录日报表（PDF）"), cmd_sheet,
            arg("name", choices=tuple(titles.CHECKIN_SHEETS),
                   help=tr("checkin-list 检录签到表 | station-plan 工位安排表 | blind-codes 加密号对照表（裁判长）"
                           " | door-list 工位加密号对照表")), add_venue_args,
            arg("--out", type=Path, required=True, metavar="FILE.pdf"), add_passphrase_arg)


def _register_checkin(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    csub = group(sub, "checkin", tr("检录"), "checkin_cmd")
    person = arg("text", metavar="ID_OR_REG_NO", help=tr("身份证号或报名号"))
    command(csub, "scan", tr("检录：身份证号或报名号"), cmd_scan, person, add_venue_args)
    command(csub, "show", tr("查看选手检录信息（不改动）"), cmd_show, person, add_venue_args)
    note = arg("--note", default=None, help=tr("备注"))
    command(csub, ABSENT.value, tr("登记缺考"), cmd_absent, person, add_venue_args, note)
    command(csub, WITHDREW.value, tr("登记弃权"), cmd_withdrew, person, add_venue_args, note)
    command(csub, "undo", tr("撤销状态（须填原因）"), cmd_undo, person, add_venue_args,
            arg("--reason", required=True, help=tr("撤销原因")))
    command(csub, "status", tr("各组报名、已检录、缺考、弃权人数"), cmd_status, read_venue_args)


def _register_draw(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    dsub = group(sub, "draw", tr("抽签与加密"), "draw_cmd")
    command(dsub, "run", tr("抽签（裁判长）：工位号与加密号"), cmd_draw_run, add_venue_args,
            arg("--witness", action="append", required=True, metavar="VALUE",
                help=tr("见证值，至少两个（每个值写一次 --witness）")),
            arg("--reason", default=None, help=tr("重新抽签的原因（仅重抽时需要）")))
    command(dsub, "verify", tr("重算全部抽签记录并核对（不一致时退出码非 0）"), cmd_draw_verify, add_venue_args)
    command(dsub, "publish", tr("公布抽签结果（裁判长）"), cmd_draw_publish, add_venue_args)
    reg_no = arg("reg_no", metavar="REG_NO")
    command(dsub, "late", tr("迟到补签：为已检录但无工位的选手分配下一个空闲工位"), cmd_draw_late, reg_no, add_venue_args)
    command(dsub, "change", tr("更换工位（裁判长，须填原因）"), cmd_draw_change, reg_no, arg("station", metavar="STATION"),
            add_venue_args, arg("--reason", required=True))
    command(dsub, "second-codes", tr("二次加密：为一个模块的作品发放二次加密号（裁判长）"), cmd_draw_second,
            arg("module", metavar="MODULE"), add_venue_args)
    command(dsub, "show", tr("显示抽签结果（按角色：裁判长输入口令见对照表并发放迟到选手加密号，"
                             "检录员见工位与姓名；解密后公开）"), cmd_draw_show, add_venue_args, add_passphrase_arg)
    command(dsub, "release", tr("发放迟到选手的加密号给评分组（裁判长，须口令）"), cmd_draw_release, add_venue_args,
            add_passphrase_arg)


# ------------------------------------------------------------------------------------ check-in


def _print_card(card: checkin.CheckinCard) -> None:
    print(tr("{name}　报名号 {reg}　{gender}　{group}").format(name=card.name, reg=card.reg_no, gender=card.gender,
                                                          group=card.group).rstrip())
    print(tr("单位/学校：{unit}").format(unit=card.unit))
    print(tr("身份证号：{id}").format(id=card.id_masked))
    print(tr("资格审核：{flags}").format(flags=card.flag_text))
    print(tr("状态：{status}").format(status=card.status_text))
    print(tr("工位号：{st}").format(st=card.station or tr("（未抽签）")))
    if card.late_entry:
        print(tr("补报选手"))


def _desk(args: argparse.Namespace, action: str) -> int:
    from app.services import checkin

    with acting(args) as (v, actor):
        card = checkin.lookup(v, actor, args.text)
        if action == "scan":
            card = checkin.check_in(v, actor, card.contestant_id)
        elif action == ABSENT:
            card = checkin.mark_absent(v, actor, card.contestant_id, args.note)
        elif action == WITHDREW:
            card = checkin.mark_withdrew(v, actor, card.contestant_id, args.note)
        elif action == "undo":
            card = checkin.undo(v, actor, card.contestant_id, args.reason)
    _print_card(card)
    return 0


def cmd_scan(args: argparse.Namespace) -> int:
    return _desk(args, "scan")


def cmd_show(args: argparse.Namespace) -> int:
    return _desk(args, "show")


def cmd_absent(args: argparse.Namespace) -> int:
    return _desk(args, ABSENT)


def cmd_withdrew(args: argparse.Namespace) -> int:
    return _desk(args, WITHDREW)


def cmd_undo(args: argparse.Namespace) -> int:
    return _desk(args, "undo")


def cmd_status(args: argparse.Namespace) -> int:
    from app.services import checkin

    with venue_from(args) as v:
        rows = checkin.counts(v)
    rows.append(checkin.total(rows))
    print_table([tr("组别"), tr("报名"), tr("已检录"), tr("缺考"), tr("弃权"), tr("待检录")],
                [[r.group or tr("（不分组）"), r.registered, r.checked_in, r.absent, r.withdrew, r.waiting] for r in rows])
    return 0


# ------------------------------------------------------------------------------------ draw


def _print_info(info: draw.DrawInfo) -> None:
    print(tr("抽签 #{id}：算法 {alg}，见证值 {w}，{n} 人，工位 {s} 个").format(
        id=info.draw_id, alg=info.algorithm, w="、".join(info.witness_values), n=info.entrants, s=len(info.stations)))
    print(tr("种子：{seed}").format(seed=info.seed_hex))
    for label, value in info.record()[5:]:
        print(f"{label}：{value}")
    print(tr("状态：{state}").format(state=tr("已公布") if info.published else tr("未公布")))
    if info.sealed:
        print(tr("加密号已密封，仅裁判长凭口令可见；解密时揭示密钥，可按承诺值核对。"))
    if info.pending_late:
        print(tr("有 {n} 位迟到选手的加密号待裁判长发放（venuescore draw release）").format(n=info.pending_late))


def cmd_draw_run(args: argparse.Namespace) -> int:
    from app.services import draw

    with acting(args) as (v, actor):
        info = draw.run_main_draw(v, actor, args.witness, reason=args.reason)
    _print_info(info)
    print(tr("抽签结果已记录。核对：venuescore draw verify --db {db}").format(db=args.db))
    return 0


def cmd_draw_verify(args: argparse.Namespace) -> int:
    from app.services import draw

    with venue_from(args) as v:
        actor = actor_from(v, args) if args.user else None
        report = draw.verify_draws(v, actor)
    if not report.checks:
        print(tr("尚无抽签记录"))
        return 0
    for line in report.lines():
        print(line)
    print(tr("全部抽签记录与重算结果一致") if report.ok else tr("抽签记录与重算结果不一致！"))
    return 0 if report.ok else 1


def cmd_draw_publish(args: argparse.Namespace) -> int:
    from app.services import draw

    with acting(args) as (v, actor):
        info = draw.publish(v, actor)
    _print_info(info)
    return 0


def cmd_draw_late(args: argparse.Namespace) -> int:
    from app.services import draw

    with acting(args) as (v, actor):
        result = draw.assign_late(v, actor, args.reg_no)
    text = tr("{name}（{reg}）工位号 {st}").format(name=result.name, reg=result.reg_no, st=result.station)
    if result.blind_code:
        text += tr("，加密号 {code}").format(code=result.blind_code)
    print(text)
    return 0


def _unlocked(v: VenueFile, actor: Actor, args: argparse.Namespace) -> vault.Unlocked | None:
    """The head judge's vault, opened with the passphrase when the mapping is sealed; otherwise None."""
    from app.services import draw, vault

    if actor.role != Role.HEAD_JUDGE or not draw.is_sealed_now(v):
        return None
    passphrase, _ = passphrase_from(args, tr("裁判长口令："))
    return vault.unlock(v, actor, passphrase)


def cmd_draw_release(args: argparse.Namespace) -> int:
    from app.services import draw

    with acting(args) as (v, actor):
        unlocked = _unlocked(v, actor, args)
        codes = draw.release_late_codes(v, actor, unlocked) if unlocked is not None else []
    print(tr("已发放 {n} 个迟到选手的加密号给评分组").format(n=len(codes)) if codes else tr("没有待发放的加密号"))
    return 0


def cmd_draw_change(args: argparse.Namespace) -> int:
    from app.services import draw

    with acting(args) as (v, actor):
        row = draw.change_station(v, actor, args.reg_no, args.station, args.reason)
    print(tr("{name}（{reg}）已改到工位 {st}").format(name=row.name, reg=row.reg_no, st=row.station))
    return 0


def cmd_draw_second(args: argparse.Namespace) -> int:
    from app.services import draw

    with acting(args) as (v, actor):
        n = draw.issue_second_codes(v, actor, args.module)
    print(tr("模块 {m} 已发放 {n} 个二次加密号").format(m=args.module, n=n))
    return 0


def _show_for(v: VenueFile, actor: Actor, args: argparse.Namespace) -> tuple[list[str], list[list[object]]]:
    from app.services import draw

    if actor.role == Role.HEAD_JUDGE:
        unlocked = _unlocked(v, actor, args)
        rows = draw.open_envelope(v, actor, unlocked) if unlocked is not None else draw.mapping(v, actor)
        return ([tr("工位号"), tr("加密号"), tr("报名号"), tr("姓名"), tr("单位/学校"), tr("组别")],
                [[r.station, r.blind_code, r.reg_no, r.name, r.unit, r.group] for r in rows])
    if actor.role == Role.JUDGE:
        # Judges work with blind codes only; stations and names join them after decryption.
        return [tr("工位号"), tr("加密号")], [[r.station, r.blind_code] for r in draw.door_list(v, actor)]
    rows_plan = draw.station_plan(v, actor)
    return ([tr("工位号"), tr("报名号"), tr("姓名"), tr("单位/学校"), tr("组别")],
            [[r.station, r.reg_no, r.name, r.unit, r.group] for r in rows_plan])


def cmd_draw_show(args: argparse.Namespace) -> int:
    from app.services import draw

    with acting(args) as (v, actor):
        info = draw.draw_info(v)
        if info is None:
            print(tr("尚未抽签"))
            return 0
        headers, rows = _show_for(v, actor, args)
    _print_info(info)
    print_table(headers, rows)
    return 0


# ------------------------------------------------------------------------------------ sheets


def cmd_sheet(args: argparse.Namespace) -> int:
    from app.reports import checkin_sheets

    with acting(args) as (v, actor):
        unlocked = _unlocked(v, actor, args) if args.name in checkin_sheets.SEALED_SHEETS else None
        n = checkin_sheets.write_sheet(v, actor, args.name, args.out, unlocked=unlocked)
    print(tr("已打印“{title}”（{n} 人）：{out}").format(title=titles.sheet_title(args.name), n=n, out=args.out))
    return 0
