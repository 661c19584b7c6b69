"""English is complete and selectable: every tr() string of ui/ and app/ has a finished English translation
that keeps its placeholders, the compiled .qm says the same as the .ts, and 界面语言 switches the UI."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui import language

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "venuescore_en.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[0-9n]|<[^>]+>")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(ts)
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m.find("translation"))  # type: ignore[misc]
            for ctx in tree.iter("context") for m in ctx.iter("message")]


def _lupdate() -> str:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    return str(tool) if tool.exists() else (shutil.which("pyside6-lupdate") or pytest.skip("pyside6-lupdate missing"))


def test_every_string_of_the_sources_has_a_finished_translation(tmp_path: Path) -> None:
    """Run lupdate over today's sources into a copy: nothing new, nothing unfinished (a new tr() string
    without its English fails here, with the string named)."""
    copy = tmp_path / "en.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for folder in ("ui", "app") for p in (ROOT / folder).rglob("*.py"))
    subprocess.run([_lupdate(), *sources, "-no-obsolete", "-ts", str(copy)], check=True, capture_output=True)
    messages = _messages(copy)
    assert len(messages) > 2000
    unfinished = [src for _, src, t in messages if t is None or t.get("type") or not (t.text or "").strip()]
    assert unfinished == [], f"{len(unfinished)} strings without English, e.g. {unfinished[:5]}"
    for _, src, t in messages:
        if "Language" not in (t.text or ""):  # the way back names itself in both languages
            assert not re.search(r"[\u4e00-\u9fff]", t.text or ""), (src, t.text)
        assert sorted(PLACEHOLDER.findall(src)) == sorted(PLACEHOLDER.findall(t.text or "")), (src, t.text)
        assert src.count("&") == 0 or (t.text or "").count("&") >= 1, (src, t.text)  # keyboard accelerators kept


def test_the_compiled_qm_matches_the_ts(qapp: QApplication) -> None:
    ours = QTranslator()
    assert ours.load("venuescore_en", str(files("resources") / "translations"))
    for context, source, translation in _messages(TS):
        assert ours.translate(context, source) == translation.text, (context, source)


def _menu_texts(window: object) -> list[str]:
    from PySide6.QtWidgets import QMainWindow

    assert isinstance(window, QMainWindow)
    menus = [a.menu() for a in window.menuBar().actions() if a.menu()]
    return [a.text() for m in menus for a in m.actions() if a.text()] + [a.text() for a in window.menuBar().actions()]


def test_language_is_chinese_by_default_and_english_when_chosen(qapp: QApplication) -> None:
    """The start window built after choosing English has English menus; removing the translators (the next
    start in Chinese) brings Chinese back."""
    from ui.start_window import StartWindow

    han = re.compile(r"[\u4e00-\u9fff]")
    assert language.chosen() == "zh_CN"
    chinese = StartWindow()
    assert all(han.search(t) for t in _menu_texts(chinese) if "Language" not in t)
    chinese.close()
    language.choose("en")
    installed = language.install(qapp)
    try:
        assert language.chosen() == "en" and installed
        english = StartWindow()
        texts = _menu_texts(english)
        assert texts and not [t for t in texts if han.search(t) and "Language" not in t], texts
        assert not han.search(english.windowTitle()), english.windowTitle()
        english.close()
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        language.choose("zh_CN")
    assert QCoreApplication.translate("App", "赛场计分 VenueScore") == "赛场计分 VenueScore"


def test_an_unknown_language_is_refused_and_a_stray_setting_falls_back_to_chinese(qapp: QApplication) -> None:
    from PySide6.QtCore import QSettings

    with pytest.raises(ValueError):
        language.choose("xx")
    QSettings().setValue(language.KEY, "xx")
    assert language.chosen() == "zh_CN"


def test_every_page_of_the_demo_speaks_english_when_chosen(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    """Buttons, labels and table headers of every page of the head judge's window: no Chinese left except
    the competition's own data (item, venue and module names, people)."""
    from app.services import demo, users
    from db.venue_file import open_venue
    from ui.main_window import MainWindow

    files_ = demo.demo_files(tmp_path / "demo")
    venue = open_venue(files_.venue)
    data = {"“巴渝工匠”杯", "重庆", "LED", "模块", "郑雪娜", "安装", "调试", "职业素养"}
    han = re.compile(r"[\u4e00-\u9fff]")
    installed = language.install(qapp, "en")
    try:
        window = MainWindow(venue, users.sign_in(venue, demo.HEAD_JUDGE, demo.HEAD_PIN))
        qtbot.addWidget(window)
        window.show()
        chinese: list[str] = []
        pages = 0
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            qapp.processEvents()
            pages += 1
            chinese += _chinese_in(window.stack.currentWidget(), han, data)
        chinese += _chinese_in(window, han, data)
        window.close()
        venue.close()
    finally:
        for t in installed:
            qapp.removeTranslator(t)
    assert pages >= 9
    assert chinese == [], sorted(set(chinese))[:30]


def _chinese_in(root: QWidget, han: re.Pattern[str], data: set[str]) -> list[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTableView

    chinese: list[str] = []
    for page in [root, *root.findChildren(QWidget)]:
        if not page.isVisibleTo(root.window()):
            continue
        texts = [b.text() for b in page.findChildren(QAbstractButton, options=Qt.FindChildOption.FindDirectChildrenOnly)]
        texts += [w.text() for w in page.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly)]
        for view in page.findChildren(QTableView, options=Qt.FindChildOption.FindDirectChildrenOnly):
            model = view.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
        texts += [g.title() for g in page.findChildren(QGroupBox, options=Qt.FindChildOption.FindDirectChildrenOnly)]
        chinese += [t for t in texts if han.search(t) and not any(d in t for d in data)]
    return chinese


def test_strings_filed_under_the_empty_context_are_found_from_a_class(qapp: QApplication) -> None:
    """Widget code that aliases ``tr = self.tr`` is filed by lupdate under the empty context, but PySide6 asks
    with the class's name: the English catalogue must answer both (the results page's 打印： stayed Chinese)."""
    installed = language.install(qapp, "en")
    try:
        assert QCoreApplication.translate("ResultsPage", "打印：") == "Print:"
        assert QCoreApplication.translate("ResultsPage", "导出成绩（xlsx）…") == "Export results (xlsx)…"
        assert QCoreApplication.translate("", "打印：") == "Print:"
    finally:
        for t in installed:
            qapp.removeTranslator(t)
    assert QCoreApplication.translate("ResultsPage", "打印：") == "打印："
