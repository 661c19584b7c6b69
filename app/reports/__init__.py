"""Printed reports (PDF).  ``pdf_base`` is the shared layer: page header/footer, styles, tables; import its names
from ``app.reports.pdf_base`` (importing this package, or a light module of it such as ``app.reports.titles``,
loads no reportlab)."""
