"""`venuescore scheme import|export|show|template`, `venuescore scores import|status|enter|totals`,
`venuescore lock [--module A]`, `venuescore unlock --reason …`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import (
    acting,
    add_passphrase_arg,
    add_venue_args,
    arg,
    command,
    group,
    one_of,
    print_table,
    read_venue_args,
    signing,
    venue_from,
)
from app.i18n import tr
from app.vocab import ROOM_STATUSES, status_label


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    ssub = group(sub, "scheme", tr("评分标准"), "scheme_cmd")
    command(ssub, "import", tr("导入评分标准 .xlsx / .csv（评分开始后须裁判长填写原因）"), cmd_scheme_import,
            arg("file", type=Path), add_venue_args, arg("--reason", default="", help=tr("评分开始后修改评分标准的原因")))
    command(ssub, "export", tr("导出评分标准 .xlsx"), cmd_scheme_export, arg("file", type=Path), add_venue_args)
    command(ssub, "show", tr("列出评分标准"), cmd_scheme_show, read_venue_args)
    command(ssub, "template", tr("保存评分标准模板 .xlsx"), cmd_scheme_template, arg("out", type=Path),
            arg("--demo", action="store_true", help=tr("保存示例（LED 显示屏应用）而不是空白模板")))

    csub = group(sub, "scores", tr("评分录入"), "scores_cmd")
    command(csub, "import", tr("导入纸质评分表 .xlsx / .csv（全部正确才导入）"), cmd_scores_import, arg("file", type=Path),
            add_venue_args)
    command(csub, "status", tr("录入进度：各裁判、各评分项的缺分，分差超限与复核不一致"), cmd_scores_status, read_venue_args,
            arg("--all", action="store_true", help=tr("列出全部缺分（默认只列前 30 条）")))
    command(csub, "enter", tr("录入一个分数（评价分以登录裁判的身份录入）"), cmd_scores_enter,
            arg("blind_code", help=tr("加密号")), arg("criterion", help=tr("评分项编号")), arg("value", help=tr("分数")),
            add_venue_args,
            one_of(arg("--second", action="store_true", help=tr("测量分复核录入（须另一人）")),
                   arg("--correct", action="store_true", help=tr("更正现值（须填写 --reason）")), required=False),
            arg("--reason", default="", help=tr("更正原因")),
            arg("--judge", default=None, help=tr("裁判长更正评价分时：哪位裁判（编号或姓名）")))
    command(csub, "totals", tr("各加密号的模块分与总分"), cmd_scores_totals, read_venue_args)
    command(csub, "attendance", tr("按加密号登记弃权、缺考或恢复参赛（评分组所见，须填原因）"), cmd_scores_attendance,
            arg("blind_code", help=tr("加密号")),
            arg("status", choices=tuple(s.value for s in ROOM_STATUSES), help=tr("competed 参赛 | absent 缺考 | withdrew 弃权")),
            add_venue_args, arg("--reason", required=True))

    command(sub, "lock", tr("裁判长锁定成绩（模块或全项目；以口令签名检查点）"), cmd_lock, add_venue_args, add_passphrase_arg,
            arg("--module", default=None, help=tr("只锁定这个模块")),
            arg("--sheet", type=Path, default=None, metavar="FILE.pdf",
                   help=tr("打印成绩锁定确认单（载有审计链签名检查点，供签字）")))
    command(sub, "unlock", tr("裁判长解除锁定（须填写原因）"), cmd_unlock, add_venue_args, arg("--module", default=None),
            arg("--reason", required=True))


def cmd_scheme_import(args: argparse.Namespace) -> int:
    from app.services import scheme

    with acting(args) as (v, actor):
        change = scheme.import_scheme(v, actor, args.file, args.reason)
        view = scheme.get_scheme(v)
    print(tr("评分标准：{m} 个模块，{c} 个评分项，合计 {t} 分").format(
        m=len(view.modules), c=len(view.criteria), t=view.scheme_total))
    for line in change.summary():
        print("  - " + line)
    return 0


def cmd_scheme_export(args: argparse.Namespace) -> int:
    from app.services import scheme

    with acting(args) as (v, actor):
        scheme.export_scheme(v, actor, args.file)
    print(tr("已导出：{p}").format(p=args.file))
    return 0


def cmd_scheme_show(args: argparse.Namespace) -> int:
    from app.services import scheme

    with venue_from(args) as v:
        view = scheme.get_scheme(v)
    rows: list[list[object]] = [
        [c.module, c.code, c.kind_label, c.max_points, c.judges if c.kind == "J" else "", c.description]
        for c in view.criteria
    ]
    print_table([tr("模块"), tr("编号"), tr("类型"), tr("分值"), tr("裁判"), tr("描述")], rows)
    print(tr("合计 {t} 分（项目总分 {p}）{f}").format(
        t=view.scheme_total, p=view.total_points, f=tr("，评分已开始，已冻结") if view.frozen else ""))
    return 0


def cmd_scheme_template(args: argparse.Namespace) -> int:
    from app.services import scheme

    scheme.save_template(args.out, demo=args.demo)
    print(tr("模板已保存：{p}").format(p=args.out))
    return 0


def cmd_scores_import(args: argparse.Namespace) -> int:
    from app.services import scoring

    with acting(args) as (v, actor):
        report = scoring.import_scores(v, actor, args.file)
    print(report.summary())
    return 0


def cmd_scores_status(args: argparse.Namespace) -> int:
    from app.services import scoring

    with venue_from(args) as v:
        st = scoring.status(v)
    print(tr("已抽签 {n} 人，须评分 {r} 人").format(n=st.contestants, r=st.required))
    print_table([tr("裁判"), tr("已录入"), tr("应录入"), tr("缺")], [[p.key, p.done, p.expected, p.missing] for p in st.judges])
    print()
    print_table([tr("评分项"), tr("已录入"), tr("应录入"), tr("缺")],
                [[p.key, p.done, p.expected, p.missing] for p in st.criteria])
    print()
    print_table([tr("模块"), tr("名称"), tr("锁定"), tr("缺分"), tr("分差超限"), tr("复核不一致")],
                [[m.code, m.name, tr("是") if m.locked else "", m.missing, m.spreads, m.mismatches] for m in st.modules])
    limit = None if args.all else 30
    for title, items in ((tr("分差超限"), st.spreads), (tr("复核不一致"), st.mismatches), (tr("缺分"), st.missing)):
        if items:
            print(f"\n{title}（{len(items)}）：")
            for line in items[:limit]:
                print("  - " + line)
            if limit is not None and len(items) > limit:
                print("  " + tr("……另有 {n} 条，加 --all 查看").format(n=len(items) - limit))
    print()
    if st.item_locked:
        print(tr("全项目已锁定"))
    else:
        print(tr("可以锁定") if st.ready_to_lock else tr("尚不能锁定"))
    return 0


def cmd_scores_enter(args: argparse.Namespace) -> int:
    from app.services import scoring

    with acting(args) as (v, actor):
        if args.correct:
            saved = scoring.correct(v, actor, args.blind_code, args.criterion, args.value, args.reason, args.judge)
        elif args.second:
            saved = scoring.second_entry(v, actor, args.blind_code, args.criterion, args.value)
        else:
            saved = scoring.enter(v, actor, args.blind_code, args.criterion, args.value)
    print(tr("已保存：{c} 加密号 {b} = {v}").format(c=saved.criterion, b=saved.blind_code, v=saved.value))
    for line in saved.flagged:
        print(tr("注意：") + line, file=sys.stderr)
    return 0


def cmd_scores_totals(args: argparse.Namespace) -> int:
    from app.services import scoring

    with venue_from(args) as v:
        rows = scoring.totals(v)
    modules = [m.module for m in rows[0].modules] if rows else []
    print_table([tr("加密号"), tr("状态")] + modules + [tr("扣分"), tr("总分"), tr("完整")],
                [[r.blind_code, status_label(r.status), *[m.score for m in r.modules],
                  r.item_deductions, r.total, tr("是") if r.complete else tr("否")] for r in rows])
    return 0


def cmd_scores_attendance(args: argparse.Namespace) -> int:
    from app.services import scoring

    with acting(args) as (v, actor):
        row = scoring.record_status(v, actor, args.blind_code, args.status, args.reason)
    print(tr("加密号 {b}：{s}").format(b=row.blind_code, s=status_label(row.status)))
    return 0


def cmd_lock(args: argparse.Namespace) -> int:
    from app.services import scoring

    with signing(args) as (v, actor, passphrase):
        signed = scoring.lock(v, actor, args.module, passphrase=passphrase)
        if args.sheet is not None:
            from app.reports import lock_sheet

            lock_sheet.write(v, actor, signed, args.sheet)
    print(tr("已锁定：{m}").format(m=tr("模块 {m}").format(m=args.module) if args.module else tr("全项目")))
    print(tr("签名检查点：审计链 {short}").format(short=signed.short))
    if args.sheet is not None:
        print(tr("成绩锁定确认单：{p}").format(p=args.sheet))
    return 0


def cmd_unlock(args: argparse.Namespace) -> int:
    from app.services import scoring

    with acting(args) as (v, actor):
        scoring.unlock(v, actor, args.reason, args.module)
    print(tr("已解除锁定"))
    return 0
