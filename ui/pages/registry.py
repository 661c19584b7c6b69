"""The workflow pages in the order of the competition day.  A page module exposes ``PAGE`` (its class).

Modules are imported by name when the main window is built, so the start window paints before they load.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.pages.base import Page

PAGE_MODULES = (
    "ui.pages.roster",  # 名单
    "ui.pages.checkin",  # 检录
    "ui.pages.draw",  # 抽签与加密
    "ui.pages.scheme",  # 评分标准
    "ui.pages.scoring",  # 评分录入
    "ui.pages.results",  # 成绩与奖项
    "ui.pages.appeals",  # 申诉与仲裁（成绩公示）
    "ui.pages.package",  # 成绩包
    "ui.pages.audit",  # 审计与备份
    "ui.pages.settings",  # 设置与账号
)


def page_classes() -> list[type[Page]]:
    return [cls for _step, cls in page_steps()]


def page_steps() -> list[tuple[str, type[Page]]]:
    """(step, page class) in the order of the day; the step is the module's name (``app.roles.ROLE_STEPS``)."""
    return [(name.rsplit(".", 1)[1], importlib.import_module(name).PAGE) for name in PAGE_MODULES]
