"""Printed reports (PDF).  ``pdf_base`` is the shared layer: page header/footer, styles, tables.

Its names are re-exported here but loaded on first use, so that importing a light module of this package
(``app.reports.titles``) does not load reportlab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.reports.pdf_base import (
        Flowable,
        KeepTogether,
        PageBreak,
        Paragraph,
        ReportHeader,
        ReportStyles,
        Spacer,
        build_pdf,
        data_table,
        key_value_table,
        mm,
        signature_block,
        styles,
    )

__all__ = [
    "Flowable",
    "KeepTogether",
    "PageBreak",
    "Paragraph",
    "ReportHeader",
    "ReportStyles",
    "Spacer",
    "build_pdf",
    "data_table",
    "key_value_table",
    "mm",
    "signature_block",
    "styles",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from app.reports import pdf_base

        return getattr(pdf_base, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
