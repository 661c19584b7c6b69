from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from ui.app import make_application


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    return QApplication


@pytest.fixture(autouse=True)
def _venuescore_app(qapp: QApplication) -> QApplication:
    """Install the translator hook and the bundled font, as the real start-up does."""
    return make_application()


@pytest.fixture(autouse=True)
def _collector_unfrozen() -> Iterator[None]:
    """The scoring page freezes what is alive after loading a grid (app.gc_pause.keep_long_lived): for the app,
    one day in one process; for the tests, every test's windows and venues would stay frozen to the end of the
    run.  Give them back to the collector after each test."""
    yield
    gc.unfreeze()
