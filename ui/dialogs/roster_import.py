"""Roster import in three steps: choose the file → see the check report → import (all, or valid rows only)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import Problem
from app.progress import Progress
from app.services import roster
from app.services.roster import ImportPreview, ImportReport
from ui import style
from ui.context import UiContext
from ui.models.table import Column, RowsModel
from ui.runner import run_task


class RosterImportWizard(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        self.imported = False
        self.setWindowTitle(self.tr("导入选手名单"))
        tr = self.tr
        step1 = QLabel(tr("第 1 步：选择名单文件（.xlsx 或 .csv，可用“保存名单模板”得到的模板填写）"))
        self.path = QLineEdit()
        self.path.setPlaceholderText(tr("名单文件路径"))
        browse = QPushButton(tr("浏览…"))
        browse.clicked.connect(self.browse)
        self.check_button = QPushButton(tr("检查"))
        self.check_button.clicked.connect(self.check)
        self.path.returnPressed.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(self.check_button)

        step2 = QLabel(tr("第 2 步：检查结果"))
        self.summary = QLabel(tr("尚未检查"))
        self.summary.setWordWrap(True)
        self.problems: RowsModel[Problem] = RowsModel([
            Column(tr("行号"), lambda p: p.row or "", sort_key=lambda p: p.row or 0),
            Column(tr("列"), lambda p: p.column or ""),
            Column(tr("问题"), lambda p: p.message),
            Column(tr("填写的值"), lambda p: p.value or ""),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.problems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        step3 = QLabel(tr("第 3 步：导入"))
        self.valid_only = QCheckBox(tr("仅导入正确的行（有误的行另存为 .xlsx，改正后再导入）"))
        self.valid_only.toggled.connect(self._update_buttons)
        self.import_button = QPushButton(tr("导入"))
        self.import_button.clicked.connect(self.run_import)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        close = QPushButton(tr("关闭"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.valid_only, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        for w in (step1,):
            layout.addWidget(w)
        layout.addLayout(row)
        layout.addWidget(step2)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(step3)
        layout.addLayout(bottom)
        layout.addWidget(self.result_label)
        self.resize(900, 560)
        self._update_buttons()

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择名单文件"), str(Path.home()),
                                              self.tr("名单 (*.xlsx *.csv);;所有文件 (*)"))
        if name:
            self.path.setText(name)
            self.check()

    def check(self) -> None:
        path = Path(self.path.text().strip())
        self.preview = None
        self.result_label.clear()
        self._update_buttons()

        def done(preview: object) -> None:
            assert isinstance(preview, ImportPreview)
            self.show_preview(preview)

        def failed(exc: BaseException) -> None:
            self.summary.setText(str(exc))
            self.summary.setStyleSheet(style.ERROR_STYLE)
            self.problems.set_rows(list(getattr(exc, "problems", [])))

        def work(progress: Progress, cancel: threading.Event) -> object:
            return roster.preview_import(self.ctx.venue, self.ctx.actor, path, progress=progress, cancel=cancel)

        run_task(self, self.tr("正在检查名单…"), work, done, failed)

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.problems.set_rows(list(preview.problems))
        text = self.tr("{file}：读取 {r} 行，可新增 {n} 人，已在名单中 {u} 人，有误 {b} 行。").format(
            file=preview.file, r=preview.rows_read, n=preview.new, u=preview.unchanged, b=preview.bad_rows)
        if preview.problems:
            text += self.tr("默认全部正确才导入：请改正后重新检查，或勾选“仅导入正确的行”。")
            self.summary.setStyleSheet(style.CAUTION_STYLE)
        else:
            self.summary.setStyleSheet(style.OK_STYLE)
        self.summary.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        p = self.preview
        ok = p is not None and p.new > 0 and (not p.problems or self.valid_only.isChecked())
        self.import_button.setEnabled(ok)

    def run_import(self) -> None:
        path = Path(self.path.text().strip())
        valid_only = self.valid_only.isChecked()

        def done(report: object) -> None:
            assert isinstance(report, ImportReport)
            self.report = report
            self.imported = report.added > 0
            text = report.summary()
            if report.rejected_file:
                text += "\n" + self.tr("未导入的行已另存为：{p}\n（此文件含完整的身份证号和手机号，供改正数据用：改正后请删除，"
                                        "不要拷到 U 盘或发给他人）").format(p=report.rejected_file)
            self.result_label.setText(text)
            self.preview = None
            self._update_buttons()
            self.ctx.bus.data_changed.emit("roster")

        def work(progress: Progress, cancel: threading.Event) -> object:
            return roster.import_roster(self.ctx.venue, self.ctx.actor, path, valid_only=valid_only,
                                        progress=progress, cancel=cancel)

        run_task(self, self.tr("正在导入…"), work, done)
