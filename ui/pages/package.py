"""成绩包: the venue's signing key, the export of the signed results, and what was exported when."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QGroupBox, QInputDialog, QLabel, QLineEdit, QMessageBox, QTableView

from app.errors import DomainError
from app.roles import Role
from app.services import package, vault, venue_keys
from app.services.package import ExportView, PackageStatus
from ui import style
from ui.context import UiContext
from ui.dialogs.recovery_code import RecoveryCodeDialog
from ui.dialogs.saved import show_saved
from ui.errors import show_error
from ui.models.table import Column, RowsModel, table_view
from ui.pages.base import Page
from ui.pages.package_committee import CommitteeBox
from ui.runner import run_task
from ui.widgets import box, button, column, note, row


class PackagePage(Page):
    room = "package"

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.committee = CommitteeBox(ctx)
        self.status: PackageStatus | None = None
        tr = self.tr
        column(self._build_key_box(), self.committee, self._build_state_box(),
               QLabel(tr("导出记录（每次导出都记录签名压缩包加密前的哈希，供组委会核对）")), (self._build_history(), 1),
               parent=self)

    def _build_key_box(self) -> QGroupBox:
        tr = self.tr
        self.key_label = note(selectable=True)
        self.make_key = button(tr("设置口令和密钥…"), self.create_key)
        self.change_passphrase = button(tr("修改口令…"), self.new_passphrase)
        self.copy_key = button(tr("复制公钥"), self.copy_public)
        self.save_key = button(tr("另存公钥文件…"), self.save_public)
        # the key above its buttons: the page fits a narrow screen
        return box(tr("赛场签名密钥（裁判长口令保护）"), self.key_label,
                   row(self.make_key, self.change_passphrase, self.copy_key, self.save_key))

    def _build_state_box(self) -> QGroupBox:
        tr = self.tr
        self.revision_label = QLabel()
        self.marker = QLabel()
        self.last_label = note()
        self.blocker = note()
        self.result = note(selectable=True)
        self.export_button = button(tr("导出成绩包…"), self.export)
        return box(tr("成绩包"), self.revision_label, self.marker, self.last_label, self.blocker, self.result,
                   row(self.export_button))

    def _build_history(self) -> QTableView:
        tr = self.tr
        self.history: RowsModel[ExportView] = RowsModel([
            Column(tr("导出时间"), lambda e: e.at.strftime("%Y-%m-%d %H:%M:%S")),
            Column(tr("版本"), lambda e: tr("第 {n} 版").format(n=e.revision)),
            Column(tr("文件"), lambda e: e.file_name),
            Column(tr("导出人"), lambda e: e.actor),
            Column(tr("SHA-256（压缩包）"), lambda e: e.sha256),
        ], self)
        return table_view(self.history, rows=False)

    def page_title(self) -> str:
        return self.tr("成绩包")

    def refresh(self) -> None:
        tr = self.tr
        info = venue_keys.key_info(self.ctx.venue)
        if info is None:
            self.key_label.setText(tr("尚未设置。抽签、锁定和导出成绩包前，裁判长须设置口令和密钥，并把公钥报组委会登记。"))
            self.key_label.setStyleSheet(style.WARN_STYLE)
        else:
            self.key_label.setText(tr("公钥：{line}\n指纹：{fp}").format(line=info.public_line, fp=info.fingerprint))
            self.key_label.setStyleSheet("")
        self.committee.refresh()
        head = self.ctx.actor.role == Role.HEAD_JUDGE
        self.make_key.setText(tr("设置口令和密钥…") if info is None else tr("更换签名密钥…"))
        self.make_key.setEnabled(head)
        self.change_passphrase.setEnabled(head and info is not None)
        self.copy_key.setEnabled(info is not None)
        self.save_key.setEnabled(info is not None)
        if not head:
            self.status = None
            self.revision_label.setText(tr("仅裁判长可以导出成绩包。"))
            for w in (self.marker, self.last_label, self.blocker):
                w.setText("")
            self.export_button.setEnabled(False)
            self.history.set_rows([])
            return
        try:
            self.status = package.status(self.ctx.venue, self.ctx.actor)
        except DomainError as exc:
            show_error(self, exc)
            return
        self._show(self.status)

    def _show(self, st: PackageStatus) -> None:
        tr = self.tr
        if st.revision is None:
            self.revision_label.setText(tr("最新签字版本：无（尚未签字确认）"))
        else:
            self.revision_label.setText(tr("最新签字版本：{rev}（{by}，{at}）").format(
                rev=st.revision.label, by=st.revision.signed_by, at=st.revision.at.strftime("%Y-%m-%d %H:%M")))
        if st.revision is not None and st.changed_since_export:
            self.marker.setText(tr("● 最新签字版本尚未导出成绩包"))
            self.marker.setStyleSheet(style.WARN_STYLE)
        elif st.last_export is not None:
            self.marker.setText(tr("✓ 已导出最新签字版本"))
            self.marker.setStyleSheet(style.OK_STYLE)
        else:
            self.marker.setText("")
        if st.last_export is None:
            self.last_label.setText(tr("上次导出：无"))
        else:
            e = st.last_export
            self.last_label.setText(tr("上次导出：{file}（第 {n} 版，{at}，{by}）").format(
                file=e.file_name, n=e.revision, at=e.at.strftime("%Y-%m-%d %H:%M"), by=e.actor))
        self.blocker.setText(st.blocker or "")
        self.blocker.setStyleSheet(style.WARN_STYLE if st.blocker else "")
        self.export_button.setEnabled(st.can_export)
        self.history.set_rows(list(reversed(package.exports(self.ctx.venue))))

    # ------------------------------------------------------------------------------ actions

    def _passphrase(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Password)
        return text if ok else None

    def create_key(self) -> None:
        tr = self.tr
        venue, actor = self.ctx.venue, self.ctx.actor
        if venue_keys.key_info(venue) is not None:
            if QMessageBox.question(
                    self, tr("更换签名密钥"),
                    tr("更换后旧公钥作废，须把新公钥重新报组委会登记，并会生成新的恢复码。确定更换？")
            ) != QMessageBox.StandardButton.Yes:
                return
            passphrase = self._passphrase(tr("更换签名密钥"), tr("裁判长口令："))
            made = None if passphrase is None else self.call(vault.replace_signing_key, venue, actor, passphrase,
                                                             changed="package")
        else:
            first = self._passphrase(tr("设置裁判长口令"), tr("设置口令（至少 10 个字符、两类字符，请牢记）："))
            again = None if first is None else self._passphrase(tr("设置裁判长口令"), tr("再输入一次口令："))
            made = None if again is None else self.call(venue_keys.set_up, venue, actor, first, again,
                                                        changed="package")
        if made is not None:
            RecoveryCodeDialog(venue, made.recovery_code, made.info, self).exec()
            QMessageBox.information(self, tr("签名密钥"), tr(
                "已设置。请把公钥报组委会登记，并在签字确认表上核对指纹：\n{fp}").format(fp=made.info.fingerprint))
            self.refresh()

    def new_passphrase(self) -> None:
        tr = self.tr
        old = self._passphrase(tr("修改裁判长口令"), tr("当前口令："))
        new = None if old is None else self._passphrase(tr("修改裁判长口令"), tr("新口令（至少 10 个字符、两类字符）："))
        again = None if new is None else self._passphrase(tr("修改裁判长口令"), tr("再输入一次新口令："))
        if old is not None and new is not None and again is not None and self.call(
                vault.change_passphrase, self.ctx.venue, self.ctx.actor, old, new, again) is not None:
            QMessageBox.information(self, tr("裁判长口令"), tr("已修改。"))

    def copy_public(self) -> None:
        info = venue_keys.key_info(self.ctx.venue)
        if info is not None:
            QGuiApplication.clipboard().setText(info.public_line)

    def save_public(self) -> None:
        info = venue_keys.key_info(self.ctx.venue)
        if info is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("另存公钥文件"), "venue.pub", "minisign (*.pub)")
        if name:
            try:
                Path(name).write_text(info.pub_text, encoding="utf-8")
            except OSError as exc:
                show_error(self, DomainError(self.tr("无法保存：{e}").format(e=exc.strerror or exc)))
                return
            show_saved(self, Path(name), self.tr("赛场公钥文件"))

    def export(self) -> None:
        tr = self.tr
        folder = QFileDialog.getExistingDirectory(self, tr("选择导出文件夹（如 U 盘）"))
        if not folder:
            return
        passphrase = self._passphrase(tr("导出成绩包"), tr("裁判长口令："))
        if passphrase is None:
            return
        self.export_to(Path(folder), passphrase)

    def export_to(self, folder: Path, passphrase: str) -> None:
        tr = self.tr
        venue, actor = self.ctx.venue, self.ctx.actor

        def work(progress: Any, cancel: Any) -> ExportView:
            return package.export_package(venue, actor, passphrase, folder, progress, cancel)

        def done(view: ExportView) -> None:
            self.ctx.bus.data_changed.emit("package")
            self.refresh()
            self.result.setText(tr("已导出（已加密给组委会和本赛场裁判长，拾到 U 盘的人读不到内容）：{p}\n"
                                   "SHA-256（加密前的签名压缩包）：{h}").format(p=view.path, h=view.sha256)
                                + ("\n" + view.kept_note if view.kept_note else ""))
            assert view.path is not None  # export_package always says where it wrote
            show_saved(self, view.path, tr("成绩包"))

        run_task(self, tr("正在导出成绩包…"), work, done)


PAGE = PackagePage
