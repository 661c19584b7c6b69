"""PySide6's import hook reads every imported module's source into ``linecache``; a page's module once loaded,
those lines are dropped (ui/source_lines.py), and a traceback still shows its source lines."""

from __future__ import annotations

import linecache
import traceback

from ui.pages.registry import PAGES


def test_loading_a_page_drops_the_source_lines_read_meanwhile() -> None:
    linecache.getlines(__file__)  # what the hook leaves behind for each module it looks at
    assert __file__ in linecache.cache
    page = PAGES[0].page_class()
    assert page.__name__ == PAGES[0].class_name
    assert __file__ not in linecache.cache


def test_a_traceback_still_shows_its_source_line_afterwards() -> None:
    PAGES[0].page_class()
    try:
        raise ValueError("shown with its line")  # the line a traceback must still quote
    except ValueError as exc:
        text = "".join(traceback.format_exception(exc))
    assert 'raise ValueError("shown with its line")' in text


def test_the_hook_answered_from_bytes_gives_inspects_answer_for_every_loaded_module() -> None:
    import inspect
    import sys

    from ui.source_lines import mentions_pyside

    def by_source(module: object) -> bool:  # PySide6's own question (shibokensupport/feature.py)
        try:
            return "PySide6" in inspect.getsource(module)  # type: ignore[arg-type]
        except (TypeError, OSError, SyntaxError):
            return False

    modules = [m for m in list(sys.modules.values()) if m is not None]
    assert len(modules) > 300 and any(mentions_pyside(m) for m in modules)
    assert [m.__name__ for m in modules if mentions_pyside(m) != by_source(m)] == []
