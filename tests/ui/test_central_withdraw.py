"""pytest-qt: the committee withdraws the selected package with a reason and reinstates it, from the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog
from pytestqt.qtbot import QtBot

from app.services import central
from db.central.engine import open_central
from tests.central.packages import Made, make, register
from tests.ui.test_start_window_damaged import answer_modals
from ui.central_window import CentralWindow


@pytest.fixture(scope="module")
def item31(tmp_path_factory: pytest.TempPathFactory) -> Made:
    return make(tmp_path_factory.mktemp("w31"), 31)


def type_reason(text: str) -> Callable[[QDialog], None]:
    def do(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(text)
        dialog.accept()
    return do


def test_withdraw_and_reinstate_from_the_inbox(qtbot: QtBot, tmp_path: Path, item31: Made) -> None:
    db = open_central(tmp_path / "central.sqlite", create=True)
    register(db, item31)
    p = central.import_package(db, "组委会 李明", item31.path).package
    central.accept(db, "组委会 李明", p.id)
    window = CentralWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.operator.setText("组委会 王芳")
    window.refresh()
    window.package_view.selectRow(0)
    handlers = [type_reason("赛场来电：签字页有误")]
    seen = answer_modals(handlers)
    window.withdraw_selected()
    assert not handlers and seen
    view = central.package(db, p.id)
    assert (view.status, view.withdrawn_by, view.withdrawn_reason) == (central.WITHDRAWN, "组委会 王芳", "赛场来电：签字页有误")
    window.package_view.selectRow(0)
    assert "已由 组委会 王芳 撤回" in window.detail.text() and window.packages.row_at(0).status_label == "已撤回"
    handlers = [type_reason("核实无误")]
    answer_modals(handlers)
    window.reinstate_selected()
    assert central.package(db, p.id).status == central.ACCEPTED
    window.close()
