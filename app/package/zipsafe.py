"""Reading a received result package (.zip) without trusting it, and writing our own deterministically.

A package arrives on a USB stick from a venue; until its signature has been checked it is just
bytes from somewhere.  ``read_zip_safely`` therefore checks every entry of the central directory
*before* decompressing anything (names, types, sizes, compression ratio, encryption) and then
enforces the size limits again while streaming, because the sizes in a zip header are only claims.
Nothing is ever written to disk: the caller gets ``{name: bytes}`` and decides what to keep.

``write_zip`` produces byte-identical archives for identical input (sorted names, one fixed
timestamp, fixed permissions), so a package can be rebuilt and compared, and writes through a
temporary file plus ``os.replace`` so a crash never leaves half a package under the real name.
"""

from __future__ import annotations

import io
import os
import re
import stat
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from app.errors import IntegrityError, Problem, ValidationError
from app.fileio import replacing
from app.i18n import tr

MiB = 1024 * 1024
ZIP_EPOCH = datetime(1980, 1, 1)  # the earliest time a zip header can hold
_CHUNK = 64 * 1024
# Characters Windows refuses in file names; the committee unzips on Windows, so we refuse them too.
_WINDOWS_FORBIDDEN = set('<>:"|?*')
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class ZipLimits:
    """What a package may contain.  The defaults are far above a real package (a few MB)."""

    max_files: int = 200
    max_entry: int = 200 * MiB  # uncompressed bytes of one entry
    max_total: int = 500 * MiB  # uncompressed bytes of all entries together
    max_ratio: int = 200  # uncompressed / compressed size of one entry
    # Small entries may compress extremely well (a column of zeros in a CSV); their size is
    # already bounded by max_files x this, so the ratio rule starts above it.
    ratio_min_size: int = 1 * MiB


def member_name_problem(name: str) -> str | None:
    """Why ``name`` is not acceptable as a file inside a package, or None if it is.

    Names are relative POSIX paths that unpack to the same place on Linux and Windows.
    Shared with the SHA256SUMS rules so both files agree on what a name may be.
    """
    if name == "":
        return tr("文件名为空")
    if "\\" in name:
        return tr("文件名含反斜杠（\\）")
    if name.startswith("/"):
        return tr("是绝对路径")
    if _DRIVE.match(name):
        return tr("含盘符（如 C:）")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        return tr("文件名含控制字符（如换行）")
    if any(ch in _WINDOWS_FORBIDDEN for ch in name):
        return tr('文件名含 Windows 不允许的字符（< > : " | ? *）')
    for part in name.split("/"):
        if part == "..":
            return tr("含“..”上级目录")
        if part in ("", "."):
            return tr("路径中有空的或“.”目录")
        if part != part.strip() or part.endswith("."):
            return tr("文件名首尾有空格或以“.”结尾（Windows 下会被改名）")
    return None


def fold_name(name: str) -> str:
    """The key under which two names collide on a case-insensitive file system (Windows, macOS)."""
    return unicodedata.normalize("NFC", name).casefold()


def _refuse(problems: list[Problem]) -> IntegrityError:
    first = problems[0]
    message = tr("压缩包中的“{name}”{reason}，已拒绝读取，未解出任何文件").format(
        name=first.file, reason=first.message
    )
    if len(problems) == 1:
        return IntegrityError(message)
    return IntegrityError(message + tr("（共 {n} 处问题）").format(n=len(problems)), problems=problems)


def _corrupt(detail: str | None = None) -> IntegrityError:
    message = tr("文件不完整或已损坏，请重新拷贝")
    if detail:
        message += tr("（{detail}）").format(detail=detail)
    return IntegrityError(message)


