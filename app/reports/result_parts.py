"""What every result report prints the same way: the page header, groups in rank order, award and time texts,
the audit chain lines a signed sheet vouches for, and the warnings of a draft.

Shared by app.reports.result_reports (platypus reports) and app.reports.score_sheets (drawn on the canvas).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.i18n import tr
from app.reports.pdf_base import ReportHeader
from app.services.results_printable import PrintableResults

if TYPE_CHECKING:  # the drawing itself reads no venue file (the package's PDFs are drawn in a second process)
    from db.venue_file import VenueFile

Snapshot = dict[str, Any]


def header(snap: Snapshot, title: str, revision: str | None, subtitle: str = "") -> ReportHeader:
    item = snap["item"]
    return ReportHeader(
        competition=snap["competition"]["name"], item=f"{item['no']:02d} {item['name']}",
        venue=snap["venue"]["place"], date=snap["venue"]["date"], title=title, subtitle=subtitle,
        revision=revision,
    )


def groups(snap: Snapshot) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Each group with its contestants: ranked in rank order (then 报名号), then the unranked."""
    out = []
    for g in snap["groups"]:
        people = [c for c in snap["contestants"] if c["group"] == g["name"]]
        people.sort(key=lambda c: (c["rank"] is None, c["rank"] or 0, c["reg_no"]))
        out.append((g, people))
    return out


def award_text(c: dict[str, Any]) -> str:
    """The award as printed: 待裁定 for a line in an open tie (a draft), never a blank that reads as 无奖项."""
    return c["award"] or (tr("待裁定") if c.get("award_pending") else "")


def time_text(seconds: int | None) -> str:
    return "" if seconds is None else f"{seconds // 60}:{seconds % 60:02d}"


def chain_lines(venue: VenueFile, snap: Snapshot, printable: PrintableResults,
                with_key: bool = True) -> list[tuple[str, str]]:
    """The audit chain's state the sheet vouches for: the signed checkpoint of its revision, or (a draft)
    the current head, unsigned.  People sign under it; later anyone can compare it with the file."""
    from app.reports.lock_sheet import checkpoint_lines
    from app.services import checkpoints

    rev = snap.get("revision") if printable.signed else None
    if rev:
        cp = checkpoints.revision_checkpoint(venue, rev["number"])
        if cp is not None:
            return checkpoint_lines(venue, cp)[: None if with_key else 1]
        head = snap.get("audit") or {}
        return [(tr("签字时审计链头"), tr("{short}（旧版本签字，无签名检查点）").format(
            short=checkpoints.short(int(head.get("records", 0)), str(head.get("head", "")))))]
    seq, digest = checkpoints.current_head(venue)
    return [(tr("当前审计链头"), tr("{short}（草稿，未签名）").format(short=checkpoints.short(seq, digest)))]


@dataclass(frozen=True)
class VenueLines:
    """What a result report prints from the venue file besides the snapshot, read once: the venue's public key
    (成绩汇总表) and the audit chain lines (``chain_lines`` with the key).  Plain texts, so a report can be drawn
    where the venue file is not open (the package's PDFs in a second process)."""

    key: list[tuple[str, str]]
    chain: list[tuple[str, str]]

    @classmethod
    def of(cls, venue: VenueFile, printable: PrintableResults) -> VenueLines:
        from app.services import venue_keys

        key = venue_keys.public_key_lines(venue) or [(tr("赛场公钥"), tr("尚未设置赛场签名密钥"))]
        return cls(key, chain_lines(venue, printable.snapshot, printable))

    @property
    def chain_without_key(self) -> list[tuple[str, str]]:
        """``chain_lines(..., with_key=False)``: every variant's first line is the chain's own."""
        return self.chain[:1]


def warning_lines(printable: PrintableResults) -> list[str]:
    """Printed above everything on a page of a draft, or of results with a tie still to be decided."""
    out: list[str] = []
    if not printable.signed:
        out.append(tr("【{label}】本表不是签字确认的正式成绩。").format(label=printable.revision_label))
    out += [tr("⚠ 待裁定的并列：{t}").format(t=t) for t in printable.open_ties]
    return out
