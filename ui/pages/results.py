"""成绩与奖项: the head judge's results page — ranked table per group, tie warnings and decisions,
decryption, sign-off and revisions, the "changed since last export" marker, .xlsx export and the PDFs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
)

from app.errors import PermissionDenied
from app.progress import Progress
from app.reports import titles
from app.roles import Role
from app.services import day, decrypt, results
from app.services.results import GroupResults, ResultRow, ResultsView, TieView
from ui import style
from ui.context import UiContext
from ui.dialogs.saved import show_saved
from ui.dialogs.secret import ask_passphrase
from ui.models.table import Column, RowsModel, table_view
from ui.pages.base import Page
from ui.runner import run_task
from ui.widgets import STRETCH, button, column, note, row

TIE_COLOUR = style.TIE_ORANGE  # an open tie at an award boundary: needs the head judge
AWARD_COLOURS = style.AWARD_COLOURS
FAIL_COLOUR = style.FAIL_GREY


def _row_colour(r: ResultRow) -> str | None:
    if r.open_tie:
        return TIE_COLOUR
    if r.award:
        return AWARD_COLOURS.get(r.award)
    return FAIL_COLOUR if r.rank is None or not r.passed else None


def _points(value: Any) -> str:
    return "" if value is None else str(value)


def _module_cell(code: str) -> Callable[[ResultRow], str]:
    def cell(r: ResultRow) -> str:
        return _points(r.score(code)) if r.rank is not None else ""
    return cell


class ResultsPage(Page):
    room = "results"

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.view_data: ResultsView | None = None
        self.previewer: Callable[[Path], object] = self._show_pdf
        self.last_report: Path | None = None
        self._build_header()
        self._build_table()
        tie_box = self._build_ties()
        reports_row = self._build_actions()
        self._build_layout(tie_box, reports_row)

    # The dialogs are imported when first used: the head judge's window opens on this page, and they (with the
    # appeal and vault services behind them) are not needed to show the results.
    def _show_pdf(self, path: Path) -> object:
        from ui.dialogs.pdf_preview import show_pdf

        return show_pdf(path, self)

    def _publish(self) -> None:
        from ui.dialogs.appeal_dialogs import publish

        publish(self)

    def _build_header(self) -> None:
        self.stage = QLabel()
        self.stage.setStyleSheet(style.BOLD_STYLE)
        self.revision = QLabel()
        self.export_marker = QLabel()
        self.group_box = QComboBox()
        self.group_box.currentIndexChanged.connect(self._show_group)
        self.settings = note(style=style.MUTED_STYLE)
        self.quota = QLabel()

    def _build_table(self) -> None:
        self.model: RowsModel[ResultRow] = RowsModel([], self)
        self.table = table_view(self.model, stretch_last=False, row_numbers=False)
        # The selected line's 说明 in full (the column elides it): what the head judge reads out.
        self.note = note()
        self.note.hide()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_note())

    def _build_ties(self) -> QGroupBox:
        tr = self.tr
        self.ties: RowsModel[TieView] = RowsModel([
            Column(tr("组别"), lambda t: t.group or tr("全部")),
            Column(tr("名次"), lambda t: t.rank),
            Column(tr("并列选手"), lambda t: "、".join(t.labels)),
            Column(tr("跨越奖项"), lambda t: "/".join(a or tr("无奖项") for a in dict.fromkeys(t.awards))),
            Column(tr("裁定"), lambda t: t.decision_text or tr("尚未裁定"),
                   colour=lambda t: TIE_COLOUR if t.open else None),
        ], self)
        self.tie_table = table_view(self.ties, single=True, row_numbers=False)
        self.tie_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.decide_button = button(tr("裁定所选并列…"), self.decide_selected)
        self.revoke_button = button(tr("撤销所选裁定…"), self.revoke_selected)
        self.tie_box = QGroupBox(tr("跨奖项界线的并列（不得随机决定，须裁判长裁定并填写理由）"))
        self.tie_box.setLayout(row((self.tie_table, 1), column(self.decide_button, self.revoke_button, STRETCH),
                                   end=False))
        return self.tie_box

    def _build_actions(self) -> QHBoxLayout:
        tr = self.tr
        self.decrypt_button = button(tr("解密"), self.decrypt)
        self.sign_button = button(tr("签字确认…"), self.sign_off)
        self.xlsx_button = button(tr("导出成绩（xlsx）…"), self.export_xlsx)
        # PDF to post + static HTML (申诉与仲裁 page too)
        self.publication_button = button(tr("成绩公示…"), self._publish)
        self.report_buttons: dict[str, QPushButton] = {
            name: button(titles.report_title(name), partial(self.make_report, name)) for name in titles.RESULT_REPORTS
        }
        return row(QLabel(tr("打印：")), *self.report_buttons.values())

    def _build_layout(self, tie_box: QGroupBox, reports_row: QHBoxLayout) -> None:
        tr = self.tr
        self.group_label = QLabel(tr("组别："))  # shown with the group choice only (no dangling "组别：")
        column(row(self.stage, STRETCH, self.revision, self.export_marker, end=False),
               row(self.group_label, self.group_box, (self.quota, 1), self.decrypt_button, self.sign_button,
                   self.xlsx_button, self.publication_button, end=False),
               (self.table, 1), self.note, tie_box, self.settings, reports_row, parent=self)

    def page_title(self) -> str:
        return self.tr("成绩与奖项")

    # ------------------------------------------------------------------------------ showing

    def _columns(self, view: ResultsView) -> list[Column[ResultRow]]:
        tr = self.tr
        cols: list[Column[ResultRow]] = [
            Column(tr("名次"), lambda r: r.rank_text, colour=_row_colour,
                   sort_key=lambda r: (r.rank is None, r.rank or 0)),
        ]
        if view.names_visible:
            cols += [Column(tr("报名号"), lambda r: r.reg_no), Column(tr("姓名"), lambda r: r.name),
                     Column(tr("单位/学校"), lambda r: r.unit)]
        if not view.blind:  # before decryption the scoring side knows no station
            cols.append(Column(tr("工位号"), lambda r: r.station or ""))
        cols.append(Column(tr("加密号"), lambda r: r.blind_code or ""))
        for code, name, max_points in view.modules:
            cols.append(Column(tr("模块{code}\n{name}（{max}）").format(code=code, name=name, max=max_points),
                               _module_cell(code)))
        award = [] if view.blind else [  # no awards before decryption: the groups are not known yet
            Column(tr("奖项"), lambda r: r.award_text, colour=_row_colour)]
        cols += [
            Column(tr("扣分"), lambda r: _points(r.deductions) if r.deductions else ""),
            Column(tr("用时"), lambda r: r.time_text),
            Column(tr("总分"), lambda r: _points(r.total), sort_key=lambda r: r.total or 0),
            *award,
            Column(tr("合格"), lambda r: (tr("合格") if r.passed else tr("不合格")) if r.rank is not None else ""),
            Column(tr("说明"), lambda r: r.note),  # what the rules decided: separation step, tie, withheld award
        ]
        for col in cols:  # the whole line carries the colour: award, open tie, or not ranked / not passed
            col.colour = _row_colour
        return cols

    def refresh(self) -> None:
        is_head = self.ctx.actor.role == Role.HEAD_JUDGE
        for w in (self.decrypt_button, self.sign_button, self.xlsx_button, self.decide_button, self.revoke_button,
                  self.publication_button, *self.report_buttons.values()):
            w.setVisible(is_head)
        self.report_buttons["blank-sheets"].setVisible(self.ctx.actor.role in (Role.HEAD_JUDGE, Role.JUDGE))
        if not is_head:
            self.view_data = None
            self.stage.setText(self.tr("成绩与奖项仅裁判长可查看。"))
            self.model.set_rows([])
            self.tie_box.setVisible(False)
            return
        try:
            view = results.results(self.ctx.venue, self.ctx.actor)
        except PermissionDenied as exc:
            self.stage.setText(exc.message)
            return
        self.view_data = view
        self.stage.setText(view.stage)
        self.stage.setStyleSheet(style.WARN_STYLE if view.open_ties or view.changed_since_revision else style.BOLD_STYLE)
        self.revision.setText(self.tr("版本：{r}").format(r=view.revision.label) if view.revision
                              else self.tr("版本：未签字确认"))
        never_exported = view.revision is not None and day.day_state(self.ctx.venue).exported_revision is None
        if never_exported:  # right after sign-off: nothing to differ from yet
            self.export_marker.setText(self.tr("○ 尚未导出成绩包（在“成绩包”页导出）"))
            self.export_marker.setStyleSheet(style.CAUTION_STYLE)
        elif view.changed_since_export:
            self.export_marker.setText(self.tr("● 与最近导出的成绩包不同"))
            self.export_marker.setStyleSheet(style.WARN_STYLE)
        elif view.revision is not None:
            self.export_marker.setText(self.tr("✓ 已导出"))
            self.export_marker.setStyleSheet(style.OK_STYLE)
        else:
            self.export_marker.setText("")
        self.settings.setText(self.tr("设置：") + "；".join(f"{k}：{v}" for k, v in view.settings))
        self.decrypt_button.setEnabled(view.locked and not view.decrypted)
        signable = view.names_visible and not view.open_ties and (view.revision is None or view.changed_since_revision)
        self.sign_button.setEnabled(signable)
        self.sign_button.setText(self.tr("签字确认…") if view.revision is None else self.tr("生成新版本…"))
        for name, report_button in self.report_buttons.items():
            report_button.setEnabled(view.names_visible or name == "blank-sheets")
        self.xlsx_button.setEnabled(view.names_visible)
        self.publication_button.setEnabled(view.revision is not None)  # only signed results are published
        current = self.group_box.currentText()
        self.group_box.blockSignals(True)
        self.group_box.clear()
        for g in view.groups:
            self.group_box.addItem(g.title)
        index = max(self.group_box.findText(current), 0)
        self.group_box.setCurrentIndex(index)
        self.group_box.blockSignals(False)
        self.group_box.setVisible(len(view.groups) > 1)
        self.group_label.setVisible(len(view.groups) > 1)
        self.model.columns = self._columns(view)
        self._show_group(index)
        all_ties = [t for g in view.groups for t in g.ties]
        self.ties.set_rows(all_ties)
        self.tie_box.setVisible(bool(all_ties))
        self._fit_ties(len(all_ties))

    def _fit_ties(self, rows: int) -> None:
        """The tie list as tall as its rows (at most four, then it scrolls): one tie takes one line, not 130 px."""
        t = self.tie_table
        t.resizeRowsToContents()
        row_h = t.verticalHeader().defaultSectionSize()
        t.setFixedHeight(t.horizontalHeader().sizeHint().height() + row_h * max(1, min(rows, 4)) + 2 * t.frameWidth())

    def current_group(self) -> GroupResults | None:
        if self.view_data is None or not self.view_data.groups:
            return None
        return self.view_data.groups[max(self.group_box.currentIndex(), 0)]

    def _show_note(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() and index.row() < self.model.rowCount() else None
        text = row.note if row is not None else ""
        self.note.setText(self.tr("说明（{who}）：{note}").format(who=row.name or row.blind_code or "—", note=text)
                          if row is not None and text else "")
        self.note.setVisible(bool(text))

    def _show_group(self, _index: int = 0) -> None:
        g = self.current_group()
        self.model.set_rows(g.rows if g else [])
        header = self.table.horizontalHeader()
        if self.model.columnCount():  # the 说明 column takes the width left; the full text shows below the table
            header.setSectionResizeMode(self.model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self._show_note()
        if g is None:
            self.quota.setText("")
            return
        if self.view_data is not None and self.view_data.blind:
            self.quota.setText(self.tr("解密前按加密号临时排名：组别、奖项和并列裁定在解密后确定"))
            self.quota.setStyleSheet("")
            return
        q = g.quota
        text = self.tr("报名 {r} 人，实际参赛 {c} 人；名额：一等奖 {f}、二等奖 {s}、三等奖 {t}、优胜奖 {m}").format(
            r=g.registered, c=g.competed, f=q.first, s=q.second, t=q.third, m=q.merit)
        if g.open_ties:
            text += self.tr("　⚠ {n} 处并列待裁定").format(n=len(g.open_ties))
        self.quota.setText(text)
        self.quota.setStyleSheet(style.WARN_STYLE if g.open_ties else "")

    # ------------------------------------------------------------------------------ actions

    def decrypt(self) -> None:
        """Asks once: the passphrase both confirms (not undoable), opens the sealed codes and signs the chain."""
        passphrase = ask_passphrase(self, self.tr("解密"), self.tr(
            "解密后将公开选手姓名与加密号的对应关系和抽签密钥，且不可撤回。"
            "输入裁判长口令确认解密（同时签名审计链检查点）："), self.tr("解密"))
        if passphrase is None:
            return
        if self.call(decrypt.decrypt, self.ctx.venue, self.ctx.actor, passphrase=passphrase,
                     changed=self.room) is not None:
            self.refresh()

    def selected_tie(self) -> TieView | None:
        rows = self.tie_table.selectionModel().selectedRows()
        if rows:
            return self.ties.row_at(rows[0].row())
        open_ties = [t for t in self.ties.rows if t.open]
        return open_ties[0] if open_ties else None

    def decide_selected(self) -> None:
        tie = self.selected_tie()
        if tie is None:
            return
        if not tie.open:
            QMessageBox.information(self, self.tr("裁定"), self.tr("该并列已有裁定；如需改变，请先撤销原裁定。"))
            return
        from ui.dialogs.results_dialogs import TieDecisionDialog

        dialog = TieDecisionDialog(tie, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        done = self.call(results.record_tie_decision, self.ctx.venue, self.ctx.actor, tie.group, tie.contestants,
                         dialog.resolution(), dialog.reason_text(), order=dialog.ordered(), changed=self.room)
        if done is not None:
            self.refresh()

    def revoke_selected(self) -> None:
        tie = self.selected_tie()
        if tie is None or tie.decision_id is None:
            return
        from PySide6.QtWidgets import QInputDialog

        reason, ok = QInputDialog.getText(self, self.tr("撤销裁定"), self.tr("撤销理由："))
        if ok and reason.strip():
            self.call(results.revoke_tie_decision, self.ctx.venue, self.ctx.actor, tie.decision_id, reason,
                      changed=self.room)
            self.refresh()

    def sign_off(self) -> None:
        view = self.view_data
        if view is None:
            return
        number = 1 if view.revision is None else view.revision.number + 1
        from ui.dialogs.results_dialogs import SignOffDialog

        dialog = SignOffDialog(self.ctx.actor.name, number, needs_reason=view.revision is not None, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if view.revision is None:
            rev = self.call(results.sign_off, self.ctx.venue, self.ctx.actor, dialog.passphrase.text(),
                            changed=self.room)
        else:
            rev = self.call(results.correct_after_signoff, self.ctx.venue, self.ctx.actor, dialog.passphrase.text(),
                            dialog.reason.text(), changed=self.room)
        if rev is not None:
            self.ctx.bus.data_changed.emit("backup")
            self.refresh()

    def reports_folder(self) -> Path:
        folder = self.ctx.venue.path.parent / self.tr("报表")
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def make_report(self, name: str) -> None:
        from app.reports import (
            result_reports,  # reportlab loads when the first report is made
        )

        title = titles.report_title(name)
        target = self.reports_folder() / f"{self.ctx.venue.path.stem}-{title}-{datetime.now():%Y%m%d-%H%M%S}.pdf"
        venue, actor = self.ctx.venue, self.ctx.actor

        def work(progress: Progress, cancel: Any) -> Path:
            progress(0, 0, self.tr("正在生成 {t}…").format(t=title))
            result_reports.write_report(venue, actor, name, target)
            return target

        def done(path: Path) -> None:
            self.last_report = path
            self.previewer(path)

        run_task(self, self.tr("生成 {t}").format(t=title), work, done, cancellable=False)

    def export_xlsx(self) -> None:
        from app.reports import result_reports

        default = self.reports_folder() / f"{self.ctx.venue.path.stem}-成绩.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出成绩"), str(default), "Excel (*.xlsx)")
        if path and self.call(result_reports.export_xlsx, self.ctx.venue, self.ctx.actor, Path(path)) is not None:
            show_saved(self, Path(path), self.tr("成绩（xlsx）"))


PAGE = ResultsPage
