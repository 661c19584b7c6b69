"""评分标准: view, import, export and edit the marking scheme (modules → criteria).

Edits go through the same service checks as the import.  Once scoring has started the page says
so; a change then needs the head judge and a reason, and the page shows what it affects first.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from app.errors import DomainError
from app.item_settings import ItemSettings
from app.roles import Role
from app.services import scheme
from app.services import venue as venue_service
from app.services.scheme import CriterionDraft, SchemeView
from ui import style
from ui.context import UiContext
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.saved import show_saved
from ui.errors import show_error
from ui.models.table import Column, RowsModel, table_view
from ui.pages.base import Page
from ui.screen_fit import widen_for_text
from ui.widgets import STRETCH, button, column, row

FROZEN_COLOUR = style.PALE_YELLOW


class CriterionDialog(FormDialog):
    """One criterion's fields; the scheme-level checks run when the page saves."""

    def __init__(self, draft: CriterionDraft | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("编辑评分项") if draft else self.tr("添加评分项"), parent, wrap_error=False)
        self.result_draft: CriterionDraft | None = None
        self.code = QLineEdit(draft.code if draft else "")
        self.module = QLineEdit(draft.module if draft else "")
        self.module_name = QLineEdit(draft.module_name if draft else "")
        self.description = QLineEdit(draft.description if draft else "")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("M 测量"), "M")
        self.kind.addItem(self.tr("J 评价"), "J")
        self.kind.setCurrentIndex(1 if draft and draft.kind == "J" else 0)
        self.max_points = QLineEdit(str(draft.max_points) if draft else "")
        self.judges = QSpinBox()
        self.judges.setRange(1, 9)
        self.judges.setValue(draft.judges if draft and draft.kind == "J" else 3)
        texts = list(draft.descriptions) if draft else []
        self.levels = [QLineEdit(texts[i] if i < len(texts) else "") for i in range(4)]
        for edit in (self.description, *self.levels):  # descriptions read whole: the dialog sizes to them
            widen_for_text(edit, "评" * 30)
        form = self.form_layout
        for label, w in ((self.tr("评分项编号"), self.code), (self.tr("模块"), self.module),
                         (self.tr("模块名称"), self.module_name), (self.tr("评分项描述"), self.description),
                         (self.tr("类型"), self.kind), (self.tr("分值"), self.max_points),
                         (self.tr("裁判人数（评价）"), self.judges)):
            form.addRow(label, w)
        for i, w in enumerate(self.levels):
            form.addRow(self.tr("{n} 分描述").format(n=i), w)
        self._finish(self.accept_form)

    def accept_form(self) -> None:
        try:
            points = Decimal(self.max_points.text().strip())
        except InvalidOperation:
            self.error.setText(self.tr("分值不是有效数字"))
            return
        kind = str(self.kind.currentData())
        levels = tuple(w.text().strip() for w in self.levels)
        self.result_draft = CriterionDraft(
            code=self.code.text().strip(), module=self.module.text().strip().upper(),
            module_name=self.module_name.text().strip(), description=self.description.text().strip(), kind=kind,
            max_points=points, judges=self.judges.value() if kind == "J" else 1,
            descriptions=levels if kind == "J" and any(levels) else (),
        )
        self.accept()


