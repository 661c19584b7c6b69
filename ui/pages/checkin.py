"""检录: the desk's queue page.  One input takes a scanned or typed ID number / 报名号 + Enter and shows the
person; Enter (or space) on the empty input confirms.  F6 缺考, F7 弃权, F8 撤销 (with a reason).

Refusals (not on the roster, already checked in) are shown on the page in red, not in a modal box, so the
queue keeps moving and the scanner's next Enter is never swallowed by a dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.roles import Role
from app.services import checkin, checkin_state
from app.services import venue as venue_service
from app.services.checkin import CheckinCard, GroupCounts
from app.vocab import ABSENT, CHECKED_IN, REGISTERED, WITHDREW, status_label
from ui import style
from ui.context import UiContext
from ui.models.table import Column, RowsModel, filter_proxy, table_view
from ui.pages.base import Page

OK_COLOUR = style.DESK_OK
REFUSED_COLOUR = style.DESK_REFUSED
STATUS_COLOURS: dict[str, str] = {CHECKED_IN: style.PALE_GREEN, ABSENT: style.PALE_RED, WITHDREW: style.PALE_YELLOW}


class CardView(QFrame):
    """The person at the desk: large name, the facts to compare with the ID card, status and station."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel()
        self.name.setFont(style.enlarged(self.font(), 10, bold=True))
        self.fields = {key: QLabel() for key in ("reg_no", "gender", "group", "unit", "id", "flags", "status", "station")}
        for label in self.fields.values():
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = style.enlarged(self.font(), 6, bold=True)
        self.fields["station"].setFont(big)
        self.fields["status"].setFont(big)
        form = QFormLayout()
        for key, title in (("reg_no", self.tr("报名号")), ("gender", self.tr("性别")), ("group", self.tr("组别")),
                           ("unit", self.tr("单位/学校")),
                           ("id", self.tr("身份证号")), ("flags", self.tr("资格审核")), ("status", self.tr("状态")),
                           ("station", self.tr("工位号"))):
            form.addRow(title, self.fields[key])
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addLayout(form)
        layout.addStretch(1)
        self.show_card(None)

    def show_card(self, card: CheckinCard | None) -> None:
        if card is None:
            self.name.setText(self.tr("请扫描证件或输入号码"))
            for label in self.fields.values():
                label.clear()
            return
        self.name.setText(card.name + (self.tr("（补报）") if card.late_entry else ""))
        self.fields["reg_no"].setText(card.reg_no)
        self.fields["gender"].setText(card.gender)
        self.fields["group"].setText(card.group or self.tr("不分组"))
        self.fields["unit"].setText(card.unit)
        self.fields["id"].setText(card.id_masked)
        self.fields["flags"].setText(card.flag_text)
        style.restyle(self.fields["flags"], style.text_style(REFUSED_COLOUR) if card.has_problem else "")
        self.fields["status"].setText(card.status_text)
        self.fields["station"].setText(card.station_text)


