"""Translation hook for user-visible text produced by the core.

The core cannot import Qt, yet its messages must be translatable the same way as the
GUI's.  The GUI installs ``QCoreApplication.translate`` here at start-up; the CLI and the
tests keep the identity function, so messages stay Simplified Chinese.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

_translate: Callable[[str, str], str] = lambda context, text: text
_generation = 0


def install_translator(func: Callable[[str, str], str]) -> None:
    global _translate, _generation
    _translate = func
    _generation += 1


def generation() -> int:
    """Changes whenever a translator is installed: part of the key of anything that caches translated text."""
    return _generation


def tr(text: str, context: str = "") -> str:
    """Mark ``text`` as user-visible and translate it (identity unless the GUI installed Qt's)."""
    return _translate(context, text)


def label_of(labels: Mapping[str, str], key: str) -> str:
    """The translated label of a stored key (an audit action, a backup reason …) from a table of source labels;
    the key itself when the table has none (a key written by a newer version)."""
    text = labels.get(key)
    return tr(text) if text else key
