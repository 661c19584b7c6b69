"""The main window's status bar: venue, item, who is signed in, lock state, export state and the last backup.

Read from ``app.services.day`` (cheap) after every change, so what it says is always the file's state.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from app.errors import DomainError
from app.roles import Role
from app.services import backup, day
from app.services import venue as venue_service
from ui import style
from ui.context import SCORE_TYPED, UiContext

# Rooms whose changes never alter what the bar shows (app.services.day reads no attendance or score, and a
# check-in or a typed score makes no backup); every other change re-reads the day's state.
ROOMS_NOT_SHOWN = frozenset({"checkin", SCORE_TYPED})


class VenueStatusBar(QStatusBar):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        info = venue_service.summary(ctx.venue)
        # a long file name is shortened in the middle (the whole path is the tooltip): the bar stays on screen
        name = self.fontMetrics().elidedText(ctx.venue.path.name, Qt.TextElideMode.ElideMiddle,
                                             self.fontMetrics().averageCharWidth() * 24)
        self.venue_label = QLabel(self.tr("{file}｜{item}").format(file=name, item=info.item_label))
        self.venue_label.setToolTip(str(ctx.venue.path))
        self.lock_label = QLabel()
        self.export_label = QLabel()
        self.backup_label = QLabel()
        self.who = QLabel()
        self.switch_button = QPushButton(self.tr("切换用户"))
        for w in (self.venue_label, self.lock_label, self.export_label, self.backup_label):
            w.setContentsMargins(style.STATUS_GAP, 0, style.STATUS_GAP, 0)
            self.addWidget(w)

        self.addPermanentWidget(self.who)
        self.addPermanentWidget(self.switch_button)
        ctx.bus.data_changed.connect(self._on_changed)
        ctx.bus.actor_changed.connect(self.show_actor)
        self.show_state()
        self.show_actor()

    def _on_changed(self, room: str) -> None:
        # A check-in scan changes nothing the bar shows (locks, revisions, exports, backups: an attendance event
        # is none of these), and re-reading them was a fifth of each scan at the desk.
        if room not in ROOMS_NOT_SHOWN:
            self.show_state()

    def show_actor(self) -> None:
        self.who.setText(self.ctx.actor.label)
        self.who.setToolTip(self.tr("当前用户"))
        self.export_label.setVisible(self.ctx.actor.role == Role.HEAD_JUDGE)  # the package is the head judge's

    def show_state(self) -> None:
        state = day.day_state(self.ctx.venue)
        # short facts, each saying what it is about, so the bar fits 1366 px with large text too
        self.lock_label.setText(state.lock_text)
        # the signal is in words ("尚未导出"), the colour only underlines it
        self.export_label.setText(state.export_text)
        style.restyle(self.export_label, style.WARN_STYLE if state.export_pending else "")
        self.show_backup()

    def show_backup(self) -> None:
        try:
            at = backup.last_backup_time(self.ctx.venue)  # this venue's (by identity), not another file's of that name
        except DomainError:
            at = None
        text = at.strftime("%H:%M:%S") if at else self.tr("尚无")
        self.backup_label.setText(self.tr("完好备份：{t}").format(t=text))
        self.backup_label.setToolTip(self.tr("最近一次完好备份的时间（本赛场文件的）"))
