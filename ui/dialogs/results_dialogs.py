"""The head judge's dialogs on the results page: a tie decision (with a reason) and the sign-off (passphrase)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from app.services.results import ALL_HIGHER, ORDER, TieView
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.secret import password_field


class TieDecisionDialog(FormDialog):
    """Both get the higher award, or an order (drag to reorder, best first).  OK needs a reason."""

    def __init__(self, tie: TieView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("裁定并列名次"), parent)
        self.tie = tie
        self.setMinimumWidth(460)
        awards = "/".join(a or self.tr("无奖项") for a in dict.fromkeys(tie.awards))
        self._explain(self.tr("{group}第 {rank} 名并列，跨越{awards}界线。并列不得随机决定，请记录裁定及理由（将打印在成绩汇总表上）。")
                      .format(group=(tie.group + "，") if tie.group else "", rank=tie.rank, awards=awards))
        self.all_higher = QRadioButton(self.tr("并列者均获较高奖项"))
        self.by_order = QRadioButton(self.tr("按确定的顺序（如加试一项后），拖动排序，靠前者名次在前"))
        self.all_higher.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_higher)
        group.addButton(self.by_order)
        self.order = QListWidget()
        self.order.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for label, reg_no in zip(tie.labels, tie.contestants, strict=True):
            item = QListWidgetItem(f"{label}（{reg_no}）")
            item.setData(Qt.ItemDataRole.UserRole, reg_no)
            self.order.addItem(item)
        self.order.setEnabled(False)
        self.by_order.toggled.connect(self.order.setEnabled)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("例如：总分及各模块分均相同，经裁判组合议……"))
        self.reason.setMaximumHeight(90)
        for w in (self.all_higher, self.by_order, self.order, QLabel(self.tr("裁定理由（必填）")), self.reason):
            self.form_layout.addRow(w)
        self._finish(self.accept)
        self._ok_only_when(lambda: bool(self.reason.toPlainText().strip()), self.reason.textChanged)

    def resolution(self) -> str:
        return ORDER if self.by_order.isChecked() else ALL_HIGHER

    def ordered(self) -> list[str]:
        return [self.order.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.order.count())]

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()


class SignOffDialog(FormDialog):
    """裁判长签字确认: the head judge's passphrase (the revision is signed with the venue key); a new revision
    also needs a reason."""

    def __init__(self, name: str, revision_number: int, needs_reason: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("签字确认成绩") if not needs_reason else self.tr("生成新版本"), parent)
        self.needs_reason = needs_reason
        text = (self.tr("签字确认后成绩冻结为第 {n} 版；之后的更正将生成新版本，旧版本始终可查。")
                if not needs_reason else
                self.tr("成绩在签字后有更正。确认后冻结为第 {n} 版，须填写理由（如复核更正）。"))
        text += self.tr("以裁判长口令用赛场密钥签名审计链（签名检查点会印在成绩报表上）。")
        self._explain(text.format(n=revision_number))
        self.name = QLineEdit(name)
        self.name.setReadOnly(True)
        self.passphrase = password_field(self.tr("裁判长口令（不是 PIN）"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("例如：复核后更正选手 A1 测量分"))
        form = self.form_layout
        form.addRow(self.tr("裁判长"), self.name)
        form.addRow(self.tr("裁判长口令"), self.passphrase)
        if needs_reason:
            form.addRow(self.tr("理由"), self.reason)
        self._finish(self.accept, self.tr("签字确认"))
        self._ok_only_when(self._ready, self.passphrase.textChanged, self.reason.textChanged)

    def _ready(self) -> bool:
        return bool(self.passphrase.text()) and (not self.needs_reason or bool(self.reason.text().strip()))
