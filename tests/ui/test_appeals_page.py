"""pytest-qt: the 申诉与仲裁 page — set the 公示 period, record an appeal, the panel upholds it, the score is
corrected in its name, the results page makes revision 2 and publishes the sheet; other roles see nothing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.clock import now
from app.roles import Actor
from app.services import appeals, draw, results
from db.venue_file import VenueFile
from tests.app.package.export_world import signed_venue
from tests.app.services.results_world import code_ids
from tests.conftest import HEAD_PASSPHRASE
from tests.ui.test_results_page import when_modal
from ui.context import UiContext
from ui.dialogs.appeal_dialogs import (
    CorrectForAppealDialog,
    DecideDialog,
    PublicationDialog,
    RecordAppealDialog,
)
from ui.pages.appeals import AppealsPage


def test_head_judge_records_decides_and_corrects(qtbot: QtBot, venue: VenueFile, head: Actor,
                                                 staff: dict[str, Actor], tmp_path: Path) -> None:
    w = signed_venue(venue, head, staff, tmp_path, 6)
    code = dict(draw.scoring_rows(venue))[code_ids(venue)[w.reg(3)]]
    page = AppealsPage(UiContext(venue, head))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.refresh()
    assert "未设定" in page.period.text() and page.model.rowCount() == 0

    def period(d: QDialog) -> None:
        assert isinstance(d, PublicationDialog)
        d.start.setDateTime(QDateTime(now() - timedelta(hours=2)))
        d.end.setDateTime(QDateTime(now() + timedelta(days=2)))
        d.place.setText("赛务办公室")
        d.save()

    when_modal(period)
    page.edit_period()
    assert "赛务办公室" in page.period.text()

    def empty_then_record(d: QDialog) -> None:
        assert isinstance(d, RecordAppealDialog)
        d.lodger.setText(code)
        d.save()  # no grounds: refused in place, the dialog stays open
        assert "申诉理由" in d.error.text() and d.isVisible()
        d.grounds.setPlainText("A1 测量值抄录有误")
        d.save()

    when_modal(empty_then_record)
    page.record()
    assert page.model.rowCount() == 1 and page.model.row_at(0).status_text == "待仲裁"
    page.table.selectRow(0)
    assert page.decide_button.isEnabled() and not page.correct_button.isEnabled()

    def decide(d: QDialog) -> None:
        assert isinstance(d, DecideDialog)
        d.reasoning.setPlainText("复核录像，A1 实测 60 分")
        d.save()
        assert "仲裁组成员" in d.error.text()  # the panel's names are required
        d.panel.setText("张仲裁、李仲裁、王仲裁")
        d.save()

    when_modal(decide)
    page.decide()
    page.table.selectRow(0)
    assert "待更正" in page.model.row_at(0).status_text and page.correct_button.isEnabled()
    assert "张仲裁、李仲裁、王仲裁" in page.detail.text()

    def correct(d: QDialog) -> None:
        assert isinstance(d, CorrectForAppealDialog)
        d.code.setText(code)
        d.criterion.setText("a1")
        d.value.setText("60")
        d.reason.setText("A1 实测 60 分")
        d.save()

    when_modal(correct)
    page.correct()
    results.correct_after_signoff(venue, head, HEAD_PASSPHRASE, "依申诉更正")  # the results page's 生成新版本
    page.refresh()
    assert page.model.row_at(0).status_text == "支持，已更正（第 2 版）"

    def ok(d: QDialog) -> None:
        assert isinstance(d, QMessageBox) and "已生成" in d.text()
        d.accept()

    when_modal(ok)
    stem = page.make_sheet()
    assert stem is not None and stem.with_suffix(".pdf").is_file() and stem.with_suffix(".html").is_file()
    assert "第 2 版" in stem.with_suffix(".html").read_text(encoding="utf-8")
    assert appeals.list_appeals(venue, head)[0].corrections[-1].target == 2


def test_other_roles_see_no_appeals(qtbot: QtBot, venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                    tmp_path: Path) -> None:
    signed_venue(venue, head, staff, tmp_path, 3)
    for who in ("J1", "checkin"):
        page = AppealsPage(UiContext(venue, staff[who]))
        qtbot.addWidget(page)
        page.refresh()
        assert "仅裁判长" in page.period.text() and not page.record_button.isEnabled()
