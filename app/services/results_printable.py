"""What the printed result sheets are drawn from (``app.services.results.printable`` makes it).

A module of its own, importing nothing heavy: the package's PDFs are drawn from it in a second process
(app/reports/package_pdfs.py), which then need not load SQLAlchemy and the services to read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PrintableResults:
    """What the printed result sheets show: a results.json snapshot and which revision it is."""

    snapshot: dict[str, Any]
    revision_label: str  # e.g. "第 2 版" or "未签字确认（草稿）"
    signed: bool  # the snapshot is exactly a signed revision
    open_ties: tuple[str, ...]  # descriptions of ties still waiting for a decision (drafts only)
