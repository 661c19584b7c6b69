"""Every page and dialog fits the venue laptop's screen with its buttons visible.

Sizes are the client area of a maximised window on Windows (taskbar ~40 px, title bar ~31 px):
1366×768 → 1366×697; 1280×720 at 125 % → 1024×576 logical → 1024×505.  The offscreen test screen is
only 800×600, so the window is resized to these sizes after it is shown, as maximising would.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.roles import Actor
from app.services import demo, roster, scheme, scoring, users
from app.services.results import TieView
from db.venue_file import VenueFile, open_venue
from tests.app.services.scoring_world import drawn
from ui.about_dialog import AboutDialog
from ui.central_window import RegisterKeyDialog
from ui.context import UiContext
from ui.dialogs.contestant_form import ContestantDialog
from ui.dialogs.results_dialogs import SignOffDialog, TieDecisionDialog
from ui.dialogs.roster_import import RosterImportWizard
from ui.dialogs.scoring_dialogs import CorrectionDialog, HistoryDialog
from ui.dialogs.secret import CredentialsDialog, PassphraseDialog
from ui.main_window import MainWindow
from ui.new_venue_dialog import NewVenueDialog
from ui.pages.scheme import CriterionDialog
from ui.pages.settings import AddUserDialog
from ui.screen_fit import title_width
from ui.sign_in import SignInDialog

LAPTOP = QSize(1366, 697)  # 1366×768, maximised
SMALL = QSize(1024, 505)  # 1280×720 at 125 %, maximised


def demo_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    files = demo.demo_files(tmp_path / "demo")
    venue = open_venue(files.venue)
    window = MainWindow(venue, users.sign_in(venue, demo.HEAD_JUDGE, demo.HEAD_PIN))
    qtbot.addWidget(window)
    window.show()
    return window


def buttons_outside(page: QWidget, viewport: QWidget) -> list[str]:
    """Visible buttons of ``page`` not wholly inside ``viewport`` (what the user sees of the page)."""
    seen = viewport.rect()
    out = []
    for b in page.findChildren(QAbstractButton):
        if b.isVisibleTo(page) and b.window() is page.window():
            r = QRect(b.mapTo(viewport, QPoint(0, 0)), b.size())
            if not seen.contains(r):
                out.append(b.text() or b.objectName() or type(b).__name__)
    return out


def settle(window: QWidget, size: QSize) -> None:
    window.resize(size)
    for _ in range(3):
        QApplication.processEvents()


def test_every_page_fits_the_laptop_screen_without_scrolling(qtbot: QtBot, tmp_path: Path) -> None:
    window = demo_window(qtbot, tmp_path)
    settle(window, LAPTOP)
    assert window.size() == LAPTOP, "the window may be as small as the laptop's screen"
    for i in range(window.nav.count()):
        window.nav.setCurrentRow(i)
        settle(window, LAPTOP)
        page, viewport = window.page(i), window.page_area.viewport()
        title = page.page_title()
        assert page.minimumSizeHint().height() <= viewport.height(), f"{title} needs scrolling at 1366×768"
        assert page.minimumSizeHint().width() <= viewport.width(), f"{title} is wider than 1366×768"
        assert buttons_outside(page, viewport) == [], f"{title}: buttons off-screen"


def test_small_screen_and_large_text_keep_the_window_on_screen(qtbot: QtBot, tmp_path: Path) -> None:
    window = demo_window(qtbot, tmp_path)
    for i in range(window.nav.count()):  # build every page: the window's minimum covers them all
        window.nav.setCurrentRow(i)
    minimum = window.minimumSizeHint()
    assert minimum.width() <= SMALL.width() and minimum.height() <= SMALL.height()
    settle(window, SMALL)
    for i in range(window.nav.count()):  # pages may scroll down, never sideways
        window.nav.setCurrentRow(i)
        settle(window, SMALL)
        assert window.page(i).minimumSizeHint().width() <= window.page_area.viewport().width(), \
            window.page(i).page_title()

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    large = app.font()
    large.setPointSizeF(normal.pointSizeF() * 1.4)  # Windows "make text bigger" / 140 %
    app.setFont(large)
    try:
        big = MainWindow(window.ctx.venue, window.ctx.actor)
        qtbot.addWidget(big)
        big.show()
        for i in range(big.nav.count()):
            big.nav.setCurrentRow(i)
        minimum = big.minimumSizeHint()
        assert minimum.width() <= LAPTOP.width() and minimum.height() <= LAPTOP.height()
    finally:
        app.setFont(normal)


def fits(dialog: QDialog) -> None:
    """The dialog's natural size fits the small screen, and at that size every button is inside it."""
    dialog.show()
    dialog.resize(dialog.sizeHint().boundedTo(SMALL))
    QApplication.processEvents()
    name = dialog.windowTitle()
    assert dialog.minimumSizeHint().width() <= SMALL.width(), name
    assert dialog.minimumSizeHint().height() <= SMALL.height(), name
    assert dialog.width() >= dialog.minimumSizeHint().width(), name
    assert buttons_outside(dialog, dialog) == [], name
    dialog.close()


