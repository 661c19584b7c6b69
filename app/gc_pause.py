"""Pausing Python's cycle collector around work that allocates very many small acyclic objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a recompute allocates ~100,000 small acyclic objects.

    Each allocation burst otherwise triggers collections that walk every object made so far, which
    cost nearly half of a full recompute (bench/scoring.py) and a third of a central import.  Nothing
    made there forms cycles, and reference counting still frees everything at once; the collector is
    restored afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
