"""Appeals travel in the package: sign-off → 公示 → appeal → upheld → correction → revision 2 → package →
central shows the appeal and the changed award; dismissed and late appeals; an open appeal holds back
certificates; appeals.json must agree with the signed trail; older packages still import."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import sealing
from app.clock import now
from app.package import export as pkg
from app.package.sha256sums import SIG_NAME, SUMS_NAME
from app.reports.central_reports import write_central_report
from app.services import (
    appeals,
    central,
    central_appeals,
    certificates,
    draw,
    package,
    publication,
    results,
    scoring,
    venue_keys,
)
from app.services import central_reports as reports
from db.central.engine import CentralDb
from tests import committee
from tests.app.package.export_world import PASSPHRASE, distinct
from tests.app.services.results_world import code_ids
from tests.central.packages import Made, data_dir, members, refused, register, write_raw
from tests.central.world import signed_item
from tests.conftest import HEAD_PASSPHRASE

BY = "组委会 李明"
PANEL = ["张仲裁", "李仲裁", "王仲裁"]


def _export(v, head, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    """Export, then open the encrypted package as the committee does; each export to its own plain zip (the
    same revision exported twice has the same file name)."""
    view = package.export_package(v, head, PASSPHRASE, folder)
    assert view.path is not None
    out = folder / f"{len(list(folder.glob('*.plain.zip')))}-{view.file_name.removesuffix('.age')}.plain.zip"
    out.write_bytes(sealing.open_sealed(view.path.read_bytes(), committee.IDENTITY))
    return out


def _award(data: dict, name: str) -> str | None:  # type: ignore[type-arg]
    return next(c["award"] for c in data["contestants"] if c["name"] == name)


def test_appeal_flow_from_venue_to_committee(central_db: CentralDb, tmp_path: Path) -> None:
    folder = tmp_path / "item31"
    folder.mkdir()
    with data_dir(tmp_path / "data"), signed_item(folder, 31, distinct(6)) as (v, head, _staff, w):
        # 公示 ended an hour ago: an appeal lodged two hours ago is in time, one lodged now is late.
        end = now() - timedelta(hours=1)
        publication.set_publication(v, head, end - timedelta(days=3), end, "赛场办公室")
        codes = dict(draw.scoring_rows(v))
        ids = code_ids(v)
        fourth = next(c["name"] for c in results.latest_revision(v).snapshot["contestants"]  # type: ignore[union-attr]
                      if c["reg_no"] == w.reg(3))
        a1 = appeals.record(v, head, appeals.CONTESTANT, fourth, "A1 测量值抄录有误",
                            lodged_at=end - timedelta(hours=1))
        a2 = appeals.record(v, head, appeals.TEAM_LEADER, "周领队", "扣分不当", lodger_unit="某职校")
        assert not a1.late and a2.late
        r1 = _export(v, head, folder)
        appeals.decide(v, head, a1.id, appeals.UPHELD, "复核录像，A1 实测 60 分", PANEL)
        appeals.decide(v, head, a2.id, appeals.DISMISSED, "扣分有现场记录", PANEL)
        scoring.correct(v, head, codes[ids[w.reg(3)]], "A1", "60", "A1 实测 60 分", appeal=a1.id)
        results.correct_after_signoff(v, head, HEAD_PASSPHRASE, "依申诉第 1 号复核更正")
        r2 = _export(v, head, folder)
        assert not appeals.changed_since_export(v)
        a3 = appeals.record(v, head, appeals.BLIND_CODE, codes[ids[w.reg(5)]], "名次有异议")
        appeals.decide(v, head, a3.id, appeals.DISMISSED, "评分无误", PANEL)
        assert appeals.changed_since_export(v)  # the committee has not seen appeal 3 yet
        r2_again = _export(v, head, folder)  # the same revision 2 (same file name), now with appeal 3
        assert "-r2" in r2_again.name and "-r2" in r2.name  # the same revision exported twice
        public = venue_keys.require_key(v).public_line
    made = Made(r1, public, None, json.loads(members(r1)[pkg.RESULTS_NAME]))  # type: ignore[arg-type]
    register(central_db, made)

    # Revision 1 with two open appeals, the period over: warnings to acknowledge; certificates wait.
    first = central.import_package(central_db, BY, r1)
    codes_found = sorted(f.code for f in first.package.warnings)
    assert codes_found == ["appeal_open", "appeal_open"] and first.package.open_appeals == 2
    with pytest.raises(Exception, match="警告"):
        central.accept(central_db, BY, first.package.id)
    central.accept(central_db, BY, first.package.id, acknowledge_warnings=True)
    assert central_appeals.held_back(central_db) == ["31 母婴护理（申诉第 1、2 号待仲裁）"]
    certificates.init_committee_key(central_db, BY, "组委会口令-2026", "组委会口令-2026")
    with pytest.raises(Exception, match="待仲裁"):
        write_central_report(central_db, "certificates", tmp_path / "c.pdf", passphrase="组委会口令-2026")
    n = write_central_report(central_db, "certificates", tmp_path / "c.pdf", passphrase="组委会口令-2026",
                             acknowledge_open_appeals=True)
    assert n == 6  # printed only with the explicit acknowledgement

    # Revision 2 (the latest export, with all three appeals decided): the award changed, no warning.
    second = central.import_package(central_db, BY, r2_again)
    assert second.outcome == "imported" and second.package.revision == 2 and second.package.findings == ()
    central.accept(central_db, BY, second.package.id)
    lines = central_appeals.item_appeals(central_db)
    assert [(x.appeal.id, x.appeal.status_text, x.appeal.late) for x in lines] == [
        (1, "支持，已更正（第 2 版）", False), (2, "驳回", True), (3, "驳回", True)]
    assert lines[0].appeal.panel == tuple(PANEL) and lines[0].revision == 2
    assert {a.name: a.award for a in reports.award_lines(central_db)}[fourth] == "一等奖"
    assert _award(made.results, fourth) == "三等奖"
    (stats,) = reports.statistics(central_db)
    assert (stats.appeals.total, stats.appeals.upheld, stats.appeals.dismissed, stats.appeals.open,
            stats.appeals.late) == (3, 1, 2, 0, 2)
    assert central_appeals.held_back(central_db) == []
    assert write_central_report(central_db, "certificates", tmp_path / "c2.pdf", passphrase="组委会口令-2026") == 6
    write_central_report(central_db, "statistics", tmp_path / "s.pdf")
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "s.pdf").pages)
    assert "申诉" in text and "待仲裁" in text


def test_appeals_json_must_agree_with_the_trail_and_old_packages_import(central_db: CentralDb,
                                                                        tmp_path: Path) -> None:
    folder = tmp_path / "item07"
    folder.mkdir()
    with data_dir(tmp_path / "data"), signed_item(folder, 7, distinct(4)) as (v, head, _staff, w):
        code = dict(draw.scoring_rows(v))[code_ids(v)[w.reg(0)]]
        a = appeals.record(v, head, appeals.BLIND_CODE, code, "异议")
        appeals.decide(v, head, a.id, appeals.DISMISSED, "无误", PANEL)
        path = _export(v, head, folder)
        key = venue_keys.unlock(v, head, PASSPHRASE)
        public = venue_keys.require_key(v).public_line
    files = members(path)
    data = json.loads(files[pkg.RESULTS_NAME])
    register(central_db, Made(path, public, key, data))

    def resigned(name: str, change: dict[str, bytes | None]) -> Path:
        body = {n: b for n, b in files.items() if n not in (SUMS_NAME, SIG_NAME)}
        for member, content in change.items():
            if content is None:
                body.pop(member)
            else:
                body[member] = content
        text = pkg.trusted_comment(7, data["item"]["name"], 1, datetime.fromisoformat(data["exported_at"]))
        return write_raw(tmp_path / name, pkg.sign_files(body, key, text))

    appeals_data = json.loads(files[pkg.APPEALS_NAME])
    dropped = dict(appeals_data, appeals=[])
    refused(central_db, resigned("dropped.zip", {pkg.APPEALS_NAME: json.dumps(dropped).encode()}),
            "appeals.json", "申诉记录 1", "审计记录不一致")
    turned = json.loads(files[pkg.APPEALS_NAME])
    turned["appeals"][0]["decision"]["outcome"] = "upheld"
    refused(central_db, resigned("turned.zip", {pkg.APPEALS_NAME: json.dumps(turned).encode()}),
            "appeals.json", "仲裁决定")
    refused(central_db, resigned("bad.zip", {pkg.APPEALS_NAME: b'{"format_version": 2}'}), "appeals.json", "格式")
    # A package of an older layout (no appeals.json) still imports.
    old = central.import_package(central_db, BY, resigned("old.zip", {pkg.APPEALS_NAME: None}))
    assert old.outcome == "imported" and old.package.appeals == 0
    assert central_appeals.item_appeals(central_db) == []
    # The genuine one: same results, so only its appeals are taken in.
    again = central.import_package(central_db, BY, path)
    assert again.outcome == "appeals_updated" and again.package.appeals == 1
    assert [x.appeal.status_text for x in central_appeals.item_appeals(central_db)] == ["驳回"]
