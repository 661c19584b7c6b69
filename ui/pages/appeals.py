"""申诉与仲裁: the publication period, the appeals with the panel's decisions, and the corrections they led to.

Head judge only (the services refuse everyone else).  Every button opens a dialog that calls one app/
service (app.services.publication, appeals, scoring, publication_sheet) — the same calls as the CLI.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from app.roles import Role
from app.services import appeals, publication
from app.services import venue as venue_service
from app.services.appeals import AppealView
from ui import style
from ui.context import UiContext
from ui.dialogs.appeal_dialogs import (
    CorrectForAppealDialog,
    DecideDialog,
    PublicationDialog,
    RecordAppealDialog,
    publish,
)
from ui.models.table import Column, RowsModel, table_view
from ui.pages.base import Page
from ui.widgets import button, column, note, row


def _colour(a: AppealView) -> str | None:
    if a.open or a.awaiting_correction:
        return style.PALE_YELLOW
    return style.PALE_GREEN if a.decision and a.decision.outcome in ("upheld", "partly_upheld") else None


class AppealsPage(Page):
    room = "appeals"

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self._build_period()
        self._build_table()
        self._build_buttons()
        self._build_layout()

    def _build_period(self) -> None:
        self.period = note()
        self.period_button = button(self.tr("设置公示期…"), self.edit_period)
        self.sheet_button = button(self.tr("生成成绩公示（PDF 和网页）"), self.make_sheet)

    def _build_table(self) -> None:
        tr = self.tr
        self.model: RowsModel[AppealView] = RowsModel([
            Column(tr("编号"), lambda a: a.id, sort_key=lambda a: a.id),
            Column(tr("申诉人"), lambda a: a.lodger_text),
            Column(tr("涉及"), lambda a: a.concerns or tr("整个项目")),
            Column(tr("提交时间"), lambda a: a.lodged_at.strftime("%m-%d %H:%M")),
            Column(tr("逾期"), lambda a: tr("逾期") if a.late else ""),
            Column(tr("申诉理由"), lambda a: a.grounds),
            Column(tr("结果"), lambda a: a.status_text, colour=_colour),
            Column(tr("仲裁组"), lambda a: "、".join(a.decision.panel) if a.decision else ""),
        ], self)
        self.table = table_view(self.model, single=True, row_numbers=False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self.detail = note(style=style.MUTED_STYLE)

    def _build_buttons(self) -> None:
        tr = self.tr
        self.record_button = button(tr("登记申诉…"), self.record)
        self.decide_button = button(tr("记录仲裁决定…"), self.decide)
        self.correct_button = button(tr("依申诉更正分数…"), self.correct)
        self.hint = note(tr("申诉被支持后：先“依申诉更正分数”，再到“成绩与奖项”页“生成新版本”签字确认，然后重新导出成绩包。"
                            "驳回的申诉也请重新导出成绩包，使组委会看到仲裁结果。"))

    def _build_layout(self) -> None:
        column(row((self.period, 1), self.period_button, self.sheet_button, end=False),
               row(self.record_button, self.decide_button, self.correct_button),
               (self.table, 1), self.detail, self.hint, parent=self)

    def page_title(self) -> str:
        return self.tr("申诉与仲裁")

    # ------------------------------------------------------------------------------ showing
    def refresh(self) -> None:
        is_head = self.ctx.actor.role == Role.HEAD_JUDGE
        for w in (self.period_button, self.sheet_button, self.record_button, self.decide_button,
                  self.correct_button):
            w.setEnabled(is_head)
        if not is_head:
            self.period.setText(self.tr("申诉与仲裁仅裁判长可查看和记录。"))
            self.model.set_rows([])
            return
        cfg = publication.get(self.ctx.venue)
        self.period.setText(self.tr("公示期：{p}　　申诉受理：{w}").format(
            p=cfg.period_text(), w=cfg.appeal_place or self.tr("（未设定）")))
        self.period.setStyleSheet(style.BOLD_STYLE if cfg.period_set else style.WARN_STYLE)
        rows = self.call(appeals.list_appeals, self.ctx.venue, self.ctx.actor) or []
        self.model.set_rows(rows)
        if appeals.changed_since_export(self.ctx.venue):
            self.period.setText(self.period.text() + self.tr("　　● 申诉记录在最近一次导出后有变化，请重新导出成绩包"))
        self._show_detail()

    def selected(self) -> AppealView | None:
        picked = self.table.selectionModel().selectedRows()
        return self.model.row_at(picked[0].row()) if picked else None

    def _show_detail(self) -> None:
        a = self.selected()
        decided = a is not None and a.decision is not None
        self.decide_button.setEnabled(a is not None and a.open)
        self.correct_button.setEnabled(decided and a is not None and a.decision is not None
                                       and a.decision.outcome in ("upheld", "partly_upheld"))
        if a is None:
            self.detail.setText(self.tr("选择一条申诉查看详情。"))
            return
        lines = [self.tr("{n}：{who}，{at} 提交{late}").format(
            n=a.number, who=a.lodger_text, at=a.lodged_at.strftime("%Y-%m-%d %H:%M"),
            late=self.tr("（逾期）") if a.late else "")]
        lines += [self.tr("附件：{name}（SHA-256 {h}）").format(name=x.name, h=x.sha256) for x in a.attachments]
        if a.decision is not None:
            lines.append(self.tr("仲裁：{o}，{at}；理由：{r}；仲裁组：{p}").format(
                o=a.decision.outcome_label, at=a.decision.decided_at.strftime("%Y-%m-%d %H:%M"),
                r=a.decision.reasoning, p="、".join(a.decision.panel)))
        if a.corrections:
            lines.append(self.tr("更正：") + "；".join(c.describe() for c in a.corrections))
        self.detail.setText("\n".join(lines))

    # ------------------------------------------------------------------------------ actions
    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.bus.data_changed.emit(self.room)
            self.refresh()

    def edit_period(self) -> None:
        self._run(PublicationDialog(self.ctx, self))

    def record(self) -> None:
        self._run(RecordAppealDialog(self.ctx, venue_service.summary(self.ctx.venue).groups, self))

    def decide(self) -> None:
        a = self.selected()
        if a is not None:
            self._run(DecideDialog(self.ctx, a, self))

    def correct(self) -> None:
        a = self.selected()
        if a is not None:
            self._run(CorrectForAppealDialog(self.ctx, a, self))

    def make_sheet(self) -> Path | None:
        return publish(self)

PAGE = AppealsPage
