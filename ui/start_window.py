"""The first screen: new venue file, open, recent files, or the demo venue.

It must be painted within half a second of launch, so it imports nothing it does not draw: the database
layer, the services and the committee window load when a button is used (docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.catalog import load_catalog
from app.errors import DamagedVenueFile, DomainError
from app.gc_pause import settled_after
from ui import style
from ui.about_dialog import add_help_menu
from ui.errors import show_error
from ui.recent import recent_files, remember
from ui.screen_fit import open_maximised

if TYPE_CHECKING:
    from app.roles import Actor
    from app.services.backup import BackupInfo
    from db.venue_file import VenueFile


OpenMain = Callable[["VenueFile", "Actor"], QWidget]  # (venue, signed-in actor) -> its main window

class StartWindow(QMainWindow):
    def __init__(self, open_main: OpenMain | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("赛场计分 VenueScore"))
        # Builds the venue's main window after sign-in.  Passed in (ui.app passes one, the main window passes
        # its own class when it comes back here after a restore) so this module never imports ui.main_window.
        self.open_main = open_main
        self.main_window: QWidget | None = None
        comp = load_catalog().competition
        title = QLabel(comp.name)
        title.setStyleSheet(style.title_style(20))
        sub = QLabel(self.tr("{org} 主办 · 赛场计分系统").format(org=comp.organiser))
        self.new_button = QPushButton(self.tr("新建赛场文件…"))
        self.open_button = QPushButton(self.tr("打开赛场文件…"))
        self.demo_button = QPushButton(self.tr("打开演示赛场"))
        self.new_button.clicked.connect(self.new_venue)
        self.open_button.clicked.connect(self.choose_file)
        self.demo_button.clicked.connect(self.open_demo)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.demo_button):
            b.setMinimumHeight(40)
            buttons.addWidget(b)
        self.central_button = QPushButton(self.tr("组委会汇总…"))  # the committee office's merge of all items
        self.central_button.setMinimumHeight(40)
        self.central_button.clicked.connect(self.open_central)
        buttons.addWidget(self.central_button)
        self.recent = QListWidget()
        self.recent.itemActivated.connect(lambda item: self.open_path(Path(item.data(Qt.ItemDataRole.UserRole))))
        layout = QVBoxLayout()
        layout.addWidget(title)
        layout.addWidget(sub)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("最近打开（双击或回车打开）：")))
        layout.addWidget(self.recent)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        add_help_menu(self)
        self.resize(760, 460)
        self.fill_recent()

    def fill_recent(self) -> None:
        self.recent.clear()
        for path in recent_files():
            item = QListWidgetItem(f"{path.name}    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)

    def open_central(self) -> None:
        from ui import central_window

        central_window.choose_and_open(self)

    def new_venue(self) -> None:
        from ui.new_venue_dialog import NewVenueDialog

        dialog = NewVenueDialog(self)
        if dialog.exec() and dialog.venue is not None:
            if dialog.made is not None:  # shown once, before anything else: it is never shown again
                from ui.dialogs.recovery_code import RecoveryCodeDialog

                RecoveryCodeDialog(dialog.venue, dialog.made.recovery_code, dialog.made.info, self).exec()
            if dialog.pins:  # accounts from the committee's setup package: their first PINs, shown once
                lines = "\n".join(f"{role}  {name}  {pin}" for name, role, pin in dialog.pins)
                QMessageBox.information(self, self.tr("各账号的初始 PIN"), self.tr(
                    "以下账号由组委会设置包创建。初始 PIN 只显示这一次，请抄下后分别交给本人：\n\n{lines}").format(lines=lines))
            self.show_main(dialog.venue)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("打开赛场文件"), str(Path.home()),
                                              self.tr("赛场文件 (*.venue);;所有文件 (*)"))
        if name:
            self.open_path(Path(name))

    def open_demo(self) -> None:
        with settled_after():  # the database code loads here (see open_path)
            from app.services import demo

            try:
                files = demo.demo_files()
            except DomainError as exc:
                show_error(self, exc)
                return
            self.open_path(files.venue, preset_user=demo.HEAD_JUDGE)

    def open_path(self, path: Path, preset_user: str | None = None) -> None:
        # The database code, the services and the first page load here: the collector waits until the main
        # window is built, then keeps all that out of its full collections (app.gc_pause.settled_after).
        with settled_after():
            self._open(path, preset_user)

    def _open(self, path: Path, preset_user: str | None) -> None:
        from app.services import opening_check
        from db.venue_file import open_venue

        try:
            venue = open_venue(path)
        except DamagedVenueFile as exc:
            self.offer_restore(path, exc.message)
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        # The whole integrity check runs in the background once the window is shown (ui.main_window); nothing
        # can be written to the file from now until it has passed (app.services.opening_check).
        opening_check.prepare(venue)
        self.show_main(venue, preset_user)

    def refused_by_check(self, venue: VenueFile) -> bool:
        """The opening check has already failed: close the file and offer the newest sound backup."""
        from app.services import opening_check

        check = opening_check.of(venue)
        problem = check.problem() if check is not None else None
        if problem is None:
            return False
        venue.close()
        self.offer_restore(venue.path, problem)
        return True

    def damaged_dialog(self, path: Path, problem: str) -> tuple[QMessageBox, BackupInfo | None]:
        """What a damaged file shows: the problem, and the newest sound backup if there is one."""
        from app.services import backup

        found = backup.newest_sound_backup(path)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("赛场文件有问题"))
        box.setText(problem)
        if found is None:
            box.setInformativeText(self.tr(
                "没有找到该赛场文件的完好备份（查找位置：{folder}）。请不要继续使用该文件，把它交技术支持检查。").format(
                folder=backup.backup_root()))
            box.setStandardButtons(QMessageBox.StandardButton.Close)
            return box, None
        box.setInformativeText(self.tr(
            "找到 {t} 的完好备份（{r}）：\n{file}\n\n可以用它恢复；当前文件会另存一份，不会删除。").format(
            t=found.at.strftime("%Y-%m-%d %H:%M:%S"), r=found.reason_label, file=found.path))
        restore = box.addButton(self.tr("用此备份恢复…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("暂不恢复"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        return box, found

    def offer_restore(self, path: Path, problem: str) -> None:
        """A damaged file gets a restore offer from its newest sound backup, never a silent repair."""
        box, found = self.damaged_dialog(path, problem)
        box.exec()
        if found is not None and box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole:
            self.restore_into(found, path)

    def restore_into(self, chosen: BackupInfo, path: Path) -> None:
        """The restore flow: the head judge or administrator confirms with name and PIN; restore (checked
        again inside, recorded in the restored file's audit trail); open the restored file."""
        from app.services import backup
        from ui.dialogs.secret import CredentialsDialog

        dialog = CredentialsDialog(self.tr("从备份恢复"), self.tr(
            "用 {t} 的备份（{r}）替换 {name}？当前文件会另存一份，不会删除。"
            "恢复须由裁判长或管理员输入姓名和 PIN：").format(
                t=chosen.at.strftime("%Y-%m-%d %H:%M:%S"), r=chosen.reason_label, name=path.name),
            parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            done = backup.restore(chosen.path, path, dialog.name.text().strip(), dialog.pin.text())
        except DomainError as exc:
            show_error(self, exc)
            return
        if done.kept is not None:
            self.statusBar().showMessage(self.tr("已恢复；原文件另存为 {k}").format(k=done.kept.name), 30_000)
        self.open_path(path)

    def show_main(self, venue: VenueFile, preset_user: str | None = None) -> None:
        from ui.sign_in import SignInDialog

        dialog = SignInDialog(venue, self, preset=preset_user)
        if not dialog.exec() or dialog.actor is None:
            venue.close()
            return
        if self.refused_by_check(venue):
            return
        if self.open_main is None:
            venue.close()
            raise RuntimeError("StartWindow was built without open_main: it cannot open a venue")
        remember(venue.path)
        self.main_window = self.open_main(venue, dialog.actor)
        open_maximised(self.main_window)
        self.hide()
