"""Inbox → verify → validate → accept, revisions, 兼项, reports and certificates (SQLite + PostgreSQL)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.errors import DomainError, IntegrityError, StateError
from app.package.keys import SigningKey
from app.reports.central_reports import write_central_report
from app.services import central, certificates, package, results, users, venue_keys
from app.services import central_reports as reports
from db.central.engine import CentralDb
from tests import committee
from tests.app.package.export_world import PASSPHRASE
from tests.app.services.results_world import correct_a
from tests.central.packages import Made, counts, data_dir, make, register
from tests.central.world import exported_item, make_venue
from tests.conftest import HEAD_PASSPHRASE, HEAD_PIN

BY = "组委会 李明"


@pytest.fixture(scope="module")
def item31(tmp_path_factory: pytest.TempPathFactory) -> Made:
    return make(tmp_path_factory.mktemp("pkg31"), 31)


@pytest.fixture(scope="module")
def item05(tmp_path_factory: pytest.TempPathFactory) -> Made:
    """Item 05 with the same demo people (seed) as item 31: every one of them is a 兼项."""
    return make(tmp_path_factory.mktemp("pkg05"), 5, n=4, top=95.0)


def test_round_trip_award_list_matches_the_venue(central_db: CentralDb, item31: Made) -> None:
    register(central_db, item31)
    imported = central.import_package(central_db, BY, item31.path)
    assert imported.outcome == "imported" and imported.package.status == central.VERIFIED
    assert imported.package.findings == ()
    assert reports.award_lines(central_db) == []  # nothing counts before acceptance
    accepted = central.accept(central_db, BY, imported.package.id)
    assert accepted.status == central.ACCEPTED and accepted.accepted_by == BY

    venue_awards = sorted((c["name"], c["award"], c["rank"], c["total"]) for c in item31.results["contestants"]
                          if c["award"])
    central_awards = sorted((a.name, a.award, a.rank, str(a.total)) for a in reports.award_lines(central_db))
    assert central_awards == venue_awards and len(central_awards) == 6
    assert [a.cert_no for a in reports.award_lines(central_db)][:2] == ["31-001", "31-002"]
    stats = reports.statistics(central_db)
    assert len(stats) == 1 and stats[0].competed == 6 and stats[0].awards == (1, 2, 3, 0)
    assert stats[0].passed == 6 and stats[0].pass_rate == "100.0%"
    assert {p.name for p in reports.pass_lines(central_db)} == {c["name"] for c in item31.results["contestants"]}


def test_reimporting_the_same_package_is_a_no_op(central_db: CentralDb, item31: Made) -> None:
    register(central_db, item31)
    first = central.import_package(central_db, BY, item31.path)
    before = counts(central_db)
    again = central.import_package(central_db, BY, item31.path)
    assert again.outcome == "unchanged" and again.package.id == first.package.id
    assert "未重复导入" in again.summary()
    assert counts(central_db) == before


def test_double_entry_across_two_packages_names_both_items(central_db: CentralDb, item31: Made,
                                                           item05: Made) -> None:
    register(central_db, item31)
    register(central_db, item05, "05 赛场")
    central.import_package(central_db, BY, item31.path)
    second = central.import_package(central_db, BY, item05.path)
    assert second.package.status == central.WARNINGS
    double = [f for f in second.package.warnings if f.code == "double_entry"]
    assert len(double) == 4
    assert all("31 母婴护理" in f.message and "05 PHOTOSHOP 图形图像处理" in f.message for f in double)
    conflicts = [c for c in reports.conflicts(central_db) if c.kind == "兼项"]
    assert len(conflicts) == 4
    assert all(any("31 母婴护理" in e for e in c.entries) and any("05 " in e for e in c.entries) for c in conflicts)

    with pytest.raises(StateError, match="须由经办人确认"):
        central.accept(central_db, BY, second.package.id)
    ok = central.accept(central_db, "组委会 王芳", second.package.id, acknowledge_warnings=True)
    assert ok.status == central.ACCEPTED and ok.acknowledged_by == "组委会 王芳"


def test_a_name_conflict_and_a_second_identity_are_reported(central_db: CentralDb, item31: Made,
                                                           tmp_path: Path) -> None:
    """Item 07's package (signed by item 07's own registered key) lists a 31 contestant under another name,
    and another 31 contestant under a different ID number."""
    from tests.central.packages import resign

    key07 = SigningKey.generate()
    central.register_key(central_db, BY, key07.public.minisign_line(), "07 赛场", 7)

    register(central_db, item31)
    central.accept(central_db, BY, central.import_package(central_db, BY, item31.path).package.id)
    people = item31.results["contestants"]

    def other_item(data: dict) -> None:  # type: ignore[type-arg]
        data["item"]["no"], data["item"]["name"] = 7, "中式面点"
        data["contestants"][0]["name"] = people[0]["name"] + "改"
        data["contestants"][1]["id_number"] = "110101199003077578"

    def comment_for_7(data: dict) -> None:  # type: ignore[type-arg]
        other_item(data)

    # Made from item 31's package: its signed checkpoints name item 31 and would refuse it, so it stands in
    # for an item-07 package of the older layout (no checkpoints: imported with a warning), signed by
    # item 07's own registered key.
    path = resign(item31.path, tmp_path / "07.zip", key07, comment_for_7,
                  comment="timestamp:0\titem:07 中式面点\trevision:1", drop=("checkpoints.jsonl",))
    found = central.import_package(central_db, BY, path).package.findings
    assert any(f.code == "name_conflict" and people[0]["name"] + "改" in f.message for f in found)
    assert any(f.code == "other_identity" and people[1]["name"] in f.message for f in found)
    kinds = {c.kind for c in reports.conflicts(central_db)}
    assert {"兼项", "姓名不一致", "疑似多重身份"} <= kinds

    # The import reads only the other lines that can match (same ID number or name): the same findings as
    # reading every other package's contestants (issue 17: the import must not slow down with each package).
    from sqlalchemy import select

    from app.services import central_checks
    from db.central.models import Package

    with central_db.unit_of_work() as s:
        for row in s.scalars(select(Package)):
            data = row.results
            narrow = central._others(s, row.item_no, row.groups, data)
            assert central_checks.check_across(data, row.groups, narrow) == central_checks.check_across(
                data, row.groups, central._others(s, row.item_no, row.groups))


def test_higher_revision_supersedes_and_lower_is_refused(central_db: CentralDb, venue, head, staff,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    from tests.app.package.export_world import export

    e1 = export(venue, head, staff, tmp_path)
    correct_a(venue, head, e1.world.reg(2), Decimal("60"), "复核：A1 测量值录入错误")
    results.correct_after_signoff(venue, head, HEAD_PASSPHRASE, "复核更正 A1 测量分")
    out2 = tmp_path / "r2"
    out2.mkdir()
    v2 = package.export_package(venue, head, PASSPHRASE, out2)
    assert v2.revision == 2 and v2.file_name.endswith("-r2.zip.age")

    central.register_key(central_db, BY, e1.key.public_line, "31 赛场", 31)
    r1 = central.import_package(central_db, BY, e1.path)
    central.accept(central_db, BY, r1.package.id)
    r2 = central.import_package(central_db, BY, v2.path, committee.IDENTITY)  # type: ignore[arg-type]
    assert r2.package.status == central.VERIFIED and r2.package.revision == 2
    assert central.package(central_db, r1.package.id).status == central.ACCEPTED  # until r2 is accepted
    central.accept(central_db, BY, r2.package.id)
    old = central.package(central_db, r1.package.id)
    assert old.status == central.SUPERSEDED and old.superseded_reason == "复核更正 A1 测量分"
    first = next(a for a in reports.award_lines(central_db) if a.award == "一等奖")
    corrected = next(c for c in results.latest_revision(venue).snapshot["contestants"]  # type: ignore[union-attr]
                     if c["reg_no"] == e1.world.reg(2))
    assert (first.name, str(first.total)) == (corrected["name"], corrected["total"])  # the corrected one leads
    with pytest.raises(StateError, match="已被取代"):
        central.accept(central_db, BY, r1.package.id)

    # The same revision 1 again: identical content, a no-op.
    assert central.import_package(central_db, BY, e1.path).outcome == "unchanged"


def test_lower_or_equal_revision_with_other_content_is_refused(central_db: CentralDb, item31: Made,
                                                               tmp_path: Path) -> None:
    from app.package.verify import PackageRefused
    from tests.central.packages import resign

    register(central_db, item31)
    central.import_package(central_db, BY, item31.path)
    before = counts(central_db)

    def other_reason(data: dict) -> None:  # type: ignore[type-arg]
        data["revision"]["reason"] = "另一个第 1 版"

    with pytest.raises(PackageRefused, match="不高于已导入的第 1 版"):
        central.import_package(central_db, BY, resign(item31.path, tmp_path / "same-rev.zip", item31.key,
                                                       other_reason))
    assert counts(central_db) == before


def test_key_registry(central_db: CentralDb, item31: Made, tmp_path: Path) -> None:
    pub = tmp_path / "venue31.pub"
    pub.write_text(f"untrusted comment: x\n{item31.public_line}\n", encoding="utf-8")
    k = central.register_key(central_db, BY, str(pub), "31 赛场", 31)
    assert k.fingerprint.endswith(")") and k.key_id in k.fingerprint.replace(" ", "")
    with pytest.raises(StateError, match="已登记"):
        central.register_key(central_db, BY, item31.public_line, "再登记一次", 31)
    with pytest.raises(DomainError):
        central.register_key(central_db, BY, "RWQ-not-a-key", "坏的", 31)
    with pytest.raises(DomainError, match="经办人"):
        central.register_key(central_db, " ", SigningKey.generate().public.minisign_line(), "无人", 31)
    assert [x.label for x in central.list_keys(central_db)] == ["31 赛场"]


def test_reports_and_certificates(central_db: CentralDb, item31: Made, tmp_path: Path) -> None:
    register(central_db, item31)
    central.accept(central_db, BY, central.import_package(central_db, BY, item31.path).package.id)
    for name in ("awards", "conflicts", "statistics", "passes"):
        assert write_central_report(central_db, name, tmp_path / f"{name}.pdf") >= 0
        write_central_report(central_db, name, tmp_path / f"{name}.xlsx")
    sheet = load_workbook(tmp_path / "awards.xlsx").active
    assert sheet is not None and sheet.max_row == 7 and sheet["D2"].value == "一等奖"
    assert "获奖名单" in PdfReader(tmp_path / "awards.pdf").pages[0].extract_text()

    with pytest.raises(DomainError, match="signer init"):
        write_central_report(central_db, "certificates", tmp_path / "c.pdf", passphrase=PASSPHRASE)
    public = certificates.init_committee_key(central_db, BY, "组委会口令-2026", "组委会口令-2026")
    pages = write_central_report(central_db, "certificates", tmp_path / "certs.pdf", passphrase="组委会口令-2026")
    reader = PdfReader(tmp_path / "certs.pdf")
    assert pages == 6 and len(reader.pages) == 6
    first = reports.award_lines(central_db)[0]
    text = reader.pages[0].extract_text()
    assert first.name in text and "一等奖" in text and "荣" in text

    key = certificates.unlock_committee_key(central_db, "组委会口令-2026")
    code = certificates.make_code(key, first.cert_no, first.item_label, first.group, first.name, first.award)
    claim = certificates.verify_code(code, public)
    assert (claim.name, claim.award, claim.item) == (first.name, "一等奖", "31 母婴护理")
    forged = code.replace("一等奖", "二等奖") if first.award == "一等奖" else code
    with pytest.raises(IntegrityError, match="核验失败"):
        certificates.verify_code(forged, public)
    with pytest.raises(IntegrityError):
        certificates.verify_code(code, SigningKey.generate().public)
    with pytest.raises(IntegrityError, match="格式不符"):
        certificates.verify_code("hello", public)


def test_item_without_a_key_on_the_venue_cannot_export(bare_venue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # A venue upgraded from an older version has no vault yet: it refuses to export until the head judge
    # sets the passphrase (before that, nothing else needs the key in this test).
    head = users.sign_in(bare_venue, "钱莉", HEAD_PIN)
    status = package.status(bare_venue, head)
    assert status.key is None and not status.can_export
    with pytest.raises(DomainError, match="尚未设置裁判长口令"):
        venue_keys.unlock(bare_venue, head, PASSPHRASE)
    venue_keys.set_up(bare_venue, head, PASSPHRASE, PASSPHRASE)
    assert package.status(bare_venue, head).key == venue_keys.require_key(bare_venue)


def test_venue_from_another_data_folder_signs_with_its_own_key(central_db: CentralDb, tmp_path: Path) -> None:
    """Two laptops, two keys: each package is checked against the key registered for it."""
    with data_dir(tmp_path / "laptopA"):
        a = exported_item(tmp_path / "A", 31) if (tmp_path / "A").mkdir() is None else None
    with data_dir(tmp_path / "laptopB"):
        b = exported_item(tmp_path / "B", 5, n=3, seed=99) if (tmp_path / "B").mkdir() is None else None
    assert a and b and a.key.key_id != b.key.key_id
    central.register_key(central_db, BY, a.key.public_line, "A", 31)
    central.register_key(central_db, BY, b.key.public_line, "B", 5)
    assert central.import_package(central_db, BY, a.path).package.status == central.VERIFIED
    assert central.import_package(central_db, BY, b.path).package.key_label == "B"


def test_make_venue_helper_is_usable(tmp_path: Path) -> None:
    v, head, staff = make_venue(tmp_path / "x.venue", 12)
    try:
        assert head.name == "钱莉" and set(staff) >= {"checkin", "J1"}
    finally:
        v.close()


def word_boxes(pdf: Path, page: int = 1) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) in points from the top-left, as pdftotext -bbox reports them."""
    import re
    import subprocess

    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in re.findall(pattern, html)]


