"""Source lines read by PySide6's import hook, dropped once the code they belong to is loaded.

With PySide6 imported, every later import passes through its ``__feature__`` hook, which asks whether the new
module uses PySide by reading the module's whole source (``inspect.getsource``, shibokensupport/feature.py).
``inspect`` reads through ``linecache``, which keeps every line of every such module for the life of the
process: ~580 modules (SQLAlchemy, our app, the pages), ~21 MiB of Python strings by the time the 评分录入 page
of a large item is painted, a seventh of its peak memory (docs/performance.md part 7).  Nothing of ours reads
those lines; a traceback reads the few it shows again from the files.

``answer_from_bytes`` lets the hook answer the same question from the file's bytes instead, which also spares
decoding and splitting every module (~0.1 s of a venue's opening here).  The shipped build has no source files,
so there the hook finds none either way; this matters when running from a source checkout (and the benchmarks).
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType


def forget_read_sources() -> None:
    """Drop the source lines held in ``linecache`` (a traceback reads them again when it needs them)."""
    linecache.clearcache()


def answer_from_bytes() -> None:
    """Have PySide6's import hook look for "PySide6" in a module's file bytes rather than in its source lines:
    the name is ASCII, so it is in the bytes exactly when it is in the text (tests/ui/test_source_lines.py
    compares both answers for every loaded module).  A PySide6 without this hook is left as it is."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        setattr(feature, "_mod_uses_pyside", mentions_pyside)  # noqa: B010 (a module without stubs)


def mentions_pyside(module: ModuleType) -> bool:
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # an extension, or a module without source: inspect.getsource finds none either
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False
