"""Opening a window holds the cycle collector off and then freezes what start-up made (app.gc_pause)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from app.gc_pause import cyclic_gc_paused, settled_after


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    yield
    gc.unfreeze()
    gc.enable()


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector could free it


def test_start_up_is_frozen_once_at_the_outermost() -> None:
    before = gc.get_freeze_count()
    with settled_after():
        assert not gc.isenabled()
        with settled_after():
            kept = [Node() for _ in range(100)]
        assert not gc.isenabled() and gc.get_freeze_count() == before, "the inner one leaves settling to the outer"
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + len(kept), "what start-up made is out of the full collections"


def test_the_collector_resumes_when_opening_fails() -> None:
    with pytest.raises(RuntimeError), settled_after():
        raise RuntimeError("a damaged file")
    assert gc.isenabled()


def test_a_paused_collector_stays_paused() -> None:
    with cyclic_gc_paused():
        with settled_after():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
