"""Packages that are validly signed but wrong, and the committee's ways out.  SQLite and PostgreSQL.

Each package here is re-signed with the venue's own key (someone holding it, or a venue bug), so the
signature checks pass; what must stop it is the key's scope, the revision rules, the entry checks — and
when a package slipped through, a recorded, reversible withdrawal.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.errors import StateError, ValidationError, VenueFileError
from app.package import export as pkg
from app.package.keys import SigningKey
from app.package.sha256sums import SIG_NAME, SUMS_NAME
from app.package.verify import PackageRefused
from app.services import central
from app.services import central_reports as reports
from db.central.engine import CentralDb
from db.central.models import CentralEvent, VenueKey
from tests import committee
from tests.central.packages import Made, counts, make, members, refused, register, resign, write_raw

BY = "组委会 李明"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    return make(tmp_path_factory.mktemp("hostile31"), 31)


def comment(data: dict[str, Any], item: tuple[int, str] | None = None, revision: int | None = None) -> str:
    no, name = item or (data["item"]["no"], data["item"]["name"])
    return pkg.trusted_comment(no, name, revision or data["revision"]["number"],
                               datetime.fromisoformat(data["exported_at"]))


def revision_n(made: Made, out: Path, n: int, reason: str | None = None, key: SigningKey | None = None) -> Path:
    """The genuine package renumbered as revision ``n`` (content differs by the revision's reason).  Its signed
    checkpoints name the real revision and would refuse it, so it stands in for a package of the older layout
    (no checkpoints: imported with a warning)."""
    def change(data: dict[str, Any]) -> None:
        data["revision"]["number"] = n
        data["revision"]["reason"] = reason or f"第 {n} 版"
    return resign(made.path, out, key or made.key, change, comment(made.results, revision=n),
                  drop=("checkpoints.jsonl",))


def test_a_key_signs_only_its_own_item(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="所属的竞赛项目"):
        central.register_key(central_db, BY, made.public_line, "31 赛场", None)
    register(central_db, made)

    def as_item_07(data: dict[str, Any]) -> None:
        data["item"]["no"], data["item"]["name"] = 7, "中式面点"

    other = resign(made.path, tmp_path / "07.zip", made.key, as_item_07, comment(made.results, (7, "中式面点")))
    refused(central_db, other, "登记为项目 31", "中式面点")


def test_a_key_from_an_older_database_must_be_bound_first(central_db: CentralDb, made: Made) -> None:
    from app.clock import now
    from app.package.keys import PublicKey

    public = PublicKey.parse(made.public_line)
    with central_db.unit_of_work() as s:  # as central schema 0001 stored a key registered without --item
        s.add(VenueKey(label="31 赛场", item_no=None, key_id=public.key_id_hex, public_line=public.minisign_line(),
                       fingerprint=public.fingerprint(), registered_by=BY, registered_at=now()))
    refused(central_db, made.path, "没有限定项目", "keys restrict")
    key = central.list_keys(central_db)[0]
    central.restrict_key(central_db, BY, key.id, 31)
    assert central.import_package(central_db, BY, made.path).outcome == "imported"
    with pytest.raises(StateError, match="不能改为其他项目"):
        central.restrict_key(central_db, BY, key.id, 5)


def test_a_key_limited_to_a_group_set(central_db: CentralDb, made: Made) -> None:
    register(central_db, made, groups=["学生组"])
    refused(central_db, made.path, "组别“学生组”", "职工组")


def test_group_limited_key_accepts_its_own_groups(central_db: CentralDb, made: Made) -> None:
    register(central_db, made, groups=["职工组"])
    assert central.import_package(central_db, BY, made.path).outcome == "imported"


def test_an_absurd_revision_is_refused_and_cannot_lock_out_honest_ones(central_db: CentralDb, made: Made,
                                                                       tmp_path: Path) -> None:
    register(central_db, made)
    refused(central_db, revision_n(made, tmp_path / "huge.zip", 10**18), "版本号 1000000000000000000", "1–99")
    refused(central_db, revision_n(made, tmp_path / "r100.zip", 100), "1–99")
    # Within the bound but with nothing signed before it: refused too, so the honest revision 1 still comes in.
    refused(central_db, revision_n(made, tmp_path / "r99.zip", 99), "缺少第 1、2、3")
    honest = central.import_package(central_db, BY, made.path)
    assert honest.outcome == "imported"
    assert central.accept(central_db, BY, honest.package.id).status == central.ACCEPTED


def test_a_revision_may_be_at_most_one_above_the_highest(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)
    first = central.import_package(central_db, BY, made.path).package
    refused(central_db, revision_n(made, tmp_path / "r3.zip", 3), "缺少第 2 版")
    r2 = central.import_package(central_db, BY, revision_n(made, tmp_path / "r2.zip", 2)).package
    # A revision that slipped in wrongly is withdrawn: the one it superseded is current again, and a different
    # package under the withdrawn number is refused until someone settles which of the two is right.
    central.withdraw(central_db, BY, r2.id, "版本号异常，经电话核实赛场未签此版")
    assert central.package(central_db, first.id).status == central.VERIFIED
    refused(central_db, revision_n(made, tmp_path / "r2b.zip", 2, "另一个第 2 版"), "被撤回", "恢复")


def test_withdraw_and_reinstate(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    register(central_db, made)
    r1 = central.import_package(central_db, BY, made.path).package
    central.accept(central_db, BY, r1.id)
    r2 = central.import_package(central_db, BY, revision_n(made, tmp_path / "r2.zip", 2, "复核更正")).package
    central.accept(central_db, BY, r2.id, acknowledge_warnings=True)  # the renumbered copy breaks the hash chain
    assert central.package(central_db, r1.id).status == central.SUPERSEDED

    with pytest.raises(ValidationError, match="理由"):
        central.withdraw(central_db, BY, r2.id, "  ")
    before_lines = len(reports.award_lines(central_db))
    gone = central.withdraw(central_db, "组委会 王芳", r2.id, "赛场来电：第 2 版签字有误")
    assert (gone.status, gone.withdrawn_by, gone.withdrawn_reason) == (
        central.WITHDRAWN, "组委会 王芳", "赛场来电：第 2 版签字有误")
    assert central.package(central_db, r1.id).status == central.ACCEPTED  # the previous one is current again
    assert len(reports.award_lines(central_db)) == before_lines  # from revision 1 now
    with pytest.raises(StateError, match="已被撤回"):
        central.accept(central_db, BY, r2.id)
    with pytest.raises(StateError, match="已被撤回"):
        central.withdraw(central_db, BY, r2.id, "再撤一次")

    back = central.reinstate(central_db, BY, r2.id, "核实无误")
    assert back.status == central.ACCEPTED and back.withdrawn_reason is None
    assert central.package(central_db, r1.id).status == central.SUPERSEDED

    # a pending package can be withdrawn too; the accepted one stays current
    r3 = central.import_package(central_db, BY, revision_n(made, tmp_path / "r3.zip", 3)).package
    central.withdraw(central_db, BY, r3.id, "重复发送")
    assert central.package(central_db, r2.id).status == central.ACCEPTED
    with pytest.raises(StateError, match="已被取代"):
        central.withdraw(central_db, BY, r1.id, "旧版本")
    with central_db.unit_of_work() as s:
        actions = [e.action for e in s.scalars(select(CentralEvent).order_by(CentralEvent.id))]
        withdrawal = s.scalars(select(CentralEvent).where(CentralEvent.action == "package.withdraw")).first()
        assert withdrawal is not None and withdrawal.data["restored"][0]["package"] == r1.id
    assert actions.count("package.withdraw") == 2 and actions.count("package.reinstate") == 1


def test_reinstating_below_a_live_higher_revision_is_refused(central_db: CentralDb, made: Made,
                                                             tmp_path: Path) -> None:
    register(central_db, made)
    r1 = central.import_package(central_db, BY, made.path).package
    central.accept(central_db, BY, r1.id)
    central.import_package(central_db, BY, revision_n(made, tmp_path / "r2.zip", 2))  # pending
    central.withdraw(central_db, BY, r1.id, "暂缓")
    with pytest.raises(StateError, match="更高的第 2 版"):
        central.reinstate(central_db, BY, r1.id, "恢复")


def _forge_entries(data: dict[str, Any]) -> None:
    judgement = next(e for c in data["contestants"] for e in c["entries"] if e["judge"] is not None)
    judgement["judge"], judgement["by"], judgement["role"] = "陌生人", "周敏", "checkin"
    own = next(e for c in data["contestants"] for e in c["entries"] if e["judge"] not in (None, "陌生人"))
    own["by"] = next(j["name"] for j in data["judges"] if j["name"] != own["judge"])  # another judge's score


def test_entries_by_someone_not_on_the_judge_list_are_errors(made: Made) -> None:
    """What the entry check finds in such a results.json (a trail rewritten to match it, older layout)."""
    import copy

    from app.services.central_entry_checks import check_entries

    assert check_entries(made.results) == []  # the genuine package
    data = copy.deepcopy(made.results)
    _forge_entries(data)
    found = check_entries(data)
    assert {f.code for f in found} == {"entry_role", "judge_unknown"} and all(f.severity == "error" for f in found)
    messages = " ".join(f.message for f in found)
    assert "陌生人" in messages and "检录员" in messages and "只能录入自己的评价分" in messages
    data["contestants"][0]["entries"][0]["criterion"] = "Z9"
    assert "entry_criterion" in {f.code for f in check_entries(data)}


def test_forged_entries_never_reach_the_results(central_db: CentralDb, made: Made, tmp_path: Path) -> None:
    """Re-signed with the venue's key but not matching the trail: refused (central_trail); had the trail been
    rewritten too, the entry check's errors would block acceptance."""
    register(central_db, made)
    forged = resign(made.path, tmp_path / "forged.zip", made.key, _forge_entries, drop=("checkpoints.jsonl",))
    try:
        p = central.import_package(central_db, BY, forged).package
    except PackageRefused:
        assert central.packages(central_db) == []
        return
    assert p.status == central.ERRORS
    with pytest.raises(StateError, match="错误"):
        central.accept(central_db, BY, p.id)


def test_a_value_the_database_refuses_is_a_message_and_changes_nothing(central_db: CentralDb, made: Made,
                                                                       tmp_path: Path) -> None:
    """A rank beyond PostgreSQL's integer: a message, nothing stored (SQLite stores it, as an error finding)."""
    register(central_db, made)

    def huge_rank(data: dict[str, Any]) -> None:
        data["contestants"][0]["rank"] = 10**12

    path = resign(made.path, tmp_path / "rank.zip", made.key, huge_rank)
    before = counts(central_db)
    if central_db.engine.dialect.name == "postgresql":
        with pytest.raises(VenueFileError, match="没有保存") as info:
            central.import_package(central_db, BY, path)
        assert "Traceback" not in str(info.value) and "INSERT" not in str(info.value)
        assert counts(central_db) == before
        (outcome,) = central.import_many(central_db, BY, [path])
        assert isinstance(outcome, PackageRefused) and counts(central_db) == before
    else:
        p = central.import_package(central_db, BY, path).package
        assert "rank_mismatch" in {f.code for f in p.errors}


def test_the_cli_binds_keys_and_withdraws_with_a_reason(central_target: str, made: Made, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.cli.main import main

    monkeypatch.setenv("VENUESCORE_USER", BY)
    db = ["--db", central_target]
    assert main(["central", "init", *db]) == 0
    with pytest.raises(SystemExit):  # --item is required: a key is registered for one item
        main(["central", "keys", "add", made.public_line, "--label", "31 赛场", *db])
    assert main(["central", "keys", "add", made.public_line, "--label", "31 赛场", "--item", "31",
                 "--group", "职工组", *db]) == 0
    assert "项目 31，组别 职工组" in capsys.readouterr().out
    assert main(["central", "import", str(made.path), *db]) == 0
    assert main(["central", "withdraw", "1", "--reason", "赛场要求撤回\x1b[2J", *db]) == 2
    assert "U+001B" in capsys.readouterr().err  # the reason goes through the text policy too
    assert main(["central", "withdraw", "1", "--reason", "赛场要求撤回", *db]) == 0
    assert "已撤回" in capsys.readouterr().out
    assert main(["central", "show", "1", *db]) == 0
    assert "已撤回：赛场要求撤回" in capsys.readouterr().out
    assert main(["central", "reinstate", "1", "--reason", "核实无误", *db]) == 0
    assert "已核验" in capsys.readouterr().out
    too_high = revision_n(made, tmp_path / "r1000.zip", 10**18)
    assert main(["central", "import", str(too_high), *db]) == 2
    err = capsys.readouterr().err
    assert "1–99" in err and "Traceback" not in err


def test_a_revision_signed_but_never_sent_is_a_warning(central_db: CentralDb, venue, head, staff,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    """Revision 2 was signed and corrected before it was exported: revision 3's package carries revision 2's
    signed checkpoint, so the gap is explained — imported, with a warning the operator acknowledges."""
    from decimal import Decimal

    from app.services import package, results
    from tests.app.package.export_world import PASSPHRASE, export
    from tests.app.services.results_world import correct_a
    from tests.conftest import HEAD_PASSPHRASE

    e1 = export(venue, head, staff, tmp_path)
    central.register_key(central_db, BY, e1.key.public_line, "31 赛场", 31)
    central.import_package(central_db, BY, e1.path)
    for n, value in ((2, "59"), (3, "60")):
        correct_a(venue, head, e1.world.reg(2), Decimal(value), f"复核 {n}")
        results.correct_after_signoff(venue, head, HEAD_PASSPHRASE, f"第 {n} 版：复核更正")
    (tmp_path / "r3").mkdir()
    r3 = package.export_package(venue, head, PASSPHRASE, tmp_path / "r3")
    assert r3.path is not None
    p = central.import_package(central_db, BY, r3.path, committee.IDENTITY).package
    assert p.revision == 3 and p.status == central.WARNINGS
    assert [f.code for f in p.warnings] == ["revision_gap"] and "第 2 版已由赛场签字确认但未送达" in p.warnings[0].message
    assert central.accept(central_db, BY, p.id, acknowledge_warnings=True).status == central.ACCEPTED

def _with_text_change(made: Made, out: Path, member: str, old: bytes, new: bytes) -> Path:
    """The genuine package with one byte string of ``member`` replaced, re-signed with the venue's key."""
    files = {n: b for n, b in members(made.path).items() if n not in (SUMS_NAME, SIG_NAME)}
    assert old in files[member]
    files[member] = files[member].replace(old, new, 1)
    return write_raw(out, pkg.sign_files(files, made.key, comment(made.results)))


@pytest.mark.parametrize("member", [pkg.RESULTS_NAME, "audit.jsonl"])
def test_a_lone_surrogate_escape_is_refused_by_name(central_db: CentralDb, made: Made, tmp_path: Path,
                                                    member: str) -> None:
    """JSON may spell a character that UTF-8 cannot hold (``\\ud800``, half of a pair): it parses, then breaks
    every later encoding (hashing, the database).  The import refuses the package and says where, as for any
    other damaged member; nothing is stored."""
    register(central_db, made)
    name = made.results["contestants"][0]["name"].encode("utf-8")
    path = _with_text_change(made, tmp_path / "surrogate.zip", member, name, name + b"\\ud800")
    error = refused(central_db, path, member, "UTF-8 无法表示的字符", "\\ud800")
    if member.endswith(".jsonl"):
        assert "行含" in str(error)  # the line, so the committee can show the venue where
