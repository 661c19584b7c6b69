"""`venuescore keys …` (the head judge's passphrase, signing key and recovery code) and `package export|verify`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import (
    acting,
    add_passphrase_arg,
    add_venue_args,
    arg,
    command,
    group,
    passphrase_from,
    read_venue_args,
    secret_from,
    signing,
    venue_from,
)
from app.clock import now
from app.fileio import write_text
from app.i18n import tr

if TYPE_CHECKING:
    from app.package.keys import PublicKey
    from app.services import vault, venue_keys
    from db.venue_file import VenueFile

NEW_PASSPHRASE_ENV = "VENUESCORE_NEW_PASSPHRASE"
RECOVERY_CODE_ENV = "VENUESCORE_RECOVERY_CODE"


_add_passphrase = add_passphrase_arg
_secret = secret_from


def _add_new_passphrase(p: argparse.ArgumentParser) -> None:
    p.add_argument("--new-passphrase", default=None, help=tr("新口令（也可设环境变量 {env}；都未给出时在终端询问）")
                   .format(env=NEW_PASSPHRASE_ENV))


def _add_sheet(p: argparse.ArgumentParser) -> None:
    p.add_argument("--recovery-sheet", type=Path, default=None,
                   help=tr("把恢复码打印到此 PDF（密封保存；不要与赛场文件放在同一 U 盘）"))


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    register_committee(sub)
    ksub = group(sub, "keys", tr("裁判长口令与赛场签名密钥"), "keys_cmd")
    command(ksub, "init", tr("设置裁判长口令：生成赛场签名密钥和密封密钥（加密保存在赛场文件中）"), cmd_keys_init, add_venue_args,
            _add_passphrase, _add_sheet)
    command(ksub, "show", tr("显示公钥与指纹（报组委会登记）"), cmd_keys_show, read_venue_args,
            arg("--pub-out", type=Path, default=None, help=tr("另存公钥文件（.pub）")))
    command(ksub, "passphrase", tr("修改裁判长口令"), cmd_keys_passphrase, add_venue_args, _add_passphrase,
            _add_new_passphrase)
    command(ksub, "replace", tr("更换签名密钥（须把新公钥重新报组委会登记；同时生成新恢复码）"), cmd_keys_replace, add_venue_args,
            _add_passphrase, _add_sheet)
    command(ksub, "recovery-code", tr("重新生成恢复码（旧恢复码作废）"), cmd_keys_recovery_code, add_venue_args,
            _add_passphrase, _add_sheet)
    command(ksub, "recover", tr("忘记口令或 PIN：凭恢复码设置新口令（和新 PIN），无需登录"), cmd_keys_recover, read_venue_args,
            arg("--head-judge", required=True, help=tr("裁判长姓名")),
            arg("--code", default=None, help=tr("恢复码（未给出时在终端询问）")), _add_new_passphrase,
            arg("--new-pin", default=None, help=tr("同时重设裁判长 PIN（4–12 位数字）")), _add_sheet)

    psub = group(sub, "package", tr("成绩包：导出与核验"), "package_cmd")
    command(psub, "export", tr("导出最新签字版本的成绩包（.zip）"), cmd_export, add_venue_args, _add_passphrase,
            arg("--out", type=Path, default=None, help=tr("导出文件夹（默认与赛场文件同一文件夹）")))
    command(psub, "open", tr("裁判长凭口令解密已导出的成绩包（.zip.age → 签名的 .zip）"), cmd_open, add_venue_args,
            _add_passphrase, arg("file", type=Path),
            arg("--out", type=Path, required=True, help=tr("解密后的 .zip 写到这里（只放在本机，不要拷走）")))
    command(psub, "verify", tr("用赛场公钥核验成绩包"), cmd_verify, arg("file", type=Path),
            arg("--key", required=True, help=tr("赛场公钥：.pub 文件或“RW…”一行")))


def register_committee(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    csub = group(sub, "committee", tr("组委会公钥：成绩包和 U 盘备份加密给组委会"), "committee_cmd")
    command(csub, "import", tr("导入组委会公钥文件（须核对组委会来函上的指纹）"), cmd_committee_import, add_venue_args,
            arg("file", type=Path),
            arg("--fingerprint", default=None,
                help=tr("组委会来函上印的指纹（16 位，空格可省略）；不给出时只显示文件的指纹，不导入")))
    command(sub, "archive", tr("比赛结束后：生成赛场档案（整个赛场文件，只加密给组委会）"), cmd_archive, add_venue_args,
            arg("--out", type=Path, required=True, help=tr("写到此文件夹（如 U 盘）")))
    command(sub, "close", tr("关闭赛场：组委会接收最终版本并生成赛场档案后，清除姓名、身份证号和手机号"), cmd_close,
            add_venue_args, _add_passphrase,
            arg("--committee-accepted", action="store_true",
                help=tr("确认组委会已接收本赛场的最终版本（书面回执或组委会通知）")))
    command(csub, "show", tr("显示本赛场使用的组委会公钥与指纹"), cmd_committee_show, read_venue_args)


def cmd_committee_import(args: argparse.Namespace) -> int:
    from app.errors import ValidationError
    from app.services import committee

    keys = committee.read_file(args.file)
    print(tr("组委会公钥文件的指纹：{fp}").format(fp=keys.fingerprint))
    if not args.fingerprint:
        raise ValidationError(tr("请与组委会来函上印的指纹逐位核对，一致时用 --fingerprint \"{fp}\" 再运行一次以导入。").format(
            fp=keys.fingerprint), column=tr("指纹"))
    with acting(args) as (v, actor):
        committee.install(v, actor, keys, args.fingerprint)
    print(tr("已导入组委会公钥：成绩包和 U 盘备份将加密给组委会（以及本赛场裁判长）。"))
    return 0


def cmd_archive(args: argparse.Namespace) -> int:
    from app.services import closure

    with acting(args) as (v, actor):
        out = closure.write_archive(v, actor, args.out)
    print(tr("已写出赛场档案：{p}（只有组委会能解密）").format(p=out))
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    from app.services import closure

    with signing(args, tr("裁判长口令：")) as (v, actor, passphrase):
        done = closure.close_venue(v, actor, passphrase, committee_accepted=args.committee_accepted)
    print(tr("赛场已关闭：{n} 条审计记录、{r} 行数据中的姓名、身份证号和手机号已清除（签名记录），"
             "删除本机备份 {b} 个。成绩、加密号和审计记录仍可核验（venuescore audit verify）。").format(
        n=done.records_redacted, r=done.rows_changed, b=done.backups_deleted))
    for w in done.warnings:
        print(w)
    return 0


def cmd_committee_show(args: argparse.Namespace) -> int:
    from app.services import committee

    with venue_from(args) as v:
        keys = committee.current(v)
    if keys is None:
        print(tr("本赛场还没有组委会公钥。"))
        return 1
    print(tr("组委会签名公钥：{line}").format(line=keys.signing.minisign_line()))
    print(tr("组委会加密公钥：{r}").format(r=keys.recipient))
    print(tr("指纹：{fp}").format(fp=keys.fingerprint))
    return 0


def _print_key(info: venue_keys.KeyInfo) -> None:
    print(tr("公钥：{line}").format(line=info.public_line))
    print(tr("指纹：{fp}").format(fp=info.fingerprint))


def show_recovery_code(v: VenueFile, code: str, info: vault.VaultInfo, sheet: Path | None) -> None:
    print(tr("恢复码（只显示这一次，请抄写或打印后密封保存）：{code}").format(code=code))
    if sheet is not None:
        from app.reports import recovery_sheet

        recovery_sheet.write(v, code, info, sheet, now())
        print(tr("恢复码密封页：{p}").format(p=sheet))


def cmd_keys_init(args: argparse.Namespace) -> int:
    from app.services import venue_keys

    passphrase, again = passphrase_from(args, tr("设置裁判长口令（至少 10 个字符，含两类字符）："), confirm=True)
    with acting(args) as (v, actor):
        made = venue_keys.set_up(v, actor, passphrase, again)
        print(tr("已设置裁判长口令，并生成赛场签名密钥。请把下面的公钥报组委会登记，并在签字确认表上核对指纹。"))
        _print_key(venue_keys.require_key(v))
        show_recovery_code(v, made.recovery_code, made.info, args.recovery_sheet)
    return 0


def cmd_keys_show(args: argparse.Namespace) -> int:
    from app.services import venue_keys

    with venue_from(args) as v:
        info = venue_keys.require_key(v)
    _print_key(info)
    if args.pub_out:
        write_text(args.pub_out, info.pub_text)
        print(tr("已另存：{p}").format(p=args.pub_out))
    return 0


def cmd_keys_passphrase(args: argparse.Namespace) -> int:
    from app.services import vault

    with signing(args, tr("当前口令：")) as (v, actor, old):
        new, again = _secret(args.new_passphrase, NEW_PASSPHRASE_ENV, tr("新口令："), confirm=True)
        vault.change_passphrase(v, actor, old, new, again)
    print(tr("已修改裁判长口令。"))
    return 0


def cmd_keys_replace(args: argparse.Namespace) -> int:
    from app.services import vault, venue_keys

    with signing(args, tr("裁判长口令：")) as (v, actor, passphrase):
        made = vault.replace_signing_key(v, actor, passphrase)
        print(tr("已更换签名密钥：旧公钥作废，请把新公钥重新报组委会登记。"))
        _print_key(venue_keys.require_key(v))
        show_recovery_code(v, made.recovery_code, made.info, args.recovery_sheet)
    return 0


def cmd_keys_recovery_code(args: argparse.Namespace) -> int:
    from app.services import vault

    with signing(args, tr("裁判长口令：")) as (v, actor, passphrase):
        code = vault.new_recovery_code(v, actor, passphrase)
        info = vault.info(v)
        assert info is not None
        print(tr("已生成新恢复码，旧恢复码作废。"))
        show_recovery_code(v, code, info, args.recovery_sheet)
    return 0


def cmd_keys_recover(args: argparse.Namespace) -> int:
    from app.services import vault

    code, _ = _secret(args.code, RECOVERY_CODE_ENV, tr("恢复码："))
    new, again = _secret(args.new_passphrase, NEW_PASSPHRASE_ENV, tr("新口令："), confirm=True)
    with venue_from(args) as v:
        done = vault.recover(v, args.head_judge, code, new, again, args.new_pin)
        print(tr("已凭恢复码设置新口令{pin}。刚才的恢复码已作废。").format(pin=tr("和新 PIN") if done.pin_reset else ""))
        show_recovery_code(v, done.recovery_code, done.info, args.recovery_sheet)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from app.services import package

    out = args.out or args.db.resolve().parent
    with signing(args, tr("密钥口令：")) as (v, actor, passphrase):
        view = package.export_package(v, actor, passphrase, out)
    print(tr("已导出第 {n} 版成绩包：{p}").format(n=view.revision, p=view.path))
    print(f"SHA-256: {view.sha256}")
    if view.kept_note:
        print(view.kept_note)
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    from app.services import package

    with signing(args, tr("裁判长口令：")) as (v, actor, passphrase):
        out = package.open_export(v, actor, passphrase, args.file, args.out)
    print(tr("已解密：{p}（签名的成绩包，含个人信息，用后删除）").format(p=out))
    return 0


def _read_key(text: str) -> PublicKey:
    from app.package.keys import PublicKey

    path = Path(text)
    if len(text) < 4096 and path.is_file():
        return PublicKey.parse(path.read_text(encoding="utf-8"))
    return PublicKey.parse(text)


def cmd_verify(args: argparse.Namespace) -> int:
    from app.errors import ValidationError
    from app.package import encrypted
    from app.package.verify import verify_package

    if encrypted.file_is_encrypted(args.file):
        raise ValidationError(tr("{f} 是加密的成绩包：请先解密（赛场：venuescore package open；组委会：age -d -i 组委会私钥文件，"
                                 "或直接 venuescore central import），再核验解密后的 .zip").format(f=args.file.name))
    result = verify_package(args.file, [_read_key(args.key)])
    data = result.results
    print(tr("核验通过：签名有效，{n} 个文件与校验清单一致，results.json 格式正确。").format(n=len(result.files) - 2))
    print(tr("项目：{no:02d} {name}　第 {rev} 版　裁判长：{head}　导出时间：{at}").format(
        no=data["item"]["no"], name=data["item"]["name"], rev=data["revision"]["number"], head=data["head_judge"],
        at=data["exported_at"]))
    print(tr("可信注释：{c}").format(c=result.trusted_comment))
    return 0
