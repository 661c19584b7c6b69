"""After the competition: the venue's encrypted archive for the committee (issue 12, first step of closing).

``write_archive`` copies the whole venue file (roster, scores, audit trail, vault) with SQLite's backup API into
a private temporary folder and writes only its age encryption to the **committee's** recipient
(``<NN>-<item>-赛场档案-<date>.venue.age``; no personal data in the name).  The committee opens it with
``age -d -i 组委会私钥.txt`` and keeps it as long as its retention rule says (docs/privacy.md).

Erasing names, ID numbers and phones from the venue file afterwards (closing the venue) is designed in
docs/privacy.md ("关闭赛场") and not yet built: the audit trail holds fact rows in full and is hash-chained, so
the erasure has to be a signed, recorded redaction that `audit verify` accepts, not a silent UPDATE.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from app.clock import now
from app.errors import NotFound
from app.i18n import tr
from app.package import encrypted
from app.package.export import package_file_name
from app.roles import Actor, Role, require
from app.services import audit, committee, integrity
from db.models import VenueInfo
from db.venue_file import VenueFile, copy_database


def archive_name(item_no: int, item_name: str, day: str) -> str:
    return package_file_name(item_no, item_name, [], 0).split("-全部-")[0] + f"-赛场档案-{day}.venue.age"


def write_archive(venue: VenueFile, actor: Actor, out_dir: Path) -> Path:
    """Head judge: the whole venue file, encrypted to the committee only, written into ``out_dir``."""
    require(actor, Role.HEAD_JUDGE, action=tr("生成赛场档案"))
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise NotFound(tr("文件夹 {p} 不存在").format(p=out_dir))
    integrity.require_sound(venue)  # an archive of a file changed outside the app would mislead the committee
    with venue.unit_of_work() as s:
        keys = committee.require_keys(s)
        info = s.get(VenueInfo, 1)
        assert info is not None
        target = out_dir / archive_name(info.item_no, info.item_name, now().strftime("%Y%m%d"))
        # The record goes in first, so the archive holds its own archiving (and the committee sees it).
        audit.append(s, actor, "venue.archive", {"file": target.name, "recipient": keys.recipient})
    with tempfile.TemporaryDirectory(prefix="venuescore-archive-") as tmp:  # private (0700), removed afterwards
        copy = Path(tmp) / "archive.venue"
        copy_database(venue.engine, copy)
        data = copy.read_bytes()
    encrypted.write_encrypted(target, data, [keys.recipient])
    with venue.unit_of_work() as s:
        audit.append(s, actor, "venue.archive.written", {"file": target.name,
                                                         "sha256": hashlib.sha256(data).hexdigest()})
    return target
