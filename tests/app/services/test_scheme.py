"""Marking scheme: template, LED demo, row-level validation, export round trip, freeze after the first score."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.errors import PermissionDenied, StateError, ValidationError
from app.roles import Actor
from app.services import scheme, scoring
from db.models import AuditRecord
from db.venue_file import VenueFile
from tests.app.services.scoring_world import SCHEME_ROWS, drawn, write_scheme


def test_template_and_demo_files(tmp_path: Path) -> None:
    blank = scheme.save_template(tmp_path / "t.xlsx")
    ws = load_workbook(blank).worksheets[0]
    assert [c.value for c in ws[1]] == scheme.HEADERS
    assert ws.max_row == 1  # nothing to delete before filling it in
    demo = scheme.save_template(tmp_path / "d.xlsx", demo=True)
    from app.item_settings import ItemSettings

    drafts = scheme.read_scheme_file(demo, ItemSettings())
    assert [d.module for d in drafts].count("A") == 5
    assert {d.module_name for d in drafts} == {"安装与接线", "调试与编程", "职业素养"}
    assert sum(d.max_points for d in drafts) == D(100)
    assert {d.kind for d in drafts} == {"M", "J"}


def test_import_view_and_export_round_trip(venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    scheme.import_scheme(venue, head, write_scheme(tmp_path / "s.xlsx"))
    view = scheme.get_scheme(venue)
    assert [m.code for m in view.modules] == ["A", "B"]
    assert [m.max_points for m in view.modules] == [D(60), D(40)]
    assert view.scheme_total == D(100) and not view.frozen
    a2 = view.criteria[1]
    assert (a2.code, a2.kind, a2.judges, a2.descriptions) == ("A2", "J", 3, ("差", "合格", "良好", "优秀"))
    out = scheme.export_scheme(venue, head, tmp_path / "out.xlsx")
    change = scheme.import_scheme(venue, head, out)
    assert change.empty  # the exported file is the same scheme


def test_kind_words_and_csv(venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    lines = [",".join(scheme.HEADERS)]
    lines += ["A,实操,A1,甲,测量,50,,,,,", "A,实操,A2,乙,评价,50,5,,,,"]
    path.write_text("\n".join(lines), encoding="gb18030")
    scheme.import_scheme(venue, head, path)
    kinds = [(c.code, c.kind, c.judges) for c in scheme.get_scheme(venue).criteria]
    assert kinds == [("A1", "M", 1), ("A2", "J", 5)]


def test_row_level_problems(venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    rows = [
        ["A", "实操", "A1", "一", "M", 30, "", "", "", "", ""],
        ["A", "实操", "A1", "重复编号", "M", 10, "", "", "", "", ""],  # row 3: duplicate id
        ["A", "实操", "A3", "零分", "M", 0, "", "", "", "", ""],  # row 4: non-positive
        ["A", "实操", "A4", "类型", "X", 10, "", "", "", "", ""],  # row 5: unknown type
        ["B", "素养", "B1", "四人", "J", 20, 4, "", "", "", ""],  # row 6: judges not 3/5
        ["B", "另名", "B2", "模块名", "M", 5, "", "", "", "", ""],  # row 7: module name differs
    ]
    with pytest.raises(ValidationError) as err:
        scheme.import_scheme(venue, head, write_scheme(tmp_path / "bad.xlsx", rows))
    text = [str(p) for p in err.value.problems]
    assert any("第 3 行" in t and "评分项编号重复（与第 2 行相同）" in t for t in text)
    assert any("第 4 行" in t and "分值须大于 0" in t for t in text)
    assert any("第 5 行" in t and "类型须为 M" in t for t in text)
    assert any("第 6 行" in t and "裁判人数须为 3 或 5" in t for t in text)
    assert any("第 7 行" in t and "名称不一致" in t for t in text)
    assert any("与项目总分 100 不符" in t for t in text)
    assert scheme.get_scheme(venue).criteria == ()  # all-or-nothing


def test_total_must_match_item_total(venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    rows = [r[:] for r in SCHEME_ROWS]
    rows[0][5] = 25  # A1 30 → 25: scheme sums to 95
    with pytest.raises(ValidationError) as err:
        scheme.import_scheme(venue, head, write_scheme(tmp_path / "s.xlsx", rows))
    assert "各模块分值合计 95（A 55，B 40），与项目总分 100 不符" in str(err.value)


def test_edit_in_app_uses_the_same_checks(venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    scheme.import_scheme(venue, head, write_scheme(tmp_path / "s.xlsx"))
    drafts = list(scheme.get_scheme(venue).criteria)
    drafts[0] = replace(drafts[0], max_points=D(-1))
    with pytest.raises(ValidationError, match="未保存") as err:
        scheme.save_scheme(venue, head, drafts)
    assert any("分值须大于 0" in str(p) for p in err.value.problems)
    # moving 5 points from A1 to B2 keeps the total and saves
    drafts = list(scheme.get_scheme(venue).criteria)
    drafts[0] = replace(drafts[0], max_points=D(25))
    drafts[3] = replace(drafts[3], max_points=D(25))
    change = scheme.save_scheme(venue, head, drafts)
    assert {c.code for c in change.changes} == {"A1", "B2"}
    assert [m.max_points for m in scheme.get_scheme(venue).modules] == [D(55), D(45)]


def test_frozen_after_first_score(seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path) -> None:
    codes = drawn(seeded, staff, tmp_path)
    head = staff["head"]
    scoring.enter_measurement(seeded, head, codes[0], "A1", "24")
    scoring.enter_judgement(seeded, staff["J1"], codes[0], "A2", "2")
    assert scheme.get_scheme(seeded).frozen

    drafts = list(scheme.get_scheme(seeded).criteria)
    drafts[1] = replace(drafts[1], description="评价项 A2（修订）", max_points=D(36))
    drafts[0] = replace(drafts[0], max_points=D(24))
    with pytest.raises(PermissionDenied):
        scheme.save_scheme(seeded, staff["admin"], drafts, "调整")
    with pytest.raises(ValidationError, match="须填写原因"):
        scheme.save_scheme(seeded, head, drafts)

    preview = scheme.preview_change(seeded, drafts)
    assert preview.frozen and preview.affected_entries == 2
    assert any("A2" in line and "已有 1 条评分记录，原样保留" in line for line in preview.summary())
    change = scheme.save_scheme(seeded, head, drafts, "专家组复核后调整分值")
    assert change.affected_entries == 2
    # the entries stay as typed; the totals follow the new scheme (A2: 2/?/? pending)
    hist = scoring.history(seeded, head, codes[0], "A1")
    assert [h.value for h in hist] == [D(24)]
    with seeded.unit_of_work() as s:
        rec = s.scalars(select(AuditRecord).where(AuditRecord.action == "scheme.change")).one()
        assert rec.data["reason"] == "专家组复核后调整分值" and rec.data["affected_entries"] == 2


def test_frozen_refuses_changes_that_would_orphan_entries(
    seeded: VenueFile, staff: dict[str, Actor], tmp_path: Path
) -> None:
    codes = drawn(seeded, staff, tmp_path)
    head = staff["head"]
    scoring.enter_measurement(seeded, head, codes[0], "A1", "28")
    base = list(scheme.get_scheme(seeded).criteria)
    # removing a scored criterion
    without = [d for d in base if d.code != "A1"]
    without[0] = replace(without[0], max_points=D(60))
    with pytest.raises(StateError) as err:
        scheme.save_scheme(seeded, head, without, "删除")
    assert any("A1 已有 1 条评分记录，不能删除" in str(p) for p in err.value.problems)
    # changing its type
    kinds = [replace(base[0], kind="J", judges=3)] + base[1:]
    with pytest.raises(StateError, match="影响已录入的分数"):
        scheme.save_scheme(seeded, head, kinds, "改类型")
    # lowering the max below a value already measured
    lower = [replace(base[0], max_points=D(25)), base[1], base[2], replace(base[3], max_points=D(25))]
    with pytest.raises(StateError) as err:
        scheme.save_scheme(seeded, head, lower, "降分值")
    assert any("高于新分值 25" in str(p) for p in err.value.problems)
    assert [d.max_points for d in scheme.get_scheme(seeded).criteria] == [D(30), D(30), D(20), D(20)]