def _entry_problems(info: zipfile.ZipInfo, limits: ZipLimits) -> list[str]:
    """Reasons one central-directory entry is refused (header facts only, nothing decompressed)."""
    reasons: list[str] = []
    # orig_filename is the name as stored; zipfile may already have altered .filename (NUL cut).
    for name in {info.orig_filename, info.filename}:
        raw = name[:-1] if name.endswith("/") else name
        reason = member_name_problem(raw)
        if reason:
            reasons.append(reason)
            break
    mode = info.external_attr >> 16
    file_type = stat.S_IFMT(mode)
    if stat.S_ISLNK(mode):
        reasons.append(tr("是符号链接"))
    elif file_type not in (0, stat.S_IFREG, stat.S_IFDIR):
        reasons.append(tr("不是普通文件（设备、管道等）"))
    if info.is_dir():
        return reasons
    if info.flag_bits & 0x1:
        reasons.append(tr("已加密，无法检查内容"))
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        reasons.append(tr("使用了不支持的压缩方式（{n}）").format(n=info.compress_type))
    if info.file_size > limits.max_entry:
        reasons.append(
            tr("解压后 {size} 字节，超过单个文件上限 {limit} 字节").format(
                size=info.file_size, limit=limits.max_entry
            )
        )
    if info.file_size > limits.ratio_min_size:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_ratio:
            reasons.append(
                tr("压缩比 {ratio:.0f} 倍，超过上限 {limit} 倍（疑似“压缩炸弹”）").format(
                    ratio=ratio, limit=limits.max_ratio
                )
            )
    return reasons


def _check_directory(
    infos: list[zipfile.ZipInfo], archive_size: int, limits: ZipLimits
) -> list[zipfile.ZipInfo]:
    """Check the whole central directory; return the file entries to read, or raise."""
    if len(infos) > limits.max_files:
        raise IntegrityError(
            tr("压缩包含 {n} 个条目，超过上限 {limit} 个，已拒绝读取").format(
                n=len(infos), limit=limits.max_files
            )
        )
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    files: list[zipfile.ZipInfo] = []
    total = 0
    for info in infos:
        for reason in _entry_problems(info, limits):
            problems.append(Problem(reason, file=info.filename))
        key = fold_name(info.filename.rstrip("/"))
        if key in seen:
            other = seen[key]
            reason = (
                tr("重复出现")
                if other == info.filename
                else tr("与“{other}”只差大小写，会互相覆盖").format(other=other)
            )
            problems.append(Problem(reason, file=info.filename))
        seen[key] = info.filename
        if not info.is_dir():
            files.append(info)
            total += info.file_size
    if total > limits.max_total:
        problems.append(
            Problem(
                tr("所有文件解压后共 {size} 字节，超过上限 {limit} 字节").format(
                    size=total, limit=limits.max_total
                ),
                file=tr("（全部条目）"),
            )
        )
    # In an honest archive the compressed data of the entries cannot add up to more than the
    # archive itself; more means entries overlap (a classic non-recursive zip bomb).
    if sum(info.compress_size for info in files) > archive_size:
        problems.append(Problem(tr("各条目的数据互相重叠（疑似“压缩炸弹”）"), file=tr("（全部条目）")))
    if problems:
        raise _refuse(problems)
    return files


def _read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, limits: ZipLimits) -> bytes:
    """Stream one entry with a hard cap: never hold more than the header promised or the limits allow."""
    cap = min(info.file_size, limits.max_entry, budget)
    chunks: list[bytes] = []
    got = 0
    with zf.open(info) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            got += len(chunk)
            if got > cap:
                raise _refuse([Problem(tr("的实际内容比登记的大小更大"), file=info.filename)])
            chunks.append(chunk)
    if got != info.file_size:
        raise _corrupt(tr("“{name}”内容不完整").format(name=info.filename))
    return b"".join(chunks)


def read_zip_safely(path: Path, limits: ZipLimits = ZipLimits()) -> dict[str, bytes]:
    """Return ``{name: content}`` of the regular files in the zip at ``path``.

    Raises IntegrityError naming the entry and the reason if anything is unsafe, too large,
    encrypted, corrupt or truncated.  Directory entries are skipped.  Nothing touches the disk.
    """
    path = Path(path)
    try:
        archive_size = path.stat().st_size
    except OSError as exc:
        raise IntegrityError(tr("无法读取文件：{error}").format(error=exc.strerror or exc)) from exc
    return _read_archive(path, archive_size, limits)


