"""Regenerate the .xlsx templates in resources/templates from the column definitions in app/: the roster template,
the marking-scheme template and the LED demo scheme.

Run after changing a column list (app/services/roster_rows.py, app/services/scheme.py):
`python scripts/make_templates.py`.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from app.services.roster_rows import ROSTER_COLUMNS
from app.services.scheme import HEADERS

OUT = Path(__file__).resolve().parent.parent / "resources" / "templates"

ROSTER_NOTES = [
    ("姓名", "必填。"),
    ("身份证号", "必填，18 位；请把此列设为“文本”格式，避免 Excel 把号码变成科学计数法。港澳台居民居住证号（81/82/83 开头）同样可用。"),
    ("性别", "可填“男/女”；留空时按身份证号判断。与身份证号不一致会被指出。"),
    ("手机", "11 位手机号，或带区号的座机（如 023-88152323）。"),
    ("单位/学校", "所在单位或学校全称。"),
    ("人员类别", "必填：职工、教师、学生、灵活就业。"),
    ("组别", "本项目设组别时必填（如 职工组、学生组），须与项目设置一致；未设组别请留空。"),
    ("女职工退休年龄类别", "女选手填 50（原 50 岁退休，工人）或 55（原 55 岁退休，干部）；不清楚可留空，系统会在需要时提示确认。"),
    ("报名号", "可选；留空时自动编号（项目号 + 序号）。"),
]

SCHEME_NOTES = [
    ("模块", "必填。模块编号，如 A、B、C；同一模块的评分项写在一起。"),
    ("模块名称", "模块的名称，如“安装与接线”；同一模块各行须一致（只在第一行填写也可以）。"),
    ("评分项编号", "必填，唯一，如 A1.3。"),
    ("评分项描述", "必填。评什么、怎样算对。"),
    ("类型", "必填：M（测量，客观项：裁判组商定一个分值，录入一次）或 J（评价，主观项：每位裁判给 0–3 分）。"
             "也可写“测量”/“评价”。"),
    ("分值", "必填，大于 0，最多两位小数。所有评分项分值之和须等于项目总分（默认 100）。"),
    ("裁判人数", "评价项填 3 或 5（5 人时去掉一个最高分和一个最低分）；留空按 3 人。测量项留空。"),
    ("0分描述…3分描述", "评价项各分数的含义，评分时显示给裁判；可留空。"),
    ("评价分计算", "评分项得分 = 裁判平均分 ÷ 3 × 分值，四舍五入保留两位小数。裁判之间相差超过 1 分须复议更正后才能锁定。"),
]

GENERIC = (
    "低于行业标准",
    "达到行业标准",
    "达到并部分超出行业标准",
    "优秀，远超行业标准",
)

# The demo item 01 LED 显示屏应用: three modules, 13 criteria, 100 points.
LED_SCHEME: list[tuple[str, str, str, str, str, float, int | None]] = [
    ("A", "安装与接线", "A1.1", "元器件选型正确，上电前用万用表检测合格", "M", 6, None),
    ("A", "安装与接线", "A1.2", "LED 点阵单元板安装牢固、方向与位置正确", "M", 8, None),
    ("A", "安装与接线", "A1.3", "电源线、排线与信号线接线正确，无短路、无反接", "M", 10, None),
    ("A", "安装与接线", "A1.4", "布线工艺：走线整齐、扎线规范、线号标识清楚", "J", 9, 3),
    ("A", "安装与接线", "A1.5", "焊接质量：焊点光亮饱满、无虚焊与拉尖", "J", 7, 3),
    ("B", "调试与编程", "B1.1", "上电自检通过，整屏显示无坏点、无串色", "M", 8, None),
    ("B", "调试与编程", "B1.2", "滚动字幕显示“巴渝工匠”等指定内容，速度与方向正确", "M", 10, None),
    ("B", "调试与编程", "B1.3", "实现亮度分级调节与定时开关屏功能", "M", 9, None),
    ("B", "调试与编程", "B1.4", "程序结构清晰、注释规范、参数设置合理", "J", 6, 3),
    ("B", "调试与编程", "B1.5", "显示效果：画面流畅、亮度均匀、切换自然", "J", 12, 3),
    ("C", "职业素养", "C1.1", "安全文明操作：穿戴劳保用品，断电接线，工具使用规范", "J", 6, 3),
    ("C", "职业素养", "C1.2", "工位整理与 6S 管理，材料节约", "J", 5, 3),
    ("C", "职业素养", "C1.3", "按时完成，调试记录与说明文档齐全", "M", 4, None),
]


def _sheet(title: str, header: list[str], wrap: bool) -> tuple[Workbook, Worksheet]:
    """A workbook whose first sheet is ``title`` with ``header`` in bold on a pale blue row."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    ws.append(header)
    _style_header(ws, wrap)
    return wb, ws


def _style_header(ws: Worksheet, wrap: bool) -> None:
    fill = PatternFill("solid", fgColor="DDEBF7")
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = (Alignment(horizontal="center", vertical="center", wrap_text=True) if wrap
                          else Alignment(horizontal="center"))


def _finish(wb: Workbook, ws: Worksheet, notes: list[tuple[str, str]], name_width: int, path: Path) -> None:
    """Freeze the header, add the 填写说明 sheet (one line a column) and save."""
    ws.freeze_panes = "A2"
    sheet = wb.create_sheet("填写说明")
    sheet.append(["列名", "说明"])
    for name, text in notes:
        sheet.append([name, text])
    sheet.column_dimensions["A"].width = name_width
    sheet.column_dimensions["B"].width = 100
    wb.save(path)


def roster_template(path: Path) -> None:
    wb, ws = _sheet("选手名单", [c.header + ("*" if c.required else "") for c in ROSTER_COLUMNS], wrap=False)
    widths = [10, 22, 6, 14, 28, 10, 10, 18, 10]
    for i, w in enumerate(widths):
        letter = ws.cell(row=1, column=i + 1).column_letter
        ws.column_dimensions[letter].width = w
        for row in range(2, 1002):
            ws.cell(row=row, column=i + 1).number_format = "@"  # text, so ID numbers keep all 18 digits
    _finish(wb, ws, ROSTER_NOTES, 20, path)


def _scheme(path: Path, rows: list[list[object]]) -> None:
    wb, ws = _sheet("评分标准", HEADERS, wrap=True)
    for row in rows:
        ws.append(row)
    for i, w in enumerate([6, 14, 11, 48, 6, 7, 9, 16, 16, 18, 18]):
        ws.column_dimensions[ws.cell(row=1, column=i + 1).column_letter].width = w
    _finish(wb, ws, SCHEME_NOTES, 18, path)


def scheme_template(path: Path) -> None:
    _scheme(path, [])


def led_demo_scheme(path: Path) -> None:
    _scheme(path, [[module, name, code, text, kind, points, judges or "",
                    *(GENERIC if kind == "J" else ("", "", "", ""))]
                   for module, name, code, text, kind, points, judges in LED_SCHEME])


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    roster_template(OUT / "roster-template.xlsx")
    scheme_template(OUT / "scheme-template.xlsx")
    led_demo_scheme(OUT / "demo-scheme-led.xlsx")
    print("written", OUT)
