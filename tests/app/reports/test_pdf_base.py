"""The shared PDF layer: header/footer on every page, CJK font embedded, atomic writes, tables."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from app.errors import DomainError
from app.reports.fonts import CJK_FONT, register_fonts
from app.reports.pdf_base import (
    PageBreak,
    ReportHeader,
    Spacer,
    _fit,
    build_pdf,
    data_table,
    key_value_table,
    mm,
    signature_block,
    styles,
)

PRINTED = datetime(2025, 11, 29, 8, 5, 30)
HEADER = ReportHeader(
    competition="“巴渝工匠”杯 重庆市第二届专项职业能力技能大赛",
    item="01 LED 显示屏应用",
    venue="重庆市工业学校实训楼",
    date="2025-11-29",
    title="检录签到表",
    subtitle="第一场 上午",
)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华建国志文博思远子涵雨欣浩然梓萱"


def chinese_names(n: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    return [rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN) for _ in range(n)]


def roster_rows(n: int) -> list[list[str]]:
    names = chinese_names(n)
    return [[f"{i:03d}", names[i - 1], "重庆市渝北区职业教育中心", f"A{i:03d}", ""] for i in range(1, n + 1)]


def roster_story(n: int = 120) -> list[Flowable]:
    table = data_table(
        ["序号", "姓名", "单位", "工位号", "签名"],
        roster_rows(n),
        col_widths=[15 * mm, 25 * mm, 85 * mm, 20 * mm, 35 * mm],
        align=["CENTER", "LEFT", "LEFT", "CENTER", "LEFT"],
        min_row_height=5.7 * mm,
    )
    return [table, signature_block(["检录员", "裁判长"])]


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.fixture
def roster_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "检录签到表.pdf"
    build_pdf(path, HEADER, roster_story(), PRINTED)
    return path


# ------------------------------------------------------------------------------ pages and text


def test_roster_of_120_spans_pages_each_with_header_and_numbered_footer(roster_pdf: Path) -> None:
    texts = page_texts(roster_pdf)
    pages = len(texts)
    assert 3 <= pages <= 4  # ~36-40 rows a page; the footer must state the real count
    for number, text in enumerate(texts, start=1):
        for expected in (
            HEADER.competition,
            HEADER.item,
            HEADER.title,
            HEADER.subtitle,
            HEADER.venue,
            HEADER.date,
        ):
            assert expected in text, (number, expected)
        assert f"第 {number} 页 / 共 {pages} 页" in text
        assert "打印时间：2025-11-29 08:05" in text


def test_every_name_and_seat_is_printed_once_header_row_repeats(roster_pdf: Path) -> None:
    texts = page_texts(roster_pdf)
    everything = "\n".join(texts)
    for i, name in enumerate(chinese_names(120), start=1):
        assert name in everything
        assert everything.count(f"A{i:03d}") == 1
    assert all("工位号" in t and "姓名" in t for t in texts)  # the header row on every page
    assert "检录员：" in texts[-1] and "裁判长：" in texts[-1] and "日期：" in texts[-1]


def test_metadata_names_report_and_venuescore(roster_pdf: Path) -> None:
    meta = PdfReader(roster_pdf).metadata
    assert meta is not None
    assert meta.title == "01 LED 显示屏应用 检录签到表"
    assert meta.author == "VenueScore"
    assert str(meta["/CreationDate"]).startswith("D:20251129080530")


def test_a4_portrait_and_landscape(tmp_path: Path) -> None:
    build_pdf(tmp_path / "p.pdf", HEADER, roster_story(10), PRINTED)
    build_pdf(tmp_path / "l.pdf", HEADER, roster_story(10), PRINTED, landscape=True)
    portrait = PdfReader(tmp_path / "p.pdf").pages[0].mediabox
    land = PdfReader(tmp_path / "l.pdf").pages[0].mediabox
    assert (round(float(portrait.width)), round(float(portrait.height))) == (595, 842)
    assert (round(float(land.width)), round(float(land.height))) == (842, 595)


def test_revision_and_confidential_mark_are_on_every_page(tmp_path: Path) -> None:
    header = ReportHeader(
        competition=HEADER.competition,
        item=HEADER.item,
        venue=HEADER.venue,
        date=HEADER.date,
        title="加密号对照表",
        revision="第 2 版",
        confidential="密封件 — 仅限裁判长",
    )
    path = tmp_path / "secret.pdf"
    build_pdf(path, header, [Paragraph("第一页", styles().normal), PageBreak(), Spacer(1, 1 * mm)], PRINTED)
    texts = page_texts(path)
    assert len(texts) == 2
    for text in texts:
        assert "密封件 — 仅限裁判长" in text
        assert "版本：第 2 版" in text
        assert "加密号对照表" in text


def test_same_input_gives_identical_bytes_and_aware_time_is_kept(tmp_path: Path) -> None:
    build_pdf(tmp_path / "a.pdf", HEADER, roster_story(30), PRINTED)
    build_pdf(tmp_path / "b.pdf", HEADER, roster_story(30), PRINTED)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()

    aware = PRINTED.replace(tzinfo=timezone(timedelta(hours=8)))
    build_pdf(tmp_path / "c.pdf", HEADER, roster_story(3), aware)
    meta = PdfReader(tmp_path / "c.pdf").metadata
    assert meta is not None and meta["/CreationDate"] == "D:20251129080530+08'00'"


def test_story_list_is_not_consumed(tmp_path: Path) -> None:
    story = roster_story(3)
    build_pdf(tmp_path / "x.pdf", HEADER, story, PRINTED)
    assert len(story) == 2


def test_markup_characters_in_data_are_printed_literally(tmp_path: Path) -> None:
    table = data_table(["单位", "备注"], [["A&B <公司>", "第一行\n第二行"]])
    path = tmp_path / "esc.pdf"
    build_pdf(path, HEADER, [table, key_value_table([("密码 <不显示>", "x & y")])], PRINTED)
    text = page_texts(path)[0]
    assert "A&B <公司>" in text
    assert "第一行" in text and "第二行" in text
    assert "密码 <不显示>" in text and "x & y" in text


def test_long_text_wraps_inside_its_cell(tmp_path: Path) -> None:
    long = "因设备故障暂停比赛十五分钟经裁判长同意延长比赛时间" * 4
    path = tmp_path / "wrap.pdf"
    build_pdf(
        path, HEADER, [data_table(["序号", "备注"], [["1", long]], col_widths=[20 * mm, 60 * mm])], PRINTED
    )
    text = page_texts(path)[0]
    lines_with_remark = [line for line in text.splitlines() if "裁判长" in line or "设备" in line]
    assert len(lines_with_remark) >= 4  # wrapped over several lines, none cut off
    assert re.sub(r"\s", "", text).count("经裁判长同意") == 4


# ------------------------------------------------------------------------------------- the font


def test_font_is_embedded_and_no_unembedded_font_is_named(roster_pdf: Path) -> None:
    reader = PdfReader(roster_pdf)
    for page in reader.pages:
        resources: Any = page["/Resources"]
        fonts = resources["/Font"]
        assert fonts
        for ref in fonts.values():
            font = ref.get_object()
            assert "WenQuanYiMicroHei" in font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_reports_every_font_embedded(roster_pdf: Path) -> None:
    out = subprocess.run(["pdffonts", str(roster_pdf)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows
    for row in rows:
        # columns: name type encoding emb sub uni object ID — the name has no spaces
        emb = row.split()[-5]
        assert emb == "yes", row


def test_register_fonts_is_idempotent() -> None:
    assert register_fonts() == CJK_FONT
    assert register_fonts() == CJK_FONT
    assert styles().normal.fontName == CJK_FONT


# -------------------------------------------------------------------------------- atomic writes


class Explodes(Flowable):
    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        raise RuntimeError("boom")


def test_failure_during_build_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    with pytest.raises(RuntimeError, match="boom"):
        build_pdf(target, HEADER, [*roster_story(80), Explodes()], PRINTED)
    assert list(tmp_path.iterdir()) == []


def test_failure_keeps_the_previous_pdf_untouched(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    build_pdf(target, HEADER, roster_story(5), PRINTED)
    before = target.read_bytes()
    with pytest.raises(RuntimeError):
        build_pdf(target, HEADER, [Explodes()], PRINTED)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_row_taller_than_a_page_is_a_domain_error(tmp_path: Path) -> None:
    from reportlab.platypus import Table

    target = tmp_path / "huge.pdf"
    with pytest.raises(DomainError, match="太长"):
        build_pdf(target, HEADER, [Table([["备注"]], rowHeights=[2000])], PRINTED)
    assert list(tmp_path.iterdir()) == []


def test_a_cell_too_long_for_a_page_is_cut_not_fatal(tmp_path: Path) -> None:
    """Changed with issue 11: a data_table cell (e.g. a 12,000-character remark stored before the length
    limits) used to abort the report — and with it the signed package; now it is cut with "…"."""
    huge = "超长备注" * 3000
    target = tmp_path / "huge.pdf"
    build_pdf(target, HEADER, [data_table(["序号", "备注"], [["1", huge], ["2", "短"]])], PRINTED)
    reader = PdfReader(target)
    text = "".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) == 1 and "…" in text and "短" in text


def test_missing_folder_is_a_domain_error(tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="无法在文件夹"):
        build_pdf(tmp_path / "nope" / "x.pdf", HEADER, roster_story(1), PRINTED)


# ------------------------------------------------------------------------------------- helpers


def test_data_table_rejects_ragged_rows_and_bad_alignment() -> None:
    with pytest.raises(ValueError, match="row 2"):
        data_table(["a", "b"], [["1", "2"], ["3"]])
    with pytest.raises(ValueError, match="align"):
        data_table(["a", "b"], [["1", "2"]], align=["LEFT", "MIDDLE"])
    with pytest.raises(ValueError, match="widths"):
        data_table(["a", "b"], [["1", "2"]], col_widths=[10.0])


def test_header_repeats_only_when_asked() -> None:
    assert data_table(["a"], [["1"]]).repeatRows == 1
    assert data_table(["a"], [["1"]], repeat_header=False).repeatRows == 0


def test_auto_widths_fill_the_frame(tmp_path: Path) -> None:
    table = data_table(["序号", "姓名", "单位"], [["1", "张三", "重庆市渝北区职业教育中心"]])
    _, _ = table.wrap(180 * mm, 250 * mm)
    assert sum(table._colWidths) == pytest.approx(180 * mm)
    assert table._colWidths[2] > table._colWidths[1] > 0


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from("巴渝工匠杯重庆市第二届专项职业能力技能大赛 ABCxyz0123—“”（）"), max_size=120
    ),
    width=st.floats(min_value=20, max_value=500),
)
def test_fit_always_fits(text: str, width: float) -> None:
    fitted, size = _fit(text, register_fonts(), 12, width)
    assert stringWidth(fitted, register_fonts(), size) <= width + 1e-6 or fitted == "…"
    assert 6 <= size <= 12
    if fitted != text:
        assert fitted.endswith("…") or size < 12


cell_text = st.text(
    alphabet=st.sampled_from("王李张伟芳娜秀英重庆学院中心ABC012&<>-（）"), min_size=1, max_size=8
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(cell_text, min_size=3, max_size=3), min_size=0, max_size=150))
def test_any_table_builds_with_consistent_page_numbers(tmp_path: Path, rows: list[list[str]]) -> None:
    path = tmp_path / "prop.pdf"
    build_pdf(path, HEADER, [data_table(["甲", "乙", "丙"], rows)], PRINTED)
    texts = page_texts(path)
    for number, text in enumerate(texts, start=1):
        assert f"第 {number} 页 / 共 {len(texts)} 页" in text
    everything = "".join(texts)
    for row in rows:
        for cell in row:
            assert cell in everything


def test_short_cells_stay_plain_text_long_ones_become_paragraphs() -> None:
    table = data_table(["备注"], [["短"], ["很长的备注" * 20], ["a\nb"]], col_widths=[30 * mm])
    cells = [row[0] for row in table._cellvalues]
    assert isinstance(cells[0], Paragraph)  # the header row is always a Paragraph
    assert cells[1] == "短"
    assert isinstance(cells[2], Paragraph) and isinstance(cells[3], Paragraph)


def test_long_venue_shrinks_then_is_cut_but_the_header_still_prints(tmp_path: Path) -> None:
    medium = ReportHeader(
        **{**HEADER.__dict__, "venue": "重庆市工业学校 实训楼 3 楼 302 室（东侧入口进入，电梯旁）"}
    )
    absurd = ReportHeader(**{**HEADER.__dict__, "venue": "很长的赛场名称" * 30})
    build_pdf(tmp_path / "m.pdf", medium, roster_story(2), PRINTED)
    build_pdf(tmp_path / "a.pdf", absurd, roster_story(2), PRINTED)
    assert medium.venue in page_texts(tmp_path / "m.pdf")[0]
    text = page_texts(tmp_path / "a.pdf")[0]
    assert "赛场：很长的赛场名称" in text and "…" in text
    assert "项目：01 LED 显示屏应用" in text and "日期：2025-11-29" in text


def test_certificate_lines_are_cut_with_an_ellipsis_inside_the_width() -> None:
    """A very long unit on a certificate: two lines at most, the cut shown, no line wider than its room."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.reports.certificates import at_most
    from app.reports.fonts import register_fonts

    font = register_fonts()
    unit = "单位：" + "重庆市渝北区两路街道社区卫生服务中心（重庆市渝北区第二人民医院）" * 3
    lines = at_most(unit, font, 9, 200, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(stringWidth(line, font, 9) <= 200 for line in lines)
    assert at_most("单位：重庆长安汽车股份有限公司", font, 9, 200, 2) == ["单位：重庆长安汽车股份有限公司"]
