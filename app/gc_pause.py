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


@contextmanager
def settled_after() -> Iterator[None]:
    """Opening a window: the cycle collector held off while its modules load and its first page is built, then
    what was made is kept out of full collections (``keep_long_lived``) and the collector resumes.

    Importing Qt, the ORM, the services and a page makes ~100,000 objects that live as long as the process
    (modules, classes, functions); every burst of allocations made the collector walk all made so far —
    ~250 collections, two of them full, 0.15–0.35 s of opening a venue on this machine, for garbage there
    is almost none of.  They are frozen without a collection first (unlike ``keep_long_lived``): one would
    walk them all once more, and the few cycles among what start-up leaves behind are small and made once.
    Nested uses settle once, at the outermost.
    """
    was_enabled = gc.isenabled()
    try:
        with cyclic_gc_paused():
            yield
    finally:
        if was_enabled:
            gc.freeze()
