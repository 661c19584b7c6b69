"""`venuescore publication … | appeal …`: 成绩公示 and 申诉与仲裁 from a terminal (head judge)."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from app.cli.common import (
    acting,
    add_venue_args,
    arg,
    command,
    group,
    one_of,
    print_table,
    read_venue_args,
    venue_from,
)
from app.i18n import tr

OUTCOMES = ("upheld", "partly_upheld", "dismissed")


def parse_time(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.strip().replace("/", "-"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(tr("时间格式应为 2026-12-05 09:00")) from exc
    return moment if moment.tzinfo else moment.astimezone()


def split_names(text: str) -> list[str]:
    return [t.strip() for t in text.replace("，", ",").replace("、", ",").split(",") if t.strip()]


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    psub = group(sub, "publication", tr("成绩公示：公示期、申诉受理地点、公示表（裁判长）"), "publication_cmd")
    command(psub, "set", tr("设置公示期、申诉受理地点和公示列"), cmd_publication_set, add_venue_args,
            arg("--start", type=parse_time, required=True, help=tr("公示开始，如 2026-12-01 09:00")),
            arg("--end", type=parse_time, required=True, help=tr("公示结束（此后提交的申诉记为逾期）")),
            arg("--place", required=True, help=tr("申诉受理地点")),
            arg("--contact", default="", help=tr("受理人及电话")),
            arg("--columns", default="", help=tr("公示列，逗号分隔：rank,name,id_masked,unit,total,award,passed")))
    command(psub, "print", tr("生成成绩公示表：.pdf 打印张贴，.html 静态网页（内容相同）"), cmd_publication_print,
            add_venue_args,
            arg("--out", type=Path, action="append", required=True, metavar="FILE.pdf|FILE.html",
                help=tr("输出文件（可重复，如同时生成 PDF 和 HTML）")),
            arg("--revision", type=int, default=None, help=tr("公示指定版本（默认：最新签字版本）")))
    command(psub, "show", tr("显示公示设置"), cmd_publication_show, read_venue_args)

    asub = group(sub, "appeal", tr("申诉与仲裁（裁判长登记申诉、记录仲裁组决定、依申诉更正）"), "appeal_cmd")
    command(asub, "record", tr("登记申诉"), cmd_appeal_record, add_venue_args,
            one_of(arg("--by-code", help=tr("选手加密号（解密前）")),
                   arg("--by-name", help=tr("选手姓名或报名号（解密后）")),
                   arg("--by-leader", help=tr("领队姓名（须加 --unit）"))),
            arg("--unit", default="", help=tr("领队所在单位")),
            arg("--grounds", required=True, help=tr("申诉理由")),
            arg("--at", type=parse_time, default=None, help=tr("提交时间（默认：现在）")),
            arg("--concerns", default="", help=tr("涉及的选手（加密号、姓名或报名号；空 = 整个项目）")),
            arg("--group", default="", help=tr("组别")),
            arg("--attach", type=Path, action="append", default=[], metavar="FILE",
                help=tr("附件（只记录文件名与 SHA-256，可重复）")))
    command(asub, "decide", tr("记录仲裁组决定"), cmd_appeal_decide, arg("id", type=int), add_venue_args,
            arg("--outcome", choices=OUTCOMES, required=True,
                help=tr("upheld 支持 | partly_upheld 部分支持 | dismissed 驳回")),
            arg("--reasoning", required=True, help=tr("仲裁理由")),
            arg("--panel", required=True, help=tr("仲裁组成员姓名，逗号分隔（必填）")),
            arg("--at", type=parse_time, default=None, help=tr("决定时间（默认：现在）")))
    command(asub, "correct", tr("依已支持的申诉更正分数（之后用 signoff --reason 生成新版本）"), cmd_appeal_correct,
            arg("id", type=int), add_venue_args,
            arg("--code", required=True, help=tr("加密号")),
            arg("--criterion", required=True, help=tr("评分细则代码，如 A1")),
            arg("--value", required=True, help=tr("更正后的分数")),
            arg("--judge", default=None, help=tr("评价分：哪位裁判的")),
            arg("--reason", required=True, help=tr("更正说明")))
    command(asub, "list", tr("列出申诉及仲裁结果"), cmd_appeal_list, add_venue_args)


def cmd_publication_set(args: argparse.Namespace) -> int:
    from app.services import publication

    with acting(args) as (v, actor):
        cfg = publication.set_publication(v, actor, args.start, args.end, args.place, args.contact,
                                          split_names(args.columns) or None)
    print(tr("已设置公示期：{p}；申诉受理：{place}").format(p=cfg.period_text(), place=cfg.appeal_place))
    return 0


def cmd_publication_print(args: argparse.Namespace) -> int:
    from app.reports import publication_files
    from app.services import publication_sheet

    with acting(args) as (v, actor):
        sheet = publication_sheet.for_venue(v, actor, args.revision)
    for out in args.out:
        n = publication_files.write(sheet, out)
        print(tr("已生成成绩公示：{p}（{n} 人）").format(p=out, n=n))
    return 0


def cmd_publication_show(args: argparse.Namespace) -> int:
    from app.services import publication

    with venue_from(args) as v:
        cfg = publication.get(v)
    print(tr("公示期：{p}").format(p=cfg.period_text()))
    print(tr("申诉受理地点：{a}").format(a=cfg.appeal_place or tr("（未设定）")))
    print(tr("受理人及电话：{c}").format(c=cfg.appeal_contact or tr("（未设定）")))
    print(tr("公示列：{c}").format(c="、".join(publication.COLUMNS[c] for c in cfg.columns)))
    return 0


def cmd_appeal_record(args: argparse.Namespace) -> int:
    from app.services import appeals

    if args.by_code:
        kind, who = appeals.BLIND_CODE, args.by_code
    elif args.by_name:
        kind, who = appeals.CONTESTANT, args.by_name
    else:
        kind, who = appeals.TEAM_LEADER, args.by_leader
    attachments = [appeals.attachment(p) for p in args.attach]
    with acting(args) as (v, actor):
        a = appeals.record(v, actor, kind, who, args.grounds, lodged_at=args.at,
                           concerns=args.concerns, group=args.group, lodger_unit=args.unit, attachments=attachments)
    late = tr("（逾期：公示期已于 {t} 结束）").format(t=a.period_end.strftime("%Y-%m-%d %H:%M")) if a.late and a.period_end else ""
    print(tr("已登记{n}：{who}{late}").format(n=a.number, who=a.lodger_text, late=late))
    return 0


def cmd_appeal_decide(args: argparse.Namespace) -> int:
    from app.services import appeals

    with acting(args) as (v, actor):
        a = appeals.decide(v, actor, args.id, args.outcome, args.reasoning, split_names(args.panel),
                           decided_at=args.at)
    print(tr("已记录{n}的仲裁决定：{s}").format(n=a.number, s=a.status_text))
    return 0


def cmd_appeal_correct(args: argparse.Namespace) -> int:
    from app.services import scoring

    with acting(args) as (v, actor):
        saved = scoring.correct(v, actor, args.code, args.criterion, args.value, args.reason,
                                judge=args.judge, appeal=args.id)
    print(tr("已依申诉第 {n} 号更正 {c}：{v}。请用 venuescore signoff --reason … 生成并签字确认新版本。").format(
        n=args.id, c=args.criterion, v=saved.value))
    return 0


def cmd_appeal_list(args: argparse.Namespace) -> int:
    from app.services import appeals

    with acting(args) as (v, actor):
        rows = appeals.list_appeals(v, actor)
    print_table([tr("编号"), tr("申诉人"), tr("涉及"), tr("提交时间"), tr("逾期"), tr("理由"), tr("结果"), tr("仲裁组")],
                [[a.id, a.lodger_text, a.concerns, a.lodged_at.strftime("%Y-%m-%d %H:%M"),
                  tr("逾期") if a.late else "", a.grounds, a.status_text,
                  "、".join(a.decision.panel) if a.decision else ""] for a in rows])
    if not rows:
        print(tr("（没有申诉）"))
    return 0


