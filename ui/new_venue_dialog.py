"""New venue file: pick the item from the notice's annex, groups, date, place, head judge, PIN and passphrase."""

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
        self.path = QLineEdit()
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path)
        path_row.addWidget(browse)
        form = self.form_layout
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
        self.resize(620, 500)

    def _suggest_path(self) -> None:
        item = load_catalog().item(int(self.item.currentData()))
        self.host.setText(f"{item.host_unit}  {item.contact} {item.phone}")
        self.path.setText(str(self.folder / f"{item.no:02d}-{item.name.replace(' ', '')}.venue"))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存赛场文件"), self.path.text(),
                                              self.tr("赛场文件 (*.venue)"))
        if name:
            self.path.setText(name if name.endswith(".venue") else name + ".venue")

    def create_file(self) -> None:
        if self.pin.text() != self.pin2.text():
            self.error.setText(self.tr("两次输入的 PIN 不一致"))
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
