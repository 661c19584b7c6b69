"""`venuescore results | report | decrypt | tie | signoff`: the head judge's finalizing from a terminal."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import (
    acting,
    add_passphrase_arg,
    add_venue_args,
    arg,
    command,
    group,
    print_table,
    signing,
)
from app.errors import DomainError
from app.i18n import tr
from app.reports import titles
from app.rules.awards import ALL_HIGHER, ORDER
from app.vocab import COMPETED

if TYPE_CHECKING:
    from app.services import results


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command(sub, "results", tr("成绩排名、奖项与合格（裁判长）"), cmd_results, add_venue_args,
            arg("--format", choices=("table", "csv", "json"), default="table",
                   help=tr("输出格式：table 表格（默认）、csv、json（results.json 内容）")),
            arg("--xlsx", type=Path, default=None, metavar="FILE", help=tr("另存成绩 .xlsx")),
            arg("--revisions", action="store_true", help=tr("列出已签字确认的各版本")))

    command(sub, "report", tr("打印成绩报表 PDF"), cmd_report,
            arg("name", choices=tuple(titles.RESULT_REPORTS),
                   help="summary 成绩汇总表 | awards 获奖名单 | passes 合格名单 | score-sheets 评分明细表 | "
                        "blank-sheets 空白评分表"), add_venue_args,
            arg("--out", type=Path, required=True, metavar="FILE.pdf"),
            arg("--revision", type=int, default=None, help=tr("打印指定版本（默认：当前成绩）")))

    command(sub, "decrypt", tr("解密（成绩锁定后，裁判长，须口令）：揭示抽签密钥，加密号与姓名对应，签名检查点"), cmd_decrypt, add_venue_args,
            add_passphrase_arg)

    tsub = group(sub, "tie", tr("并列名次裁定"), "tie_cmd")
    command(tsub, "list", tr("列出跨奖项界线的并列及裁定"), cmd_tie_list, add_venue_args)
    command(tsub, "decide", tr("记录裁定（须填写理由）"), cmd_tie_decide, add_venue_args,
            arg("--group", default="", help=tr("组别（无组别时省略）")),
            arg("--contestants", required=True, help=tr("并列选手的报名号，逗号分隔")),
            arg("--resolution", choices=(ALL_HIGHER, ORDER), required=True,
                   help=tr("all_higher 均获较高奖项；order 按 --order 的顺序")),
            arg("--order", default="", help=tr("resolution=order 时：报名号按名次先后，逗号分隔")),
            arg("--reason", required=True, help=tr("裁定理由（打印在成绩汇总表上）")))
    command(tsub, "revoke", tr("撤销一项裁定"), cmd_tie_revoke, arg("id", type=int), add_venue_args,
            arg("--reason", required=True))

    command(sub, "signoff", tr("裁判长签字确认成绩（第 1 版，以口令签名）；更正后加 --reason 生成新版本"), cmd_signoff, add_venue_args,
            add_passphrase_arg, arg("--reason", default=None, help=tr("更正后生成新版本的理由")),
            arg("--appeal", type=int, action="append", default=[], metavar="N",
                   help=tr("新版本依据的已支持申诉编号（可重复；依申诉更正过分数的申诉自动列入）")))


def _split(text: str) -> list[str]:
    return [t.strip() for t in text.replace("，", ",").split(",") if t.strip()]


def _table_rows(view: results.ResultsView) -> tuple[list[str], list[list[Any]]]:
    headers = [tr("组别"), tr("名次"), tr("报名号"), tr("姓名"), tr("单位/学校"), tr("工位号"), tr("加密号")]
    headers += [tr("模块{m}").format(m=code) for code, _, _ in view.modules]
    headers += [tr("扣分"), tr("用时"), tr("总分"), tr("奖项"), tr("合格"), tr("说明")]
    rows = []
    for g in view.groups:
        for r in g.rows:
            competed = r.rank is not None or r.status == COMPETED
            rows.append([g.name, r.rank_text, r.reg_no if view.names_visible else "", r.name, r.unit,
                         r.station or "", r.blind_code or ""]
                        + [r.score(code) if competed else "" for code, _, _ in view.modules]
                        + [r.deductions or "", r.time_text, r.total if r.total is not None else "",
                           r.award_text,
                           (tr("合格") if r.passed else tr("不合格")) if competed else "", r.note])
    return headers, rows


def _notes(view: results.ResultsView) -> list[str]:
    """The 说明 column of the table, one line each: a terminal table would be too wide with it."""
    return [tr("{g}{rank} {who}：{note}").format(g=(g.name + " ") if g.name else "", rank=r.rank_text,
                                                who=r.name or r.blind_code or "—", note=r.note)
            for g in view.groups for r in g.rows if r.note]


def cmd_results(args: argparse.Namespace) -> int:
    from app.reports import result_reports
    from app.services import day, results
    from app.services.results_snapshot import build_snapshot

    with acting(args) as (v, actor):
        view = results.results(v, actor)
        never_exported = day.day_state(v).exported_revision is None
        if args.revisions:
            print_table([tr("版本"), tr("签字人"), tr("时间"), tr("理由"), "SHA-256"],
                        [[r.number, r.signed_by, r.at.strftime("%Y-%m-%d %H:%M"), r.reason or "", r.snapshot_sha256]
                         for r in results.revisions(v)])
            return 0
        if args.xlsx:
            result_reports.export_xlsx(v, actor, args.xlsx)
            print(tr("已导出：{p}").format(p=args.xlsx), file=sys.stderr)
        if args.format == "json":
            if not view.names_visible:
                raise DomainError(tr("成绩尚未锁定并解密，不能输出带姓名的 results.json。"))
            json.dump(build_snapshot(v), sys.stdout, ensure_ascii=False, indent=2)
            print()
            return 0
    headers, rows = _table_rows(view)
    if args.format == "csv":
        from app.tabular import write_csv

        write_csv(sys.stdout, headers, rows, lineterminator="\n")
        return 0
    print(tr("{item}｜{stage}").format(item=view.item_label, stage=view.stage))
    print_table(headers[:-1], [row[:-1] for row in rows])
    notes = _notes(view)
    if notes:
        print(tr("说明："))
        for line in notes:
            print("  " + line)
    for g in view.groups:
        for t in g.ties:
            state = t.decision_text or tr("尚未裁定")
            print(tr("并列：{g}{d}——{s}").format(g=(g.name + "，") if g.name else "", d=t.description, s=state))
    if view.changed_since_export:
        print(tr("注意：已签字确认的成绩尚未导出成绩包。") if never_exported and view.revision is not None
              else tr("注意：当前成绩与最近导出的成绩包不同。"))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from app.reports import result_reports

    with acting(args) as (v, actor):
        n = result_reports.write_report(v, actor, args.name, args.out, revision=args.revision)
    print(tr("已生成 {title}：{path}（{n} 人）").format(title=titles.report_title(args.name), path=args.out, n=n))
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    from app.services import decrypt

    with signing(args) as (v, actor, passphrase):
        d = decrypt.decrypt(v, actor, passphrase=passphrase)
    print(tr("已解密（{who}，{at}）").format(who=d.actor, at=d.at.strftime("%Y-%m-%d %H:%M:%S")))
    return 0


def cmd_tie_list(args: argparse.Namespace) -> int:
    from app.services import results

    with acting(args) as (v, actor):
        view = results.results(v, actor)
    rows = [[t.group, t.rank, "、".join(f"{lab}（{reg}）" for lab, reg in zip(t.labels, t.contestants, strict=True)),
             "/".join(a or tr("无奖项") for a in dict.fromkeys(t.awards)), t.decision_text or tr("尚未裁定")]
            for g in view.groups for t in g.ties]
    print_table([tr("组别"), tr("名次"), tr("并列选手"), tr("跨越奖项"), tr("裁定")], rows)
    return 0


def cmd_tie_decide(args: argparse.Namespace) -> int:
    from app.services import results

    with acting(args) as (v, actor):
        d = results.record_tie_decision(v, actor, args.group, _split(args.contestants),
                                        args.resolution, args.reason, order=_split(args.order))
    print(tr("已记录裁定第 {id} 号").format(id=d.id))
    return 0


def cmd_tie_revoke(args: argparse.Namespace) -> int:
    from app.services import results

    with acting(args) as (v, actor):
        results.revoke_tie_decision(v, actor, args.id, args.reason)
    print(tr("已撤销裁定第 {id} 号").format(id=args.id))
    return 0


def cmd_signoff(args: argparse.Namespace) -> int:
    from app.services import checkpoints, results

    with signing(args, tr("裁判长口令（签字确认）：")) as (v, actor, passphrase):
        if args.reason:
            rev = results.correct_after_signoff(v, actor, passphrase, args.reason, appeals=args.appeal)
        elif args.appeal:
            raise DomainError(tr("--appeal 只用于更正后生成新版本（同时给出 --reason）"))
        else:
            rev = results.sign_off(v, actor, passphrase)
        signed = checkpoints.revision_checkpoint(v, rev.number)
    print(tr("已签字确认：{label}（SHA-256 {sha}）").format(label=rev.label, sha=rev.snapshot_sha256))
    if signed is not None:
        print(tr("签名检查点：审计链 {short}（请抄在签字确认的纸质报表上核对）").format(short=signed.short))
    return 0
