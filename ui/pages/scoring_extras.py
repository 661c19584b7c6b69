"""扣分、用时与取消资格: the third tab of the scoring page.

Deductions (an amount from a module or the item total, with a reason; cancelled with a reason), time
used (minutes and seconds; a second record is a correction and needs a reason) and disqualification
of a module or the whole item (head judge; revoked with a reason).  Everything goes through the
scoring services, which decide who may do what; this tab only disables what the signed-in role can
never do and shows a refusal in place, under the forms, like the entry grid does.  Contestants appear
by blind code (加密号) only.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QWidget,
)

from app.errors import DomainError
from app.roles import Role
from app.services import scheme, scoring
from app.services.scoring import ContestantScore, DeductionView
from app.services.scoring_views import DisqualificationView, list_disqualifications
from app.vocab import ABSENT, COMPETED, ROOM_STATUSES, WITHDREW
from ui import style
from ui.context import UiContext
from ui.models.table import Column, RowsModel, table_view
from ui.widgets import button, column, note, row

MAX_MINUTES = 24 * 60  # the service refuses more than 24 hours
REFUSED = object()  # what _attempt gives back when the service said no


def _points(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")


def _total(value: Decimal) -> str:
    return format(value, "f")  # as the grid shows it: 40.00


def _module_choice() -> QComboBox:
    """Which module (or the whole item) a deduction or disqualification is about."""
    choice = QComboBox()
    choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    choice.setMinimumContentsLength(12)  # CJK names: room for “全项目（不排名）”
    return choice


def _reason_and_button(placeholder: str, text: str, action: Callable[[], object]) -> tuple[QLineEdit, QPushButton]:
    """The reason line and the button of one action: Enter in the line does what the button does."""
    reason = QLineEdit()
    reason.setPlaceholderText(placeholder)
    reason.returnPressed.connect(action)
    return reason, button(text, action)


def _entry_over_list(box: QGroupBox, entry: list[QWidget], view: QTableView, undo_reason: QLineEdit,
                     undo_button: QPushButton) -> None:
    """The deduction and disqualification boxes: the entry line (its reason, next to last, takes the spare width),
    the list of what was recorded under it, and the line that undoes the selected one with a reason."""
    grid = QGridLayout(box)
    for column_no, widget in enumerate(entry):
        grid.addWidget(widget, 0, column_no)
    last = len(entry) - 1
    grid.addWidget(view, 1, 0, 1, len(entry))
    grid.addWidget(undo_reason, 2, 0, 1, last)
    grid.addWidget(undo_button, 2, last)
    grid.setColumnStretch(last - 1, 1)


def _label_for(text: str, field: QWidget) -> QLabel:
    """A label whose mnemonic (&D, &T …) puts the keyboard in ``field``."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def _table(model: RowsModel, stretch: int | None = None, name: str = "") -> QTableView:  # type: ignore[type-arg]
    """A read-only, row-selecting table; ``stretch`` is the column that takes the spare width, ``name`` the object
    name tests find it by."""
    view = table_view(model, single=True, stretch=stretch, row_numbers=False)
    view.verticalHeader().setDefaultSectionSize(24)
    if name:
        view.setObjectName(name)
    return view


