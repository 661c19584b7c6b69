"""The main window's status bar: venue, item, who is signed in, lock state, export state and the last backup.

Read from ``app.services.day`` (cheap) after every change, so what it says is always the file's state.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QStatusBar, QWidget

from app.errors import DomainError
from app.services import backup, day
from app.services import venue as venue_service
from ui import style
from ui.context import UiContext


class VenueStatusBar(QStatusBar):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        info = venue_service.summary(ctx.venue)
        self.venue_label = QLabel(self.tr("赛场：{file}｜{item}").format(file=ctx.venue.path.name, item=info.item_label))
        self.venue_label.setToolTip(str(ctx.venue.path))
        self.lock_label = QLabel()
        self.export_label = QLabel()
        self.backup_label = QLabel()
        self.who = QLabel()
        self.switch_button = QPushButton(self.tr("切换用户"))
        for w in (self.venue_label, self.lock_label, self.export_label, self.backup_label):
            w.setContentsMargins(style.STATUS_GAP, 0, style.STATUS_GAP, 0)
            self.addWidget(w)
        # on a narrow screen the file name is cut rather than the window made wider than the screen
        self.venue_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.venue_label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.addPermanentWidget(self.who)
        self.addPermanentWidget(self.switch_button)
        ctx.bus.data_changed.connect(lambda _room: self.show_state())
        ctx.bus.actor_changed.connect(self.show_actor)
        self.show_state()
        self.show_actor()

    def show_actor(self) -> None:
        self.who.setText(self.tr("当前用户：{who}").format(who=self.ctx.actor.label))

    def show_state(self) -> None:
        state = day.day_state(self.ctx.venue)
        self.lock_label.setText(self.tr("锁定：{s}").format(s=state.lock_text))
        # the signal is in words ("尚未导出"), the colour only underlines it
        self.export_label.setText(self.tr("成绩包：{s}").format(s=state.export_text))
        self.export_label.setStyleSheet(style.WARN_STYLE if state.export_pending else "")
        self.show_backup()

    def show_backup(self) -> None:
        try:
            at = backup.last_backup_time(self.ctx.venue)  # this venue's (by identity), not another file's of that name
        except DomainError:
            at = None
        text = at.strftime("%H:%M:%S") if at else self.tr("尚无")
        self.backup_label.setText(self.tr("最近一次完好备份：{t}").format(t=text))
