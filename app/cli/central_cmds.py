"""`venuescore central …` (组委会汇总) and `venuescore certificate verify CODE`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.appeal_cmds import parse_time, split_names
from app.cli.common import PASSPHRASE_ENV, arg, command, group, passphrase_from, print_table
from app.errors import DomainError
from app.i18n import tr

if TYPE_CHECKING:
    from app.package.keys import PublicKey
    from app.services.central import KeyView
    from db.central.engine import CentralDb


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", required=True, metavar="CENTRAL",
                   help=tr("汇总数据库：SQLite 文件路径，或 SQLAlchemy 地址（如 postgresql+psycopg://用户@主机/库名）"))


def _by_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--by", default=os.environ.get("VENUESCORE_USER"),
                   help=tr("经办人姓名（也可设环境变量 VENUESCORE_USER）"))


def _passphrase_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--passphrase", default=None,
                   help=tr("组委会证书密钥口令（也可设环境变量 {env}）").format(env=PASSPHRASE_ENV))


def _open(args: argparse.Namespace) -> CentralDb:
    from db.central.engine import open_central

    return open_central(args.db)


def _by(args: argparse.Namespace) -> str:
    if not args.by:
        raise DomainError(tr("请用 --by 填写经办人姓名（或设置 VENUESCORE_USER）"))
    return str(args.by)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    csub = group(sub, "central", tr("组委会汇总：登记公钥、导入与接收成绩包、汇总报表"), "central_cmd")
    command(csub, "init", tr("创建汇总数据库"), cmd_init, _db_arg)

    ksub = group(csub, "keys", tr("赛场公钥登记"), "central_keys_cmd")
    command(ksub, "add", tr("登记赛场公钥（.pub 文件或“RW…”一行）"), cmd_keys_add, arg("key"),
            arg("--label", required=True, help=tr("说明，如“31 母婴护理 赛场”")),
            arg("--item", type=int, required=True, help=tr("该密钥所属的项目编号 1–33（只能签此项目的成绩包）")),
            arg("--group", action="append", default=None,
                   help=tr("另限定组别（可重复，须与成绩包的组别完全一致，如 --group 职工组 --group 学生组）")), _db_arg, _by_arg)
    command(ksub, "restrict", tr("为登记时未限定项目的旧公钥指定项目（只能指定一次）"), cmd_keys_restrict,
            arg("id", type=int, help=tr("公钥编号（见 keys list）")),
            arg("--item", type=int, required=True, help=tr("项目编号 1–33")),
            arg("--group", action="append", default=None, help=tr("另限定组别（可重复）")), _db_arg, _by_arg)
    command(ksub, "list", tr("列出已登记的公钥与指纹"), cmd_keys_list, _db_arg)

    ssub = group(csub, "signer", tr("组委会证书密钥（荣誉证书核验码）"), "signer_cmd")
    command(ssub, "init", tr("生成组委会证书密钥"), cmd_signer_init, _db_arg, _by_arg, _passphrase_arg)
    command(ssub, "show", tr("显示组委会证书公钥"), cmd_signer_show, _db_arg)

    from app.cli import central_privacy_cmds as privacy

    privacy.register(csub, _db_arg, _by_arg)
    command(csub, "import", tr("导入成绩包：解密（.zip.age）、核验、校验后放入收件箱"), cmd_import,
            arg("files", nargs="+", type=Path), _db_arg, _by_arg, privacy.add_committee_passphrase)
    command(csub, "status", tr("收件箱：各成绩包的状态"), cmd_status, _db_arg)
    command(csub, "show", tr("显示一个成绩包的错误与警告"), cmd_show, arg("id", type=int), _db_arg)
    command(csub, "accept", tr("接收成绩包（有警告时须 --acknowledge-warnings）"), cmd_accept, arg("id", type=int),
            arg("--acknowledge-warnings", action="store_true", help=tr("经办人确认已知悉全部警告")), _db_arg, _by_arg)
    for name, text, reason, func in (
        ("withdraw", tr("撤回已接收或待接收的成绩包（须填写理由；可恢复）"), tr("撤回理由（记录在案）"), cmd_withdraw),
        ("reinstate", tr("恢复被撤回的成绩包（须填写理由）"), tr("恢复理由（记录在案）"), cmd_reinstate),
    ):
        command(csub, name, text, func, arg("id", type=int), arg("--reason", required=True, help=reason),
                _db_arg, _by_arg)
    command(csub, "conflicts", tr("兼项与身份冲突"), cmd_conflicts, _db_arg)
    command(csub, "report", tr("汇总报表：awards、conflicts、statistics、passes、certificates"), cmd_report,
            arg("name", choices=["awards", "conflicts", "statistics", "passes", "certificates"]),
            arg("--out", required=True, type=Path, help=tr("输出文件（.pdf 或 .xlsx）")), _db_arg, _passphrase_arg,
            arg("--acknowledge-open-appeals", action="store_true",
                help=tr("荣誉证书：有待仲裁申诉的项目也打印（默认暂不打印这些项目）")))
    command(csub, "appeals", tr("各项目的申诉与仲裁结果"), cmd_appeals, _db_arg)
    command(csub, "publication", tr("全部项目的成绩公示（汇总）：.pdf 或 .html"), cmd_publication, _db_arg,
            arg("--out", type=Path, action="append", required=True, metavar="FILE.pdf|FILE.html"),
            arg("--start", type=parse_time, required=True, help=tr("公示开始，如 2026-12-08 09:00")),
            arg("--end", type=parse_time, required=True, help=tr("公示结束")),
            arg("--place", required=True, help=tr("申诉受理地点")), arg("--contact", default="", help=tr("受理人及电话")),
            arg("--columns", default="", help=tr("公示列，逗号分隔：rank,name,id_masked,unit,total,award,passed")))
    command(csub, "gui", tr("打开组委会汇总窗口"), cmd_gui, _db_arg)

    vsub = group(sub, "certificate", tr("荣誉证书"), "certificate_cmd")
    command(vsub, "verify", tr("核验证书：二维码中的完整核验码，或证书上印的编号与核验码（--cert-no）"), cmd_certificate_verify,
            arg("code", help=tr("扫描二维码得到的完整核验码；或与 --cert-no 一起：证书上印的 12 位核验码")),
            arg("--cert-no", default=None, metavar="NN-###",
                   help=tr("证书编号：按编号与印在证书上的核验码核验（需汇总数据库和组委会证书密钥口令）")), _passphrase_arg,
            arg("--db", default=None, metavar="CENTRAL", help=tr("汇总数据库（取组委会证书公钥并核对获奖名单）")),
            arg("--key", default=None, help=tr("组委会证书公钥（无汇总数据库时）")))


def cmd_init(args: argparse.Namespace) -> int:
    from db.central.engine import open_central

    with open_central(args.db, create=True) as db:
        print(tr("汇总数据库已就绪：{db}").format(db=db.label))
    return 0


def cmd_keys_add(args: argparse.Namespace) -> int:
    from app.services import central

    with _open(args) as db:
        k = central.register_key(db, _by(args), args.key, args.label, args.item, args.group)
    print(tr("已登记：{label}（{scope}）").format(label=k.label, scope=key_scope(k)))
    print(tr("指纹：{fp}　请与赛场打印的指纹逐位核对").format(fp=k.fingerprint))
    return 0


def cmd_keys_restrict(args: argparse.Namespace) -> int:
    from app.services import central

    with _open(args) as db:
        k = central.restrict_key(db, _by(args), args.id, args.item, args.group)
    print(tr("已限定：{label}（{scope}）").format(label=k.label, scope=key_scope(k)))
    return 0


def key_scope(k: KeyView) -> str:
    if k.item_no is None:
        return tr("未限定项目：须先限定才能接收成绩包")
    text = tr("项目 {n:02d}").format(n=k.item_no)
    return text + (tr("，组别 {g}").format(g=k.groups) if k.groups else "")


def cmd_keys_list(args: argparse.Namespace) -> int:
    from app.services import central

    with _open(args) as db:
        keys = central.list_keys(db)
    print_table([tr("编号"), tr("说明"), tr("限定"), tr("指纹"), tr("登记人"), tr("登记时间")],
                [[k.id, k.label, key_scope(k), k.fingerprint, k.registered_by,
                  k.registered_at.strftime("%Y-%m-%d %H:%M")] for k in keys])
    return 0


def cmd_signer_init(args: argparse.Namespace) -> int:
    from app.services import certificates

    by = _by(args)
    passphrase, again = passphrase_from(args, tr("组委会证书密钥口令（至少 8 个字符）："), confirm=True)
    with _open(args) as db:
        public = certificates.init_committee_key(db, by, passphrase, again)
    print(tr("已生成组委会证书密钥。公钥：{line}").format(line=public.minisign_line()))
    print(tr("指纹：{fp}").format(fp=public.fingerprint()))
    return 0


def cmd_signer_show(args: argparse.Namespace) -> int:
    from app.services import certificates

    with _open(args) as db:
        public = certificates.committee_public(db)
    if public is None:
        raise DomainError(tr("还没有组委会证书密钥。请先运行 venuescore central signer init。"))
    print(tr("公钥：{line}").format(line=public.minisign_line()))
    print(tr("指纹：{fp}").format(fp=public.fingerprint()))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from app.cli.central_privacy_cmds import committee_passphrase
    from app.package import encrypted
    from app.package.verify import PackageRefused
    from app.services import central, central_recipient

    refused = 0
    by = _by(args)
    with _open(args) as db:
        identity = None
        if any(encrypted.file_is_encrypted(f) for f in args.files):
            identity = central_recipient.unlock(db, committee_passphrase(args)[0])
        for outcome in central.import_many(db, by, args.files, identity=identity):
            if isinstance(outcome, PackageRefused):
                refused += 1
                print(tr("拒绝：") + str(outcome), file=sys.stderr)
                continue
            print(outcome.summary())
            for f in outcome.package.findings:
                print(f"  - [{tr('错误') if f.severity == 'error' else tr('警告')}] {f.message}")
    return 2 if refused else 0


def cmd_status(args: argparse.Namespace) -> int:
    from app.services import central

    with _open(args) as db:
        rows = central.packages(db)
    print_table([tr("编号"), tr("项目"), tr("组别"), tr("版本"), tr("状态"), tr("错误"), tr("警告"), tr("选手"), tr("文件")],
                [[p.id, p.item_label, p.groups, p.revision, p.status_label, len(p.errors), len(p.warnings),
                  p.contestants, p.file_name] for p in rows])
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from app.services import central

    with _open(args) as db:
        p = central.package(db, args.id)
    print(tr("{item} 第 {rev} 版（{status}）  {file}").format(item=p.item_label, rev=p.revision,
                                                            status=p.status_label, file=p.file_name))
    print(tr("签名密钥：{label}（{kid}）  签字：{by}  导出：{at}").format(label=p.key_label, kid=p.key_id,
                                                                  by=p.signed_by, at=p.exported_at))
    if p.revision_reason:
        print(tr("本版理由：{r}").format(r=p.revision_reason))
    if p.superseded_reason:
        print(tr("被取代：{r}").format(r=p.superseded_reason))
    if p.withdrawn_reason:
        print(tr("已撤回：{r}（{by}，{at}）").format(r=p.withdrawn_reason, by=p.withdrawn_by,
                                               at=p.withdrawn_at.strftime("%Y-%m-%d %H:%M") if p.withdrawn_at else ""))
    for f in p.findings:
        print(f"  - [{tr('错误') if f.severity == 'error' else tr('警告')}] {f.message}")
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    from app.services import central

    with _open(args) as db:
        p = central.accept(db, _by(args), args.id, args.acknowledge_warnings)
    print(tr("已接收：{item} 第 {rev} 版（经办人 {by}）").format(item=p.item_label, rev=p.revision, by=p.accepted_by))
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    from app.services import central

    with _open(args) as db:
        p = central.withdraw(db, _by(args), args.id, args.reason)
    print(tr("已撤回：{item} 第 {rev} 版（经办人 {by}）。可用 central reinstate {id} 恢复。").format(
        item=p.item_label, rev=p.revision, by=p.withdrawn_by, id=p.id))
    return 0


def cmd_reinstate(args: argparse.Namespace) -> int:
    from app.services import central

    with _open(args) as db:
        p = central.reinstate(db, _by(args), args.id, args.reason)
    print(tr("已恢复：{item} 第 {rev} 版，状态：{status}").format(item=p.item_label, rev=p.revision,
                                                          status=p.status_label))
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from app.services import central_reports as reports_data

    with _open(args) as db:
        lines = reports_data.conflicts(db)
    print_table([tr("类别"), tr("身份证号"), tr("姓名"), tr("出现在")],
                [[c.kind, "、".join(c.id_numbers), "、".join(c.names), c.items_text] for c in lines],
                empty=tr("未发现兼项或身份冲突"))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from app.reports.central_reports import write_central_report
    from app.services import central_appeals

    passphrase = passphrase_from(args, tr("组委会证书密钥口令："))[0] if args.name == "certificates" else None
    with _open(args) as db:
        n = write_central_report(db, args.name, args.out, passphrase=passphrase,
                                 acknowledge_open_appeals=args.acknowledge_open_appeals)
        held = central_appeals.held_back(db) if args.name == "certificates" else []
    print(tr("已写入 {p}（{n} 条）").format(p=args.out, n=n))
    if held and not args.acknowledge_open_appeals:
        print(tr("以下项目有待仲裁的申诉，荣誉证书暂未打印（仲裁后重新导入，或加 --acknowledge-open-appeals）：{i}").format(
            i="；".join(held)))
    elif held:
        print(tr("已确认知悉待仲裁的申诉并打印：{i}").format(i="；".join(held)))
    return 0


def cmd_appeals(args: argparse.Namespace) -> int:
    from app.services import central_appeals

    with _open(args) as db:
        lines = central_appeals.item_appeals(db)
    print_table([tr("项目"), tr("组别"), tr("版本"), tr("编号"), tr("申诉人"), tr("提交时间"), tr("逾期"), tr("理由"),
                 tr("结果"), tr("仲裁组")],
                [[x.item_label, x.groups, x.revision, x.appeal.id, x.appeal.lodger,
                  x.appeal.lodged_at.strftime("%Y-%m-%d %H:%M"), tr("逾期") if x.appeal.late else "", x.appeal.grounds,
                  x.appeal.status_text, "、".join(x.appeal.panel)] for x in lines], empty=tr("各项目均无申诉记录"))
    return 0


def cmd_publication(args: argparse.Namespace) -> int:
    from app.reports import publication_files
    from app.services import central_reports, publication, publication_sheet

    settings = publication.checked(args.start, args.end, args.place, args.contact,
                                   split_names(args.columns) or None)
    with _open(args) as db:
        snaps = central_reports.accepted_snapshots(db)
    sheet = publication_sheet.sheet_of(snaps, settings, tr("全部项目（{n} 个成绩包）").format(n=len(snaps)))
    for out in args.out:
        n = publication_files.write(sheet, out)
        print(tr("已生成成绩公示（汇总）：{p}（{n} 人）").format(p=out, n=n))
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    import importlib

    gui = importlib.import_module("ui.app")  # app/ never imports Qt at module level
    return int(gui.run_central(args.db))


def _committee_key(args: argparse.Namespace) -> tuple[PublicKey, CentralDb | None]:
    from app.package.keys import PublicKey
    from app.services import certificates
    from db.central.engine import open_central

    if args.key:
        path = Path(args.key)
        text = path.read_text(encoding="utf-8") if len(args.key) < 4096 and path.is_file() else args.key
        return PublicKey.parse(text), (open_central(args.db) if args.db else None)
    if not args.db:
        raise DomainError(tr("请用 --db 指定汇总数据库，或用 --key 给出组委会证书公钥"))
    db = open_central(args.db)
    public = certificates.committee_public(db)
    if public is None:
        db.close()
        raise DomainError(tr("汇总数据库中没有组委会证书密钥"))
    return public, db


def cmd_certificate_verify(args: argparse.Namespace) -> int:
    from app.services import central_reports as reports_data
    from app.services import certificates

    if args.cert_no:
        return _verify_short(args)
    public, db = _committee_key(args)
    try:
        claim = certificates.verify_code(args.code, public)
        listed = None
        if db is not None:
            listed = any(a.cert_no == claim.cert_no and a.item_label == claim.item and a.name == claim.name
                         and a.award == claim.award and a.group == claim.group for a in reports_data.award_lines(db))
    finally:
        if db is not None:
            db.close()
    print(tr("核验通过：证书由组委会证书密钥签发。"))
    print(tr("证书编号：{no}　项目：{item}　组别：{g}　姓名：{name}　奖项：{award}").format(
        no=claim.cert_no, item=claim.item, g=claim.group or "—", name=claim.name, award=claim.award))
    if listed is False:
        print(tr("注意：该证书不在当前已接收的获奖名单中（成绩可能已更正），请核查。"), file=sys.stderr)
        return 1
    return 0


def _verify_short(args: argparse.Namespace) -> int:
    """证书编号 + the short code printed on the certificate: the committee re-makes the code and compares."""
    from app.services import central_reports as reports_data
    from app.services import certificates

    if not args.db:
        raise DomainError(tr("按证书编号核验须用 --db 指定汇总数据库"))
    with _open(args) as db:
        key = certificates.unlock_committee_key(db, passphrase_from(args, tr("组委会证书密钥口令："))[0])
        claim = certificates.verify_short(key, reports_data.award_lines(db), args.cert_no, args.code)
    print(tr("核验通过：证书编号与核验码相符，且在当前已接收的获奖名单中。"))
    print(tr("证书编号：{no}　项目：{item}　组别：{g}　姓名：{name}　奖项：{award}").format(
        no=claim.cert_no, item=claim.item, g=claim.group or "—", name=claim.name, award=claim.award))
    return 0
