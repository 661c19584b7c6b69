"""The main window builds a page when it is first shown, so opening a venue costs the first page only."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.roles import Actor
from db.venue_file import VenueFile
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_pages_are_built_when_first_shown(qtbot: QtBot, seeded: VenueFile, head: Actor) -> None:
    window = MainWindow(seeded, head)
    qtbot.addWidget(window)
    window.show()
    built = [i for i, p in enumerate(window._built) if p is not None]
    landing = window.stack.currentIndex()
    assert built == [landing], "only the page the window opens on is built"
    assert window.nav.currentItem().text() == "评分标准", "the head judge lands on the first step not done yet"

    window.nav.setCurrentRow(4)  # 评分录入
    assert window._built[4] is not None and window.stack.currentWidget() is window._built[4]
    assert window.nav.currentItem().text() == "评分录入"
    first_scoring = window._built[4]
    window.nav.setCurrentRow(0)
    window.nav.setCurrentRow(4)
    assert window._built[4] is first_scoring  # built once, shown again

    pages = window.pages  # every page, built on demand
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [p.page_title() for p in pages]
    assert [window.stack.indexOf(p) for p in pages] == list(range(len(pages)))


def test_a_page_that_loads_when_built_is_loaded_once_when_first_shown(
    qtbot: QtBot, seeded: VenueFile, head: Actor, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The scoring grid of a big item takes a while to load: opening the page must not load it twice."""
    from ui.pages.scoring import ScoringPage

    grids: list[str] = []
    real = ScoringPage.load_grid
    monkeypatch.setattr(ScoringPage, "load_grid", lambda self: (grids.append(self.current_module()), real(self))[1])
    window = MainWindow(seeded, head)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(4)  # 评分录入, built now
    assert len(grids) == 1
    window.nav.setCurrentRow(0)
    window.nav.setCurrentRow(4)  # shown again: refreshed (others may have changed the data meanwhile)
    assert len(grids) == 2


def test_start_window_loads_no_database_or_pdf_library() -> None:
    code = ("import json, sys\nimport ui.start_window\n"
            "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout))
    assert "PySide6" in loaded
    assert loaded.isdisjoint({"sqlalchemy", "alembic", "reportlab", "openpyxl", "cryptography", "jsonschema"})


def test_the_page_list_names_each_page_as_the_page_does_in_both_languages(qapp) -> None:  # type: ignore[no-untyped-def]
    """The list's titles come from ui.pages.registry, read before any page module is imported."""
    from PySide6.QtCore import QTranslator

    from ui.pages.registry import PAGES

    def titles() -> list[tuple[str, str]]:
        return [(entry.nav_title(), entry.page_class().nav_title()) for entry in PAGES]

    assert all(mine == page for mine, page in titles())
    assert [entry.page_class().__name__ for entry in PAGES] == [entry.class_name for entry in PAGES]
    english = QTranslator()
    assert english.load(str(ROOT / "resources" / "translations" / "venuescore_en.qm"))
    qapp.installTranslator(english)
    try:
        pairs = titles()
    finally:
        qapp.removeTranslator(english)
    assert all(mine == page for mine, page in pairs) and ("Score entry", "Score entry") in pairs


def test_opening_a_venue_imports_the_first_page_only(seeded: VenueFile, head: Actor) -> None:
    seeded.close()
    code = ("import json, sys\nfrom pathlib import Path\nfrom ui.app import make_application\n"
            "from app.services import users\nfrom db.venue_file import open_venue\n"
            "from ui.main_window import MainWindow\nfrom ui.pages.registry import PAGES\n"
            "app = make_application([])\nvenue = open_venue(Path(sys.argv[1]))\n"
            "window = MainWindow(venue, users.sign_in(venue, '钱莉', '2468'))\n"
            "print(json.dumps([e.module for e in PAGES if e.module in sys.modules]))\nvenue.close()")
    out = subprocess.run([sys.executable, "-c", code, str(seeded.path)], cwd=ROOT, capture_output=True, text=True,
                         check=True, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert json.loads(out.stdout.strip().splitlines()[-1]) == ["ui.pages.scheme"]  # the head judge's first step
