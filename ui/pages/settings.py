"""设置与账号: the item's configurable practice (pass line, tie-break order, award base …) and the people
who sign in at this venue.  Everything goes through app.services.venue and app.services.users."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from app.errors import DomainError, ValidationError
from app.item_settings import ItemSettings
from app.roles import ROLE_LABELS, Role, role_label
from app.services import users
from app.services import venue as venue_service
from app.services.users import UserInfo
from app.vocab import AwardBase
from ui import style
from ui.context import UiContext
from ui.dialogs.form_dialog import FormDialog
from ui.errors import show_error
from ui.models.table import Column, RowsModel, table_view
from ui.pages.base import Page
from ui.widgets import box, button, row


class SettingsPage(Page):
    room = "settings"

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        tr = self.tr
        self.pass_line = QLineEdit()
        self.total = QLineEdit()
        self.tie_modules = QLineEdit()
        self.tie_modules.setPlaceholderText(tr("模块代码按比较顺序，如 B,A；留空则只比较用时"))
        self.tie_time = QCheckBox(tr("再比较用时（少者优先）"))
        self.award_base = QComboBox()
        for base in AwardBase:
            self.award_base.addItem(base.label, base.value)
        self.requires_pass = QCheckBox(tr("获奖须达到合格线"))
        self.double_entry = QCheckBox(tr("测量分由第二人盲录复核"))
        self.decimals = QSpinBox()
        self.decimals.setRange(0, 4)
        self.time_limit = QSpinBox()
        self.time_limit.setRange(0, 24 * 60)
        self.time_limit.setSpecialValueText(tr("不限"))
        self.time_limit.setSuffix(tr(" 分钟"))
        self.station_count = QSpinBox()
        self.station_count.setRange(0, 999)
        self.station_count.setSpecialValueText(tr("按报名人数"))
        self.settings_error = style.error_label()
        self.save_button = button(tr("保存设置"), self.save_settings)
        form = QFormLayout()
        form.addRow(tr("总分"), self.total)
        form.addRow(tr("合格线"), self.pass_line)
        form.addRow(tr("同分比较模块"), self.tie_modules)
        form.addRow("", self.tie_time)
        form.addRow(tr("优胜奖人数基数"), self.award_base)
        form.addRow("", self.requires_pass)
        form.addRow("", self.double_entry)
        form.addRow(tr("小数位"), self.decimals)
        form.addRow(tr("竞赛时长"), self.time_limit)
        form.addRow(tr("工位数"), self.station_count)
        settings_box = box(tr("项目设置（裁判长）"), form, self.settings_error, self.save_button)

        self.people: RowsModel[UserInfo] = RowsModel([
            Column(tr("姓名"), lambda u: u.name),
            Column(tr("角色"), lambda u: role_label(u.role)),
            Column(tr("裁判编号"), lambda u: u.judge_no or ""),
            Column(tr("状态"), lambda u: tr("有效") if u.active else tr("停用")),
        ], self)
        self.table = table_view(self.people, resize=QHeaderView.ResizeMode.Stretch, stretch_last=False)
        self.add_button = button(tr("添加账号…"), self.add_person)
        self.pin_button = button(tr("重设 PIN…"), self.reset_pin)
        people_box = box(tr("账号（检录员、裁判员、裁判长、管理员）"), self.table, row(self.add_button, self.pin_button))

        self.setLayout(row((settings_box, 1), (people_box, 1), end=False))

    def page_title(self) -> str:
        return self.tr("设置与账号")

    def refresh(self) -> None:
        s = venue_service.get_settings(self.ctx.venue)
        self.total.setText(str(s.total_points))
        self.pass_line.setText(str(s.pass_line))
        self.tie_modules.setText(",".join(s.tie_break_modules))
        self.tie_time.setChecked(s.tie_break_time)
        self.award_base.setCurrentIndex(max(self.award_base.findData(s.award_base), 0))
        self.requires_pass.setChecked(s.award_requires_pass)
        self.double_entry.setChecked(s.double_entry)
        self.decimals.setValue(s.decimals)
        self.time_limit.setValue(s.time_limit_min or 0)
        self.station_count.setValue(s.station_count or 0)
        self.people.set_rows(users.list_users(self.ctx.venue))
        head = self.ctx.actor.role == Role.HEAD_JUDGE
        manager = self.ctx.actor.role in (Role.HEAD_JUDGE, Role.ADMIN)
        self.save_button.setEnabled(head)
        self.add_button.setEnabled(manager)
        self.pin_button.setEnabled(True)  # anyone may change their own PIN; the service checks the rest
        self.settings_error.clear()

    def form_settings(self) -> ItemSettings:
        current = venue_service.get_settings(self.ctx.venue)
        try:
            total, pass_line = Decimal(self.total.text().strip()), Decimal(self.pass_line.text().strip())
        except InvalidOperation as exc:
            raise ValidationError(self.tr("总分和合格线须为数字")) from exc
        modules = tuple(m.strip().upper() for m in self.tie_modules.text().replace("，", ",").split(",") if m.strip())
        return ItemSettings.from_json({
            **current.to_json(),
            "total_points": str(total), "pass_line": str(pass_line), "tie_break_modules": list(modules),
            "tie_break_time": self.tie_time.isChecked(), "award_base": self.award_base.currentData(),
            "award_requires_pass": self.requires_pass.isChecked(), "double_entry": self.double_entry.isChecked(),
            "decimals": self.decimals.value(), "time_limit_min": self.time_limit.value() or None,
            "station_count": self.station_count.value() or None,
        })

    def save_settings(self) -> None:
        try:
            venue_service.update_settings(self.ctx.venue, self.ctx.actor, self.form_settings())
        except ValidationError as exc:
            self.settings_error.setText("\n".join([exc.message, *(str(p) for p in exc.problems)]))
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        self.ctx.bus.data_changed.emit(self.room)
        self.refresh()
        self.settings_error.setStyleSheet(style.OK_STYLE)
        self.settings_error.setText(self.tr("已保存"))

    def add_person(self) -> None:
        dialog = AddUserDialog(self.ctx, self)
        if dialog.exec():
            self.refresh()

    def reset_pin(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        person = self.people.row_at(rows[0].row()) if rows else None
        name = person.name if person else self.ctx.actor.name
        if person is not None and name != self.ctx.actor.name and not users.may_manage(self.ctx.actor, person.role):
            QMessageBox.warning(self, self.tr("重设 PIN"), self.tr(
                "不能重设{role}“{name}”的 PIN：裁判长的 PIN 只能由裁判长本人修改；忘记时请用密封的恢复码重设。").format(
                role=role_label(person.role), name=name))
            return
        pin, ok = QInputDialog.getText(self, self.tr("重设 PIN"), self.tr("{name} 的新 PIN（4–12 位数字）：").format(
            name=name), QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            users.change_pin(self.ctx.venue, self.ctx.actor, name, pin)
        except DomainError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(self, self.tr("重设 PIN"), self.tr("已更新 {name} 的 PIN。").format(name=name))


class AddUserDialog(FormDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("添加账号"), parent)
        self.ctx = ctx
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in (Role.JUDGE, Role.CHECKIN, Role.ADMIN, Role.HEAD_JUDGE):
            if users.may_manage(ctx.actor, role):  # a 管理员 is not offered 裁判长 (the service refuses it too)
                self.role.addItem(self.tr(ROLE_LABELS[role]), role.value)
        self.judge_no = QLineEdit()
        self.judge_no.setPlaceholderText(self.tr("裁判员填写，如 J1"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.form_layout.addRow(self.tr("姓名"), self.name)
        self.form_layout.addRow(self.tr("角色"), self.role)
        self.form_layout.addRow(self.tr("裁判编号"), self.judge_no)
        self.form_layout.addRow(self.tr("PIN"), self.pin)
        self._finish(self.save)

    def save(self) -> None:
        try:
            users.add_user(self.ctx.venue, self.ctx.actor, self.name.text(), Role(self.role.currentData()),
                           self.pin.text(), judge_no=self.judge_no.text().strip() or None)
        except ValidationError as exc:
            self.error.setText("\n".join(str(p) for p in exc.problems) or exc.message)
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        self.accept()


PAGE = SettingsPage
