"""Add or edit one contestant, with the import's checks shown inline under each field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationError
from app.rules.fields import CATEGORIES
from app.services import roster
from app.services import venue as venue_service
from app.services.roster_rows import ContestantForm
from ui import style
from ui.context import UiContext
from ui.dialogs.form_dialog import Button, FormDialog
from ui.errors import show_error

FIELDS = (  # form key, label as the errors name the column
    ("name", "姓名"),
    ("id_number", "身份证号"),
    ("gender", "性别"),
    ("phone", "手机"),
    ("unit", "单位/学校"),
    ("category", "人员类别"),
    ("group", "组别"),
    ("female_category", "女职工退休年龄类别"),
    ("reg_no", "报名号"),
)


class ContestantDialog(FormDialog):
    def __init__(self, ctx: UiContext, contestant_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("添加选手") if contestant_id is None else self.tr("编辑选手"), parent)
        self.ctx = ctx
        self.contestant_id = contestant_id
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        self.general = self.error  # problems that name no field
        self._build_fields(venue_service.summary(ctx.venue).groups)
        self.late_reason = QLineEdit()
        self.late_reason.setPlaceholderText(self.tr("检录开始后补报选手时必填"))
        if contestant_id is None and roster.checkin_started(ctx.venue):
            self.form_layout.addRow(self.tr("补报原因"), self.late_reason)
        self._finish(self.save, self.tr("保存"), self.tr("取消"), ok=Button.Save)
        if contestant_id is not None:
            self._fill(roster.form_for(ctx.venue, ctx.actor, contestant_id))
        self.resize(520, 0)

    def _build_fields(self, groups: tuple[str, ...] | list[str]) -> None:
        for key, label in FIELDS:
            widget: QLineEdit | QComboBox
            if key in ("category", "group", "female_category"):
                combo = QComboBox()
                if key == "category":
                    combo.addItems(["", *CATEGORIES])
                elif key == "group":
                    combo.addItems(["", *groups] if groups else [""])
                    combo.setEnabled(bool(groups))
                else:
                    combo.addItem(self.tr("未填写"), "")
                    combo.addItem(self.tr("50（原 50 岁退休，工人）"), "50")
                    combo.addItem(self.tr("55（原 55 岁退休，干部）"), "55")
                widget = combo
            else:
                widget = QLineEdit()
            widget.setObjectName(key)
            error = style.error_label()
            error.setObjectName(f"{key}_error")
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(style.TIGHT_SPACING)
            box.addWidget(widget)
            box.addWidget(error)
            self.form_layout.addRow(self.tr(label), box)
            self.inputs[key] = widget
            self.errors[key] = error

    def _fill(self, form: ContestantForm) -> None:
        for key, _ in FIELDS:
            widget = self.inputs[key]
            value = getattr(form, key)
            if isinstance(widget, QComboBox):
                index = widget.findData(value) if key == "female_category" else widget.findText(value)
                widget.setCurrentIndex(max(index, 0))
            else:
                widget.setText(value)
        self.inputs["reg_no"].setEnabled(False)

    def form(self) -> ContestantForm:
        values: dict[str, str] = {}
        for key, _ in FIELDS:
            widget = self.inputs[key]
            if isinstance(widget, QComboBox):
                values[key] = str(widget.currentData() or "") if key == "female_category" else widget.currentText()
            else:
                values[key] = widget.text()
        return ContestantForm(**values)

    def show_problems(self, exc: ValidationError) -> None:
        by_label = {self.tr(label): key for key, label in FIELDS} | {label: key for key, label in FIELDS}
        general = []
        for error in self.errors.values():
            error.hide()
        for p in exc.problems:
            key = by_label.get(p.column or "")
            if key is None:
                general.append(p.message)
                continue
            label = self.errors[key]
            label.setText((label.text() + "；" if label.isVisible() else "") + p.message)
            label.show()
        self.general.setText("\n".join(general or ([exc.message] if not exc.problems else [])))

    def save(self) -> None:
        try:
            if self.contestant_id is None:
                roster.add_contestant(self.ctx.venue, self.ctx.actor, self.form(),
                                      late_reason=self.late_reason.text() or None)
            else:
                roster.edit_contestant(self.ctx.venue, self.ctx.actor, self.contestant_id, self.form())
        except ValidationError as exc:
            self.show_problems(exc)
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        self.accept()
