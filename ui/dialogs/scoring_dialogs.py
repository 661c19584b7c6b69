"""Dialogs of the scoring page: a correction (new value + required reason) and a cell's history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.roles import Role
from app.services import scoring
from app.services.scoring import HistoryItem, Saved
from ui import style
from ui.context import UiContext
from ui.dialogs.form_dialog import FormDialog
from ui.models.table import Column, RowsModel
from ui.screen_fit import widen_for_text


class CorrectionDialog(FormDialog):
    """更正: the new value and a reason, both required; the service refuses anything else in place."""

    def __init__(
        self, ctx: UiContext, blind_code: str, criterion: str, kind: str, current: str,
        judges: list[str] | None = None, parent: QWidget | None = None,
        by_judge: tuple[tuple[str, str], ...] = (),
    ) -> None:
        super().__init__(self.tr("更正分数"), parent)
        self.ctx, self.blind_code, self.criterion = ctx, blind_code, criterion
        self.saved: Saved | None = None
        form = self.form_layout
        form.addRow(self.tr("加密号"), QLabel(blind_code))
        form.addRow(self.tr("评分项"), QLabel(criterion))
        # 现值 names each judge's value ("J1 李建国 0 · J2 陈静 2 …"), not a bare "0 · 2 · 2".
        self.by_judge = dict(by_judge)
        panel = " · ".join(f"{j} {v}" for j, v in by_judge)
        self.judge = QComboBox()
        self.judge_value = QLabel()
        if kind == "J" and ctx.actor.role == Role.HEAD_JUDGE:
            names = list(judges or [])
            names += [j for j, _v in by_judge if j not in names]
            self.judge.addItems(names)
            form.addRow(self.tr("现值（全体裁判）"), QLabel(panel or current or self.tr("（无）")))
            form.addRow(self.tr("更正哪位裁判"), self.judge)
            form.addRow(self.tr("该裁判现值"), self.judge_value)
            self.judge.currentTextChanged.connect(self._show_judge_value)
            self._show_judge_value(self.judge.currentText())
        else:
            form.addRow(self.tr("现值"), QLabel(current or self.tr("（无）")))
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("0–3 的整数") if kind == "J" else self.tr("测量分"))
        form.addRow(self.tr("更正为"), self.value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("必填：为什么更正（如“复议后统一意见”）"))
        widen_for_text(self.reason)  # the placeholder is read whole, not cut
        form.addRow(self.tr("原因"), self.reason)
        self._finish(self.save, self.tr("保存更正"))

    def _show_judge_value(self, judge: str) -> None:
        self.judge_value.setText(self.by_judge.get(judge, "–") if judge else "")

    def save(self) -> None:
        if not self.reason.text().strip():
            self.error.setText(self.tr("请填写更正原因"))
            self.reason.setFocus()
            return
        judge = self.judge.currentText() or None if self.judge.count() else None
        try:
            self.saved = scoring.correct(self.ctx.venue, self.ctx.actor, self.blind_code, self.criterion,
                                         self.value.text(), self.reason.text(), judge=judge)
        except DomainError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class HistoryDialog(QDialog):
    """Every number ever typed in one cell: who, when, what kind, why; the current one marked."""

    def __init__(self, items: list[HistoryItem], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        tr = self.tr
        self.model: RowsModel[HistoryItem] = RowsModel([
            Column(tr("编号"), lambda h: h.id),
            Column(tr("类别"), lambda h: h.kind_label),
            Column(tr("裁判"), lambda h: h.judge or ""),
            Column(tr("分数"), lambda h: h.value),
            Column(tr("录入人"), lambda h: h.entered_by),
            Column(tr("时间"), lambda h: h.at.strftime("%m-%d %H:%M:%S")),
            Column(tr("原因"), lambda h: h.reason or ""),
            Column(tr("取代"), lambda h: h.supersedes or ""),
            Column(tr("现值"), lambda h: tr("是") if h.current else "", colour=lambda h: style.PALE_GREEN if h.current else None),
        ], self)
        self.model.set_rows(items)
        table = QTableView()
        table.setModel(self.model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("记录只增不改：更正是一条新记录，指向被取代的那条。")))
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(760, 320)