class ScoringExtras(QWidget):
    """Deductions, time used and disqualifications of the drawn contestants, by blind code."""

    changed = Signal()  # scores changed: the scoring page reloads its grid

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scores: dict[str, ContestantScore] = {}
        self.status_labels: dict[str, str] = {s.value: s.label for s in ROOM_STATUSES}
        who_label = self._build_who()
        self._build_overview()
        deduct_box = self._build_deductions()
        time_box, time_grid = self._build_time()
        self._build_status(time_grid)
        self._build_disqualifications()
        self._build_layout(who_label, deduct_box, time_box)
        self._build_tab_order()

    def _build_who(self) -> QLabel:
        tr = self.tr
        # who: one contestant at a time, picked by typing the blind code or from the overview
        self.contestant = QComboBox()
        self.contestant.setObjectName("extrasContestant")
        self.contestant.currentIndexChanged.connect(lambda _i: self.show_contestant())
        who_label = QLabel(tr("加密号(&B)"))
        who_label.setBuddy(self.contestant)
        self.summary = QLabel()
        self.summary.setObjectName("extrasSummary")
        return who_label

    def _build_overview(self) -> None:
        tr = self.tr
        self.overview: RowsModel[ContestantScore] = RowsModel([
            Column(tr("加密号"), lambda c: c.blind_code),
            Column(tr("状态"), lambda c: self.status_labels.get(c.status, c.status),
                   colour=lambda c: style.NOT_COMPETED_GREY if c.status != COMPETED else None),
            Column(tr("扣分"), lambda c: _points(self.deducted(c)) if self.deducted(c) else "",
                   colour=lambda c: style.PALE_YELLOW if self.deducted(c) else None),
            Column(tr("用时"), lambda c: self.duration(c.time_used_s)),
            Column(tr("取消资格"), self.dq_text, colour=lambda c: style.PALE_RED if self.dq_text(c) else None),
            Column(tr("总分"), lambda c: _total(c.total) if self.is_head() else "—"),
        ], self)
        self.overview_view = _table(self.overview)
        self.overview_view.setMinimumWidth(460)
        self.overview_view.setObjectName("extrasOverview")
        self.overview_view.clicked.connect(lambda index: self.select(self.overview.row_at(index.row()).blind_code))

    def _build_deductions(self) -> QGroupBox:
        tr = self.tr
        # 扣分
        self.amount = QLineEdit()
        self.amount.setObjectName("deductAmount")
        self.amount.setPlaceholderText(tr("如 2 或 0.5"))
        self.amount.setMaximumWidth(90)
        self.deduct_module = _module_choice()
        self.deduct_reason, self.deduct_button = _reason_and_button(
            tr("必填：违规情况，如“未戴护目镜”"), tr("扣分"), self.add_deduction)
        self.amount.returnPressed.connect(self.deduct_reason.setFocus)
        self.deductions: RowsModel[DeductionView] = RowsModel([
            Column(tr("编号"), lambda d: d.id),
            Column(tr("加密号"), lambda d: d.blind_code),
            Column(tr("扣自"), lambda d: self.module_text(d.module, tr("项目总分"))),
            Column(tr("扣分"), lambda d: _points(d.amount)),
            Column(tr("原因"), lambda d: d.reason),
            Column(tr("录入人"), lambda d: d.by),
        ], self)
        self.deductions_view = _table(self.deductions, stretch=4, name="deductionList")
        self.cancel_reason, self.cancel_button = _reason_and_button(
            tr("撤销所选扣分的原因（必填）"), tr("撤销所选扣分"), self.cancel_deduction)
        deduct_box = QGroupBox(tr("扣分（安全或违规行为）"))
        _entry_over_list(deduct_box, [_label_for(tr("扣分(&D)"), self.amount), self.amount, QLabel(tr("扣自")),
                                      self.deduct_module, QLabel(tr("原因")), self.deduct_reason, self.deduct_button],
                         self.deductions_view, self.cancel_reason, self.cancel_button)
        return deduct_box

    def _build_time(self) -> tuple[QGroupBox, QGridLayout]:
        tr = self.tr
        # 用时
        self.minutes = QSpinBox()
        self.minutes.setObjectName("timeMinutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(tr(" 分"))
        self.seconds = QSpinBox()
        self.seconds.setObjectName("timeSeconds")
        self.seconds.setRange(0, 59)
        self.seconds.setSuffix(tr(" 秒"))
        self.time_reason, self.time_button = _reason_and_button(
            tr("修改已记录的用时须填写原因"), tr("记录用时"), self.record_time)
        self.time_now = QLabel()
        time_box = QGroupBox(tr("用时"))
        t = QGridLayout(time_box)
        t.addWidget(_label_for(tr("用时(&T)"), self.minutes), 0, 0)
        t.addWidget(self.minutes, 0, 1)
        t.addWidget(self.seconds, 0, 2)
        t.addWidget(QLabel(tr("原因")), 0, 3)
        t.addWidget(self.time_reason, 0, 4)
        t.addWidget(self.time_button, 0, 5)
        t.addWidget(self.time_now, 1, 0, 1, 6)
        return time_box, t

    def _build_status(self, t: QGridLayout) -> None:
        """Rows under the time in the same grid (the fields line up)."""
        tr = self.tr
        # 参赛状态 by blind code: the scoring room sees who gave up at the station; the desk's record (by name)
        # joins only after decryption, so a withdrawal after the draw is recorded here for the lock.
        self.status_choice = QComboBox()
        self.status_choice.setObjectName("statusChoice")
        for key in (COMPETED, WITHDREW, ABSENT):
            self.status_choice.addItem(self.status_labels[key.value], key.value)
        self.status_reason, self.status_button = _reason_and_button(
            tr("必填：如“10:20 离场放弃”"), tr("登记状态"), self.record_status)
        t.addWidget(_label_for(tr("参赛状态(&S)"), self.status_choice), 2, 0)
        t.addWidget(self.status_choice, 2, 1, 1, 2)
        t.addWidget(QLabel(tr("原因")), 2, 3)
        t.addWidget(self.status_reason, 2, 4)
        t.addWidget(self.status_button, 2, 5)
        t.setColumnStretch(4, 1)

    def _build_disqualifications(self) -> None:
        tr = self.tr
        # 取消资格 (head judge)
        self.dq_module = _module_choice()
        self.dq_reason, self.dq_button = _reason_and_button(tr("必填：如“夹带资料”"), tr("取消资格"), self.disqualify)
        self.disqualifications: RowsModel[DisqualificationView] = RowsModel([
            Column(tr("编号"), lambda d: d.id),
            Column(tr("加密号"), lambda d: d.blind_code),
            Column(tr("范围"), lambda d: self.module_text(d.module, tr("全项目（不排名）"))),
            Column(tr("原因"), lambda d: d.reason),
            Column(tr("决定人"), lambda d: d.by),
        ], self)
        self.dq_view = _table(self.disqualifications, stretch=3, name="disqualificationList")
        self.revoke_reason, self.revoke_button = _reason_and_button(
            tr("撤销所选取消资格的原因（必填）"), tr("撤销所选取消资格"), self.revoke)
        self.dq_box = QGroupBox(tr("取消资格（裁判长）"))
        _entry_over_list(self.dq_box, [_label_for(tr("范围(&Q)"), self.dq_module), self.dq_module,
                                       QLabel(tr("原因")), self.dq_reason, self.dq_button],
                         self.dq_view, self.revoke_reason, self.revoke_button)

    def _build_layout(self, who_label: QLabel, deduct_box: QGroupBox, time_box: QGroupBox) -> None:
        self.message = note()
        self.message.setObjectName("extrasMessage")
        forms = QWidget()
        column((deduct_box, 3), time_box, (self.dq_box, 2), parent=forms).setContentsMargins(0, 0, 0, 0)
        split = QSplitter()
        split.addWidget(self.overview_view)
        split.addWidget(forms)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        column(row(who_label, self.contestant, (self.summary, 1), end=False), (split, 1), self.message, parent=self)

    def _build_tab_order(self) -> None:
        self.setTabOrder(self.contestant, self.amount)
        for a, b in ((self.amount, self.deduct_module), (self.deduct_module, self.deduct_reason),
                     (self.deduct_reason, self.deduct_button), (self.deduct_button, self.minutes),
                     (self.minutes, self.seconds), (self.seconds, self.time_reason),
                     (self.time_reason, self.time_button), (self.time_button, self.status_choice),
                     (self.status_choice, self.status_reason), (self.status_reason, self.status_button),
                     (self.status_button, self.dq_module),
                     (self.dq_module, self.dq_reason), (self.dq_reason, self.dq_button)):
            self.setTabOrder(a, b)

    # ------------------------------------------------------------------ display helpers

    def is_head(self) -> bool:
        return self.ctx.actor.role == Role.HEAD_JUDGE

    @staticmethod
    def deducted(c: ContestantScore) -> Decimal:
        return c.item_deductions + sum((m.deductions for m in c.modules), Decimal(0))

    def duration(self, seconds: int | None) -> str:
        if seconds is None:
            return ""
        return self.tr("{m} 分 {s} 秒").format(m=seconds // 60, s=f"{seconds % 60:02d}")

    def dq_text(self, c: ContestantScore) -> str:
        if c.disqualified:
            return self.tr("全项目")
        return "、".join(self.tr("模块 {m}").format(m=m.module) for m in c.modules if m.disqualified)

    def module_text(self, module: str | None, whole: str) -> str:
        return self.tr("模块 {m}").format(m=module) if module else whole

    def current_code(self) -> str:
        return str(self.contestant.currentData() or "")

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Reload everything from the services and enable what the signed-in role may do."""
        self.say("", error=False)
        role = self.ctx.actor.role
        may_score, head = role in (Role.JUDGE, Role.HEAD_JUDGE), role == Role.HEAD_JUDGE
        for w in (self.amount, self.deduct_module, self.deduct_reason, self.deduct_button, self.cancel_reason,
                  self.cancel_button, self.minutes, self.seconds, self.time_reason, self.time_button,
                  self.status_choice, self.status_reason, self.status_button):
            w.setEnabled(may_score)
        self.dq_box.setEnabled(head)
        self.dq_box.setToolTip("" if head else self.tr("只有裁判长可以取消资格或撤销取消资格"))

        modules = [(m.code, m.name) for m in scheme.get_scheme(self.ctx.venue).modules]
        for combo, whole in ((self.deduct_module, self.tr("项目总分")), (self.dq_module, self.tr("全项目（不排名）"))):
            keep = combo.currentData()
            combo.clear()
            combo.addItem(whole, None)
            for code, name in modules:
                combo.addItem(f"{code} {name}", code)
            combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)

        scores = scoring.totals(self.ctx.venue)
        self.scores = {c.blind_code: c for c in scores}
        self.overview.set_rows(scores)
        self.deductions.set_rows(scoring.list_deductions(self.ctx.venue))
        self.disqualifications.set_rows(list_disqualifications(self.ctx.venue))
        keep_code = self.current_code()
        self.contestant.blockSignals(True)
        self.contestant.clear()
        for c in scores:
            self.contestant.addItem(c.blind_code, c.blind_code)
        if keep_code:
            self.contestant.setCurrentIndex(max(0, self.contestant.findData(keep_code)))
        self.contestant.blockSignals(False)
        if not scores:
            self.say(self.tr("还没有抽签：抽签后这里按加密号列出选手。"), error=False)
        elif not may_score:
            self.say(self.tr("只有裁判员和裁判长可以扣分和记录用时。"), error=False)
        self.show_contestant()

    def select(self, blind_code: str) -> None:
        self.contestant.setCurrentIndex(self.contestant.findData(blind_code))

    def show_contestant(self) -> None:
        """The summary line and the recorded time of the contestant chosen; the overview follows."""
        c = self.scores.get(self.current_code())
        if c is None:
            self.summary.setText("")
            self.time_now.setText("")
            return
        parts = [self.status_labels.get(c.status, c.status)]
        if self.deducted(c):
            parts.append(self.tr("扣分 {d}").format(d=_points(self.deducted(c))))
        if c.time_used_s is not None:
            parts.append(self.tr("用时 {t}").format(t=self.duration(c.time_used_s)))
        if self.dq_text(c):
            parts.append(self.tr("取消资格：{w}").format(w=self.dq_text(c)))
        if self.is_head():
            parts.append(self.tr("总分 {t}").format(t=_total(c.total)))
        self.summary.setText(" · ".join(parts))
        if c.time_used_s is None:
            self.time_now.setText(self.tr("尚未记录用时。"))
            self.minutes.setValue(0)
            self.seconds.setValue(0)
        else:
            self.time_now.setText(self.tr("已记录 {t}：再次记录即为修改，须填写原因。").format(
                t=self.duration(c.time_used_s)))
            self.minutes.setValue(c.time_used_s // 60)
            self.seconds.setValue(c.time_used_s % 60)
        row = next((i for i, r in enumerate(self.overview.rows) if r.blind_code == c.blind_code), None)
        if row is not None:
            self.overview_view.selectionModel().setCurrentIndex(
                self.overview.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def say(self, text: str, error: bool) -> None:
        self.message.setStyleSheet(style.ERROR_STYLE if error else "")
        self.message.setText(text)

    def done(self, text: str) -> None:
        """After a change: reload, tell the grid and the other pages, say what was saved."""
        self.refresh()
        self.changed.emit()
        self.ctx.bus.data_changed.emit("scores")
        self.say(text, error=False)

    def _selected(self, view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _picked_code(self) -> str:
        """The blind code the form acts on; says what to do (and gives "") when none is chosen."""
        code = self.current_code()
        if not code:
            self.say(self.tr("请先选择加密号。"), error=True)
        return code

    def _picked_row(self, view: QTableView, missing: str) -> int | None:
        row = self._selected(view)
        if row is None:
            self.say(missing, error=True)
        return row

    def _attempt(self, refused: str, service: Callable[..., Any], *args: Any, focus: QWidget | None = None,
                 **kwargs: Any) -> Any:
        """``service(venue, actor, *args)``; a refusal is said on the page as ``refused`` ({r}: the reason), the
        cursor goes to ``focus``, and ``REFUSED`` comes back instead of a result."""
        try:
            return service(self.ctx.venue, self.ctx.actor, *args, **kwargs)
        except DomainError as exc:
            self.say(refused.format(r=exc.message), error=True)
            if focus is not None:
                focus.setFocus()
            return REFUSED

    # ------------------------------------------------------------------ actions

    def add_deduction(self) -> None:
        code, module = self._picked_code(), self.deduct_module.currentData()
        if not code:
            return
        d = self._attempt(self.tr("未扣分：{r}"), scoring.add_deduction, code, self.amount.text(),
                          self.deduct_reason.text(), module=module)
        if d is REFUSED:
            return
        self.amount.clear()
        self.deduct_reason.clear()
        self.amount.setFocus()
        self.done(self.tr("已扣分：{b} {w} 扣 {a} 分（{r}）").format(
            b=d.blind_code, w=self.module_text(d.module, self.tr("项目总分")), a=_points(d.amount), r=d.reason))

    def cancel_deduction(self) -> None:
        row = self._picked_row(self.deductions_view, self.tr("请先在扣分记录中选择要撤销的一条。"))
        if row is None:
            return
        d = self.deductions.row_at(row)
        if self._attempt(self.tr("未撤销：{r}"), scoring.cancel_deduction, d.id, self.cancel_reason.text()) is REFUSED:
            return
        self.cancel_reason.clear()
        self.done(self.tr("已撤销扣分 {id}：{b} {a} 分").format(id=d.id, b=d.blind_code, a=_points(d.amount)))

    def record_time(self) -> None:
        code = self._picked_code()
        if not code:
            return
        seconds = self.minutes.value() * 60 + self.seconds.value()
        if self._attempt(self.tr("未记录：{r}"), scoring.record_time, code, seconds, self.time_reason.text(),
                         focus=self.time_reason) is REFUSED:
            return
        self.time_reason.clear()
        self.done(self.tr("已记录用时：{b} {t}").format(b=code, t=self.duration(seconds)))

    def record_status(self) -> None:
        code, status = self._picked_code(), self.status_choice.currentData()
        if not code:
            return
        row = self._attempt(self.tr("未登记：{r}"), scoring.record_status, code, status, self.status_reason.text(),
                            focus=self.status_reason)
        if row is REFUSED:
            return
        self.status_reason.clear()
        self.done(self.tr("已登记：{b} {s}").format(b=row.blind_code, s=self.status_labels.get(row.status, row.status)))

    def disqualify(self) -> None:
        code, module = self._picked_code(), self.dq_module.currentData()
        if not code:
            return
        if self._attempt(self.tr("未取消资格：{r}"), scoring.disqualify, code, self.dq_reason.text(),
                         module=module) is REFUSED:
            return
        self.dq_reason.clear()
        self.done(self.tr("已取消资格：{b} {w}").format(
            b=code, w=self.module_text(module, self.tr("全项目（不排名）"))))

    def revoke(self) -> None:
        row = self._picked_row(self.dq_view, self.tr("请先在取消资格记录中选择要撤销的一条。"))
        if row is None:
            return
        d = self.disqualifications.row_at(row)
        if self._attempt(self.tr("未撤销：{r}"), scoring.revoke_disqualification, d.id,
                         self.revoke_reason.text()) is REFUSED:
            return
        self.revoke_reason.clear()
        self.done(self.tr("已撤销取消资格 {id}：{b}").format(id=d.id, b=d.blind_code))
