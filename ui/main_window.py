"""The venue window: a header like a result sheet's, the day's pages on the left, the signed-in person below.

A page is built the first time it is shown, not when the window opens: opening a venue then costs the
first page only, whatever the size of the item (docs/performance.md).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.roles import ROLE_STEPS, Actor
from app.services import audit_log, backup, day, opening_check
from app.services import venue as venue_service
from db.venue_file import VenueFile
from ui import style
from ui.about_dialog import add_help_menu
from ui.context import UiContext
from ui.errors import show_error
from ui.pages.base import Page
from ui.pages.registry import PAGES
from ui.screen_fit import available_area, scrolling
from ui.status_bar import VenueStatusBar

BACKUP_INTERVAL_MS = 5 * 60 * 1000
CHECK_POLL_MS = 100  # how often the banner asks whether the background opening check is done


class MainWindow(QMainWindow):
    def __init__(self, venue: VenueFile, actor: Actor) -> None:
        super().__init__()
        self.ctx = UiContext(venue, actor)
        info = venue_service.summary(venue)
        self.setWindowTitle(self.tr("{item} — 赛场计分 VenueScore").format(item=info.item_label))

        title = QLabel(info.competition_name)
        title.setStyleSheet(style.title_style(16))
        item = QLabel(self.tr("竞赛项目：{item}　　承办单位：{host}　　比赛日期：{date}　　地点：{place}　　裁判长：{head}").format(
            item=info.item_label, host=info.host_unit, date=info.competition_date.isoformat(),
            place=info.venue_place, head=info.head_judge))
        item.setObjectName("venueHeader")
        item.setWordWrap(True)  # a long host unit or place wraps instead of widening the window past the screen
        header = QVBoxLayout()
        header.addWidget(title)
        header.addWidget(item)
        if info.groups:
            header.addWidget(QLabel(self.tr("组别：{g}").format(g="、".join(info.groups))))
        self.check_banner = QLabel(self.tr("正在核验场地文件…（核验通过前不能保存任何修改）"))
        self.check_banner.setObjectName("checkBanner")
        self.check_banner.setStyleSheet(f"background: {style.PALE_YELLOW}; {style.PADDED} {style.BOLD_STYLE}")
        header.addWidget(self.check_banner)

        self.nav = QListWidget()
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        self._entries = PAGES  # a page's module is imported when the page is first shown
        self._steps = [entry.step for entry in self._entries]
        self._built: list[Page | None] = [None] * len(self._entries)
        self._shown_steps: list[int] = []  # stack index of each row of the page list (the role's pages)
        for _entry in self._entries:
            self.stack.addWidget(QWidget())  # stands in for the page until it is first shown
        self.nav.currentRowChanged.connect(lambda row: self.show_page(self._index_of_row(row)))

        # The pages scroll only when the screen is smaller than a page needs (1280×720 at 125 %, large text):
        # then every button can still be reached; at 1366×768 every page fits without scrolling.
        self.page_area = scrolling(self.stack)
        self.page_area.setObjectName("pageArea")
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.page_area, 1)
        layout = QVBoxLayout()
        layout.addLayout(header)
        layout.addLayout(body, 1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)

        self.status = VenueStatusBar(self.ctx, self)
        self.setStatusBar(self.status)
        self.backup_label = self.status.backup_label
        self.status.switch_button.clicked.connect(self.switch_user)
        # While people are entering scores, keep a recent copy: every few minutes, if anything changed.
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self.periodic_backup)
        self.backup_timer.start(BACKUP_INTERVAL_MS)
        self._last_backed_up_seq = self._audit_seq()
        self.ctx.bus.actor_changed.connect(self.show_role_pages)

        QShortcut(QKeySequence("Ctrl+L"), self).activated.connect(self.switch_user)
        for i in range(9):  # Alt+1… : the n-th page of the list the signed-in person sees
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self).activated.connect(
                lambda i=i: self.nav.setCurrentRow(i) if i < self.nav.count() else None)
        add_help_menu(self)
        self.resize(available_area(self).size().boundedTo(QSize(1280, 800)))  # start_window opens it maximised
        self.opening_check = opening_check.of(venue)
        self.check_timer = QTimer(self)
        self.check_timer.timeout.connect(self.follow_opening_check)
        self.follow_opening_check()
        if not self.check_banner.isHidden():
            self.check_timer.start(CHECK_POLL_MS)
        self.show_role_pages()
        self._check_begun = False  # the opening check begins after the window's first paint (paintEvent)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._check_begun and self.opening_check is not None:
            # After this paint (the window and its first page on screen): checking while the page was built
            # would slow it and add the check's memory to the page's peak (app.services.opening_check).
            self._check_begun = True
            QTimer.singleShot(0, self.opening_check.begin)

    def follow_opening_check(self) -> None:
        """The banner shows while the background opening check runs; on failure the file is closed and the
        start window offers the newest sound backup, as when the check failed before the window opened."""
        check = self.opening_check
        if check is not None and not check.done:
            self.check_banner.show()
            return
        self.check_timer.stop()
        self.check_banner.hide()
        problem = check.problem() if check is not None else None
        if problem is None:
            if check is not None:
                self.statusBar().showMessage(self.tr("场地文件核验通过。"), 10_000)
            return
        from ui.start_window import StartWindow

        start = StartWindow(open_main=type(self))
        start.show()
        self._closing_for_restore = True
        self.ctx.venue.close()
        self.close()
        start.offer_restore(self.ctx.venue.path, problem)

    def show_role_pages(self) -> None:
        """The page list holds the signed-in person's pages only, in the order of their work, and the window
        opens the first task (a 检录员 the desk, a 裁判员 the grid, a 裁判长 the first step not done yet)."""
        role = self.ctx.actor.role
        mine = ROLE_STEPS.get(role, ())
        self._shown_steps = [i for i in sorted(range(len(self._steps)), key=lambda i: self._order(mine, i))
                             if self._steps[i] in mine]
        self.nav.blockSignals(True)
        self.nav.clear()
        for i in self._shown_steps:
            self.nav.addItem(self._entries[i].nav_title())
        self.nav.blockSignals(False)
        if not self._shown_steps:
            return
        first = day.first_step(role, day.day_state(self.ctx.venue))
        row = next((r for r, i in enumerate(self._shown_steps) if self._steps[i] == first), 0)
        self.nav.setCurrentRow(row)  # from -1 after clear(): always shows the page

    def _order(self, mine: tuple[str, ...], index: int) -> int:
        step = self._steps[index]
        return mine.index(step) if step in mine else len(mine) + index

    def _index_of_row(self, row: int) -> int:
        return self._shown_steps[row] if 0 <= row < len(self._shown_steps) else -1

    def page_for(self, step: str) -> Page | None:
        """The page of ``step`` if the signed-in person sees it (built now), else None."""
        index = self._steps.index(step) if step in self._steps else -1
        return self.page(index) if index in self._shown_steps else None

    def show_step(self, step: str) -> bool:
        """Open the page of ``step`` (as a click in the page list would) if the signed-in person sees it."""
        index = self._steps.index(step) if step in self._steps else -1
        if index not in self._shown_steps:
            return False
        self.nav.setCurrentRow(self._shown_steps.index(index))
        return True

    def page(self, index: int) -> Page:
        """Page ``index``, built now if it has not been shown yet."""
        page = self._built[index]
        if page is None:
            page = self._entries[index].page_class()(self.ctx)
            stand_in = self.stack.widget(index)
            assert stand_in is not None  # every row has its stand-in from __init__
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._built[index] = page
        return page

    @property
    def pages(self) -> list[Page]:
        """Every page (those not shown yet are built now)."""
        return [self.page(i) for i in range(len(self._entries))]

    def show_page(self, index: int) -> None:
        if not 0 <= index < len(self._entries):
            return
        shown = self.stack.currentIndex()
        leaving = self._built[shown] if shown != index else None
        if leaving is not None and not leaving.can_leave():  # a typed score the rules refuse: stay on it
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._shown_steps.index(shown) if shown in self._shown_steps else -1)
            self.nav.blockSignals(False)
            return
        just_built = self._built[index] is None
        page = self.page(index)
        self.stack.setCurrentIndex(index)
        if not (just_built and page.loads_when_built):
            page.refresh()
        page.focus_first_task()  # the scan box on 检录, the first empty cell on 评分录入, not the page list

    def switch_user(self) -> None:
        from ui.sign_in import SignInDialog

        shown = self._built[self.stack.currentIndex()]
        if shown is not None and not shown.can_leave():
            return
        dialog = SignInDialog(self.ctx.venue, self)
        if dialog.exec() and dialog.actor is not None:
            self.ctx.set_actor(dialog.actor)

    def _audit_seq(self) -> int:
        return audit_log.last_seq(self.ctx.venue)

    def periodic_backup(self) -> None:
        seq = self._audit_seq()
        if seq == self._last_backed_up_seq:
            return
        try:
            result = backup.backup_now(self.ctx.venue, "periodic")
        except DomainError as exc:
            self.statusBar().showMessage(exc.message, 15_000)
            return
        self._last_backed_up_seq = seq
        if result.warnings:
            self.statusBar().showMessage("；".join(result.warnings), 15_000)
        self.status.show_backup()

    def _may_close(self) -> bool:
        """A typed value that cannot be saved is not dropped silently: the user chooses."""
        if getattr(self, "_closing_for_restore", False):
            return True
        if all(page is None or page.can_leave() for page in self._built):
            return True
        answer = QMessageBox.question(
            self, self.tr("有未保存的输入"),
            self.tr("评分表中有一个值未能保存（原因见表下方的红字）。仍然关闭并放弃这个值吗？"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def restore_backup(self, path: Path, name: str, pin: str, passphrase: str | None = None) -> None:
        """Close the venue, restore the checked backup (name + PIN of a 裁判长 or 管理员), and go back to the
        start window to sign in again."""
        from ui.start_window import StartWindow

        venue_path = self.ctx.venue.path
        self.ctx.venue.close()
        try:
            done = backup.restore(path, venue_path, name, pin, passphrase)
            kept = done.kept or venue_path
        except DomainError as exc:
            show_error(self, exc)
            kept = None
        start = StartWindow(open_main=type(self))
        start.show()
        if kept is not None:
            start.statusBar().showMessage(self.tr("已恢复；原文件另存为 {k}").format(k=kept.name), 30_000)
        self._closing_for_restore = True
        self.close()
        start.open_path(venue_path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close():
            event.ignore()
            return
        if not getattr(self, "_closing_for_restore", False):
            self.ctx.venue.close()
        super().closeEvent(event)
