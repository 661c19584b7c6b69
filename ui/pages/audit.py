"""审计与备份: verify the file and the audit chain, read the trail, back up now, choose a USB folder, restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLabel, QLineEdit, QMessageBox

from app.roles import Role
from app.services import audit_log, backup, integrity
from app.services.audit_log import AuditLine
from app.services.backup import BackupInfo
from ui import style
from ui.context import UiContext
from ui.dialogs.secret import CredentialsDialog
from ui.models.table import Column, RowsModel, table_view
from ui.pages.base import Page
from ui.widgets import button, column, note, row


class AuditPage(Page):
    room = "audit"

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self._build_log()
        self._build_backups()
        tr = self.tr
        self.status = note()
        column(row(button(tr("校验赛场文件和审计链"), self.verify), (self.status, 1), end=False),
               QLabel(tr("审计记录（最新在前；每条记录以 SHA-256 与上一条相连）")), (self.log_view, 2),
               QLabel(tr("备份（最新在前）")), (self.backup_view, 1),
               row(button(tr("立即备份"), self.backup_now), button(tr("设置 U 盘备份文件夹…"), self.choose_folder),
                   self.restore_button, (self.folder, 1), end=False),
               parent=self)

    def _build_log(self) -> None:
        tr = self.tr
        self.log: RowsModel[AuditLine] = RowsModel([
            Column(tr("序号"), lambda r: r.seq, sort_key=lambda r: r.seq),
            Column(tr("时间"), lambda r: r.at.strftime("%Y-%m-%d %H:%M:%S")),
            Column(tr("操作人"), lambda r: r.actor),
            Column(tr("角色"), lambda r: r.role_label),
            Column(tr("操作"), lambda r: r.action_label),
            Column(tr("内容"), lambda r: r.summary),
        ], self)
        self.log_view = table_view(self.log, rows=False)

    def _build_backups(self) -> None:
        tr = self.tr
        self.backups: RowsModel[BackupInfo] = RowsModel([
            Column(tr("备份时间"), lambda b: b.at.strftime("%Y-%m-%d %H:%M:%S")),
            Column(tr("原因"), lambda b: b.reason_label + (tr("（里程碑，长期保留）") if b.milestone else "")),
            Column(tr("审计链"), lambda b: f"#{b.head_seq}" if b.head_seq is not None else ""),
            Column(tr("大小"), lambda b: f"{b.size // 1024} KB"),
            Column(tr("加密"), lambda b: tr("已加密（U 盘）") if b.encrypted else tr("本机（仅本账户可读）")),
            Column(tr("位置"), lambda b: str(b.path.parent)),
        ], self)
        self.backup_view = table_view(self.backups)
        self.folder = QLabel()
        self.restore_button = button(tr("从所选备份恢复…"), self.restore_selected)

    def page_title(self) -> str:
        return self.tr("审计与备份")

    def refresh(self) -> None:
        self.log.set_rows(audit_log.recent(self.ctx.venue, 500))
        extra = backup.second_folder(self.ctx.venue)
        self.backups.set_rows(backup.venue_backups(self.ctx.venue))
        self.folder.setText(self.tr("U 盘备份文件夹：{f}").format(f=extra or self.tr("未设置")))
        # Restoring replaces the whole file: a head judge's or administrator's action (the service checks the PIN).
        self.restore_button.setEnabled(self.ctx.actor.role in (Role.HEAD_JUDGE, Role.ADMIN))

    def verify(self) -> None:
        report = self.call(integrity.check, self.ctx.venue, True)
        if report is not None:
            self.status.setText(report.describe())
            self.status.setStyleSheet(style.OK_STYLE if report.ok else style.WARN_STYLE)

    def backup_now(self) -> None:
        result = self.call(backup.backup_now, self.ctx.venue, "manual")
        if result is not None:
            text = self.tr("已备份到 {n} 处。").format(n=len(result.written))
            if result.warnings:
                text += " " + "；".join(result.warnings)
            self.status.setText(text)
            self.ctx.bus.data_changed.emit("backup")
            self.refresh()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择 U 盘上的备份文件夹"))
        if folder:
            self.call(backup.set_second_folder, self.ctx.venue, self.ctx.actor, Path(folder))
            self.refresh()

    def restore_selected(self) -> None:
        rows = self.backup_view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("恢复"), self.tr("请先选择一个备份。"))
            return
        chosen = self.backups.row_at(rows[0].row())
        if not chosen.encrypted:  # a USB backup is checked after decryption, inside the restore
            check = backup.check_backup(chosen.path)
            if not check.ok:
                QMessageBox.warning(self, self.tr("备份有问题"), "\n".join(check.problems))
                return
        dialog = CredentialsDialog(self.tr("恢复备份"), self.tr(
            "用 {t} 的备份（{r}）替换当前赛场文件？当前文件会另存一份，不会删除；恢复记录写入恢复后的文件。"
            "恢复后需重新登录。请裁判长或管理员输入 PIN 确认：").format(
                t=chosen.at.strftime("%Y-%m-%d %H:%M:%S"), r=chosen.reason_label), self.ctx.actor.name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase = None
        if chosen.encrypted:
            passphrase, ok = QInputDialog.getText(self, self.tr("恢复加密的 U 盘备份"), self.tr(
                "U 盘上的备份已加密，请裁判长输入口令："), QLineEdit.EchoMode.Password)
            if not ok:
                return
        window = self.window()
        restore = getattr(window, "restore_backup", None)
        if restore is not None:
            restore(chosen.path, dialog.name.text().strip(), dialog.pin.text(), passphrase)


PAGE = AuditPage
