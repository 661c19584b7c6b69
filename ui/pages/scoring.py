"""评分录入: the keyboard-fast grid (blind codes × criteria), completeness, corrections, history, locks.

Type a value and press Enter: it is saved through the service and the cursor moves to the next
contestant (then to the next criterion); Tab moves right.  Every other way of leaving the cell saves too, and a
refused value stays in its cell, red, with the reason (ui/pages/score_grid.py).  Only blind codes are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QWidget,
)

from app.errors import DomainError
from app.gc_pause import keep_long_lived
from app.roles import Role
from app.services import checkpoints, day, scheme, scoring
from app.services.scoring_views import Completion, ScoringStatus
from ui import style
from ui.context import SCORE_TYPED, UiContext
from ui.dialogs.pdf_preview import show_pdf
from ui.dialogs.scoring_dialogs import CorrectionDialog, HistoryDialog
from ui.dialogs.secret import ask_passphrase
from ui.message_line import MessageLine
from ui.models.scoring_models import (
    LOCKED_COLOUR,
    STATE_COLOURS,
    ScoreGridModel,
)
from ui.models.table import Column, RowsModel
from ui.pages.base import Page
from ui.pages.score_grid import ScoreDelegate, ScoreTable
from ui.pages.scoring_extras import ScoringExtras
from ui.runner import run_task
from ui.screen_fit import scrolling
from ui.widgets import STRETCH, button, column, note, row

SCORING_ROLES = (Role.JUDGE, Role.HEAD_JUDGE)


def _progress_colour(p: Completion) -> str | None:
    return style.PALE_GREEN if p.missing == 0 else style.PALE_YELLOW


class ScoringPage(Page):
    room = "scores"
    loads_when_built = True  # __init__ ends with refresh()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.previewer: Callable[[Path], object] = lambda path: show_pdf(path, self)
        self._build_selectors()
        self._build_grid()
        self._build_buttons()
        progress = self._build_progress()
        self._build_tabs(progress)
        self._build_layout()
        self.refresh()

    def _build_selectors(self) -> None:
        tr = self.tr
        self.module = QComboBox()
        self.module.currentIndexChanged.connect(lambda _i: self.switch_grid(self.module))
        self.mode = QComboBox()
        self.mode.addItem(tr("录入"), False)
        self.mode.addItem(tr("测量分复核录入（盲录）"), True)
        self.mode.currentIndexChanged.connect(lambda _i: self.switch_grid(self.mode))
        self._shown = {self.module: -1, self.mode: 0}  # the selection the grid shows, to go back to
        self.who = QLabel()

    def _build_grid(self) -> None:
        self.model = ScoreGridModel(self)
        self.delegate = ScoreDelegate(self.submit)
        self.delegate.refused.connect(self.show_refusal)
        self.delegate.discarded.connect(lambda: self.show_note(self.tr("已放弃刚才输入的值（Esc）。")))
        self.table = ScoreTable(self.delegate)
        self.delegate.saved.connect(self.table.go)
        self.table.correction_wanted.connect(self.correct_current)
        self.table.hint.connect(self.show_note)
        self.table.setObjectName("scoreGrid")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.doubleClicked.connect(self.double_clicked)

        self.message = MessageLine()  # changes at every typed score: must not re-lay out the window
        self.message.setObjectName("scoreMessage")
        self.legend = note(self._legend())  # wrapped: the page fits a narrow screen

    def _build_buttons(self) -> None:
        tr = self.tr
        self.correct_button = button(tr("更正…"), self.correct_current)
        self.history_button = button(tr("记录…"), self.history_current)
        self.import_button = button(tr("导入评分表…"), self.import_sheets)
        self.lock_module_button = button(tr("锁定本模块"), lambda: self.lock(self.current_module()))
        self.lock_item_button = button(tr("锁定全项目"), lambda: self.lock(None))
        self.unlock_button = button(tr("解除锁定…"), self.unlock)

    def _build_progress(self) -> QWidget:
        tr = self.tr
        # completeness view
        self.judge_model: RowsModel[Completion] = RowsModel(self._progress_columns(tr("裁判")), self)
        self.criterion_model: RowsModel[Completion] = RowsModel(self._progress_columns(tr("评分项")), self)
        self.open_items = QListWidget()
        self.status_label = QLabel()
        progress = QWidget()
        tables = QSplitter()
        for m in (self.judge_model, self.criterion_model):
            view = QTableView()
            view.setModel(m)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            tables.addWidget(view)
        column(self.status_label, (tables, 2), QLabel(tr("待处理（缺分、分差超限、复核不一致）：")), (self.open_items, 1),
               parent=progress)
        return progress

    def _build_tabs(self, progress: QWidget) -> None:
        tr = self.tr
        entry = QWidget()
        column((self.table, 1), self.message, self.legend, parent=entry).setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.addTab(entry, tr("录入"))
        self.tabs.addTab(progress, tr("完成情况"))
        self.extras = ScoringExtras(self.ctx)  # deductions, time used, disqualifications
        self.extras.changed.connect(self.load_grid)
        self.tabs.addTab(scrolling(self.extras), tr("扣分、用时与取消资格"))
        self.tabs.currentChanged.connect(self.tab_changed)

    def _build_layout(self) -> None:
        tr = self.tr
        column(row(QLabel(tr("模块")), self.module, QLabel(tr("方式")), self.mode, STRETCH, self.who, end=False),
               (self.tabs, 1),
               row(self.correct_button, self.history_button, self.import_button, STRETCH,
                   self.lock_module_button, self.lock_item_button, self.unlock_button, end=False),
               parent=self)

    def _legend(self) -> str:
        def swatch(colour: str | None, text: str) -> str:
            return f'<span style="background:{colour or style.WHITE}">&nbsp;&nbsp;&nbsp;&nbsp;</span> {text}'

        return "&nbsp;&nbsp;".join([
            swatch(STATE_COLOURS["missing"], self.tr("未录入")), swatch(STATE_COLOURS["flagged"], self.tr("分差超限/复核不一致")),
            swatch(STATE_COLOURS["corrected"], self.tr("已更正")), swatch(LOCKED_COLOUR, self.tr("已锁定")),
            self.tr("输入分数后按回车保存并跳到下一位选手，Tab 向右；已有分数的单元格按 F2 或回车更正。"),
        ])

    def _progress_columns(self, what: str) -> list[Column[Completion]]:
        return [Column(what, lambda p: p.key), Column(self.tr("已录入"), lambda p: p.done),
                Column(self.tr("应录入"), lambda p: p.expected),
                Column(self.tr("缺"), lambda p: p.missing, colour=_progress_colour)]

    def page_title(self) -> str:
        return self.tr("评分录入")

    # ------------------------------------------------------------------ loading

    def current_module(self) -> str:
        return str(self.module.currentData() or "")

    def refresh(self) -> None:
        actor = self.ctx.actor
        self.who.setText(self.tr("当前：{who}").format(who=actor.label))
        view = scheme.get_scheme(self.ctx.venue)
        keep = self.current_module()
        self.module.blockSignals(True)
        self.module.clear()
        for m in view.modules:
            self.module.addItem(f"{m.code} {m.name}", m.code)
        if keep:
            self.module.setCurrentIndex(max(0, self.module.findData(keep)))
        self.module.blockSignals(False)
        head = actor.role == Role.HEAD_JUDGE
        for b in (self.lock_module_button, self.lock_item_button, self.unlock_button):
            b.setVisible(head)
        state = day.day_state(self.ctx.venue)
        self.lock_item_button.setEnabled(not state.item_locked)  # done once: no second lock offered
        self.lock_item_button.setText(self.tr("全项目已锁定") if state.item_locked else self.tr("锁定全项目"))
        self.unlock_button.setEnabled(state.item_locked or bool(state.locked_modules))
        for b in (self.correct_button, self.history_button, self.import_button):
            b.setEnabled(actor.role in SCORING_ROLES)
        self.load_grid()
        if self.tabs.currentIndex() == 1:
            self.load_status()
        elif self.tabs.currentIndex() == 2:
            self.extras.refresh()

    def load_grid(self) -> bool:
        """Reload the grid, keeping the cursor on its cell.  Anything typed is saved first; when the rules refuse
        it, nothing is reloaded (False) and the cell stays in edit with the reason."""
        if self.table.flush() is not None:
            return False
        module = self.current_module()
        self._shown = {self.module: self.module.currentIndex(), self.mode: self.mode.currentIndex()}
        if not module:
            self.model.set_grid(scoring.Grid("", "", (), (), None, False, False), False)
            self.message.setText(self.tr("尚未导入评分标准。"))
            return True
        try:
            grid = scoring.grid(self.ctx.venue, self.ctx.actor, module, second=bool(self.mode.currentData()))
        except DomainError as exc:
            self.message.setText(str(exc))
            return True
        here = self.table.current_key()
        self.model.set_grid(grid, show_score=self.ctx.actor.role == Role.HEAD_JUDGE and not grid.second)
        keep_long_lived()  # the grid stays until the next load: no full collection walks it while typing
        self.lock_module_button.setEnabled(not grid.locked)
        if not grid.rows:
            self.message.setText(self.tr("还没有抽签：抽签后这里按加密号列出选手。"))
        elif grid.locked:
            self.message.setText(self.tr("模块 {m} 已锁定：只能由裁判长更正并填写原因。").format(m=module))
        elif self.ctx.actor.role not in SCORING_ROLES:
            self.message.setText(self.tr("只有裁判员和裁判长可以录入分数。"))
        else:
            self.message.setText("")
        if grid.rows and grid.columns:
            cell = self.table.cell_for(here)
            if not cell.isValid():
                cell = self.table.first_empty()
            self.table.put_cursor(cell if cell.isValid() else self.model.index(0, 0))
        return True

    def switch_grid(self, box: QComboBox) -> None:
        """Another module or mode: what is typed in the grid is saved first, or the choice goes back."""
        if not self.load_grid():
            box.blockSignals(True)
            box.setCurrentIndex(self._shown[box])
            box.blockSignals(False)

    def tab_changed(self, index: int) -> None:
        if index != 0 and self.table.flush() is not None:
            self.tabs.setCurrentIndex(0)
        elif index == 1:
            self.load_status()
        elif index == 2:
            self.extras.refresh()

    def can_leave(self) -> bool:
        return self.table.flush() is None

    def focus_first_task(self) -> None:
        """After the page is opened: the keyboard in the grid, on the first cell waiting for a value."""
        if self.tabs.currentIndex() != 0:
            return
        empty = self.table.first_empty()
        if empty.isValid() and self.table.currentIndex() != empty and self.model.cell(self.table.currentIndex()) \
                is not None and not self._waiting(self.table.currentIndex()):
            self.table.put_cursor(empty)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _waiting(self, index: QModelIndex) -> bool:
        cell = self.model.cell(index)
        return cell is not None and cell.editable and not cell.text

    def load_status(self) -> None:
        st: ScoringStatus = scoring.status(self.ctx.venue)
        self.judge_model.set_rows(st.judges)
        self.criterion_model.set_rows(st.criteria)
        self.open_items.clear()
        self.open_items.addItems(list(st.spreads) + list(st.mismatches) + list(st.missing))
        modules = "；".join(
            f"{m.code} {m.name}：" + (self.tr("已锁定") if m.locked else
                                     self.tr("缺 {a}，分差 {b}，不一致 {c}").format(a=m.missing, b=m.spreads, c=m.mismatches))
            for m in st.modules)
        self.status_label.setText(self.tr("已抽签 {n} 人，须评分 {r} 人。{m}").format(n=st.contestants, r=st.required,
                                                                                  m=modules))

    # ------------------------------------------------------------------ typing

    def submit(self, index: QModelIndex, text: str) -> str | None:
        """Save one typed value; the refusal reason (shown in place) or None."""
        code, criterion = self.model.blind_code(index.row()), self.model.criterion(index.column())
        second = self.model.grid is not None and self.model.grid.second
        try:
            # Saved and committed, and this contestant's row read back, in one unit of work about this code:
            # the grid refreshes that row only (a whole-grid reload per keystroke is what made typing slow).
            saved, row = scoring.enter_in_grid(self.ctx.venue, self.ctx.actor, self.current_module(), code,
                                               criterion, text, second=second)
        except DomainError as exc:
            return exc.message
        if row is not None:
            self.model.replace_row(row)
        self.message.setText(
            "；".join(saved.flagged) if saved.flagged
            else self.tr("已保存：{b} {c} = {v}").format(b=code, c=criterion, v=saved.value))
        style.restyle(self.message, style.ERROR_STYLE if saved.flagged else "")  # unchanged: no re-polish
        self.ctx.bus.data_changed.emit(SCORE_TYPED)
        return None

    def _on_changed(self, room: str) -> None:
        if room != SCORE_TYPED:  # this page's own typed score: the row is already replaced
            super()._on_changed(room)

    def show_note(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def show_refusal(self, reason: str) -> None:
        self.message.setStyleSheet(style.ERROR_STYLE)
        self.message.setText(self.tr("未保存：{r}").format(r=reason))

    def double_clicked(self, index: QModelIndex) -> None:
        cell = self.model.cell(index)
        if cell is not None and not cell.editable and cell.text:
            self.correct_current()

    # ------------------------------------------------------------------ dialogs and locks

    def _current_cell(self) -> tuple[str, str, str, str] | None:
        index = self.table.currentIndex()
        cell = self.model.cell(index)
        if cell is None or self.model.grid is None:
            QMessageBox.information(self, self.tr("评分"), self.tr("请先在表中选择一个单元格。"))
            return None
        column = self.model.grid.columns[index.column()]
        return self.model.blind_code(index.row()), column.code, column.kind, cell.text

    def correct_current(self, typed: str = "") -> None:
        """The correction dialog for the current cell (``typed``: the key that asked for it, as the new value).
        The cursor stays on the cell, so 记录… then shows this cell's history."""
        if self.table.flush() is not None:
            return
        found = self._current_cell()
        if found is None:
            return
        code, criterion, kind, text = found
        judges = [j.name for j in self._judges()]
        cell = self.model.cell(self.table.currentIndex())
        dialog = CorrectionDialog(self.ctx, code, criterion, kind, text, judges, self,
                                  by_judge=cell.by_judge if cell is not None else ())
        if typed:
            dialog.value.setText(typed)
        dialog.value.setFocus()
        if dialog.exec() and dialog.saved is not None:
            self.after_change(dialog.saved.flagged, self.tr("已更正：{b} {c} = {v}").format(
                b=code, c=criterion, v=dialog.saved.value))

    def _judges(self) -> list[scoring.JudgeInfo]:
        from app.services import users

        return [scoring.JudgeInfo(u.id, u.name, u.judge_no) for u in users.list_users(self.ctx.venue)
                if u.role == Role.JUDGE and u.active]

    def after_change(self, flagged: tuple[str, ...], text: str) -> None:
        self.load_grid()
        self.message.setStyleSheet(style.ERROR_STYLE if flagged else "")
        self.message.setText("；".join(flagged) if flagged else text)
        self.ctx.bus.data_changed.emit(self.room)

    def history_current(self) -> None:
        found = self._current_cell()
        if found is None:
            return
        code, criterion, _kind, _text = found
        items = self.call(scoring.history, self.ctx.venue, self.ctx.actor, code, criterion)
        if items is not None:
            HistoryDialog(items, self.tr("{b} {c} 的录入记录").format(b=code, c=criterion), self).exec()

    def lock(self, module: str | None) -> None:
        """A refusal lists what blocks the lock in the completeness view, not in a modal box.

        The lock is signed (the head judge's passphrase); afterwards the lock confirmation sheet with the
        signed checkpoint is offered for printing and signing."""
        what = self.tr("模块 {m}").format(m=module) if module else self.tr("全项目")
        if module is None and QMessageBox.question(
                self, self.tr("锁定全项目"),
                self.tr("锁定全项目后，所有模块的成绩只能由裁判长以“更正”方式修改并填写原因；"
                        "之后即可解密、排名和签字确认。确定现在锁定全项目吗？"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        passphrase = ask_passphrase(self, self.tr("锁定成绩"), self.tr(
            "锁定{w}后只能由裁判长以“更正”方式修改。输入裁判长口令，用赛场密钥签名审计链检查点：").format(w=what),
            self.tr("锁定"))
        if passphrase is None:
            return
        try:
            signed = scoring.lock(self.ctx.venue, self.ctx.actor, module, passphrase=passphrase)
        except DomainError as exc:
            self.tabs.setCurrentIndex(1)
            self.load_status()
            self.open_items.clear()
            self.open_items.addItems([p.message for p in exc.problems])
            self.message.setStyleSheet(style.ERROR_STYLE)
            self.message.setText(exc.message)
            self.status_label.setText(exc.message)
            return
        self.ctx.bus.data_changed.emit(self.room)
        self.ctx.bus.data_changed.emit("backup")
        self.refresh()  # the lock buttons follow: 全项目已锁定 is not offered again
        self.message.setStyleSheet("")
        self.message.setText(self.tr("已锁定：{w}（签名检查点：审计链 {short}）").format(w=what, short=signed.short))
        if self.tabs.currentIndex() == 1:
            self.load_status()
        if QMessageBox.question(self, self.tr("成绩锁定确认单"), self.tr(
                "已锁定{w}。现在打印成绩锁定确认单（载有签名检查点 {short}，供裁判员和裁判长签字）？").format(
                w=what, short=signed.short)) == QMessageBox.StandardButton.Yes:
            self.print_lock_sheet(signed)

    def print_lock_sheet(self, signed: checkpoints.CheckpointView) -> None:
        from app.reports import lock_sheet

        folder = self.ctx.venue.path.parent / self.tr("报表")
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{self.ctx.venue.path.stem}-{self.tr('成绩锁定确认单')}-{signed.at:%Y%m%d-%H%M%S}.pdf"
        if self.call(lock_sheet.write, self.ctx.venue, self.ctx.actor, signed, target) is not None:
            self.previewer(target)

    def unlock(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("解除锁定"), self.tr("解除锁定的原因（必填）："))
        if ok:
            self.call(scoring.unlock, self.ctx.venue, self.ctx.actor, reason, changed=self.room)
            self.refresh()

    def import_sheets(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("导入评分表"), str(Path.home()),
                                              self.tr("评分表 (*.xlsx *.csv)"))
        if not name:
            return
        venue, actor = self.ctx.venue, self.ctx.actor

        def work(progress, cancel):  # type: ignore[no-untyped-def]
            return scoring.import_scores(venue, actor, Path(name), progress=progress, cancel=cancel)

        def done(report: scoring.ScoreImportReport) -> None:
            self.message.setStyleSheet("")
            self.message.setText(report.summary())
            self.ctx.bus.data_changed.emit(self.room)
            self.load_grid()

        run_task(self, self.tr("正在导入评分表"), work, done)


PAGE = ScoringPage
