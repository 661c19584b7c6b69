"""Assembling a result package: results.json, audit.jsonl, results.xlsx, PDFs, SHA256SUMS, signature.

Pure package layer: the caller (app.services.package) gathers the file contents from the venue
file; here they get their names, the manifest and the minisign signature, and become one zip.
See docs/package-format.md for the layout and docs/keys-and-signatures.md for the crypto.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from app.errors import ValidationError
from app.i18n import tr
from app.package.keys import SigningKey
from app.package.sha256sums import SIG_NAME, SUMS_NAME, make_sha256sums, sha256_hex
from app.package.zipsafe import write_zip

RESULTS_NAME = "results.json"
AUDIT_NAME = "audit.jsonl"
# Signed checkpoints of the audit chain (since package layout 2; a package without it is an older one).
CHECKPOINTS_NAME = "checkpoints.jsonl"
XLSX_NAME = "results.xlsx"
# Appeals, decisions, corrections traced to them and the publication settings (since package layout 3).
APPEALS_NAME = "appeals.json"
REQUIRED = (RESULTS_NAME, AUDIT_NAME, XLSX_NAME)
UNTRUSTED_COMMENT = "VenueScore result package - verify with the venue public key registered by the committee"
_UNSAFE = re.compile(r'[\\/<>:"|?*\x00-\x1f\s]+')


def _safe(part: str) -> str:
    return _UNSAFE.sub("_", part).strip("._") or "_"


def package_file_name(item_no: int, item_name: str, groups: Iterable[str], revision: int) -> str:
    """``31-母婴护理-职工组+学生组-r2.zip``: item, group(s) and revision, safe on Windows."""
    names = [g for g in groups if g]
    group_part = "+".join(_safe(g) for g in names) if names else _safe(tr("全部"))
    return f"{item_no:02d}-{_safe(item_name)}-{group_part}-r{revision}.zip"


def results_json(snapshot: Mapping[str, Any], exported_at: datetime) -> bytes:
    """The signed revision's snapshot with ``exported_at`` filled in, as readable UTF-8 JSON."""
    if snapshot.get("revision") is None:
        raise ValidationError(tr("成绩尚未签字确认，不能导出成绩包"))
    body = dict(snapshot)
    body["exported_at"] = exported_at.isoformat(timespec="microseconds")
    return (json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


# JSON leaves these unescaped, but str.splitlines() (and many line readers) break a line at them: a name or
# reason holding one (stored before the text policy) would cut its record in two.  Escaped, they read back as is.
_LINE_BREAKERS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _line(record: Mapping[str, Any]) -> str:
    text = json.dumps(dict(record), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # str.translate walks a long record character by character in Python; the marks are almost never there
    return text.translate(_LINE_BREAKERS) if any(ch in text for ch in "\x85\u2028\u2029") else text


def audit_jsonl(records: Iterable[Mapping[str, Any]]) -> bytes:
    """One audit record per line (seq, at, actor, role, action, data, prev_hash, hash)."""
    lines = [_line(r) for r in records]
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def checkpoints_jsonl(records: Iterable[Mapping[str, Any]]) -> bytes:
    """One signed checkpoint per line (event, subject, seq, head, venue_uid, item, key_id, statement,
    signature, actor, at): see app/services/checkpoints.py."""
    return audit_jsonl(records)


def trusted_comment(item_no: int, item_name: str, revision: int, exported_at: datetime) -> str:
    """What the signature protects besides the manifest: item, revision and time, as minisign shows it."""
    return (f"timestamp:{int(exported_at.timestamp())}\titem:{item_no:02d} {item_name}\trevision:{revision}"
            f"\texported_at:{exported_at.isoformat(timespec='seconds')}")


def parse_trusted_comment(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in text.split("\t"):
        key, sep, value = part.partition(":")
        if sep:
            out[key.strip()] = value.strip()
    return out


def sign_files(files: Mapping[str, bytes], key: SigningKey, comment: str) -> dict[str, bytes]:
    """``files`` plus SHA256SUMS over them and SHA256SUMS.minisig signing that manifest."""
    missing = [n for n in REQUIRED if n not in files]
    if missing:
        raise ValidationError(tr("成绩包缺少文件：{names}").format(names="、".join(missing)))
    if SUMS_NAME in files or SIG_NAME in files:
        raise ValidationError(tr("校验清单和签名由导出程序生成，不能作为内容文件"))
    sums = make_sha256sums(files).encode("utf-8")
    signature = key.sign_file(sums, comment, UNTRUSTED_COMMENT).encode("utf-8")
    return {**files, SUMS_NAME: sums, SIG_NAME: signature}


def write_package(path: Path, signed: Mapping[str, bytes], exported_at: datetime) -> str:
    """Write the zip (deterministic, atomic); return its SHA-256."""
    write_zip(Path(path), signed, exported_at.replace(tzinfo=None))
    return sha256_hex(Path(path).read_bytes())