def read_zip_bytes(data: bytes, limits: ZipLimits = ZipLimits()) -> dict[str, bytes]:
    """``read_zip_safely`` for a zip held in memory (e.g. just decrypted: it never touches the disk)."""
    return _read_archive(io.BytesIO(data), len(data), limits)


def _read_archive(source: Path | io.BytesIO, archive_size: int, limits: ZipLimits) -> dict[str, bytes]:
    # The compressed archive can't legitimately be much larger than its content; refusing early
    # also keeps zipfile from parsing a gigantic central directory.
    if archive_size > limits.max_total + limits.max_files * 1024 + 64 * 1024:
        raise IntegrityError(tr("文件大小 {size} 字节，超过上限，已拒绝读取").format(size=archive_size))
    try:
        with zipfile.ZipFile(source) as zf:
            files = _check_directory(zf.infolist(), archive_size, limits)
            result: dict[str, bytes] = {}
            budget = limits.max_total
            for info in files:
                data = _read_entry(zf, info, budget, limits)
                budget -= len(data)
                result[info.filename] = data
            return result
    except zipfile.BadZipFile as exc:
        if "CRC" in str(exc):
            raise IntegrityError(tr("文件不完整或已损坏，请重新拷贝（CRC 校验错误）")) from exc
        raise _corrupt() from exc
    except (EOFError, zlib.error, NotImplementedError, ValueError) as exc:
        raise _corrupt() from exc
    except OSError as exc:
        raise IntegrityError(tr("无法读取文件：{error}").format(error=exc.strerror or exc)) from exc


def _zip_date_time(when: datetime) -> tuple[int, int, int, int, int, int]:
    if not 1980 <= when.year <= 2107:
        raise ValidationError(tr("压缩包时间必须在 1980 至 2107 年之间"))
    # zip headers have no time zone and 2-second resolution; store the wall-clock fields as given.
    return (when.year, when.month, when.day, when.hour, when.minute, when.second - when.second % 2)


def _names_checked(files: Mapping[str, bytes]) -> None:
    problems = [Problem(reason, file=name) for name in files if (reason := member_name_problem(name))]
    folded: dict[str, str] = {}
    for name in files:
        key = fold_name(name)
        if key in folded:
            problems.append(Problem(tr("与“{other}”只差大小写").format(other=folded[key]), file=name))
        folded[key] = name
    if problems:
        raise ValidationError(tr("压缩包中的文件名不合适"), problems)


def _write_members(raw: BinaryIO, files: Mapping[str, bytes], date_time: datetime) -> None:
    stamp = _zip_date_time(date_time)
    with zipfile.ZipFile(raw, "w") as zf:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # "Unix" everywhere, so the bytes don't depend on the OS
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            zf.writestr(info, files[name], compresslevel=6)


def zip_bytes(files: Mapping[str, bytes], date_time: datetime = ZIP_EPOCH) -> bytes:
    """The same deterministic zip as ``write_zip``, in memory (to be encrypted before it touches a disk)."""
    _names_checked(files)
    buffer = io.BytesIO()
    _write_members(buffer, files, date_time)
    return buffer.getvalue()


def write_zip(path: Path, files: Mapping[str, bytes], date_time: datetime = ZIP_EPOCH) -> None:
    """Write ``files`` to ``path`` as a deterministic zip (sorted, one timestamp, mode 0644).

    The archive is written next to ``path`` under a temporary name and moved into place, so
    readers never see a partial file.  Names must pass ``member_name_problem``.
    """
    path = Path(path)
    _names_checked(files)
    _zip_date_time(date_time)
    # mkstemp: a unique name and mode 0600 while the package is being written; replacing fsyncs it (the
    # package must be on the stick before we call it written) and renames it into place.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with replacing(path, Path(tmp_name)), os.fdopen(fd, "wb") as raw:
        _write_members(raw, files, date_time)
