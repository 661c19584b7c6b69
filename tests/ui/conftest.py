from __future__ import annotations

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
