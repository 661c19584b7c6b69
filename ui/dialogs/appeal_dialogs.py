"""The head judge's dialogs on the 申诉与仲裁 page: the publication period, recording an appeal, the panel's
decision, and a score correction made because of an upheld appeal.  Each calls its app/ service on OK and
shows a refusal in place (the dialog stays open, nothing typed is lost)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.errors import DomainError
from app.services import appeals, publication, scoring
from app.services.appeals import AppealView
from ui.context import UiContext
from ui.dialogs.form_dialog import FormDialog

if TYPE_CHECKING:
    from ui.pages.base import Page


def _when(edit: QDateTimeEdit) -> datetime:
    moment = edit.dateTime().toPython()
    assert isinstance(moment, datetime)
    return moment.astimezone()


def _time_edit(moment: datetime | None) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime(moment) if moment else QDateTime.currentDateTime())
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


class _ServiceDialog(FormDialog):
    """OK calls ``self.save()``; a DomainError is shown in the red line and the dialog stays open."""

    result_value: Any = None

    def _try(self, fn: Callable[[], Any]) -> None:
        try:
            self.result_value = fn()
        except DomainError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()


class PublicationDialog(_ServiceDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("成绩公示设置"), parent)
        self.ctx = ctx
        current = publication.get(ctx.venue)
        self.start = _time_edit(current.start)
        self.end = _time_edit(current.end)
        self.place = QLineEdit(current.appeal_place)
        self.place.setPlaceholderText(self.tr("如：实训楼 1 楼 赛务办公室"))
        self.contact = QLineEdit(current.appeal_contact)
        self.columns = {key: QCheckBox(self.tr(label)) for key, label in publication.COLUMNS.items()}
        boxes = QHBoxLayout()
        for key, box in self.columns.items():
            box.setChecked(key in current.columns)
            boxes.addWidget(box)
        self._rows(
            (self.tr("公示开始"), self.start),
            (self.tr("公示结束"), self.end),
            (self.tr("申诉受理地点"), self.place),
            (self.tr("受理人及电话"), self.contact),
            (self.tr("公示列"), boxes),
        )
        self._finish(self.save, self.tr("保存"), self.tr("取消"))
        self.resize(640, 0)

    def save(self) -> None:
        cols = [k for k, box in self.columns.items() if box.isChecked()]
        self._try(lambda: publication.set_publication(self.ctx.venue, self.ctx.actor, _when(self.start),
                                                      _when(self.end), self.place.text(), self.contact.text(), cols))


class RecordAppealDialog(_ServiceDialog):
    KINDS = (appeals.BLIND_CODE, appeals.CONTESTANT, appeals.TEAM_LEADER)

    def __init__(self, ctx: UiContext, groups: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("登记申诉"), parent)
        self.ctx = ctx
        self.kind = QComboBox()
        for k in self.KINDS:
            self.kind.addItem(self.tr(appeals.LODGER_LABELS[k]), k)
        self.lodger = QLineEdit()
        self.lodger.setPlaceholderText(self.tr("加密号；解密后可填选手姓名或报名号；领队填姓名"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("领队所在单位（领队申诉必填）"))
        self.concerns = QLineEdit()
        self.concerns.setPlaceholderText(self.tr("涉及的选手（加密号、姓名或报名号）；空 = 整个项目"))
        self.group = QComboBox()
        self.group.addItem(self.tr("（不限）"), "")
        for g in groups:
            self.group.addItem(g, g)
        self.lodged_at = _time_edit(None)
        self.grounds = QPlainTextEdit()
        self.grounds.setMaximumHeight(90)
        self.attachments: list[appeals.Attachment] = []
        self.attached = QListWidget()
        self.attached.setMaximumHeight(60)
        add = QPushButton(self.tr("添加附件（只记录文件名和哈希）…"))
        add.clicked.connect(self.add_attachment)
        self._rows(
            (self.tr("申诉人类别"), self.kind),
            (self.tr("申诉人"), self.lodger),
            (self.tr("申诉人单位"), self.unit),
            (self.tr("涉及选手"), self.concerns),
            (self.tr("组别"), self.group),
            (self.tr("提交时间"), self.lodged_at),
            (self.tr("申诉理由"), self.grounds),
            (self.tr("附件"), self.attached),
            ("", add),
        )
        self._finish(self.save, self.tr("登记"), self.tr("取消"))
        self.resize(600, 0)

    def add_attachment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择附件"))
        if not path:
            return
        try:
            att = appeals.attachment(Path(path))
        except DomainError as exc:
            self.error.setText(str(exc))
            return
        self.attachments.append(att)
        self.attached.addItem(f"{att.name}  SHA-256 {att.sha256[:16]}…")

    def save(self) -> None:
        self._try(lambda: appeals.record(
            self.ctx.venue, self.ctx.actor, self.kind.currentData(), self.lodger.text(), self.grounds.toPlainText(),
            lodged_at=_when(self.lodged_at), concerns=self.concerns.text(), group=self.group.currentData(),
            lodger_unit=self.unit.text(), attachments=self.attachments))


class DecideDialog(_ServiceDialog):
    def __init__(self, ctx: UiContext, appeal: AppealView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("记录仲裁组决定：{n}").format(n=appeal.number), parent)
        self.ctx, self.appeal = ctx, appeal
        self.outcome = QComboBox()
        for key in appeals.OUTCOMES:
            self.outcome.addItem(self.tr(appeals.OUTCOME_LABELS[key]), key)
        self.reasoning = QPlainTextEdit()
        self.reasoning.setMaximumHeight(90)
        self.panel = QLineEdit()
        self.panel.setPlaceholderText(self.tr("仲裁组成员姓名，用顿号或逗号分隔（必填）"))
        self.decided_at = _time_edit(None)
        self._rows(
            (self.tr("申诉"), QLineEdit(f"{appeal.lodger_text}：{appeal.grounds}", readOnly=True)),
            (self.tr("仲裁结果"), self.outcome),
            (self.tr("仲裁理由"), self.reasoning),
            (self.tr("仲裁组成员"), self.panel),
            (self.tr("决定时间"), self.decided_at),
        )
        self._finish(self.save, self.tr("记录"), self.tr("取消"))
        self.resize(560, 0)

    def save(self) -> None:
        names = [n.strip() for n in self.panel.text().replace("，", ",").replace("、", ",").split(",")]
        self._try(lambda: appeals.decide(self.ctx.venue, self.ctx.actor, self.appeal.id, self.outcome.currentData(),
                                         self.reasoning.toPlainText(), names, _when(self.decided_at)))


class CorrectForAppealDialog(_ServiceDialog):
    """A score correction in the name of an upheld appeal; the next new revision names the appeal."""

    def __init__(self, ctx: UiContext, appeal: AppealView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("依{n}更正分数").format(n=appeal.number), parent)
        self.ctx, self.appeal = ctx, appeal
        self.code = QLineEdit()
        self.criterion = QLineEdit()
        self.criterion.setPlaceholderText(self.tr("评分细则代码，如 A1"))
        self.value = QLineEdit()
        self.judge = QLineEdit()
        self.judge.setPlaceholderText(self.tr("评价分：哪位裁判的（测量分留空）"))
        self.reason = QLineEdit()
        self._rows(
            (self.tr("加密号"), self.code),
            (self.tr("评分细则"), self.criterion),
            (self.tr("更正后的分数"), self.value),
            (self.tr("裁判"), self.judge),
            (self.tr("更正说明"), self.reason),
        )
        self._finish(self.save, self.tr("更正"), self.tr("取消"))
        self.resize(480, 0)

    def save(self) -> None:
        self._try(lambda: scoring.correct(self.ctx.venue, self.ctx.actor, self.code.text().strip(),
                                          self.criterion.text().strip().upper(), self.value.text().strip(),
                                          self.reason.text(), judge=self.judge.text().strip() or None,
                                          appeal=self.appeal.id))


def publish(page: Page) -> Path | None:
    """成绩公示: both files (PDF to post, static HTML to put online) in the folder 报表 beside the venue file.
    Asks for the period first when none is set.  Returns the common stem of the two files."""
    from app.reports import publication_files  # reportlab loads when the sheet is made
    from app.services import publication_sheet

    ctx = page.ctx
    if not publication.get(ctx.venue).period_set and PublicationDialog(ctx, page).exec() != QDialog.DialogCode.Accepted:
        return None
    sheet = page.call(publication_sheet.for_venue, ctx.venue, ctx.actor)
    if sheet is None:
        return None
    folder = ctx.venue.path.parent / QCoreApplication.translate("AppealDialogs", "报表")
    folder.mkdir(parents=True, exist_ok=True)
    label = QCoreApplication.translate("AppealDialogs", "成绩公示")
    stem = folder / f"{ctx.venue.path.stem}-{label}-{datetime.now():%Y%m%d-%H%M%S}"
    for suffix in (".pdf", ".html"):
        if page.call(publication_files.write, sheet, stem.with_suffix(suffix)) is None:
            return None
    QMessageBox.information(page, QCoreApplication.translate("AppealDialogs", "成绩公示"), QCoreApplication.translate("AppealDialogs", "已生成（内容相同）：\n{a}\n{b}").format(
        a=stem.with_suffix(".pdf"), b=stem.with_suffix(".html")))
    return stem
