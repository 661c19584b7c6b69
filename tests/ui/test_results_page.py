"""pytest-qt: lock → decrypt → rank → resolve a boundary tie → sign off → revision 2 after a correction."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.roles import Actor
from app.services import results
from db.venue_file import VenueFile
from tests.app.services.results_world import build, correct_a, lock
from tests.conftest import HEAD_PASSPHRASE
from ui.context import UiContext
from ui.dialogs.results_dialogs import SignOffDialog, TieDecisionDialog
from ui.dialogs.secret import PassphraseDialog
from ui.pages.results import TIE_COLOUR, ResultsPage


def when_modal(*handles: Callable[[QDialog], None]) -> list[bool]:
    """Answer the next modal dialogs (real ones, opened by the page) as a person would, one handler each,
    in order.

    Returns a flag list: append to it to stop waiting (e.g. for an error box that did not come)."""
    stop: list[bool] = []
    pending = list(handles)
    answered: list[QDialog] = []

    def poll() -> None:
        if stop or not pending:
            return
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QDialog) and (not answered or widget is not answered[-1]):
            answered.append(widget)
            pending.pop(0)(widget)
        QTimer.singleShot(20, poll)
    QTimer.singleShot(20, poll)
    return stop


def answer(button: QMessageBox.StandardButton, asked: list[str] | None = None) -> Callable[[QDialog], None]:
    """A handler for ``when_modal``: the dialog must be a message box; its text goes to ``asked``, then ``button``
    is clicked."""
    def handle(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        if asked is not None:
            asked.append(box.text())
        box.button(button).click()
    return handle


def column(page: ResultsPage, header: str) -> int:
    return next(i for i, c in enumerate(page.model.columns) if c.header.startswith(header))


def test_head_judge_finishes_the_item(qtbot: QtBot, venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                      tmp_path: Path) -> None:
    specs = [("57", "38"), ("54", "36"), ("48", "32"), ("48", "32"), ("45", "30"), ("42", "28"), ("30", "20")]
    w = build(venue, head, staff, tmp_path, specs, locked=False)  # places 3 and 4 tie across 二等奖/三等奖
    page = ResultsPage(UiContext(venue, head))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.refresh()
    assert "未锁定" in page.stage.text() and not page.decrypt_button.isEnabled()
    headers = [c.header for c in page.model.columns]
    assert "姓名" not in headers and "工位号" not in headers and "加密号" in headers  # blind codes only
    assert "不分组别" in page.stage.text() and "解密后" in page.quota.text()

    lock(venue, head)
    page.refresh()
    assert page.decrypt_button.isEnabled() and not page.sign_button.isEnabled()

    def type_passphrase(text: str) -> Callable[[QDialog], None]:
        def answer(dialog: QDialog) -> None:  # decryption asks for the passphrase (opens the seal, signs)
            assert isinstance(dialog, PassphraseDialog) and "不可撤回" in dialog.findChild(QLabel).text()
            dialog.passphrase.setText(text)
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return answer

    when_modal(type_passphrase("错误的口令-1234"))
    errors: list[str] = []
    when_modal(lambda box: (errors.append(box.text()), box.accept()))  # type: ignore[attr-defined, func-returns-value]
    page.decrypt()
    assert errors and "口令不正确" in errors[0] and "尚未解密" in page.stage.text() and page.decrypt_button.isEnabled()
    when_modal(type_passphrase(HEAD_PASSPHRASE))
    page.decrypt()
    assert page.model.columns[2].header == "姓名"
    names = {r.reg_no: r.name for r in page.model.rows}
    assert page.model.index(0, 2).data() == names[w.reg(0)]

    # rank: 1, 2, 3 (并列), 3 (并列), 5 …; the tie at 3rd is flagged in colour and listed in the panel
    rank_col = column(page, "名次")
    assert [page.model.index(i, rank_col).data() for i in range(5)] == ["1", "2", "3（并列）", "3（并列）", "5"]
    assert page.model.index(2, rank_col).data(8).color().name() == TIE_COLOUR  # BackgroundRole
    assert page.model.index(2, column(page, "奖项")).data() == "待裁定"
    assert page.tie_box.isVisible() and page.ties.rowCount() == 1
    assert not page.sign_button.isEnabled()

    def decide(dialog: QDialog) -> None:
        assert isinstance(dialog, TieDecisionDialog)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled()  # a reason is required
        dialog.reason.setPlainText("两人总分及各模块分均相同，经裁判组合议均授二等奖")
        assert ok.isEnabled()
        ok.click()
    when_modal(decide)
    page.decide_selected()
    assert [page.model.index(i, column(page, "奖项")).data() for i in range(4)] == ["一等奖", "二等奖", "二等奖", "二等奖"]
    assert "均授二等奖" in page.ties.index(0, 4).data()
    assert page.sign_button.isEnabled()

    def sign(pin: str, reason: str | None = None) -> Callable[[QDialog], None]:
        def handle(dialog: QDialog) -> None:
            if not isinstance(dialog, SignOffDialog):
                errors.append(dialog.text())  # type: ignore[attr-defined]
                dialog.close()
                return
            assert dialog.name.text() == "钱莉"
            watchers.append(when_modal(report_error))
            dialog.passphrase.setText(pin)
            if reason:
                dialog.reason.setText(reason)
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return handle
    errors: list[str] = []
    watchers: list[list[bool]] = []

    def report_error(box: QDialog) -> None:  # a refusal would show an error box: note it and close it
        errors.append(box.text() if isinstance(box, QMessageBox) else repr(box))
        box.close()

    when_modal(sign(HEAD_PASSPHRASE))
    page.sign_off()
    for w_ in watchers:
        w_.append(True)
    assert errors == []
    assert page.revision.text() == "版本：第 1 版" and "已签字确认" in page.stage.text()
    # signed, never exported: it says so, not "与最近导出的成绩包不同" (issue 13 item 12)
    assert "尚未导出成绩包" in page.export_marker.text() and "不同" not in page.export_marker.text()
    assert not page.sign_button.isEnabled()

    opened: list[Path] = []
    page.previewer = opened.append
    page.make_report("summary")
    qtbot.waitUntil(lambda: bool(opened), timeout=15000)
    assert opened[0].exists() and opened[0].suffix == ".pdf"

    # 复核: the last contestant's A1 was mis-copied; after the correction the page says so
    correct_a(venue, head, w.reg(6), Decimal("45"), "复核：A1 测量值抄录错误")  # 50 → 65 points
    page.refresh()
    assert "尚未生成新版本" in page.stage.text() and page.sign_button.text() == "生成新版本…"
    when_modal(sign(HEAD_PASSPHRASE, "复核更正 A1 测量分"))
    page.sign_off()
    for w_ in watchers:
        w_.append(True)
    assert errors == []
    assert page.revision.text() == "版本：第 2 版"
    assert [r.number for r in results.revisions(venue)] == [1, 2]
    assert results.latest_revision(venue).reason == "复核更正 A1 测量分"  # type: ignore[union-attr]
    assert page.grab().save(str(tmp_path / "results-page.png"))  # the look, for a person to open


def test_other_roles_see_no_results(qtbot: QtBot, venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                    tmp_path: Path) -> None:
    build(venue, head, staff, tmp_path, [("50", "30"), ("40", "30")])
    page = ResultsPage(UiContext(venue, staff["J1"]))
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 0 and "仅裁判长" in page.stage.text()
    assert not page.sign_button.isVisibleTo(page) and page.report_buttons["blank-sheets"].isVisibleTo(page)


def test_the_rules_decisions_are_shown_in_words(qtbot: QtBot, venue: VenueFile, head: Actor,
                                                staff: dict[str, Actor], tmp_path: Path) -> None:
    """Issue 13 item 11: 说明 per line — open tie pending, separation step, award withheld below the pass line."""
    specs = [("54", "36"), ("54", "36"), ("50", "30", 1200), ("50", "30", 1100), ("45", "30"), ("30", "20"),
             ("28", "20")]
    w = build(venue, head, staff, tmp_path, specs)
    page = ResultsPage(UiContext(venue, head))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh()
    note = column(page, "说明")
    assert note == len(page.model.columns) - 1
    by_reg = {r.reg_no: i for i, r in enumerate(page.model.rows)}
    names = {r.reg_no: r.name for r in page.model.rows}
    first = page.model.index(by_reg[w.reg(0)], note).data()
    assert "待裁判长决定" in first and page.model.index(by_reg[w.reg(0)], column(page, "奖项")).data() == "待裁定"
    assert page.model.index(by_reg[w.reg(2)], note).data() == f"总分与{names[w.reg(3)]}相同，按用时分出先后"
    assert page.model.index(by_reg[w.reg(5)], note).data() == "未达合格线（60 分），不授奖"
    assert not page.note.isVisible()
    page.table.setCurrentIndex(page.model.index(by_reg[w.reg(5)], 0))  # the selected line's note in full
    assert page.note.isVisible() and page.note.text() == f"说明（{names[w.reg(5)]}）：未达合格线（60 分），不授奖"
    # the column fits the page: the table does not scroll sideways at 1366 px
    qtbot.waitUntil(lambda: not page.table.horizontalScrollBar().isVisible() or
                    page.table.horizontalScrollBar().maximum() == 0, timeout=2000)
    page.grab().save(str(tmp_path / "results-notes.png"))
