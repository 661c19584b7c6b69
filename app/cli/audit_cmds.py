"""`venuescore audit verify|log` and `venuescore backup now|list|restore|folder`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import (
    acting,
    add_passphrase_arg,
    add_venue_args,
    arg,
    command,
    group,
    passphrase_from,
    print_table,
    read_venue_args,
    restore_hint,
    secret_from,
    venue_from,
)
from app.errors import DomainError
from app.i18n import tr


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    asub = group(sub, "audit", tr("审计：校验审计链、查看记录"), "audit_cmd")
    command(asub, "verify", tr("校验数据库和审计链，报告第一处断裂"), cmd_verify, read_venue_args,
            arg("--full", action="store_true", help=tr("完整检查（integrity_check，较慢）")))
    command(asub, "log", tr("列出审计记录"), cmd_log, read_venue_args, arg("--last", type=int, default=30))

    bsub = group(sub, "backup", tr("备份与恢复"), "backup_cmd")
    command(bsub, "now", tr("立即备份"), cmd_now, read_venue_args)
    command(bsub, "list", tr("列出备份（最新在前）"), cmd_list, read_venue_args)
    command(bsub, "check", tr("检查一个备份文件"), cmd_check, arg("file", type=Path))
    command(bsub, "restore", tr("用本赛场的备份替换赛场文件（裁判长或管理员，须 PIN；先检查，原文件另存，写入恢复记录；"
                                           "U 盘上的加密备份 .venue.age 还须裁判长口令）"), cmd_restore,
            arg("file", type=Path), add_venue_args, add_passphrase_arg)
    command(bsub, "folder", tr("设置第二个备份文件夹（如 U 盘）"), cmd_folder, add_venue_args,
            arg("folder", nargs="?", type=Path, default=None, help=tr("不给出则取消")))


def cmd_verify(args: argparse.Namespace) -> int:
    from app.services import checkpoints, integrity

    with venue_from(args) as v:
        report = integrity.check(v, full=args.full)
        v.verified = report.ok
        signed = checkpoints.list_checkpoints(v) if report.ok else []
    if not report.ok:
        integrity.forget_sound(args.db)
    print(report.describe())
    print(tr("审计链头：{h}").format(h=report.chain.head))
    for cp in signed[-5:]:
        print(tr("签名检查点：{short}  {event}（{subject}） {at} {who}").format(
            short=cp.short, event=cp.event_label, subject=cp.subject, at=cp.at.strftime("%Y-%m-%d %H:%M:%S"),
            who=cp.actor))
    if not report.ok:
        print(restore_hint(args.db))
    return 0 if report.ok else 1


def cmd_log(args: argparse.Namespace) -> int:
    from app.services import audit_log

    with venue_from(args) as v:
        rows = audit_log.recent(v, args.last)
    print_table([tr("序号"), tr("时间"), tr("操作人"), tr("角色"), tr("操作"), tr("内容")],
                [[r.seq, r.at.strftime("%Y-%m-%d %H:%M:%S"), r.actor, r.role_label, r.action_label,
                  r.summary[:80]] for r in rows])
    return 0


def cmd_now(args: argparse.Namespace) -> int:
    from app.services import backup

    with venue_from(args) as v:
        result = backup.backup_now(v, "manual")
    for b in result.written:
        print(tr("已备份：{p}").format(p=b.path))
    for w in result.warnings:
        print(tr("警告：") + w)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from app.services import backup

    try:
        with venue_from(args) as v:
            rows = backup.venue_backups(v)
    except DomainError as exc:  # a damaged file: its backups are found by the path their manifests name
        print(tr("（无法打开赛场文件：{err}；按备份记录查找）").format(err=exc.message))
        rows = backup.list_backups(args.db)
    print_table([tr("时间"), tr("原因"), tr("审计链"), tr("大小"), tr("文件")],
                [[b.at.strftime("%Y-%m-%d %H:%M:%S"), b.reason_label + ("*" if b.milestone else ""),
                  f"#{b.head_seq}" if b.head_seq is not None else "", f"{b.size // 1024} KB", b.path] for b in rows])
    print(tr("* 里程碑备份（导入前、锁定后、签字确认后、导出后），不会被定时备份挤掉"))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from app.services import backup

    result = backup.check_backup(args.file)
    if result.ok:
        print(tr("备份完好：审计链 {n} 条记录。").format(n=result.audit_records))
        return 0
    for p in result.problems:
        print(p)
    return 1


def cmd_restore(args: argparse.Namespace) -> int:
    from app.services import backup

    name = args.user
    if not name:
        raise DomainError(tr("请用 --user 指定裁判长或管理员账号（或设置 VENUESCORE_USER）"))
    pin, _ = secret_from(args.pin, "VENUESCORE_PIN", tr("{name} 的 PIN：").format(name=name))
    passphrase = None
    if args.file.name.endswith(backup.ENCRYPTED_SUFFIX):  # a USB backup: encrypted, opened with the passphrase
        passphrase, _ = passphrase_from(args, tr("裁判长口令（解密 U 盘备份）："))
    done = backup.restore(args.file, args.db, name, pin, passphrase)
    print(tr("已恢复 {db}（{who}，恢复记录为审计第 {seq} 条）").format(db=args.db, who=done.actor.label, seq=done.record_seq))
    if done.kept is not None:
        print(tr("原文件保存为 {kept}").format(kept=done.kept))
    return 0


def cmd_folder(args: argparse.Namespace) -> int:
    from app.services import backup

    with acting(args) as (v, actor):
        backup.set_second_folder(v, actor, args.folder)
    print(tr("第二备份文件夹：{f}").format(f=args.folder or tr("未设置")))
    return 0
