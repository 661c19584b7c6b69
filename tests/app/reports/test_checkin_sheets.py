"""The four check-in sheets: names and stations in the extracted text, font embedded, roles enforced."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.errors import PermissionDenied, StateError
from app.reports import checkin_sheets
from app.roles import Actor
from app.services import checkin, draw, roster, vault
from db.venue_file import VenueFile
from tests.conftest import HEAD_PASSPHRASE, roster_rows, write_roster

PRINTED = datetime(2026, 11, 28, 8, 5)


@pytest.fixture
def drawn(venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path) -> VenueFile:
    rows = roster_rows(30, group="职工组") + roster_rows(12, group="学生组", seed=7)
    roster.import_roster(venue, head, write_roster(tmp_path / "r.xlsx", rows))
    people = roster.list_contestants(venue)
    for p in people[:-2]:
        checkin.check_in(venue, staff["checkin"], p.id)
    checkin.mark_absent(venue, staff["checkin"], people[-1].id)
    draw.run_main_draw(venue, head, ["3721", "0815"])
    return venue


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def assert_font_embedded(path: Path) -> None:
    for page in PdfReader(path).pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()
    if shutil.which("pdffonts"):
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines()[2:]:
            assert " yes " in line  # emb column


def test_checkin_list_per_group_sorted_by_station(drawn: VenueFile, staff: dict[str, Actor], tmp_path: Path) -> None:
    out = tmp_path / "checkin.pdf"
    n = checkin_sheets.write_sheet(drawn, staff["checkin"], "checkin-list", out, PRINTED)
    assert n == 42
    text = text_of(out)
    plan = draw.station_plan(drawn, staff["checkin"])
    for r in plan:
        assert r.name in text
    assert "职工组（30 人）" in text and "学生组（12 人）" in text and "选手签名" in text
    assert "检录签到表" in text and "31 母婴护理" in text
    assert "第 1 页 / 共" in text and "打印时间：2026-11-28 08:05" in text and "日期：2026-11-28" in text
    workers = [r for r in plan if r.group == "职工组"]
    positions = [text.index(r.name) for r in workers]
    assert positions == sorted(positions)  # by station within the group
    assert "缺考" in text
    assert_font_embedded(out)


def test_station_plan_and_door_list(drawn: VenueFile, staff: dict[str, Actor], tmp_path: Path) -> None:
    plan_pdf, door_pdf = tmp_path / "plan.pdf", tmp_path / "door.pdf"
    head = staff["head"]
    unlocked = vault.unlock(drawn, head, HEAD_PASSPHRASE)
    checkin_sheets.write_sheet(drawn, staff["checkin"], "station-plan", plan_pdf, PRINTED)
    text = text_of(plan_pdf)
    plan = draw.station_plan(drawn, head)
    assert all(r.name in text and r.station in text for r in plan)
    assert text.count("（空）") == 2  # 42 stations, 40 checked in
    # the published draw sheet carries the record and the commitment, never a blind code
    info = draw.draw_info(drawn)
    assert info is not None and info.commitment is not None
    assert "3721" in text and info.seed_hex in text.replace("\n", "") and info.commitment in text.replace("\n", "")
    rows = draw.mapping(drawn, head, unlocked)
    assert not {r.blind_code for r in rows} & set(text.split())
    # the door list (station ↔ blind code, posted at the stations) is printed by the head judge
    for role in ("J1", "checkin"):
        with pytest.raises(PermissionDenied):
            checkin_sheets.write_sheet(drawn, staff[role], "door-list", tmp_path / "x.pdf", PRINTED)
    with pytest.raises(PermissionDenied, match="口令"):
        checkin_sheets.write_sheet(drawn, head, "door-list", tmp_path / "x.pdf", PRINTED)
    assert not (tmp_path / "x.pdf").exists()
    checkin_sheets.write_sheet(drawn, head, "door-list", door_pdf, PRINTED, unlocked)
    door = text_of(door_pdf)
    assert all(r.blind_code in door for r in rows)
    assert not any(r.name in door for r in rows)  # never a name on the door list
    with pytest.raises(PermissionDenied):
        checkin_sheets.write_sheet(drawn, staff["J1"], "station-plan", tmp_path / "x.pdf", PRINTED)
    assert_font_embedded(door_pdf)


def test_blind_code_table_is_head_judge_only(drawn: VenueFile, staff: dict[str, Actor], tmp_path: Path) -> None:
    out = tmp_path / "sealed.pdf"
    for role in ("J1", "checkin", "admin"):
        with pytest.raises(PermissionDenied):
            checkin_sheets.write_sheet(drawn, staff[role], "blind-codes", out, PRINTED)
    assert not out.exists()
    with pytest.raises(PermissionDenied, match="口令"):  # sealed: even the head judge needs the passphrase
        checkin_sheets.write_sheet(drawn, staff["head"], "blind-codes", out, PRINTED)
    assert not out.exists()
    unlocked = vault.unlock(drawn, staff["head"], HEAD_PASSPHRASE)
    checkin_sheets.write_sheet(drawn, staff["head"], "blind-codes", out, PRINTED, unlocked)
    text = text_of(out)
    assert "密封件" in text and "3721" in text and "承诺值" in text
    for r in draw.mapping(drawn, staff["head"], unlocked):
        assert r.name in text and r.blind_code in text
    assert_font_embedded(out)


def test_sheets_need_a_draw(venue: VenueFile, head: Actor, tmp_path: Path) -> None:
    with pytest.raises(StateError, match="尚未抽签"):
        checkin_sheets.write_sheet(venue, head, "station-plan", tmp_path / "x.pdf", PRINTED)
    with pytest.raises(StateError, match="没有名为"):
        checkin_sheets.write_sheet(venue, head, "nonsense", tmp_path / "x.pdf", PRINTED)


def test_checkin_list_long_unit_wraps_inside_its_column(venue: VenueFile, head: Actor, staff: dict[str, Actor],
                                                         tmp_path: Path) -> None:
    """Issue 13 item 7: a long unit name (Chinese, brackets, a Latin run) wraps in 单位/学校, never into 身份证号."""
    import re

    rows = roster_rows(3)
    rows[0][4] = "重庆市渝北区两路街道社区卫生服务中心（重庆市渝北区第二人民医院）康复护理与母婴保健培训部"
    rows[1][4] = "ChongqingVocationalCollegeOfHealthAndNursing（重庆）"
    roster.import_roster(venue, head, write_roster(tmp_path / "r.xlsx", rows))
    out = tmp_path / "checkin.pdf"
    checkin_sheets.write_sheet(venue, staff["checkin"], "checkin-list", out, PRINTED)
    html = subprocess.run(["pdftotext", "-bbox", str(out), "-"], check=True, capture_output=True, text=True).stdout
    words = [(w, float(a), float(c)) for a, c, w in
             re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', html)]
    id_left = min(x0 for w, x0, _ in words if w == "身份证号")  # the ID column's header
    unit_words = [(w, x1) for w, _, x1 in words if any(part in w for part in ("渝北", "培训部", "Chongqing", "Nursing",
                                                                                "两路", "保健"))]
    assert unit_words
    for word, right in unit_words:
        assert right < id_left, word
    text = "".join(w for w, *_ in words)
    assert "康复护理与母婴保健培训部" in text  # wrapped, not cut
