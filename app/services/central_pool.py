"""Checking the committee's packages in other processes while the import stores them in order (issue 17).

A package's checks (central_intake.check: zip, signature, history, recomputed results, stored encoding) are
pure and ~90 % of its import; each package is independent.  With several packages they run in a pool of
processes, one per core besides the importing one (``spawn``: the same on Linux and Windows, and in the
built app, whose entry point calls ``multiprocessing.freeze_support``); the import takes the results in
package order and does the database part itself.  It checks the first packages itself while the workers
start, and later, while it waits for one, the next package no worker has started (so it holds only a few
checked packages at a time).  A few small packages are all checked here: starting a worker costs more.  What comes back is what the in-process check gives (app/services/central.py uses
the same code for both), and wherever the two could differ the import checks that package itself instead:

- the keys registered now are not those the pool checked with;
- a message was translated: a worker has no translator (no Qt), so it notes every text it passed to ``tr``,
  and the result counts only if each translates to itself here too (the Chinese source text);
- a worker failed in any other way than refusing the package (a bug, a process that died): checked here,
  the error comes out exactly as it always did.

A refusal comes back as its parts and is raised here, so its message is worded here.  Without the pool
(one or two packages, one core, a pool that cannot start) every package is checked here, as before.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from app import i18n
from app.errors import IntegrityError, ValidationError, VenueFileError
from app.gc_pause import cyclic_gc_paused
from app.package.verify import PackageRefused
from app.services import central_intake as intake

MIN_PACKAGES = 3
MIN_BYTES = 8 << 20  # ~4 packages of 455 contestants, ~1.5 s of checking: a worker takes ~0.7 s to start
HEAD_START = 2  # packages checked here while the workers start (they import the checks first)
MAX_WORKERS = 3  # besides the importing process, which checks packages too

_used: set[tuple[str, str]] = set()  # in a worker: the (context, text) pairs passed to tr by the current check


def _noting(context: str, text: str) -> str:
    _used.add((context, text))
    return text


def _start_worker() -> None:
    i18n.install_translator(_noting)
    # Ctrl+C in a console reaches every process of the group: the importing one stops the pool (and says
    # 已取消); a worker would only print a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _check_in_worker(path: Path, keys: Sequence[intake.KeyInfo], identity: str | None) -> tuple[Any, ...]:
    """("ok", Checked) | ("refused", package, file, reason, problems) | ("error", message, problems) |
    ("again",): check it in the importing process; the texts passed to ``tr`` last."""
    _used.clear()
    try:
        with cyclic_gc_paused():  # a package is ~10^6 small acyclic objects (JSON, audit facts, entries)
            outcome: tuple[Any, ...] = ("ok", intake.check(path, keys, identity))
    except PackageRefused as exc:
        outcome = ("refused", exc.package, exc.file, exc.reason, exc.problems)
    except (IntegrityError, VenueFileError, ValidationError) as exc:
        outcome = ("error", exc.message, exc.problems)
    except Exception:  # noqa: BLE001 (checked again in the importing process, where it raises as always)
        outcome = ("again",)
    return (*outcome, frozenset(_used))


def workers_for(paths: Sequence[Path], workers: int | None = None) -> int:
    """How many other processes check ``paths`` with this one (0: none, all checked here)."""
    if workers is None:
        enough = len(paths) >= MIN_PACKAGES and sum(map(_size, paths)) >= MIN_BYTES
        workers = min((os.cpu_count() or 1) - 1, MAX_WORKERS) if enough else 0
    return max(0, min(workers, len(paths) - HEAD_START))


def _size(path: Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:  # the check says what is wrong with it
        return 0


class Checking:
    """The pool's checks of ``paths`` (with ``keys``); ``take(i, keys)`` gives package i's or None."""

    def __init__(self, paths: Sequence[Path], keys: Sequence[intake.KeyInfo], identity: str | None,
                 workers: int) -> None:
        self.paths, self.keys, self.identity = [Path(p) for p in paths], list(keys), identity
        self.futures: list[Future[tuple[Any, ...]] | None] = [None] * len(paths)
        self.pool: ProcessPoolExecutor | None = None
        if workers < 1 or not keys:
            return
        try:
            self.pool = ProcessPoolExecutor(workers, multiprocessing.get_context("spawn"), _start_worker)
            for i in range(min(HEAD_START, len(paths)), len(paths)):  # the first ones are checked here meanwhile
                self.futures[i] = self.pool.submit(_check_in_worker, self.paths[i], self.keys, identity)
        except (OSError, RuntimeError, ValueError):  # no processes here (a sandbox, a frozen app without them)
            self.close()
            self.futures = [None] * len(paths)

    def take(self, i: int, keys: Sequence[intake.KeyInfo]) -> intake.Checked | None:
        """Package i as the pool checked it (raising its refusal), or None: check it here.

        While package i is still being checked, this process checks the next package no worker has started
        instead of waiting: every core stays busy, and one worker process fewer is started."""
        while (future := self.futures[i]) is not None and not future.done() and self._check_one_here(i) is not None:
            pass
        self.futures[i] = None
        if future is None or list(keys) != self.keys:
            return None
        try:
            kind, *parts, used = future.result()
        except Exception:  # noqa: BLE001 (a worker died, the pool broke: this package is checked here)
            return None
        if any(i18n.tr(text, context) != text for context, text in used):
            return None
        if kind == "refused":
            raise PackageRefused(*parts)
        if kind == "error":
            raise IntegrityError(*parts)
        return parts[0] if kind == "ok" else None

    def _check_one_here(self, after: int) -> int | None:
        """Check here the first package after ``after`` that no worker has started; its index, or None."""
        for j in range(after + 1, len(self.futures)):
            future = self.futures[j]
            if future is not None and future.cancel():  # not started by a worker: now it never will be
                done: Future[tuple[Any, ...]] = Future()
                done.set_result(_check_in_worker(self.paths[j], self.keys, self.identity))
                self.futures[j] = done
                return j
        return None

    def close(self) -> None:
        """Stop the pool: checks not started are dropped; a running one ends (it writes nothing)."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def __enter__(self) -> Checking:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
