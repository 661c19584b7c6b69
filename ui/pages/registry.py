"""The workflow pages in the order of the competition day.  A page module exposes ``PAGE`` (its class).

The main window lists every page of the signed-in person's role but builds one only when it is first shown,
so a page's module is imported only then (``PageEntry.page_class``): opening a venue loads the first page's
code, not all ten pages' (docs/performance.md).  The page list's titles are read from here meanwhile, in
the page class's own translation context, so they are the pages' own ``nav_title``
(tests/ui/test_main_window.py checks both languages).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.source_lines import forget_read_sources

if TYPE_CHECKING:
    from ui.pages.base import Page


@dataclass(frozen=True)
class PageEntry:
    module: str  # ui.pages.<step>
    class_name: str  # its PAGE class: the translation context of its title
    title: str  # the source text of its page_title()

    @property
    def step(self) -> str:
        """The step of the day (``app.roles.ROLE_STEPS``): the module's name."""
        return self.module.rsplit(".", 1)[1]

    def nav_title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title)

    def page_class(self) -> type[Page]:
        page = importlib.import_module(self.module).PAGE
        forget_read_sources()
        return page  # type: ignore[no-any-return]


PAGES = (
    PageEntry("ui.pages.roster", "RosterPage", "选手名单"),
    PageEntry("ui.pages.checkin", "CheckinPage", "检录"),
    PageEntry("ui.pages.draw", "DrawPage", "抽签与加密"),
    PageEntry("ui.pages.scheme", "SchemePage", "评分标准"),
    PageEntry("ui.pages.scoring", "ScoringPage", "评分录入"),
    PageEntry("ui.pages.results", "ResultsPage", "成绩与奖项"),
    PageEntry("ui.pages.appeals", "AppealsPage", "申诉与仲裁"),
    PageEntry("ui.pages.package", "PackagePage", "成绩包"),
    PageEntry("ui.pages.audit", "AuditPage", "审计与备份"),
    PageEntry("ui.pages.settings", "SettingsPage", "设置与账号"),
)


def page_classes() -> list[type[Page]]:
    return [cls for _step, cls in page_steps()]


def page_steps() -> list[tuple[str, type[Page]]]:
    """(step, page class) in the order of the day, every page module imported."""
    return [(entry.step, entry.page_class()) for entry in PAGES]
