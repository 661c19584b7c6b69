"""Source lines read by PySide6's import hook, dropped once the code they belong to is loaded.

With PySide6 imported, every later import passes through its ``__feature__`` hook, which asks whether the new
module uses PySide by reading the module's whole source (``inspect.getsource``, shibokensupport/feature.py).
``inspect`` reads through ``linecache``, which keeps every line of every such module for the life of the
process: ~580 modules (SQLAlchemy, our app, the pages), ~21 MiB of Python strings by the time the 评分录入 page
of a large item is painted, a seventh of its peak memory (docs/performance.md part 7).  Nothing of ours reads
those lines; a traceback reads the few it shows again from the files.
"""

from __future__ import annotations

import linecache


def forget_read_sources() -> None:
    """Drop the source lines held in ``linecache`` (a traceback reads them again when it needs them)."""
    linecache.clearcache()