class CheckinPage(Page):
    room = "checkin"
    loads_when_built = True  # __init__ ends with refresh()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.card: CheckinCard | None = None
        self._row_of: dict[int, int] = {}  # contestant id → row of the table's model
        self._group_counts: list[GroupCounts] = []
        self._build_scan()
        self._build_buttons()
        self._build_counts()
        self._build_table()
        self._build_layout()
        self.refresh()

    def _build_scan(self) -> None:
        tr = self.tr
        self.scan = QLineEdit()
        self.scan.setObjectName("scanInput")
        self.scan.setPlaceholderText(tr("扫描或输入身份证号 / 报名号，按回车"))
        self.scan.setToolTip(tr("扫描或输入后按回车显示选手；核对证件后再按回车或空格确认检录。"
                                "F6 缺考，F7 弃权，F8 撤销，Esc 清除"))
        self.scan.setFont(style.enlarged(self.scan.font(), 6))
        self.scan.returnPressed.connect(self.on_enter)
        self.scan.installEventFilter(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("checkinMessage")
        # Ignore the text's width so a long refusal wraps inside the column instead of widening it.
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message.setMinimumHeight(self.message.fontMetrics().height() * 3)
        self.card_view = CardView()

    def _build_buttons(self) -> None:
        tr = self.tr
        self.confirm_button = QPushButton(tr("确认检录（回车）"))
        self.absent_button = QPushButton(tr("缺考（F6）"))
        self.withdrew_button = QPushButton(tr("弃权（F7）"))
        self.undo_button = QPushButton(tr("撤销…（F8）"))
        self.late_button = QPushButton(tr("补报选手…"))
        self.confirm_button.clicked.connect(self.confirm)
        self.absent_button.clicked.connect(self.mark_absent)
        self.withdrew_button.clicked.connect(self.mark_withdrew)
        self.undo_button.clicked.connect(lambda: self.undo())
        self.late_button.clicked.connect(self.add_late_entry)
        for key, slot in ((Qt.Key.Key_F6, self.mark_absent), (Qt.Key.Key_F7, self.mark_withdrew),
                          (Qt.Key.Key_F8, lambda: self.undo())):
            QShortcut(QKeySequence(key), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for b in (self.confirm_button, self.absent_button, self.withdrew_button, self.undo_button, self.late_button):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click must not steal the scanner's focus

    def _build_counts(self) -> None:
        tr = self.tr
        self.counts: RowsModel[GroupCounts] = RowsModel([
            Column(tr("组别"), lambda r: r.group or tr("全部")),
            Column(tr("报名"), lambda r: r.registered),
            Column(tr("已检录"), lambda r: r.checked_in),
            Column(tr("缺考"), lambda r: r.absent),
            Column(tr("弃权"), lambda r: r.withdrew),
            Column(tr("待检录"), lambda r: r.waiting),
        ], self)
        self.counts_view = QTableView()
        self.counts_view.setModel(self.counts)
        self.counts_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.counts_view.verticalHeader().hide()
        self.counts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.counts_view.setMaximumHeight(120)

    def _build_table(self) -> None:
        tr = self.tr
        self.model: RowsModel[CheckinCard] = RowsModel([
            Column(tr("报名号"), lambda c: c.reg_no),
            Column(tr("姓名"), lambda c: c.name),
            Column(tr("工位号"), lambda c: c.station or ""),
            Column(tr("组别"), lambda c: c.group),
            Column(tr("单位/学校"), lambda c: c.unit),
            Column(tr("身份证号"), lambda c: c.id_masked),
            # last, stretched: a long status (time, who) never pushes 工位号 out of view
            Column(tr("状态"), lambda c: c.status_text, colour=lambda c: STATUS_COLOURS.get(c.status)),
        ], self)
        self.proxy = filter_proxy(self.model, self)
        # Widths fitted to the contents once per full load (``refresh``), then widened for a changed row only:
        # ResizeToContents would measure every row again after each scan (seconds at 4,600 people).
        self.table = table_view(self.proxy, single=True, sortable=True, resize=QHeaderView.ResizeMode.Interactive)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self.pick_row)  # Enter or double-click on a row loads that person
        self.table.horizontalHeader().setMaximumSectionSize(260)  # a long unit name does not push 状态 away
        self.table.installEventFilter(self)  # a scan while the list has the keyboard goes to the scan box
        if not venue_service.summary(self.ctx.venue).groups:
            self.table.hideColumn(3)  # 组别: the item has no groups
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("在名单中搜索：姓名、报名号、单位、状态……"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.returnPressed.connect(self.search_entered)

    def _build_layout(self) -> None:
        tr = self.tr
        left = QVBoxLayout()
        left.addWidget(self.scan)
        left.addWidget(self.message)
        left.addWidget(self.card_view, 1)
        buttons = QHBoxLayout()
        for b in (self.confirm_button, self.absent_button, self.withdrew_button, self.undo_button):
            buttons.addWidget(b)
        left.addLayout(buttons)
        late_row = QHBoxLayout()
        late_row.addStretch(1)
        late_row.addWidget(self.late_button)
        left.addLayout(late_row)
        right = QVBoxLayout()
        box = QGroupBox(tr("检录进度"))
        QVBoxLayout(box).addWidget(self.counts_view)
        right.addWidget(box)
        right.addWidget(self.search)
        right.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    def page_title(self) -> str:
        return self.tr("检录")

    # ------------------------------------------------------------------ state

    def focus_first_task(self) -> None:
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)  # a scanned ID number lands in the scan box

    def may_view(self) -> bool:
        return self.ctx.actor.role in checkin_state.VIEW_ROLES

    def may_record(self) -> bool:
        return self.ctx.actor.role in checkin_state.DESK_ROLES

    def refresh(self) -> None:
        if not self.may_view():
            self.model.set_rows([])
            self.counts.set_rows([])
            self.scan.setEnabled(False)
            self.say(self.tr("检录页面仅限检录员和裁判长使用。"), ok=False)
            self._update_buttons()
            return
        self.scan.setEnabled(True)
        self._show_counts(checkin.counts(self.ctx.venue))
        self.model.set_rows(checkin.list_cards(self.ctx.venue, self.ctx.actor))
        self._row_of = {c.contestant_id: i for i, c in enumerate(self.model.rows)}
        self.table.resizeColumnsToContents()
        if self.card is not None:
            self.card = next((c for c in self.model.rows if c.contestant_id == self.card.contestant_id), None)
            self.card_view.show_card(self.card)
        self._update_buttons()

    def _show_counts(self, rows: list[GroupCounts]) -> None:
        self._group_counts = rows
        shown = [*rows, checkin.total(rows)] if len(rows) > 1 else rows
        if len(shown) != len(self.counts.rows):
            self.counts.set_rows(shown)
            return
        for i, (old, new) in enumerate(zip(self.counts.rows, shown, strict=True)):
            if old != new:  # after a scan: the person's group and the total; no reset of the whole table
                self.counts.replace_row(i, new)

    def _show_changed(self, card: CheckinCard) -> None:
        """After this desk changed one person: that row and the counts, not the whole roster again (a scan
        must cost the same with 0 or 4,500 people in).  Gives what ``refresh`` gives (tests/ui/test_checkin_page.py)."""
        row = self._row_of.get(card.contestant_id)
        if row is None:  # not listed yet (added elsewhere meanwhile): the long way
            self.refresh()
            return
        before = self.model.row_at(row)
        self.model.replace_row(row, card)
        self._fit_row(row)
        self._show_counts(checkin.counts_after(self._group_counts, card.group, before.status, card.status))
        self._update_buttons()

    def _fit_row(self, row: int) -> None:
        """Widen a column that the changed row's text no longer fits (the status gains a time and a name)."""
        metrics = self.table.fontMetrics()
        last = self.model.columnCount() - 1
        for col in range(last):  # the last column stretches
            text = str(self.model.data(self.model.index(row, col)) or "")
            needed = metrics.horizontalAdvance(text) + 2 * metrics.averageCharWidth() + 8
            if not self.table.isColumnHidden(col) and needed > self.table.columnWidth(col):
                self.table.setColumnWidth(col, needed)

    def _update_buttons(self) -> None:
        card, may = self.card, self.may_record()
        waiting = card is not None and card.status == REGISTERED
        self.confirm_button.setEnabled(may and waiting)
        self.absent_button.setEnabled(may and waiting)
        self.withdrew_button.setEnabled(may and card is not None and card.status in (REGISTERED,
                                                                                     CHECKED_IN))
        self.undo_button.setEnabled(may and card is not None and card.status != REGISTERED)
        self.late_button.setVisible(self.ctx.actor.role == Role.HEAD_JUDGE)

    def say(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        style.restyle(self.message, style.text_style(OK_COLOUR if ok else REFUSED_COLOUR, bold=True))

    def _run(self, fn: Callable[..., CheckinCard], *args: object) -> CheckinCard | None:
        """Call a desk service; a refusal is shown on the page (not in a modal box)."""
        try:
            card = fn(self.ctx.venue, self.ctx.actor, *args)
        except DomainError as exc:
            self.say(exc.message, ok=False)
            return None
        self.ctx.bus.data_changed.emit(self.room)
        self.card = card
        self._show_changed(card)
        self.card_view.show_card(card)
        return card

    # ------------------------------------------------------------------ keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.text().isalnum():
            self.scan.setFocus(Qt.FocusReason.OtherFocusReason)  # the scanner's keystrokes, and its Enter, follow
            self.scan.insert(event.text())
            return True
        if watched is self.scan and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Space and not self.scan.text().strip():
                self.confirm()
                return True
            # The F-keys are also page shortcuts; a shortcut consumes the key before it gets here, so this
            # only runs when the key reaches the input directly (no double action).
            keyed: dict[int, Callable[[], None]] = {
                Qt.Key.Key_F6.value: self.mark_absent, Qt.Key.Key_F7.value: self.mark_withdrew,
                Qt.Key.Key_F8.value: self.undo,
            }
            if int(key) in keyed:
                keyed[int(key)]()
                return True
            if key == Qt.Key.Key_Escape:
                self.scan.clear()
                self.show_card_for(None)
                return True
        return super().eventFilter(watched, event)

    def search_entered(self) -> None:
        """Enter in the search box after a number (a scan that landed there, or a typed 报名号): that person's
        card, as in the scan box; the list filter is cleared."""
        text = "".join(self.search.text().split())
        if len(text) >= 4 and text.upper().rstrip("X").isdigit():
            self.search.clear()
            self.lookup(text)

    def on_enter(self) -> None:
        text = self.scan.text().strip()
        self.scan.clear()
        if text:
            self.lookup(text)
        elif self.card is not None and self.card.status == REGISTERED:
            self.confirm()

    # ------------------------------------------------------------------ actions

    def show_card_for(self, card: CheckinCard | None) -> None:
        self.card = card
        self.card_view.show_card(card)
        self.message.clear()
        self._update_buttons()

    def lookup(self, text: str) -> None:
        try:
            card = checkin.lookup(self.ctx.venue, self.ctx.actor, text)
        except DomainError as exc:
            self.show_card_for(None)
            self.say(exc.message, ok=False)
            return
        self.show_card_for(card)
        if card.status == REGISTERED:
            self.say(self.tr("请核对证件，按回车或空格确认检录"), ok=True)
        else:
            self.say(self.tr("该选手已是“{s}”").format(s=card.status_text), ok=False)
        self.scan.setFocus()

    def confirm(self) -> None:
        if self.card is None:
            self.say(self.tr("请先扫描证件或输入号码"), ok=False)
            return
        card = self._run(checkin.check_in, self.card.contestant_id)
        if card is not None:
            station = self.tr("，工位号 {s}").format(s=card.station) if card.station else ""
            self.say(self.tr("{name} 已检录{station}").format(name=card.name, station=station), ok=True)
        self.scan.setFocus()

    def mark_absent(self) -> None:
        if self.card is not None and (card := self._run(checkin.mark_absent, self.card.contestant_id)):
            self.say(self.tr("{name} 已登记缺考").format(name=card.name), ok=True)
        self.scan.setFocus()

    def mark_withdrew(self) -> None:
        if self.card is not None and (card := self._run(checkin.mark_withdrew, self.card.contestant_id)):
            self.say(self.tr("{name} 已登记弃权").format(name=card.name), ok=True)
        self.scan.setFocus()

    def undo(self, reason: str | None = None) -> None:
        """Back to 未检录; ``reason`` is asked for when not given (the tests give it)."""
        if self.card is None or self.card.status == REGISTERED:
            self.say(self.tr("请先选择一名已登记状态的选手"), ok=False)
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("撤销"), self.tr("撤销 {name} 的“{s}”，原因：").format(
                name=self.card.name, s=status_label(self.card.status)))
            if not ok:
                return
        if card := self._run(checkin.undo, self.card.contestant_id, reason):
            self.say(self.tr("已撤销，{name} 恢复为未检录").format(name=card.name), ok=True)
        self.scan.setFocus()

    def pick_row(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.show_card_for(self.model.row_at(self.proxy.mapToSource(rows[0]).row()))
            self.scan.setFocus()

    def add_late_entry(self) -> None:
        from ui.dialogs.contestant_form import ContestantDialog

        if ContestantDialog(self.ctx, None, self).exec():
            self.ctx.bus.data_changed.emit("roster")
            self.refresh()


PAGE = CheckinPage
