"""抽签与加密: witness values → the head judge's draw, publication, verification, 二次加密, printed sheets.

The table shows what the signed-in role may know before decryption: the desk (and the head judge until
they open the envelope) sees name ↔ station; the head judge, after typing the passphrase, sees the sealed
envelope (name ↔ station ↔ blind code) and may print it and the door list; judges see no mapping at all
(they work with blind codes only).  The opened vault stays with this page only while the envelope is
shown (``close_envelope``, or a change of user, forgets it).  The services enforce the same split.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from app.errors import DomainError
from app.reports import titles
from app.roles import Role
from app.services import checkin_state, draw, vault
from ui import style
from ui.context import UiContext
from ui.dialogs.passphrase import open_vault
from ui.dialogs.pdf_preview import show_pdf
from ui.dialogs.saved import report_path
from ui.models.table import Column, RowsModel, filter_proxy, table_view
from ui.pages.base import Page
from ui.runner import run_task
from ui.widgets import button, column, note, row, search_field

Row = tuple[str, ...]

# Which sheets a role may print (the services refuse the others anyway).
SHEETS_FOR_ROLE = {
    Role.HEAD_JUDGE: ("checkin-list", "station-plan", "blind-codes", "door-list"),
    Role.CHECKIN: ("checkin-list", "station-plan"),
    Role.ADMIN: ("checkin-list", "station-plan"),
    Role.JUDGE: (),
}


def _cell(i: int) -> Callable[[Row], str]:
    return lambda row: row[i]


class DrawPage(Page):
    room = "draw"

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self._build_draw_box()
        self._build_after_publish()
        tools = self._build_tools()
        self._build_table()
        self._build_layout(tools)
        self.refresh()

    def _build_draw_box(self) -> None:
        tr = self.tr
        self.witness = [QLineEdit() for _ in range(3)]
        for i, w in enumerate(self.witness, start=1):
            w.setPlaceholderText(tr("见证值 {i}（现场报出的数字）").format(i=i) if i < 3 else tr("见证值 3（可选）"))
        self.witness[-1].returnPressed.connect(lambda: self.run_draw())
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("仅重新抽签时填写：原因"))
        self.run_button = button(tr("抽签"), self.run_draw)
        self.publish_button = button(tr("公布结果"), self.publish)
        form = QFormLayout()
        form.addRow(tr("见证值 1"), self.witness[0])
        form.addRow(tr("见证值 2"), self.witness[1])
        form.addRow(tr("见证值 3"), self.witness[2])
        form.addRow(tr("重抽原因"), self.reason)
        form.addRow(row(self.run_button, self.publish_button))
        self.draw_box = QGroupBox(tr("抽签（裁判长）：先公示名单和工位，再请见证人报数"))
        self.draw_box.setLayout(form)

    def _build_after_publish(self) -> None:
        tr = self.tr
        self.module = QLineEdit()
        self.module.setPlaceholderText(tr("模块代码，如 A"))
        self.module.setMaximumWidth(120)
        self.second_button = button(tr("二次加密"), self.issue_second_codes)
        self.change_button = button(tr("更换工位…"), self.change_station)
        extras = row(QLabel(tr("作品二次加密：")), self.module, self.second_button, end=False)
        extras.addSpacing(20)
        extras.addWidget(self.change_button)
        extras.addStretch(1)
        self.extras = QGroupBox(tr("公布之后（裁判长）"))
        self.extras.setLayout(extras)

    def _build_tools(self) -> QHBoxLayout:
        tr = self.tr
        self.info = note(selectable=True)
        self.verify_button = button(tr("核对抽签记录"), self.verify)
        self.verify_result = note()
        self.sheet = QComboBox()
        self.print_button = button(tr("打印…"), self.print_sheet)
        self.envelope_button = button(tr("打开密封对照表（输入口令）…"), self.open_envelope)
        self.close_button = button(tr("合上对照表"), self.close_envelope)
        self.unlocked: vault.Unlocked | None = None
        self._unlocked_by = ""
        return row(self.verify_button, (self.verify_result, 1), self.envelope_button, self.close_button, self.sheet,
                   self.print_button, end=False)

    def _build_table(self) -> None:
        tr = self.tr
        self.model: RowsModel[Row] = RowsModel([], self)
        self.proxy = filter_proxy(self.model, self)
        self.table = table_view(self.proxy, sortable=True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.search = search_field(tr("搜索：工位号、加密号、姓名……"), self.proxy)
        self.table_title = QLabel()
        self.last_printed: Path | None = None
        self.previewer: Callable[[Path], object] = lambda path: show_pdf(path, self)

    def _build_layout(self, tools: QHBoxLayout) -> None:
        column(self.draw_box, self.info, self.extras, tools, self.table_title, self.search, (self.table, 1), parent=self)

    def page_title(self) -> str:
        return self.tr("抽签与加密")

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        role = self.ctx.actor.role
        head = role == Role.HEAD_JUDGE
        if self._unlocked_by != self.ctx.actor.name:
            self.unlocked = None  # another person signed in: the envelope closes
        info = draw.draw_info(self.ctx.venue)
        sealed = info is not None and info.sealed
        self.envelope_button.setVisible(head and sealed and self.unlocked is None)
        self.close_button.setVisible(head and sealed and self.unlocked is not None)
        self.draw_box.setVisible(head and (info is None or not info.published))  # nothing to do once published
        self.extras.setVisible(head and info is not None)
        self.reason.setEnabled(info is not None and not info.published)
        self.run_button.setEnabled(info is None or not info.published)
        self.run_button.setText(self.tr("重新抽签") if info is not None else self.tr("抽签"))
        self.publish_button.setEnabled(info is not None and not info.published)
        self.info.setText(self._describe(info))
        self.sheet.clear()
        for name in SHEETS_FOR_ROLE.get(role, ()):
            self.sheet.addItem(titles.sheet_title(name), name)
        self.print_button.setEnabled(self.sheet.count() > 0)
        self.sheet.setVisible(self.sheet.count() > 0)
        self.print_button.setVisible(self.sheet.count() > 0)
        self._fill_table(info)

    def _describe(self, info: draw.DrawInfo | None) -> str:
        if info is None:
            return self.tr("尚未抽签。检录完成后，由裁判长输入至少两个见证值进行抽签。")
        state = self.tr("已公布（{at}）").format(at=info.published_at.strftime("%H:%M")) if info.published_at \
            else self.tr("未公布")
        text = self.tr("第 {id} 号抽签记录：{at}，{who}；{alg}；见证值 {w}；{n} 人，工位 {s} 个；{state}").format(
            id=info.draw_id, at=info.at.strftime("%Y-%m-%d %H:%M"), who=info.actor, alg=info.algorithm_text,
            w="、".join(info.witness_values), n=info.entrants, s=len(info.stations), state=state)
        text += "\n" + self.tr("种子：{seed}（由见证值和名单算出，任何人可复核）").format(seed=info.seed_text)
        for label, value in info.record()[5:]:
            text += "\n" + f"{label}：{value}"
        if info.sealed:
            text += "\n" + self.tr("加密号已密封在赛场文件中，仅裁判长凭口令可见；解密时揭示密钥，任何人可按承诺值核对。")
        if info.pending_late:
            text += "\n" + self.tr("⚠ {n} 位迟到选手的加密号尚未发给评分组：请裁判长打开密封对照表（输入口令）。").format(
                n=info.pending_late)
        if info.redraw_reason:
            text += "\n" + self.tr("重新抽签原因：{r}").format(r=info.redraw_reason)
        if info.late_count:
            text += "\n" + self.tr("迟到补签 {n} 人（按“最小空闲工位”规则）").format(n=info.late_count)
        if info.second_code_modules:
            text += "\n" + self.tr("已二次加密的模块：{m}").format(m="、".join(info.second_code_modules))
        return text

    def _set_columns(self, headers: list[str]) -> None:
        self.model.columns = [Column(h, _cell(i)) for i, h in enumerate(headers)]

    def _fill_table(self, info: draw.DrawInfo | None) -> None:
        tr, role, venue, actor = self.tr, self.ctx.actor.role, self.ctx.venue, self.ctx.actor
        rows: list[Row] = []
        headers: list[str] = []
        try:
            if info is None:
                pass
            elif (role == Role.HEAD_JUDGE and (self.unlocked is not None or not info.sealed)) or info.decrypted:
                mapping = draw.mapping(venue, actor, self.unlocked)
                modules = sorted({m for r in mapping for m, _ in r.second_codes})
                headers = [tr("工位号"), tr("加密号"), tr("报名号"), tr("姓名"), tr("单位/学校"), tr("组别")]
                headers += [tr("模块 {m} 二次加密号").format(m=m) for m in modules]
                rows = [(r.station, r.blind_code, r.reg_no, r.name, r.unit, r.group,
                         *(dict(r.second_codes).get(m, "") for m in modules)) for r in mapping]
                self.table_title.setText(tr("选手与加密号对照（已解密）") if info.decrypted
                                         else tr("选手与加密号对照（密封件，仅裁判长可见）"))
            elif role == Role.JUDGE:
                self.table_title.setText(tr("解密之前，裁判员只使用加密号评分；工位与加密号对照表由裁判长打印并张贴。"))
            elif role in checkin_state.VIEW_ROLES:
                headers = [tr("工位号"), tr("报名号"), tr("姓名"), tr("单位/学校"), tr("组别")]
                rows = [(r.station, r.reg_no, r.name, r.unit, r.group) for r in draw.station_plan(venue, actor)]
                self.table_title.setText(tr("工位安排"))
        except DomainError as exc:  # e.g. the role lost its right after a change of user
            self.table_title.setText(exc.message)
        self.model.beginResetModel()
        self._set_columns(headers)
        self.model.rows = rows
        self.model.endResetModel()
        if info is None:
            self.table_title.setText("")

    # ------------------------------------------------------------------ actions

    def run_draw(self, confirm: bool = True) -> None:
        values = [w.text().strip() for w in self.witness if w.text().strip()]
        info = draw.draw_info(self.ctx.venue)
        if confirm:
            question = self.tr("用见证值 {w} 抽签？抽签结果将被记录，不能删除。").format(w="、".join(values) or "—")
            if info is not None:
                question = self.tr("重新抽签将作废第 {id} 号抽签并记录原因。") .format(id=info.draw_id) + question
            if QMessageBox.question(self, self.tr("抽签"), question) != QMessageBox.StandardButton.Yes:
                return
        result = self.call(draw.run_main_draw, self.ctx.venue, self.ctx.actor, values,
                           reason=self.reason.text() or None, changed=self.room)
        if result is not None:
            for w in self.witness:
                w.clear()
            self.reason.clear()
            self.verify_result.clear()
            self.refresh()

    def publish(self, confirm: bool = True) -> None:
        if confirm and QMessageBox.question(self, self.tr("公布结果"), self.tr(
                "公布后，更换工位须由裁判长填写原因办理。现在公布？")) != QMessageBox.StandardButton.Yes:
            return
        if self.call(draw.publish, self.ctx.venue, self.ctx.actor, changed=self.room) is not None:
            self.refresh()

    def verify(self) -> None:
        report = self.call(draw.verify_draws, self.ctx.venue, self.ctx.actor)
        if report is None:
            return
        if not report.checks:
            self.verify_result.setText(self.tr("尚无抽签记录"))
            self.verify_result.setStyleSheet("")
            return
        ok = report.ok
        self.verify_result.setText(
            (self.tr("全部 {n} 条抽签记录与重算结果一致").format(n=len(report.checks)) if ok
             else self.tr("抽签记录与重算结果不一致！")) + ("" if ok else "\n" + "\n".join(report.lines())))
        self.verify_result.setStyleSheet(style.text_style(style.DESK_OK) if ok else style.text_style(style.DESK_REFUSED, bold=True))

    def issue_second_codes(self, module: str | None = None) -> None:
        code = (module if module is not None else self.module.text()).strip()
        n = self.call(draw.issue_second_codes, self.ctx.venue, self.ctx.actor, code, changed=self.room)
        if n is not None:
            self.module.clear()
            self.refresh()

    def change_station(self, reg_no: str | None = None, station: str | None = None, reason: str | None = None) -> None:
        if reg_no is None:
            reg_no, ok = QInputDialog.getText(self, self.tr("更换工位"), self.tr("选手报名号："))
            if not ok:
                return
        if station is None:
            station, ok = QInputDialog.getText(self, self.tr("更换工位"), self.tr("新工位号（须为空闲工位）："))
            if not ok:
                return
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("更换工位"), self.tr("原因："))
            if not ok:
                return
        if self.call(draw.change_station, self.ctx.venue, self.ctx.actor, reg_no, station, reason,
                     changed=self.room) is not None:
            self.refresh()

    def open_envelope(self) -> bool:
        """The head judge types the passphrase: the sealed envelope is shown (and may be printed) and late
        arrivals' codes still waiting are released to the scoring room."""
        unlocked = open_vault(self, self.ctx.venue, self.ctx.actor, self.tr("打开密封对照表"), self.tr(
            "选手与加密号对照表是密封的。请裁判长输入口令（旁人回避）："))
        if unlocked is None:
            return False
        if self.call(draw.open_envelope, self.ctx.venue, self.ctx.actor, unlocked, changed=self.room) is None:
            return False
        self.unlocked, self._unlocked_by = unlocked, self.ctx.actor.name
        self.ctx.bus.data_changed.emit("scores")  # released late codes appear in the scoring room
        self.refresh()
        return True

    def close_envelope(self) -> None:
        self.unlocked = None
        self.refresh()

    def hideEvent(self, event: object) -> None:
        # Leaving the page closes the envelope: it must not stay open on an unattended screen.
        if self.unlocked is not None:
            self.unlocked = None
            self.refresh()
        super().hideEvent(event)  # type: ignore[arg-type]

    def print_sheet(self, name: str | None = None, path: Path | None = None) -> None:
        from app.reports import (
            checkin_sheets,  # reportlab loads when the first sheet is printed
        )

        name = name or self.sheet.currentData()
        if not name:
            return
        info = draw.draw_info(self.ctx.venue)
        if name in checkin_sheets.SEALED_SHEETS and info is not None and info.sealed and self.unlocked is None \
                and not self.open_envelope():
            return
        if path is None:  # 打印… means print: written to 报表/ beside the venue file, then the print preview
            path = report_path(self.ctx.venue.path, titles.sheet_title(name))
        venue, actor, target, unlocked = self.ctx.venue, self.ctx.actor, path, self.unlocked

        def work(progress: object, cancel: object) -> Path:
            checkin_sheets.write_sheet(venue, actor, name, target, unlocked=unlocked)
            return target

        def done(result: Path) -> None:
            self.last_printed = result
            self.verify_result.setText(self.tr("已保存：{p}").format(p=result))
            self.verify_result.setStyleSheet("")
            self.previewer(result)

        run_task(self, self.tr("正在生成 PDF…"), work, done, cancellable=False)


PAGE = DrawPage
