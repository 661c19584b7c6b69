"""New venue file: pick the item from the notice's annex, groups, date, place, head judge, PIN and passphrase —
or start from the committee's signed setup package (item, groups, date, place, head judge, accounts, roster and the
committee's keys come from it; the head judge types the committee fingerprint printed on the letter)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.catalog import load_catalog
from app.errors import DomainError, ValidationError
from app.package import setup_format
from app.services import setup_package
from app.services.vault import NewVault
from app.services.venue import create_venue_with_vault
from db.venue_file import VenueFile
from ui.dialogs.form_dialog import FormDialog
from ui.errors import show_error


def _as_date(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class NewVenueDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(self.tr("新建赛场文件"), parent)
        self.venue: VenueFile | None = None
        self.folder = folder or Path.home()
        catalog = load_catalog()
        self.item = QComboBox()
        for item in catalog.items:
            self.item.addItem(f"{item.label}（{item.host_unit}）", item.no)
        self.item.currentIndexChanged.connect(self._suggest_path)
        self.host = QLabel()
        self.groups = QLineEdit()
        self.groups.setPlaceholderText(self.tr("不分组请留空；多个组用顿号或逗号分隔，如：职工组、学生组"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.place = QLineEdit()
        self.head = QLineEdit()
        self.pin = QLineEdit()
        self.pin2 = QLineEdit()
        self.passphrase = QLineEdit()
        self.passphrase.setPlaceholderText(self.tr("至少 10 个字符、两类字符，如：江南职校2026年LED赛"))
        self.passphrase2 = QLineEdit()
        for w in (self.pin, self.pin2, self.passphrase, self.passphrase2):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        self.made: NewVault | None = None
        self.pins: list[tuple[str, str, str]] = []  # accounts made from a setup package: shown once
        self.setup_path = QLineEdit()
        self.setup_path.setReadOnly(True)
        self.setup_path.setPlaceholderText(self.tr("没有设置包可留空，按下面各项手工新建"))
        setup_browse = QPushButton(self.tr("选择设置包…"))
        setup_browse.clicked.connect(self._choose_setup)
        setup_row = QHBoxLayout()
        setup_row.addWidget(self.setup_path)
        setup_row.addWidget(setup_browse)
        self.setup_fp = QLabel()
        self.setup_fp.setWordWrap(True)
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText(self.tr("输入组委会书面通知上印的指纹（16 位）"))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path)
        path_row.addWidget(browse)
        form = self.form_layout
        form.addRow(self.tr("组委会设置包"), setup_row)
        form.addRow("", self.setup_fp)
        form.addRow(self.tr("组委会公钥指纹"), self.fingerprint)
        form.addRow(self.tr("竞赛项目"), self.item)
        form.addRow(self.tr("承办单位"), self.host)
        form.addRow(self.tr("组别"), self.groups)
        form.addRow(self.tr("比赛日期"), self.date)
        form.addRow(self.tr("比赛地点"), self.place)
        form.addRow(self.tr("裁判长"), self.head)
        form.addRow(self.tr("裁判长 PIN"), self.pin)
        form.addRow(self.tr("再次输入 PIN"), self.pin2)
        form.addRow(self.tr("裁判长口令"), self.passphrase)
        form.addRow(self.tr("再次输入口令"), self.passphrase2)
        hint = QLabel(self.tr("PIN 用于日常登录；口令保护加密号对照和赛场签名密钥，锁定、解密和导出时输入。"))
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow(self.tr("保存为"), path_row)
        self._finish(self.create_file, self.tr("创建"), self.tr("取消"))
        self._suggest_path()
        self.fingerprint.setEnabled(False)
        self.resize(620, 560)

    def _suggest_path(self) -> None:
        item = load_catalog().item(int(self.item.currentData()))
        self.host.setText(f"{item.host_unit}  {item.contact} {item.phone}")
        self.path.setText(str(self.folder / f"{item.no:02d}-{item.name.replace(' ', '')}.venue"))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存赛场文件"), self.path.text(),
                                              self.tr("赛场文件 (*.venue)"))
        if name:
            self.path.setText(name if name.endswith(".venue") else name + ".venue")

    def _choose_setup(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择组委会的赛场设置包"), str(self.folder),
                                              self.tr("赛场设置包 (*.zip)"))
        if name:
            self.use_setup(Path(name))

    def use_setup(self, path: Path) -> bool:
        """Fill the form from a setup package (not yet trusted: creating verifies it against the fingerprint)."""
        try:
            _files, doc = setup_format.read(path)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.setup_path.setText(str(path))
        self.setup_fp.setText(self.tr("设置包中的组委会公钥指纹：{fp}。请与组委会书面通知逐位核对，并在下面输入通知上的指纹。"
                                      ).format(fp=doc["committee"]["fingerprint"]))
        self.item.setCurrentIndex(self.item.findData(int(doc["item"]["no"])))
        self.groups.setText("、".join(doc.get("groups") or []))
        self.date.setDate(QDate.fromString(doc["competition_date"], "yyyy-MM-dd"))
        self.place.setText(doc["place"])
        self.head.setText(doc["head_judge"])
        for w in (self.item, self.groups, self.date, self.place, self.head):
            w.setEnabled(False)  # they come from the signed package
        self.fingerprint.setEnabled(True)
        self.fingerprint.setFocus()
        return True

    def create_file(self) -> None:
        if self.pin.text() != self.pin2.text():
            self.error.setText(self.tr("两次输入的 PIN 不一致"))
            return
        if self.setup_path.text():
            self._create_from_setup()
            return
        groups = [g for g in self.groups.text().replace("，", ",").replace("、", ",").split(",") if g.strip()]
        try:
            self.venue, self.made = create_venue_with_vault(
                Path(self.path.text()), item_no=int(self.item.currentData()),
                competition_date=_as_date(self.date.date()), venue_place=self.place.text(),
                head_judge=self.head.text(), head_judge_pin=self.pin.text(), groups=groups,
                passphrase=self.passphrase.text(), passphrase_confirm=self.passphrase2.text(),
            )
        except ValidationError as exc:  # shown in the form, beside the fields, not in a pop-up
            field = exc.where.get("column")
            self.error.setText("\n".join(str(p) for p in exc.problems)
                               or (f"{field}：{exc.message}" if field else exc.message))
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        self.accept()

    def _create_from_setup(self) -> None:
        if self.passphrase.text() != self.passphrase2.text():
            self.error.setText(self.tr("两次输入的口令不一致"))
            return
        try:
            done = setup_package.create_venue_from(
                Path(self.setup_path.text()), Path(self.path.text()), self.fingerprint.text(),
                head_judge_pin=self.pin.text(), passphrase=self.passphrase.text(),
                passphrase_confirm=self.passphrase2.text(), expected_item=int(self.item.currentData()))
        except DomainError as exc:
            show_error(self, exc)
            return
        self.venue, self.made, self.pins = done.venue, done.new_vault, done.pins
        self.accept()