def test_dialogs_size_to_their_content(
    qtbot: QtBot, seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    codes = drawn(seeded, staff, tmp_path)
    for j, v in (("J1", "0"), ("J2", "2"), ("J3", "2")):
        scoring.enter_judgement(seeded, staff[j], codes[0], "A2", v)
    ctx = UiContext(seeded, staff["head"])

    sign_in = SignInDialog(seeded)
    qtbot.addWidget(sign_in)
    fits(sign_in)
    assert sign_in.width() >= title_width(sign_in), "the sign-in title is shown whole"

    judges = [f"裁判{i}" for i in (1, 2, 3)]
    grid = scoring.grid(seeded, staff["head"], "A", only=codes[0])
    cell = grid.rows[0].cells[1]
    assert cell.text == "0 · 2 · 2"
    correction = CorrectionDialog(ctx, codes[0], "A2", "J", cell.text, judges, by_judge=cell.by_judge)
    qtbot.addWidget(correction)
    fits(correction)
    labels = [w.text() for w in correction.findChildren(type(correction.judge_value))]
    assert "裁判1 0 · 裁判2 2 · 裁判3 2" in labels, "现值 names each judge"
    correction.judge.setCurrentText("裁判2")
    assert correction.judge_value.text() == "2"
    reason = correction.reason
    assert reason.width() >= reason.fontMetrics().horizontalAdvance(reason.placeholderText()), "placeholder cut"

    long_text = "能正确使用万用表测量电路中各点电压并根据结果判断故障位置"  # 28 characters
    draft = next(c for c in scheme.get_scheme(seeded).criteria if c.kind == "J")
    editor = CriterionDialog(draft.__class__(**{**draft.__dict__, "description": long_text}))
    qtbot.addWidget(editor)
    fits(editor)
    assert editor.description.width() >= editor.description.fontMetrics().horizontalAdvance(long_text), \
        "the criterion editor shows a long description whole"

    history = HistoryDialog(scoring.history(seeded, staff["head"], codes[0], "A2"), "记录")
    tie = TieView("职工组", 3, ("31001", "31002"), ("张三", "李四"), ("三等奖", "优胜奖"), None, None, "第 3 名并列")
    people = roster.list_contestants(seeded)
    for d in (history, AddUserDialog(ctx), PassphraseDialog("锁定成绩", "输入裁判长口令。" * 4),
              CredentialsDialog("恢复", "输入恢复码。"), SignOffDialog("钱莉", 2, True), TieDecisionDialog(tie),
              ContestantDialog(ctx, people[0].id), ContestantDialog(ctx, None), RosterImportWizard(ctx),
              NewVenueDialog(folder=tmp_path), AboutDialog(), RegisterKeyDialog()):
        qtbot.addWidget(d)
        fits(d)