def test_certificate_design_text_inside_the_frame_and_a_short_code(central_db: CentralDb, item31: Made,
                                                                     tmp_path: Path) -> None:
    """Issue 13 item 7: body inside the frame, a seal area, no command line or raw code; the short code checks."""
    from app.reports.certificates import FRAME

    register(central_db, item31)
    central.accept(central_db, BY, central.import_package(central_db, BY, item31.path).package.id)
    certificates.init_committee_key(central_db, BY, "组委会口令-2026", "组委会口令-2026")
    out = tmp_path / "certs.pdf"
    write_central_report(central_db, "certificates", out, passphrase="组委会口令-2026")
    lines = reports.award_lines(central_db)
    key = certificates.unlock_committee_key(central_db, "组委会口令-2026")
    page = PdfReader(out).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    inner = FRAME + 4 * 72 / 25.4 + 2  # the gold frame, and 2 pt of air
    words = word_boxes(out)
    text = "".join(w for w, *_ in words)
    assert words and lines[0].name in text and "盖章处" in text
    for word, x0, y0, x1, y1 in words:
        assert inner < x0 and x1 < width - inner and inner < y0 and y1 < height - inner, word
    assert "venuescore" not in text.lower() and "VSC1" not in text and "|" not in text
    code = certificates.make_code(key, lines[0].cert_no, lines[0].item_label, lines[0].group, lines[0].name,
                                  lines[0].award)
    short = certificates.short_code(code)
    assert f"核验码：{short}" in text and f"证书编号：{lines[0].cert_no}" in text
    claim = certificates.verify_short(key, lines, lines[0].cert_no, short.lower().replace("-", " "))
    assert claim.name == lines[0].name
    with pytest.raises(IntegrityError, match="不符"):
        certificates.verify_short(key, lines, lines[1].cert_no, short)  # another certificate's number
    with pytest.raises(IntegrityError, match="不在"):
        certificates.verify_short(key, lines, "99-999", short)
