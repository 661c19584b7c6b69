"""Regenerate the .xlsx templates in resources/templates from the column definitions in app/.

Run after changing a column list: `python scripts/make_templates.py`.  tests/app/test_templates.py
checks the committed files still match.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from app.services.roster_rows import ROSTER_COLUMNS

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


def roster_template(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "选手名单"
    ws.append([c.header + ("*" if c.required else "") for c in ROSTER_COLUMNS])
    fill = PatternFill("solid", fgColor="DDEBF7")
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center")
    widths = [10, 22, 6, 14, 28, 10, 10, 18, 10]
    for i, w in enumerate(widths):
        letter = ws.cell(row=1, column=i + 1).column_letter
        ws.column_dimensions[letter].width = w
        for row in range(2, 1002):
            ws.cell(row=row, column=i + 1).number_format = "@"  # text, so ID numbers keep all 18 digits
    ws.freeze_panes = "A2"
    notes = wb.create_sheet("填写说明")
    notes.append(["列名", "说明"])
    for name, text in ROSTER_NOTES:
        notes.append([name, text])
    notes.column_dimensions["A"].width = 20
    notes.column_dimensions["B"].width = 100
    wb.save(path)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    roster_template(OUT / "roster-template.xlsx")
    print("written", OUT)
