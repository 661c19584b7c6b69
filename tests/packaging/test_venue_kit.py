"""The venue kit zip: app folder, 使用说明.txt, templates, the guide when there is one, and a SHA256SUMS that
covers every file and catches a changed one."""

from __future__ import annotations

import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

from tests.packaging.scripts_loader import load_script

venue_kit = load_script("venue_kit")


@pytest.fixture
def app_folder(tmp_path: Path) -> Path:
    """A stand-in for dist/VenueScore: an executable, a library behind a symlink, the build stamp."""
    folder = tmp_path / "dist" / "VenueScore"
    (folder / "_internal" / "resources").mkdir(parents=True)
    (folder / "_internal" / "lib").mkdir()
    exe = folder / "venuescore-cli"
    exe.write_bytes(b"#!/bin/sh\necho hi\n")
    exe.chmod(0o755)
    (folder / "_internal" / "lib" / "libQt6Core.so.6").write_bytes(b"\x7fELF not really")
    os.symlink("lib/libQt6Core.so.6", folder / "_internal" / "libQt6Core.so.6")
    stamp = {"version": "9.8.7", "commit": "abc1234567", "built_at": "2026-11-20 08:00 UTC"}
    (folder / "_internal" / "resources" / "build_info.json").write_text(json.dumps(stamp), encoding="utf-8")
    return folder


def names(kit: Path) -> list[str]:
    with zipfile.ZipFile(kit) as zf:
        return zf.namelist()


def test_kit_contents_and_sums(app_folder: Path, tmp_path: Path) -> None:
    guide = tmp_path / "guide"
    guide.mkdir()
    (guide / "赛场计分使用指南.pdf").write_bytes(b"%PDF-1.4 guide")
    kit = venue_kit.write_kit(app_folder, tmp_path / "out", guide_dir=guide)
    top = f"VenueScore-9.8.7-{venue_kit.os_tag()}"
    assert kit.path.name == f"{top}.zip"
    listed = names(kit.path)
    for member in ("使用说明.txt", "SHA256SUMS", "VenueScore/venuescore-cli", "VenueScore/_internal/libQt6Core.so.6",
                   "模板/roster-template.xlsx", "模板/scheme-template.xlsx", "指南/赛场计分使用指南.pdf"):
        assert f"{top}/{member}" in listed, member
    assert venue_kit.check_kit(kit.path) == []
    assert kit.path.with_name(kit.path.name + ".sha256").read_text().startswith(venue_kit.sha256_file(kit.path))
    assert not list((tmp_path / "out").glob("*partial*"))


def test_readme_is_chinese_for_notepad_and_names_the_build(app_folder: Path, tmp_path: Path) -> None:
    kit = venue_kit.write_kit(app_folder, tmp_path / "out", guide_dir=tmp_path / "no-guide")
    with zipfile.ZipFile(kit.path) as zf:
        top = zf.namelist()[0].split("/")[0]
        raw = zf.read(f"{top}/使用说明.txt")
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    text = raw.decode("utf-8-sig")
    assert "9.8.7" in text and "abc1234567" in text and "{" not in text
    for topic in ("启动", "备份", "故障", "SHA256SUMS"):
        assert topic in text
    assert not any("/指南/" in n for n in names(kit.path))  # no guide yet: no empty folder either


def test_executable_bit_and_symlink_survive(app_folder: Path, tmp_path: Path) -> None:
    kit = venue_kit.write_kit(app_folder, tmp_path / "out", guide_dir=tmp_path / "no-guide")
    with zipfile.ZipFile(kit.path) as zf:
        infos = {i.filename.split("/", 1)[1]: i for i in zf.infolist()}
        exe_mode = infos["VenueScore/venuescore-cli"].external_attr >> 16
        link = infos["VenueScore/_internal/libQt6Core.so.6"]
        assert stat.S_ISREG(exe_mode) and exe_mode & 0o111
        assert stat.S_ISLNK(link.external_attr >> 16)
        assert zf.read(link) == b"lib/libQt6Core.so.6"


def test_a_changed_file_is_caught(app_folder: Path, tmp_path: Path) -> None:
    kit = venue_kit.write_kit(app_folder, tmp_path / "out", guide_dir=tmp_path / "no-guide")
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(kit.path) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("venuescore-cli"):
                data = data.replace(b"hi", b"ha")
            dst.writestr(info, data)
        dst.writestr(f"{src.namelist()[0].split('/')[0]}/extra.txt", b"slipped in")
    problems = venue_kit.check_kit(tampered)
    assert any("wrong SHA-256" in p and "venuescore-cli" in p for p in problems)
    assert any("not in SHA256SUMS" in p and "extra.txt" in p for p in problems)
