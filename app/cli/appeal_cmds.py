"""`venuescore publication … | appeal …`: 成绩公示 and 申诉与仲裁 from a terminal (head judge)."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from app.cli.common import actor_from, add_venue_args, print_table, venue_from
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
    p = sub.add_parser("publication", help=tr("成绩公示：公示期、申诉受理地点、公示表（裁判长）"))
    psub = p.add_subparsers(dest="publication_cmd", required=True)
    q = psub.add_parser("set", help=tr("设置公示期、申诉受理地点和公示列"))
    add_venue_args(q)
    q.add_argument("--start", type=parse_time, required=True, help=tr("公示开始，如 2026-12-01 09:00"))
    q.add_argument("--end", type=parse_time, required=True, help=tr("公示结束（此后提交的申诉记为逾期）"))
    q.add_argument("--place", required=True, help=tr("申诉受理地点"))
    q.add_argument("--contact", default="", help=tr("受理人及电话"))
    q.add_argument("--columns", default="", help=tr("公示列，逗号分隔：rank,name,id_masked,unit,total,award,passed"))
    q.set_defaults(func=cmd_publication_set)
    q = psub.add_parser("print", help=tr("生成成绩公示表：.pdf 打印张贴，.html 静态网页（内容相同）"))
    add_venue_args(q)
    q.add_argument("--out", type=Path, action="append", required=True, metavar="FILE.pdf|FILE.html",
                   help=tr("输出文件（可重复，如同时生成 PDF 和 HTML）"))
    q.add_argument("--revision", type=int, default=None, help=tr("公示指定版本（默认：最新签字版本）"))
    q.set_defaults(func=cmd_publication_print)
    q = psub.add_parser("show", help=tr("显示公示设置"))
    add_venue_args(q, sign_in=False)
    q.set_defaults(func=cmd_publication_show)

    p = sub.add_parser("appeal", help=tr("申诉与仲裁（裁判长登记申诉、记录仲裁组决定、依申诉更正）"))
    asub = p.add_subparsers(dest="appeal_cmd", required=True)
    q = asub.add_parser("record", help=tr("登记申诉"))
    add_venue_args(q)
    who = q.add_mutually_exclusive_group(required=True)
    who.add_argument("--by-code", help=tr("选手加密号（解密前）"))
    who.add_argument("--by-name", help=tr("选手姓名或报名号（解密后）"))
    who.add_argument("--by-leader", help=tr("领队姓名（须加 --unit）"))
    q.add_argument("--unit", default="", help=tr("领队所在单位"))
    q.add_argument("--grounds", required=True, help=tr("申诉理由"))
    q.add_argument("--at", type=parse_time, default=None, help=tr("提交时间（默认：现在）"))
    q.add_argument("--concerns", default="", help=tr("涉及的选手（加密号、姓名或报名号；空 = 整个项目）"))
    q.add_argument("--group", default="", help=tr("组别"))
    q.add_argument("--attach", type=Path, action="append", default=[], metavar="FILE",
                   help=tr("附件（只记录文件名与 SHA-256，可重复）"))
    q.set_defaults(func=cmd_appeal_record)
    q = asub.add_parser("decide", help=tr("记录仲裁组决定"))
    q.add_argument("id", type=int)
    add_venue_args(q)
    q.add_argument("--outcome", choices=OUTCOMES, required=True,
                   help=tr("upheld 支持 | partly_upheld 部分支持 | dismissed 驳回"))
    q.add_argument("--reasoning", required=True, help=tr("仲裁理由"))
    q.add_argument("--panel", required=True, help=tr("仲裁组成员姓名，逗号分隔（必填）"))
    q.add_argument("--at", type=parse_time, default=None, help=tr("决定时间（默认：现在）"))
    q.set_defaults(func=cmd_appeal_decide)
    q = asub.add_parser("correct", help=tr("依已支持的申诉更正分数（之后用 signoff --reason 生成新版本）"))
    q.add_argument("id", type=int)
    add_venue_args(q)
    q.add_argument("--code", required=True, help=tr("加密号"))
    q.add_argument("--criterion", required=True, help=tr("评分细则代码，如 A1"))
    q.add_argument("--value", required=True, help=tr("更正后的分数"))
    q.add_argument("--judge", default=None, help=tr("评价分：哪位裁判的"))
    q.add_argument("--reason", required=True, help=tr("更正说明"))
    q.set_defaults(func=cmd_appeal_correct)
    q = asub.add_parser("list", help=tr("列出申诉及仲裁结果"))
    add_venue_args(q)
    q.set_defaults(func=cmd_appeal_list)


def cmd_publication_set(args: argparse.Namespace) -> int:
    from app.services import publication

    with venue_from(args) as v:
        cfg = publication.set_publication(v, actor_from(v, args), args.start, args.end, args.place, args.contact,
                                          split_names(args.columns) or None)
    print(tr("已设置公示期：{p}；申诉受理：{place}").format(p=cfg.period_text(), place=cfg.appeal_place))
    return 0


def cmd_publication_print(args: argparse.Namespace) -> int:
    from app.reports import publication_files
    from app.services import publication_sheet

    with venue_from(args) as v:
        sheet = publication_sheet.for_venue(v, actor_from(v, args), args.revision)
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
    with venue_from(args) as v:
        a = appeals.record(v, actor_from(v, args), kind, who, args.grounds, lodged_at=args.at,
                           concerns=args.concerns, group=args.group, lodger_unit=args.unit, attachments=attachments)
    late = tr("（逾期：公示期已于 {t} 结束）").format(t=a.period_end.strftime("%Y-%m-%d %H:%M")) if a.late and a.period_end else ""
    print(tr("已登记{n}：{who}{late}").format(n=a.number, who=a.lodger_text, late=late))
    return 0


def cmd_appeal_decide(args: argparse.Namespace) -> int:
    from app.services import appeals

    with venue_from(args) as v:
        a = appeals.decide(v, actor_from(v, args), args.id, args.outcome, args.reasoning, split_names(args.panel),
                           decided_at=args.at)
    print(tr("已记录{n}的仲裁决定：{s}").format(n=a.number, s=a.status_text))
    return 0


def cmd_appeal_correct(args: argparse.Namespace) -> int:
    from app.services import scoring

    with venue_from(args) as v:
        saved = scoring.correct(v, actor_from(v, args), args.code, args.criterion, args.value, args.reason,
                                judge=args.judge, appeal=args.id)
    print(tr("已依申诉第 {n} 号更正 {c}：{v}。请用 venuescore signoff --reason … 生成并签字确认新版本。").format(
        n=args.id, c=args.criterion, v=saved.value))
    return 0


def cmd_appeal_list(args: argparse.Namespace) -> int:
    from app.services import appeals

    with venue_from(args) as v:
        rows = appeals.list_appeals(v, actor_from(v, args))
    print_table([tr("编号"), tr("申诉人"), tr("涉及"), tr("提交时间"), tr("逾期"), tr("理由"), tr("结果"), tr("仲裁组")],
                [[a.id, a.lodger_text, a.concerns, a.lodged_at.strftime("%Y-%m-%d %H:%M"),
                  tr("逾期") if a.late else "", a.grounds, a.status_text,
                  "、".join(a.decision.panel) if a.decision else ""] for a in rows])
    if not rows:
        print(tr("（没有申诉）"))
    return 0


