"""组委会汇总窗口: the inbox of packages, conflicts, venue keys and the consolidated reports.

Opened by ``venuescore central gui --db CENTRAL`` (or from the start window).  No sessions or ORM
objects live here: every table is filled from app.services.central / central_reports, and imports
and reports run in the background through ui.runner.run_task.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.package import encrypted
from app.package.keys import PublicKey
from app.package.verify import PackageRefused
from app.services import central, central_appeals, central_recipient, certificates
from app.services import central_reports as reports
from app.services.central import ImportResult, KeyView, PackageView
from app.services.central_appeals import ItemAppeal
from app.services.central_checks import ERROR, Finding
from app.services.central_reports import ConflictLine
from db.central.engine import CentralDb, open_central
from ui import style
from ui.dialogs.pdf_preview import show_pdf
from ui.dialogs.saved import show_saved
from ui.errors import show_error
from ui.models.table import Column, RowsModel, filter_proxy, table_view
from ui.runner import run_task

STATUS_COLOURS = {central.VERIFIED: style.CENTRAL_GREEN, central.WARNINGS: style.CENTRAL_YELLOW, central.ERRORS: style.CENTRAL_RED,
                  central.ACCEPTED: style.CENTRAL_BLUE, central.SUPERSEDED: style.CENTRAL_GREY, central.WITHDRAWN: style.CENTRAL_GREY}


def _table(model: Any) -> QTableView:
    return table_view(model, single=True, sortable=True)


class RegisterKeyDialog(QDialog):
    """Paste a venue's public key (or load its .pub file); the fingerprint shows as you type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.setWindowTitle(tr("登记赛场公钥"))
        self.key = QPlainTextEdit()
        self.key.setPlaceholderText(tr("粘贴“RW…”开头的一行公钥，或整个 .pub 文件内容"))
        self.key.setFixedHeight(70)
        self.key.textChanged.connect(self._preview)
        load = QPushButton(tr("从文件读取…"))
        load.clicked.connect(self._load)
        self.label = QLineEdit()
        self.label.setPlaceholderText(tr("如“31 母婴护理 赛场”"))
        self.item = QSpinBox()
        self.item.setRange(0, 33)
        self.item.setSpecialValueText(tr("请选择"))  # a key signs exactly one item: no "any item"
        self.groups = QLineEdit()
        self.groups.setPlaceholderText(tr("可选：只接收这些组别的成绩包，如“职工组+学生组”"))
        self.fingerprint = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.key, 1)
        row.addWidget(load)
        form.addRow(tr("公钥"), row)
        form.addRow(tr("指纹（四位一组，逐组核对）"), self.fingerprint)
        form.addRow(tr("说明"), self.label)
        form.addRow(tr("所属项目"), self.item)
        form.addRow(tr("限定组别"), self.groups)
        form.addRow(QLabel(tr("请与赛场签字确认表上打印的指纹逐位核对后再登记。")))
        form.addRow(buttons)

    def _load(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择公钥文件"), "", "minisign (*.pub);;* (*)")
        if name:
            self.key.setPlainText(Path(name).read_text(encoding="utf-8", errors="replace"))

    def _key_line_only(self) -> None:
        """A pasted or loaded .pub file shows as its key line: minisign's "untrusted comment: …" line is for the
        tool, not for a person comparing keys (the key itself is what is registered either way)."""
        text = self.key.toPlainText()
        if "untrusted comment" not in text:
            return
        try:
            line = PublicKey.parse(text).minisign_line()
        except DomainError:
            return
        self.key.blockSignals(True)
        self.key.setPlainText(line)
        self.key.blockSignals(False)

    def group_names(self) -> list[str] | None:
        names = [g.strip() for g in self.groups.text().replace("、", "+").replace("，", "+").split("+") if g.strip()]
        return names or None

    def _preview(self) -> None:
        self._key_line_only()
        try:
            self.fingerprint.setText(PublicKey.parse(self.key.toPlainText()).fingerprint())
        except DomainError as exc:
            self.fingerprint.setText(exc.message if self.key.toPlainText().strip() else "")


class CentralWindow(QMainWindow):
    def __init__(self, db: CentralDb) -> None:
        super().__init__()
        self.db = db
        self.previewer: Callable[[Path], object] = lambda path: show_pdf(path, self)
        tr = self.tr
        self.setWindowTitle(tr("组委会汇总 — {db}").format(db=db.label))
        self.operator = QLineEdit(str(QSettings().value("central/operator", "")))
        self.operator.setPlaceholderText(tr("经办人姓名（记录在每次操作上）"))
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("经办人：")))
        top.addWidget(self.operator)
        for text, slot in ((tr("导入成绩包…"), self.import_files), (tr("接收所选成绩包…"), self.accept_selected),
                           (tr("撤回所选…"), self.withdraw_selected), (tr("恢复撤回…"), self.reinstate_selected),
                           (tr("登记赛场公钥…"), self.register_key), (tr("刷新"), self.refresh)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            top.addWidget(button)
        top.addStretch(1)

        self.packages: RowsModel[PackageView] = RowsModel([
            Column(tr("编号"), lambda p: p.id, sort_key=lambda p: p.id),
            Column(tr("项目"), lambda p: p.item_label, sort_key=lambda p: p.item_no),
            Column(tr("组别"), lambda p: p.groups),
            Column(tr("版本"), lambda p: tr("第 {n} 版").format(n=p.revision), sort_key=lambda p: p.revision),
            Column(tr("状态"), lambda p: p.status_label, colour=lambda p: STATUS_COLOURS.get(p.status)),
            Column(tr("错误"), lambda p: len(p.errors), sort_key=lambda p: len(p.errors)),
            Column(tr("警告"), lambda p: len(p.warnings), sort_key=lambda p: len(p.warnings)),
            Column(tr("选手"), lambda p: p.contestants, sort_key=lambda p: p.contestants),
            Column(tr("申诉"), lambda p: (tr("{n}（待仲裁 {o}）").format(n=p.appeals, o=p.open_appeals) if p.open_appeals
                                          else str(p.appeals or "")),
                   colour=lambda p: style.CENTRAL_YELLOW if p.open_appeals else None, sort_key=lambda p: p.appeals),
            Column(tr("签名密钥"), lambda p: p.key_label),
            Column(tr("导入"), lambda p: f"{p.imported_by} {p.imported_at:%m-%d %H:%M}"),
            Column(tr("接收"), lambda p: f"{p.accepted_by} {p.accepted_at:%m-%d %H:%M}" if p.accepted_at else ""),
            Column(tr("文件"), lambda p: p.file_name),
        ], self)
        self.package_view = _table(filter_proxy(self.packages, self))
        self.package_view.selectionModel().selectionChanged.connect(self._show_findings)
        self.findings: RowsModel[Finding] = RowsModel([
            Column(tr("类别"), lambda f: tr("错误") if f.severity == ERROR else tr("警告"),
                   colour=lambda f: style.CENTRAL_RED if f.severity == ERROR else style.CENTRAL_YELLOW),
            Column(tr("说明"), lambda f: f.message),
        ], self)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        inbox = QWidget()
        box = QVBoxLayout(inbox)
        box.addWidget(self.package_view, 3)
        box.addWidget(self.detail)
        box.addWidget(_table(self.findings), 2)

        self.conflicts: RowsModel[ConflictLine] = RowsModel([
            Column(tr("类别"), lambda c: c.kind),
            Column(tr("身份证号"), lambda c: "、".join(c.id_numbers)),
            Column(tr("姓名"), lambda c: "、".join(c.names)),
            Column(tr("出现在"), lambda c: c.items_text),
        ], self)
        self.keys: RowsModel[KeyView] = RowsModel([
            Column(tr("说明"), lambda k: k.label),
            Column(tr("所属项目"), lambda k: f"{k.item_no:02d}" if k.item_no else tr("未限定（须限定后才能接收）")),
            Column(tr("限定组别"), lambda k: k.groups or tr("不限")),
            Column(tr("指纹"), lambda k: k.fingerprint),
            Column(tr("登记人"), lambda k: k.registered_by),
            Column(tr("登记时间"), lambda k: k.registered_at.strftime("%Y-%m-%d %H:%M")),
            Column(tr("公钥"), lambda k: k.public_line),
        ], self)

        self.appeals: RowsModel[ItemAppeal] = RowsModel([
            Column(tr("项目"), lambda x: x.item_label, sort_key=lambda x: x.item_no),
            Column(tr("组别"), lambda x: x.groups),
            Column(tr("版本"), lambda x: tr("第 {n} 版").format(n=x.revision)),
            Column(tr("编号"), lambda x: x.appeal.id, sort_key=lambda x: x.appeal.id),
            Column(tr("申诉人"), lambda x: x.appeal.lodger),
            Column(tr("提交时间"), lambda x: x.appeal.lodged_at.strftime("%m-%d %H:%M")),
            Column(tr("逾期"), lambda x: tr("逾期") if x.appeal.late else ""),
            Column(tr("申诉理由"), lambda x: x.appeal.grounds),
            Column(tr("结果"), lambda x: x.appeal.status_text,
                   colour=lambda x: style.CENTRAL_YELLOW if x.appeal.open or x.appeal.awaiting_correction else None),
            Column(tr("仲裁理由"), lambda x: x.appeal.reasoning),
            Column(tr("仲裁组"), lambda x: "、".join(x.appeal.panel)),
        ], self)

        self.tabs = QTabWidget()
        self.tabs.addTab(inbox, tr("收件箱"))
        self.tabs.addTab(_table(filter_proxy(self.conflicts, self)), tr("兼项与身份冲突"))
        self.tabs.addTab(_table(filter_proxy(self.appeals, self)), tr("申诉与仲裁"))
        self.tabs.addTab(_table(self.keys), tr("赛场公钥"))
        self.tabs.addTab(self._reports_tab(), tr("汇总报表"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(body)
        self.resize(1200, 720)
        self.refresh()

    def _reports_tab(self) -> QWidget:
        tr = self.tr
        tab = QWidget()
        grid = QGridLayout(tab)
        entries = (("awards", tr("获奖名单（汇总）")), ("conflicts", tr("兼项与身份冲突报告")),
                   ("statistics", tr("各项目统计")), ("passes", tr("专项职业能力证书合格名单")))
        for row, (name, title) in enumerate(entries):
            grid.addWidget(QLabel(title), row, 0)
            for col, suffix in enumerate((".pdf", ".xlsx"), start=1):
                button = QPushButton(tr("保存 {s}…").format(s=suffix[1:].upper()))
                button.clicked.connect(lambda _=False, n=name, s=suffix, t=title: self.save_report(n, s, t))
                grid.addWidget(button, row, col)
        grid.addWidget(QLabel(tr("荣誉证书（每个奖项一页，带二维码核验码）")), len(entries), 0)
        cert = QPushButton(tr("生成 PDF…"))
        cert.clicked.connect(lambda: self.save_report("certificates", ".pdf", tr("荣誉证书")))
        grid.addWidget(cert, len(entries), 1)
        signer = QPushButton(tr("组委会证书密钥…"))
        signer.clicked.connect(self.committee_key)
        grid.addWidget(signer, len(entries), 2)
        grid.setRowStretch(len(entries) + 1, 1)
        grid.setColumnStretch(3, 1)
        return tab

    # ------------------------------------------------------------------------------ reading

    def refresh(self) -> None:
        try:
            self.packages.set_rows(central.packages(self.db))
            self.conflicts.set_rows(reports.conflicts(self.db))
            self.keys.set_rows(central.list_keys(self.db))
            self.appeals.set_rows(central_appeals.item_appeals(self.db))
        except DomainError as exc:
            show_error(self, exc)
        self._show_findings()

    def _selected(self) -> PackageView | None:
        rows = self.package_view.selectionModel().selectedRows()
        if not rows:
            return None
        proxy = self.package_view.model()
        return self.packages.row_at(proxy.mapToSource(rows[0]).row())  # type: ignore[attr-defined]

    def _show_findings(self, *_: object) -> None:
        p = self._selected()
        self.findings.set_rows(list(p.findings) if p else [])
        if p is None:
            self.detail.setText(self.tr("选择一个成绩包查看核验结果。"))
            return
        text = self.tr("{item} 第 {rev} 版：{status}。签字：{by}；导出：{at}").format(
            item=p.item_label, rev=p.revision, status=p.status_label, by=p.signed_by, at=p.exported_at[:16])
        if p.revision_reason:
            text += self.tr("；本版理由：{r}").format(r=p.revision_reason)
        if p.superseded_reason:
            text += self.tr("；被取代：{r}").format(r=p.superseded_reason)
        if p.acknowledged_by:
            text += self.tr("；警告已由 {n} 确认").format(n=p.acknowledged_by)
        if p.withdrawn_reason:
            text += self.tr("；已由 {n} 撤回：{r}").format(n=p.withdrawn_by, r=p.withdrawn_reason)
        self.detail.setText(text)

    def _operator(self) -> str | None:
        name = self.operator.text().strip()
        if not name:
            QMessageBox.information(self, self.tr("经办人"), self.tr("请先填写经办人姓名。"))
            self.operator.setFocus()
            return None
        QSettings().setValue("central/operator", name)
        return name

    # ------------------------------------------------------------------------------ actions

    def import_files(self) -> None:
        by = self._operator()
        if by is None:
            return
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("选择成绩包"), "",
                                                self.tr("成绩包 (*.zip.age *.zip);;所有文件 (*)"))
        if not names:
            return
        paths = [Path(n) for n in names]
        identity = None
        if any(encrypted.file_is_encrypted(p) for p in paths):  # encrypted packages: the committee's passphrase
            passphrase, ok = QInputDialog.getText(self, self.tr("导入加密的成绩包"), self.tr("组委会加密密钥口令："),
                                                  QLineEdit.EchoMode.Password)
            if not ok:
                return
            try:
                identity = central_recipient.unlock(self.db, passphrase)
            except DomainError as exc:
                show_error(self, exc)
                return
        self.import_paths(paths, by, identity)

    def import_paths(self, paths: list[Path], by: str, identity: str | None = None) -> None:
        db = self.db

        def work(progress: Any, cancel: Any) -> list[ImportResult | PackageRefused]:
            return central.import_many(db, by, paths, progress, cancel, identity)

        run_task(self, self.tr("正在核验成绩包…"), work, self._imported)

    def _imported(self, outcomes: list[ImportResult | PackageRefused]) -> None:
        self.refresh()
        lines = [(self.tr("拒绝：") + str(o)) if isinstance(o, PackageRefused) else o.summary() for o in outcomes]
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("导入结果"))
        refused = sum(isinstance(o, PackageRefused) for o in outcomes)
        box.setIcon(QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information)
        box.setText(self.tr("{n} 个文件：拒绝 {r} 个").format(n=len(outcomes), r=refused))
        box.setDetailedText("\n\n".join(lines))
        box.setInformativeText("\n".join(lines[:5]))
        box.open()

    def accept_selected(self) -> None:
        p = self._selected()
        by = self._operator()
        if p is None or by is None:
            if p is None:
                QMessageBox.information(self, self.tr("接收"), self.tr("请先在收件箱中选择一个成绩包。"))
            return
        acknowledge = False
        if p.warnings and not p.errors:
            text = "\n".join(f"• {f.message}" for f in p.warnings[:20])
            answer = QMessageBox.question(self, self.tr("确认警告"), self.tr(
                "{item} 第 {rev} 版有 {n} 项警告：\n{text}\n\n经办人 {by} 确认已知悉并接收？").format(
                item=p.item_label, rev=p.revision, n=len(p.warnings), text=text, by=by))
            if answer != QMessageBox.StandardButton.Yes:
                return
            acknowledge = True
        try:
            central.accept(self.db, by, p.id, acknowledge)
        except DomainError as exc:
            show_error(self, exc)
        self.refresh()

    def withdraw_selected(self) -> None:
        self._change_selected(self.tr("撤回成绩包"), self.tr(
            "撤回 {item} 第 {rev} 版（{status}）：它将不再计入汇总结果，它取代的上一版重新生效。可随时恢复。\n撤回理由："),
            central.withdraw)

    def reinstate_selected(self) -> None:
        self._change_selected(self.tr("恢复成绩包"), self.tr("恢复 {item} 第 {rev} 版（{status}）。\n恢复理由："),
                              central.reinstate)

    def _change_selected(self, title: str, prompt: str, action: Any) -> None:
        p = self._selected()
        if p is None:
            QMessageBox.information(self, title, self.tr("请先在收件箱中选择一个成绩包。"))
            return
        by = self._operator()
        if by is None:
            return
        reason, ok = QInputDialog.getText(self, title, prompt.format(item=p.item_label, rev=p.revision,
                                                                     status=p.status_label))
        if not ok:
            return
        try:
            action(self.db, by, p.id, reason)
        except DomainError as exc:
            show_error(self, exc)
        self.refresh()

    def register_key(self) -> None:
        by = self._operator()
        if by is None:
            return
        dialog = RegisterKeyDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            k = central.register_key(self.db, by, dialog.key.toPlainText(), dialog.label.text(),
                                     dialog.item.value() or None, dialog.group_names())
        except DomainError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(self, self.tr("已登记"), self.tr("{label}\n指纹：{fp}").format(
            label=k.label, fp=k.fingerprint))
        self.refresh()

    def committee_key(self) -> None:
        public = certificates.committee_public(self.db)
        if public is not None:
            QMessageBox.information(self, self.tr("组委会证书密钥"), self.tr("公钥：{line}\n指纹：{fp}").format(
                line=public.minisign_line(), fp=public.fingerprint()))
            return
        by = self._operator()
        if by is None:
            return
        first, ok = QInputDialog.getText(self, self.tr("生成组委会证书密钥"), self.tr("口令（至少 8 个字符）："),
                                         QLineEdit.EchoMode.Password)
        if not ok:
            return
        again, ok = QInputDialog.getText(self, self.tr("生成组委会证书密钥"), self.tr("再输入一次："),
                                         QLineEdit.EchoMode.Password)
        if ok:
            try:
                certificates.init_committee_key(self.db, by, first, again)
            except DomainError as exc:
                show_error(self, exc)

    def save_report(self, name: str, suffix: str, title: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存 {t}").format(t=title), title + suffix, f"*{suffix}")
        if not path:
            return
        passphrase: str | None = None
        if name == "certificates":
            passphrase, ok = QInputDialog.getText(self, title, self.tr("组委会证书密钥口令："), QLineEdit.EchoMode.Password)
            if not ok:
                return
        self.write_report(name, Path(path), passphrase)

    def write_report(self, name: str, path: Path, passphrase: str | None = None) -> None:
        from app.reports.central_reports import write_central_report

        db = self.db
        busy = self.tr("正在生成…")

        def work(progress: Any, cancel: Any) -> int:
            progress(0, 0, busy)
            return write_central_report(db, name, path, passphrase=passphrase)

        def done(n: int) -> None:
            self.statusBar().showMessage(self.tr("已保存 {p}（{n} 条）").format(p=path, n=n), 10000)
            held = central_appeals.held_back(db) if name == "certificates" else []
            if held:  # certificates of an item with an open appeal wait (its award may still change)
                QMessageBox.information(self, self.tr("荣誉证书"), self.tr(
                    "以下项目有待仲裁的申诉，荣誉证书暂未打印；仲裁后赛场重新导出成绩包即可：\n{i}").format(i="\n".join(held)))
            if path.suffix.lower() == ".pdf":
                self.previewer(path)  # the print preview shows the path and 打开文件夹 too
            else:
                show_saved(self, path, self.tr("报表"))

        run_task(self, self.tr("正在生成报表…"), work, done, cancellable=False)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.db.close()
        super().closeEvent(event)


def open_window(target: str | Path, parent: QWidget | None = None) -> CentralWindow:
    """Open (creating if needed) the central database and its window; raises DomainError."""
    window = CentralWindow(open_central(target, create=True))
    window.show()
    return window


def choose_and_open(parent: QWidget) -> CentralWindow | None:
    """Ask for a central database file (an existing one, or a new name to create) and open its window."""
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("CentralWindow", "打开或新建组委会汇总数据库"), "组委会汇总.sqlite", QCoreApplication.translate("CentralWindow", "汇总数据库 (*.sqlite)"),
        options=QFileDialog.Option.DontConfirmOverwrite)
    if not name:
        return None
    try:
        window = open_window(name)
    except DomainError as exc:
        show_error(parent, exc)
        return None
    _open_windows.append(window)  # keep a reference: the start window does not own it
    return window


_open_windows: list[CentralWindow] = []

