"""SHA256SUMS manifest: exact sha256sum format, strict parsing, and the comparison report."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import IntegrityError, ValidationError
from app.package.sha256sums import check, make_sha256sums, parse_sha256sums

ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"  # sha256(b"abc")
EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"  # sha256(b"")

segment = st.text(st.sampled_from("abcXYZ019_-成绩场馆 ."), min_size=1, max_size=8).filter(
    lambda s: s == s.strip() and not s.endswith(".") and s not in (".", "..")
)
names = st.lists(segment, min_size=1, max_size=3).map("/".join)
file_maps = st.dictionaries(names, st.binary(max_size=64), max_size=8).filter(
    lambda d: len({n.casefold() for n in d}) == len(d)
)


def test_worked_example() -> None:
    text = make_sha256sums({"z.csv": b"", "results/成绩.csv": b"abc", "a.txt": b"abc"})
    assert text == f"{ABC}  a.txt\n{ABC}  results/成绩.csv\n{EMPTY}  z.csv\n"
    assert parse_sha256sums(text) == {"a.txt": ABC, "results/成绩.csv": ABC, "z.csv": EMPTY}


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="`sha256sum` (coreutils) not installed")
def test_same_bytes_as_gnu_sha256sum(tmp_path: Path) -> None:
    files = {"b.csv": b"1,2\n", "a/成绩 表.json": b"{}", "a/z.bin": bytes(range(256))}
    for name, content in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(content)
    gnu = subprocess.run(
        ["sha256sum", *sorted(files)], cwd=tmp_path, capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert make_sha256sums(files) == gnu


@given(file_maps)
def test_make_parse_round_trip(files: dict[str, bytes]) -> None:
    text = make_sha256sums(files)
    parsed = parse_sha256sums(text) if files else {}
    assert parsed == {n: hashlib.sha256(c).hexdigest() for n, c in files.items()}
    assert check(files, parsed) == []


def test_binary_marker_and_uppercase_hex_accepted() -> None:
    assert parse_sha256sums(f"{ABC.upper()} *a.txt\n") == {"a.txt": ABC}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{ABC} a.txt\n", "格式应为"),  # one space only
        (f"{ABC[:-1]}  a.txt\n", "格式应为"),
        (f"{ABC}  \n", "文件名为空"),
        ("not a line\n", "格式应为"),
        (f"{ABC}  a.txt\n\n{ABC}  b.txt\n", "格式应为"),  # blank line
        (f"{ABC}  a.txt\n{EMPTY}  a.txt\n", "重复"),
        (f"{ABC}  a.txt\n{EMPTY}  A.TXT\n", "重复"),
        (f"{ABC}  /etc/passwd\n", "绝对路径"),
        (f"{ABC}  ../up.txt\n", ".."),
        (f"{ABC}  a/../../up.txt\n", ".."),
        (f"{ABC}  a\\b.txt\n", "反斜杠"),
        (f"{ABC}  C:/x.txt\n", "盘符"),
        (f"{ABC}  a.txt\r\n", "Windows 换行符"),
        (f"{ABC}  a.txt", "缺少换行"),
        ("", "空的"),
    ],
)
def test_parse_is_strict(text: str, expected: str) -> None:
    with pytest.raises(IntegrityError) as caught:
        parse_sha256sums(text)
    assert expected in str(caught.value)


def test_parse_names_every_bad_row() -> None:
    text = f"{ABC}  ok.txt\nbad\n{ABC}  ../x\n"
    with pytest.raises(IntegrityError) as caught:
        parse_sha256sums(text)
    assert [p.row for p in caught.value.problems] == [2, 3]
    assert all(p.file == "SHA256SUMS" for p in caught.value.problems)


@pytest.mark.parametrize("bad", ["../x", "/abs", "a\\b", "a\nb", "", "a//b", "x/"])
def test_make_refuses_unsafe_names(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        make_sha256sums({bad: b"", "fine.txt": b""})
    assert [p.file for p in caught.value.problems] == [bad]


def test_check_names_each_problem() -> None:
    sums = parse_sha256sums(f"{ABC}  a.txt\n{ABC}  b.txt\n{ABC}  gone.txt\n")
    files = {
        "a.txt": b"abc",
        "b.txt": b"abd",
        "new.txt": b"",
        "SHA256SUMS": b"...",
        "SHA256SUMS.minisig": b"...",
    }
    problems = check(files, sums)
    assert len(problems) == 3
    assert any("b.txt" in p and "哈希不符" in p for p in problems)
    assert any("gone.txt" in p and "缺少文件" in p for p in problems)
    assert any("new.txt" in p and "多出文件" in p for p in problems)


def test_check_ignore_list_is_configurable() -> None:
    assert check({"SHA256SUMS": b""}, {}, ignore=()) != []