class SchemePage(Page):
    room = "scheme"

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        tr = self.tr
        self.view: SchemeView | None = None
        self.model: RowsModel[CriterionDraft] = RowsModel([
            Column(tr("模块"), lambda c: f"{c.module} {c.module_name}"),
            Column(tr("评分项编号"), lambda c: c.code),
            Column(tr("类型"), lambda c: c.kind_label),
            Column(tr("分值"), lambda c: c.max_points),
            Column(tr("裁判人数"), lambda c: c.judges if c.kind == "J" else ""),
            Column(tr("评分项描述"), lambda c: c.description),
            Column(tr("0–3 分描述"), lambda c: " / ".join(c.descriptions)),
        ], self)
        self.table = table_view(self.model, single=True, stretch=5)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(6, 220)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.summary = QLabel()
        self.summary.setObjectName("schemeSummary")
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 2 + 14)

        self.import_button = button(tr("导入评分标准…"), self.import_file)
        self.export_button = button(tr("导出…"), self.export)
        self.template_button = button(tr("保存模板…"), self.save_template)
        self.add_button = button(tr("添加评分项…"), self.add)
        self.edit_button = button(tr("编辑评分项…"), self.edit_selected)
        self.remove_button = button(tr("删除评分项"), self.remove_selected)
        column(self.summary, (self.table, 1),
               row(self.import_button, self.export_button, self.template_button, STRETCH,
                   self.add_button, self.edit_button, self.remove_button, end=False),
               parent=self)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("评分标准")

    def refresh(self) -> None:
        self.view = scheme.get_scheme(self.ctx.venue)
        self.model.set_rows(self.view.criteria)
        v = self.view
        parts = [f"{m.code} {m.name} {m.max_points}" for m in v.modules]
        text = self.tr("{m} 个模块、{c} 个评分项，合计 {s} 分（项目总分 {t}）：{parts}").format(
            m=len(v.modules), c=len(v.criteria), s=v.scheme_total, t=v.total_points, parts="；".join(parts))
        if not v.criteria:
            text = self.tr("尚无评分标准：请导入 .xlsx（可先保存模板填写），或逐项添加。")
        if v.frozen:
            text += "\n" + self.tr("评分已开始（{n} 条记录），评分标准已冻结：修改须由裁判长填写原因，已录入的分数原样保留。").format(
                n=v.entries)
            self.summary.setStyleSheet(f"background: {FROZEN_COLOUR}; {style.PADDED}")
        else:
            self.summary.setStyleSheet(style.PADDED)
        self.summary.setText(text)
        may = self.ctx.actor.role == Role.HEAD_JUDGE or (self.ctx.actor.role == Role.ADMIN and not v.frozen)
        for b in (self.import_button, self.add_button, self.edit_button, self.remove_button):
            b.setEnabled(may)

    def selected(self) -> CriterionDraft | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # ------------------------------------------------------------------ changing

    def save(self, drafts: list[CriterionDraft]) -> bool:
        """Preview, ask for a reason when frozen, save; errors shown the one consistent way."""
        reason = ""
        try:
            change = scheme.preview_change(self.ctx.venue, drafts)
        except DomainError as exc:
            show_error(self, exc)
            return False
        if change.frozen:
            reason, ok = QInputDialog.getText(
                self, self.tr("修改已冻结的评分标准"),
                self.tr("评分已开始。本次修改：\n{lines}\n\n请填写修改原因（必填）：").format(lines="\n".join(change.summary())))
            if not ok:
                return False
        result = self.call(scheme.save_scheme, self.ctx.venue, self.ctx.actor, drafts, reason, changed=self.room)
        self.refresh()
        return result is not None

    def add(self) -> None:
        dialog = CriterionDialog(None, self)
        if dialog.exec() and dialog.result_draft is not None:
            self.save(list(self.model.rows) + [dialog.result_draft])

    def edit_selected(self) -> None:
        current = self.selected()
        if current is None:
            QMessageBox.information(self, self.tr("编辑评分项"), self.tr("请先在表中选择一个评分项。"))
            return
        dialog = CriterionDialog(current, self)
        if dialog.exec() and dialog.result_draft is not None:
            new = dialog.result_draft
            drafts = [new if d.code == current.code else d for d in self.model.rows]
            if new.module == current.module and new.module_name != current.module_name:
                drafts = [replace(d, module_name=new.module_name) if d.module == new.module else d for d in drafts]
            self.save(drafts)

    def remove_selected(self) -> None:
        current = self.selected()
        if current is not None:
            self.save([d for d in self.model.rows if d.code != current.code])

    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("导入评分标准"), str(Path.home()),
                                              self.tr("评分标准 (*.xlsx *.csv)"))
        if not name:
            return
        try:
            drafts = scheme.read_scheme_file(Path(name), _settings(self))
        except DomainError as exc:
            show_error(self, exc)
            return
        self.save(drafts)

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出评分标准"), str(Path.home() / "评分标准.xlsx"),
                                              self.tr("Excel 文件 (*.xlsx)"))
        if name and (saved := self.call(scheme.export_scheme, self.ctx.venue, self.ctx.actor, Path(name))) is not None:
            show_saved(self, saved, self.tr("评分标准"))

    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存评分标准模板"), str(Path.home() / "评分标准模板.xlsx"),
                                              self.tr("Excel 文件 (*.xlsx)"))
        if name and (saved := self.call(scheme.save_template, Path(name))) is not None:
            show_saved(self, saved, self.tr("评分标准模板"))


def _settings(page: SchemePage) -> ItemSettings:
    return venue_service.get_settings(page.ctx.venue)


PAGE = SchemePage
