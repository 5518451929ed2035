"""Help menu: F1 opens the Swedish user guide, its pictures exist, About names the version."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextImageFormat
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from soul_desktop import __version__, paths
from soul_desktop.domain.records import InstallationInfo
from soul_desktop.services.setup import Database
from soul_desktop.ui import help as guide
from soul_desktop.ui.main_window import MainWindow
from soul_desktop.ui.worker import Worker

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "docs" / "guide" / "anvandarguide.md"
TITLE = "Användarguide för SOUL Desktop"
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


@pytest.fixture
def window(
    qtbot: QtBot, worker: Worker, database: Database, installation_info: InstallationInfo
) -> Iterator[MainWindow]:
    result = MainWindow(worker, database, installation_info, "/data/soul.db")
    qtbot.addWidget(result)
    result.show()
    qtbot.waitExposed(result)
    result.activateWindow()
    qtbot.waitUntil(result.isActiveWindow, timeout=5000)
    yield result
    worker.shutdown()


def test_the_guide_is_found_under_the_resources_folder() -> None:
    assert guide.guide_path() == paths.resources_dir() / "guide" / "anvandarguide.md"
    assert guide.guide_path().is_file()


def test_f1_opens_the_guide_showing_its_title(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.nav, Qt.Key.Key_F1)
    dialog = window.guide_dialog
    assert isinstance(dialog, guide.GuideDialog)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.title() == TITLE
    assert dialog.browser.accessibleName()
    qtbot.waitUntil(dialog.browser.hasFocus, timeout=5000)
    # Pressing F1 again raises the same window rather than opening a second one.
    qtbot.keyClick(window.nav, Qt.Key.Key_F1)
    assert window.guide_dialog is dialog
    qtbot.keyClick(dialog.browser, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_help_menu_offers_the_guide_on_f1(window: MainWindow) -> None:
    assert window.guide_action.shortcut().toString() == "F1"


@pytest.mark.parametrize("markdown", [SOURCE, guide.guide_path()], ids=["docs", "shipped"])
def test_every_image_the_guide_references_exists(markdown: Path) -> None:
    references = IMAGE.findall(markdown.read_text(encoding="utf-8"))
    assert len(references) >= 10
    missing = [ref for ref in references if not (markdown.parent / ref).is_file()]
    assert missing == []


def test_the_shipped_guide_is_the_docs_guide() -> None:
    """resources/guide/ is made from docs/guide/ by docs/guide/ship.py; run it after an edit."""
    spec = importlib.util.spec_from_file_location("ship", SOURCE.parent / "ship.py")
    assert spec and spec.loader
    ship = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ship)
    shipped = guide.guide_path().read_text(encoding="utf-8")
    assert shipped == ship.shipped_text(SOURCE.read_text(encoding="utf-8"))


def test_the_guide_shows_every_picture_at_a_readable_width(qtbot: QtBot) -> None:
    dialog = guide.GuideDialog()
    qtbot.addWidget(dialog)
    document = dialog.browser.document()
    widths = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fmt = iterator.fragment().charFormat()
            if fmt.isImageFormat():
                image: QTextImageFormat = fmt.toImageFormat()
                widths.append(image.width())
            iterator += 1
        block = block.next()
    assert len(widths) >= 10
    assert all(0 < width <= guide.MAX_IMAGE_WIDTH for width in widths)


def test_the_guide_links_are_reached_with_tab(qtbot: QtBot) -> None:
    dialog = guide.GuideDialog()
    qtbot.addWidget(dialog)
    browser: QTextBrowser = dialog.browser
    assert browser.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    # The table of contents links into the guide's own headings.
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    assert browser.textCursor().selectedText()


def test_the_about_box_names_the_version(qtbot: QtBot, window: MainWindow) -> None:
    help_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "&Help"
    )
    about = next(a for a in help_menu.actions() if "About" in a.text())
    about.trigger()
    box = window.about_box
    assert isinstance(box, guide.AboutBox)
    qtbot.waitExposed(box)
    assert __version__ in box.text()
    assert "Europe" in box.informativeText()
    box.close()


def test_every_link_inside_the_guide_leads_to_a_heading(qtbot: QtBot) -> None:
    dialog = guide.GuideDialog()
    qtbot.addWidget(dialog)
    document = dialog.browser.document()
    anchors: set[str] = set()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            anchors.update(iterator.fragment().charFormat().anchorNames())
            iterator += 1
        block = block.next()
    links = set(re.findall(r"\]\(#([^)]+)\)", SOURCE.read_text(encoding="utf-8")))
    assert links
    assert links - anchors == set()
