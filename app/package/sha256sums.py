"""The SHA256SUMS manifest of a result package, byte-compatible with GNU ``sha256sum``.

The venue signs only this small file; every other file in the package is covered by its hash.
That lets the committee check a package with stock tools
(``minisign -Vm SHA256SUMS -P <key> && sha256sum -c SHA256SUMS``) as well as with the app.

Format, one line per file: 64 lowercase hex digits, two spaces, the relative POSIX path, "\\n";
lines sorted by name.  Names with characters ``sha256sum`` would have to escape (backslash,
newline) are refused rather than escaped, so the file never needs sha256sum's escape syntax.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Collection, Mapping

from app.errors import IntegrityError, Problem, ValidationError
from app.i18n import tr
from app.package.zipsafe import fold_name, member_name_problem

SUMS_NAME = "SHA256SUMS"
SIG_NAME = "SHA256SUMS.minisig"
# "<hash> <mode><name>": mode " " is text, "*" binary (what sha256sum -b and Windows ports write).
_LINE = re.compile(r"([0-9a-fA-F]{64}) ([ *])(.*)")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_sha256sums(files: Mapping[str, bytes]) -> str:
    """The SHA256SUMS text for ``files`` ({relative POSIX path: content}), sorted by name."""
    problems = [Problem(reason, file=name) for name in files if (reason := member_name_problem(name))]
    if problems:
        raise ValidationError(tr("文件名不能写入校验清单"), problems)
    return "".join(f"{sha256_hex(files[name])}  {name}\n" for name in sorted(files))


def parse_sha256sums(text: str) -> dict[str, str]:
    """Parse a SHA256SUMS text strictly into ``{name: lowercase hex}``.

    Refuses (IntegrityError listing each bad line) malformed lines, blank lines, Windows line
    ends, unsafe names (absolute, ``..``, backslash…) and names listed twice — a manifest that
    names a file twice could make two checkers disagree about which hash counts.
    """
    problems: list[Problem] = []
    result: dict[str, str] = {}
    folded: dict[str, str] = {}
    if text == "":
        raise IntegrityError(tr("校验清单 {name} 是空的").format(name=SUMS_NAME))
    if not text.endswith("\n"):
        problems.append(Problem(tr("文件末尾缺少换行"), file=SUMS_NAME))
    for row, line in enumerate(text.removesuffix("\n").split("\n"), start=1):
        if "\r" in line:
            problems.append(Problem(tr("含 Windows 换行符（文件可能被记事本改过）"), file=SUMS_NAME, row=row))
            continue
        match = _LINE.fullmatch(line)
        if match is None:
            problems.append(
                Problem(
                    tr("格式应为“64 位十六进制哈希 + 两个空格 + 文件名”"),
                    file=SUMS_NAME,
                    row=row,
                    value=line[:80],
                )
            )
            continue
        digest, name = match.group(1).lower(), match.group(3)
        reason = member_name_problem(name)
        if reason:
            problems.append(Problem(reason, file=SUMS_NAME, row=row, value=name))
            continue
        key = fold_name(name)
        if key in folded:
            problems.append(
                Problem(tr("与“{other}”重复").format(other=folded[key]), file=SUMS_NAME, row=row, value=name)
            )
            continue
        folded[key] = name
        result[name] = digest
    if problems:
        raise IntegrityError(tr("校验清单 {name} 格式不正确").format(name=SUMS_NAME), problems)
    return result


def check(
    files: Mapping[str, bytes],
    sums: Mapping[str, str],
    ignore: Collection[str] = (SUMS_NAME, SIG_NAME),
) -> list[str]:
    """Every disagreement between ``files`` and ``sums`` as a sentence naming the file; [] if none.

    ``ignore`` are names present in the package but not listed in the manifest (the manifest
    and its signature cannot hash themselves).
    """
    problems: list[str] = []
    for name in sorted(sums):
        if name not in files:
            problems.append(tr("缺少文件“{name}”（清单中有，包里没有）").format(name=name))
        elif not hmac.compare_digest(sha256_hex(files[name]), sums[name].lower()):
            problems.append(tr("文件“{name}”的哈希不符：内容已被修改或损坏").format(name=name))
    for name in sorted(files):
        if name not in sums and name not in ignore:
            problems.append(tr("多出文件“{name}”（包里有，清单中没有）").format(name=name))
    return problems
