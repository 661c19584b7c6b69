"""Reading untrusted zips (refuse before extracting) and writing deterministic ones."""

from __future__ import annotations

import os
import stat
import struct
import warnings
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import IntegrityError, ValidationError
from app.package.zipsafe import MiB, ZipLimits, member_name_problem, read_zip_safely, write_zip

FILES = {"results/成绩.csv": "1,张三,87.50\n".encode(), "SHA256SUMS": b"x\n", "a.txt": b"abc" * 100}


def _zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    """A zip made with the standard library, as an attacker could (duplicates allowed)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in entries:
                zf.writestr(name, data)
    return path


DEFAULT = ZipLimits()


def _refused(path: Path, *fragments: str, limits: ZipLimits = DEFAULT) -> str:
    with pytest.raises(IntegrityError) as caught:
        read_zip_safely(path, limits)
    text = str(caught.value)
    for fragment in fragments:
        assert fragment in text, text
    return text


# --- writing and round trips -------------------------------------------------------------------


def test_round_trip(tmp_path: Path) -> None:
    write_zip(tmp_path / "p.zip", FILES)
    assert read_zip_safely(tmp_path / "p.zip") == FILES
    assert [p.name for p in tmp_path.iterdir()] == ["p.zip"]  # no temp file left behind


def test_output_is_deterministic_and_sorted(tmp_path: Path) -> None:
    when = datetime(2025, 11, 29, 16, 30, 7)
    write_zip(tmp_path / "a.zip", FILES, when)
    write_zip(tmp_path / "b.zip", dict(reversed(list(FILES.items()))), when)
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.zip") as zf:
        infos = zf.infolist()
    assert [i.filename for i in infos] == sorted(FILES)
    assert {i.date_time for i in infos} == {(2025, 11, 29, 16, 30, 6)}  # zip keeps 2-second steps
    assert {stat.S_IMODE(i.external_attr >> 16) for i in infos} == {0o644}


def test_write_replaces_existing_file_atomically(tmp_path: Path) -> None:
    target = tmp_path / "p.zip"
    write_zip(target, FILES)
    before = target.read_bytes()
    with pytest.raises(TypeError):
        write_zip(target, {"a.txt": object()})  # type: ignore[dict-item]
    assert target.read_bytes() == before  # the failed write did not touch the old package
    assert [p.name for p in tmp_path.iterdir()] == ["p.zip"]
    write_zip(target, {"new.txt": b"new"})
    assert read_zip_safely(target) == {"new.txt": b"new"}


@pytest.mark.parametrize("bad", ["../x.txt", "/abs.txt", "a\\b.txt", "C:x.txt", "a/./b", "a//b", "nul\x00"])
def test_write_refuses_unsafe_names(tmp_path: Path, bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        write_zip(tmp_path / "p.zip", {bad: b"", "ok.txt": b""})
    assert [p.file for p in caught.value.problems] == [bad]
    assert not (tmp_path / "p.zip").exists()


def test_write_refuses_case_collisions_and_bad_dates(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="文件名不合适"):
        write_zip(tmp_path / "p.zip", {"A.txt": b"", "a.TXT": b""})
    with pytest.raises(ValidationError, match="1980"):
        write_zip(tmp_path / "p.zip", {"a.txt": b""}, datetime(1979, 12, 31))


safe_names = st.lists(
    st.text(st.sampled_from("abcXY09_-场馆"), min_size=1, max_size=6), min_size=1, max_size=3
).map("/".join)


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(safe_names, st.binary(max_size=200), max_size=6))
def test_round_trip_property(tmp_path: Path, files: dict[str, bytes]) -> None:
    folded = {n.casefold() for n in files}
    prefixes = {"/".join(n.split("/")[:i]) for n in files for i in range(1, n.count("/") + 1)}
    if len(folded) != len(files) or prefixes & set(files):
        return  # a name that is also a folder of another name can't be unpacked; not our case
    write_zip(tmp_path / "p.zip", files)
    assert read_zip_safely(tmp_path / "p.zip") == files


def test_directory_entries_are_skipped(tmp_path: Path) -> None:
    path = _zip(tmp_path / "d.zip", [("results/", b""), ("results/a.txt", b"a")])
    assert read_zip_safely(path) == {"results/a.txt": b"a"}


# --- refusing unsafe archives ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../../evil.txt", "上级目录"),
        ("ok/../../evil.txt", "上级目录"),
        ("/etc/cron.d/evil", "绝对路径"),
        ("..\\evil.txt", "反斜杠"),
        ("C:/Windows/evil.dll", "盘符"),
        ("c:evil", "盘符"),
        ("../", "上级目录"),  # even a directory entry
    ],
)
def test_unsafe_names_refused(tmp_path: Path, name: str, reason: str) -> None:
    path = _zip(tmp_path / "evil.zip", [("fine.txt", b"ok"), (name, b"x")])
    text = _refused(path, name, reason, "未解出任何文件")
    assert "fine.txt" not in text


def test_symlink_refused(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("results/link")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = _zip(tmp_path / "s.zip", [(link, b"/etc/passwd")])
    _refused(path, "results/link", "符号链接")


def test_special_file_refused(tmp_path: Path) -> None:
    fifo = zipfile.ZipInfo("fifo")
    fifo.external_attr = (stat.S_IFIFO | 0o644) << 16
    _refused(_zip(tmp_path / "f.zip", [(fifo, b"")]), "fifo", "不是普通文件")


def test_duplicate_names_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "d.zip", [("a.txt", b"first"), ("a.txt", b"second")])
    _refused(path, "a.txt", "重复出现")


def test_case_insensitive_duplicates_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "d.zip", [("Results/A.csv", b"1"), ("results/a.CSV", b"2")])
    _refused(path, "results/a.CSV", "只差大小写")


def test_too_many_files(tmp_path: Path) -> None:
    path = _zip(tmp_path / "many.zip", [(f"f{i:03}.txt", b"") for i in range(201)])
    _refused(path, "201 个条目", "上限 200")
    assert len(read_zip_safely(path, ZipLimits(max_files=201))) == 201


def test_zip_bomb_refused_before_decompressing(tmp_path: Path) -> None:
    # 100 MiB of zeros deflate to ~100 KB: built by streaming, so the test stays fast.
    path = tmp_path / "bomb.zip"
    zero = bytes(MiB)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf, zf.open("zeros.bin", "w") as out:
        for _ in range(100):
            out.write(zero)
    assert path.stat().st_size < 1 * MiB
    _refused(path, "zeros.bin", "压缩比", "压缩炸弹")


def test_entry_and_total_size_limits(tmp_path: Path) -> None:
    path = _zip(tmp_path / "big.zip", [("a.bin", os.urandom(3000)), ("b.bin", os.urandom(3000))])
    _refused(path, "a.bin", "超过单个文件上限", limits=ZipLimits(max_entry=2000))
    _refused(path, "所有文件解压后共 6000 字节", limits=ZipLimits(max_total=5000))
    assert len(read_zip_safely(path, ZipLimits(max_entry=3000, max_total=6000))) == 2


def test_ratio_rule_spares_small_entries(tmp_path: Path) -> None:
    path = _zip(tmp_path / "z.zip", [("zeros.csv", bytes(100_000))])  # ratio ~ 1000, but only 100 KB
    assert read_zip_safely(path) == {"zeros.csv": bytes(100_000)}
    _refused(path, "压缩比", limits=ZipLimits(ratio_min_size=1000))


def _patch_all(data: bytes, signature: bytes, offset: int, fmt: str, value: int) -> bytes:
    """Overwrite one field in every local (PK\\3\\4) or central (PK\\1\\2) header."""
    out = bytearray(data)
    start = out.find(signature)
    while start != -1:
        struct.pack_into(fmt, out, start + offset, value)
        start = out.find(signature, start + 4)
    return bytes(out)


def test_encrypted_entry_refused(tmp_path: Path) -> None:
    data = _zip(tmp_path / "plain.zip", [("secret.csv", b"1,2,3\n")]).read_bytes()
    data = _patch_all(data, b"PK\x01\x02", 8, "<H", 0x1)  # general purpose flag: encrypted
    data = _patch_all(data, b"PK\x03\x04", 6, "<H", 0x1)
    (tmp_path / "enc.zip").write_bytes(data)
    _refused(tmp_path / "enc.zip", "secret.csv", "已加密")


def test_header_that_understates_the_size_is_caught_while_reading(tmp_path: Path) -> None:
    data = _zip(tmp_path / "plain.zip", [("a.csv", b"x" * 5000)]).read_bytes()
    data = _patch_all(data, b"PK\x01\x02", 24, "<I", 10)  # uncompressed size claims 10 bytes
    data = _patch_all(data, b"PK\x03\x04", 22, "<I", 10)
    (tmp_path / "lie.zip").write_bytes(data)
    _refused(tmp_path / "lie.zip", "已损坏")


def test_header_that_overstates_the_size_is_caught_while_reading(tmp_path: Path) -> None:
    data = _zip(tmp_path / "plain.zip", [("a.csv", b"x" * 5000)]).read_bytes()
    data = _patch_all(data, b"PK\x01\x02", 24, "<I", 6000)
    data = _patch_all(data, b"PK\x03\x04", 22, "<I", 6000)
    (tmp_path / "lie.zip").write_bytes(data)
    _refused(tmp_path / "lie.zip", "已损坏")


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.99])
def test_truncated_zip(tmp_path: Path, keep: float) -> None:
    write_zip(tmp_path / "p.zip", FILES)
    data = (tmp_path / "p.zip").read_bytes()
    (tmp_path / "cut.zip").write_bytes(data[: int(len(data) * keep)])
    _refused(tmp_path / "cut.zip", "文件不完整或已损坏，请重新拷贝")


def test_crc_error(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "p.zip", "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a.txt", b"hello world")
    data = bytearray((tmp_path / "p.zip").read_bytes())
    data[data.find(b"hello")] ^= 0x20  # "Hello world": same length, wrong CRC
    (tmp_path / "p.zip").write_bytes(bytes(data))
    _refused(tmp_path / "p.zip", "CRC")


def test_not_a_zip_and_missing_file(tmp_path: Path) -> None:
    (tmp_path / "x.zip").write_bytes(b"this is a text file, not a zip\n")
    _refused(tmp_path / "x.zip", "文件不完整或已损坏，请重新拷贝")
    _refused(tmp_path / "nope.zip", "无法读取文件")


def test_several_problems_are_all_listed(tmp_path: Path) -> None:
    path = _zip(tmp_path / "e.zip", [("../a", b""), ("/b", b""), ("ok.txt", b"")])
    with pytest.raises(IntegrityError) as caught:
        read_zip_safely(path)
    assert [p.file for p in caught.value.problems] == ["../a", "/b"]


@pytest.mark.parametrize("name", ["a.txt", "results/成绩.csv", "a b/c-d_e.json", "SHA256SUMS.minisig"])
def test_good_names(name: str) -> None:
    assert member_name_problem(name) is None


@pytest.mark.parametrize(
    "name", ["", "../a", "a/..", "/a", "a\\b", "C:a", "a:b", "a\nb", "a/", " a", "a ", "a.", "a/./b", "a|b"]
)
def test_bad_names(name: str) -> None:
    assert member_name_problem(name)
