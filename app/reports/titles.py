"""Names and titles of the printed reports, without loading reportlab.

The command line's choices and the pages' buttons and menus need them at start-up; the report modules
(``result_reports``, ``checkin_sheets``) print under the same titles.
"""

from __future__ import annotations

from app.i18n import tr

RESULT_REPORTS = {  # app.reports.result_reports
    "summary": "成绩汇总表",
    "awards": "获奖名单",
    "passes": "合格名单",
    "score-sheets": "评分明细表",
    "blank-sheets": "空白评分表",
}
CHECKIN_SHEETS = {  # app.reports.checkin_sheets
    "checkin-list": "检录签到表",
    "station-plan": "工位安排表",
    "blind-codes": "加密号对照表（密封）",
    "door-list": "工位加密号对照表（门口）",
}


def report_title(name: str) -> str:
    return tr(RESULT_REPORTS[name])


def sheet_title(name: str) -> str:
    return tr(CHECKIN_SHEETS[name])
