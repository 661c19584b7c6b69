"""The package page's 组委会公钥 box: which committee the packages and USB backups are encrypted to.

Importing the committee's public-key file asks the head judge to type the fingerprint printed on the
committee's letter: typing (not an OK button) makes the comparison happen.  The service refuses a mismatch.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QGroupBox, QInputDialog, QLineEdit, QMessageBox

from app.errors import DomainError
from app.roles import Role
from app.services import closure, committee
from ui import style
from ui.context import UiContext
from ui.errors import show_error
from ui.widgets import button, note, row


class CommitteeBox(QGroupBox):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.setTitle(self.tr("组委会公钥（成绩包和 U 盘备份加密给组委会）"))
        self.ctx = ctx
        self.label = note(selectable=True)
        self.import_button = button(self.tr("导入组委会公钥…"), self.choose_file)
        self.archive_button = button(self.tr("生成赛场档案…"), self.choose_archive_folder,
                                     tip=self.tr("比赛结束、组委会接收最终版本后：整个赛场文件只加密给组委会"))
        self.close_button = button(self.tr("关闭赛场…"), self.ask_close,
                                   tip=self.tr("组委会接收最终版本并生成赛场档案后：清除本机的姓名、身份证号和手机号"))
        self.setLayout(row((self.label, 1), self.import_button, self.archive_button, self.close_button, end=False))

    def refresh(self) -> None:
        keys = committee.current(self.ctx.venue)
        if keys is None:
            self.label.setText(self.tr("尚未导入。导出成绩包前，请导入组委会公钥文件，并对照组委会书面通知核对指纹。"))
            self.label.setStyleSheet(style.WARN_STYLE)
        else:
            self.label.setText(self.tr("指纹：{fp}（成绩包加密给组委会和本赛场裁判长）").format(fp=keys.fingerprint))
            self.label.setStyleSheet("")
        self.import_button.setEnabled(self.ctx.actor.role == Role.HEAD_JUDGE)
        self.archive_button.setEnabled(self.ctx.actor.role == Role.HEAD_JUDGE and keys is not None)
        self.close_button.setEnabled(self.ctx.actor.role == Role.HEAD_JUDGE and keys is not None)

    def ask_close(self) -> None:
        if QMessageBox.question(self, self.tr("关闭赛场"), self.tr(
                "组委会已书面确认接收本赛场的最终版本，且赛场档案已交组委会？\n\n关闭后，本机赛场文件和本机备份中的"
                "姓名、身份证号和手机号将被清除，不能恢复；成绩、加密号和审计记录保留并可核验。")
                ) != QMessageBox.StandardButton.Yes:
            return
        passphrase, ok = QInputDialog.getText(self, self.tr("关闭赛场"), self.tr("裁判长口令："), QLineEdit.EchoMode.Password)
        if ok:
            self.close_venue(passphrase)

    def close_venue(self, passphrase: str) -> bool:
        try:
            done = closure.close_venue(self.ctx.venue, self.ctx.actor, passphrase, committee_accepted=True)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.ctx.bus.data_changed.emit("roster")
        QMessageBox.information(self, self.tr("关闭赛场"), self.tr(
            "赛场已关闭：姓名、身份证号和手机号已清除（{n} 条审计记录，签名记录在案），删除本机备份 {b} 个。").format(
            n=done.records_redacted, b=done.backups_deleted))
        return True

    def choose_archive_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择赛场档案的保存位置（如 U 盘）"))
        if folder:
            self.write_archive(Path(folder))

    def write_archive(self, folder: Path) -> Path | None:
        try:
            path = closure.write_archive(self.ctx.venue, self.ctx.actor, folder)
        except DomainError as exc:
            show_error(self, exc)
            return None
        QMessageBox.information(self, self.tr("赛场档案"), self.tr(
            "已写出赛场档案：{p}\n只有组委会能解密。请交组委会存档；然后按组委会要求从本机删除赛场文件和本机备份。").format(p=path))
        return path

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择组委会公钥文件"), "",
                                              self.tr("组委会公钥文件 (*.txt);;所有文件 (*)"))
        if not name:
            return
        try:
            keys = committee.read_file(Path(name))
        except DomainError as exc:
            show_error(self, exc)
            return
        typed, ok = QInputDialog.getText(self, self.tr("核对组委会公钥指纹"), self.tr(
            "本文件的指纹：{fp}\n\n请对照组委会书面通知上印的指纹逐位核对，并在下面输入通知上的指纹（16 位，空格可省略）。"
            "不一致时请勿导入，向组委会核实。").format(fp=keys.fingerprint))
        if ok:
            self.install(Path(name), typed)

    def install(self, path: Path, typed: str) -> bool:
        try:
            keys = committee.install(self.ctx.venue, self.ctx.actor, committee.read_file(path), typed)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.ctx.bus.data_changed.emit("package")
        self.refresh()
        QMessageBox.information(self, self.tr("组委会公钥"), self.tr("已导入组委会公钥（指纹 {fp}）。").format(
            fp=keys.fingerprint))
        return True
