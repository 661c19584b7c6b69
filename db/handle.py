"""What an open database handle (a venue file, the central database) shares: ``with`` closes it."""

from __future__ import annotations

from typing import Self


class ClosedOnExit:
    """``with open_venue(...) as venue:`` — the handle is closed when the block ends, however it ends."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
