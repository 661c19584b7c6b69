"""Write a publication sheet as PDF or static HTML, chosen by the file name (.pdf / .html)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.clock import now
from app.errors import ValidationError
from app.i18n import tr
from app.reports.publication_html import write_html
from app.reports.publication_pdf import write_pdf
from app.services.publication_sheet import PublicationSheet


def write(sheet: PublicationSheet, path: Path, printed_at: datetime | None = None) -> int:
    """Returns the number of contestants listed."""
    target = Path(path)
    at = printed_at or now()
    suffix = target.suffix.lower()
    if suffix == ".pdf":
        return write_pdf(sheet, target, at)
    if suffix in (".html", ".htm"):
        return write_html(sheet, target, at)
    raise ValidationError(tr("公示文件须为 .pdf 或 .html：{name}").format(name=target.name), file=str(target))
