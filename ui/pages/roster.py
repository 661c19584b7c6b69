"""名单: the roster table (searchable, sortable, masked IDs, eligibility flags), import wizard, add/edit form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHeaderView, QLabel, QMessageBox

from app.roles import Role
from app.services import roster
from app.services import venue as venue_service
from app.services.roster import ContestantView
from ui import style
from ui.context import UiContext
from ui.dialogs.saved import show_saved
from ui.models.table import Column, RowsModel, filter_proxy, table_view
from ui.pages.base import Page
from ui.widgets import button, column, row, search_field

DECISION_COLOUR = style.PALE_YELLOW
ERROR_COLOUR = style.PALE_RED


def _flag_colour(c: ContestantView) -> str | None:
    if any(f.severity == "error" for f in c.flags):
        return ERROR_COLOUR
    return DECISION_COLOUR if c.needs_decision else None


class RosterPage(Page):
    room = "roster"
    loads_when_built = True  # __init__ ends with refresh()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        tr = self.tr
        self.model: RowsModel[ContestantView] = RowsModel([
            Column(tr("报名号"), lambda c: c.reg_no),
            Column(tr("姓名"), lambda c: c.name),
            Column(tr("身份证号"), lambda c: c.id_masked),
            Column(tr("性别"), lambda c: c.gender),
            Column(tr("年龄"), lambda c: c.age, sort_key=lambda c: c.age),
            Column(tr("手机"), lambda c: c.phone_masked),
            Column(tr("单位/学校"), lambda c: c.unit),
            Column(tr("人员类别"), lambda c: c.category),
            Column(tr("组别"), lambda c: c.group),
            Column(tr("资格审核"), lambda c: c.flag_text, colour=_flag_colour),
            Column(tr("户籍地（参考）"), lambda c: c.region_text),
        ], self)
        self.proxy = filter_proxy(self.model, self)
        # Fitted to the contents once per load (refresh): ResizeToContents measured up to 1,000 rows again on every
        # layout pass (each resize of the window), seconds with a big roster.
        self.table = table_view(self.proxy, single=True, sortable=True, resize=QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        if not venue_service.summary(ctx.venue).groups:
            self.table.hideColumn(8)  # 组别: the item has no groups

        self.search = search_field(tr("搜索：姓名、报名号、单位、身份证号后四位……"), self.proxy)
        self.count = QLabel()

        self.import_button = button(tr("导入名单…"), self.import_file)
        self.template_button = button(tr("保存名单模板…"), self.save_template)
        self.add_button = button(tr("添加选手…"), self.add)
        self.edit_button = button(tr("编辑选手…"), self.edit_selected)
        self.export_button = button(tr("导出名单…"), self.export)
        column(row((self.search, 1), self.count, end=False), (self.table, 1),
               row(self.import_button, self.template_button, self.add_button, self.edit_button, self.export_button),
               parent=self)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("选手名单")

    def refresh(self) -> None:
        rows = roster.list_contestants(self.ctx.venue)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        decisions = sum(1 for c in rows if c.needs_decision)
        text = self.tr("共 {n} 人").format(n=len(rows))
        if decisions:
            text += self.tr("，{d} 人待确认").format(d=decisions)
        self.count.setText(text)
        may_edit = self.ctx.actor.role in (Role.HEAD_JUDGE, Role.ADMIN)
        for b in (self.import_button, self.add_button, self.edit_button):
            b.setEnabled(may_edit)

    def selected(self) -> ContestantView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def import_file(self) -> None:
        from ui.dialogs.roster_import import RosterImportWizard

        wizard = RosterImportWizard(self.ctx, self)
        wizard.exec()
        if wizard.imported:
            self.ctx.bus.data_changed.emit(self.room)
            self.refresh()

    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存名单模板"), str(Path.home() / "选手名单模板.xlsx"),
                                              self.tr("Excel 文件 (*.xlsx)"))
        if name and (saved := self.call(roster.save_template, Path(name))) is not None:
            show_saved(self, saved, self.tr("选手名单模板"))

    def add(self) -> None:
        from ui.dialogs.contestant_form import ContestantDialog

        if ContestantDialog(self.ctx, None, self).exec():
            self.ctx.bus.data_changed.emit(self.room)
            self.refresh()

    def edit_selected(self) -> None:
        from ui.dialogs.contestant_form import ContestantDialog

        c = self.selected()
        if c is None:
            QMessageBox.information(self, self.tr("编辑选手"), self.tr("请先在表中选择一名选手。"))
            return
        if ContestantDialog(self.ctx, c.id, self).exec():
            self.ctx.bus.data_changed.emit(self.room)
            self.refresh()

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出名单"), str(Path.home() / "选手名单.xlsx"),
                                              self.tr("Excel 文件 (*.xlsx)"))
        if name and (saved := self.call(roster.export_roster, self.ctx.venue, self.ctx.actor, Path(name))) is not None:
            show_saved(self, saved, self.tr("选手名单"))


PAGE = RosterPage
