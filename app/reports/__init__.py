"""Printed reports (PDF).  ``pdf_base`` is the shared layer: page header/footer, styles, tables."""

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
