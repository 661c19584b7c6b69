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


def keep_long_lived() -> None:
    """Take the objects alive now out of the cycle collector's full collections (``gc.freeze``), after a
    collection of the young generations.

    The scoring grid of a big item is ~100,000 objects that live until the next grid is loaded; a full
    collection walks them all (~50 ms), and one came now and then in the middle of typing — the slow tail of
    a typed score.  Frozen objects are still freed by reference counting as soon as nothing uses them (a
    replaced grid, an old row); only a reference cycle among them would wait for the end of the process, so the
    young generations, where just-closed dialogs and the like are, are collected first.
    """
    gc.collect(1)
    gc.freeze()
