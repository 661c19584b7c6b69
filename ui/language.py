"""The UI language: a preference of this laptop (QSettings, never the venue file).

Simplified Chinese is the language of the competition and the default, whatever the system locale says (a
venue laptop bought abroad must not greet a judge in English).  English is chosen in 帮助 → 界面语言 and takes
effect at the next start, so no window ever shows half of one language and half of the other.  Qt's own
dialogs (OK/Cancel, the file dialog) follow the same choice.
"""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

KEY = "ui/language"
DEFAULT = "zh_CN"
# Each language named in itself: a person who cannot read the current language still finds their own.
LANGUAGES: dict[str, str] = {"zh_CN": "简体中文", "en": "English"}


def chosen() -> str:
    value = QSettings().value(KEY, DEFAULT)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT


def choose(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(code)
    QSettings().setValue(KEY, code)


class _Translator(QTranslator):
    """Our catalogue, with one fallback: a string lupdate filed under the empty context (core strings, and
    widget code that aliases ``tr = self.tr``) is found from any class's context too.  PySide6 asks for the
    calling class's context first, so without it such strings stayed Chinese in an English window."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if found or not context:
            return found
        return super().translate("", source, disambiguation, n)


def install(app: QCoreApplication, code: str | None = None) -> list[QTranslator]:
    """Install the translators for ``code`` (default: the chosen language); returns them so a caller can remove them."""
    code = code or chosen()
    installed: list[QTranslator] = []
    if code != DEFAULT:
        ours = _Translator(app)
        if ours.load(f"venuescore_{code}", str(files("resources") / "translations")):
            app.installTranslator(ours)
            installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed


def ask(parent: QWidget) -> None:
    """帮助 → 界面语言: pick a language; it applies from the next start."""
    codes = list(LANGUAGES)
    current = codes.index(chosen())
    title = QCoreApplication.translate("Language", "界面语言 / Language")
    label = QCoreApplication.translate("Language", "界面语言（重新启动后生效）：")
    name, ok = QInputDialog.getItem(parent, title, label, list(LANGUAGES.values()), current, False)
    if not ok:
        return
    code = codes[list(LANGUAGES.values()).index(name)]
    if code == chosen():
        return
    choose(code)
    QMessageBox.information(parent, title, QCoreApplication.translate(
        "Language", "已保存。请关闭并重新启动赛场计分，界面将使用 {name}。").format(name=name))
