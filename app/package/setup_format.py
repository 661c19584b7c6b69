"""The committee's setup package (赛场设置包): what a venue starts from, signed with the committee's key.

One zip per item (and group set), ``<NN>-<item>-设置包.zip`` (no personal data in the name)::

    setup.json          item, groups, date, place, head judge, accounts (names and roles, no PINs), settings,
                        the committee's public keys (signing key + encryption recipient)
    roster.xlsx|.csv    the roster as the committee holds it (checked at the venue like any spreadsheet)
    SHA256SUMS          sha256sum format over the two files above
    SHA256SUMS.minisig  minisign signature of SHA256SUMS by the committee's signing key

The venue trusts it only after the head judge typed the committee fingerprint printed on the committee's letter:
the signing key inside must be the one the fingerprint names, and it must have signed the manifest.  A package
signed by another key, changed after signing, or for another item than the head judge expects is refused here,
before anything is created.  ``minisign -Vm SHA256SUMS -P <committee key>`` + ``sha256sum -c`` check it by hand.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import IntegrityError, ValidationError
from app.i18n import tr
from app.package import minisign
from app.package.committee_keys import CommitteeKeys, normalise_fingerprint
from app.package.export import parse_trusted_comment
from app.package.json_text import encodable, may_hold_lone_surrogate
from app.package.keys import SigningKey
from app.package.sha256sums import SIG_NAME, SUMS_NAME, check, make_sha256sums, parse_sha256sums
from app.package.zipsafe import ZipLimits, read_zip_safely

FORMAT = "venuescore-setup"
VERSION = 1
SETUP_NAME = "setup.json"
ROSTER_NAMES = ("roster.xlsx", "roster.csv")
UNTRUSTED = "VenueScore setup package - verify with the committee key whose fingerprint the committee printed"


class SetupRefused(IntegrityError):
    """The setup package failed a check; nothing was created."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(tr("设置包“{name}”已拒绝，未创建任何文件：{reason}").format(name=name, reason=reason), file=name)


@dataclass(frozen=True)
class Setup:
    """A verified setup package."""

    data: dict[str, Any]
    roster_name: str
    roster: bytes
    keys: CommitteeKeys

    @property
    def item_no(self) -> int:
        return int(self.data["item"]["no"])


def file_name(item_no: int, item_name: str) -> str:
    return f"{item_no:02d}-{item_name}-设置包.zip".replace("/", "_").replace(" ", "_")


def build(data: Mapping[str, Any], roster_name: str, roster: bytes, key: SigningKey) -> dict[str, bytes]:
    """The signed files of a setup package (``data`` holds everything of setup.json but format/version)."""
    if roster_name not in ROSTER_NAMES:
        raise ValidationError(tr("名单文件须为 .xlsx 或 .csv"))
    doc = {"format": FORMAT, "version": VERSION, **data}
    files = {SETUP_NAME: (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8"),
             roster_name: roster}
    sums = make_sha256sums(files).encode("utf-8")
    comment = f"venuescore-setup\titem:{int(data['item']['no']):02d} {data['item']['name']}\tcreated:{data['created_at']}"
    return {**files, SUMS_NAME: sums, SIG_NAME: key.sign_file(sums, comment, UNTRUSTED).encode("utf-8")}


def read(path: Path) -> tuple[dict[str, bytes], dict[str, Any]]:
    """The files and setup.json of a setup package, not yet verified (to show its fingerprint)."""
    path = Path(path)
    try:
        files = read_zip_safely(path, ZipLimits(max_files=10))
        doc = json.loads(files[SETUP_NAME].decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != VERSION:
            raise ValueError("format")
        if may_hold_lone_surrogate(files[SETUP_NAME]) and not encodable(doc):
            raise ValueError("a lone surrogate escape")  # app/package/json_text.py: no writer of ours makes one
        CommitteeKeys.from_json(doc["committee"])
    except (IntegrityError, ValidationError) as exc:
        raise SetupRefused(path.name, exc.message) from exc
    except (KeyError, ValueError, TypeError) as exc:
        raise SetupRefused(path.name, tr("不是赛场设置包，或文件已损坏")) from exc
    return files, doc


def verify(path: Path, typed_fingerprint: str, expected_item: int | None) -> Setup:
    """Check a setup package against the committee fingerprint the head judge typed from the letter."""
    name = Path(path).name
    files, doc = read(path)
    keys = CommitteeKeys.from_json(doc["committee"])
    if normalise_fingerprint(typed_fingerprint) != normalise_fingerprint(keys.fingerprint):
        raise SetupRefused(name, tr("组委会公钥的指纹是 {fp}，与您输入的不同：这不是组委会的设置包（或指纹输错）。").format(
            fp=keys.fingerprint))
    if SUMS_NAME not in files or SIG_NAME not in files:
        raise SetupRefused(name, tr("缺少签名"))
    try:
        comment = minisign.verify(files[SUMS_NAME], files[SIG_NAME].decode("utf-8"), keys.signing)
        sums = parse_sha256sums(files[SUMS_NAME].decode("utf-8"))
    except (IntegrityError, UnicodeDecodeError) as exc:
        raise SetupRefused(name, getattr(exc, "message", str(exc))) from exc
    if mismatches := check(files, sums):
        raise SetupRefused(name, "；".join(mismatches))
    item = doc.get("item") or {}
    if not parse_trusted_comment(comment).get("item", "").startswith(f"{int(item.get('no', 0)):02d} "):
        raise SetupRefused(name, tr("签名中的项目与 setup.json 不一致"))
    if expected_item is not None and int(item.get("no", 0)) != expected_item:
        raise SetupRefused(name, tr("这是项目 {a:02d} {n} 的设置包，不是您选择的项目 {b:02d}。").format(
            a=int(item.get("no", 0)), n=item.get("name", ""), b=expected_item))
    rosters = [n for n in ROSTER_NAMES if n in files]
    if len(rosters) != 1:
        raise SetupRefused(name, tr("设置包中应有且只有一个名单文件"))
    return Setup(doc, rosters[0], files[rosters[0]], keys)
