"""The workflow pages in the order of the competition day.  A page module exposes ``PAGE`` (its class).

Missing modules are skipped, so each room's page appears once its module exists.
"""

from __future__ import annotations

import importlib

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


def page_classes() -> list[type]:
    return [cls for _step, cls in page_steps()]


def page_steps() -> list[tuple[str, type]]:
    """(step, page class) in the order of the day; the step is the module's name (``app.roles.ROLE_STEPS``)."""
    out = []
    for name in PAGE_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        out.append((name.rsplit(".", 1)[1], module.PAGE))
    return out
